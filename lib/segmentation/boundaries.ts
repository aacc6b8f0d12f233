// One linear pass that finds every sentence-ending mark followed by white space (or the end of
// its line) and classifies it: a real sentence end, or a period that belongs to an abbreviation,
// an initial, a number or an ellipsis. Rules read the result; none of them rescans the text.
//
// Speed: a single regex jumps from mark to mark (the only whole-text pass); all other work is a
// few charCodeAt steps around each mark. Paragraphs are lines: a break never spans a line end,
// because one-item-per-line files (subtitles, segment exports) must not be read as prose.

import { NAMES_WITH_EXCLAMATION } from '../languages/names.js';
import type { LanguageProfile } from '../languages/profile.js';
import {
  isBracketCloser,
  isCloser,
  isDigit,
  isInlineSpace,
  isLetterAt,
  isLowerAt,
  isOpener,
  isWordCharAt,
} from '../text/chars.js';
import type { LineIndex } from '../text/lines.js';
import { lexiconFor, type Lexicon } from './lexicon.js';

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
  /** The mark sits inside brackets: "(tomorrow!) because". */
  | 'parenthetical'
  /** A mark after white space (" . "): a spacing problem, not a boundary. */
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
}

export interface Paragraph {
  start: number;
  end: number;
  /** Index range of its boundaries in `BoundaryScan.boundaries`. */
  first: number;
  last: number;
}

export interface BoundaryScan {
  boundaries: Boundary[];
  paragraphs: Paragraph[];
  lexicon: Lexicon;
}

const MARKS = /[.!?\u2026]+/g;
const ROMAN = /^(?=[IVXLCDM]{1,6}$)M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/;
const LATIN_VOWELS = /[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿāăąēĕėęěīĭįıōŏőœūŭůűųǎǐǒǔ]/i;
const SYLLABIC = /[rlŕĺ]/i;
const CYRILLIC_VOWELS = /[аеёиоуыэюяіїєѣ]/i;
const NUMBERISH_SHORT_SUFFIX = /^\d+[\p{L}]{1,2}$/u;

/** Scans the whole text once. */
export function scanBoundaries(text: string, lines: LineIndex, profile: LanguageProfile): BoundaryScan {
  const lexicon = lexiconFor(profile);
  const boundaries: Boundary[] = [];
  const paragraphs: Paragraph[] = [];
  let para = -1;
  let paraEnd = -1;
  let paraStart = 0;

  const openParagraph = (index: number) => {
    para = index;
    paraStart = lines.starts[index];
    paraEnd = lines.lineEnd(index);
    paragraphs[index] = { start: paraStart, end: paraEnd, first: boundaries.length, last: boundaries.length };
  };

  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) {
    const mark = m.index;
    const markEnd = mark + m[0].length;
    if (mark >= paraEnd) {
      // Moved past the current paragraph: fill in the skipped ones (with no boundaries).
      for (let p = para + 1, target = lines.lineOf(mark); p <= target; p++) openParagraph(p);
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
    const b: Boundary = {
      mark,
      markEnd,
      closeEnd: close,
      next,
      para,
      kind: 'end',
      question: /[!?]/.test(m[0]),
      quoted,
      wordStart: mark,
      wordEnd: mark,
    };
    classify(text, b, paraStart, bracketed, profile, lexicon);
    boundaries.push(b);
    paragraphs[para].last = boundaries.length;
  }
  for (let p = para + 1; p < lines.count; p++) openParagraph(p);
  return { boundaries, paragraphs, lexicon };
}

function classify(text: string, b: Boundary, paraStart: number, bracketed: boolean, profile: LanguageProfile, lex: Lexicon): void {
  const run = text.slice(b.mark, b.markEnd);
  if (run.includes('\u2026') || run.startsWith('..')) {
    b.kind = 'ellipsis';
    return;
  }
  if (bracketed) {
    b.kind = 'parenthetical';
    return;
  }
  // The word before the mark, stepping back over a closer that precedes it (`club“.`).
  let wordEnd = b.mark;
  while (wordEnd > paraStart && isCloser(text.charCodeAt(wordEnd - 1))) wordEnd--;
  let wordStart = wordEnd;
  while (wordStart > paraStart) {
    const c = text.charCodeAt(wordStart - 1);
    if (isWordCharAt(text, wordStart - 1) || c === 46 || c === 45 || c === 39 || c === 0x2019 || c === 38 || c === 47) wordStart--;
    else break;
  }
  // Leading hyphens, slashes and periods belong to the context, not the word.
  while (wordStart < wordEnd && !isWordCharAt(text, wordStart)) wordStart++;
  b.wordStart = wordStart;
  b.wordEnd = wordEnd;
  if (wordStart === wordEnd) {
    if (wordEnd === b.mark && (wordEnd === paraStart || isInlineSpace(text.charCodeAt(wordEnd - 1)))) b.kind = 'detached';
    return;
  }
  const word = text.slice(wordStart, wordEnd);
  if (b.question) {
    if (run === '!' && NAMES_WITH_EXCLAMATION.has(word.toLowerCase())) b.kind = 'abbreviation';
    return;
  }
  b.kind = periodKind(word, opensItem(text, paraStart, wordStart), followsNumber(text, paraStart, wordStart), profile, lex);
  // The tail of a spaced abbreviation: "p. ex.", "d. h.", "т. е." (one letter, period, short word).
  if (b.kind === 'end' && word.length <= 3 && SPACED_ABBREVIATION_HEAD.test(text.slice(Math.max(paraStart, wordStart - 4), wordStart))) {
    b.kind = 'abbreviation';
  }
}

