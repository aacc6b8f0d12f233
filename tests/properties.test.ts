// Property tests: whatever the text, the checker returns, its offsets are inside the text,
// positions agree with offsets, and the same text gives the same report.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/engine.js';

// Text built from the pieces that matter to the scanners: marks, quotes, brackets, spaces,
// line ends, cased and caseless letters, digits, surrogate pairs.
const pieces = fc.constantFrom(
  '.', '!', '?', '…', '...', ' ', '  ', '\n', '\r\n', '\r', '"', '“', '”', '(', ')', '«', '»', 'a', 'e.g', 'U.S', 'the', 'The',
  'Again', 'and', 'in', 'Mr', 'ß', 'İ', 'Ω', 'ж', 'Ж', '中', 'の', '😀', '\u200b', '\u00a0', '12', '3.5', 'x', 'Ã©', '&amp;', ',', ',,',
);
const texty = fc.oneof(fc.string({ maxLength: 200 }), fc.array(pieces, { maxLength: 120 }).map((a) => a.join('')), fc.string({ unit: 'grapheme', maxLength: 100 }));
const lang = fc.constantFrom(undefined, 'en', 'de', 'cs', 'ru', 'uk', 'fr', 'zh', 'xx');

describe('analyse on any string', () => {
  it('never throws and keeps findings inside the text', () => {
    fc.assert(
      fc.property(texty, lang, (text, l) => {
        const { findings, summary } = analyse(text, { lang: l });
        expect(summary.findings).toBe(findings.length);
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThanOrEqual(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          const before = text.slice(0, f.start).split(/\r\n|\r|\n/);
          expect(f.line).toBe(before.length);
          expect(f.column).toBe(before[before.length - 1].length + 1);
          for (const e of f.fix?.edits ?? []) {
            expect(e.start).toBeGreaterThanOrEqual(0);
            expect(e.end).toBeLessThanOrEqual(text.length);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('gives the same findings on repeated runs', () => {
    fc.assert(
      fc.property(texty, lang, (text, l) => {
        expect(analyse(text, { lang: l })).toEqual(analyse(text, { lang: l }));
      }),
      { numRuns: 300 },
    );
  });
});
