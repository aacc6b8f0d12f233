// UTF-8 read as a Chinese or Japanese legacy code page: GBK and Big5 make each two-byte letter of
// a Latin or Cyrillic word one Han character ("café" → "caf茅", "München" → "M眉nchen"), Shift_JIS
// a pair of half-width katakana ("cafﾃｩ"). Windows-1252 readings are found by re-encoding
// (mojibake.ts); these cannot be, without the code pages' tables of some 20,000 characters each, so
// they are found by where they stand: inside a word of the document's own cased script, letters of
// that script on both sides, which no text writes. Read from the word scan's tokens (a Han
// character and a half-width katakana are tokens of their own), so a text without them costs one
// pass over its tokens.
//
// GBK is one case that can be re-encoded without its table: a letter written in two UTF-8 bytes
// (Latin é, Cyrillic, Greek, Armenian, Hebrew, Arabic: U+0080..U+07FF, lead byte 0xC2..0xDF,
// trail 0x80..0xBF) is one GBK Han character of rows 0xC2..0xDF, and those 1,920 byte pairs are
// decoded once, by the platform's own GBK decoder (WHATWG Encoding), when a document of another
// script first holds a Han character. A run of Han characters that maps back to bytes spelling
// letters of the document language's alphabet is a word of it misread ("pi霉" più, "蟿慰" το, a whole Russian
// line "胁芯褌 褝褌芯"), and the letters are the fix. Chinese text does not spell a Greek or Cyrillic
// word by chance: a Han character has one chance in fifty or so of lying in the rows of one script.

import { MAIN } from './alphabets.js';
import { CLASS, K_LOWER, SCRIPT, SCRIPT_NAMES, isLetterClass } from './charclass.js';
import { commonWordBit, stopwordMask, wordHash } from './stopwords.js';
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
export function findCjkMisreads(text: string, t: Tokens, script: string, lang: string): Mojibake[] {
  const own = SCRIPT_NAMES.indexOf(script as (typeof SCRIPT_NAMES)[number]);
  const found: Mojibake[] = [];
  // Han characters and half-width katakana are words past ASCII that are not cased letters: a
  // text without such words of script Han or Other (most) needs no pass over its words.
  if ((t.uncasedScripts & ((1 << HAN) | (1 << OTHER))) === 0) return found;
  if (TWO_BYTE_SCRIPTS.has(own)) findGbkMisreads(text, t, own, lang, found);
  if (!CASED.has(own)) return found;
  // A tight loop over the script and ASCII bits alone: it passes every token of the text. Han
  // characters and half-width katakana are past ASCII, and the tokens of script Other that are not
  // (numbers: 90,000 in 30 MB of English) are passed without reading the text at their start,
  // which was a cache miss each and two thirds of this loop's time.
  const { info, count } = t;
  const han = (HAN << SCRIPT_SHIFT) | NON_ASCII;
  const other = (OTHER << SCRIPT_SHIFT) | NON_ASCII;
  const mask = (15 << SCRIPT_SHIFT) | NON_ASCII;
  for (let i = nextWordOf(info, mask, han, other, 1, count - 1); i < count - 1; i = nextWordOf(info, mask, han, other, i + 1, count - 1)) {
    if (!((info[i] & mask) === han || halfWidthKana(text, t, i)) || scriptOf(t, i - 1) !== own || endOfWord(t, i - 1) !== t.start[i]) continue;
    if (found.some((m) => m.start <= t.start[i] && t.start[i] < m.end)) continue;
    let j = i + 1;
    while (j < t.count && j - i < MAX_RUN && t.start[j] === endOfWord(t, j - 1) && (scriptOf(t, j) === HAN || halfWidthKana(text, t, j))) j++;
    if (j >= t.count || t.start[j] !== endOfWord(t, j - 1) || scriptOf(t, j) !== own || CLASS[text.charCodeAt(t.start[j])] !== K_LOWER) continue;
    found.push({ start: t.start[i], end: endOfWord(t, j - 1), encoding: CJK_ENCODINGS });
    i = j;
  }
  return found;
}

/**
 * Index of the first word in [from, to) whose `info` masked with `mask` is `a` or `b`; `to` if
 * none. The words looked for are few and far between: a loop of its own, which returns right after
 * it. As the test of the loop over them, the first one reached after the JIT had compiled that loop
 * (a call never made before) threw the code away, and the rest of the words were passed unoptimised.
 */
