// UTF-8 read as a Chinese or Japanese legacy code page: GBK and Big5 make each two-byte letter of
// a Latin or Cyrillic word one Han character ("café" → "caf茅", "München" → "M眉nchen"), Shift_JIS
// a pair of half-width katakana ("cafﾃｩ"). Windows-1252 readings are found by re-encoding
// (mojibake.ts); these cannot be, without the code pages' tables of some 20,000 characters each, so
// they are found by where they stand: inside a word of the document's own cased script, letters of
// that script on both sides, which no text writes. Read from the word scan's tokens (a Han
// character and a half-width katakana are tokens of their own), so a text without them costs one
// pass over its tokens.

import { CLASS, K_LOWER, SCRIPT_NAMES } from './charclass.js';
import { NON_ASCII, SCRIPT_SHIFT, endOfWord, type Tokens } from './tokens.js';
import type { Mojibake } from './mojibake.js';

const HAN = SCRIPT_NAMES.indexOf('Han');
const OTHER = SCRIPT_NAMES.indexOf('Other');
/** The cased scripts whose words the misread letters sit in. */
const CASED = new Set(['Latin', 'Cyrillic', 'Greek'].map((s) => SCRIPT_NAMES.indexOf(s as (typeof SCRIPT_NAMES)[number])));
/** Misread characters in a row inside one word, at most: a letter is one Han character or two katakana. */
const MAX_RUN = 4;
/** How the finding names the encoding. */
export const CJK_ENCODINGS = 'GBK, Big5 or Shift_JIS';

const scriptOf = (t: Tokens, i: number) => (t.info[i] >> SCRIPT_SHIFT) & 15;

/** A half-width katakana (U+FF61..U+FF9F), as Shift_JIS reads the bytes 0xA1..0xDF. */
function halfWidthKana(text: string, t: Tokens, i: number): boolean {
  const c = text.charCodeAt(t.start[i]);
  return scriptOf(t, i) === OTHER && c >= 0xff61 && c <= 0xff9f;
}

/**
 * The runs of Han characters or half-width katakana inside words of `script` (a name from
 * SCRIPT_NAMES): glued to a letter of that script before and a lowercase one after ("M眉nchen",
 * not "A股B股" or "iPhone用"). None where the document's script is not a cased one.
 */
export function findCjkMisreads(text: string, t: Tokens, script: string): Mojibake[] {
  const own = SCRIPT_NAMES.indexOf(script as (typeof SCRIPT_NAMES)[number]);
  const found: Mojibake[] = [];
  if (!CASED.has(own)) return found;
  // A tight loop over the script and ASCII bits alone: it passes every token of the text. Han
  // characters and half-width katakana are past ASCII, and the tokens of script Other that are not
  // (numbers: 90,000 in 30 MB of English) are passed without reading the text at their start,
  // which was a cache miss each and two thirds of this loop's time.
  const { info, count } = t;
  const han = (HAN << SCRIPT_SHIFT) | NON_ASCII;
  const other = (OTHER << SCRIPT_SHIFT) | NON_ASCII;
  const mask = (15 << SCRIPT_SHIFT) | NON_ASCII;
  for (let i = 1; i < count - 1; i++) {
    const s = info[i] & mask;
    if (s !== han && s !== other) continue;
    if (!(s === han || halfWidthKana(text, t, i)) || scriptOf(t, i - 1) !== own || endOfWord(t, i - 1) !== t.start[i]) continue;
    let j = i + 1;
    while (j < t.count && j - i < MAX_RUN && t.start[j] === endOfWord(t, j - 1) && (scriptOf(t, j) === HAN || halfWidthKana(text, t, j))) j++;
    if (j >= t.count || t.start[j] !== endOfWord(t, j - 1) || scriptOf(t, j) !== own || CLASS[text.charCodeAt(t.start[j])] !== K_LOWER) continue;
    found.push({ start: t.start[i], end: endOfWord(t, j - 1), encoding: CJK_ENCODINGS });
    i = j;
  }
  return found;
}
