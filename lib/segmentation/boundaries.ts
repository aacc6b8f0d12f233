// One linear pass that finds every sentence-ending mark followed by white space (or the end of
// its line) and classifies it: a real sentence end, or a period that belongs to an abbreviation,
// an initial, a number or an ellipsis. Rules read the result; none of them rescans the text.
//
// Speed: the word scan (tokenize) lists the marks as it walks the text (Marks.sentenceMarks), and
// the word right before each (Marks.sentenceMarkWords), so this scan makes no pass of its own: all
// its work is a few charCodeAt steps around each mark, and the word before most marks is read off
// the word columns. Paragraphs are lines: a break never spans a line end, because
// one-item-per-line files (subtitles, segment exports) must not be read as prose.

import { isQuestionMark, isSentenceMarkRun, languageTerminals, type Marks } from '../catalogue/marks.js';
import {
  Info,
  endOfWord,
  firstTokenAt,
  lengthOfWord,
  type Tokens,
} from '../catalogue/tokens.js';
import { charactersIn, FOLD, foldsLikeToLowerCase } from '../catalogue/charclass.js';
import { commonWordBit, stopwordMask, WORD_HASH_BASIS, wordHash, wordHashAt, wordHashStep } from '../catalogue/stopwords.js';
import { NAMES_WITH_EXCLAMATION } from '../languages/names.js';
import { neverEndsClause } from '../catalogue/repetition-words.js';
import type { LanguageProfile } from '../languages/profile.js';
import {
  isAsciiLetter,
  isBracketCloser,
  isCloser,
  isDigit,
  isInlineSpace,
  isLetterAt,
  isLowerAt,
  isOpener,
  isSpace,
  isUpperAt,
  isWordCharAt,
} from '../text/chars.js';
import { grown, type Scratch } from '../text/grown.js';
import { lastOffsetAtOrBefore } from '../text/search.js';
import type { LineIndex } from '../text/lines.js';
import type { ScriptName } from '../text/script.js';
import { HASH_TABLE_MASK, hashTable, joinParts, lexiconFor, type Lexicon } from './lexicon.js';
import { lazyRegExp } from '../text/lazy-regexp.js';

export type BoundaryKind =
  /** A sentence end. */
  | 'end'
  /** The period of an abbreviation ("e.g.", "U.S.", "approx.", "Mr."). */
  | 'abbreviation'
  /** A single letter: an initial or a list label ("J. Smith", "a. the lessee"). */
  | 'initial'
  /** A number or Roman numeral: an ordinal where the language writes "22.", or a list label. */
  | 'number'
  /** "..." or "…": the sentence may go on in lowercase. */
  | 'ellipsis'
  /**
   * The mark does not end the sentence around it: inside brackets ("(tomorrow!) because", "(why?
   * because…)"), closing a question opened inside the sentence ("le pregunté ¿qué haces? y"), or
   * ending a title ("Who Wants to Be a Millionaire? was"). Set where a lowercase word follows.
   */
  | 'parenthetical'
  /** A mark after white space with no word before it (" . " opening a paragraph, ". ." after another mark): a spacing problem, not a boundary. */
  | 'detached';

export interface Boundary {
  /** Offset of the first mark character. */
  mark: number;
  /** Offset after the last mark character. */
  markEnd: number;
  /** Offset after the quotes and brackets that close the sentence after its mark. */
  closeEnd: number;
  /** Offset of what follows after white space; the paragraph end when nothing follows. */
  next: number;
  /** 0-based paragraph (line) index. */
  para: number;
  kind: BoundaryKind;
  /** The mark run holds "?" or "!". */
  question: boolean;
  /** The closers after the mark include a quote (speech: `?" he asked`). */
  quoted: boolean;
  /** Start of the word before the mark (without opening quotes or brackets). */
  wordStart: number;
  /** End of that word (before any closer that precedes the mark, as in `club“.`). */
  wordEnd: number;
  /** An abbreviation learnt from this document only (see learnAbbreviations): weaker evidence than a listed one. */
  learnt?: boolean;
  /** The mark stands apart from its word ("Monday . The", French "quoi ?"); it is classified by that word. */
  spaced?: boolean;
}

export interface Paragraph {
  start: number;
  end: number;
  /** Index range of its boundaries in `BoundaryScan.boundaries`. */
  first: number;
  last: number;
}

/** Boundary kinds by their code in `Boundaries.flags` (bits 0-2). */
const KINDS: readonly BoundaryKind[] = ['end', 'abbreviation', 'initial', 'number', 'ellipsis', 'parenthetical', 'detached'];
const KIND_CODE = new Map(KINDS.map((kind, code) => [kind, code]));
const KIND_MASK = 7;
const END = KIND_CODE.get('end')!;
const QUESTION = 8;
const QUOTED = 16;
const LEARNT = 32;
const SPACED = 64;
/** A lowercase letter follows in the paragraph (at `next`). */
const LOWERCASE_NEXT = 128;

/**
 * The boundaries of a document, in text order, one column per field. A document has one boundary
 * every hundred characters or so; as objects they all stay alive for the whole check and cost
 * some 120 bytes each in fresh old-space pages, as columns 29 bytes. `at(k)` builds the object
 * for code that passes one boundary around; loops over all of them read the columns.
 *
 * Measured and left out: markEnd, closeEnd, next, wordStart and wordEnd as a byte's distance from
 * the mark (255 and a map for a far one), read through methods, and Paragraphs' bounds likewise
 * from the line starts. 30 MB of English: the columns' fresh pages 1,595 -> 770 and 1,120 -> 450
 * (some 1,500 page faults of 44,500), but instructions on 10 MB of English +1.3 % and +2.3 %
 * (cachegrind): the CLI caps TurboFan's inlining (cli/v8-tuning.ts), so in the sentence walks,
 * which pass every boundary and paragraph many times over, the readers were calls, not loads
 * (private # members cost 0.6 % more again).
 */
export class Boundaries {
  count = 0;
  mark: Int32Array;
  markEnd: Int32Array;
  closeEnd: Int32Array;
  next: Int32Array;
  para: Int32Array;
  wordStart: Int32Array;
  wordEnd: Int32Array;
  /** Kind code (KINDS) and the QUESTION, QUOTED, LEARNT, SPACED and LOWERCASE_NEXT bits. */
  flags: Uint8Array;

  /** The columns are laid in `scratch` while it has room: add writes every field of a boundary before any is read. */
  constructor(capacity: number, scratch?: Scratch) {
    this.mark = scratch?.take(Int32Array, capacity) ?? new Int32Array(capacity);
    this.markEnd = scratch?.take(Int32Array, capacity) ?? new Int32Array(capacity);
    this.closeEnd = scratch?.take(Int32Array, capacity) ?? new Int32Array(capacity);
    this.next = scratch?.take(Int32Array, capacity) ?? new Int32Array(capacity);
    this.para = scratch?.take(Int32Array, capacity) ?? new Int32Array(capacity);
    this.wordStart = scratch?.take(Int32Array, capacity) ?? new Int32Array(capacity);
    this.wordEnd = scratch?.take(Int32Array, capacity) ?? new Int32Array(capacity);
    this.flags = scratch?.take(Uint8Array, capacity) ?? new Uint8Array(capacity);
  }

  kind(k: number): BoundaryKind {
    return KINDS[this.flags[k] & KIND_MASK];
  }

  /**
   * Whether a lowercase letter follows boundary k in its paragraph, noted by the scan, which reads
   * it anyway: a loop over the boundaries that asks it reads no text for most of them.
   */
  lowercaseNext(k: number): boolean {
    return (this.flags[k] & LOWERCASE_NEXT) !== 0;
  }

  isEnd(k: number): boolean {
    return (this.flags[k] & KIND_MASK) === END;
  }

  question(k: number): boolean {
    return (this.flags[k] & QUESTION) !== 0;
  }

  quoted(k: number): boolean {
    return (this.flags[k] & QUOTED) !== 0;
  }

  at(k: number): Boundary {
    const f = this.flags[k];
    return {
      mark: this.mark[k],
      markEnd: this.markEnd[k],
      closeEnd: this.closeEnd[k],
      next: this.next[k],
      para: this.para[k],
      kind: KINDS[f & KIND_MASK],
      question: (f & QUESTION) !== 0,
      quoted: (f & QUOTED) !== 0,
      wordStart: this.wordStart[k],
      wordEnd: this.wordEnd[k],
      learnt: (f & LEARNT) !== 0,
      spaced: (f & SPACED) !== 0,
    };
  }

  /** Appends `b`; `lowercaseNext`: a lowercase letter follows it in its paragraph. */
  add(b: Boundary, lowercaseNext: boolean): void {
    if (this.count === this.mark.length) this.#grow();
    const k = this.count++;
    this.mark[k] = b.mark;
    this.markEnd[k] = b.markEnd;
    this.closeEnd[k] = b.closeEnd;
    this.next[k] = b.next;
    this.para[k] = b.para;
    this.wordStart[k] = b.wordStart;
    this.wordEnd[k] = b.wordEnd;
    // Most boundaries are sentence ends: those without a Map lookup.
    this.flags[k] = (b.kind === 'end' ? END : KIND_CODE.get(b.kind)!) | (b.question ? QUESTION : 0) | (b.quoted ? QUOTED : 0) | (b.learnt ? LEARNT : 0) | (b.spaced ? SPACED : 0) | (lowercaseNext ? LOWERCASE_NEXT : 0);
  }

  /** Marks boundary k as an abbreviation learnt from the document. */
  setLearntAbbreviation(k: number): void {
    this.flags[k] = (this.flags[k] & ~KIND_MASK) | KIND_CODE.get('abbreviation')! | LEARNT;
  }

  /** Marks boundary k, taken for an abbreviation by its shape, as a sentence end after a word the document shows is one. */
  setLearntEnd(k: number): void {
    this.flags[k] = (this.flags[k] & ~KIND_MASK) | END;
  }

  #grow(): void {
    const size = Math.max(16, this.mark.length * 2);
    this.mark = grown(this.mark, size);
    this.markEnd = grown(this.markEnd, size);
    this.closeEnd = grown(this.closeEnd, size);
    this.next = grown(this.next, size);
    this.para = grown(this.para, size);
    this.wordStart = grown(this.wordStart, size);
    this.wordEnd = grown(this.wordEnd, size);
    this.flags = grown(this.flags, size);
  }
}

/**
 * The paragraphs (lines) of a document, one column per field: a large file has hundreds of
 * thousands of lines, one object each for the whole check otherwise. The boundaries of paragraph
 * p are first[p] to first[p + 1]; `at(p)` builds the object for code that passes one around.
 */
export class Paragraphs {
  readonly count: number;
  readonly end: Int32Array;
  /** Index of the paragraph's first boundary; one more entry than paragraphs (the boundary count). */
  readonly first: Int32Array;
  /** The paragraph's bounds without its leading and trailing inline spaces (trimmedEnd = trimmedStart for a blank one). */
  readonly trimmedStart: Int32Array;
  readonly trimmedEnd: Int32Array;
  /** Just past the paragraph's last character that is no space of any kind (nor a form feed…); its start if none. */
  readonly textEnd: Int32Array;

  /**
   * `start`: the line starts (LineIndex.starts), shared rather than copied. The columns are laid in
   * `scratch` while it has room (a file of 50 MB of mixed prose has 360,000 lines: 7 MiB less peak
   * RSS): the scan writes every element before any is read.
   */
  constructor(
    readonly start: Int32Array,
    scratch?: Scratch,
  ) {
    const count = start.length;
    this.count = count;
    this.end = scratch?.take(Int32Array, count) ?? new Int32Array(count);
    this.first = scratch?.take(Int32Array, count + 1) ?? new Int32Array(count + 1);
    this.trimmedStart = scratch?.take(Int32Array, count) ?? new Int32Array(count);
    this.trimmedEnd = scratch?.take(Int32Array, count) ?? new Int32Array(count);
    this.textEnd = scratch?.take(Int32Array, count) ?? new Int32Array(count);
  }

  /** Index of the paragraph holding `offset`. */
  of(offset: number): number {
    return Math.max(0, lastOffsetAtOrBefore(this.start, this.count, offset));
  }

  /** Index after the paragraph's last boundary. */
  last(p: number): number {
    return this.first[p + 1];
  }

  at(p: number): Paragraph {
    return { start: this.start[p], end: this.end[p], first: this.first[p], last: this.first[p + 1] };
  }
}

export interface BoundaryScan {
  boundaries: Boundaries;
  paragraphs: Paragraphs;
  lexicon: Lexicon;
  /** The document's script: a lowercase word in another one proves nothing about its sentence. */
  script: ScriptName;
  /**
   * How many paragraphs start (at their first letter) in lowercase and with a capital: a document
   * that starts most of them in lowercase (a chat export) writes lowercase on purpose.
   */
  readonly paragraphStarts: Readonly<{ lower: number; upper: number }>;
  /**
   * Names this document writes in lowercase on purpose, learnt from it (see learnLowercaseNames):
   * "chmod", "libcore". Empty for most documents.
   */
  lowercaseNames: ReadonlySet<string>;
}

