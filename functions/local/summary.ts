// What local mode prints: a short summary of a report, and a one-line note per processed upload.

import type { Report } from '../../lib/types.js';
import type { Outcome } from '../process.js';
import { siblingTranslationKey } from '../sources.js';

export function formatReportSummary(reportKey: string, report: Report): string {
  const lines = [`Report ${reportKey} (${report.source.name}):`];
  if (report.status === 'error') {
    lines.push(`  status: error (${report.error?.code}): ${report.error?.message}`);
    return `${lines.join('\n')}\n`;
  }
  const counts = Object.entries(report.summary?.byCategory ?? {})
    .map(([category, n]) => `${category} ${n}`)
    .join(', ');
  lines.push(`  ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}${counts ? `: ${counts}` : ''}`);
  if (report.language) lines.push(`  language: ${report.language.code} (${report.language.source})`);
  for (const f of report.findings) lines.push(`  ${`${f.line}:${f.column}`.padEnd(9)} ${f.category.padEnd(12)} ${f.message}`);
  if (report.summary?.truncated) lines.push('  (the list was cut short at the finding cap)');
  return `${lines.join('\n')}\n`;
}

export function formatOutcome(outcome: Outcome): string {
  const requeued = outcome.requeued?.length ? ` (re-checking ${outcome.requeued.join(', ')}, which use${outcome.requeued.length === 1 ? 's' : ''} it as source)` : '';
  if (outcome.action === 'skipped' && outcome.reason === 'source') {
    const translation = siblingTranslationKey(outcome.key);
    return `${outcome.key}: a source document${requeued || (translation ? `; ${translation} will be checked against it` : '')}\n`;
  }
  if (outcome.action === 'skipped') return `skipped ${outcome.key}: ${outcome.reason}${requeued}\n`;
  if (outcome.action === 'removed') return `${outcome.key} deleted → removed ${outcome.reportKeys.join(', ') || 'no report'}${requeued}\n`;
  const { report } = outcome;
  const result =
    report.status === 'error'
      ? `error ${report.error?.code}: ${report.error?.message}`
      : `${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}`;
  const against = report.source.sourceDocument?.etag ? ` (against ${report.source.sourceDocument.key})` : '';
  return `${outcome.key} → ${outcome.reportKey}: ${result}${against}${requeued}\n`;
}
