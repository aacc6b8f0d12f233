// Shared by the format tests: the seed rendered into each format (generated from seeds/000_…txt
// by scripts/render-formats-xml.ts, so the renderings follow the seed), the findings the seed has
// as plain text, and helpers to check a file and compare findings.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { checkBytes } from '../lib/check.js';
import { applyEdits, collectEdits } from '../lib/fix.js';
import type { Finding, Report } from '../lib/types.js';
import { XML_RENDERINGS, type Paragraph } from '../scripts/render-formats-xml.js';

export { docxFile, W_NS, wordDocument } from '../scripts/render-formats-xml.js';

export const SEED_TEXT = readFileSync(new URL('../seeds/000_3bf6eb0c58bdff8a.txt', import.meta.url), 'utf8');
const seedReport = checkBytes(new TextEncoder().encode(SEED_TEXT), { name: 'seed.txt' });
/** The eight artifacts as plain text finds them: rule and flagged text. */
export const SEED_FINDINGS = seedReport.findings.map((f) => ({ rule: f.rule, flagged: SEED_TEXT.slice(f.start, f.end) }));
/**
 * The same eight in a bilingual file, whose sources (the seed repaired) have none of them: there the
 * bilingual rule that compares breaks with the source reports them (see sentence-break-mismatch).
 */
export const SEED_FINDINGS_WITH_SOURCE = SEED_FINDINGS.map((f) => ({ ...f, rule: f.rule === 'stray-sentence-break' || f.rule === 'stranded-fragment' ? 'sentence-break-mismatch' : f.rule }));
/** The seed with every suggested fix applied: the "source" of the renderings (what the MT should have written). */
const SEED_REPAIRED = applyEdits(SEED_TEXT, collectEdits(seedReport.findings, true));

/** The seed's paragraphs (non-empty lines), each with its repaired twin as a source. */
export const SEED_PARAGRAPHS: Paragraph[] = SEED_TEXT.split('\n')
  .map((line, i) => ({ target: line, source: SEED_REPAIRED.split('\n')[i] }))
  .filter((p) => p.target.trim() !== '');

export const SEED_RENDERINGS: Record<string, { name: string; content: string | Uint8Array }> = Object.fromEntries(
  XML_RENDERINGS.map(([name, render]) => [name.replace(/^doc/, 'seed'), { name: name.replace(/^doc(-2\.0)?/, 'seed'), content: render(SEED_PARAGRAPHS) }]),
);

export function check(content: string | Uint8Array, name: string, options: { lang?: string; columns?: [string, string] } = {}): Report {
  return checkBytes(typeof content === 'string' ? new TextEncoder().encode(content) : content, { name, ...options });
}

/**
 * The report has exactly the expected findings (rule, unit, and the flagged text as it stands in
 * the file, or in the checked text for formats that are not text).
 */
export function expectFindings(report: Report, file: string, expected: Array<{ rule: string; flagged: string; unit?: Partial<Finding['unit']> }>): void {
  expect(report.status, report.error?.message).toBe('ok');
  const got = report.findings.map((f) => ({ rule: f.rule, flagged: file.slice(f.start, f.end), unit: f.unit }));
  expect(got).toEqual(expected.map((e) => (e.unit ? { ...e, unit: expect.objectContaining(e.unit) } : { ...e, unit: expect.anything() })));
}