export interface ScanOptions {
  /** The document's dominant script (default: the profile's). */
  script?: ScriptName;
  /** Lowercase names the file writes as inline code (ObjectKeys.codeNames). */
  codeNames?: ReadonlySet<string>;
  /** Memory the scan may lay its paragraph columns in (ContextOptions.scratch). */
  scratch?: Scratch;
}

const ROMAN = /^(?=[IVXLCDM]{1,6}$)M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/;
const LATIN_VOWELS = /[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿāăąēĕėęěīĭįıōŏőœūŭůűųǎǐǒǔ]/i;
/**
 * Vowel letters of the IPA-based orthographies of Africa and the Americas and of Azerbaijani
 * ("və", "ɛnibɔdi", "pɨpɨr"), and of the Cyrillic Turkic, Mongolian and Ossetian alphabets ("өз",
 * "үс", "ӕмӕ"). Marked forms ("ọ", "ӧ", "ӯ") are read by their base letter (learnVowel).
 */
const EXTRA_VOWELS = /[əǝɛɔɨʉɪʊɐɑɒʌɵәөүұӕ]/i;
const SYLLABIC = /[rlŕĺ]/i;
const CYRILLIC_VOWELS = /[аеёиоуыэюяіїєѣ]/i;
const GREEK_VOWELS = /[αεηιουωάέήίόύώϊϋΐΰ]/i;
const ARMENIAN_VOWELS = /[աեէըիոօ]/i;
/** Per code unit: 1 a vowel of the lists above, 2 not, 0 not asked yet (filled on first use). */
const VOWEL_UNITS = new Uint8Array(0x10000);

/** Letters of the scripts whose vowels are listed above: a word in another script is never judged vowel-less. */
const VOWEL_KNOWN = lazyRegExp(String.raw`^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]+$`, 'u');

/**
 * What VOWEL_KNOWN says of a word, read off its code units where the four scripts' letters are
 * plain: ASCII, whose only Latin units are its letters; Latin-1 and Latin Extended-A and -B from
 * U+00C0 but × and ÷; Cyrillic U+0400-U+052F but the combining marks U+0483-U+0489 (two of them
 * Inherited). A word with any other unit (Greek, Armenian, a mark, another script) is asked of the
 * expression. Every check asks this (the abbreviations a text uses are learnt from its clipped
 * words), and parsed and compiled the four-script class for words that were nearly always plain
 * Latin or Cyrillic: with stranded-fragment's NAME_START gone, the 3 KB seed's check 912 -> 906 M
 * instructions (tests/regexp-replacements.test.ts compares the two).
 */
export function inVowelKnownScripts(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 128) {
      if (!isAsciiLetter(c)) return false;
    } else if (!((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x400 && c <= 0x52f && !(c >= 0x483 && c <= 0x489)))) {
      return VOWEL_KNOWN().test(word);
    }
  }
  return word.length > 0;
}

/**
 * Whether the word text[wordStart, wordEnd) before a period is the letters of a printf conversion
 * of an integer ("%'d", "%zu", "%1$lld"): a placeholder of a number, its ordinal in a software
 * string ("%'d. kopi", "%zu. másolat"). Most words follow a space and are turned away at once.
 */
function isPrintfInteger(text: string, wordStart: number, wordEnd: number): boolean {
  return wordEnd - wordStart <= 4 && wordStart > 0 && text.charCodeAt(wordStart - 1) !== 32 && PRINTF_INTEGER.test(text.slice(Math.max(0, wordStart - 12), wordEnd));
}

/** The kind of the period after a number's placeholder: as after a number of a few digits. */
function printfKind(text: string, paraStart: number, wordStart: number, profile: LanguageProfile): BoundaryKind {
  return profile.ordinalDot || opensItem(text, paraStart, wordStart) ? 'number' : 'end';
}

