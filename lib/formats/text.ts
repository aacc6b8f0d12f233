// Plain text. Every line is a paragraph, as files with one segment per line (exports, subtitles
// as text, lists) need, unless the document is hard-wrapped prose: then the lines of a paragraph
// are joined, so a break at a line end ("plan for\n2024. the sides") is read in its sentence.
//
// Hard wrapping is told from the layout of the whole document, not from single lines. A wrapping
// editor breaks a line where the next word would pass the width W: such a line is at most W long
// and its length plus the next line's first word passes W. Hard-wrapped prose is a document where
// one width explains most line ends between two lines of text that way (WRAP_SHARE), and where
// those line ends fall inside sentences: the next lines go on in lowercase about as often as its
// words are lowercase (LOWERCASE_SHARE; in caseless scripts, the lines stop without a sentence
// mark), while one-segment-per-line files and lists almost never do. Widths under MIN_WIDTH are
// subtitle and verse layouts.
//
// A document not wrapped as a whole may hold blocks that are: a play or a book of verse whose
// preface, notes and licence (Project Gutenberg's) are hard-wrapped prose between blank lines. Each
// block of BLOCK_LINES lines or more is then judged the same way on its own lines, and joined if
// it passes; the verse around it stays line by line (short lines, or lines that open with capitals).

import { isLetterAt, isLowerAt, isRegExpSpace, isUpperAt } from '../text/chars.js';
import { hasCarriageReturn, LineIndex } from '../text/lines.js';
import { TextBuilder } from './offset-map.js';
import type { FormatAbout, FormatReader, ReadResult } from './types.js';

/** Narrowest and widest wrap widths considered: below are subtitle and verse layouts, above no editor wraps. */
const MIN_WIDTH = 50;
const MAX_WIDTH = 250;
/** Wrappers that balance lines (fmt, par) break a few columns before the greedy point. */
const SLACK = 6;
/** At least this share of the line ends between two lines of text must be explained by the width. */
const WRAP_SHARE = 2 / 3;
/**
 * Those line ends must fall inside sentences: in a script with case, at least this share of the
 * next lines go on in lowercase (in wrapped prose about as many as its lowercase words, over half
 * even in German; in lists and one-sentence-per-line files almost none)…
 */
const LOWERCASE_SHARE = 0.3;
/** …and without case, at least this share of the lines stop without a sentence mark. */
const OPEN_SHARE = 1 / 2;
const MIN_WRAPPED_LINES = 3;
/** Fewest lines of a block judged on its own (in a document not wrapped as a whole): three wraps at least. */
const BLOCK_LINES = 4;

interface Line {
  /** Offset of the line's first character, and of its first non-blank one. */
  start: number;
  textStart: number;
  /** End of its text (before trailing white space). */
  textEnd: number;
  /** Length up to textEnd, tabs counted as one column. */
  length: number;
  /** Length of its first word. */
  firstWord: number;
}

/**
 * The lines of a text, kept in typed arrays, a column per field: a large file has hundreds of
 * thousands of lines, and an object per line would hold some 80 bytes each for the whole read
 * (50 MB of text: 40 MB more peak memory). `at` builds a line's Line where a loop needs all of it;
 * the passes over every line read the fields they test alone (an object per line and pass cost
 * some 20 ms on 30 MB). The line starts are a column of their own so that the LineIndex gets
 * them in one block copy, not picked out of the other fields; a line's length is textEnd - start,
 * so it is not stored.
 */
class Lines {
  count = 0;
  private starts: Int32Array;
  private textStarts: Int32Array;
  private textEnds: Int32Array;
  private firstWords: Int32Array;
  readonly carriageReturns: boolean;
  /**
   * For each width, how many breaks between two lines of text it explains (a difference array
   * over widths), and how many such breaks there are: counted while the lines are found, which a
   * pass of its own over them cost as much again.
   */
  readonly explained = new Int32Array(MAX_WIDTH + 2);
  breaks = 0;

