// The words of the whole text, found once and shared by the repetition and language rules: their
// offsets, a case-folded hash (so "The" and "the" compare equal without building substrings), their
// case shape and script, and what separates each word from the one before it. One charCodeAt pass
// into typed arrays; computed once per check (CheckContext.tokens). The same pass collects the
// marks (marks.ts) when asked: a second walk over every code unit of a large text cost about a
// third as much as this whole scan.

import { FOLD, charactersIn, isDiacritic, Kind, SCRIPT_NAMES, WordHash, wordHashAt } from './charclass.js';
import type { ScriptName } from '../text/script.js';
import { firstOffsetAtOrAfter, lastOffsetAtOrBefore } from '../text/search.js';
import { grown, type Scratch } from '../text/grown.js';
import { MARK_FLAGS, noteMark, type Marks } from './marks.js';
import { UNIT_RUNS, UNIT_VALUES } from './units.generated.js';

/**
 * The bits of `info`, as the members of an enum, which every reader uses: the bundler writes an
 * enum member into the code as a literal, whereas a module's const becomes a module variable
 * there, which optimised code loads and checks (for the hole of its temporal dead zone) at every
 * use. In the word scan that was about a tenth of the scan (with the classes and the hash's
 * prime); a rule's loop over every word spent three quarters of its instructions on such loads
 * (untranslated-passage's search for a word in another script, 10 MB of English: 83 M).
 */
export const enum Info {
  /** Case shape (bits 0-1). */
  ShapeMask = 3,
  ShapeLower = 0,
  /** First letter upper, the rest lower ("The", "I"). */
  ShapeCapital = 1,
  /** Two or more letters, all upper ("NATO"). */
  ShapeUpper = 2,
  /** Anything else: "iPhone", "McDonald", numbers. */
  ShapeMixed = 3,
  /** The word has a letter (not only digits). */
  HasLetter = 1 << 2,
  /** The word has a digit ("10k", "mp3", "2020"): noted here so that no rule rescans its characters. */
  HasDigit = 1 << 3,
  /** The word has a character past ASCII ("naïve", "wäre", any non-Latin word): alphabet checks skip the others. */
  NonAscii = 1 << 4,
  /** What lies between this word and the previous one (bits 5-8). */
  GapSpace = 1 << 5,
  /** Some character that is neither space nor a sentence-ending mark: comma, quote, bracket… */
  GapPunct = 1 << 6,
  /** A sentence-ending mark: . ! ? … 。！？ */
  GapEnd = 1 << 7,
  /** A line break: words on different lines never belong to the same repetition. */
  GapLine = 1 << 8,
  GapMask = GapSpace | GapPunct | GapEnd | GapLine,
  /**
   * Every code unit of the word is a cased letter (no digit, joiner, mark or letter without case):
   * the boundary scan reads such a word off the columns instead of the text.
   */
  Cased = 1 << 9,
  /** Script index of the first letter (bits 10-13); 0 for none. */
  ScriptShift = 10,
  /**
   * The character just before the word is one that ends a printf conversion's lead ("%", "$" of
   * "%1$", ")" of "%(name)"): isCodeOrNumber reads the text there only then (a read of the text,
   * cold where the sentence measure reads only these columns, was a tenth of that measure).
   */
  PrintfLead = 1 << 14,
  /**
   * The word has diacritics on its cased letters (decomposed, NFD: "u" and U+0308 for "ü"), or a
   * unit that composes with the one before it (Compose in charclass.ts: Hangul as jamo, "إ" as
   * alef and U+0655): its letters are fewer than its code units (see lettersOfWord), and its hash
   * is that of its composed form (see wordHashAt).
   */
  Decomposed = 1 << 15,
}

export const SCRIPTS = SCRIPT_NAMES;
const SCRIPT_INDEX = new Map(SCRIPTS.map((s, i) => [s, i]));

export function scriptIndex(name: ScriptName): number {
  return SCRIPT_INDEX.get(name) ?? 0;
}

