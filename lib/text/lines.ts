// Line starts of a text, for 1-based line/column positions and for paragraph (line) ranges.
// LF, CRLF and CR all end a line; offsets stay those of the text as given.

import { Offsets } from './grown.js';
import { lastOffsetAtOrBefore } from './search.js';

/**
 * Whether the text has a CR anywhere. A regex test, not `includes('\r')`: under Node 20 (V8 11),
 * once the line scanner of the text reader had been optimised in a process that had checked a few
 * files, its inlined `text.includes('\r')` took 2 s on 3 MB of text and 390 s on 30 MB (a check of
 * that file costs 1.5 s), in libc, every later call; the regex takes under a millisecond. Checking
 * many files in one process (a CLI call with several, a warm Lambda) met it from the fifth file on.
 */
export function hasCarriageReturn(text: string): boolean {
  return CR.test(text);
}

const CR = /\r/;

export class LineIndex {
  /**
   * Offset of the first character of each line. A typed array: a large file has hundreds of
   * thousands of lines, which a number[] would hold at twice the size after growing in steps.
   */
  readonly starts: Int32Array;
  /**
   * Whether the text has a CR: without one, every line but the last ends right before the next
   * one's start, told without reading the text there (a cache miss per line for the scans that
   * open the lines one after the other, the text's end of line long out of cache).
   */
  readonly #carriageReturns: boolean;

  /**
   * `found`: the text's line starts and whether it has a CR, when a reader has walked its lines
   * already (plain text), so that the lines of a large text are not looked for twice.
   */
  constructor(
    readonly text: string,
    found?: { starts: Int32Array; carriageReturns: boolean },
  ) {
    if (found) {
      this.starts = found.starts;
      this.#carriageReturns = found.carriageReturns;
      return;
    }
    this.#carriageReturns = hasCarriageReturn(text);
    // Copied at the exact size here, not in lineStarts: see there.
    const starts = lineStarts(text, this.#carriageReturns);
    this.starts = starts.at.slice(0, starts.count);
  }

  get count(): number {
    return this.starts.length;
  }

  /** 0-based index of the line holding `offset`. */
  lineOf(offset: number): number {
    const s = this.starts;
    return Math.max(0, lastOffsetAtOrBefore(s, s.length, offset));
  }

  /**
   * lineOf(offset) for a caller that walks offsets in text order and knows the line of an earlier
   * one: a step forward from `line` (most often none or one), not a bisection of all lines.
   */
  lineFrom(line: number, offset: number): number {
    const s = this.starts;
    while (line + 1 < s.length && s[line + 1] <= offset) line++;
    return line;
  }

  /** End of line `i`'s content (before its line break). */
  lineEnd(i: number): number {
    // The text's length read on every call, not only for the last line: read there alone, that
    // first read threw the compiled code of the loop asking away.
    const { text, starts } = this;
    const textEnd = text.length;
    if (i + 1 >= starts.length) return textEnd;
    const end = starts[i + 1] - 1;
    return this.#carriageReturns && text.charCodeAt(end) === 10 && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    return this.positionOnLine(this.lineOf(offset), offset);
  }

  /** 1-based line and column of an offset on 0-based line `line` (its lineOf, known already). */
  positionOnLine(line: number, offset: number): { line: number; column: number } {
    return { line: line + 1, column: offset - this.starts[line] + 1 };
  }
}

/**
 * Offsets of the first character of each line, collected by native indexOf (or, with CRs, by a
 * scan): one pass into an array reserved at a line per 40 characters, grown on demand, which a
 * second pass to count the lines would cost more than. Returns right after its loop: the loop is
 * compiled while it runs (on-stack replacement), and code after it in the same function, never
 * run before, threw that code away on the way out.
 */
function lineStarts(text: string, carriageReturns: boolean): Offsets {
  const starts = new Offsets((text.length / 40) | 0);
  starts.push(0);
  if (!carriageReturns) for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  else forEachBreak(text, (next) => starts.push(next));
  return starts;
}

/** Calls `found` with the offset after each LF, CRLF or CR. */
function forEachBreak(text: string, found: (next: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) found(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      found(i + 1);
    }
  }
}