  constructor(readonly text: string) {
    // A line per 40 characters to start with, grown on demand.
    [this.starts, this.textStarts, this.textEnds, this.firstWords] = columns(Math.max(16, (text.length / 40) | 0));
    // Without CR, native indexOf finds the line ends (a charCodeAt loop over every character
    // cost more than the rest of the reader).
    const crlf = hasCarriageReturn(text);
    this.carriageReturns = crlf;
    for (let start = 0; start <= text.length; ) {
      let end = crlf ? lineEnd(text, start) : text.indexOf('\n', start);
      if (end < 0) end = text.length;
      let textStart = start;
      while (textStart < end && (text.charCodeAt(textStart) === 32 || text.charCodeAt(textStart) === 9)) textStart++;
      let textEnd = end;
      while (textEnd > textStart && isRegExpSpace(text.charCodeAt(textEnd - 1))) textEnd--;
      let w = textStart;
      while (w < textEnd && !isRegExpSpace(text.charCodeAt(w))) w++;
      this.push(start, textStart, textEnd, w - textStart);
      if (this.count > 1) this.explain(this.count - 2);
      // Stopping at the text's end, not reading past it: charCodeAt out of bounds threw away the
      // loop's compiled code at the last line.
      if (end === text.length) break;
      start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    }
  }

  private push(start: number, textStart: number, textEnd: number, firstWord: number): void {
    const i = this.count++;
    if (i === this.starts.length) {
      const wider = columns(2 * i);
      wider[0].set(this.starts);
      wider[1].set(this.textStarts);
      wider[2].set(this.textEnds);
      wider[3].set(this.firstWords);
      [this.starts, this.textStarts, this.textEnds, this.firstWords] = wider;
    }
    this.starts[i] = start;
    this.textStarts[i] = textStart;
    this.textEnds[i] = textEnd;
    this.firstWords[i] = firstWord;
  }

  /** Adds to `explained` the widths that explain the break after line i, if it falls between two lines of text. */
  private explain(i: number): void {
    if (this.blank(i) || this.blank(i + 1)) return;
    this.breaks++;
    const length = this.length(i);
    const from = Math.max(length, MIN_WIDTH);
    const to = Math.min(length + this.firstWord(i + 1) + SLACK, MAX_WIDTH);
    if (from <= to) {
      this.explained[from]++;
      this.explained[to + 1]--;
    }
  }

  at(i: number): Line {
    return { start: this.starts[i], textStart: this.textStarts[i], textEnd: this.textEnds[i], length: this.length(i), firstWord: this.firstWords[i] };
  }

  /** Whether line i holds only white space. */
  blank(i: number): boolean {
    return this.textEnds[i] === this.textStarts[i];
  }

  /** Line i's Line.length. */
  length(i: number): number {
    return this.textEnds[i] - this.starts[i];
  }

  /** Line i's Line.firstWord. */
  firstWord(i: number): number {
    return this.firstWords[i];
  }

  /**
   * The LineIndex of the text, from the line starts found here: copied at their exact size in one
   * block (a view would keep the column's reserve, a line per 40 characters, for the whole check:
   * 1-3 MB more peak memory on 30 MB).
   */
  index(): LineIndex {
    return new LineIndex(this.text, { starts: this.starts.slice(0, this.count), carriageReturns: this.carriageReturns });
  }
}

/**
 * Four columns of `capacity` lines, views of one allocation: four arrays of their own, a few MB
 * each, were zeroed page by page where the one large block comes as fresh zero pages that only the
 * lines written touch (some 1 MB more peak memory on a 30 MB file of long lines that way).
 */
function columns(capacity: number): [Int32Array, Int32Array, Int32Array, Int32Array] {
  const block = new Int32Array(4 * capacity);
  return [block.subarray(0, capacity), block.subarray(capacity, 2 * capacity), block.subarray(2 * capacity, 3 * capacity), block.subarray(3 * capacity)];
}

/** The offset of the first CR or LF from `from` on, or the text's length. */
function lineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    i++;
  }
  return i;
}

const SENTENCE_END = /[.!?:;…。！？][\s"'”’»)\]]*$/u;
const BULLET = /^(?:[-*+•–]\s|\d{1,3}[.)]\s)/;

function endsSentence(text: string, l: Line): boolean {
  return SENTENCE_END.test(text.slice(Math.max(l.textStart, l.textEnd - 8), l.textEnd));
}

