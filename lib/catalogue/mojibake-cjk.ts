// UTF-8 read as a Chinese or Japanese legacy code page: GBK and Big5 make each two-byte letter of
// a Latin or Cyrillic word one Han character ("café" → "caf茅", "München" → "M眉nchen"), Shift_JIS
// a pair of half-width katakana ("cafﾃｩ"). Windows-1252 readings are found by re-encoding
// (mojibake.ts); these cannot be, without the code pages' tables of some 20,000 characters each, so
// they are found by where they stand: inside a word of the document's own cased script, letters of
// that script on both sides, which no text writes (Shift_JIS's pairs of half-width forms at a
// word's edge too: findShiftJisPairs). Read from the word scan's tokens (a Han
// character and a half-width katakana are tokens of their own), so a text without them costs one
// pass over its tokens.
//
// GBK is one case that can be re-encoded without its table: a letter written in two UTF-8 bytes
// (Latin é, Cyrillic, Greek, Armenian, Hebrew, Arabic: U+0080..U+07FF, lead byte 0xC2..0xDF,
// trail 0x80..0xBF) is one GBK Han character of rows 0xC2..0xDF, and GBK's 23,940 byte pairs are
// decoded once, by the platform's own GBK decoder (WHATWG Encoding), when a document of another
// script first holds a Han character. A run of Han characters that maps back to bytes spelling
// letters of the document language's alphabet is a word of it misread ("pi霉" più, "蟿慰" το, a whole Russian
// line "胁芯褌 褝褌芯"), and the letters are the fix. Chinese text does not spell a Greek or Cyrillic
// word by chance: a Han character has one chance in fifty or so of lying in the rows of one script.
//
// A character of three UTF-8 bytes (the curly quotes and dashes of U+2000..U+206F, €, ™) is read
// as two Han characters, the second taking the byte after it along: "there’s" (… E2 80 99 73)
// becomes "there鈥檚", "„Dakle" becomes "鈥濪akle". The same re-encoding finds these, and two-byte
// symbols ("25掳C", 25°C) and letters outside the alphabet ("Bo啪铆", Boží): every byte of the run
// back to UTF-8, which Chinese seldom is (see findGbkMisreads). Shift_JIS reads those characters
// of three bytes as kanji pairs too ("there窶冱"), and EUC-KR a letter of two as one Hangul syllable
// ("m챕s"): both are re-encoded the same way, with the platform's decoder's tables (pairTable).

import { MAIN } from './alphabets.js';
import { CLASS, K_LOWER, SCRIPT, SCRIPT_NAMES, isLetterClass } from './charclass.js';
import { commonWordBit, stopwordMask, wordHash } from './stopwords.js';
import { Info, endOfWord, nextWordPastAsciiIn, type Tokens } from './tokens.js';
import type { Mojibake } from './mojibake.js';

const HAN = SCRIPT_NAMES.indexOf('Han');
const HANGUL = SCRIPT_NAMES.indexOf('Hangul');
const OTHER = SCRIPT_NAMES.indexOf('Other');
/** The cased scripts whose words the misread letters sit in. */
const CASED = new Set(['Latin', 'Cyrillic', 'Greek'].map((s) => SCRIPT_NAMES.indexOf(s as (typeof SCRIPT_NAMES)[number])));
/** Misread characters in a row inside one word, at most: a letter is one Han character or two katakana. */
const MAX_RUN = 4;
/** How the finding names the encoding. */
export const CJK_ENCODINGS = 'GBK, Big5 or Shift_JIS';

const scriptOf = (t: Tokens, i: number) => (t.info[i] >> Info.ScriptShift) & 15;

/** A half-width katakana (U+FF61..U+FF9F), as Shift_JIS reads the bytes 0xA1..0xDF. */
function halfWidthKana(text: string, t: Tokens, i: number): boolean {
  const c = text.charCodeAt(t.start[i]);
  return scriptOf(t, i) === OTHER && c >= 0xff61 && c <= 0xff9f;
}

