// Character classes on UTF-16 code units, with an ASCII fast path. The scanners call these once
// per interesting position, never per character of the whole text through a Unicode regex.

import { lazyRegExp } from './lazy-regexp.js';

const LOWER = lazyRegExp(String.raw`\p{Ll}`, 'u');
const UPPER = lazyRegExp(String.raw`\p{Lu}|\p{Lt}`, 'u');
const LETTER = lazyRegExp(String.raw`\p{L}`, 'u');
const MARK = lazyRegExp(String.raw`\p{M}`, 'u');
/**
 * Punctuation that UAX #29 counts as letters of a word (Word_Break ALetter): the Armenian apostrophe,
 * emphasis, exclamation and question marks, written over a vowel inside the word ("Ո՞վ").
 */
const IN_WORD_MARKS = /[\u055a-\u055c\u055e]/;

// What the regexes above say of each code unit of the Basic Multilingual Plane, filled in on first
// use: the scanners ask about the same few hundred letters of a script again and again, and a
// regex test on a fresh one-character string costs a few hundred nanoseconds each time.
const KNOWN = 1;
const IS_LOWER = 2;
const IS_UPPER = 4;
const IS_LETTER = 8;
const IS_MARK = 16;
/** `[\p{L}\p{M}]` exactly: IS_LETTER without the Armenian marks of IN_WORD_MARKS. */
const IS_LETTER_OR_MARK = 32;
const UNIT_CLASS = new Uint8Array(0x10000);

/** The class bits of a code unit that is no surrogate, computed once. */
function unitClass(c: number): number {
  const k = UNIT_CLASS[c];
  return k !== 0 ? k : learnUnitClass(c);
}

/**
 * unitClass of a code unit met for the first time. Out of line: unitClass is inlined into every
 * scanner asking about letters, and the four regex tests, run a few times before those are
 * compiled, were compiled into each of them.
 */
function learnUnitClass(c: number): number {
  const s = String.fromCharCode(c);
  const letterOrMark = LETTER().test(s) || MARK().test(s);
  const k =
    KNOWN |
    (LOWER().test(s) ? IS_LOWER : 0) |
    (UPPER().test(s) ? IS_UPPER : 0) |
    (letterOrMark || IN_WORD_MARKS.test(s) ? IS_LETTER : 0) |
    (MARK().test(s) ? IS_MARK : 0) |
    (letterOrMark ? IS_LETTER_OR_MARK : 0);
  UNIT_CLASS[c] = k;
  return k;
}

// Surrogates told by their top bits, one test that runs for every code unit past ASCII, where two
// bounds run the second only past 0xd800: optimised code compiled before the text's first such
// unit (a fullwidth bar, an emoji) had no feedback for it, and the boundary scan's classify()
// was deoptimised there and compiled again (30 MB of English: 18-30 ms of compile).
const isSurrogate = (c: number) => (c & 0xf800) === 0xd800;
export const isLowSurrogate = (c: number) => (c & 0xfc00) === 0xdc00;

/**
 * What a format reader leaves in the checked text for an inline object that is not prose (inline code,
 * a placeholder, a tag standing alone): U+FFFC OBJECT REPLACEMENT CHARACTER, one character that is
 * neither a letter nor punctuation, so the rules read "Run ￼ now." as a sentence and offsets still
 * map back to the file.
 */
export const OBJECT_REPLACEMENT = '\uFFFC';

/**
 * Past the Basic Multilingual Plane (a surrogate): the whole code point against `re`. A function
 * of its own, called too rarely to be inlined: the first emoji of a text deoptimises the caller,
 * and the regex test inlined into its next compile cost several ms of compile for one character.
 * (A surrogate alone is no mark, so letters need no \p{M} test here.)
 */
function codePointMatches(re: RegExp, text: string, i: number, c: number): boolean {
  return re.test(String.fromCodePoint(text.codePointAt(i) ?? c));
}

/**
 * Whether a cut of `text` before offset i parts a character as a reader sees it: text[i] is a
 * combining mark (a diacritic written apart, NFD: "e" and U+0301; a vowel sign) or the low half of
 * a surrogate pair (an emoji), or a zero-width joiner stands on either side (an emoji sequence).
 */
