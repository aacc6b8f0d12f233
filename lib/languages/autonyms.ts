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
  // Most runs are turned away by their first two letters, before the regex and the lowering (a
  // mixed text of 10 MB asks about 17,800 runs, at some 5 µs each the whole way).
  if (end - start >= 2 && !mayOpenName(text.charCodeAt(start), text.charCodeAt(start + 1))) return false;
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

/** A letter or mark of WORD, lowered to one code unit by itself, neither Han nor Σ (see mayOpenName). */
const PLAIN = 1;
/** Any other code unit: a run opening with it is read the whole way. */
const OTHER = 2;
/** Per code unit: 0 until first met, then PLAIN or OTHER. */
let kinds: Uint8Array | undefined;
/** Per PLAIN code unit, its lowercase. */
let lowered: Uint16Array | undefined;
/** The first two code units of every autonym word, as (first << 16) | second. */
let openings: ReadonlySet<number> | undefined;
const LETTER_OR_MARK = lazyRegExp(String.raw`^[\p{L}\p{M}]$`, 'u');

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
  if (!LETTER_OR_MARK().test(ch) || HAN().test(ch) || lower.length !== 1) return OTHER;
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
  if (!HAN().test(word)) return false;
  for (let q = 1; q <= MAX_HAN_QUALIFIER && q < word.length; q++) if (names.has(word.slice(q))) return true;
  return false;
}
