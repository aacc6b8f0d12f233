// The names languages give themselves, for lists of translations ("简体中文 | 正體中文 | 日本語",
// a README's or a site's language menu): such a list names languages, it is no passage in them.
import { AUTONYM_WORDS } from './autonyms.generated.js';
import { lazyRegExp } from '../text/lazy-regexp.js';

let words: ReadonlySet<string> | undefined;

/** A run of letters and combining marks: the pieces an autonym and a run are compared by. */
const WORD = lazyRegExp(String.raw`[\p{L}\p{M}]+`, 'gu');
/** Han characters that may stand before a Chinese language name, qualifying it ("正體中文", "台灣中文"). */
const MAX_HAN_QUALIFIER = 2;
const HAN = lazyRegExp(String.raw`^\p{Script=Han}+$`, 'u');

/**
 * Whether every word of text[start, end) is a word of a language's name for itself (in a script
 * other than Latin). Read in place, a word at a time: the passage rule asks it of every passage it
 * finds, which seldom opens with a language's name, and a slice of each passage lowercased whole,
 * with a match per word, was a quarter of the garbage of a check of mixed de/cs/ru/uk/hr prose.
 */
export function namesLanguages(text: string, start = 0, end = text.length): boolean {
  words ??= new Set(AUTONYM_WORDS.split(' '));
  let any = false;
  const word = WORD();
  word.lastIndex = start;
  for (let m = word.exec(text); m !== null && m.index < end; m = word.exec(text)) {
    const found = m.index + m[0].length > end ? text.slice(m.index, end) : m[0];
    // A capital sigma is the one letter toLowerCase lowers by its context (σ, or ς at a word's
    // end: Unicode's Final_Sigma), which reaches past the word: such a run is lowered whole.
    if (found.includes('Σ')) return everyWordNames(text.slice(start, end).toLowerCase(), words);
    const word = found.toLowerCase();
    if (!words.has(word) && !qualifiedHanName(word, words)) return false;
    any = true;
  }
  return any;
}

/** Whether every word of `run`, lowercase, is a word of `names`. */
function everyWordNames(run: string, names: ReadonlySet<string>): boolean {
  let any = false;
  for (const [word] of run.matchAll(WORD())) {
    if (!names.has(word) && !qualifiedHanName(word, names)) return false;
    any = true;
  }
  return any;
}

/**
 * A Han name of a language after a qualifier of its script or region, which CLDR spells one way
 * of several ("正體中文" where CLDR writes "繁體中文").
 */
function qualifiedHanName(word: string, names: ReadonlySet<string>): boolean {
  if (!HAN().test(word)) return false;
  for (let q = 1; q <= MAX_HAN_QUALIFIER && q < word.length; q++) if (names.has(word.slice(q))) return true;
  return false;
}
