// One lookup per UTF-16 code unit: is it a letter (and which case), a digit, a combining mark, or
// a character that is a word by itself (Han, Kana)? The catalogue scanners read every character
// of the text, so they cannot afford a Unicode regex per character; this table is built once from
// code-point ranges in well under a millisecond (a regex over the whole BMP would cost ~50 ms of
// start-up, which every CLI run and cold Lambda would pay).

import { SCRIPT_RANGES, type ScriptName } from '../text/script.js';
import { COMPOSE_RANGES } from './units.generated.js';
import { LETTER_RANGES } from './letter-classes.generated.js';

/**
 * The classes, as the members of an enum: the bundler writes an enum member into the code as a
 * literal, whereas a module's const becomes a module variable there, which optimised code loads
 * and type-checks at every use (the word scan, tokens.ts, compares a class for most code units).
 * K_* are the same values.
 */
export const enum Kind {
  Other = 0,
  Lower = 1,
  Upper = 2,
  /** A letter of a script without case (Hebrew, Arabic, Hangul, Thai…). */
  Caseless = 3,
  Digit = 4,
  Mark = 5,
  /** Han and Kana: each character is a word (those scripts do not space words). */
  Ideo = 6,
}

export const K_OTHER: number = Kind.Other;
export const K_LOWER: number = Kind.Lower;
export const K_UPPER: number = Kind.Upper;
export const K_CASELESS: number = Kind.Caseless;
export const K_DIGIT: number = Kind.Digit;
export const K_MARK: number = Kind.Mark;
export const K_IDEO: number = Kind.Ideo;

/**
 * FNV-1a's offset basis and prime, for the case-folded word hash (over FOLD of each code unit) that
 * the tokenizer computes per word (tokens.ts) and wordHash computes for a given word (stopwords.ts):
 * the common-word tables are keyed by it, so the two must agree. Enum members for the reason Kind gives.
 */
export const enum WordHash {
  Basis = 0x811c9dc5 | 0,
  Prime = 0x01000193,
}

export const CLASS = new Uint8Array(0x10000);
/** Lowercase of each code unit (itself when it has no single-unit lowercase). */
export const FOLD = identity(0x10000);

/**
 * The tokenizer's hash of text[start, end) (FNV-1a over folded code units, ’ read as '), without a
 * copy of it. A word with diacritics on its cased letters (decomposed, NFD: "u" and U+0308)
 * is hashed in composed form (NFC), as the common-word tables and a composed copy of it are: the
 * same word, whichever form a file has; so is one with a unit that composes with the one before it
 * (see Compose: "إ" as alef and U+0655, Hangul as jamo). Other marks on letters without case
 * (Devanagari vowel signs) are the word's own units, hashed as they stand.
 */
export function wordHashAt(text: string, start: number, end: number): number {
  let h: number = WordHash.Basis;
  let cased = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // The three tests made on every unit, each one comparison (k !== Lower && k !== Upper was a
    // chain of two; see isDiacritic and joinsPrevious too), not one only where another fails: this
    // may be compiled on words of one kind (it was, when the common-word table was hashed at
    // start-up: lower-case words, Latin first), and a comparison or call those had never reached
    // had no type feedback, so the text's first capital, first unit past U+0300 and first
    // non-letter each threw the compiled function away (two or three deopts, and as many
    // compiles, in every run, a 30-byte file's too).
    const casedLetter = ((1 << CLASS[c]) & KindBits.Cased) !== 0;
    const diacritic = isDiacritic(c);
    const joins = joinsPrevious(text, start, i);
    if (i > start && (diacritic ? cased : !casedLetter && joins)) return composedHash(text.slice(start, end).normalize('NFC'));
    if (!casedLetter && !diacritic) cased = false;
    h = wordHashStep(h, c === 0x2019 ? 39 : c);
  }
  return h;
}

/** Bits 1 << Kind of the classes of cased letters, for wordHashAt's single test (an enum member for the reason Kind gives). */
const enum KindBits {
  Cased = (1 << Kind.Lower) | (1 << Kind.Upper),
}