/** A printf conversion of an integer, ending where the word before a period ends: "%d", "%'d", "%zu", "%1$lld". */
const PRINTF_INTEGER = /%(?:\d+\$)?[-+ 0#']*\d*(?:hh|h|ll|l|j|z|t|L|q)?[diu]$/;
/** A word of digits only. (Here, not as a literal in periodKind: a regex literal makes a RegExp object each time it runs.) */
const DIGITS = /^\d+$/;
const NUMBERISH_SHORT_SUFFIX = lazyRegExp(String.raw`^\d+(?:\p{L}\p{M}*){1,2}$`, 'u');
const NUMBER_WITH_SEPARATORS = /^\d+(?:[.,:]\d+)+$/;
const DAY_MONTH = /^(\d{1,2})\.(\d{1,2})$/;
const DAY_MONTH_YEAR = /^\d{1,2}\.\d{1,2}\.\d{2,4}$/;
const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * Boundaries per character first reserved: prose has about one in 110 to 120 characters. Twice
 * that, so that the columns rarely grow (a copy of every column); the pages of a large reservation
 * that stay unused are never touched, so they cost nothing. (Room for exactly a boundary per mark,
 * the most there can be, was measured: the allocator zeroed about as many pages in the
 * constructor, 246 -> 266 on 30 MB of English.)
 */
const BOUNDARY_DENSITY = 1 / 60;

/**
 * Classifies the text's sentence marks and brackets (Marks.sentenceMarks: found by the word scan,
 * in text order, with the words of that scan before each).
 */
export function scanBoundaries(
  text: string,
  marks: Pick<Marks, 'sentenceMarks' | 'sentenceMarkWords'>,
  tokens: Tokens,
  lines: LineIndex,
  profile: LanguageProfile,
  options: ScanOptions = {},
): BoundaryScan {
  const lexicon = lexiconFor(profile);
  const terminals = languageTerminals(text, marks, profile.sentenceTerminals);
  // The paragraphs first: their size is known. The boundaries' columns then go to the room of the
  // scratch left when it holds their offsets for a boundary per mark, the most there can be (the
  // pages of the reserve that go unused are pages of the input, faulted in already): 30 MB of
  // mixed prose, 7 of the 8 columns; peak RSS 6 MiB less. Otherwise all are fresh, reserved by
  // BOUNDARY_DENSITY (see there).
  const paragraphs = new Paragraphs(lines.starts, options.scratch);
  const perMark = 16 + terminals.sentenceMarks.count;
  const boundaries = options.scratch && options.scratch.room >= 7 * 4 * perMark ? new Boundaries(perMark, options.scratch) : new Boundaries(16 + Math.ceil(text.length * BOUNDARY_DENSITY));
  // Sentence ends that may be abbreviations the document uses (see learnAbbreviations).
  const abbreviationCandidates: number[] = [];
  classifyMarks(text, terminals, tokens, lines, profile, lexicon, boundaries, paragraphs, abbreviationCandidates);
  paragraphs.first[lines.count] = boundaries.count;
  // The last paragraph, which no next one closes (here, not after the scan's loop: see classifyMarks).
  trimEnd(text, paragraphs, lines.count - 1);
  const scan: BoundaryScan = {
    boundaries,
    paragraphs,
    lexicon,
    script: options.script ?? profile.script,
    paragraphStarts: new ParagraphStarts(text, paragraphs),
    lowercaseNames: NO_NAMES,
  };
  // Their candidates are counted in one pass over the words: a pass of its own for the vowel-less
  // words' few candidates was 1.4 % of the instructions on mixed prose.
  const vowelless = lexicon.profiled ? NO_CANDIDATES : vowellessCandidates(text, scan, tokens);
  learnAbbreviations(text, scan, abbreviationCandidates, tokens, profile, vowelless);
  scan.lowercaseNames = withCodeNames(learnLowercaseNames(text, scan, tokens, profile.code), options.codeNames, lexicon);
  return scan;
}

/**
 * The names learnt from the text, and those the file writes as inline code ("kubectl", "rustc"):
 * a sentence may open with a command or an identifier as it is spelt, which a reader of the file
 * sees set as code elsewhere. Not a word that opens sentences of the language: keywords written
 * as code ("if", "for", "let") are its words too, and a stray break before one is still one.
 */
function withCodeNames(learnt: ReadonlySet<string>, codeNames: ReadonlySet<string> | undefined, lex: Lexicon): ReadonlySet<string> {
  if (!codeNames || codeNames.size === 0) return learnt;
  const names = new Set(learnt);
  for (const name of codeNames) {
    if (!lex.functionWords.has(name) && !lex.sentenceStarters.has(name) && !lex.fragmentWords.has(name) && !lex.speechVerbs.has(name)) names.add(name);
  }
  return names.size > 0 ? names : NO_NAMES;
}

/**
 * The loop of scanBoundaries: classifies every mark into `boundaries` and opens every paragraph
 * (its end, its first boundary, its trimmed bounds); the sentence ends learnAbbreviations should
 * look at go to `abbreviationCandidates`.
 */
function classifyMarks(
  text: string,
  marks: Pick<Marks, 'sentenceMarks' | 'sentenceMarkWords'>,
  tokens: Tokens,
  lines: LineIndex,
  profile: LanguageProfile,
  lexicon: Lexicon,
  boundaries: Boundaries,
  paragraphs: Paragraphs,
  abbreviationCandidates: number[],
): void {
  let para = -1;
  let paraEnd = -1;
  let paraStart = 0;
  // Open brackets, and where the last inverted "¿"/"¡" of the paragraph stands.
  let depth = 0;
  let inverted = -1;
  // Where the current sentence started (after the last real sentence end).
  let sentenceStart = 0;
  const { sentenceMarks, sentenceMarkWords } = marks;
  const count = sentenceMarks.count;
  const textEnd = text.length;

  // The boundary being classified: one object reused for every mark, copied into the columns.
  const b: Boundary = { mark: 0, markEnd: 0, closeEnd: 0, next: 0, para: 0, kind: 'end', question: false, quoted: false, wordStart: 0, wordEnd: 0, learnt: false, spaced: false };

  // One pass more than there are marks: the last stands at the end of the text and only opens the
  // paragraphs after the last mark. They open in this loop, not in a closure (which would keep the
  // scan's state in a heap context rather than in registers) nor in a loop after it: this loop is
  // on-stack replaced at the single call, and code after it, never run before, deoptimised it.
  for (let k = 0; k <= count; k++) {
    const mark = k < count ? sentenceMarks.at[k] : textEnd;
    // Moved past the current paragraph: open the next ones up to the mark's (the skipped ones have no boundaries).
    if (mark >= paraEnd) {
      while (para + 1 < lines.count && lines.starts[para + 1] <= mark) {
        para++;
        paraStart = lines.starts[para];
        paraEnd = lines.lineEnd(para);
        paragraphs.end[para] = paraEnd;
        paragraphs.first[para] = boundaries.count;
        depth = 0;
        inverted = -1;
        sentenceStart = paraStart;
        trimStart(text, paragraphs, para);
        if (para > 0) trimEnd(text, paragraphs, para - 1);
      }
    }
    if (k === count) break;
    let markEnd = mark + 1;
    while (isSentenceMarkRun(text.charCodeAt(mark)) && isSentenceMarkRun(text.charCodeAt(markEnd))) markEnd++;
    const first = text.charCodeAt(mark);
    if (first === 40 || first === 91) {
      depth++;
      continue;
    }
    if (first === 41 || first === 93) {
      if (depth > 0) depth--;
      continue;
    }
    if (first === 0xbf || first === 0xa1) {
      inverted = mark;
      continue;
    }
    let close = markEnd;
    let quoted = false;
    let bracketed = false;
    while (close < paraEnd && isCloser(text.charCodeAt(close))) {
      const c = text.charCodeAt(close);
      if (isBracketCloser(c)) bracketed = true;
      else quoted = true;
      close++;
    }
    let next = close;
    while (next < paraEnd && isInlineSpace(text.charCodeAt(next))) next++;
    if (next === close && next < paraEnd) continue; // "U.S.-led", "3.5", "e.g.,": not a boundary here
    reset(b, mark, markEnd, close, next, para, hasQuestion(text, mark, markEnd), quoted);
    // A question or exclamation inside brackets is an aside ("(why? because…)"); a period there
    // may still end a sentence the translation broke.
    const kind = classify(text, b, paraStart, bracketed || (depth > 0 && b.question), profile, lexicon, tokens, sentenceMarkWords.at[k]);
    const lowercaseNext = next < paraEnd && isLowerAt(text, next);
    b.kind = kindBeforeLowercase(text, b, kind, lowercaseNext, paraStart, paraEnd, sentenceStart, inverted, profile, lexicon);
    if (b.kind === 'end') sentenceStart = next;
    if (mayBeLearntAbbreviation(text, b, lowercaseNext, lexicon)) abbreviationCandidates.push(boundaries.count);
    boundaries.add(b, lowercaseNext);
  }
}

/**
 * Paragraph p's trimmed start (Paragraphs.trimmedStart), noted as the scan opens it: its start is
 * in cache then. Read later (by every walk over the sentences), it was a cache miss per paragraph.
 */
function trimStart(text: string, paragraphs: Paragraphs, p: number): void {
  let start = paragraphs.start[p];
  const end = paragraphs.end[p];
  while (start < end && isInlineSpace(text.charCodeAt(start))) start++;
  paragraphs.trimmedStart[p] = start;
}

/**
 * Paragraph p's trimmed end and text end (after trimStart), noted as the scan opens the next
 * paragraph: its end is next to that one's start, in cache.
 */
function trimEnd(text: string, paragraphs: Paragraphs, p: number): void {
  const start = paragraphs.start[p];
  const trimmedStart = paragraphs.trimmedStart[p];
  let end = paragraphs.end[p];
  let textEnd = end;
  while (textEnd > start && isSpace(text.charCodeAt(textEnd - 1))) textEnd--;
  while (end > trimmedStart && isInlineSpace(text.charCodeAt(end - 1))) end--;
  paragraphs.trimmedEnd[p] = end;
  paragraphs.textEnd[p] = textEnd;
}

const LOWER_OPENING = 1;
const UPPER_OPENING = 2;

/**
 * BoundaryScan.paragraphStarts, counted in a pass of its own over the paragraph starts when a rule
 * first asks (a paragraph that opens in lowercase with no capitalised sentence: few documents have
 * one), rather than from every paragraph's first letter as the scan opens it. A class with getters,
 * not a getter on the scan: an object literal with an accessor made every load from the scan, in
 * every rule, a call to the load stub.
 */
class ParagraphStarts {
  #lower = -1;
  #upper = -1;

  constructor(
    private readonly text: string,
    private readonly paragraphs: Paragraphs,
  ) {}

  get lower(): number {
    if (this.#lower < 0) this.#count();
    return this.#lower;
  }

  get upper(): number {
    if (this.#upper < 0) this.#count();
    return this.#upper;
  }

  #count(): void {
    const { text, paragraphs } = this;
    let lower = 0;
    let upper = 0;
    for (let p = 0; p < paragraphs.count; p++) {
      const opening = firstLetterCase(text, paragraphs.start[p], paragraphs.end[p]);
      if (opening === LOWER_OPENING) lower++;
      else if (opening === UPPER_OPENING) upper++;
    }
    this.#lower = lower;
    this.#upper = upper;
  }
}

/**
 * How the paragraph text[start, end) opens: LOWER_OPENING or UPPER_OPENING by its first letter
 * (list labels and numbers before it are skipped), 0 with no letter or one without case.
 */
function firstLetterCase(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && !isLetterAt(text, i)) i++;
  if (i === end) return 0;
  if (isLowerAt(text, i)) return LOWER_OPENING;
  return isUpperAt(text, i) ? UPPER_OPENING : 0;
}

/** Makes `b` the boundary at the mark run text[mark, markEnd), with no word before it yet (classify sets its word and kind). */
function reset(b: Boundary, mark: number, markEnd: number, closeEnd: number, next: number, para: number, question: boolean, quoted: boolean): void {
  b.mark = mark;
  b.markEnd = markEnd;
  b.closeEnd = closeEnd;
  b.next = next;
  b.para = para;
  b.question = question;
  b.quoted = quoted;
  b.wordStart = mark;
  b.wordEnd = mark;
  b.spaced = false;
}

/** Whether the mark run text[mark, markEnd) holds "?" or "!" (or the Greek question mark). */
function hasQuestion(text: string, mark: number, markEnd: number): boolean {
  for (let i = mark; i < markEnd; i++) if (isQuestionMark(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Whether the word at `start` is an ordinary word: not an abbreviation ("p.", "ff.") and not a
 * function word ("delivery no. is #NUMBER#" reads the abbreviation).
 */
function followedByOrdinaryWord(text: string, start: number, paraEnd: number, lexicon: Lexicon): boolean {
  let i = start;
  while (i < paraEnd && isLetterAt(text, i)) i++;
  return text.charCodeAt(i) !== 46 && !lexicon.functionWords.has(text.slice(start, i));
}

function hasWordBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isWordCharAt(text, i)) return true;
  return false;
}

/** Whether no word stands between `sentenceStart` and `i` (looking back from `i`). */
function isFirstWord(text: string, sentenceStart: number, i: number): boolean {
  while (i > sentenceStart && !isWordCharAt(text, i - 1)) i--;
  return i === sentenceStart;
}

/**
 * Whether the words before a question or exclamation mark end a title written in title case: a
 * run of capitalised words, joined by short function words ("Who Wants to Be a Millionaire",
 * "Was It Worth It"), with at least three capitals besides the sentence's first word, or two with
 * a function word between them. Names ("Angela Merkel?") are not titles.
 */
function endsTitle(text: string, sentenceStart: number, end: number, lex: Lexicon): boolean {
  let capitals = 0;
  let joined = false;
  let pendingJoin = false;
  let i = end;
  for (let words = 0; words < 12 && i > sentenceStart; words++) {
    while (i > sentenceStart && !isWordCharAt(text, i - 1)) {
      const c = text.charCodeAt(i - 1);
      if (!isInlineSpace(c) && c !== 45 && c !== 39 && c !== 0x2019 && c !== 58 && c !== 44) return titleRun(capitals, joined);
      i--;
    }
    if (i === sentenceStart) break;
    const wordEnd = i;
    while (i > sentenceStart && isWordCharAt(text, i - 1)) i--;
    const atStart = isFirstWord(text, sentenceStart, i);
    if (isUpperAt(text, i)) {
      if (atStart) break;
      capitals++;
      if (pendingJoin) joined = true;
      pendingJoin = false;
    } else if (wordEnd - i <= 3 && lex.functionWords.has(text.slice(i, wordEnd).toLowerCase()) && capitals > 0) {
      pendingJoin = true;
    } else {
      break;
    }
  }
  return titleRun(capitals, joined);
}

const titleRun = (capitals: number, joined: boolean) => capitals >= 3 || (capitals >= 2 && joined);

/**
 * The kind of the mark of `b` by what precedes it; sets b's word and whether the mark stands
 * apart from it. `word`: the word of the word scan right before the mark (see isPlainWordBefore).
 * Returns the kind rather than storing it, and stores each field at one place that every mark
 * reaches: this runs optimised after a few thousand marks, and a store that no mark had reached
 * by then (a detached or spaced mark) threw that code away when the first one came.
 */
function classify(text: string, b: Boundary, paraStart: number, bracketed: boolean, profile: LanguageProfile, lex: Lexicon, t: Tokens, word: number): BoundaryKind {
  // "...", "…", and a mark trailing off into one ("!..", "?.." in Russian, "!..." in Spanish).
  if (isEllipsis(text, b.mark, b.markEnd)) return 'ellipsis';
  if (bracketed) return 'parenthetical';
  // The word before the mark, stepping back over a closer that precedes it (`club“.`), and over
  // the space of a mark written apart ("Monday . The", French "quoi ?"): that mark is the word's
  // sentence mark with a spacing slip or a typographic space, and it must read as the same
  // boundary once the space is removed (a spacing fix must not change the segmentation). So must
  // the second mark of one doubled with a space (". .", "! ."), as MT decoding leaves it: once
  // the doubled mark is removed, the first ends the sentence there.
  // Most marks follow a plain word (see isPlainWordBefore), whose bounds are the word scan's.
  const plain = isPlainWordBefore(text, t, word, paraStart);
  // Where the word and its closers end: a mark right there with no word before it is detached.
  let anchor: number;
  let wordStart: number;
  let wordEnd: number;
  if (plain) {
    anchor = b.mark;
    wordEnd = b.mark;
    wordStart = t.start[word];
  } else {
    anchor = wordEndBeforeSpace(text, paraStart, b.mark);
    wordEnd = anchor;
    while (wordEnd > paraStart && isCloser(text.charCodeAt(wordEnd - 1))) wordEnd--;
    wordStart = wordStartBefore(text, paraStart, wordEnd);
  }
  b.wordStart = wordStart;
  b.wordEnd = wordEnd;
  const detached = wordStart === wordEnd && wordEnd === anchor && (wordEnd === paraStart || isInlineSpace(text.charCodeAt(wordEnd - 1)));
  b.spaced = anchor !== b.mark && !detached;
  if (wordStart === wordEnd) {
    if (detached) return 'detached';
    // "Ctrl+. opens the menu": the period is the key that a modifier and "+" name.
    return text.charCodeAt(b.mark - 1) === 43 && b.mark - 1 > paraStart && isWordCharAt(text, b.mark - 2) ? 'abbreviation' : 'end';
  }
  if (b.question) {
    return b.markEnd - b.mark === 1 && text.charCodeAt(b.mark) === 33 && NAMES_WITH_EXCLAMATION.has(text.slice(wordStart, wordEnd).toLowerCase()) ? 'abbreviation' : 'end';
  }
  // Most words before a period are ordinary words that no list holds: told from the text.
  const ordinary = plain && isLowerOrCapitalLetters(t, word) ? isOrdinaryLetters(text, wordStart, wordEnd, t.hash[word], lex) : isOrdinaryWord(text, wordStart, wordEnd, lex);
  if (ordinary) {
    if (endsSpacedAbbreviation(text, paraStart, wordStart, wordEnd)) return 'abbreviation';
    if (clippedBeforeLowercase(text, b, paraStart, wordStart, wordStart, profile, lex)) return 'abbreviation';
    if (isPrintfInteger(text, wordStart, wordEnd)) return printfKind(text, paraStart, wordStart, profile);
    return isLowercaseRomanLabel(text, paraStart, wordStart, wordEnd) ? 'number' : 'end';
  }
  return kindByWord(text, b, paraStart, profile, lex);
}

/**
 * Whether word `word` of the word scan, right before a mark (Marks.sentenceMarkWords; -1: none),
 * is the word classify reads before that mark, without stepping back over the text: an ASCII word
 * (letters, digits, and ' or - between them) or one of cased letters only, that starts its
 * paragraph or follows a space. Such a word ends right at the mark (a combining mark after it is
 * part of it), and those are the bounds the steps back would find: all its characters are word
 * characters to them (a cased letter, and a diacritic on one, is a letter to isWordCharAt), no closer or space stands
 * between it and the mark, and a space is none of the characters they take into a word.
 */
function isPlainWordBefore(text: string, t: Tokens, word: number, paraStart: number): boolean {
  if (word < 0 || (t.info[word] & (Info.NonAscii | Info.Cased)) === Info.NonAscii) return false;
  const start = t.start[word];
  return start === paraStart || text.charCodeAt(start - 1) === 32;
}

/**
 * Start of the word that ends at `wordEnd`, stepping back over its characters, the periods,
 * hyphens, apostrophes, ampersands and slashes within it ("U.S", "AT&T", "and/or"), an underscore
 * between letters (GTK's keyboard accelerator, "Not_if.", or an identifier's), and the colon or
 * comma of a time or decimal; then forward over leading hyphens, slashes and periods, which
 * belong to the context.
 */
function wordStartBefore(text: string, paraStart: number, wordEnd: number): number {
  let wordStart = wordEnd;
  while (wordStart > paraStart) {
    const c = text.charCodeAt(wordStart - 1);
    if (isWordCharAt(text, wordStart - 1) || c === 46 || c === 45 || c === 39 || c === 0x2019 || c === 38 || c === 47) wordStart--;
    else if (c === 95 && wordStart - 2 >= paraStart && isLetterAt(text, wordStart - 2) && isLetterAt(text, wordStart)) wordStart--;
    // A time or a decimal with a comma is one number: "12:39", "12,5".
    else if ((c === 58 || c === 44) && isDigit(text.charCodeAt(wordStart)) && wordStart - 2 >= paraStart && isDigit(text.charCodeAt(wordStart - 2))) wordStart--;
    else break;
  }
  // (Stepped from one before, so that every word runs the step: few words start with one.)
  wordStart--;
  do wordStart++;
  while (wordStart < wordEnd && !isWordCharAt(text, wordStart));
  return wordStart;
}

/**
 * The kind of the period after b's word, where isOrdinaryWord cannot tell it (apart from
 * classify so that classify, which every mark runs, stays small: it is optimised sooner, and
 * compiled faster).
 */
function kindByWord(text: string, b: Boundary, paraStart: number, profile: LanguageProfile, lex: Lexicon): BoundaryKind {
  const { wordStart, wordEnd } = b;
  const word = text.slice(wordStart, wordEnd);
  const kind = periodKind(word, text, paraStart, wordStart, profile, lex);
  if (kind !== 'end') return kind;
  // The last part of a hyphenated word: "Audio-Abspielgeschw. anpassen".
  if (clippedBeforeLowercase(text, b, paraStart, wordStart, wordStart + Math.max(word.lastIndexOf('-'), word.lastIndexOf('/')) + 1, profile, lex)) return 'abbreviation';
  const folded = word.toLowerCase();
  // A clipped month or weekday in a date: "el 3 de Set. se celebró", "dom. 25 set.", "Lun. 15".
  if (lex.dateAbbreviations.has(folded) && (isDigit(text.charCodeAt(b.next)) || followsDay(text, paraStart, wordStart, lex.functionWords))) return 'abbreviation';
  // A clipped number scale after a number: "230 tūkst. tonų", "35 mia. dollar".
  if (lex.scaleAbbreviations.has(folded) && followsNumber(text, paraStart, wordStart)) return 'abbreviation';
  if (endsSpacedAbbreviation(text, paraStart, wordStart, wordEnd)) return 'abbreviation';
  if (lex.multiPartTails.has(folded) && endsMultiPartAbbreviation(text, paraStart, wordStart, word, lex)) return 'abbreviation';
  return 'end';
}

/**
 * The kind of boundary `b` (classified as `kind`) once a lowercase word after it is read (when
 * `lowercaseNext`): an abbreviation that is also a word of the language ("no." for number) is the
 * word when an ordinary lowercase word follows ("there is no. doubt"), not a number ("no. 5"), a
 * placeholder ("no. …"), another abbreviation ("no. p.") or a function word ("no. is 5"). A
 * question that was opened inside the sentence ("¿qué haces? y") or ends a title ("Who Wants to
 * Be a Millionaire? was") does not end the sentence around it. Asked of every boundary, so that
 * the scan's optimised loop has seen the call before the rare boundary that needs it comes.
 */
function kindBeforeLowercase(
  text: string,
  b: Boundary,
  kind: BoundaryKind,
  lowercaseNext: boolean,
  paraStart: number,
  paraEnd: number,
  sentenceStart: number,
  inverted: number,
  profile: LanguageProfile,
  lexicon: Lexicon,
): BoundaryKind {
  if (!lowercaseNext) return kind;
  const next = b.next;
  if (kind === 'abbreviation') {
    const word = text.slice(b.wordStart, b.wordEnd);
    // Not the last part of one of several words ("García et al. muestran", Spanish "al" = "a el").
    const lastPart = lexicon.multiPartTails.has(word) && endsMultiPartAbbreviation(text, sentenceStart, b.wordStart, word, lexicon);
    if (lexicon.functionWords.has(word) && !lastPart && followedByOrdinaryWord(text, next, paraEnd, lexicon)) kind = 'end';
  }
  if (kind === 'end' && b.question) {
    if ((inverted >= sentenceStart && hasWordBetween(text, sentenceStart, inverted)) || (!profile.capitalisedNouns && endsTitle(text, sentenceStart, b.wordEnd, lexicon))) return 'parenthetical';
  }
  if (kind === 'end' && opensBracketClipped(text, b, lexicon)) return 'abbreviation';
  if (kind === 'end' && abbreviatesGenus(text, b, paraStart, lexicon)) return 'abbreviation';
  return kind;
}

/** How far back in its paragraph abbreviatesGenus looks for the genus written in full (an abstract's length). */
const GENUS_REACH = 3000;
/** Shortest species epithet abbreviatesGenus reads after an abbreviated genus. */
const EPITHET_MIN_LENGTH = 4;

/**
 * Whether b's word is a genus abbreviated in a binomial name, its species epithet after the period
 * ("Ae. albopictus", "Sa. purpureus", French "d’Ae. albopictus"; one letter, "E. coli", is an
 * initial already): a capital and one lowercase letter, no function word of the language, before
 * a lowercase word of four letters or more that is none either, where the paragraph wrote a genus
 * with those first letters in full before, as nomenclature does at a name's first mention ("Aedes
 * albopictus", "Sabethes chloropterus": a longer capitalised word, then a lowercase word that is no
 * function word). A name that ends a sentence the translation broke ("with Li. cooperation") has
 * no such word before it.
 */
function abbreviatesGenus(text: string, b: Boundary, paraStart: number, lex: Lexicon): boolean {
  let start = b.wordEnd - 2;
  if (start < b.wordStart || !isUpperAt(text, start) || !isLowerAt(text, start + 1)) return false;
  // The word itself, or an elided article and it ("d’Ae").
  if (start > b.wordStart) {
    const c = text.charCodeAt(start - 1);
    if (c !== 39 && c !== 0x2019) return false;
  }
  const genus = text.slice(start, b.wordEnd);
  if (lex.functionWords.has(genus.toLowerCase()) || !isEpithetAt(text, b.next, lex)) return false;
  const from = Math.max(paraStart, start - GENUS_REACH);
  for (let i = text.lastIndexOf(genus, start - 1); i >= from; i = i > 0 ? text.lastIndexOf(genus, i - 1) : -1) {
    if (i > paraStart && isLetterAt(text, i - 1)) continue;
    let j = i + genus.length;
    while (j < text.length && isLowerAt(text, j)) j++;
    if (j > i + genus.length && text.charCodeAt(j) === 32 && isEpithetAt(text, j + 1, lex)) return true;
  }
  return false;
}

/** Whether a lowercase word of EPITHET_MIN_LENGTH letters or more, no function word of the language, starts at `i`. */
function isEpithetAt(text: string, i: number, lex: Lexicon): boolean {
  let j = i;
  while (j < text.length && isLowerAt(text, j)) j++;
  return j - i >= EPITHET_MIN_LENGTH && !isLetterAt(text, j) && !lex.functionWords.has(text.slice(i, j));
}

/**
 * Whether b's word opens a bracket, is short and lowercase, and its period follows it: a clipped
 * word ("(ex. une appli", "(vgl. oben)", "(ca. 30", "(resp. les"), since no bracket opens with a
 * sentence of one word that the next goes on from in lowercase. A function word of the language
 * is left to be a word.
 */
function opensBracketClipped(text: string, b: Boundary, lexicon: Lexicon): boolean {
  const before = text.charCodeAt(b.wordStart - 1);
  if ((before !== 40 && before !== 91) || text.charCodeAt(b.wordEnd) !== 46 || b.wordEnd - b.wordStart > 6) return false;
  const word = text.slice(b.wordStart, b.wordEnd);
  return word !== word.toUpperCase() && word === word.toLowerCase() && !lexicon.functionWords.has(word);
}

/** Whether the mark run text[mark, markEnd) holds "…" or two periods in a row. */
function isEllipsis(text: string, mark: number, markEnd: number): boolean {
  for (let i = mark; i < markEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2026 || (c === 46 && i + 1 < markEnd && text.charCodeAt(i + 1) === 46)) return true;
  }
  return false;
}

function isSentenceMark(c: number): boolean {
  return c === 46 || c === 33 || c === 63;
}

/**
 * End of the word (or its closers) before a mark written apart from it ("Monday . The", French
 * "quoi ?", ". ." doubled by MT decoding): `mark` itself when the mark is not written apart.
 */
function wordEndBeforeSpace(text: string, paraStart: number, mark: number): number {
  const spaceStart = spaceBefore(text, paraStart, mark);
  if (spaceStart === mark || spaceStart === paraStart) return mark;
  let end = spaceStart;
  if (isSentenceMark(text.charCodeAt(end - 1))) {
    const first = end - 1;
    // The first mark's run, with a comma typed before it (",. ." reads ". ." once the comma goes).
    while (end > paraStart && (isSentenceMark(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 44)) end--;
    // Not a spaced ellipsis (". . .": the first mark stands apart too) nor one typed short ("... .").
    if (text.slice(end, first + 1).includes('..')) end = paraStart;
  }
  return end > paraStart && (isWordCharAt(text, end - 1) || isCloser(text.charCodeAt(end - 1))) ? end : mark;
}

/**
 * Start of the white space right before a mark written apart from its word: one or two spaces
 * (plain, no-break or narrow no-break); a tab or a wider gap separates cells, not a word from its
 * mark. `mark` when no such space is there.
 */
function spaceBefore(text: string, paraStart: number, mark: number): number {
  let i = mark;
  while (i > paraStart && mark - i < 2 && isInlineSpace(text.charCodeAt(i - 1)) && text.charCodeAt(i - 1) !== 9) i--;
  return i > paraStart && isInlineSpace(text.charCodeAt(i - 1)) ? mark : i;
}

/**
 * The edit that joins two sentences at boundary `b`: the mark goes, and with it, for a mark
 * written apart, everything between the word (and its closers) and the mark ("ended . the" →
 * "ended the", "ended. . the" → "ended the").
 */
export function joinEdit(text: string, b: Boundary): { start: number; end: number; text: string } {
  let start = b.mark;
  if (b.spaced) {
    start = b.wordEnd;
    while (start < b.mark && isCloser(text.charCodeAt(start))) start++;
  }
  return { start, end: b.markEnd, text: '' };
}

/**
 * Whether `word` ends an abbreviation written in parts with spaces: "EE. UU.", "p. ej.", "par ex.",
 * "av. J.-C.", "a. e. c.". Joins up to two words before it (with their periods) and looks the
 * result up.
 */
function endsMultiPartAbbreviation(text: string, paraStart: number, wordStart: number, word: string, lex: Lexicon): boolean {
  let joined = word;
  let i = wordStart;
  for (let parts = 0; parts < 2; parts++) {
    let end = i;
    while (end > paraStart && isInlineSpace(text.charCodeAt(end - 1))) end--;
    if (end === i || end === paraStart) return false;
    let start = end;
    while (start > paraStart && end - start <= 8 && !isInlineSpace(text.charCodeAt(start - 1)) && !isOpener(text.charCodeAt(start - 1))) start--;
    if (end - start > 8) return false;
    const part = text.slice(start, end);
    joined = part.endsWith('.') ? part + joined : `${part} ${joined}`;
    const key = joinParts(joined);
    if (lex.abbreviations.has(key.toLowerCase()) || lex.caseSensitiveAbbreviations.has(key)) return true;
    i = start;
  }
  return false;
}

const SPACED_ABBREVIATION_HEAD = lazyRegExp(String.raw`(?:^|[\s(])\p{L}\p{M}*\.\s$`, 'u');

/**
 * Whether the word text[wordStart, wordEnd) is the tail of a spaced abbreviation: "p. ex.", "d.
 * h.", "т. е." (one letter, period, short word). The regex only where a period stands two before.
 */
function endsSpacedAbbreviation(text: string, paraStart: number, wordStart: number, wordEnd: number): boolean {
  return wordEnd - wordStart <= 3 && text.charCodeAt(wordStart - 2) === 46 && SPACED_ABBREVIATION_HEAD().test(text.slice(Math.max(paraStart, wordStart - 4), wordStart));
}

/**
 * Whether the word text[start, end) before a period is one that periodKind and the date and
 * multi-part checks of classify read as an ordinary word, told without a copy of it: two letters
 * or more (cased, folded as toLowerCase folds them: then its wordHash is that of its lowercase),
 * not all Roman digits, with a vowel if it is short enough to look abbreviated, in a
 * language whose words need not end in a vowel (isClipped), and whose hash no list entry has.
 * False sends the word to the full reading, so a hash shared by chance costs only time.
 */
function isOrdinaryWord(text: string, start: number, end: number, lex: Lexicon): boolean {
  const length = end - start;
  if (length < 2 || lex.vowelFinal) return false;
  let vowel = length > LOOKS_ABBREVIATED_MAX_LENGTH;
  let roman = true;
  // Hashed in the same pass (a cased letter is never ’, which wordHashAt reads as ').
  let hash = WORD_HASH_BASIS;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!foldsLikeToLowerCase(c)) return false;
    if (!vowel) vowel = isVowel(c);
    if (roman) roman = isRomanDigit(c);
    hash = wordHashStep(hash, c);
  }
  return vowel && !roman && lex.abbreviationHashes[hash & HASH_TABLE_MASK] === 0;
}

