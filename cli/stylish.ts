// ESLint's "stylish" output: a block per file, one line per finding, a total at the end.

import type { Report } from '../lib/types.js';

const paint = (on: boolean, code: string, s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

export function formatStylish(reports: readonly Report[], color: boolean): string {
  let out = '';
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const r of reports) {
    if (r.status === 'error' || r.findings.length === 0) continue;
    out += `\n${paint(color, '4', r.source.name)}\n`;
    const rows = r.findings.map((f) => [`${f.line}:${f.column}`, f.severity, f.message, f.rule]);
    const w0 = Math.max(...rows.map((x) => x[0].length));
    const w1 = Math.max(...rows.map((x) => x[1].length));
    for (const [pos, sev, msg, rule] of rows) {
      const sevCol = sev === 'error' ? '31' : sev === 'warning' ? '33' : '36';
      out += `  ${paint(color, '2', pos.padEnd(w0))}  ${paint(color, sevCol, sev.padEnd(w1))}  ${msg}  ${paint(color, '2', rule)}\n`;
    }
    for (const f of r.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
    }
  }
  const total = errors + warnings + infos;
  if (total === 0) return '';
  const line = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${infos ? `, ${infos} info` : ''})`;
  return `${out}\n${paint(color, '1;' + (errors ? '31' : '33'), line)}\n`;
}
