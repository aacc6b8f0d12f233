// markerTotal reads only the words with a letter past ASCII where it can: it must count what
// markerCounts counts, summed over the languages asked about, for spans that start or end inside
// a word too, and for languages whose markers are punctuation or ASCII (Spanish ¿ ¡, Turkish I).
import { describe, expect, it } from 'vitest';
import { markerCounts, markerTotal } from '../lib/catalogue/sentence-language.js';
import { wordLanguages } from '../lib/catalogue/stopwords.js';
import { scriptIndex, tokenize } from '../lib/catalogue/tokens.js';
import { LANGUAGES } from '../lib/languages/index.js';
import { examplesOfLanguage } from './examples.js';

describe('markerTotal', () => {
  it('counts what markerCounts counts, for every language and pairs of them', () => {
    const text = [...LANGUAGES.flatMap((l) => examplesOfLanguage(l.code)), '¿Qué? ¡Sí! IŞIK ılık Ři řeka přeřekl її'].join(' ');
    const t = tokenize(text);
    const inside = text.indexOf('přeřekl') + 1; // from inside a word, to inside another
    const spans = [[0, text.length], [1, text.length - 1], [7, 500], [101, 2003], [text.length >> 1, text.length - 3], [inside, text.length - 1]];
    let compared = 0;
    let letters = 0;
    for (const script of new Set(LANGUAGES.map((l) => l.script))) {
      const n = wordLanguages(script).length;
      const masks = Array.from({ length: n }, (_, k) => 1 << k).concat(Array.from({ length: Math.max(0, n - 1) }, (_, k) => 3 << k));
      for (const [from, to] of spans) {
        const counts = markerCounts(text, from, to, scriptIndex(script), new Int32Array(n));
        for (const mask of masks) {
          const expected = counts.reduce((sum, c, k) => ((mask >> k) & 1 ? sum + c : sum), 0);
          expect(markerTotal(text, t, from, to, scriptIndex(script), mask)).toBe(expected);
          // Told how many are enough, it may stop there, but never short of them or past a smaller count.
          for (const enough of [1, 2, 5]) {
            const total = markerTotal(text, t, from, to, scriptIndex(script), mask, undefined, enough);
            if (expected < enough) expect(total).toBe(expected);
            else expect(total).toBeGreaterThanOrEqual(enough);
          }
          compared++;
          letters += expected;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
    expect(letters).toBeGreaterThan(100);
  });

  it('counts a marker letter written decomposed (NFD) once, as its composed form, not its base letter', () => {
    // Ukrainian ї is і and U+0308: і, a marker of its own, is no second one.
    const text = 'Її прізвище: їжак. Řeka přeřekla, že účet, ǘ.';
    for (const script of ['Cyrillic', 'Latin'] as const) {
      const n = wordLanguages(script).length;
      const composed = markerCounts(text, 0, text.length, scriptIndex(script), new Int32Array(n));
      const nfd = text.normalize('NFD');
      expect([...markerCounts(nfd, 0, nfd.length, scriptIndex(script), new Int32Array(n))]).toEqual([...composed]);
      const all = (1 << n) - 1;
      expect(markerTotal(nfd, tokenize(nfd), 0, nfd.length, scriptIndex(script), all)).toBe(markerTotal(text, tokenize(text), 0, text.length, scriptIndex(script), all));
    }
  });
});