/** The case of the line's first letter (within its first few characters), if it has one. */
function caseAt(text: string, l: Line): 'lower' | 'upper' | undefined {
  for (let i = l.textStart; i < l.textEnd && i < l.textStart + 4; i++) {
    if (!isLetterAt(text, i)) continue;
    return isLowerAt(text, i) ? 'lower' : isUpperAt(text, i) ? 'upper' : undefined;
  }
  return undefined;
}

const startsLowercase = (text: string, l: Line) => caseAt(text, l) === 'lower';

/** Whether line i's break is a wrap at `width`: the next line's first word would not have fitted. */
const fills = (length: number, nextFirstWord: number, width: number) => length <= width && length + 1 + nextFirstWord + SLACK > width;

/** The wrap width of a hard-wrapped document, or undefined when its lines are paragraphs of their own. */
function wrapWidth(text: string, lines: Lines): number | undefined {
  if (lines.breaks < MIN_WRAPPED_LINES) return undefined;
  let best = 0;
  let width = 0;
  for (let w = MIN_WIDTH, run = 0; w <= MAX_WIDTH; w++) {
    run += lines.explained[w];
    if (run >= best) {
      best = run;
      width = w;
    }
  }
  // The wraps at the width are among the breaks it explains, and wrapEvidence's `ends` are all
  // the breaks: too few explained, and its pass over every line is spared (most texts).
  if (best < MIN_WRAPPED_LINES || best < WRAP_SHARE * lines.breaks) return undefined;
  return wrapsInside(text, lines, width) ? width : undefined;
}

/**
 * Whether the line ends of lines [from, to) are wraps at `width` inside sentences: most of them
 * explained by the width (WRAP_SHARE), and in a script with case the next line often going on in
 * lowercase (a list of items without full stops also leaves its lines open); without case, the
 * open line ends must do.
 */
function wrapsInside(text: string, lines: Lines, width: number, from = 0, to = lines.count): boolean {
  const { ends, wrapped, open, cased, lower } = wrapEvidence(text, lines, width, from, to);
  if (wrapped < WRAP_SHARE * ends) return false;
  return cased >= wrapped / 2 ? lower >= LOWERCASE_SHARE * cased : open >= OPEN_SHARE * wrapped;
}

/**
 * In a document not wrapped as a whole, the wrap width of each line's block where the block is
 * hard-wrapped prose (see the head of the file), 0 elsewhere; undefined when no block is.
 */
function blockWidths(text: string, lines: Lines): Uint8Array | undefined {
  let widths: Uint8Array | undefined;
  const explained = new Int32Array(MAX_WIDTH + 2);
  for (let from = 0; from < lines.count; ) {
    if (lines.blank(from)) {
      from++;
      continue;
    }
    let to = from;
    let long = 0;
    while (to < lines.count && !lines.blank(to)) if (lines.length(to++) >= MIN_WIDTH) long++;
    // Verse and lists (short lines) are passed over without counting widths; a block that is the
    // whole document was judged as the document (a file of one paragraph a line and no blank line).
    if (to - from >= BLOCK_LINES && long >= MIN_WRAPPED_LINES && to - from < lines.count) {
      const width = blockWidth(text, lines, from, to, explained);
      if (width !== undefined) (widths ??= new Uint8Array(lines.count)).fill(width, from, to);
    }
    from = to;
  }
  return widths;
}

/** The wrap width of the block of lines [from, to), as wrapWidth finds a document's; `explained` is scratch space. */
function blockWidth(text: string, lines: Lines, from: number, to: number, explained: Int32Array): number | undefined {
  explained.fill(0);
  const breaks = to - from - 1;
  for (let i = from; i + 1 < to; i++) {
    const length = lines.length(i);
    const lo = Math.max(length, MIN_WIDTH);
    const hi = Math.min(length + lines.firstWord(i + 1) + SLACK, MAX_WIDTH);
    if (lo <= hi) {
      explained[lo]++;
      explained[hi + 1]--;
    }
  }
  let best = 0;
  let width = 0;
  for (let w = MIN_WIDTH, run = 0; w <= MAX_WIDTH; w++) {
    run += explained[w];
    if (run >= best) {
      best = run;
      width = w;
    }
  }
  if (best < MIN_WRAPPED_LINES || best < WRAP_SHARE * breaks) return undefined;
  return wrapsInside(text, lines, width, from, to) ? width : undefined;
}

