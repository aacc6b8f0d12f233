// Whether a stretch of a translation is still in the source's language: the one language question
// the bilingual checks ask. Function words the source language has and the target language lacks
// must be there, outnumber the target's own, and franc must agree on longer spans (it is not asked
// about less than it can judge). Across scripts the script alone answers.

import { francAll } from 'franc-min';
import { catalogueLanguage, expectedScript, sameOrClose } from '../catalogue/languages.js';
import { dominantScript, countScripts } from '../text/script.js';

/** franc is asked only about spans with at least this many letters. */
const FRANC_LETTERS = 40;
const WORD = /[\p{L}\p{M}'’]+/gu;

/** Whether two languages are too close to tell apart (or the same). */
export function tooClose(a: string, b: string): boolean {
  return sameOrClose(a, b);
}

/** Whether text[start, end) reads as language `lang` rather than `other`. */
export function readsAs(text: string, start: number, end: number, lang: string, other: string): boolean {
  if (tooClose(lang, other)) return false;
  const span = text.slice(start, end);
  const counts = countScripts(span);
  const script = dominantScript(counts);
  if (!script) return false;
  const own = expectedScript(lang);
  const rival = expectedScript(other);
  if (own && rival && own !== rival) return script === own || (own === 'Kana' && script === 'Han');
  const a = catalogueLanguage(lang);
  const b = catalogueLanguage(other);
  if (!a || a.script !== script) return false;
  const aWords = new Set(a.stopwords.split(' '));
  // A target language without a word list: two of the source's function words must do.
  const bWords = new Set(b?.stopwords.split(' ') ?? []);
  const needed = b ? 1 : 2;
  let ownOnly = 0;
  let otherOnly = 0;
  for (const m of span.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (aWords.has(w) && !bWords.has(w)) ownOnly++;
    else if (bWords.has(w) && !aWords.has(w)) otherOnly++;
  }
  if (ownOnly < needed || ownOnly <= otherOnly) return false;
  if (counts.letters < FRANC_LETTERS || !a.franc || !b?.franc) return true;
  const ranked = francAll(span.slice(0, 2000), { only: [a.franc, b.franc], minLength: 10 });
  return ranked[0]?.[0] === a.franc;
}

/** The words of a text that are not function words of its language, lowercase, in order. */
export function contentWords(text: string, lang: string): string[] {
  const stop = new Set(catalogueLanguage(lang)?.stopwords.split(' ') ?? []);
  return [...text.matchAll(WORD)].map((m) => m[0].toLowerCase()).filter((w) => !stop.has(w));
}