/**
 * Whether plain word `word` (isPlainWordBefore) is ASCII letters only, in lowercase or capitalised:
 * then every letter folds as toLowerCase folds it, the word is no Roman numeral, and the word
 * scan's hash is its wordHash, all that isOrdinaryWord reads the text for but its vowels
 * (isOrdinaryLetters).
 */
function isLowerOrCapitalLetters(t: Tokens, word: number): boolean {
  const info = t.info[word];
  const shape = info & Info.ShapeMask;
  return (info & (Info.NonAscii | Info.Cased)) === Info.Cased && (shape === Info.ShapeLower || shape === Info.ShapeCapital);
}

/** isOrdinaryWord of a word isLowerOrCapitalLetters, whose wordHash is `hash`. */
function isOrdinaryLetters(text: string, start: number, end: number, hash: number, lex: Lexicon): boolean {
  if (end - start < 2 || lex.vowelFinal) return false;
  let vowel = end - start > LOOKS_ABBREVIATED_MAX_LENGTH;
  for (let i = start; !vowel && i < end; i++) vowel = isVowel(text.charCodeAt(i));
  return vowel && lex.abbreviationHashes[hash & HASH_TABLE_MASK] === 0;
}

function isDayAndMonth(word: string): boolean {
  const m = DAY_MONTH.exec(word);
  if (!m) return false;
  const day = Number(m[1]);
  const month = Number(m[2]);
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** Whether the word before `wordStart` is a number or Roman numeral ("1990 г.", "XIX в."). */
function followsNumber(text: string, paraStart: number, wordStart: number): boolean {
  let end = wordStart;
  while (end > paraStart && isInlineSpace(text.charCodeAt(end - 1))) end--;
  if (end === wordStart) return false;
  let start = end;
  while (start > paraStart && end - start < 8 && !isInlineSpace(text.charCodeAt(start - 1))) start--;
  return start < end && (isDigit(text.charCodeAt(end - 1)) || (isRomanDigit(text.charCodeAt(start)) && ROMAN.test(text.slice(start, end))));
}

/**
 * Whether the letter at `wordStart`, before its period, stands next to another lone letter with a
 * period, before or after it over inline spaces: a run of initials ("a. s.", "t. j.").
 */
function inInitials(text: string, paraStart: number, wordStart: number): boolean {
  const loneLetterWithPeriod = (i: number) => isLetterAt(text, i) && text.charCodeAt(i + 1) === 46 && (i === paraStart || !isLetterAt(text, i - 1)) && !isLetterAt(text, i + 2);
  let after = wordStart + 2;
  while (after < text.length && isInlineSpace(text.charCodeAt(after))) after++;
  if (after > wordStart + 2 && loneLetterWithPeriod(after)) return true;
  let before = wordStart;
  while (before > paraStart && isInlineSpace(text.charCodeAt(before - 1))) before--;
  return before < wordStart && before - 2 >= paraStart && loneLetterWithPeriod(before - 2);
}

/** One of the letters of Roman numerals: I V X L C D M. */
function isRomanDigit(c: number): boolean {
  return c === 73 || c === 86 || c === 88 || c === 76 || c === 67 || c === 68 || c === 77;
}

/**
 * Whether text[wordStart, wordEnd) is a Roman numeral in lowercase that labels a list item ("ii. a
 * copyright notice;", "(iv. the lessee"): elsewhere "mix." and "dim." are words.
 */
function isLowercaseRomanLabel(text: string, paraStart: number, wordStart: number, wordEnd: number): boolean {
  if (wordEnd - wordStart > LOWERCASE_ROMAN_MAX_LENGTH) return false;
  for (let i = wordStart; i < wordEnd; i++) if (!isRomanDigit(text.charCodeAt(i) - 32)) return false;
  return ROMAN.test(text.slice(wordStart, wordEnd).toUpperCase()) && opensItem(text, paraStart, wordStart);
}

/** Longest lowercase Roman numeral read as a list label ("viii"). */
const LOWERCASE_ROMAN_MAX_LENGTH = 4;

/** Whether `word` is a Roman numeral (the regex only for words that start like one: it runs once per sentence mark). */
function isRoman(word: string): boolean {
  return isRomanDigit(word.charCodeAt(0)) && ROMAN.test(word);
}

/**
 * Whether a number stands before `wordStart`, as a day before its month: "25 set.", "5. led.",
 * "3 de Set." (over one function word of the language).
 */
function followsDay(text: string, paraStart: number, wordStart: number, skippable?: ReadonlySet<string>): boolean {
  let end = wordStart;
  while (end > paraStart && isInlineSpace(text.charCodeAt(end - 1))) end--;
  if (end === wordStart || end === paraStart) return false;
  if (text.charCodeAt(end - 1) === 46) end--;
  if (isDigit(text.charCodeAt(end - 1))) return true;
  let start = end;
  while (start > paraStart && isLetterAt(text, start - 1)) start--;
  return skippable !== undefined && start < end && skippable.has(text.slice(start, end).toLowerCase()) && followsDay(text, paraStart, start);
}

/**
 * Whether white space in text[from, to) separates table cells or columns rather than words: a tab,
 * or a run of three spaces or more ("0. integrated\t\t0. management", two columns of a poem laid
 * side by side). A sentence does not go on across it.
 */
export function separatesCells(text: string, from: number, to: number): boolean {
  let spaces = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 9) return true;
    spaces = c === 32 ? spaces + 1 : 0;
    if (spaces >= 3) return true;
  }
  return false;
}

