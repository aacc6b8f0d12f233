// CLDR plural categories (zero, one, two, few, many, other: what Android <plurals> items and ICU
// plural branches are keyed by) that serve a single integer count in a language, from the CLDR
// plural rules (common/supplemental/plurals.xml, integer samples). Like a PO form by its
// Plural-Forms (plural-forms.ts), such a form may say its count in words and leave the number's
// placeholder out ("Eine Episode", Arabic's dual "حلقتان"); a category that serves many counts may
// not: Russian "one" serves 1, 21, 31…, French "one" 0 and 1, Brazilian Portuguese "one" 0 and 1.

/** CLDR's plural categories. */
export const PLURAL_CATEGORIES: ReadonlySet<string> = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** Languages whose "one" is the count 1 alone (CLDR: n = 1, or i = 1 and v = 0, over integers). */
const ONE_IS_1 = new Set(
  (
    'af an ar asa ast az bal bem bez bg brx ca ce cgg chr ckb cs cy da de dv ee el en eo es et eu fi fo fur fy ga gl gsw ha haw ' +
    'he hu ia io it iw ji jgo jmc ka kaj kcg kk kkj kl ks ksb ku ky lb lg lij mas mgo ml mn mr mt nah nb nd ne nl nn nnh no nr ny ' +
    'nyn om or os pap pl ps rm ro rof rwk saq sc scn sd sdh seh sk sn so sq ss ssy st sv sw syr ta te teo tig tk tn tr ts ug ur ' +
    'uz ve vo vun wae xh xog yi'
  ).split(' '),
);
/** Languages whose "two" is the count 2 alone (a dual). */
const TWO_IS_2 = new Set('ar cy ga he iu iw mt naq se sma smi smj smn sms'.split(' '));
/** Languages whose "zero" is the count 0 alone. */
const ZERO_IS_0 = new Set('ar cy ksh lag'.split(' '));

/** The one count a plural category serves in a language (its primary subtag), or undefined when it serves several or the language is not known here. */
export function singleCountOf(category: string, lang: string | undefined): number | undefined {
  if (!lang) return undefined;
  const primary = lang.toLowerCase().split(/[-_]/)[0];
  if (category === 'one') return ONE_IS_1.has(primary) ? 1 : undefined;
  if (category === 'two') return TWO_IS_2.has(primary) ? 2 : undefined;
  if (category === 'zero') return ZERO_IS_0.has(primary) ? 0 : undefined;
  return undefined;
}