/**
 * A combining diacritical mark (U+0300–U+036F): the marks canonical decomposition gives the cased
 * letters of Latin, Greek and Cyrillic ("ü", "ή", "й"). Other units classed as marks (ZWJ, Hebrew
 * punctuation) are no part of a cased letter.
 */
export function isDiacritic(c: number): boolean {
  // One comparison, not c >= 0x300 && c <= 0x36f: the second of those, reached by units from
  // U+0300 on only, had no type feedback in code compiled before the first such unit (the word
  // scan, wordHashAt), which that unit threw away. The range's units are those whose bits above
  // the low seven are 0x300's and whose low seven are below 0x70; the XOR keeps a small integer
  // (an unsigned shift would give unoptimised code a heap number), and NaN (a read past the text's
  // end) is no diacritic, as before.
  return (c ^ 0x300) < 0x70;
}

/**
 * Bits of COMPOSE: the units of the canonical compositions past the diacritics (Arabic hamza and
 * madda, Indic nukta and two-part vowel signs, kana voicing marks, Hangul jamo), generated from
 * the Unicode data by scripts/generate-units.ts (compositions). Enum members for the reason Kind gives.
 */
export const enum Compose {
  /** Makes one character with the unit before it, where that one has TakesNext. */
  JoinsPrevious = 1,
  /** JoinsPrevious's bit moved up one: joinsPrevious tests a unit and the one before it with one shift. */
  TakesNext = JoinsPrevious << 1,
}

export const COMPOSE = new Uint8Array(0x10000);
fillCompose();

function fillCompose(): void {
  for (let r = 0; r < COMPOSE_RANGES.length; r += 3) COMPOSE.fill(COMPOSE_RANGES[r + 2], COMPOSE_RANGES[r], COMPOSE_RANGES[r + 1] + 1);
}

/**
 * Whether text[i] makes one character with text[i - 1] (decomposed, NFD: alef and U+0655 for "إ",
 * か and U+3099 for "が", a Hangul syllable's jamo), `from` the first unit that may be read.
 */
export function joinsPrevious(text: string, from: number, i: number): boolean {
  // Both units' bits read and tested at once (TakesNext shifted onto JoinsPrevious), not the one
  // before only after a JoinsPrevious unit: wordHashAt, which inlines this, is compiled before
  // most texts' first such unit, and the read it had never reached threw it away (see there).
  return i > from && (COMPOSE[text.charCodeAt(i)] & (COMPOSE[text.charCodeAt(i - 1)] >> 1) & Compose.JoinsPrevious) !== 0;
}

/** A letter, or a diacritic or composing mark on one (decomposed text, NFD: "e" and U+030C for "ě"): a unit of a word. */
export function isLetterUnit(c: number): boolean {
  return isLetterClass(CLASS[c]) || isDiacritic(c) || (COMPOSE[c] & Compose.JoinsPrevious) !== 0;
}

/**
 * Characters of text[start, end) as a reader counts them: a diacritic is part of the letter before
 * it ("üç" is two, composed or not), and a unit that composes with the one before it makes one
 * character with it (Korean "한" is one, as a syllable or as three jamo).
 */
export function charactersIn(text: string, start: number, end: number): number {
  let n = end - start;
  for (let i = start; i < end; i++) if (isDiacritic(text.charCodeAt(i)) || joinsPrevious(text, start, i)) n--;
  return n;
}

function composedHash(word: string): number {
  let h: number = WordHash.Basis;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    h = wordHashStep(h, c === 0x2019 ? 39 : c);
  }
  return h;
}

/** Word hash `h` extended by code unit c (’ given as '): for a scan that hashes a word as it reads it. */
export function wordHashStep(h: number, c: number): number {
  return Math.imul(h ^ FOLD[c], WordHash.Prime);
}

/**
 * 0, 1, … n - 1. A loop over the 64K code units at the module's top level would run unoptimised in
 * the bundle's one big module body: some 40 ms of a cold start, against a few in a function. Any
 * loop there costs (a few ms each, measured on the bundle), so the tables below are filled by
 * functions too.
 */
function identity(n: number): Uint16Array {
  const units = new Uint16Array(n);
  for (let c = 0; c < n; c++) units[c] = c;
  return units;
}