export interface Tokens {
  count: number;
  start: Int32Array;
  /**
   * Length of each word in code units, Scan.LongWord for a word of that many units or more, whose
   * length is in `longLengths`: one byte instead of the four of an end offset (11 bytes a word
   * instead of 14, fewer fresh pages to fault in). Read through endOfWord / lengthOfWord.
   */
  lengths: Uint8Array;
  longLengths: Map<number, number>;
  /** FNV-1a of the case-folded word. */
  hash: Int32Array;
  info: Uint16Array;
  /**
   * Bit s set when some word of script s (SCRIPTS index) has a unit past ASCII and is not all
   * cased letters (no CASED in its `info`): every Han word, every half-width katakana. A scan that
   * looks for such words (the CJK mojibake) skips a text without them, instead of a pass over
   * every word's `info`.
   */
  uncasedScripts: number;
  /**
   * Bit s set when a letter without case (Kind.Caseless) of script s stands in some word past its
   * first unit ("m챕s"); a word that starts with one is in `uncasedScripts`. With the two, a scan
   * for the letters of one caseless script (the EUC-KR mojibake's Hangul) skips a text without
   * them, instead of a regex over every code unit of it.
   */
  caselessInside: number;
  /**
   * The words in blocks, one per CHUNK of the text the scan read at a call: block b holds words
   * blockStart[b] to blockStart[b + 1] (the last block, to `count`), and bit s of blockScripts[b]
   * is set when one of them has script s; bit 0 (no script) only for such a word with a unit past
   * ASCII (an ASCII word of no script has no letter: a number). A search for a word in another
   * script than the document's (nextWordOutside), or for a word past ASCII in some scripts
   * (nextWordPastAsciiIn), passes over a block without one: a text has some 700 words a block,
   * and most blocks of most texts are in one script, with numbers.
   */
  blockStart: Int32Array;
  blockScripts: Uint16Array;
  blocks: number;
}

/** The word scan's own constants: enum members for the reason Info gives. */
const enum Scan {
  /** A length too long for a byte: read from `longLengths` instead. */
  LongWord = 255,
}

/** Length of word i in code units. */
export function lengthOfWord(t: Tokens, i: number): number {
  const l = t.lengths[i];
  return l < Scan.LongWord ? l : (t.longLengths.get(i) as number);
}

/**
 * Letters of word i as a reader counts them, the length of its composed form: a diacritic written
 * apart (NFD) is part of its letter ("zwölf" is five letters, composed or not). Only a word with
 * such a diacritic (Info.Decomposed) is read again.
 */
export function lettersOfWord(text: string, t: Tokens, i: number): number {
  const l = lengthOfWord(t, i);
  return (t.info[i] & Info.Decomposed) === 0 ? l : charactersIn(text, t.start[i], t.start[i] + l);
}

/** Offset just past word i. */
export function endOfWord(t: Tokens, i: number): number {
  return t.start[i] + lengthOfWord(t, i);
}

/**
 * What the word scan reads of a code unit, packed into one table entry: a read of a table costs the
 * optimised scan some ten instructions (the table's type, map and bounds are checked at each read),
 * and a word's first unit needed four (class, fold, script, mark flags), a capital or a letter past
 * ASCII inside a word three. Bits 0-2 the class (Kind); 5-8 the gap flags, at their places in
 * `info` (one table read for ASCII and the rest alike: a separate path for characters past ASCII
 * was a call that the samples language detection tokenizes first rarely reach, so the optimised
 * scan threw itself away at the first "—" or "«" of a large text); bit 9 a mark flag (MARK_FLAGS,
 * which the scan then reads); 10-13 the script index, at its place in `info`; 16-31 the step from
 * the unit to its fold, modulo 2^16 (0 for most units, so that the table is long runs of equal
 * entries, stored as such: see unitTable), with ’ folded to ' (the hash reads them as one).
 */
export const enum Unit {
  ClassMask = 7,
  Digit = Info.HasDigit,
  NonAscii = Info.NonAscii,
  Marked = 1 << 9,
  /** Not a lowercase letter: a word with one past its first unit has its case counted unit by unit. */
  NotLower = 1 << 14,
  /** Other or Ideo: ends a word unless a joiner between word characters. */
  Breaks = 1 << 15,
  /**
   * Compose.JoinsPrevious and TakesNext (charclass.ts), in the places of two gap flags, which only
   * a unit of class Other has (the composing units are letters and marks): read only of a unit
   * inside a word (whose Other units, the joiners, have neither gap flag) or with its class.
   */
  JoinsPrevious = Info.GapEnd,
  TakesNext = Info.GapLine,
  ScriptMask = 15 << Info.ScriptShift,
  FoldShift = 16,
}

