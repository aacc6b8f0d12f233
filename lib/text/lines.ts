// Line starts of a text, for 1-based line/column positions and for paragraph (line) ranges.
// LF, CRLF and CR all end a line; offsets stay those of the text as given.

import { grown } from './grown.js';
import { lastAtOrBefore } from './search.js';

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

  constructor(readonly text: string) {
    // One pass into an array grown by doubling (a line per 40 characters to start with), then one
    // copy at the exact size: a second pass over the text to count the lines cost more.
    let starts = new Int32Array(Math.max(16, (text.length / 40) | 0));
    let count = 1;
    const add = (next: number) => {
      if (count === starts.length) starts = grown(starts, 2 * count);
      starts[count++] = next;
    };
    if (!hasCarriageReturn(text)) for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) add(i + 1);
    else forEachBreak(text, add);
    this.starts = starts.slice(0, count);
  }

  get count(): number {
    return this.starts.length;
  }

  /** 0-based index of the line holding `offset`. */
  lineOf(offset: number): number {
    const s = this.starts;
    return Math.max(0, lastAtOrBefore(s.length, (i) => s[i], offset));
  }

  /** End of line `i`'s content (before its line break). */
  lineEnd(i: number): number {
    if (i + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[i + 1] - 1;
    if (this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - this.starts[line] + 1 };
  }
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