/** Letters of a cased block: case read off String#toLowerCase/toUpperCase once per character. */
function casedInto(classes: Uint8Array, folds: Uint16Array, from: number, to: number): void {
  for (let c = from; c <= to; c++) {
    const s = String.fromCharCode(c);
    const lower = s.toLowerCase();
    if (lower !== s) {
      classes[c] = K_UPPER;
      if (lower.length === 1) folds[c] = lower.charCodeAt(0);
    } else classes[c] = s.toUpperCase() !== s ? K_LOWER : K_CASELESS;
  }
}

fillClasses(CLASS, FOLD);
fillUnnamedLetters();

/**
 * The letters, digits and script marks of the BMP that the blocks of fillClasses leave Other, as
 * Unicode classes them (scripts/generate-letter-classes.ts): no script is a string of non-letters
 * for want of a line there (Coptic, Cherokee, Canadian syllabics, Tifinagh, N'Ko, Latin Extended-D).
 */
function fillUnnamedLetters(): void {
  for (let r = 0; r < LETTER_RANGES.length; r += 3) {
    const kind = LETTER_RANGES[r + 2];
    if (kind === 1) casedInto(CLASS, FOLD, LETTER_RANGES[r], LETTER_RANGES[r + 1]);
    else CLASS.fill(kind === 2 ? K_CASELESS : K_DIGIT, LETTER_RANGES[r], LETTER_RANGES[r + 1] + 1);
  }
}

/**
 * The classes and folds of the blocks mtqa reads, tuned by hand, written into `CLASS` and `FOLD`
 * (in a function: see identity()); scripts/generate-letter-classes.ts fills fresh tables with it to
 * see what it leaves Other.
 */
