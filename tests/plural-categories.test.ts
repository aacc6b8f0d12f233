// The plural categories generated from Unicode CLDR (lib/formats/cldr-plurals.ts) must be what
// scripts/cldr-plurals.ts makes from the installed cldr-core, and read by tag, then primary subtag.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLDR_PLURALS } from '../lib/formats/cldr-plurals.js';
import { pipeFormCategories, pluralCategoriesOf, singleCountOf } from '../lib/formats/plural-categories.js';
import { generate } from '../scripts/cldr-plurals.js';

describe('CLDR plural categories', () => {
  it('are up to date with cldr-core (run npx tsx scripts/cldr-plurals.ts)', () => {
    const committed = readFileSync(fileURLToPath(new URL('../lib/formats/cldr-plurals.ts', import.meta.url)), 'utf8');
    expect(committed).toBe(generate());
  });

  it('stay small (the module ships in the Lambda bundle)', () => {
    expect(JSON.stringify(CLDR_PLURALS).length).toBeLessThan(2_500);
  });

  it("are each language's categories, whether they serve counts up to 999, and the count one serves alone", () => {
    const categories = (lang: string) => [...(pluralCategoriesOf(lang) ?? [])].map(([c, { counts, single }]) => (!counts ? `~${c}` : single === undefined ? c : `${c}:${single}`)).join(' ');
    expect(categories('ru')).toBe('one few many other');
    expect(categories('zh-Hant')).toBe('other');
    // French "many" serves a million and its multiples only, Czech "many" decimals.
    expect(categories('fr')).toBe('one ~many other');
    expect(categories('cs')).toBe('one:1 few ~many other');
    expect(categories('pt-BR')).toBe('one ~many other');
    expect(categories('pt-PT')).toBe('one:1 ~many other');
    expect(categories('ar')).toBe('zero:0 one:1 two:2 few many other');
    expect(categories('cy')).toBe('zero:0 one:1 two:2 few:3 many:6 other');
    expect(categories('iw')).toBe('one:1 two:2 other');
    expect(pluralCategoriesOf('tlh')).toBeUndefined();
    expect([singleCountOf('one', 'de_CH'), singleCountOf('one', 'uk'), singleCountOf('two', undefined)]).toEqual([1, undefined, undefined]);
  });
});

describe('pipeFormCategories', () => {
  it('names the forms of a Symfony/Laravel plural by the categories a language counts with, in CLDR order', () => {
    expect(pipeFormCategories(2, 'en')).toEqual(['one', 'other']);
    expect(pipeFormCategories(2, 'fr')).toEqual(['one', 'other']); // "many" serves no count from 0 to 999
    expect(pipeFormCategories(3, 'cs')).toEqual(['one', 'few', 'other']);
    expect(pipeFormCategories(3, 'ru')).toEqual(['one', 'few', 'many']); // "other" serves fractions alone
    expect(pipeFormCategories(6, 'ar')).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(pipeFormCategories(2, 'he')).toEqual(['one', 'other']);
    expect(pipeFormCategories(5, 'ru')).toBeUndefined();
    expect(pipeFormCategories(3, undefined)).toBeUndefined();
  });
});