/**
 * Of the breaks between two lines of text: all, the wraps at `width`, and of those the open ones,
 * the ones before a cased and a lowercase line. Returns right after its loop: a loop run once is
 * compiled while it runs (on-stack replacement), and code after it in the same function, never
 * run before, threw that code away on the way out.
 */
function wrapEvidence(text: string, lines: Lines, width: number, from = 0, to = lines.count): { ends: number; wrapped: number; open: number; cased: number; lower: number } {
  // Made before the loop and counted in: an object made after it threw the compiled code away too.
  const evidence = { ends: 0, wrapped: 0, open: 0, cased: 0, lower: 0 };
  for (let i = from; i + 1 < to; i++) {
    if (lines.blank(i) || lines.blank(i + 1)) continue;
    // A short line before another line is a paragraph of its own (a list item, a segment): evidence against wrapping.
    evidence.ends++;
    const length = lines.length(i);
    if (length < width / 2) continue;
    if (!fills(length, lines.firstWord(i + 1), width)) continue;
    evidence.wrapped++;
    if (!endsSentence(text, lines.at(i))) evidence.open++;
    const c = caseAt(text, lines.at(i + 1));
    if (c) evidence.cased++;
    if (c === 'lower') evidence.lower++;
  }
  return evidence;
}

function read(text: string): ReadResult {
  const lines = new Lines(text);
  const whole = wrapWidth(text, lines);
  const blocks = whole === undefined ? blockWidths(text, lines) : undefined;
  // The checked text is the file's: its lines, found here, serve the checks (one walk over them).
  if (whole === undefined && blocks === undefined) return { text, lines: lines.index() };
  const b = new TextBuilder(text);
  let copied = 0;
  for (let i = 0, next = lines.at(0); i + 1 < lines.count; i++) {
    const l = next;
    next = lines.at(i + 1);
    if (l.textEnd === l.textStart || next.textEnd === next.textStart) continue;
    const width = whole ?? blocks![i];
    if (width === 0) continue;
    if (BULLET.test(text.slice(next.textStart, next.textStart + 5)) && (endsSentence(text, l) || !/\d/.test(text[next.textStart]))) continue;
    // A wrap at the width, or a line over half the width that stops mid-sentence before a lowercase word.
    const wrap = fills(l.length, next.firstWord, width) || (l.length >= width / 2 && !endsSentence(text, l) && startsLowercase(text, next));
    if (!wrap) continue;
    b.verbatim(copied, l.textEnd);
    b.replaced(' ', l.textEnd, next.textStart);
    copied = next.textStart;
  }
  b.verbatim(copied, text.length);
  const built = b.build();
  return { text: built.text, map: built.map };
}

export const plainText: FormatReader = {
  meta: {
    id: 'text',
    name: 'Plain text',
    extensions: ['txt', 'text'],
  },
  read,
};

/** What the reader reads and its examples (see FormatAbout); the registry leaves them out. */
export const about: Readonly<Record<string, FormatAbout>> = {
  text: {
    description: 'Plain text; every line is a paragraph, except in hard-wrapped prose, where the lines of a paragraph are joined (in a document not wrapped as a whole, such as verse, in each block of lines that is).',
    examples: [
      { file: 'One line. Another.\nA second paragraph.\n', text: 'One line. Another.\nA second paragraph.\n' },
      {
        file:
          'The two sides drew up a plan for the development of relations and for\n' +
          'cooperation in various fields, and they agreed to meet again in spring.\n' +
          'The ministers noted that trade had grown and that both would expand it\n' +
          'further. the talks will go on in May, and a plan for the next years and\n' +
          '2024. the summit will be held in the capital of the host country again.\n\n' +
          'A short line.\n',
        text:
          'The two sides drew up a plan for the development of relations and for ' +
          'cooperation in various fields, and they agreed to meet again in spring. ' +
          'The ministers noted that trade had grown and that both would expand it ' +
          'further. the talks will go on in May, and a plan for the next years and ' +
          '2024. the summit will be held in the capital of the host country again.\n\n' +
          'A short line.\n',
      },
    ],
  },
};