export function fillClasses(CLASS: Uint8Array, FOLD: Uint16Array): void {
  const fill = (from: number, to: number, k: number) => CLASS.fill(k, from, to + 1);
  const cased = (from: number, to: number) => casedInto(CLASS, FOLD, from, to);
  for (let c = 65; c <= 90; c++) {
    CLASS[c] = K_UPPER;
    FOLD[c] = c + 32;
  }
  fill(97, 122, K_LOWER);
  fill(48, 57, K_DIGIT);
  cased(0xc0, 0x24f); // Latin-1 letters, Latin Extended-A and -B
  CLASS[0xd7] = K_OTHER; // ×
  CLASS[0xf7] = K_OTHER; // ÷
  fill(0xaa, 0xaa, K_LOWER); // ª
  fill(0xba, 0xba, K_LOWER); // º
  fill(0xb5, 0xb5, K_LOWER); // µ
  fill(0x250, 0x2af, K_LOWER); // IPA
  fill(0x2b0, 0x2ff, K_CASELESS); // modifier letters
  fill(0x300, 0x36f, K_MARK);
  // The zero-width non-joiner and joiner shape the letters on either side inside a word (Persian
  // "می‌شود", Sinhala "ශ්‍රී"): part of the word, as UAX #29 (WB4) keeps them, not a break in it.
  fill(0x200c, 0x200d, K_MARK);
  cased(0x370, 0x3ff); // Greek
  for (const c of [0x375, 0x37e, 0x384, 0x385, 0x387]) CLASS[c] = K_OTHER;
  cased(0x400, 0x52f); // Cyrillic
  CLASS[0x482] = K_OTHER;
  fill(0x483, 0x489, K_MARK);
  cased(0x531, 0x587); // Armenian
  // The apostrophe, emphasis, exclamation and question marks (՚ ՛ ՜ ՞) stand over a vowel inside the
  // word they mark ("Ո՞վ", "Ինչպե՜ս"): part of the word, not letters (UAX #29 Word_Break ALetter).
  // The comma ՝ follows its word, as a comma does.
  for (const c of [0x55a, 0x55b, 0x55c, 0x55e]) CLASS[c] = K_MARK;
  CLASS[0x55d] = K_OTHER;
  fill(0x591, 0x5c7, K_MARK);
  fill(0x5d0, 0x5f2, K_CASELESS); // Hebrew
  fill(0x620, 0x64a, K_CASELESS); // Arabic
  fill(0x64b, 0x65f, K_MARK);
  fill(0x660, 0x669, K_DIGIT);
  fill(0x66e, 0x6d3, K_CASELESS);
  // ە (Sorani, Uyghur "ئۇيغۇر"; after the Urdu full stop ۔ U+06D4), the Quranic marks, and the
  // small letters that extend Arabic for other languages.
  fill(0x6d5, 0x6d5, K_CASELESS);
  fill(0x6d6, 0x6dc, K_MARK);
  fill(0x6df, 0x6e8, K_MARK);
  fill(0x6e5, 0x6e6, K_CASELESS);
  fill(0x6ea, 0x6ed, K_MARK);
  fill(0x6ee, 0x6ef, K_CASELESS);
  fill(0x6f0, 0x6f9, K_DIGIT);
  fill(0x6fa, 0x6ff, K_CASELESS);
  fill(0x710, 0x74f, K_CASELESS); // Syriac (its punctuation U+0700–U+070D stays Other)
  fill(0x750, 0x77f, K_CASELESS); // Arabic Supplement (letters of African and Pakistani languages)
  fill(0x780, 0x7b1, K_CASELESS); // Thaana (Dhivehi; vowel signs counted as letters, as in Devanagari)
  fill(0x870, 0x8ff, K_CASELESS); // Arabic Extended-A and -B
  fill(0x900, 0x97f, K_CASELESS); // Devanagari (vowel signs counted as letters: words stay whole)
  fill(0x966, 0x96f, K_DIGIT);
  fill(0x964, 0x965, K_OTHER); // danda
  // The Indic blocks after Devanagari, Bengali to Sinhala, 128 units each: laid out on Devanagari's
  // (ISCII) pattern, with letters, vowel signs and viramas (word characters, as in Devanagari),
  // their own digits at 0x66–0x6F of the block, and the danda shared with Devanagari above.
  fill(0x980, 0xdff, K_CASELESS);
  for (let block = 0x980; block < 0xe00; block += 0x80) fill(block + 0x66, block + 0x6f, K_DIGIT);
  CLASS[0xdf4] = K_OTHER; // Sinhala kunddaliya, a full stop
  fill(0xe01, 0xe3a, K_CASELESS); // Thai
  fill(0xe40, 0xe4e, K_CASELESS);
  fill(0xe50, 0xe59, K_DIGIT);
  // The scripts of South-East Asia, Tibet and Ethiopia, letters with their vowel signs (words stay
  // whole, as in Devanagari); their own full stops, section marks and digits are no letters.
  fill(0xe81, 0xecf, K_CASELESS); // Lao
  fill(0xed0, 0xed9, K_DIGIT);
  fill(0xedc, 0xedf, K_CASELESS);
  fill(0xf00, 0xf00, K_CASELESS); // Tibetan ༀ; then its marks, the tsheg ་ (between syllables) and shad ། (a clause's end)
  fill(0xf18, 0xf19, K_MARK);
  fill(0xf20, 0xf29, K_DIGIT);
  fill(0xf35, 0xf35, K_MARK);
  fill(0xf37, 0xf37, K_MARK);
  fill(0xf39, 0xf39, K_MARK);
  fill(0xf3e, 0xf84, K_CASELESS); // letters and vowel signs (the brackets ༺–༽ before them)
  fill(0xf86, 0xfbc, K_CASELESS);
  fill(0xfc6, 0xfc6, K_MARK);
  fill(0x1000, 0x103f, K_CASELESS); // Myanmar
  fill(0x1040, 0x1049, K_DIGIT);
  fill(0x1050, 0x108f, K_CASELESS); // (၊ ။ between: its comma and full stop)
  fill(0x1090, 0x1099, K_DIGIT);
  fill(0x109a, 0x109d, K_CASELESS);
  fill(0x10a0, 0x10ff, K_CASELESS); // Georgian
  fill(0x1100, 0x11ff, K_CASELESS); // Hangul Jamo
  fill(0x1200, 0x135f, K_CASELESS); // Ethiopic (its wordspace ፡, full stop ።, comma ፣… after it are no letters)
  fill(0x1369, 0x137c, K_DIGIT);
  fill(0x1380, 0x138f, K_CASELESS);
  fill(0x1780, 0x17d3, K_CASELESS); // Khmer (។ ៕ ៖ after: its full stops and colon)
  fill(0x17d7, 0x17d7, K_CASELESS); // ៗ, the repetition sign, part of its word
  fill(0x17dc, 0x17dd, K_CASELESS);
  fill(0x17e0, 0x17e9, K_DIGIT);
  fill(0x1820, 0x18aa, K_CASELESS); // Mongolian script (its punctuation U+1800–U+180A before)
  fill(0x180b, 0x180f, K_MARK);
  fill(0x1810, 0x1819, K_DIGIT);
  fill(0x2d80, 0x2ddf, K_CASELESS); // Ethiopic Extended
  cased(0x1e00, 0x1fff); // Latin Extended Additional (Vietnamese), Greek Extended
  fill(0x3005, 0x3006, K_IDEO);
  fill(0x3041, 0x30fa, K_IDEO); // Hiragana, Katakana (not ・ U+30FB, a punctuation mark)
  fill(0x3099, 0x309a, K_MARK); // voicing marks written apart (NFD): part of the kana before them
  fill(0x30fc, 0x30ff, K_IDEO);
  fill(0x3400, 0x4dbf, K_IDEO);
  fill(0x4e00, 0x9fff, K_IDEO);
  fill(0x3131, 0x318e, K_CASELESS); // Hangul compatibility jamo (ㅋㅋ, ㄱ in abbreviations)
  fill(0xac00, 0xd7a3, K_CASELESS); // Hangul syllables (Korean spaces its words)
  fill(0xf900, 0xfaff, K_IDEO);
  fill(0xff10, 0xff19, K_DIGIT);
  for (let c = 0xff21; c <= 0xff3a; c++) {
    CLASS[c] = K_UPPER;
    FOLD[c] = c + 32;
  }
  fill(0xff41, 0xff5a, K_LOWER);
  fill(0xff66, 0xff9f, K_IDEO);
  // Arabic presentation forms (text extracted from PDF keeps the shapes), the ornate parentheses ﴾﴿ excepted.
  fill(0xfb50, 0xfbb1, K_CASELESS);
  fill(0xfbd3, 0xfd3d, K_CASELESS);
  fill(0xfd50, 0xfdc7, K_CASELESS);
  fill(0xfdf0, 0xfdfb, K_CASELESS);
  fill(0xfe70, 0xfefc, K_CASELESS);
}