const SPACED_ABBREVIATION_HEAD = /(?:^|[\s(])\p{L}\.\s$/u;

/** Whether the word before `wordStart` is a number or Roman numeral ("1990 г.", "XIX в."). */
function followsNumber(text: string, paraStart: number, wordStart: number): boolean {
  let end = wordStart;
  while (end > paraStart && isInlineSpace(text.charCodeAt(end - 1))) end--;
  if (end === wordStart) return false;
  let start = end;
  while (start > paraStart && end - start < 8 && !isInlineSpace(text.charCodeAt(start - 1))) start--;
  const prev = text.slice(start, end);
  return isDigit(prev.charCodeAt(prev.length - 1)) || ROMAN.test(prev);
}

/** Whether the word at `wordStart` opens the paragraph or follows "(", ";" or ":" (a list label). */
function opensItem(text: string, paraStart: number, wordStart: number): boolean {
  let i = wordStart;
  while (i > paraStart && (isInlineSpace(text.charCodeAt(i - 1)) || isOpener(text.charCodeAt(i - 1)))) {
    if (text.charCodeAt(i - 1) === 40 || text.charCodeAt(i - 1) === 91) return true;
    i--;
  }
  if (i === paraStart) return true;
  const c = text.charCodeAt(i - 1);
  // A label follows "; " or ": " with a space; "12:39." is a time.
  return (c === 59 || c === 58) && i < wordStart;
}

/**
 * What the word before a single period makes of it. `listLabel`: the word opens its paragraph or
 * follows "(", ";" or ":", where "a." and "4." label items; `afterNumber`: a number or Roman
 * numeral precedes it.
 */
function periodKind(word: string, listLabel: boolean, afterNumber: boolean, profile: LanguageProfile, lex: Lexicon): BoundaryKind {
  // Inner periods: "U.S", "e.g", "a.m", "s.r.o", "9.2.1", "twitter.com".
  if (word.includes('.')) return 'abbreviation';
  const dash = Math.max(word.lastIndexOf('-'), word.lastIndexOf('/'));
  const tail = dash >= 0 ? word.slice(dash + 1) : word;
  if (tail.length === 0) return 'end';
  const first = tail.charCodeAt(0);
  if (isDigit(first)) {
    if (/^\d+$/.test(tail)) {
      const ordinal = profile.ordinalDot && (tail.length < 4 || profile.yearOrdinals === true);
      return ordinal || listLabel ? 'number' : 'end';
    }
    return NUMBERISH_SHORT_SUFFIX.test(tail) ? 'abbreviation' : 'end';
  }
  if (tail.length === 1 || (tail.length === 2 && !isLetterAt(tail, 1))) {
    // A one-letter word of the language ("a", "в", "v") ends a sentence like any other word,
    // unless it labels a list item, or the language abbreviates it after a number ("XIX в." век).
    const lower = tail.toLowerCase();
    if (!listLabel && tail === word && tail === lower && lex.functionWords.has(lower) && !(lex.abbreviations.has(lower) && afterNumber)) return 'end';
    return 'initial';
  }
  if (ROMAN.test(tail)) return 'number';
  // An elided article is not part of the abbreviation: Italian "dell'avv.", French "l'art.".
  const elided = tail.slice(Math.max(tail.lastIndexOf("'"), tail.lastIndexOf('\u2019')) + 1);
  if (
    lex.abbreviations.has(tail.toLowerCase()) ||
    lex.abbreviations.has(elided.toLowerCase()) ||
    lex.abbreviations.has(word.toLowerCase()) ||
    lex.caseSensitiveAbbreviations.has(tail) ||
    lex.caseSensitiveAbbreviations.has(elided)
  ) {
    return 'abbreviation';
  }
  if (looksAbbreviated(tail, lex)) return 'abbreviation';
  return 'end';
}

/**
 * A short word with no vowel and at least one lowercase letter is an abbreviation in every cased
 * language ("Ltd", "pcs", "sq", "Mgr", "млн"); all-capital ones are acronyms that end sentences.
 */
function looksAbbreviated(word: string, lex: Lexicon): boolean {
  if (word.length > 5) return false;
  let hasLower = false;
  for (let i = 0; i < word.length; i++) {
    if (!isLetterAt(word, i)) return false;
    if (isLowerAt(word, i)) hasLower = true;
  }
  if (!hasLower) return false;
  if (LATIN_VOWELS.test(word) || CYRILLIC_VOWELS.test(word)) return false;
  if (lex.syllabicConsonants && SYLLABIC.test(word)) return false;
  return true;
}

/** Helpers for rules reading what follows a boundary. */
export interface NextWord {
  start: number;
  /** End of the word's letters. */
  end: number;
  /** End of the whitespace-delimited token ("twitter.com/x", "no.", "m3,"). */
  tokenEnd: number;
}

export function nextWord(text: string, b: Boundary, paraEnd: number): NextWord | undefined {
  let start = b.next;
  if (start >= paraEnd) return undefined;
  let end = start;
  while (end < paraEnd && (isWordCharAt(text, end) || text.charCodeAt(end) === 39 || text.charCodeAt(end) === 0x2019 || text.charCodeAt(end) === 45)) end++;
  let tokenEnd = end;
  while (tokenEnd < paraEnd && !isInlineSpace(text.charCodeAt(tokenEnd))) tokenEnd++;
  if (end === start) return { start, end, tokenEnd };
  // Trailing apostrophes or hyphens are punctuation.
  while (end > start + 1 && !isWordCharAt(text, end - 1)) end--;
  return { start, end, tokenEnd };
}

