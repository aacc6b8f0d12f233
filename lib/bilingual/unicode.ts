// Unicode properties the bilingual checks ask of every character of a unit, answered by a table
// per code unit of the Basic Multilingual Plane instead of a `\p{…}` regex run over each unit
// (its match, slices and replaced copies). The table is filled on first use from the very regex
// it stands for, so it agrees with it on every code point and Unicode version; code points past
// the BMP (a surrogate pair) are asked of the regex itself.

import { lazyRegExp } from '../text/lazy-regexp.js';

const KNOWN = 1;
/** `[\p{P}\p{S}]`: punctuation and symbols. */
export const PUNCT_OR_SYMBOL = 2;
/** `\s`: white space and line ends. */
export const SPACE = 4;
/** `\p{L}`. */
export const LETTER = 8;
/** `\p{M}`. */
export const MARK = 16;
/** `\p{N}`. */
export const NUMBER = 32;
/** `\p{Ll}`. */
export const LOWER = 64;
/** `\p{Nd}`: a decimal digit of any script. */
export const DECIMAL_DIGIT = 128;

// Strings built into regexes at first use (see lazyRegExp): only a check with a source asks.
const PROPERTIES: ReadonlyArray<[number, () => RegExp]> = [
  [PUNCT_OR_SYMBOL, lazyRegExp(String.raw`^[\p{P}\p{S}]$`, 'u')],
  [SPACE, lazyRegExp(String.raw`^\s$`, 'u')],
  [LETTER, lazyRegExp(String.raw`^\p{L}$`, 'u')],
  [MARK, lazyRegExp(String.raw`^\p{M}$`, 'u')],
  [NUMBER, lazyRegExp(String.raw`^\p{N}$`, 'u')],
  [LOWER, lazyRegExp(String.raw`^\p{Ll}$`, 'u')],
  [DECIMAL_DIGIT, lazyRegExp(String.raw`^\p{Nd}$`, 'u')],
];

const UNITS = new Uint8Array(0x10000);

/** The property bits of a code point (given as a string of one code point). */
function propertiesOf(s: string): number {
  let k = KNOWN;
  for (const [bit, re] of PROPERTIES) if (re().test(s)) k |= bit;
  return k;
}

/**
 * The property bits of the code point at text[i] (a lone surrogate is none of them, as in a `u`
 * regex). Use `width` to step past it.
 */
export function propertiesAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if ((c & 0xfc00) === 0xd800 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) return propertiesOf(text.slice(i, i + 2));
  return unitProperties(c);
}

/** The property bits of UTF-16 code unit `c` standing alone (not half of a surrogate pair). */
export function unitProperties(c: number): number {
  const k = UNITS[c];
  return k !== 0 ? k : (UNITS[c] = propertiesOf(String.fromCharCode(c)));
}

/** Code units of the code point at text[i]: 2 for a surrogate pair, else 1. */
export function width(text: string, i: number): number {
  return (text.charCodeAt(i) & 0xfc00) === 0xd800 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}