/**
 * The runs of Han characters or half-width katakana inside words of `script` (a name from
 * SCRIPT_NAMES): glued to a letter of that script before and a lowercase one after ("M眉nchen",
 * not "A股B股" or "iPhone用"), and half-width forms in pairs at a word's edge (findShiftJisPairs).
 * None where the document's script is not a cased one.
 */
export function findCjkMisreads(text: string, t: Tokens, script: string, lang: string): Mojibake[] {
  const own = SCRIPT_NAMES.indexOf(script as (typeof SCRIPT_NAMES)[number]);
  const found: Mojibake[] = [];
  // Han characters and half-width katakana are words past ASCII that are not cased letters: a
  // text without such words of script Han or Other (most) needs no pass over its words.
  // Hangul syllables start a word of script Hangul or stand inside one of another script (the
  // document's): a text with neither has none for the regex to find, which passes every code unit
  // of it (10 MB of English: some 100 M instructions, where the text has no Hangul at all).
  if (TWO_BYTE_SCRIPTS.has(own) && ((t.uncasedScripts | t.caselessInside) & (1 << HANGUL)) !== 0) findEucKrMisreads(text, own, lang, found);
  if ((t.uncasedScripts & ((1 << HAN) | (1 << OTHER))) === 0) return found;
  const twoByte = TWO_BYTE_SCRIPTS.has(own);
  if (!twoByte && !CASED.has(own)) return found;
  const words = hanAndOtherWords(t);
  if (twoByte) findGbkMisreads(text, t, own, lang, found, words);
  if (!CASED.has(own)) return found;
  const { info, count } = t;
  const han = (HAN << Info.ScriptShift) | Info.NonAscii;
  const other = (OTHER << Info.ScriptShift) | Info.NonAscii;
  const mask = (15 << Info.ScriptShift) | Info.NonAscii;
  let kanaSeen = false;
  // The next word to look at: past the run last found.
  let next = 1;
  for (let w = 0; w < words.length; w++) {
    const i = words[w];
    if (i < next) continue;
    if (i >= count - 1) break;
    const s = info[i] & mask;
    const kana = s === other && halfWidthKana(text, t, i);
    kanaSeen ||= kana;
    if (!(s === han || kana) || scriptOf(t, i - 1) !== own || endOfWord(t, i - 1) !== t.start[i]) continue;
    if (found.some((m) => m.start <= t.start[i] && t.start[i] < m.end)) continue;
    let j = i + 1;
    while (j < t.count && j - i < MAX_RUN && t.start[j] === endOfWord(t, j - 1) && (scriptOf(t, j) === HAN || halfWidthKana(text, t, j))) j++;
    if (j >= t.count || t.start[j] !== endOfWord(t, j - 1) || scriptOf(t, j) !== own || CLASS[text.charCodeAt(t.start[j])] !== K_LOWER) continue;
    found.push({ start: t.start[i], end: endOfWord(t, j - 1), encoding: CJK_ENCODINGS });
    next = j + 1;
  }
  if (kanaSeen) findShiftJisPairs(text, t, own, found, words);
  return found;
}

/**
 * The words of script Han and those of script Other past ASCII (half-width katakana among them),
 * in text order: the words every scan of this file starts from, found once for all of them (it
 * was a pass over 1.7 million words of 10 MB of English per scan). The tokens of script Other
 * that are ASCII (numbers: 90,000 in 30 MB of English) are passed without reading the text at
 * their start, which was a cache miss each; and the word scan's blocks (Tokens.blockScripts)
 * without such a word are passed whole: most texts have none or a few of these words, and the
 * loop over the script and ASCII bits of every word was a pass of its own.
 */
function hanAndOtherWords(t: Tokens): number[] {
  const scripts = (1 << HAN) | (1 << OTHER);
  const words: number[] = [];
  for (let i = nextWordPastAsciiIn(t, 0, scripts); i < t.count; i = nextWordPastAsciiIn(t, i + 1, scripts)) words.push(i);
  return words;
}

