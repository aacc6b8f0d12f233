// From positions in a reader's checked text back to positions in the file, and the builder
// readers use to make both at once (LanguageTool's AnnotatedText idea). The checked text is a
// sequence of pieces: file text copied as it is, text that stands for a stretch of the file as a
// whole (an entity, an escape, a wrapped line end read as a space), opaque stand-ins for markup
// (inline codes), and the line breaks that separate paragraphs.

import type { Unit, UnitAddress, UnitKind } from './types.js';
import { lastAtOrBefore } from '../text/search.js';

const enum Piece {
  /** File text copied as it is: offsets map one to one. */
  Verbatim,
  /** Stands for its file stretch as a whole ("&amp;" read as "&"); a fix may replace it whole. */
  Replaced,
  /** Stands for markup (an inline code): never split, never edited by a fix. */
  Opaque,
  /** A paragraph break the reader put between units. */
  Separator,
}

export interface FileRange {
  start: number;
  end: number;
  /** Whether a fix may replace the file range with new text: it holds no markup and no unit boundary. */
  editable: boolean;
}

export class OffsetMap {
  constructor(
    /** Start of each piece in the checked text, ascending; the last entry is the text's length. */
    private readonly checkedStarts: Int32Array,
    private readonly fileStarts: Int32Array,
    private readonly fileEnds: Int32Array,
    /** The Piece of each piece. */
    private readonly kinds: Uint8Array,
  ) {}

  /** Index of the piece holding checked offset `offset` (the last piece for the text's end). */
  private pieceAt(offset: number): number {
    const s = this.checkedStarts;
    return Math.max(0, lastAtOrBefore(this.kinds.length, (i) => s[i], offset));
  }

  /**
   * The file offset of a checked offset. A start maps to the start of a piece that stands for a
   * stretch as a whole, an end to its end, so a finding on "&" covers all of "&amp;".
   */
  toFile(offset: number, edge: 'start' | 'end'): number {
    if (this.kinds.length === 0) return 0;
    let k = this.pieceAt(offset);
    // An end exactly at a piece's start belongs to the piece before it (past empty pieces, which start there too).
    if (edge === 'end') while (k > 0 && offset === this.checkedStarts[k]) k--;
    const from = this.checkedStarts[k];
    if (this.kinds[k] === Piece.Verbatim) return Math.min(this.fileStarts[k] + (offset - from), this.fileEnds[k]);
    if (edge === 'start') return offset >= this.checkedStarts[k + 1] ? this.fileEnds[k] : this.fileStarts[k];
    return offset === from ? this.fileStarts[k] : this.fileEnds[k];
  }

  /** The file range of checked range [start, end), and whether a fix may rewrite it. */
  toFileRange(start: number, end: number): FileRange {
    const fileStart = this.toFile(start, 'start');
    const fileEnd = Math.max(fileStart, this.toFile(end, 'end'));
    let editable = true;
    const first = this.pieceAt(start);
    for (let k = first; k < this.kinds.length && (this.checkedStarts[k] < end || k === first); k++) {
      const kind = this.kinds[k];
      const from = this.checkedStarts[k];
      const to = this.checkedStarts[k + 1];
      if (kind === Piece.Opaque || kind === Piece.Separator) editable = false;
      // A whole-stretch piece may be replaced whole, not in part.
      else if (kind === Piece.Replaced && (start > from || end < to) && start !== end) editable = false;
      // Verbatim pieces must join up in the file: a gap is markup the checked text left out.
      if (k > first && this.fileStarts[k] !== this.fileEnds[k - 1]) editable = false;
    }
    return { start: fileStart, end: fileEnd, editable };
  }
}

