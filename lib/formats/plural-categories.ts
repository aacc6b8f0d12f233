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

/** For each CLDR locale (lowercase), its categories serving the counts 0 to 999, each with the one count it serves alone, if it does. */
let byLocale: Map<string, ReadonlyMap<string, number | undefined>> | undefined;

function localeTable(): Map<string, ReadonlyMap<string, number | undefined>> {
  if (byLocale) return byLocale;
  byLocale = new Map();
  for (const [set, locales] of Object.entries(CLDR_PLURALS)) {
    const categories = new Map(set.split(' ').map((c) => {
      const [name, count] = c.split(':');
      return [name, count === undefined ? undefined : Number(count)] as const;
    }));
    for (const locale of locales.split(' ')) byLocale.set(locale.toLowerCase(), categories);
  }
  return byLocale;
}

/**
 * The plural categories a language uses for integer counts (0 to 999), each with the one count it
 * serves alone, if it does; by its tag ("pt-PT" has rules of its own), else its primary subtag.
 * Undefined for a language CLDR has no rules for.
 */
export function pluralCategoriesOf(lang: string | undefined): ReadonlyMap<string, number | undefined> | undefined {
  if (!lang) return undefined;
  const tag = lang.toLowerCase().replace(/_/g, '-');
  const table = localeTable();
  return table.get(tag) ?? table.get(tag.split('-')[0]);
}

/** The one count a plural category serves in a language, or undefined when it serves several or none, or the language is not known. */
export function singleCountOf(category: string, lang: string | undefined): number | undefined {
  return pluralCategoriesOf(lang)?.get(category);
}

/** What a plural form is, read against its language's CLDR categories (see Unit.plural). */
export interface PluralNote {
  /** The language whose categories the form was read against (the file's, or the one given). */
  lang: string;
  /** A category the language has no integer counts for (a Chinese "one"): the form is never shown. */
  unused?: boolean;
  /** On a group's "other" form (else its first): the categories the language uses that the group lacks, whose counts fall back to "other". */
  missing?: readonly string[];
}

/**
 * The notes of one plural group's forms (their categories, in file order), read against the
 * language's CLDR categories; undefined where a form has nothing to note. `zeroEverywhere`: the
 * format's "zero" serves the count 0 in every language (Apple's stringsdict and catalogs), not
 * only where CLDR has the category (Android ignores it elsewhere).
 */
export function pluralNotes(categories: readonly string[], lang: string | undefined, zeroEverywhere: boolean): (PluralNote | undefined)[] {
  const uses = pluralCategoriesOf(lang);
  if (!lang || !uses) return categories.map(() => undefined);
  const notes: (PluralNote | undefined)[] = categories.map((c) =>
    PLURAL_CATEGORIES.has(c) && !uses.has(c) && !(c === 'zero' && zeroEverywhere) ? { lang, unused: true } : undefined,
  );
  const missing = [...uses.keys()].filter((c) => !categories.includes(c));
  if (missing.length > 0 && categories.length > 0) {
    const at = Math.max(0, categories.indexOf('other'));
    notes[at] = { ...notes[at], lang, missing };
  }
  return notes;
}