/** Whether the word at `wordStart` opens the paragraph or a cell, or follows "(", ";" or ":" (a list label). */
export function opensItem(text: string, paraStart: number, wordStart: number): boolean {
  let i = wordStart;
  while (i > paraStart && (isInlineSpace(text.charCodeAt(i - 1)) || isOpener(text.charCodeAt(i - 1)))) {
    if (text.charCodeAt(i - 1) === 40 || text.charCodeAt(i - 1) === 91) return true;
    i--;
  }
  // After an amendment's opening marker, a bracket and its number ("[1 6. le droit", Belgian
  // consolidated laws): the label opens the inserted item.
  if (i < wordStart) {
    let d = i;
    while (d > paraStart && isDigit(text.charCodeAt(d - 1))) d--;
    if (d < i && d > paraStart && text.charCodeAt(d - 1) === 91) return true;
  }
  if (i < wordStart && separatesCells(text, i, wordStart)) return true;
  if (i === paraStart) return true;
  const c = text.charCodeAt(i - 1);
  return c === 59 || c === 58;
}

/**
 * Whether a lowercase letter follows `i` after inline spaces: an inline label is only asked about
 * before one, so that a sentence after it ("… 3. Meglio un sonnellino …") still counts as a
 * capitalised start where paragraphStyle weighs a paragraph's habit.
 */
function goesOnLowercase(text: string, i: number): boolean {
  while (i < text.length && isInlineSpace(text.charCodeAt(i))) i++;
  return isLowerAt(text, i);
}

/** How far back in its paragraph the label before an inline item's label is looked for. */
const NUMBERING_REACH = 600;

/**
 * Whether the number `digits` before a period labels the next item of a list run inline, as the
 * label one below it did earlier in the paragraph, opening an item ("two claims: 1. that Huh? is
 * universal, and 2. that it is a word"): the numbering, not the period, is what goes on. A number
 * that ended a sentence before ("paid 1. then … cost 2. the") labels nothing.
 */
function continuesNumbering(text: string, paraStart: number, wordStart: number, digits: string): boolean {
  const n = Number(digits);
  if (n < 2 || n > 20 || digits.charCodeAt(0) === 48) return false;
  const label = `${n - 1}.`;
  const from = Math.max(paraStart, wordStart - NUMBERING_REACH);
  for (let i = text.lastIndexOf(label, wordStart - 1); i >= from; i = text.lastIndexOf(label, i - 1)) {
    // That label opens an item itself (after ":", "(" or at the paragraph start) or continues the numbering.
    const bare = i === paraStart || !isDigit(text.charCodeAt(i - 1));
    if (bare && isInlineSpace(text.charCodeAt(i + label.length)) && (opensItem(text, paraStart, i) || continuesNumbering(text, paraStart, i, String(n - 1)))) return true;
    if (i === 0) break;
  }
  return false;
}

/**
 * What the word text[wordStart, …) before a single period makes of it. Whether the word labels a
 * list item (opensItem: "a." and "4." do) and whether a number precedes it (followsNumber) are read
 * back from the text only where they decide: most words here are neither numbers nor single letters.
 */
function periodKind(word: string, text: string, paraStart: number, wordStart: number, profile: LanguageProfile, lex: Lexicon): BoundaryKind {
  // Times, decimals and dates end sentences like words do ("at 12:39. he", "6.00. then"),
  // except a list label ("1.2. the scope"), a day and month written the European way ("am 16.3.
  // kam er", "le 18.01. par courrier"), and in Croatian a whole date ("1.2.2023. godine").
  if (isDigit(word.charCodeAt(0)) && NUMBER_WITH_SEPARATORS.test(word)) {
    if (opensItem(text, paraStart, wordStart)) return 'number';
    if (isDayAndMonth(word) || (profile.yearOrdinals === true && DAY_MONTH_YEAR.test(word))) return 'number';
    return 'end';
  }
  // Inner periods: "U.S", "e.g", "a.m", "s.r.o", "twitter.com".
  if (word.includes('.')) return 'abbreviation';
  const dash = Math.max(word.lastIndexOf('-'), word.lastIndexOf('/'));
  const tail = dash >= 0 ? word.slice(dash + 1) : word;
  // "alt-. cycles through the arguments": the period is the key a modifier and a hyphen name; a
  // hyphen never ends a sentence's last word.
  if (tail.length === 0) return text.charCodeAt(wordStart + word.length - 1) === 45 ? 'abbreviation' : 'end';
  const first = tail.charCodeAt(0);
  if (isDigit(first)) {
    if (DIGITS.test(tail)) {
      const ordinal = profile.ordinalDot && (tail.length < 4 || profile.yearOrdinals === true);
      return ordinal || opensItem(text, paraStart, wordStart) || (goesOnLowercase(text, wordStart + word.length + 1) && continuesNumbering(text, paraStart, wordStart, tail)) ? 'number' : 'end';
    }
    return NUMBERISH_SHORT_SUFFIX().test(tail) ? 'abbreviation' : 'end';
  }
  if (isPrintfInteger(text, wordStart, wordStart + word.length)) return printfKind(text, paraStart, wordStart, profile);
  // (One letter with its diacritics, decomposed or not: "č" is "c" and U+030C in NFD.)
  // An elided article is not part of the abbreviation or the initial: Italian "dell'avv.", French "l'art.", "d’E. maculatus".
  const elided = tail.slice(Math.max(tail.lastIndexOf("'"), tail.lastIndexOf('\u2019')) + 1);
  if (elided !== tail && elided.length === 1 && isUpperAt(elided, 0)) return 'initial';
  if (charactersIn(tail, 0, tail.length) === 1 || (tail.length === 2 && !isLetterAt(tail, 1))) {
    // A one-letter word of the language ("a", "в", "v") ends a sentence like any other word,
    // unless it labels a list item, or the language abbreviates it after a number ("XIX в." век),
    // which without a profile's abbreviations may be the case of any (Bulgarian "XIX в.", Slovak "13 s." storočie).
    const lower = tail.toLowerCase();
    // Nor, without a profile's abbreviations, in a run of spaced initials ("a. s." akciová
    // spoločnosť, "t. j.", "s. r. o."), where each letter abbreviates a word.
    const mayAbbreviate = lex.abbreviations.has(lower) || !lex.profiled;
    if (
      tail === word &&
      tail === lower &&
      lex.knownWords.has(lower) &&
      !(mayAbbreviate && followsNumber(text, paraStart, wordStart)) &&
      !(!lex.profiled && inInitials(text, paraStart, wordStart)) &&
      !opensItem(text, paraStart, wordStart)
    )
      return 'end';
    return 'initial';
  }
  if (isRoman(tail)) return 'number';
  // Most words have no prefix and no elision: each distinct form is lowercased and looked up once.
  if (
    lex.abbreviations.has(tail.toLowerCase()) ||
    (elided !== tail && lex.abbreviations.has(elided.toLowerCase())) ||
    (word !== tail && lex.abbreviations.has(word.toLowerCase())) ||
    lex.caseSensitiveAbbreviations.has(tail) ||
    (elided !== tail && lex.caseSensitiveAbbreviations.has(elided))
  ) {
    return 'abbreviation';
  }
  // A word of the language that looks abbreviated ("vs" is an abbreviation; Welsh "rhwng", Bulgarian "към" are words).
  if (looksAbbreviated(tail, lex) && !lex.knownWords.has(tail.toLowerCase())) return 'abbreviation';
  if (lex.vowelFinal && isClipped(tail, lex)) return 'abbreviation';
  return 'end';
}

/**
 * Whether b's word (from `wordStart`; `start` is its last part) is clipped (endsClipped) and a
 * lowercase word goes on after the period: before a capital a sentence may end there
 * ("Reinhardt. The"), and that reading is kept. Where the language writes only names and sentence
 * openers with a capital, a capitalised word inside a paragraph is a name ("met Reinhardt. and",
 * a real break) and only a paragraph's first word, a label's, is read as clipped ("Afspeelsnelh. aanpassen").
 */
function clippedBeforeLowercase(text: string, b: Boundary, paraStart: number, wordStart: number, start: number, profile: LanguageProfile, lex: Lexicon): boolean {
  if (lex.wordEndings === undefined || !isLowerAt(text, b.next)) return false;
  if (!profile.capitalisedNouns && isUpperAt(text, wordStart) && !isFirstWord(text, paraStart, wordStart)) return false;
  return endsClipped(text, start, b.wordEnd, lex.wordEndings);
}

/** Shortest word endsClipped reads: a clipped compound ("Abspielgeschw."), not a short name ("Bush."). */
const CLIPPED_COMPOUND_MIN_LENGTH = 8;

/**
 * Whether the long word text[start, end), of letters, ends in two consonants that no word of the language ends in
 * (`endings`, Lexicon.wordEndings): cut inside a consonant cluster, as compounds are clipped
 * (German "Abspielgeschw." Abspielgeschwindigkeit, "Einstellg."), where a word's vowels say nothing.
 */
function endsClipped(text: string, start: number, end: number, endings: ReadonlySet<string>): boolean {
  if (end - start < CLIPPED_COMPOUND_MIN_LENGTH) return false;
  // Read composed: in decomposed text the last unit of "bayılmış" is a cedilla, no vowel, and its
  // last two units no ending of the language (findings in NFD are those in NFC).
  const word = text.slice(start, end).normalize('NFC');
  const n = word.length;
  if (n < CLIPPED_COMPOUND_MIN_LENGTH || isVowel(word.charCodeAt(n - 1)) || isVowel(word.charCodeAt(n - 2))) return false;
  // Letters, capitalised at most: "NortonLifeLock" is a name.
  for (let i = 0; i < n; i++) if (!isLetterAt(word, i) || (i > 0 && isUpperAt(word, i))) return false;
  return !endings.has(word.slice(n - 2).toLowerCase());
}

/**
 * Where the language's own words end in a vowel (Italian), a lowercase word of three letters or
 * more that ends in a consonant and is not a function word of the language is clipped: "meteor.",
 * "idraul.", "dott.". Capitalised words (names, loanwords) are left to the lists.
 */
function isClipped(word: string, lex: Lexicon): boolean {
  if (word.length < 3 || !isLowerAt(word, 0) || LATIN_VOWELS.test(word.charAt(word.length - 1))) return false;
  return isLetterAt(word, word.length - 1) && !lex.functionWords.has(word);
}