/**
 * Script of each code unit as an index into SCRIPT_NAMES (0: not a letter), filled once at load
 * from the ranges scriptOf() reads, so that the scanners need no call per character.
 */
export const SCRIPT_NAMES: readonly ScriptName[] = [
  'Other', 'Latin', 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Hebrew', 'Arabic', 'Devanagari', 'Thai', 'Hangul', 'Kana', 'Han',
  // Four bits of a token's info hold the index: 16 scripts at most.
  'Bengali', 'Tamil',
];
export const SCRIPT = new Uint8Array(0x10000);
fillScripts();

/** The right-to-left scripts of SCRIPT_NAMES (their letters are bidi class R or AL), as indexes. */
export const RTL_SCRIPTS: ReadonlySet<number> = new Set((['Hebrew', 'Arabic'] as const).map((s) => SCRIPT_NAMES.indexOf(s)));

function fillScripts(): void {
  for (const [from, to, script] of SCRIPT_RANGES) SCRIPT.fill(script === undefined ? 0 : SCRIPT_NAMES.indexOf(script), from, to);
}

/**
 * Whether code unit c is a cased letter whose FOLD is what String#toLowerCase makes of it in any
 * word, so that a hash over FOLD matches the hash of the word's toLowerCase(). Not "İ" (lowercased
 * to two units, so FOLD leaves it) nor "Σ" (lowercased to "ς" at a word's end).
 */
export function foldsLikeToLowerCase(c: number): boolean {
  const k = CLASS[c];
  return k === K_LOWER || (k === K_UPPER && FOLD[c] !== c && c !== 0x3a3);
}

export function isLetterClass(k: number): boolean {
  return k === K_LOWER || k === K_UPPER || k === K_CASELESS || k === K_IDEO;
}