/**
 * Letters of two UTF-8 bytes read as Shift_JIS at the start or the end of a word of script `own`
 * ("malﾃｽ", "ﾃｶffentlich"), or beside the half-width ｡｢｣､ that Shift_JIS reads the bytes 0xA1..0xA4
 * as and the word scan takes for punctuation ("geﾃ､ndert"): a run of half-width forms
 * (U+FF61..U+FF9F) in pairs, a lead byte 0xC2..0xDF and a trail 0xA1..0xBF being one each, glued
 * to a lowercase letter of `own` on one side at least. Japanese writes its half-width katakana as
 * words of their own, not inside or at the edge of a lowercase Latin one ("PCﾃﾞｰﾀ" is Japanese).
 */
function findShiftJisPairs(text: string, t: Tokens, own: number, found: Mojibake[], words: readonly number[]): void {
  const { info } = t;
  const other = (OTHER << Info.ScriptShift) | Info.NonAscii;
  const mask = (15 << Info.ScriptShift) | Info.NonAscii;
  let done = 0;
  for (const i of words) {
    if ((info[i] & mask) !== other || t.start[i] < done || !halfWidthKana(text, t, i)) continue;
    let start = t.start[i];
    while (start > 0 && halfWidthForm(text.charCodeAt(start - 1))) start--;
    let end = start;
    while (end < text.length && halfWidthForm(text.charCodeAt(end))) end++;
    done = end;
    if ((end - start) % 2 !== 0 || found.some((m) => m.start < end && start < m.end)) continue;
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    const after = end < text.length ? text.charCodeAt(end) : 0;
    const gluedBefore = SCRIPT[before] === own && CLASS[before] === K_LOWER;
    const gluedAfter = SCRIPT[after] === own && CLASS[after] === K_LOWER;
    if (gluedBefore || gluedAfter) found.push({ start, end, encoding: CJK_ENCODINGS });
  }
}

/** A half-width form of Shift_JIS's single bytes 0xA1..0xDF: ｡｢｣､ and the half-width katakana. */
function halfWidthForm(c: number): boolean {
  return c >= 0xff61 && c <= 0xff9f;
}

/** Scripts whose letters UTF-8 writes in two bytes (see findGbkMisreads). */
const TWO_BYTE_SCRIPTS = new Set(['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Hebrew', 'Arabic'].map((s) => SCRIPT_NAMES.indexOf(s as (typeof SCRIPT_NAMES)[number])));
/**
 * Two-byte characters of a legacy CJK code page by code unit: lead << 8 | trail, 0 for none. Per
 * encoding, built on first use; null where the platform has no decoder for it.
 */
const pairTables = new Map<string, Uint16Array | null>();
/** The lead bytes 0x81..0xFE, and the trail bytes 0x40..0xFE but 0x7F of each. */
const LEADS = 0xfe - 0x81 + 1;
const TRAILS = 0xfe - 0x40;

/**
 * The table of `encoding` (a WHATWG name): every lead 0x81..0xFE with every trail 0x40..0xFE,
 * decoded once by the platform's own decoder, a newline after each pair so that a pair the code
 * page leaves undefined (a U+FFFD, and an ASCII trail given back) cannot shift the pairs after it.
 */
function pairTable(encoding: string): Uint16Array | null {
  let table = pairTables.get(encoding);
  if (table !== undefined) return table;
  try {
    // Written into a typed array of the pairs' size, not pushed onto a number[]: this runs once, in
    // the interpreter, and the pushes of every byte (with the array's growth) cost some 5 ms of a check.
    const bytes = new Uint8Array(3 * LEADS * TRAILS);
    let n = 0;
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        bytes[n++] = lead;
        bytes[n++] = trail;
        bytes[n++] = 0x0a;
      }
    }
    // Read between the newlines in place, not split into 24,000 strings (a third of this function's
    // work, and their garbage).
    const decoded = new TextDecoder(encoding).decode(bytes);
    table = new Uint16Array(0x10000);
    let k = 0;
    let from = 0;
    for (let at = decoded.indexOf('\n'); at >= 0; at = decoded.indexOf('\n', from)) {
      const c = decoded.charCodeAt(from);
      if (at - from === 1 && c !== 0xfffd && table[c] === 0) table[c] = (bytes[3 * k] << 8) | bytes[3 * k + 1];
      k++;
      from = at + 1;
    }
    if (3 * k !== bytes.length || from !== decoded.length) throw new Error(`${encoding} pairs not aligned`);
  } catch {
    table = null;
  }
  pairTables.set(encoding, table);
  return table;
}