/**
 * Whether the word text[start, end) before a period reads as a whole word even where the
 * language's abbreviations are unknown (a registry language without a full profile): letters only,
 * one of them lowercase (no acronym or Roman numeral), and five or more of them, or four ending in
 * a vowel. Abbreviations are cut before a vowel ("esim.", "inkl.", "resp.") or made of a few
 * initials ("jne.", "stb.", "dll."); the words that end sentences are mostly longer.
 */
export function isWholeWord(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 4 || (length === 4 && !isVowel(text.charCodeAt(end - 1)))) return false;
  let lower = false;
  for (let i = start; i < end; i++) {
    if (!isLetterAt(text, i)) return false;
    if (!lower) lower = isLowerAt(text, i);
  }
  return lower;
}

/**
 * Whether the word text[start, end) before a period is an acronym: two capitals or more and no
 * other character ("USA", "NHS", "САД"), not a Roman numeral (an ordinal: "a XX. században")
 * nor a letter doubled (Spanish and Galician plural abbreviations: "EE. UU.", "FF. AA.").
 * Acronyms end sentences in every cased language ("EU. ends", see looksAbbreviated); an
 * abbreviation is clipped in lowercase or written with inner periods ("U.S.").
 */
export function isAcronym(text: string, start: number, end: number): boolean {
  if (end - start < 2 || (end - start === 2 && text.charCodeAt(start) === text.charCodeAt(start + 1))) return false;
  for (let i = start; i < end; i++) if (!isUpperAt(text, i)) return false;
  return !isRoman(text.slice(start, end));
}

/** Longest word looksAbbreviated takes for an abbreviation. */
const LOOKS_ABBREVIATED_MAX_LENGTH = 5;

/**
 * A short word with no vowel and at least one lowercase letter is an abbreviation in every cased
 * language ("Ltd", "pcs", "sq", "Mgr", "млн"); all-capital ones are acronyms that end sentences.
 */
export function looksAbbreviated(word: string, lex: Lexicon): boolean {
  if (word.length > LOOKS_ABBREVIATED_MAX_LENGTH) return false;
  let hasLower = false;
  for (let i = 0; i < word.length; i++) {
    if (!isLetterAt(word, i)) return false;
    if (isLowerAt(word, i)) hasLower = true;
  }
  if (!hasLower || !inVowelKnownScripts(word)) return false;
  for (let i = 0; i < word.length; i++) if (isVowel(word.charCodeAt(i))) return false;
  if (lex.syllabicConsonants && SYLLABIC.test(word)) return false;
  return true;
}

/** Whether code unit c is one of the vowels listed in LATIN_VOWELS, CYRILLIC_VOWELS, GREEK_VOWELS, ARMENIAN_VOWELS or EXTRA_VOWELS, or one of them with a mark. */
export function isVowel(c: number): boolean {
  const v = VOWEL_UNITS[c];
  return v !== 0 ? v === 1 : learnVowel(c);
}

/** isVowel of a code unit met for the first time; out of line, so that its regex tests are not compiled into isVowel's callers. */
function learnVowel(c: number): boolean {
  const s = String.fromCharCode(c);
  const base = s.normalize('NFD').charAt(0);
  const vowel = LATIN_VOWELS.test(s) || CYRILLIC_VOWELS.test(s) || GREEK_VOWELS.test(s) || ARMENIAN_VOWELS.test(s) || EXTRA_VOWELS.test(base) || (base !== s && isVowel(base.charCodeAt(0)));
  VOWEL_UNITS[c] = vowel ? 1 : 2;
  return vowel;
}

/** Helpers for rules reading what follows a boundary. */
export interface NextWord {
  start: number;
  /** End of the word's letters. */
  end: number;
  /** End of the whitespace-delimited token ("twitter.com/x", "no.", "m3,"). */
  tokenEnd: number;
}

/** The word at `from` (a boundary's `next`), up to `paraEnd`. */
export function nextWord(text: string, from: number, paraEnd: number): NextWord | undefined {
  let start = from;
  if (start >= paraEnd) return undefined;
  let end = start;
  while (end < paraEnd && (isWordCharAt(text, end) || text.charCodeAt(end) === 39 || text.charCodeAt(end) === 0x2019 || text.charCodeAt(end) === 45)) end++;
  let tokenEnd = end;
  while (tokenEnd < paraEnd && !isInlineSpace(text.charCodeAt(tokenEnd))) tokenEnd++;
  // Trailing apostrophes or hyphens are punctuation. (One return for a word and for none: a second
  // one, first reached late in a scan, threw away the compiled code of the scan around it.)
  while (end > start + 1 && !isWordCharAt(text, end - 1)) end--;
  return { start, end, tokenEnd };
}


/** Longest word learnt from its periods alone: abbreviations are short. */
const LEARNT_MAX_LENGTH = 4;
/** Periods a word needs before it is learnt from them alone (with none missing). */
const LEARNT_MIN_PERIODS = 3;
/** Longest word learnt as a clipped form of a longer word of the document ("atiestat." of "atiestatīt"). */
const CLIPPED_MAX_LENGTH = 8;
/**
 * Letters a word of the document must have past a clipped word to be its full form: more than an
 * inflection or a comparison adds to a whole word ("fast" → "fastest", "work" → "works").
 */
const FULL_FORM_MIN_REST = 4;
/**
 * Occurrences of full forms a clipped word needs: the term is one the document uses throughout (a
 * user interface writes "Animation" everywhere and clips it where a label is short), not a longer
 * word that happens to start like it once ("rest" and "restaurant", "сам" and "самостоятельно").
 */
const FULL_FORM_MIN_OCCURRENCES = 3;
/**
 * A clipped word shorter than this needs more than one period: a word of two or three letters
 * starts some longer word of a large document by chance ("пор", "sam", "pen"), as Punkt weighs a
 * short type's evidence by its length.
 */
const CLIPPED_SHORT = 4;
/**
 * Most words a short unit holds: a label of a user interface ("Pet. descarga", "Einst. speichern"),
 * clipped to fit a button or a tab, which a sentence is not. There a clipped word needs one full
 * form in the document (see learnAbbreviations).
 */
const SHORT_UNIT_MAX_WORDS = 4;
/**
 * Shortest clipped word a short unit's period and one full form let through ("Pet.", "Akt."): two
 * letters start too many words by chance, and a label clipped to them needs more (isClippedUnit).
 */
const CLIPPED_LABEL_MIN_LENGTH = 3;
/**
 * Two-letter labels a document is asked about (isClippedUnit reads all its words for each): a
 * catalogue has a few; a text made of thousands would make the check quadratic. Past them, such a
 * label reads as a sentence break, as it did before any was learnt.
 */
const MAX_CLIPPED_UNITS = 64;

/**
 * Document-local abbreviations, the way Punkt learns them (Kiss & Strunk 2006), by either of two
 * kinds of evidence that the period belongs to the word:
 * - its periods: a short word that ends with a period three times or more and (almost) never
 *   appears without one ("Abb.", "Bsp.", "Verf." in a text that uses them throughout);
 * - its clipping: a word cut after a consonant, of which the document writes the full form ("Föreg."
 *   and "föregående", "interp." and "interpolation", "Верт." and "вертикально"), and which it never
 *   writes without the period inside a sentence (see countOccurrences). Truncated labels of a user
 *   interface and the abbreviations of a domain are used once or twice, too few for the first kind.
 *   A word a translation broke a sentence after ("cooperation. in", "week. the") is a whole word:
 *   the document goes on after it without a period elsewhere, or has no longer word it begins.
 *   In a short unit (isShortUnit: a label, no sentence) one full form is enough, and one period
 *   for a word of three letters: a catalogue clips a term where a label is short ("Pet. descarga"
 *   and "Petición de descarga"), and may write its full form only once. A keyboard accelerator
 *   in the word is no letter of it ("Mi&n."); a word of two letters needs the rest of the label
 *   beside its full form (isClippedUnit).
 * Only words before a period and a lowercase word are candidates, so most documents learn nothing
 * and pay nothing; otherwise one pass over the shared word scan counts them (and the
 * `vowelless` words' candidates: see vowellessCandidates), and another, made only for clipped
 * candidates, looks for their full forms.
 */
function learnAbbreviations(text: string, scan: BoundaryScan, candidates: readonly number[], t: Tokens, profile: LanguageProfile, vowelless: ReadonlyMap<number, number>): void {
  if (candidates.length === 0 && vowelless.size === 0) return;
  const bs = scan.boundaries;
  // Case-folded word hash → its Occurrences.
  const counts = new Map<number, Occurrences>();
  const tokenOf = new Map<number, number>();
  // Candidates whose word holds a keyboard accelerator ("Mi&n.", which the word scan splits): the word without it.
  const accelerated = new Map<number, string>();
  for (const k of candidates) {
    const i = firstTokenAt(t, bs.wordStart[k]);
    let h: number;
    if (i < t.count && t.start[i] === bs.wordStart[k] && endOfWord(t, i) === bs.wordEnd[k]) {
      tokenOf.set(k, i);
      h = t.hash[i];
    } else {
      const word = withoutAccelerator(text, bs.wordStart[k], bs.wordEnd[k]);
      if (word === undefined) continue;
      accelerated.set(k, word);
      h = wordHash(word);
    }
    if (!counts.has(h)) counts.set(h, [0, 0, 0, 0]);
  }
  for (const i of vowelless.values()) if (!counts.has(t.hash[i])) counts.set(t.hash[i], [0, 0, 0, 0]);
  countOccurrences(text, t, counts, profile.bareAbbreviations ? scan : undefined);
  learnAbbreviationsCounted(text, scan, t, profile, counts, tokenOf, accelerated);
  learnVowellessWords(scan, t, vowelless, counts);
}

/** learnAbbreviations once the occurrences of its candidates (tokenOf, accelerated) are counted. */
function learnAbbreviationsCounted(text: string, scan: BoundaryScan, t: Tokens, profile: LanguageProfile, counts: ReadonlyMap<number, Occurrences>, tokenOf: ReadonlyMap<number, number>, accelerated: ReadonlyMap<number, string>): void {
  const bs = scan.boundaries;
  // clipHash → clipped word, for those whose full form is to be looked for.
  const clipped = new Map<number, string>();
  // Candidate → its clipped word's clipHash and the occurrences of full forms it needs.
  const needs = new Map<number, [number, number]>();
  const common = commonWordBit(profile.code);
  let clippedUnitsAsked = 0;
  for (const [k, j] of tokenOf) {
    const [all, withPeriod, inSentence] = counts.get(t.hash[j])!;
    const length = lengthOfWord(t, j);
    // Three times with a period, and without one at most once in ten.
    if (length <= LEARNT_MAX_LENGTH && withPeriod >= LEARNT_MIN_PERIODS && (all - withPeriod) * 10 <= withPeriod) {
      bs.setLearntAbbreviation(k);
      continue;
    }
    if (inSentence !== 0 || (stopwordMask(t.hash[j]) & common) !== 0 || !isClippedShape(text, t, j)) continue;
    const unit = isShortUnit(text, scan, bs.para[k]);
    const label = unit && length >= CLIPPED_LABEL_MIN_LENGTH;
    if (!label && length < CLIPPED_SHORT && withPeriod < 2) {
      if (unit && clippedUnitsAsked++ < MAX_CLIPPED_UNITS && isClippedUnit(text, t, scan, k)) bs.setLearntAbbreviation(k);
      continue;
    }
    const word = text.slice(bs.wordStart[k], bs.wordEnd[k]);
    const key = clipHash(word);
    clipped.set(key, word);
    needs.set(k, [key, label ? 1 : FULL_FORM_MIN_OCCURRENCES]);
  }
  // An accelerator marks a label (a menu item, a button): only a short unit's evidence is asked of it.
  for (const [k, word] of accelerated) {
    const h = wordHash(word);
    if (counts.get(h)![2] !== 0 || (stopwordMask(h) & common) !== 0 || word.length < CLIPPED_LABEL_MIN_LENGTH || !isClippedWord(word) || !isShortUnit(text, scan, bs.para[k])) continue;
    const key = clipHash(word);
    clipped.set(key, word);
    needs.set(k, [key, 1]);
  }
  if (clipped.size === 0) return;
  const found = withFullForms(text, t, clipped);
  for (const [k, [key, need]] of needs) if ((found.get(key) ?? 0) >= need) bs.setLearntAbbreviation(k);
}

/**
 * Whether a label clipped to two letters (boundary k's word, in a short unit), which start some
 * longer word by chance, is a unit of the document with its first word cut: another unit holds a
 * full form of the word and the word that follows it in the label ("Us. conectado" and "Usuario
 * conectado", "Ab. kündigen" and "Abonnement kündigen"). One loop over the words for each such
 * label: they are few.
 */
function isClippedUnit(text: string, t: Tokens, scan: BoundaryScan, k: number): boolean {
  const { boundaries: bs, paragraphs } = scan;
  const p = bs.para[k];
  const next = nextWord(text, bs.next[k], paragraphs.end[p]);
  if (next === undefined) return false;
  const after = wordHashAt(text, next.start, next.end);
  const clipped = text.slice(bs.wordStart[k], bs.wordEnd[k]);
  for (let j = 0; j < t.count; j++) {
    if (lengthOfWord(t, j) < clipped.length + FULL_FORM_MIN_REST || !isFullFormAt(text, t.start[j], clipped.length, clipped)) continue;
    const q = paragraphs.of(t.start[j]);
    if (q !== p && paragraphHolds(t, paragraphs, q, after)) return true;
  }
  return false;
}

