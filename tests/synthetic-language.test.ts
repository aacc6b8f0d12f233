// Precision and recall of the `language` findings on real sentences of other languages (and real
// source lines of the MT sets) planted into clean human text, per language pair: what
// `npm run synthetic-language` prints, held to thresholds. Reads ../shared/eval at test time;
// skipped where that data is absent.
import { describe, expect, it } from 'vitest';
import { evalDataAvailable, syntheticLanguage, totals } from '../scripts/synthetic-language.js';

describe.skipIf(!evalDataAvailable())('untranslated text planted in clean text', () => {
  // Vitest runs a skipped describe's body too, to list its tests: read nothing where the data is absent.
  const results = evalDataAvailable() ? syntheticLanguage() : [];
  const pair = (host: string, guest: string) => results.find((r) => r.host === host && r.guest === guest)!;

  it('is found with P ≥ 0.97 and R ≥ 0.92 over all pairs', () => {
    const all = totals(results);
    expect(all.planted).toBeGreaterThan(1000);
    expect(all.precision).toBeGreaterThanOrEqual(0.97);
    expect(all.recall).toBeGreaterThanOrEqual(0.92);
  });

  // Copied source text: the pairs of the MT sets (into English from cs, de, ja, ru, uk, zh; from
  // English into cs, de, hr, ru, uk; cs↔uk; de↔fr).
  it.each([
    ['en', 'cs'], ['en', 'de'], ['en', 'ja'], ['en', 'ru'], ['en', 'uk'], ['en', 'zh'],
    ['cs', 'en'], ['de', 'en'], ['hr', 'en'], ['ru', 'en'], ['uk', 'en'],
    ['cs', 'uk'], ['uk', 'cs'], ['de', 'fr'],
  ])('source copied into a %s text from %s is found (R ≥ 0.85) without false alarms', (host, guest) => {
    const r = pair(host, guest);
    expect(r.falseAlarms, r.alarms.join('\n')).toBe(0);
    expect(r.found / r.planted, r.misses.join('\n')).toBeGreaterThanOrEqual(0.85);
  });

  it('finds short planted sentences (under 40 letters) too', () => {
    const planted = results.reduce((n, r) => n + r.byLength.short.planted, 0);
    const found = results.reduce((n, r) => n + r.byLength.short.found, 0);
    expect(found / planted).toBeGreaterThanOrEqual(0.8);
  });
});