const UNITS = unitTable();

/**
 * The table, from the runs scripts/generate-units.ts found in it: built at start-up from the
 * character tables, it was a loop over the 64K code units that the interpreter ran most of, 15 M
 * instructions of every CLI start and cold Lambda; the thousand runs cost some 2 M. One loop over
 * the characters of UNIT_RUNS, with no call but the fills: the interpreter runs this too, and a
 * reader called per number cost three times as much.
 */
function unitTable(): Int32Array {
  const table = new Int32Array(0x10000);
  const runs = UNIT_RUNS;
  let c = 0;
  let value = 0;
  let number = 0;
  let isLength = false;
  // Numbers of five bits a character from U+003F on, the highest first, 32 added to each
  // character but a number's last (see encodeNumber in scripts/generate-units.ts); a run's index
  // in UNIT_VALUES, then its length.
  for (let i = 0; i < runs.length; i++) {
    const d = runs.charCodeAt(i) - 63;
    number = (number << 5) | (d & 31);
    if (d >= 32) continue;
    if (isLength) {
      table.fill(value, c, c + number);
      c += number;
    } else value = UNIT_VALUES[number];
    isLength = !isLength;
    number = 0;
  }
  return table;
}

/**
 * Texts up to this many code units get room for a word per code unit, the most they can hold, so
 * that the short texts language detection tokenizes (samples, passages) never grow the columns:
 * growth is then code that neither they nor a large text (reserved for by its length) run, and
 * tokenize compiled for them is not thrown away at it ("insufficient type feedback").
 */
const ROOM_FOR_EVERY_UNIT = 1 << 16;

/** The windows expectedWords reads: 4096 code units of a text past ROOM_FOR_EVERY_UNIT. */
const SAMPLES = 16;
const SAMPLE = 256;

/**
 * Room for the words of a large text, from its ideographs' share of SAMPLES windows of SAMPLE units
 * spread over it: prose has about one word per five or six code units, but Han and Kana, written
 * without spaces, a word per character. Reserved at n/5 for all, 10 MB of Chinese outgrew its columns
 * three times, each a copy onto fresh pages (peak RSS 141 MiB). The ideographs get a sixteenth more
 * than their estimate and a chunk's room (see tokenize's reserve); a text without them keeps n/5 to
 * the word. The 4096 units read cost nothing measurable (10 MB English 5,390 -> 5,387 M instructions).
 */
function expectedWords(text: string): number {
  const n = text.length;
  const step = Math.floor(n / SAMPLES);
  let ideographs = 0;
  for (let w = 0; w < SAMPLES; w++) {
    for (let i = w * step, end = i + SAMPLE; i < end; i++) {
      if ((UNITS[text.charCodeAt(i)] & Unit.ClassMask) === Kind.Ideo) ideographs++;
    }
  }
  const words = (n / 5) | 0;
  if (ideographs === 0) return words;
  // Each ideograph a word of its own, not a fifth of one.
  return words + Math.ceil(((ideographs * n) / (SAMPLES * SAMPLE)) * (4 / 5 + 1 / 16)) + CHUNK;
}

/**
 * The text is scanned this many code units at a call of scanWords: a large text's scan is then
 * compiled as a function called over and over, not on the stack partway through one call, and the
 * same code serves the samples language detection tokenizes (one compilation, not two).
 */
const CHUNK = 1 << 12;

/** The columns being filled, and the gap since the last word, carried from one chunk to the next. */
class Columns {
  count = 0;
  gap = 0;
  start: Int32Array;
  lengths: Uint8Array;
  readonly longLengths = new Map<number, number>();
  hash: Int32Array;
  info: Uint16Array;
  uncasedScripts = 0;
  caselessInside = 0;
  /** The scripts of the words of the last call of scanWords, as a blockScripts entry. */
  scripts = 0;

