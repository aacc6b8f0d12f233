// The review page's numbers read as Intl.NumberFormat('en-US') writes them, without loading ICU.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { formatCount, formatRatio } from '../lib/report/numbers.js';

it('writes counts as en-US does', () => {
  const en = new Intl.NumberFormat('en-US');
  for (const n of [0, 7, 999, 1000, 12_345, 1_000_000, 987_654_321, -1234]) expect(formatCount(n)).toBe(en.format(n));
  fc.assert(fc.property(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), (n) => formatCount(n) === en.format(n)));
});

it('writes ratios with at most two decimals as en-US does, for the hundredths the summary holds', () => {
  const en = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
  for (const x of [0, 0.5, 1.25, 3, 10.1, 1234.56, 100_000]) expect(formatRatio(x)).toBe(en.format(x));
  // findingsPer1000Words is rounded to hundredths (Math.round(…) / 100).
  fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), (k) => formatRatio(k / 100) === en.format(k / 100)));
});