/**
 * Runs of Han characters that are letters of script `own` read as GBK (see the head of this
 * file): each character back to its two bytes, the bytes decoded as UTF-8, and every character
 * that gives a letter of the alphabet of `lang` (CLDR's, alphabets.ts; of its script where it has
 * none). Not a run glued to
 * letters of a third script (kana: "小原を" is Japanese). A run of two characters or more counts,
 * or one glued to a letter of `own` ("pi霉"), or one standing alone that spells a common word of
 * `lang` (Italian "猫" è, Russian "胁" в).
 *
 * Other runs whose bytes are UTF-8 (misreadText) count where they give punctuation of three bytes
 * ("there鈥檚", "鈥淗ello"), or, giving letters of other alphabets and Latin-1 symbols, inside a
 * word of `own` ("Dvo艡ák") or two characters or more glued to one ("Bo啪铆"). Chinese is seldom
 * UTF-8 so: its common characters have lead bytes 0xB0..0xF7 and trail bytes 0xA1..0xFE, and two
 * of them decode to punctuation (lead 0xE2, two continuation bytes, then a byte that starts a
 * character) about once in twenty thousand; one character in seventy or so gives a letter of a
 * Latin alphabet (rows 0xC3..0xC5), "路" gives "·": Chinese beside a Latin word ("Nanjing路") is no
 * mojibake alone.
 */
function findGbkMisreads(text: string, t: Tokens, own: number, lang: string, found: Mojibake[], words: readonly number[]): void {
  const { info } = t;
  const han = HAN << Info.ScriptShift;
  const mask = 15 << Info.ScriptShift;
  let table: Uint16Array | null | undefined;
  let sjis: Uint16Array | null | undefined;
  const bit = commonWordBit(lang);
  let spellsLetters: boolean | undefined;
  // The next word to look at: past the run last judged.
  let next = 0;
  for (let w = 0; w < words.length; w++) {
    const i = words[w];
    if (i < next || (info[i] & mask) !== han) continue;
    let j = i + 1;
    while (j < t.count && (info[j] & mask) === han && t.start[j] === endOfWord(t, j - 1)) j++;
    const start = t.start[i];
    const end = endOfWord(t, j - 1);
    const before = i > 0 && endOfWord(t, i - 1) === start ? scriptOf(t, i - 1) : -1;
    const after = j < t.count && t.start[j] === end ? scriptOf(t, j) : -1;
    next = j;
    // What judgeRun refuses whatever the bytes, asked before the table of 24,000 pairs is built
    // for it (10 MB of English: nine "丨" glued to a Latin word on one side, some 16 M
    // instructions): a run glued to letters of a third script, and one Han character (two bytes,
    // no punctuation of three) with a letter of `own` on one side at most, where the alphabet of
    // `lang` has no letter of two UTF-8 bytes to spell (English).
    if (gluedToOtherScript(before, after, own)) continue;
    if (end - start < 2 && !(before === own && after === own) && !(spellsLetters ??= hasTwoByteLetters(own, bit))) continue;
    table ??= pairTable('gbk');
    if (!table) return;
    if (judgeRun(text, start, end, before, after, own, table, bit, 'GBK', found)) continue;
    // Shift_JIS reads a letter of two UTF-8 bytes as half-width katakana (findShiftJisPairs), but a
    // character of three (’ “ ” — €: E2 80 xx) as kanji pairs as GBK does: "there窶冱" (E2 80, 99 73).
    // Its pairs have lead bytes 0x81..0x9F and 0xE0..0xFC (0xA1..0xDF are its half-width katakana),
    // never the 0xC2..0xDF that start UTF-8 of two bytes: one character alone ("丨" in English
    // prose) is never UTF-8 read so, and needs no table of 24,000 pairs.
    if (end - start < 2) continue;
    sjis ??= pairTable('shift_jis');
    if (sjis) judgeRun(text, start, end, before, after, own, sjis, bit, 'Shift_JIS', found);
  }
}