  /** Room for `cap` words; the columns laid in `scratch` while it holds them (see tokenize). */
  constructor(cap: number, scratch?: Scratch) {
    this.start = scratch?.take(Int32Array, cap) ?? new Int32Array(cap);
    this.lengths = scratch?.take(Uint8Array, cap) ?? new Uint8Array(cap);
    this.info = scratch?.take(Uint16Array, cap) ?? new Uint16Array(cap);
    this.hash = scratch?.take(Int32Array, cap) ?? new Int32Array(cap);
  }

  /** Room for `more` words past `count`. */
  reserve(more: number): void {
    let cap = this.start.length;
    if (this.count + more <= cap) return;
    while (this.count + more > cap) cap *= 2;
    this.start = grown(this.start, cap);
    this.lengths = grown(this.lengths, cap);
    this.hash = grown(this.hash, cap);
    this.info = grown(this.info, cap);
  }
}

/**
 * The words of `text`; its marks too, into `marks`, when given (see marks.ts). `scratch`: memory
 * the scan may overwrite, the input's bytes once decoded. A large text's word columns are laid
 * there, on pages the read of the file has faulted in already, rather than on fresh ones (a fresh
 * 4 KiB page costs some 14 µs here, ten times the scan's work on it), as many as it holds at room
 * for a word per five code units (prose; a word per ideograph, see expectedWords): the offsets and
 * lengths, 5 bytes a word of the 11, take 1 byte per code unit, which any UTF-8 text has; the case
 * and script (2 more) fit from 1.4 bytes a code unit (Cyrillic or Greek prose: 50 MB of Russian
 * 202 -> 190 MiB peak RSS with the paragraphs), the hashes (4 more) from 2.2 (Korean, Indic
 * scripts). The hashes last: where they do not fit, the room left goes to the paragraphs (see
 * Paragraphs). Once the words are found, the columns laid there are cut to `count` and moved
 * together, and the room past them goes to the next scans too: prose has a word per six code
 * units more often than five (30 MB of English: the paragraphs' columns, 4 of 5 MB, laid there,
 * some 1,000 page faults and 4 MiB of peak RSS less).
 */
export function tokenize(text: string, marks?: Marks, scratch?: Scratch): Tokens {
  const n = text.length;
  const cols = new Columns(n <= ROOM_FOR_EVERY_UNIT ? n : expectedWords(text), scratch);
  // A block per call of scanWords, which reads CHUNK code units or more.
  const blockStart = new Int32Array(Math.ceil(n / CHUNK));
  const blockScripts = new Uint16Array(blockStart.length);
  let blocks = 0;
  let i = 0;
  while (i < n) {
    const to = Math.min(n, i + CHUNK);
    // At most a word per code unit starts in the chunk.
    cols.reserve(to - i);
    blockStart[blocks] = cols.count;
    i = scanWords(text, i, to, marks, cols);
    blockScripts[blocks++] = cols.scripts;
  }
  // The room reserved in the scratch past the last word goes to the next scans (see Scratch.shrink).
  const [start, lengths, info, hash] = scratch ? scratch.shrink([cols.start, cols.lengths, cols.info, cols.hash], cols.count) : [cols.start, cols.lengths, cols.info, cols.hash];
  return {
    count: cols.count,
    start,
    lengths,
    longLengths: cols.longLengths,
    hash,
    info,
    uncasedScripts: cols.uncasedScripts,
    caselessInside: cols.caselessInside,
    blockStart,
    blockScripts,
    blocks,
  };
}

/**
 * The words that start in text[from, to) into `cols`, which has room for them; returns where the
 * scan stopped, `to` or past it (the end of the last word, or the space after it).
 *
 * Measured and left out (instructions of a whole check, 10 MB English / mixed / long paragraphs):
 * - Each chunk copied into a reused Uint16Array (Buffer#write, utf16le) and read there instead of
 *   charCodeAt, whose representation tests cost some fifteen instructions a unit: +1.1 % / +2.1 % /
 *   +0.8 %. The window's base and end took registers the word loop needs, which then spilled; read
 *   in the window's own coordinates, the scan alone still ran 5 % more.
 * - The marks collected into a typed array and noted after the chunk, so that the loop makes no
 *   call: +0.6 % on all three.
 * - The word loop noting its first and last marked unit, so that noteWordMarks reads only those:
 *   -0.3 % mixed and long, +0.5 % English (two more values live in the loop).
 * Where the scan's instructions go (10 MB English, a scan after the first): 796 M, of which the four
 * column stores 108 M and the marks 96 M; the hash costs nothing measurable (its multiply runs in
 * the shadow of the next read). On mixed text noteWordMarks is 106 M of 782 M.
 */