/** Whether paragraph q holds a word of hash h. */
function paragraphHolds(t: Tokens, paragraphs: Paragraphs, q: number, h: number): boolean {
  for (let j = firstTokenAt(t, paragraphs.start[q]); j < t.count && t.start[j] < paragraphs.end[q]; j++) if (t.hash[j] === h) return true;
  return false;
}

/**
 * text[start, end) without the keyboard accelerator inside it, where it is letters and one "&"
 * or "_" before a letter (Qt's and Windows' mark, GTK's: "Mi&n", "Not_if"); undefined otherwise.
 */
function withoutAccelerator(text: string, start: number, end: number): string | undefined {
  let mark = start;
  while (mark < end && !isAccelerator(text.charCodeAt(mark))) mark++;
  if (mark <= start || mark + 1 >= end) return undefined;
  const word = text.slice(start, mark) + text.slice(mark + 1, end);
  for (let i = 0; i < word.length; i++) if (!isLetterAt(word, i)) return undefined;
  return word;
}

/** "&" or "_": a keyboard accelerator before a letter in a label. */
function isAccelerator(c: number): boolean {
  return c === 38 || c === 95;
}

/** isClippedShape of a word that no token holds whole (see withoutAccelerator): lowercase or capitalised, ending in a consonant. */
function isClippedWord(word: string): boolean {
  const rest = word.slice(1);
  return rest === rest.toLowerCase() && rest !== rest.toUpperCase() && !isVowel(word.charCodeAt(word.length - 1)) && inVowelKnownScripts(word);
}

/**
 * A code unit folded to match a clipped word with its full form: as the word hash folds it (FOLD),
 * and the Turkish and Azerbaijani "İ" and "ı" as "i", so that "İstat." finds "istatistikler" and
 * "Işıkl." finds "ışıklandırma". toLowerCase, which knows no locale here, makes "İ" two units (i and
 * a combining dot) and "I" an "i", and FOLD leaves "İ" and "ı" apart from "i".
 */
function clipFold(c: number): number {
  return c === 0x130 || c === 0x131 ? 105 : FOLD[c];
}

/** The word hash of `word` over clipFold: the word hash itself for a word without "İ" or "ı". */
function clipHash(word: string): number {
  let h = WORD_HASH_BASIS;
  for (let i = 0; i < word.length; i++) h = wordHashStep(h, clipFold(word.charCodeAt(i)));
  return h;
}

/** Whether text[s, s + word.length) is `word` under clipFold. */
function sameClipped(text: string, s: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (clipFold(text.charCodeAt(s + i)) !== clipFold(word.charCodeAt(i))) return false;
  return true;
}

/**
 * Whether paragraph p is a short unit: SHORT_UNIT_MAX_WORDS words at most and no mark at its end
 * (its last boundary, if any, is followed by more text), as a label of a user interface is written.
 */
function isShortUnit(text: string, scan: BoundaryScan, p: number): boolean {
  const { paragraphs, boundaries } = scan;
  const last = paragraphs.last(p) - 1;
  if (last >= paragraphs.first[p] && boundaries.next[last] >= paragraphs.end[p]) return false;
  return countWords(text, paragraphs.start[p], paragraphs.end[p], SHORT_UNIT_MAX_WORDS) <= SHORT_UNIT_MAX_WORDS;
}

/**
 * Whether the word text[start, end), before a period, is clipped by the document's own weaker
 * evidence, as a translated label clips a term ("Synk." of "synkronoidut", "Фок." of "Фокусно"): a
 * word of a clipped shape (isClippedShape) of CLIPPED_MAX_LENGTH letters at most, which the
 * document writes with a period every time, and which starts a longer word of the document (two
 * letters more at least, whatever letter comes next). Less than learnAbbreviations asks: for a
 * bilingual check to ask where the source has no sentence end either. Cached per word.
 */
export function clippedInDocument(text: string, t: Tokens, start: number, end: number): boolean {
  const i = firstTokenAt(t, start);
  if (i >= t.count || t.start[i] !== start || endOfWord(t, i) !== end) return false;
  let known = clippedCache.get(t);
  if (!known) clippedCache.set(t, (known = new Map()));
  const h = t.hash[i];
  let clipped = known.get(h);
  if (clipped === undefined) {
    clipped = lengthOfWord(t, i) <= CLIPPED_MAX_LENGTH && isClippedShape(text, t, i) && alwaysWithPeriod(text, t, h) && startsLongerWord(text, t, text.slice(start, end));
    known.set(h, clipped);
  }
  return clipped;
}
const clippedCache = new WeakMap<Tokens, Map<number, boolean>>();

function alwaysWithPeriod(text: string, t: Tokens, h: number): boolean {
  const counts = new Map<number, Occurrences>([[h, [0, 0, 0, 0]]]);
  countOccurrences(text, t, counts);
  const [all, withPeriod] = counts.get(h)!;
  return withPeriod === all;
}

/** Whether some word of the document starts with `word` (under clipFold) and goes on for two letters or more. */
function startsLongerWord(text: string, t: Tokens, word: string): boolean {
  const n = word.length;
  const first = clipFold(word.charCodeAt(0));
  for (let j = 0; j < t.count; j++) {
    const s = t.start[j];
    if (clipFold(text.charCodeAt(s)) !== first || lengthOfWord(t, j) < n + 2) continue;
    if (sameClipped(text, s, word)) return true;
  }
  return false;
}

/**
 * Whether word i could be clipped: lowercase or capitalised (not an acronym), ending in a
 * consonant of a script whose vowels are known. Abbreviations are cut before a vowel, after the
 * consonant that closes a syllable ("Anim.", "Föreg.", "внутр."); the words that end sentences
 * end in either.
 */
function isClippedShape(text: string, t: Tokens, i: number): boolean {
  if (!isWordShape(t.info[i])) return false;
  const end = endOfWord(t, i);
  return !isVowel(text.charCodeAt(end - 1)) && inVowelKnownScripts(text.slice(t.start[i], end));
}

/**
 * How often the document writes the full form of each clipped word (clipHash → word; counted up
 * to FULL_FORM_MIN_OCCURRENCES at least): a word that starts with the clipped one and goes on,
 * with a vowel, for FULL_FORM_MIN_REST letters or more. One loop over the words, which turns most
 * of them away by their length and their first two letters. (A function of its own: see
 * countOccurrences.)
 */
function withFullForms(text: string, t: Tokens, clipped: ReadonlyMap<number, string>): Map<number, number> {
  let shortest = CLIPPED_MAX_LENGTH;
  let longest = 0;
  // The first two letters of the clipped words, folded: most words start with none of them.
  const heads = new Uint8Array(HASH_TABLE_MASK + 1);
  for (const word of clipped.values()) {
    shortest = Math.min(shortest, word.length);
    longest = Math.max(longest, word.length);
    heads[headKey(word.charCodeAt(0), word.charCodeAt(1))] = 1;
  }
  const asked = hashTable(clipped.keys());
  // Clipped word hash → occurrences of its full forms.
  const found = new Map<number, number>();
  let complete = 0;
  const { count, start, lengths } = t;
  const minLength = shortest + FULL_FORM_MIN_REST;
  for (let j = nextHeadWord(text, start, lengths, heads, minLength, 0, count); j < count; j = nextHeadWord(text, start, lengths, heads, minLength, j + 1, count)) {
    const s = start[j];
    const top = Math.min(longest, lengthOfWord(t, j) - FULL_FORM_MIN_REST);
    let h = WORD_HASH_BASIS;
    for (let n = 1; n <= top; n++) {
      h = wordHashStep(h, clipFold(text.charCodeAt(s + n - 1)));
      if (n < shortest || asked[h & HASH_TABLE_MASK] === 0 || !isFullFormAt(text, s, n, clipped.get(h))) continue;
      const seen = (found.get(h) ?? 0) + 1;
      found.set(h, seen);
      // Every clipped word has the full forms it needs: the rest of the text can tell no more.
      if (seen === FULL_FORM_MIN_OCCURRENCES && ++complete === clipped.size) return found;
    }
  }
  return found;
}

/**
 * Index of the first word from `from` on that may be a full form: `minLength` units or more (a
 * word too long for its byte reads as long enough here, and is measured after), starting with two
 * units of `heads`; `count` if none. Most words are neither: a loop of its own, which returns right
 * after it (see nextAsked). As the test of the loop over the full forms, the first one found after
 * the JIT had compiled that loop (a Map read never made before) threw the code away, twice over.
 */
function nextHeadWord(text: string, start: Int32Array, lengths: Uint8Array, heads: Uint8Array, minLength: number, from: number, count: number): number {
  let j = from;
  while (j < count && (lengths[j] < minLength || heads[headKey(text.charCodeAt(start[j]), text.charCodeAt(start[j] + 1))] === 0)) j++;
  return j;
}

/** A table index for a word's first two code units, folded as clipHash folds them. */
function headKey(first: number, second: number): number {
  return ((clipFold(first) << 7) ^ clipFold(second)) & HASH_TABLE_MASK;
}

/** Whether the word at `s` starts with `clipped` (n code units, its clipHash matched) and goes on with a vowel. */
function isFullFormAt(text: string, s: number, n: number, clipped: string | undefined): boolean {
  return clipped !== undefined && clipped.length === n && isVowel(text.charCodeAt(s + n)) && sameClipped(text, s, clipped);
}

/**
 * Counts the words of `t` whose hash `counts` holds, into it (see Occurrences): occurrences,
 * occurrences followed by a period, occurrences without one that a lowercase word follows inside
 * the sentence (over a comma at most). The last are Punkt's evidence that a word is a word: a key
 * name or a label written without its period ("Maj+clic", "Anim Skaliraj") proves nothing either
 * way, nor, given the `scan` (of a language that writes clipped words bare:
 * Language.bareAbbreviations), one in a short unit (isShortUnit: a label, "Max storlek", "Indst
 * gemt"), which is counted apart. A loop over every word, in a
 * function of its own, as are the other long loops of the learning passes: a loop
 * run once is optimised while it runs (on-stack replacement), and code after it in the same
 * function, which had never run, threw that code away on the way out, so that the next loop started
 * over unoptimised.
 */
export function countOccurrences(text: string, t: Tokens, counts: ReadonlyMap<number, Occurrences>, scan?: BoundaryScan): void {
  const { count, hash } = t;
  if (counts.size <= SEARCHED_ALONE) {
    const words = hash.subarray(0, count);
    for (const [h, c] of counts) for (let j = words.indexOf(h); j >= 0; j = words.indexOf(h, j + 1)) countOccurrence(text, t, j, c, scan);
    return;
  }
  const asked = hashTable(counts.keys());
  for (let j = nextAsked(hash, asked, 0, count); j < count; j = nextAsked(hash, asked, j + 1, count)) {
    const c = counts.get(hash[j]);
    if (c !== undefined) countOccurrence(text, t, j, c, scan);
  }
}

/**
 * Most words countOccurrences is asked about that are searched for one by one, by the platform's
 * search of the hash column, rather than by one pass of ours over it for all: a pass in the
 * interpreter and then in code compiled on the stack costs more than two native searches (10 MB
 * of English asks about one word: a pass of ours some 80 M instructions, a search 35 M).
 */
const SEARCHED_ALONE = 2;

/** Counts word j of `t` into `c`, its word's Occurrences (see countOccurrences). */
function countOccurrence(text: string, t: Tokens, j: number, c: Occurrences, scan: BoundaryScan | undefined): void {
  // A word repeated in a row ("No. No. No.", a decoding loop or a stutter) is one occurrence.
  if (j + 1 < t.count && t.hash[j + 1] === t.hash[j]) return;
  c[0]++;
  const end = endOfWord(t, j);
  if (text.charCodeAt(end) === 46) c[1]++;
  else if (isWordShape(t.info[j]) && goesOnInLowercase(text, end)) c[scan && isShortUnit(text, scan, scan.paragraphs.of(t.start[j])) ? 3 : 2]++;
}

/**
 * What countOccurrences counts of a word: [occurrences, occurrences followed by a period,
 * occurrences inside a sentence (without one, before a lowercase word), those of them in short
 * units, when the count was asked to set them apart].
 */
export type Occurrences = [number, number, number, number];

/** Whether a word's case shape (`Tokens.info`) is lowercase or capitalised: all capitals are an acronym or a key name ("MAJ pendant"). */
function isWordShape(info: number): boolean {
  const shape = info & Info.ShapeMask;
  return shape === Info.ShapeLower || shape === Info.ShapeCapital;
}

/** Whether a lowercase word follows `i` after white space, over a comma or semicolon at most. */
function goesOnInLowercase(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 44 || c === 59) i++;
  if (!isInlineSpace(text.charCodeAt(i))) return false;
  do i++;
  while (isInlineSpace(text.charCodeAt(i)));
  return isLowerAt(text, i);
}

/**
 * Index of the first word from `from` on whose hash `asked` (a hashTable) may hold, or `count`.
 * The words asked about are few and far between: a loop of its own, which returns right after it.
 * Inside the loop that reads them, the first one reached after the JIT had compiled it (a branch
 * never taken before) threw that code away, and the loop ran unoptimised until compiled again.
 */