/**
 * Whether the run text[start, end) of characters of a two-byte code page, with the scripts of the
 * letters glued `before` and `after` it (-1 for none), is UTF-8 of script `own` read with that
 * code page (`table`, see pairTable): the letters, or the punctuation and symbols, its bytes spell
 * (see findGbkMisreads). Found runs are pushed to `found`; returns whether it was one.
 */
function judgeRun(text: string, start: number, end: number, before: number, after: number, own: number, table: Uint16Array, bit: number, encoding: string, found: Mojibake[]): boolean {
  if (gluedToOtherScript(before, after, own)) return false;
  const glued = before === own || after === own;
  const letters = misreadLetters(text, start, end, table, own, bit);
  if (letters !== undefined) {
    if (glued || letters.length >= 2 || (before < 0 && after < 0 && (stopwordMask(wordHash(letters)) & bit) !== 0)) {
      found.push({ start, end, encoding, repaired: letters });
      return true;
    }
    return false;
  }
  const misread = misreadText(text, start, end, table, own);
  if (misread === undefined || !(misread.wide || (before === own && after === own) || (glued && end - start >= 2))) return false;
  found.push({ start, end, encoding, repaired: misread.text });
  return true;
}

/** Whether a run is glued to a letter of a script other than `own` before or after it (see judgeRun). */
function gluedToOtherScript(before: number, after: number, own: number): boolean {
  return (before > 0 && before !== own) || (after > 0 && after !== own);
}

/**
 * Whether the alphabet of the language of bit `bit` (any letter of script `own` where there is no
 * bit, see misreadLetters) has a letter of two UTF-8 bytes (U+0080..U+07FF), which a Han character
 * read as GBK can spell.
 */
function hasTwoByteLetters(own: number, bit: number): boolean {
  for (let c = 0x80; c < 0x800; c++) if (SCRIPT[c] === own && isLetterClass(CLASS[c]) && (bit === 0 || (MAIN[c] & bit) !== 0)) return true;
  return false;
}

const HANGUL_SYLLABLES = /[\uac00-\ud7a3]+/g;

/**
 * UTF-8 read as EUC-KR (Windows-949, as WHATWG decodes "euc-kr"): a Latin letter of two bytes with
 * the lead 0xC3 (é, ó, è, ç, ã…) is one Hangul syllable ("m챕s" más, "pres처" presó, "챕" é) and so
 * are those of leads 0xC4..0xC8 that the code page defines. Hangul syllables in a word of another
 * script, or standing alone, are judged as GBK's Han characters are (judgeRun), by the bytes the
 * code page's own decoder gives them. Korean writes syllables beside Latin letters ("API를"), but
 * its syllables of rows 0xB0..0xC1 (most of the common ones) are no UTF-8 lead byte, and of the
 * rest few give a letter of the document's alphabet.
 */
function findEucKrMisreads(text: string, own: number, lang: string, found: Mojibake[]): void {
  let table: Uint16Array | null | undefined;
  const bit = commonWordBit(lang);
  HANGUL_SYLLABLES.lastIndex = 0;
  for (let m = HANGUL_SYLLABLES.exec(text); m !== null; m = HANGUL_SYLLABLES.exec(text)) {
    table ??= pairTable('euc-kr');
    if (!table) return;
    const start = m.index;
    const end = start + m[0].length;
    judgeRun(text, start, end, gluedScript(text, start - 1), gluedScript(text, end), own, table, bit, 'EUC-KR', found);
  }
}

/** The script of the letter at text[k] (a SCRIPT index), or -1 where there is none. */
function gluedScript(text: string, k: number): number {
  if (k < 0 || k >= text.length) return -1;
  const c = text.charCodeAt(k);
  return isLetterClass(CLASS[c]) ? SCRIPT[c] : -1;
}