function scanWords(text: string, from: number, to: number, marks: Marks | undefined, cols: Columns): number {
  const n = text.length;
  const { start, lengths, longLengths, hash, info } = cols;
  // The tables in locals: an imported binding is loaded from its module cell at every use in the
  // loop (about a tenth of the scan's time).
  const unitOf = UNITS;
  const markFlags = MARK_FLAGS;
  let count = cols.count;
  let gap = cols.gap;
  let scripts = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // A plain space, the commonest character between words, without the table lookups.
    if (c === 32) {
      gap = (gap | Info.GapSpace) & ~Info.PrintfLead;
      i++;
      continue;
    }
    const u = unitOf[c];
    const k = u & Unit.ClassMask;
    if (k === Kind.Other || k === Kind.Mark) {
      // Before the gap takes c in: no gap yet means that nothing but combining marks stands
      // between the previous word and c.
      if ((u & Unit.Marked) !== 0 && marks !== undefined) noteMark(text, i, c, markFlags[c], marks, gap === 0 ? count - 1 : -1);
      gap = (gap & ~Info.PrintfLead) | (c === 37 || c === 36 || c === 41 ? Info.PrintfLead : 0);
      if (k === Kind.Other) gap |= u & Info.GapMask;
      i++;
      continue;
    }
    const s = i;
    let h = Math.imul(WordHash.Basis ^ ((c + (u >>> Unit.FoldShift)) & 0xffff), WordHash.Prime);
    // The script's bits, at their place in `info`.
    let script = u & Unit.ScriptMask;
    // The table entries of the word's units past the first, ORed, but for ASCII lowercase letters:
    // the loop over the units keeps only this, the hash and the offset, which stay in registers.
    let rest = 0;
    i++;
    // Info.GapSpace when the word ends at a plain space, which is then passed over here: the loop
    // above need not read it again.
    let spaced = 0;
    // Read for every word, not on the branch of the Ideo words below: the scan is compiled before
    // most texts' first ideograph or private-use character, and an operation it had never run by
    // then had no type feedback, so that the first such word (one in 900,000 characters of the
    // English eval prose) threw the compiled scan away, and it was compiled again.
    const takesNext = (u & Unit.TakesNext) !== 0;
    if (k === Kind.Ideo) {
      // A kana and its voicing mark written apart (NFD: か and U+3099 for が) are one character. (The
      // mark's class is read too: after the word may come a unit of class Other, whose gap flag
      // GapEnd is where a letter or mark has JoinsPrevious.)
      if (takesNext && i < n && (unitOf[text.charCodeAt(i)] & (Unit.JoinsPrevious | Unit.ClassMask)) === (Unit.JoinsPrevious | Kind.Mark)) {
        const d = text.charCodeAt(i);
        rest = unitOf[d];
        h = Math.imul(h ^ ((d + (rest >>> Unit.FoldShift)) & 0xffff), WordHash.Prime);
        i++;
      }
    } else {
      // The rest of the word; keep "don't", "bla-bla", "e-mail" and Catalan "col·lecció" whole (a
      // joiner between word characters; the middle dot is a MidLetter of UAX #29).
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        // ASCII lowercase, the commonest letter in most texts, folds to itself.
        if (d >= 97 && d <= 122) {
          h = Math.imul(h ^ d, WordHash.Prime);
          continue;
        }
        if (d === 32) {
          spaced = Info.GapSpace;
          break;
        }
        const v = unitOf[d];
        if ((v & Unit.Breaks) !== 0) {
          if (!(d === 39 || d === 0x2019 || d === 45 || d === 0x2010 || d === 0x2011 || d === 0xb7) || i + 1 >= n) break;
          if ((unitOf[text.charCodeAt(i + 1)] & Unit.Breaks) !== 0) break;
        }
        rest |= v;
        h = Math.imul(h ^ ((d + (v >>> Unit.FoldShift)) & 0xffff), WordHash.Prime);
      }
    }
    const all = u | rest;
    // Shape, flags and script: the bits of `info` the word's own units give.
    let own: number;
    if ((rest & Unit.NotLower) === 0 && (k === Kind.Lower || k === Kind.Upper) && script !== 0) {
      // Most words: a cased letter, then lowercase letters only.
      own = (k === Kind.Upper ? Info.ShapeCapital : Info.ShapeLower) | Info.HasLetter | Info.Cased | (all & Unit.NonAscii) | script;
      // (Of a script: script is not 0 here.)
      scripts |= 1 << (script >>> Info.ScriptShift);
    } else {
      let upper = k === Kind.Upper ? 1 : 0;
      // Digits, joiners, marks and letters without case: the word's lowercase letters are the rest.
      let uncased = k === Kind.Upper || k === Kind.Lower ? 0 : 1;
      // Diacritics after cased letters: the word in decomposed form (NFD, as macOS and some editors
      // write it), "u" and U+0308 for "ü". Such a mark is part of its letter: not a letter without
      // case, and not a unit of its own in the hash (see wordHashAt).
      let composable = 0;
      if ((rest & Unit.NotLower) !== 0) {
        for (let j = s + 1; j < i; j++) {
          const v = unitOf[text.charCodeAt(j)];
          const kd = v & Unit.ClassMask;
          if (kd === Kind.Upper) upper++;
          else if (uncased === 0 && isDiacritic(text.charCodeAt(j))) composable++;
          else if (kd !== Kind.Lower) {
            if (kd === Kind.Caseless) cols.caselessInside |= 1 << ((v & Unit.ScriptMask) >>> Info.ScriptShift);
            // A unit that composes with the one before it (alef and U+0655 for "إ", Hangul jamo): likewise.
            if ((v & Unit.JoinsPrevious) !== 0 && (unitOf[text.charCodeAt(j - 1)] & Unit.TakesNext) !== 0) composable++;
            else uncased++;
          }
        }
      }
      let flags = (all & (Unit.Digit | Unit.NonAscii)) | (k === Kind.Digit ? 0 : Info.HasLetter);
      const lower = i - s - upper - uncased - composable;
      // The hash of the composed word (NFC), which the common-word tables and a composed copy of the word have.
      if (composable > 0) {
        h = wordHashAt(text, s, i);
        flags |= Info.Decomposed;
      }
      if (k !== Kind.Ideo) {
        // A word that starts with digits ("3D", "2020-й") takes the script of its first letter.
        for (let j = s + 1; script === 0 && j < i; j++) script = unitOf[text.charCodeAt(j)] & Unit.ScriptMask;
        if (upper + lower > 0 || script !== 0) flags |= Info.HasLetter;
        else flags &= ~Info.HasLetter;
      }
      if (uncased === 0) flags |= Info.Cased;
      let shape: number;
      if ((flags & Info.HasLetter) === 0) shape = Info.ShapeMixed;
      else if (upper === 0) shape = Info.ShapeLower;
      else if (lower === 0 && upper >= 2) shape = Info.ShapeUpper;
      else if (upper === 1 && k === Kind.Upper) shape = Info.ShapeCapital;
      else shape = Info.ShapeMixed;
      own = shape | flags | script;
      // Only here: a word of the branch above is all cased letters.
      if ((flags & (Info.Cased | Info.NonAscii)) === Info.NonAscii) cols.uncasedScripts |= 1 << (script >>> Info.ScriptShift);
      // Bit 0, no script, only for a word past ASCII (see blockScripts): only this branch has words
      // of no script, numbers among them, and the most common words pay no test for it.
      if (script !== 0 || (flags & Info.NonAscii) !== 0) scripts |= 1 << (script >>> Info.ScriptShift);
    }
    start[count] = s;
    const l = i - s;
    if (l < Scan.LongWord) lengths[count] = l;
    else {
      lengths[count] = Scan.LongWord;
      longLengths.set(count, l);
    }
    hash[count] = h;
    info[count] = own | gap;
    // The marks in a word (a code-page lead, see marks.ts) are noted once it ends, so that the loop
    // over its units makes no call, across which its values would be kept in memory, not registers.
    if ((all & (Unit.Marked | Unit.NonAscii)) === (Unit.Marked | Unit.NonAscii) && marks !== undefined) noteWordMarks(text, s, i, marks, count);
    count++;
    gap = spaced;
    if (spaced !== 0) i++;
  }
  cols.count = count;
  cols.gap = gap;
  cols.scripts = scripts;
  return i;
}

