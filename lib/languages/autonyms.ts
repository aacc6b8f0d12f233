// The names languages give themselves, for lists of translations ("简体中文 | 正體中文 | 日本語",
// a README's or a site's language menu): such a list names languages, it is no passage in them.
import { AUTONYM_WORDS } from './autonyms.generated.js';
import { lazyRegExp } from '../text/lazy-regexp.js';
import { codePointWidth, isLetterOrMarkAt, isLowSurrogate, letterOrMarkRunEnd } from '../text/chars.js';

let words: ReadonlySet<string> | undefined;

/** A run of letters and combining marks: the pieces an autonym and a run are compared by (see wordStart). */
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
  // Most runs are turned away by their first two letters, before the regex and the lowering (a
  // mixed text of 10 MB asks about 17,800 runs, at some 5 µs each the whole way).
  if (end - start >= 2 && !mayOpenName(text.charCodeAt(start), text.charCodeAt(start + 1))) return false;
  let any = false;
  for (let from = wordStart(text, start); from < end; ) {
    const to = letterOrMarkRunEnd(text, from);
    const found = text.slice(from, Math.min(to, end));
    // A capital sigma is the one letter toLowerCase lowers by its context (σ, or ς at a word's
    // end: Unicode's Final_Sigma), which reaches past the word: such a run is lowered whole.
    if (found.includes('Σ')) return everyWordNames(text.slice(start, end).toLowerCase(), words);
    const word = found.toLowerCase();
    if (!words.has(word) && !qualifiedHanName(word, words)) return false;
    any = true;
    from = wordStart(text, to);
  }
  return any;
}

/**
 * Where WORD's next match from offset i starts (text.length if none; it ends at letterOrMarkRunEnd):
 * WORD read off chars.ts's table, which every check fills anyway. namesLanguages asks it of every
 * run of a foreign script, and WORD was parsed and compiled for it in every check of a text with
 * one: with kindOf's two expressions, some 8 M instructions of the check of 1 MB of mixed prose
 * (tests/regexp-replacements.test.ts compares the two at every offset of random strings).
 */
export function wordStart(text: string, i: number): number {
  // As a `u` expression does, an offset inside a surrogate pair is read from the pair's start.
  if (i > 0 && isLowSurrogate(text.charCodeAt(i)) && codePointWidth(text, i - 1) === 2) i--;
  while (i < text.length && !isLetterOrMarkAt(text, i)) i += codePointWidth(text, i);
  return i;
}

/** A letter or mark of WORD, lowered to one code unit by itself, neither Σ nor of mayBeHan's ranges (see mayOpenName). */
const PLAIN = 1;
/** Any other code unit: a run opening with it is read the whole way. */
const OTHER = 2;
/** Per code unit: 0 until first met, then PLAIN or OTHER. */
let kinds: Uint8Array | undefined;
/** Per PLAIN code unit, its lowercase. */
let lowered: Uint16Array | undefined;
/** The first two code units of every autonym word, as (first << 16) | second. */
let openings: ReadonlySet<number> | undefined;

/**
 * False where no word of a language's name can open a run that opens with code units a, b: both
 * are PLAIN, so WORD's first match starts at a and runs on past b, and lowered (by itself, or with
 * the run, as no lowering but Σ's depends on the letters around) it opens with their lowercases,
 * which open no autonym word; not Han, so it is no qualified Han name either. True where that
 * cannot be told so: the run is read.
 */
function mayOpenName(a: number, b: number): boolean {
  if (!kinds) {
    kinds = new Uint8Array(0x10000);
    lowered = new Uint16Array(0x10000);
    openings = new Set(AUTONYM_WORDS.split(' ').map((w) => (w.charCodeAt(0) << 16) | w.charCodeAt(1)));
  }
  if (kinds[a] === 0) kinds[a] = kindOf(a);
  if (kinds[b] === 0) kinds[b] = kindOf(b);
  return kinds[a] !== PLAIN || kinds[b] !== PLAIN || openings!.has((lowered![a] << 16) | lowered![b]);
}

/** PLAIN or OTHER for code unit c, its lowercase noted in `lowered`; a code unit is looked at once. */
function kindOf(c: number): number {
  // A surrogate is half a letter (the regex reads the pair); Σ lowers by its context (see namesLanguages).
  if ((c >= 0xd800 && c <= 0xdfff) || c === 0x3a3) return OTHER;
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  if (!isLetterOrMarkAt(ch, 0) || (mayBeHan(c) && HAN().test(ch)) || lower.length !== 1) return OTHER;
  lowered![c] = lower.charCodeAt(0);
  return PLAIN;
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
  if (!mayBeHan(word.charCodeAt(0)) || !HAN().test(word)) return false;
  for (let q = 1; q <= MAX_HAN_QUALIFIER && q < word.length; q++) if (names.has(word.slice(q))) return true;
  return false;
}

/**
 * False where code unit c starts no Han character: it is no surrogate (the high half of an astral
 * one), nor in U+2E80-U+9FFF or U+F900-U+FAFF, which hold every Han character of the Basic
 * Multilingual Plane (with Kana, Bopomofo, Hangul jamo and CJK punctuation besides). Asked before
 * HAN, which is then built only for a text with such characters, not in every check of a text
 * with a foreign script (tests/regexp-replacements.test.ts proves the ranges hold every code point
 * HAN matches).
 */
export function mayBeHan(c: number): boolean {
  return (c & 0xf800) === 0xd800 || (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}
