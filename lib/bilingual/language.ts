// Whether a stretch of a translation is still in the source's language: the one language question
// the bilingual checks ask. The registry's span identification (lib/languages/identify.ts) answers
// for spans long enough to judge; shorter ones ("Save as") need function words the source language
// has and the target language lacks, more of them than of the target's own. Across scripts the
// script alone answers.

import { identifyLanguage } from '../languages/identify.js';
import { languageFor, sameOrClose, scriptsOf } from '../languages/index.js';
import { countScripts, dominantScript } from '../text/script.js';
import { lazyRegExp } from '../text/lazy-regexp.js';

/** A word, apostrophes within it ("don't", "l’homme") but not at its ends (the plural possessive "Years’"). */
const WORD = lazyRegExp(String.raw`[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*`, 'gu');

/** Whether two languages are too close to tell apart (or the same). */
export function tooClose(a: string, b: string): boolean {
  return sameOrClose(a, b);
}

/** The common words of a language (its most frequent function words), empty when the registry has none. */
export function commonWords(lang: string): ReadonlySet<string> {
  let words = commonCache.get(lang);
  if (!words) {
    words = new Set(languageFor(lang)?.commonWords?.split(' ') ?? []);
    commonCache.set(lang, words);
  }
  return words;
}
const commonCache = new Map<string, ReadonlySet<string>>();

/** Whether text[start, end) reads as language `lang` rather than `other`. */
export function readsAs(text: string, start: number, end: number, lang: string, other: string): boolean {
  if (tooClose(lang, other)) return false;
  const script = dominantScript(countScripts(text, start, end));
  if (!script) return false;
  const own = scriptsOf(lang);
  const rival = scriptsOf(other);
  if (!own?.includes(script) && !(lang === 'ja' && script === 'Han')) return false;
  if (rival && !rival.includes(script)) return true;
  const id = identifyLanguage(text, start, end);
  if (id) return sameOrClose(id.code, lang);
  // Too short to identify: the source language's own function words must be there.
  const a = commonWords(lang);
  const b = commonWords(other);
  const needed = b.size > 0 ? 1 : 2;
  let ownOnly = 0;
  let otherOnly = 0;
  for (const m of text.slice(start, end).matchAll(WORD())) {
    const w = m[0].toLowerCase();
    if (a.has(w) && !b.has(w)) ownOnly++;
    else if (b.has(w) && !a.has(w)) otherOnly++;
  }
  return ownOnly >= needed && ownOnly > otherOnly;
}

/** The words of a text that are not function words of its language, lowercase, in order. */
export function contentWords(text: string, lang: string): string[] {
  const stop = commonWords(lang);
  return [...text.matchAll(WORD())].map((m) => m[0].toLowerCase()).filter((w) => !stop.has(w));
}