/** text[start, end) re-encoded as GBK and decoded as UTF-8, when that gives letters of script `own` in the alphabet of the language of bit `bit` only. */
function misreadLetters(text: string, start: number, end: number, table: Uint16Array, own: number, bit: number): string | undefined {
  let out = '';
  for (let k = start; k < end; k++) {
    const bytes = table[text.charCodeAt(k)];
    // A letter of two UTF-8 bytes: lead 0xC2..0xDF, trail 0x80..0xBF.
    if (bytes < 0xc280 || bytes > 0xdfbf || (bytes & 0xc0) !== 0x80) return undefined;
    const c = (((bytes >> 8) & 0x1f) << 6) | (bytes & 0x3f);
    // A language without common words has no bit (Arabic, Hebrew): any letter of its script.
    if (SCRIPT[c] !== own || !isLetterClass(CLASS[c]) || (bit !== 0 && (MAIN[c] & bit) === 0)) return undefined;
    out += String.fromCharCode(c);
  }
  return out;
}

/**
 * Whether `bytes` are UTF-8 in form: each a lead byte of its length and its continuation bytes. A
 * sequence that is not is refused by the strict decoder too (which refuses some that are, overlong
 * forms and surrogates, and stays the judge).
 */
function wellFormedUtf8(bytes: Uint8Array): boolean {
  const n = bytes.length;
  for (let k = 0; k < n; ) {
    const b = bytes[k];
    const length = b < 0x80 ? 1 : b < 0xc2 ? 0 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : b < 0xf5 ? 4 : 0;
    if (length === 0 || k + length > n) return false;
    for (let m = 1; m < length; m++) if ((bytes[k + m] & 0xc0) !== 0x80) return false;
    k += length;
  }
  return true;
}

/**
 * text[start, end) re-encoded as GBK and decoded as UTF-8, when every byte is UTF-8 and every
 * character it gives is printable ASCII (the byte a three-byte character took along: "檚" is 0x99
 * and "s"), a letter of script `own` in some language's alphabet (alphabets.ts), or a symbol of
 * Latin-1 (° © ½ ×) or of U+2000..U+2BFF (quotes,
 * dashes, €, ™, arrows), one at least not ASCII; `wide` when one is of U+2000..U+2BFF.
 */
function misreadText(text: string, start: number, end: number, table: Uint16Array, own: number): { text: string; wide: boolean } | undefined {
  const bytes = new Uint8Array(2 * (end - start));
  for (let k = start; k < end; k++) {
    const pair = table[text.charCodeAt(k)];
    if (pair === 0) return undefined;
    bytes[2 * (k - start)] = pair >> 8;
    bytes[2 * (k - start) + 1] = pair & 0xff;
  }
  // A run of real Chinese spells bytes that are rarely UTF-8 at all, and a decode that fails throws
  // (an Error with its stack: 10 MB of English with Chinese paragraphs spent 0.9 s of its 3.5 here).
  if (!wellFormedUtf8(bytes)) return undefined;
  let out: string;
  try {
    out = (strictUtf8 ??= new TextDecoder('utf-8', { fatal: true })).decode(bytes);
  } catch {
    return undefined;
  }
  let wide = false;
  let ascii = true;
  for (let k = 0; k < out.length; k++) {
    const c = out.charCodeAt(k);
    if (c >= 0x20 && c < 0x7f) continue;
    ascii = false;
    if (c >= 0x2000 && c < 0x2c00) wide = true;
    else if (!(c < 0x800 && ((SCRIPT[c] === own && isLetterClass(CLASS[c]) && MAIN[c] !== 0) || (c >= 0xa0 && c < 0xc0) || c === 0xd7 || c === 0xf7))) return undefined;
  }
  return ascii ? undefined : { text: out, wide };
}

/** A UTF-8 decoder that throws on bytes that are not UTF-8, made at first use. */
let strictUtf8: InstanceType<typeof TextDecoder> | undefined;