/** Notes the marks past ASCII of word `word`, text[from, to) (see noteMark). */
function noteWordMarks(text: string, from: number, to: number, marks: Marks, word: number): void {
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c >= 128 && MARK_FLAGS[c] !== 0) noteMark(text, j, c, MARK_FLAGS[c], marks, word);
  }
}

/**
 * Index of the first word from `from` on with letters of a script not in `scripts` (a mask over
 * SCRIPTS indices), or `count` if none is left (`from` if past it): each block of words in those
 * scripts only is passed over at one look at its blockScripts, not a look at each word.
 */
export function nextWordOutside(t: Tokens, from: number, scripts: number): number {
  const { count, info, blockStart, blockScripts, blocks } = t;
  let i = from;
  for (let b = lastOffsetAtOrBefore(blockStart, blocks, from); i < count; b++) {
    const end = b + 1 < blocks ? blockStart[b + 1] : count;
    if ((blockScripts[b] & ~scripts) !== 0) {
      for (; i < end; i++) {
        const inf = info[i];
        // The scripts in one test: as a compare with each, the compare a block's first word in
        // another script first ran threw the compiled loop away there.
        if ((inf & Info.HasLetter) !== 0 && ((scripts >> ((inf >> Info.ScriptShift) & 15)) & 1) === 0) return i;
      }
    }
    i = end;
  }
  return i;
}

