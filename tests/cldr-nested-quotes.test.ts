// The languages generated from Unicode CLDR's delimiters (lib/languages/cldr-nested-quotes.ts) must be
// what scripts/cldr-nested-quotes.ts makes from the installed cldr-misc-full.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NESTS_IN_SAME_MARKS } from '../lib/languages/cldr-nested-quotes.js';
import { generate } from '../scripts/cldr-nested-quotes.js';

describe('CLDR languages nesting quotations in the same marks', () => {
  it('are up to date with cldr-misc-full (run npx tsx scripts/cldr-nested-quotes.ts)', () => {
    const committed = readFileSync(fileURLToPath(new URL('../lib/languages/cldr-nested-quotes.ts', import.meta.url)), 'utf8');
    expect(committed).toBe(generate());
  });

  it('hold French and Armenian but not German or Russian, nor Dutch (single marks)', () => {
    for (const lang of ['fr', 'hy', 'bg', 'lt']) expect(NESTS_IN_SAME_MARKS.has(lang)).toBe(true);
    for (const lang of ['de', 'ru', 'en', 'nl']) expect(NESTS_IN_SAME_MARKS.has(lang)).toBe(false);
  });
});