function nextWordOf(info: Uint16Array, mask: number, a: number, b: number, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const s = info[i] & mask;
    if (s === a || s === b) return i;
    i++;
  }
  return to;
}

/** Scripts whose letters UTF-8 writes in two bytes (see findGbkMisreads). */
const TWO_BYTE_SCRIPTS = new Set(['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Hebrew', 'Arabic'].map((s) => SCRIPT_NAMES.indexOf(s as (typeof SCRIPT_NAMES)[number])));
/** GBK's reading of a UTF-8 lead byte 0xC2..0xDF and trail 0x80..0xBF: Han character → the two bytes (lead << 8 | trail). */
let gbkPairs: Map<number, number> | null | undefined;

/** The table of gbkPairs, built on first use; null where the platform has no GBK decoder. */
function gbkTable(): Map<number, number> | null {
  if (gbkPairs !== undefined) return gbkPairs;
  try {
    const decoder = new TextDecoder('gbk');
    const table = new Map<number, number>();
    const pair = new Uint8Array(2);
    for (let lead = 0xc2; lead <= 0xdf; lead++) {
      for (let trail = 0x80; trail <= 0xbf; trail++) {
        pair[0] = lead;
        pair[1] = trail;
        const c = decoder.decode(pair);
        if (c.length === 1) table.set(c.charCodeAt(0), (lead << 8) | trail);
      }
    }
    gbkPairs = table;
  } catch {
    gbkPairs = null;
  }
  return gbkPairs;
}

/**
 * Runs of Han characters that are letters of script `own` read as GBK (see the head of this
 * file): each character back to its two bytes, the bytes decoded as UTF-8, and every character
 * that gives a letter of the alphabet of `lang` (CLDR's, alphabets.ts; of its script where it has
 * none). Not a run glued to
 * letters of a third script (kana: "小原を" is Japanese). A run of two characters or more counts,
 * or one glued to a letter of `own` ("pi霉"), or one standing alone that spells a common word of
 * `lang` (Italian "猫" è, Russian "胁" в).
 */
function findGbkMisreads(text: string, t: Tokens, own: number, lang: string, found: Mojibake[]): void {
  const { info } = t;
  const han = HAN << SCRIPT_SHIFT;
  const mask = 15 << SCRIPT_SHIFT;
  let table: Map<number, number> | null | undefined;
  const bit = commonWordBit(lang);
  for (let i = nextWordOf(info, mask, han, han, 0, t.count); i < t.count; i = nextWordOf(info, mask, han, han, i + 1, t.count)) {
    table ??= gbkTable();
    if (!table) return;
    let j = i + 1;
    while (j < t.count && (info[j] & mask) === han && t.start[j] === endOfWord(t, j - 1)) j++;
    const start = t.start[i];
    const end = endOfWord(t, j - 1);
    const before = i > 0 && endOfWord(t, i - 1) === start ? scriptOf(t, i - 1) : -1;
    const after = j < t.count && t.start[j] === end ? scriptOf(t, j) : -1;
    i = j - 1;
    if ((before > 0 && before !== own) || (after > 0 && after !== own)) continue;
    const letters = misreadLetters(text, start, end, table, own, bit);
    if (letters === undefined) continue;
    const glued = before === own || after === own;
    if (glued || letters.length >= 2 || (before < 0 && after < 0 && (stopwordMask(wordHash(letters)) & bit) !== 0)) {
      found.push({ start, end, encoding: 'GBK', repaired: letters });
    }
  }
}

/** text[start, end) re-encoded as GBK and decoded as UTF-8, when that gives letters of script `own` in the alphabet of the language of bit `bit` only. */
function misreadLetters(text: string, start: number, end: number, table: Map<number, number>, own: number, bit: number): string | undefined {
  let out = '';
  for (let k = start; k < end; k++) {
    const bytes = table.get(text.charCodeAt(k));
    if (bytes === undefined) return undefined;
    const c = (((bytes >> 8) & 0x1f) << 6) | (bytes & 0x3f);
    // A language without common words has no bit (Arabic, Hebrew): any letter of its script.
    if (SCRIPT[c] !== own || !isLetterClass(CLASS[c]) || (bit !== 0 && (MAIN[c] & bit) === 0)) return undefined;
    out += String.fromCharCode(c);
  }
  return out;
}