/**
 * Index of the first word from `from` on with a unit past ASCII and a script in `scripts` (a mask
 * over SCRIPTS indices; 0, no script, included), or `count` if none is left (`from` if past it):
 * each block without a word of those scripts past ASCII is passed over at one look at its
 * blockScripts, not a look at each word.
 */
export function nextWordPastAsciiIn(t: Tokens, from: number, scripts: number): number {
  const { count, info, blockStart, blockScripts, blocks } = t;
  let i = from;
  for (let b = lastOffsetAtOrBefore(blockStart, blocks, from); i < count; b++) {
    const end = b + 1 < blocks ? blockStart[b + 1] : count;
    if ((blockScripts[b] & scripts) !== 0) {
      for (; i < end; i++) {
        const inf = info[i];
        if ((inf & Info.NonAscii) !== 0 && ((scripts >> ((inf >> Info.ScriptShift) & 15)) & 1) !== 0) return i;
      }
    }
    i = end;
  }
  return i;
}

/** Index of the first word that starts at or after `offset`. */
export function firstTokenAt(t: Tokens, offset: number): number {
  return firstOffsetAtOrAfter(t.start, t.count, offset);
}

/** Longest word read as a code when listed ("en", "deu", "EUR"). */
const MAX_CODE = 3;

/**
 * Whether word i is no evidence of a language, however it is spelled: a word with a digit, which
 * is a number with a unit or a code ("10k", "5km", "mp3", "H2O", "COVID-19"), or a short code
 * listed in brackets or between commas ("(en)", "de, cs, ru, uk", "EUR/USD"), which names a
 * language or a unit rather than being a word of the sentence (Catalan "de", "en" are not there),
 * or a placeholder's letters ("%s", "%1$d", "{n}").
 * Judged as if the text were text[lo, hi) (the language of a span is told from the span alone, see
 * spanVotes in detect.ts): the next word's gap may lie past hi, but a gap without punctuation has
 * none of the marks read below either. No defaults for the bounds: a default the language
 * detection had not run (it passes them) had no type feedback, and its first run from the sentence
 * scan threw the compiled function away.
 */