/**
 * Builds a checked text, its offset map and its unit table while a reader walks the file.
 * Units are separated by paragraph breaks unless the reader says a unit runs on (`join`).
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  // The pieces (the first `count` entries), in typed arrays grown by doubling: a reader adds a few
  // per line of a large file, and number[]s grown a push at a time were copied through the heap
  // again and again (a third of a 15 MB subtitle file's reading time).
  private count = 0;
  private checkedStarts = new Int32Array(64);
  private fileStarts = new Int32Array(64);
  private fileEnds = new Int32Array(64);
  private kinds = new Uint8Array(64);
  private readonly units: Unit[] = [];
  private open?: Unit;
  private readonly spanEnds: number[] = [];
  private readonly spanStarts: number[] = [];

  /** `file` is the decoded file the offsets index. */
  constructor(private readonly file: string) {}

  get textLength(): number {
    return this.length;
  }

  private push(text: string, fileStart: number, fileEnd: number, kind: Piece): void {
    // Empty opaque pieces are kept: they mark markup a fix must not cross.
    if (text.length === 0 && kind !== Piece.Opaque) return;
    const k = this.count - 1;
    // Adjacent verbatim stretches merge into one piece.
    if (kind === Piece.Verbatim && k >= 0 && this.kinds[k] === Piece.Verbatim && this.fileEnds[k] === fileStart) {
      this.fileEnds[k] = fileEnd;
    } else {
      this.reserve(this.count + 1);
      this.checkedStarts[this.count] = this.length;
      this.fileStarts[this.count] = fileStart;
      this.fileEnds[this.count] = fileEnd;
      this.kinds[this.count] = kind;
      this.count++;
    }
    this.parts.push(text);
    this.length += text.length;
  }

  /** Room for `n` pieces. */
  private reserve(n: number): void {
    if (n <= this.kinds.length) return;
    const size = 2 * n;
    this.checkedStarts = withCopy(new Int32Array(size), this.checkedStarts);
    this.fileStarts = withCopy(new Int32Array(size), this.fileStarts);
    this.fileEnds = withCopy(new Int32Array(size), this.fileEnds);
    this.kinds = withCopy(new Uint8Array(size), this.kinds);
  }

  /** Starts a unit; what is appended until the next `startUnit` or `endUnit` is its text. */
  startUnit(address: UnitAddress, kind: UnitKind): void {
    this.endUnit();
    this.open = { address, kind, start: this.length, end: this.length };
  }

  endUnit(): void {
    if (!this.open) return;
    this.open.end = this.length;
    this.units.push(this.open);
    this.open = undefined;
  }

  /** Copies file[fileStart, fileEnd) as it is. */
  verbatim(fileStart: number, fileEnd: number): void {
    this.push(this.file.slice(fileStart, fileEnd), fileStart, fileEnd, Piece.Verbatim);
  }

  /** Appends `text`, which stands for file[fileStart, fileEnd) as a whole (an entity, an escape, a joined line end). */
  replaced(text: string, fileStart: number, fileEnd: number): void {
    this.push(text, fileStart, fileEnd, Piece.Replaced);
  }

  /**
   * Appends a stand-in for markup at file[fileStart, fileEnd) that fixes never touch: '' for codes
   * the text flows through (XLIFF `<g>`, `<bpt>`, `<pc>`; HTML `<b>`), U+FFFC for codes that stand
   * for content of their own (XLIFF `<x/>`, `<ph>`: a variable, an image).
   */
  opaque(text: string, fileStart: number, fileEnd: number): void {
    this.push(text, fileStart, fileEnd, Piece.Opaque);
  }

  /**
   * Notes a link of the open unit to `url`, shown by the text from `start` to the end of the text
   * so far (see UnitLink); a link that shows no text is left out, there being nothing to point at.
   */
  link(url: string, start: number): void {
    if (!this.open || start < this.open.start || start >= this.length) return;
    (this.open.links ??= []).push({ start, end: this.length, url });
  }

  /**
   * Notes that an inline span of the file (emphasis, a link's text, an HTML phrase element) closes
   * here, at the end of the text so far: see ReadResult.spanEnds.
   */
  spanEnd(): void {
    if (this.spanEnds[this.spanEnds.length - 1] !== this.length) this.spanEnds.push(this.length);
  }

  /** Notes that an inline span of the file opens here, at the end of the text so far: see ReadResult.spanStarts. */
  spanStart(): void {
    if (this.spanStarts[this.spanStarts.length - 1] !== this.length) this.spanStarts.push(this.length);
  }

  /**
   * Ends the open unit and the paragraph (a line break in the checked text) unless the text is empty
   * or already at one. An empty unit gets a line of its own all the same: a finding about it (an
   * empty translation) is then placed on its own line of the file, named by it and counted on its
   * line, not on the next unit's (where hundreds of empty entries once met the per-line cap).
   */
  paragraphBreak(fileOffset: number): void {
    const emptyUnit = this.open !== undefined && this.open.start === this.length;
    this.endUnit();
    if (!emptyUnit && (this.length === 0 || this.parts[this.parts.length - 1].endsWith('\n'))) return;
    this.push('\n', fileOffset, fileOffset, Piece.Separator);
  }

  build(): { text: string; map: OffsetMap; units: Unit[]; spanEnds: number[]; spanStarts: number[] } {
    this.endUnit();
    const text = this.parts.join('');
    // The map takes views of the arrays (a copy of millions of starts costs as much as the walk).
    this.reserve(this.count + 1);
    this.checkedStarts[this.count] = this.length;
    const n = this.count;
    return {
      text,
      map: new OffsetMap(this.checkedStarts.subarray(0, n + 1), this.fileStarts.subarray(0, n), this.fileEnds.subarray(0, n), this.kinds.subarray(0, n)),
      units: this.units,
      spanEnds: this.spanEnds,
      spanStarts: this.spanStarts,
    };
  }
}

/** `to` with `from` copied to its start. */
function withCopy<T extends Int32Array | Uint8Array>(to: T, from: T): T {
  to.set(from);
  return to;
}
