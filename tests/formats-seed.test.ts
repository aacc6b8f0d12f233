// The seed (a real MT'd press release with eight artifacts) rendered into each format this
// branch reads gives the same eight findings, at the artifacts, and nothing on the markup.
import { describe, expect, it } from 'vitest';
import { check, SEED_FINDINGS, SEED_FINDINGS_WITH_SOURCE, SEED_RENDERINGS } from './format-fixtures.js';

describe('the seed in every format', () => {
  it('has eight findings as plain text', () => expect(SEED_FINDINGS).toHaveLength(8));

  for (const [format, { name, content }] of Object.entries(SEED_RENDERINGS)) {
    it(`gives the same eight findings as ${format}`, () => {
      const report = check(content, name);
      expect(report.status, report.error?.message).toBe('ok');
      expect(report.language?.code).toBe('en');
      const found = report.findings.map((f) => ({ rule: f.rule, flagged: f.excerpt.text.slice(f.excerpt.start, f.excerpt.end) }));
      const expected = report.sourceLanguage ? SEED_FINDINGS_WITH_SOURCE : SEED_FINDINGS;
      expect(found).toEqual(expected);
      for (const f of report.findings) expect(f.unit).toBeDefined();
      if (typeof content === 'string') {
        // Offsets point into the file: the flagged text stands there as it is.
        expect(report.findings.map((f) => content.slice(f.start, f.end))).toEqual(expected.map((f) => f.flagged));
      }
    });
  }
});