export function isCodeOrNumber(text: string, t: Tokens, i: number, lo: number, hi: number): boolean {
  if ((t.info[i] & Info.HasDigit) !== 0) return true;
  // The length byte, not lengthOfWord: a long word's byte (Scan.LongWord) is past MAX_CODE too,
  // and with no look at longLengths the sentence measure's loop that inlines this makes no call.
  const length = t.lengths[i];
  if (length > MAX_CODE) return false;
  const s = t.start[i];
  // A printf conversion ("%s", "%ld", "%1$s", "%(name)s") is a placeholder's letters: Czech "s",
  // Slovene "in" and Polish "do" are function words, and a software string's "%s" is none of them.
  // (The mark before is tested here: a call in the loop of the sentence measure, which inlines this
  // function, would cost more than all the rest of it. It is read only where the word scan saw one.)
  const mark = s > lo && (t.info[i] & Info.PrintfLead) !== 0 ? text.charCodeAt(s - 1) : 0;
  if ((mark === 37 || mark === 36 || mark === 41) && isPrintfConversion(text, s, lo)) return true;
  // The mark after the code is punctuation, which the next word's gap records: most short words
  // ("and" after a comma) need no look at the text, which the caller may not have touched for a while.
  if (i + 1 < t.count && (t.info[i + 1] & Info.GapPunct) === 0) return false;
  const e = s + length;
  let a = s - 1;
  while (a >= lo && text.charCodeAt(a) === 32) a--;
  let b = e;
  while (b < hi && text.charCodeAt(b) === 32) b++;
  const before = a >= lo ? text.charCodeAt(a) : -1;
  const after = b < hi ? text.charCodeAt(b) : -1;
  // A placeholder of one short name in braces ("{n}", "{{x}}") is no word either.
  return ((before === 40 || before === 44 || before === 47) && (after === 41 || after === 44 || after === 47)) || (before === 123 && after === 125);
}

/** Longest printf argument name read back over, "%(" to ")": longer is prose in brackets. */
const MAX_PRINTF_NAME = 32;

/** Whether the letters at text[s] end a printf conversion: after "%", "%N$" or "%(name)". */
function isPrintfConversion(text: string, s: number, lo: number): boolean {
  let j = s - 1;
  const c = text.charCodeAt(j);
  if (c === 37) return true;
  if (c === 36) {
    while (--j >= lo && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57);
    return j < s - 2 && j >= lo && text.charCodeAt(j) === 37;
  }
  if (c === 41) {
    while (--j >= lo && j >= s - MAX_PRINTF_NAME && text.charCodeAt(j) !== 40 && text.charCodeAt(j) !== 32);
    return j > lo && text.charCodeAt(j) === 40 && text.charCodeAt(j - 1) === 37;
  }
  return false;
}

/**
 * Whether words a and b are the same word, ignoring case (hash first, then the characters). A
 * word with diacritics written apart (Info.Decomposed) hashes as its composed form: it is the same
 * word as a composed copy ("café" once NFC, once NFD), and as a copy with its diacritics in
 * another order: such words are compared composed.
 */
export function sameWord(text: string, t: Tokens, a: number, b: number): boolean {
  if (t.hash[a] !== t.hash[b]) return false;
  if (((t.info[a] | t.info[b]) & Info.Decomposed) !== 0) return sameComposed(text.slice(t.start[a], endOfWord(t, a)), text.slice(t.start[b], endOfWord(t, b)));
  const la = lengthOfWord(t, a);
  if (la !== lengthOfWord(t, b)) return false;
  for (let k = 0; k < la; k++) {
    if (FOLD[text.charCodeAt(t.start[a] + k)] !== FOLD[text.charCodeAt(t.start[b] + k)]) return false;
  }
  return true;
}

/** Whether words x and y are the same in composed form (NFC), ignoring case as sameWord does. */
function sameComposed(x: string, y: string): boolean {
  const cx = x.normalize('NFC');
  const cy = y.normalize('NFC');
  if (cx.length !== cy.length) return false;
  for (let k = 0; k < cx.length; k++) if (FOLD[cx.charCodeAt(k)] !== FOLD[cy.charCodeAt(k)]) return false;
  return true;
}

