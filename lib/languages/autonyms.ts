// The names languages give themselves, for lists of translations ("简体中文 | 正體中文 | 日本語",
// a README's or a site's language menu): such a list names languages, it is no passage in them.
import { AUTONYM_WORDS } from './autonyms.generated.js';

let words: ReadonlySet<string> | undefined;

/** A run of letters and combining marks: the pieces an autonym and a run are compared by. */
const WORD = /[\p{L}\p{M}]+/gu;
/** Han characters that may stand before a Chinese language name, qualifying it ("正體中文", "台灣中文"). */
const MAX_HAN_QUALIFIER = 2;
const HAN = /^\p{Script=Han}+$/u;

/** Whether every word of `run` is a word of a language's name for itself (in a script other than Latin). */
export function namesLanguages(run: string): boolean {
  words ??= new Set(AUTONYM_WORDS.split(' '));
  let any = false;
  for (const [word] of run.toLowerCase().matchAll(WORD)) {
    if (!words.has(word) && !qualifiedHanName(word, words)) return false;
    any = true;
  }
  return any;
}

/**
 * A Han name of a language after a qualifier of its script or region, which CLDR spells one way
 * of several ("正體中文" where CLDR writes "繁體中文").
 */
function qualifiedHanName(word: string, names: ReadonlySet<string>): boolean {
  if (!HAN.test(word)) return false;
  for (let q = 1; q <= MAX_HAN_QUALIFIER && q < word.length; q++) if (names.has(word.slice(q))) return true;
  return false;
}
