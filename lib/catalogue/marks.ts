// The positions of the few characters the encoding and punctuation rules look at: control and
// invisible characters, U+FFFD, "&", quotation marks (and the ASCII pairs typed for them: ,,word''
// or ``), brackets, full-width punctuation, punctuation after a space, doubled, or glued to a
// capital, ellipses, and where mojibake may start. A dozen regex scans of a 30 MB text cost ~40 ms
// each; the word scan (tokenize) notes them as it walks the code units, and each rule then visits
// only its positions.

import { CLASS, K_UPPER } from './charclass.js';
import { MOJIBAKE_LEADS, mayStartMojibake } from './mojibake.js';
import { Offsets } from '../text/grown.js';

/** Languages that put a space before ; : ! ? (French typography, also in Breton). */
export const SPACED_MARKS_LANGUAGES: ReadonlySet<string> = new Set(['fr', 'br']);

export interface Marks {
  /** C0 (but tab and line ends), DEL and C1 controls. */
  control: number[];
  /** Zero-width, direction, soft hyphen and byte-order marks. */
  invisible: number[];
  replacement: number[];
  ampersand: number[];
  /**
   * Double quotation marks, and the ASCII pairs typed for them: ",," opening a word (for „),
   * "''" (for ") and "``" (for “), found at their first character.
   */
  quote: number[];
  bracket: number[];
  fullwidth: number[];
  /** , . ; : ! ? right after a space, no-break space or tab. */
  spacedPunctuation: number[];
  /** ",,", ";;", ".." or ",." (position of the first mark of the run). */
  doubledPunctuation: number[];
  /** . ! ? directly followed by a capital letter (position of the first mark of the run). */
  gluedSentence: number[];
  /** Positions where mojibake may start (see mayStartMojibake). */
  mojibake: number[];
  /** Commas and full stops: how often the text punctuates at all. */
  commasAndStops: number;
  /** Ellipses: "…", and runs of two or more full stops (how freely the writer trails off). */
  ellipses: number;
  /**
   * What the sentence-boundary scan classifies: the start of each run of sentence marks (. ! ? …,
   * see isSentenceMarkRun), and each bracket ( ) [ ] and inverted mark ¿ ¡, whose depth tells an
   * aside from its sentence.
   */
  sentenceMarks: Offsets;
}

const F_CONTROL = 1;
const F_INVISIBLE = 2;
const F_REPLACEMENT = 4;
const F_AMPERSAND = 8;
const F_QUOTE = 16;
const F_BRACKET = 32;
const F_FULLWIDTH = 64;
const F_PUNCT = 128;
/** May start mojibake (a lead character of some code page). */
const F_LEAD = 256;
/** ' and `: typed twice, a double quotation mark. */
const F_TWICE = 512;
const F_ELLIPSIS = 1024;
/** . ! ? …: a run of them is one sentence mark. */
const F_SENTENCE_RUN = 2048;
/** ( ) [ ] ¿ ¡: the boundary scan tracks them too. */
const F_ASIDE = 4096;

/**
 * What each code unit is to these rules; 0 for most. No ASCII letter or digit has a flag (the
 * code-page leads, the only word characters flagged, are all past ASCII), so the word scan looks
 * up only the other code units.
 */
export const MARK_FLAGS = new Uint16Array(0x10000);
const flag = (chars: string, f: number) => {
  for (const ch of chars) MARK_FLAGS[ch.charCodeAt(0)] |= f;
};
for (let c = 0; c <= 0x1f; c++) if (c !== 9 && c !== 10 && c !== 13) MARK_FLAGS[c] |= F_CONTROL;
for (let c = 0x7f; c <= 0x9f; c++) MARK_FLAGS[c] |= F_CONTROL;
flag('\u00ad\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff', F_INVISIBLE);
// U+FFFD, and U+2047 (⁇), which SentencePiece decoding writes for a piece the model could not produce.
flag('\ufffd\u2047', F_REPLACEMENT);
flag('&', F_AMPERSAND);
flag('"“”„«»「」『』', F_QUOTE);
flag('()[]{}（）［］【】〔〕', F_BRACKET);
flag('（），。！？：；、', F_FULLWIDTH);
flag(',.;:!?', F_PUNCT);
flag("'`", F_TWICE);
flag('\u2026', F_ELLIPSIS);
flag('.!?\u2026', F_SENTENCE_RUN);
flag('()[]\u00bf\u00a1', F_ASIDE);
for (const c of MOJIBAKE_LEADS) MARK_FLAGS[c] |= F_LEAD;

/** A character of a run the boundary scan takes as one sentence mark: . ! ? … */
export function isSentenceMarkRun(c: number): boolean {
  return (MARK_FLAGS[c] & F_SENTENCE_RUN) !== 0;
}