export function partsCharacterAt(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c === 0x200d || text.charCodeAt(i - 1) === 0x200d) return true;
  if (c < 0x300) return false;
  if (!isSurrogate(c)) return (unitClass(c) & IS_MARK) !== 0;
  return isLowSurrogate(c) ? isSurrogate(text.charCodeAt(i - 1)) && !isLowSurrogate(text.charCodeAt(i - 1)) : codePointMatches(MARK(), text, i, c);
}

/** Offset i, or the start of the character a cut there would part (`min` at the lowest): an excerpt's start. */
export function characterStart(text: string, i: number, min: number): number {
  while (i > min && partsCharacterAt(text, i)) i--;
  return i;
}

/** Offset i, or the end of the character a cut there would part (`max` at the highest): an excerpt's end. */
export function characterEnd(text: string, i: number, max: number): number {
  while (i < max && partsCharacterAt(text, i)) i++;
  return i;
}

/**
 * `s` as a message quotes it: whole up to `max` code units; longer, its first `keep` units and "…",
 * the cut moved past the rest of a character it would part (see partsCharacterAt).
 */
export function ellipsized(s: string, max: number, keep = max): string {
  if (s.length <= max) return s;
  const cut = characterEnd(s, keep, s.length);
  return cut === s.length ? s : `${s.slice(0, cut)}…`;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  if (!isSurrogate(c)) return (unitClass(c) & IS_LOWER) !== 0;
  return codePointMatches(LOWER(), text, i, c);
}

export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  if (!isSurrogate(c)) return (unitClass(c) & IS_UPPER) !== 0;
  return codePointMatches(UPPER(), text, i, c);
}

export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  if (!isSurrogate(c)) return (unitClass(c) & IS_LETTER) !== 0;
  return codePointMatches(LETTER(), text, i, c);
}

/**
 * Whether the code point at text[i] is a letter or a mark: what /[\p{L}\p{M}]/u says of it, for
 * every code point (a lone surrogate is neither, as in a `u` regex). Step past it with codePointWidth.
 */
export function isLetterOrMarkAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  if (!isSurrogate(c)) return (unitClass(c) & IS_LETTER_OR_MARK) !== 0;
  return codePointMatches(LETTER(), text, i, c) || codePointMatches(MARK(), text, i, c);
}

/** Where the run of letters and marks from text[i] ends: the end of [\p{L}\p{M}]*, matched sticky at i. */
export function letterOrMarkRunEnd(text: string, i: number): number {
  while (i < text.length && isLetterOrMarkAt(text, i)) i += codePointWidth(text, i);
  return i;
}

/** Code units of the code point at text[i]: 2 for a surrogate pair, else 1. */
export function codePointWidth(text: string, i: number): number {
  return isSurrogate(text.charCodeAt(i)) && !isLowSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
}

/** Letters, digits and marks: the characters a word is made of. */
export function isWordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c) || isDigit(c);
  // A low surrogate is a letter's if the unit before it is (its pair); one at i = 0 is classified
  // itself, and no lone surrogate is a letter to isLetterAt(). Chosen without a branch: code
  // optimised before the text's first surrogate has feedback for every operation (see isSurrogate).
  const back = (isLowSurrogate(c) ? 1 : 0) & (i > 0 ? 1 : 0);
  return isLetterAt(text, i - back);
}

/** Horizontal white space (not line ends): space, tab, no-break and other Unicode spaces. */
export function isInlineSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x205f;
}

export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

export function isSpace(c: number): boolean {
  return isInlineSpace(c) || isLineBreak(c) || c === 11 || c === 12;
}

/** What /\s/ matches (JavaScript's white space and line ends), read off the code unit: a regex test per character needs a string of it. */
export function isRegExpSpace(c: number): boolean {
  return isSpace(c) || c === 0x1680 || c === 0xfeff;
}

/** Quotes and brackets that can close a sentence after its mark: `."`, `?”`, `!)`, `.»`. */
export function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 125 || c === 0x201d || c === 0x2019 || c === 0x00bb || c === 0x203a || c === 0x201c || c === 0x300d || c === 0x300f;
}

/** Quotes and brackets that can open a sentence: `"`, `(`, `„`, `«`. */
export function isOpener(c: number): boolean {
  return c === 34 || c === 39 || c === 40 || c === 91 || c === 123 || c === 0x201c || c === 0x201e || c === 0x2018 || c === 0x201a || c === 0x00ab || c === 0x2039 || c === 0x300c || c === 0x300e;
}

export function isBracketCloser(c: number): boolean {
  return c === 41 || c === 93 || c === 125;
}
