// Plural forms in one message separated by "|", as Symfony's translator and Laravel write them
// ("One apple|%count% apples", "{0} None|{1} One|]1,Inf[ Many"): a translation has as many forms
// as its language has (Polish three, Japanese one), so counts and lengths are compared per form.

import { lazyRegExp } from '../text/lazy-regexp.js';

const LETTER = lazyRegExp(String.raw`\p{L}`, 'u');

/** How many "|"-separated forms text[start, end) has: 1 unless every form holds words ("%|1$+5|" and "a || b" are none). */
export function pipeForms(text: string, start: number, end: number): number {
  const message = text.slice(start, end);
  if (!message.includes('|') || message.includes('||')) return 1;
  const forms = message.split('|');
  return forms.every((f) => LETTER().test(f)) ? forms.length : 1;
}
