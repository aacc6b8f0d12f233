// CLDR plural categories (zero, one, two, few, many, other: what Android <plurals> items, Apple's
// .stringsdict cases, Xcode catalogs' plural variations and ICU plural branches are keyed by) and
// which of them a language has, from the CLDR plural rules (cldr-plurals.ts, generated from
// cldr-core by scripts/cldr-plurals.ts). Like a PO form by its Plural-Forms (plural-forms.ts), a
// category that serves a single integer count may say its count in words and leave the number's
// placeholder out ("Eine Episode", Arabic's dual "حلقتان"); a category that serves many counts may
// not: Russian "one" serves 1, 21, 31…, French "one" 0 and 1, Brazilian Portuguese "one" 0 and 1.

import { CLDR_PLURALS } from './cldr-plurals.js';

/** CLDR's plural categories. */
export const PLURAL_CATEGORIES: ReadonlySet<string> = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** A plural category of a language. */
export interface PluralCategory {
  /** Whether it serves an integer count from 0 to 999 (French "many" serves a million and its multiples, Czech "many" decimals). */
  counts: boolean;
  /** The one integer count it serves, when it serves one alone. */
  single?: number;
}

/** For each CLDR locale (lowercase), its categories. */
let byLocale: Map<string, ReadonlyMap<string, PluralCategory>> | undefined;

function localeTable(): Map<string, ReadonlyMap<string, PluralCategory>> {
  if (byLocale) return byLocale;
  byLocale = new Map();
  for (const [set, locales] of Object.entries(CLDR_PLURALS)) {
    const categories = new Map(
      set.split(' ').map((c) => {
        const [name, single] = c.split(':');
        return name.startsWith('~') ? [name.slice(1), { counts: false }] : [name, single === undefined ? { counts: true } : { counts: true, single: Number(single) }];
      }),
    );
    for (const locale of locales.split(' ')) byLocale.set(locale.toLowerCase(), categories);
  }
  return byLocale;
}

/**
 * A language's plural categories, by its tag ("pt-PT" has rules of its own), else its primary
 * subtag. Undefined for a language CLDR has no rules for.
 */
export function pluralCategoriesOf(lang: string | undefined): ReadonlyMap<string, PluralCategory> | undefined {
  if (!lang) return undefined;
  const tag = lang.toLowerCase().replace(/_/g, '-');
  const table = localeTable();
  return table.get(tag) ?? table.get(tag.split('-')[0]);
}

/** The one count a plural category serves in a language, or undefined when it serves several or none, or the language is not known. */
export function singleCountOf(category: string, lang: string | undefined): number | undefined {
  return pluralCategoriesOf(lang)?.get(category)?.single;
}

/** What a plural form is, read against its language's CLDR categories (see Unit.plural). */
export interface PluralNote {
  /** The language whose categories the form was read against (the file's, or the one given). */
  lang: string;
  /** A category the language does not have (a Chinese "one"): the form is never shown. */
  unused?: boolean;
  /** On a group's "other" form (else its first): the categories serving counts 0 to 999 that the group lacks, whose counts fall back to "other". */
  missing?: readonly string[];
}

/**
 * The notes of one plural group's forms (their categories and texts, in file order), read against
 * the language's CLDR categories; undefined where a form has nothing to note. `zeroEverywhere`: the
 * format's "zero" serves the count 0 in every language (Apple's stringsdict and catalogs), not
 * only where CLDR has the category (Android ignores it elsewhere). A form the language does not
 * use is noted only where its text differs from "other": tools that export every category for
 * every language (Crowdin) fill them with a copy, which changes nothing, while a Chinese "one"
 * written apart ("一个文件") was meant to be shown.
 */
export function pluralNotes(forms: ReadonlyArray<readonly [category: string, text: string]>, lang: string | undefined, zeroEverywhere: boolean): (PluralNote | undefined)[] {
  const uses = pluralCategoriesOf(lang);
  if (!lang || !uses) return forms.map(() => undefined);
  const categories = forms.map(([c]) => c);
  const other = forms.find(([c]) => c === 'other')?.[1].trim();
  const notes: (PluralNote | undefined)[] = forms.map(([c, text]) =>
    PLURAL_CATEGORIES.has(c) && !uses.has(c) && !(c === 'zero' && zeroEverywhere) && text.trim() !== other ? { lang, unused: true } : undefined,
  );
  const missing = [...uses].filter(([c, { counts }]) => counts && !categories.includes(c)).map(([c]) => c);
  if (missing.length > 0 && categories.length > 0) {
    const at = Math.max(0, categories.indexOf('other'));
    notes[at] = { ...notes[at], lang, missing };
  }
  return notes;
}

/**
 * The CLDR categories of `n` plural forms written in a row, as Symfony's translator and Laravel
 * take them for a language: its categories that serve integer counts, in CLDR's order ("one|other"
 * in English and French, "one|few|other" in Czech), without "other" where "many" serves the rest of
 * the integers and "other" fractions alone ("one|few|many" in Russian and Polish); two forms
 * are "one|other" in any language (Symfony's rule for Hebrew). Undefined when `n` forms are none of these.
 */
export function pipeFormCategories(n: number, lang: string | undefined): string[] | undefined {
  const categories = pluralCategoriesOf(lang);
  const counting = categories ? [...categories].filter(([, c]) => c.counts).map(([name]) => name) : [];
  if (counting.length === n) return counting;
  if (counting.length === n + 1 && counting.includes('many')) return counting.filter((c) => c !== 'other');
  return n === 2 ? ['one', 'other'] : undefined;
}