function nextAsked(hash: Int32Array, asked: Uint8Array, from: number, count: number): number {
  let j = from;
  while (j < count && asked[hash[j] & HASH_TABLE_MASK] === 0) j++;
  return j;
}

/**
 * Fewest occurrences inside a sentence, without a period and before a lowercase word, that make a
 * vowel-less word a word (learnVowellessWords), and how many times as often as with a period.
 */
const VOWELLESS_WORD_MIN_OCCURRENCES = 3;
const VOWELLESS_WORD_RATIO = 3;
const NO_CANDIDATES: ReadonlyMap<number, number> = new Map();

/**
 * Short words without a vowel that the document writes as words. looksAbbreviated takes a short
 * lowercase word without a vowel before a period for an abbreviation ("pcs.", "sq."), as it is in
 * most cased languages; but a language without a profile, which lists neither its abbreviations
 * nor its words, may have such a word among its most frequent: Tagalog "ng" (of), which a period
 * after then hid ("ang layunin ng. bugso", a stray break). One the document writes inside its
 * sentences without a period, before a lowercase word, VOWELLESS_WORD_MIN_OCCURRENCES times or
 * more and VOWELLESS_WORD_RATIO times as often as with one (Punkt's type evidence, as
 * documentOrthography reads it), is a word, and its period a sentence end like any other's; not
 * after a number, where it is a unit ("12 km. from"). A language with a profile knows its words.
 * Only for boundaries before a lowercase word, the ones a rule asks about: most documents have
 * none, and count nothing. The candidates (boundary → its word's token) are counted in
 * learnAbbreviations' pass over the words, and judged by learnVowellessWords.
 */
function vowellessCandidates(text: string, scan: BoundaryScan, t: Tokens): ReadonlyMap<number, number> {
  const bs = scan.boundaries;
  const lex = scan.lexicon;
  const tokenOf = new Map<number, number>();
  for (let k = 0; k < bs.count; k++) {
    if (bs.kind(k) !== 'abbreviation' || !bs.lowercaseNext(k) || (bs.flags[k] & LEARNT) !== 0) continue;
    const start = bs.wordStart[k];
    const end = bs.wordEnd[k];
    if (end !== bs.mark[k] || bs.markEnd[k] - bs.mark[k] !== 1 || text.charCodeAt(end) !== 46) continue;
    const word = text.slice(start, end);
    if (lex.abbreviations.has(word.toLowerCase()) || !looksAbbreviated(word, lex)) continue;
    const para = scan.paragraphs.start[bs.para[k]];
    if (followsNumber(text, para, start)) continue;
    const i = firstTokenAt(t, start);
    if (i >= t.count || t.start[i] !== start || endOfWord(t, i) !== end) continue;
    tokenOf.set(k, i);
  }
  return tokenOf;
}

/** Learns the vowel-less words of `candidates` (see vowellessCandidates) that `counts` shows the document writes as words. */
function learnVowellessWords(scan: BoundaryScan, t: Tokens, candidates: ReadonlyMap<number, number>, counts: ReadonlyMap<number, Occurrences>): void {
  for (const [k, i] of candidates) {
    const [, withPeriod, inSentence, inShortUnits] = counts.get(t.hash[i])!;
    const inSentences = inSentence + inShortUnits;
    if (inSentences >= VOWELLESS_WORD_MIN_OCCURRENCES && inSentences >= VOWELLESS_WORD_RATIO * withPeriod) scan.boundaries.setLearntEnd(k);
  }
}

/**
 * Whether sentence end `b` is a candidate for learnAbbreviations: a short word of letters (up to
 * LEARNT_MAX_LENGTH, or up to CLIPPED_MAX_LENGTH ending in a consonant), not a function word,
 * before a single period and a lowercase word (`lowercaseNext`). Asked while scanning, where the
 * boundary is at hand.
 */
function mayBeLearntAbbreviation(text: string, b: Boundary, lowercaseNext: boolean, lexicon: Lexicon): boolean {
  if (b.kind !== 'end' || b.question || b.markEnd - b.mark !== 1 || text.charCodeAt(b.mark) !== 46) return false;
  const length = b.wordEnd - b.wordStart;
  if (length < 2 || length > CLIPPED_MAX_LENGTH || b.closeEnd !== b.markEnd || !lowercaseNext) return false;
  // A longer one may only be clipped, cut after a consonant (see isClippedShape).
  if (length > LEARNT_MAX_LENGTH && isVowel(text.charCodeAt(b.wordEnd - 1))) return false;
  // A letter, or a keyboard accelerator before one ("Mi&n.": see withoutAccelerator).
  for (let i = b.wordStart; i < b.wordEnd; i++) if (!isLetterAt(text, i) && !(isAccelerator(text.charCodeAt(i)) && isLetterAt(text, i + 1))) return false;
  return !lexicon.functionWords.has(text.slice(b.wordStart, b.wordEnd).toLowerCase());
}

/** Sentences a word must open in lowercase, each after a different word, before it is learnt as a name. */
const NAME_MIN_OPENINGS = 2;
/**
 * The same for a word with a digit ("p53", "h2ax", gene and protein symbols): no word of a
 * language's prose that lost its capital, so that one opening is enough where the document also
 * writes it in lowercase inside its sentences and never capitalised, however many other sentences
 * open in lowercase (the chance test of learnLowercaseNames weighs words that may be prose).
 */
const SYMBOL_MIN_OPENINGS = 1;
/** Fewest words of a sentence a name opens: a shorter piece is a fragment cut off ("rice field."), no evidence. */
const NAME_MIN_SENTENCE_WORDS = 3;
/**
 * Highest chance that the words learnt open as many lowercase sentences as they do only because
 * the document starts many sentences in lowercase (machine translation that breaks every few
 * lines), shared among every word seen opening one (Bonferroni: each was tested, whether it
 * opened one sentence or more): a document with many needs more evidence for each. (Shared among
 * the words that opened two only, the bar moved with which words those were: a planted break less
 * before one word, and another word of the language, "vise", "secondaire", passed as a name.)
 */
const NAME_CHANCE = 0.01;

/**
 * Names the document writes in lowercase on purpose, learnt from its own orthography the way Punkt
 * does: a word that opens two sentences or more in lowercase (after different words: the copies of
 * a loop are one; one, for a word with a digit, see SYMBOL_MIN_OPENINGS), also stands in lowercase inside a sentence (a name is talked about, not only
 * put first), is never written capitalised anywhere in the document nor after a comma (as clause
 * openers are), and is no function word, sentence opener, fragment word or speech verb of the
 * language ("chmod. chmod mění", "through libcore. libcore also excludes"; all capitals, as in a
 * heading, prove nothing). A stray break before an ordinary word happens once or so in a document,
 * and the word is capitalised somewhere else; in a document with many such breaks, a word's
 * openings count only when they are far more than its share of them (see `byChance`). Only words
 * after two sentence marks are candidates, so most documents pay nothing.
 */
function learnLowercaseNames(text: string, scan: BoundaryScan, t: Tokens, lang: string): ReadonlySet<string> {
  /** Candidate word → the words before the marks it follows, and where it stands once. */
  const openings = new Map<string, { before: Set<string>; at: number }>();
  const lowercaseOpenings = collectLowercaseOpenings(text, scan, openings, lang);
  const candidates = [...openings].filter(([word, o]) => o.before.size >= (isSymbol(word) ? SYMBOL_MIN_OPENINGS : NAME_MIN_OPENINGS));
  if (candidates.length === 0) return NO_NAMES;
  // Case-folded word hash → candidate.
  const names = new Map<number, string>();
  for (const [word, o] of candidates) {
    const i = firstTokenAt(t, o.at);
    if (i < t.count && t.start[i] === o.at && lengthOfWord(t, i) === word.length) names.set(t.hash[i], word);
  }
  // Capitalised anywhere, or after a comma (a clause opener: ", including", ", яким"): a word of
  // the language. (A name listed after a comma, "gzip, gunzip", is lost with them.)
  const capitalised = new Set<string>();
  const inside = new Set<string>();
  const occurrences = new Map<string, number>();
  readNameOccurrences(text, t, names, capitalised, inside, occurrences);
  const learnt = new Set(
    [...inside].filter(
      (w) => !capitalised.has(w) && (isSymbol(w) || byChance((lowercaseOpenings * occurrences.get(w)!) / t.count, openings.get(w)!.before.size) < NAME_CHANCE / openings.size),
    ),
  );
  return learnt.size > 0 ? learnt : NO_NAMES;
}

/** Whether `word` has a digit (see SYMBOL_MIN_OPENINGS). */
function isSymbol(word: string): boolean {
  return /\d/.test(word);
}

/**
 * The sentences that open in lowercase with a word that may be a name (see learnLowercaseNames),
 * into `openings`; returns how many sentences open in lowercase. (A function of its own: see
 * countOccurrences.)
 */
function collectLowercaseOpenings(text: string, scan: BoundaryScan, openings: Map<string, { before: Set<string>; at: number }>, lang: string): number {
  const { boundaries: bs, paragraphs, lexicon: lex } = scan;
  let lowercaseOpenings = 0;
  for (let k = nextLowercaseOpening(bs, 0); k < bs.count; k = nextLowercaseOpening(bs, k + 1)) {
    const b = bs.at(k);
    const p = paragraphs.at(b.para);
    const w = nextWord(text, b.next, p.end);
    if (!w || w.end - w.start < 2 || !isLowerAt(text, w.start)) continue;
    const word = text.slice(w.start, w.end);
    if (word !== word.toLowerCase() || lex.functionWords.has(word) || lex.sentenceStarters.has(word) || lex.fragmentWords.has(word) || lex.speechVerbs.has(word) || lex.alwaysCapitalised.has(word)) continue;
    const sentenceEnd = k + 1 < p.last ? bs.mark[k + 1] : p.end;
    if (countWords(text, b.next, sentenceEnd) < NAME_MIN_SENTENCE_WORDS) continue;
    lowercaseOpenings++;
    // After a word the language's treebanks never end a clause with ("de la. cavité", "une.
    // cavité"), the sentence was cut, not ended: a break of the document's, no evidence that the
    // word after it is written in lowercase on purpose.
    const before = text.slice(b.wordStart, b.wordEnd).toLowerCase();
    if (neverEndsClause(wordHash(before), lang)) continue;
    let o = openings.get(word);
    if (!o) openings.set(word, (o = { before: new Set(), at: w.start }));
    o.before.add(before);
  }
  return lowercaseOpenings;
}

/**
 * The first sentence end from `from` on with a word before it and a lowercase letter after it, or
 * the boundary count. Most sentences open with a capital: the columns tell, in a small loop of its
 * own (see nextAsked), which compiles in a fraction of the time the loop above costs with all it
 * asks of the few candidates inlined.
 */
function nextLowercaseOpening(bs: Boundaries, from: number): number {
  for (let k = from; k < bs.count; k++) if (bs.lowercaseNext(k) && bs.isEnd(k) && bs.wordStart[k] !== bs.wordEnd[k]) return k;
  return bs.count;
}

/**
 * Reads every occurrence in `t` of the words `names` holds (by hash): how often each occurs, and
 * whether it is written capitalised or after a comma somewhere, or in lowercase inside a sentence.
 * (A function of its own: see countOccurrences.)
 */
function readNameOccurrences(text: string, t: Tokens, names: ReadonlyMap<number, string>, capitalised: Set<string>, inside: Set<string>, occurrences: Map<string, number>): void {
  const { count, hash } = t;
  const asked = hashTable(names.keys());
  for (let j = nextAsked(hash, asked, 0, count); j < count; j = nextAsked(hash, asked, j + 1, count)) {
    const h = hash[j];
    const word = names.get(h);
    if (word === undefined || text.slice(t.start[j], endOfWord(t, j)).toLowerCase() !== word) continue;
    occurrences.set(word, (occurrences.get(word) ?? 0) + 1);
    const shape = t.info[j] & Info.ShapeMask;
    if (shape === Info.ShapeCapital || followsComma(text, t.start[j])) capitalised.add(word);
    else if (shape === Info.ShapeLower && (t.info[j] & (Info.GapEnd | Info.GapLine)) === 0 && j > 0) inside.add(word);
  }
}

/** Whether a comma stands right before `i` (over spaces). */
function followsComma(text: string, i: number): boolean {
  while (i > 0 && isInlineSpace(text.charCodeAt(i - 1))) i--;
  return text.charCodeAt(i - 1) === 44;
}

/**
 * The chance of `observed` or more events where `expected` are expected (Poisson): how likely a
 * word opens `observed` lowercase sentences when the document's lowercase openings fall on its
 * words at random, each word by its frequency.
 */
function byChance(expected: number, observed: number): number {
  let term = Math.exp(-expected);
  let below = 0;
  for (let k = 0; k < observed; k++) {
    below += term;
    term *= expected / (k + 1);
  }
  return Math.max(0, 1 - below);
}

/** Number of words in text[start, end) (runs of word characters). */
export function countWords(text: string, start: number, end: number, limit = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const w = isWordCharAt(text, i);
    if (w && !inWord && ++n > limit) return n;
    inWord = w;
  }
  return n;
}