function isSentenceMark(c: number): boolean {
  return c === 46 || c === 33 || c === 63;
}

/** Not a space, a line end or past the end of the text (NaN). */
function isVisible(c: number): boolean {
  return c > 32 && !isSpaceLike(c);
}

function isSpaceLike(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 9;
}

/**
 * Sentence marks and brackets reserved per character of text: prose has about one in 100; one in
 * 60 so that the column rarely grows.
 */
const SENTENCE_MARK_DENSITY = 1 / 60;

/**
 * An empty collection for a text of `length` code units, filled by the word scan (tokenize), which
 * visits every code unit anyway.
 */
export function emptyMarks(length: number): Marks {
  return {
    control: [],
    invisible: [],
    replacement: [],
    ampersand: [],
    quote: [],
    bracket: [],
    fullwidth: [],
    spacedPunctuation: [],
    doubledPunctuation: [],
    gluedSentence: [],
    mojibake: [],
    commasAndStops: 0,
    ellipses: 0,
    sentenceMarks: new Offsets(Math.ceil(length * SENTENCE_MARK_DENSITY)),
  };
}

/**
 * Notes text[i] (code unit c, whose MARK_FLAGS entry f is not 0) in `m`. Called for the code units
 * of the text in order, so that every list comes out ascending.
 */
export function noteMark(text: string, i: number, c: number, f: number, m: Marks): void {
  // Only a dispatch, the work in functions of their own: V8 inlines a function into the word scan
  // only while its bytecode stays small (460 bytes), and a call per comma cost more than the work.
  if ((f & (F_SENTENCE_RUN | F_ASIDE)) !== 0) sentenceMark(text, i, f, m);
  if ((f & F_PUNCT) !== 0) punctuation(text, i, c, m);
  else if ((f & F_TWICE) !== 0) typedTwice(text, i, c, m);
  else if ((f & F_ELLIPSIS) !== 0) m.ellipses++;
  else listed(text, i, c, f, m);
}

function sentenceMark(text: string, i: number, f: number, m: Marks): void {
  if ((f & F_ASIDE) !== 0 || !isSentenceMarkRun(text.charCodeAt(i - 1))) m.sentenceMarks.push(i);
}

/**
 * '' and ``, not ''' or a run of backticks (code fences). The second of a pair has the first before
 * it, so it is never taken for another pair.
 */
function typedTwice(text: string, i: number, c: number, m: Marks): void {
  if (text.charCodeAt(i + 1) === c && text.charCodeAt(i - 1) !== c && text.charCodeAt(i + 2) !== c) m.quote.push(i);
}

/** The characters listed at their own positions. */
function listed(text: string, i: number, c: number, f: number, m: Marks): void {
  if ((f & F_LEAD) !== 0 && mayStartMojibake(c, text.charCodeAt(i + 1))) m.mojibake.push(i);
  if ((f & F_CONTROL) !== 0) m.control.push(i);
  else if ((f & F_INVISIBLE) !== 0) m.invisible.push(i);
  else if ((f & F_REPLACEMENT) !== 0) m.replacement.push(i);
  else if ((f & F_AMPERSAND) !== 0) m.ampersand.push(i);
  else if ((f & F_QUOTE) !== 0) m.quote.push(i);
  else if ((f & F_BRACKET) !== 0) m.bracket.push(i);
  if ((f & F_FULLWIDTH) !== 0) m.fullwidth.push(i);
}

function punctuation(text: string, i: number, c: number, m: Marks): void {
  if (c === 44 || c === 46) m.commasAndStops++;
  const prev = i > 0 ? text.charCodeAt(i - 1) : 10;
  const next = text.charCodeAt(i + 1);
  if (isSpaceLike(prev)) m.spacedPunctuation.push(i);
  if (prev !== c && ((c === 44 && (next === 44 || next === 46)) || (c === 59 && next === 59) || (c === 46 && next === 46))) {
    m.doubledPunctuation.push(i);
    if (c === 46) m.ellipses++;
    // ",,word": a low opening quotation mark typed with two commas (for „).
    else if (next === 44 && text.charCodeAt(i + 2) !== 44 && (isSpaceLike(prev) || prev === 10 || prev === 13 || prev === 40) && isVisible(text.charCodeAt(i + 2))) {
      m.quote.push(i);
    }
  }
  if ((c === 46 || c === 33 || c === 63) && CLASS[next] === K_UPPER) {
    // The first mark of the run: "?!The" is found at "?".
    let start = i;
    while (start > 0 && isSentenceMark(text.charCodeAt(start - 1))) start--;
    m.gluedSentence.push(start);
  }
}
