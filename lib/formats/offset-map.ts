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
    private readonly checkedStarts: readonly number[],
    private readonly fileStarts: readonly number[],
    private readonly fileEnds: readonly number[],
    private readonly kinds: readonly Piece[],
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
  private readonly checkedStarts: number[] = [];
  private readonly fileStarts: number[] = [];
  private readonly fileEnds: number[] = [];
  private readonly kinds: Piece[] = [];
  private readonly units: Unit[] = [];
  private open?: Unit;

  /** `file` is the decoded file the offsets index. */
  constructor(private readonly file: string) {}

  get textLength(): number {
    return this.length;
  }

  private push(text: string, fileStart: number, fileEnd: number, kind: Piece): void {
    // Empty opaque pieces are kept: they mark markup a fix must not cross.
    if (text.length === 0 && kind !== Piece.Opaque) return;
    const k = this.kinds.length - 1;
    // Adjacent verbatim stretches merge into one piece.
    if (kind === Piece.Verbatim && k >= 0 && this.kinds[k] === Piece.Verbatim && this.fileEnds[k] === fileStart) {
      this.fileEnds[k] = fileEnd;
    } else {
      this.checkedStarts.push(this.length);
      this.fileStarts.push(fileStart);
      this.fileEnds.push(fileEnd);
      this.kinds.push(kind);
    }
    this.parts.push(text);
    this.length += text.length;
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

  /** Ends the open unit and the paragraph (a line break in the checked text) unless the text is empty or already at one. */
  paragraphBreak(fileOffset: number): void {
    this.endUnit();
    if (this.length === 0 || this.parts[this.parts.length - 1].endsWith('\n')) return;
    this.push('\n', fileOffset, fileOffset, Piece.Separator);
  }

  build(): { text: string; map: OffsetMap; units: Unit[] } {
    this.endUnit();
    const text = this.parts.join('');
    // The map takes the arrays as they are (a copy of millions of starts costs as much as the walk).
    this.checkedStarts.push(this.length);
    return { text, map: new OffsetMap(this.checkedStarts, this.fileStarts, this.fileEnds, this.kinds), units: this.units };
  }
}
