// A quotation left open at a line's end may be a long speech that closes many lines later without
// reopening, where the lines are not paragraphs: a Bible printed a verse per line (chapters
// separated by blank lines) runs a speech over ten or forty verses («Մի մարդ ընթրիք սարքեց… ⏎ … ⏎
// …իմ ընթրիքից չի ճաշակի»:). So in a document that separates its paragraphs with blank lines, the
// lines of one block are lines of one paragraph (verses, wrapped lines, a poem's lines). Past the
// lines within which a quotation is taken to go on (SPAN_LINES in unpaired-quote.ts) such a mark can
// no longer be continued by a line that reopens it, but it is not yet unpaired: if the next mark of
// its family is a closing one in the same block, on a line that has not quoted with that family
// before it, nothing else opened in between and the two are one quotation. Where lines are
// paragraphs (no blank line anywhere) or a blank line lies between, a paragraph would have reopened
// it: both are reported, as before. A dropped closing mark is followed by the next quotation's
// opening mark, which reports it as before; a mark never answered is reported at the text's end.

import type { CheckContext } from '../context.js';

/** A mark past the lines a quotation is continued in: its position and the mark it stands for (a kind of unpaired-quote.ts). */
export interface StaleMark {
  at: number;
  kind: number;
  line: number;
}

/** Marks left open longer than a quotation is continued, oldest first. */
export class StaleMarks {
  #marks: StaleMark[] = [];
  /** Whether the document separates paragraphs with blank lines (read when first needed). */
  #blocks: boolean | undefined;

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.#marks.length;
  }

  /** Keeps `m` (open past its continuation); the oldest goes to `unpaired` past the limit. */
  retire(m: StaleMark, unpaired: number[]): void {
    this.#marks.push(m);
    if (this.#marks.length > this.limit) unpaired.push(this.#marks.shift()!.at);
  }

  /**
   * Closes the latest mark whose kind is one of `kinds` (a bit mask of kinds) with a closing mark on line `line`: true if
   * one was open in the same block of a document with blocks. One that was not goes to `unpaired`
   * (no later closing mark is in its block either).
   */
  close(kinds: number, text: string, lines: CheckContext['lines'], line: number, unpaired: number[]): boolean {
    for (let k = this.#marks.length - 1; k >= 0; k--) {
      const m = this.#marks[k];
      if (((kinds >> m.kind) & 1) === 0) continue;
      this.#marks.splice(k, 1);
      this.#blocks ??= hasBlankLine(text, lines);
      if (this.#blocks && !blankBetween(text, lines, m.line, line)) return true;
      unpaired.push(m.at);
      return false;
    }
    return false;
  }

  /** Moves to `unpaired` the marks of the families `families` (bits of familyOf): a line quoted with their family before closing them. */
  dropFamilies(families: number, familyOf: (kind: number) => number, unpaired: number[]): void {
    if (this.#marks.length === 0) return;
    const keep: StaleMark[] = [];
    for (const m of this.#marks) if ((familyOf(m.kind) & families) !== 0) unpaired.push(m.at);
    else keep.push(m);
    this.#marks = keep;
  }

  /** Moves every mark to `unpaired`: the text ended without closing them. */
  drain(unpaired: number[]): void {
    for (const m of this.#marks) unpaired.push(m.at);
    this.#marks = [];
  }
}

/** Whether a blank line lies between lines `from` and `to`. */
function blankBetween(text: string, lines: CheckContext['lines'], from: number, to: number): boolean {
  for (let l = from + 1; l < to; l++) {
    let i = lines.starts[l];
    const end = lines.lineEnd(l);
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 13)) i++;
    if (i === end) return true;
  }
  return false;
}

/**
 * Whether some line is empty (or a lone carriage return). By the line index, not a search of the
 * text: a text without blank lines is read to its end, and 10 MB of it cost 0.4 % of a check read
 * character by character.
 */
function hasBlankLine(text: string, lines: CheckContext['lines']): boolean {
  const { starts } = lines;
  for (let l = 0; l < starts.length; l++) {
    const length = lines.lineEnd(l) - starts[l];
    if (length === 0 || (length === 1 && text.charCodeAt(starts[l]) === 13)) return true;
  }
  return false;
}
