// A string a reader pieces together from the file before it can parse it further: a PO or JSON
// string with its escapes decoded, a Markdown paragraph's lines joined. It remembers where each
// part came from, so the reader can hand any range of it to the TextBuilder as file pieces.

import type { TextBuilder } from './offset-map.js';
import { lastAtOrBefore } from '../text/search.js';

const enum Run {
  /** Copied from the file as it is. */
  Verbatim,
  /** Stands for its file stretch as a whole (an escape). */
  Replaced,
  /** Markup inside the string the text flows through (the quotes between two PO string lines). */
  Opaque,
}

export class MappedString {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly starts: number[] = [];
  private readonly fileStarts: number[] = [];
  private readonly fileEnds: number[] = [];
  private readonly kinds: Run[] = [];
  /** What a run puts into the checked text when it differs from its text here (a joined line end: "\n" here, " " there). */
  private readonly shown: Array<string | undefined> = [];
  private joined?: string;

  constructor(private readonly file: string) {}

  private push(text: string, fileStart: number, fileEnd: number, kind: Run, shown?: string): void {
    this.starts.push(this.length);
    this.fileStarts.push(fileStart);
    this.fileEnds.push(fileEnd);
    this.kinds.push(kind);
    this.shown.push(shown);
    this.parts.push(text);
    this.length += text.length;
    this.joined = undefined;
  }

  /** Appends file[fileStart, fileEnd) as it is. */
  verbatim(fileStart: number, fileEnd: number): void {
    if (fileEnd <= fileStart) return;
    const k = this.kinds.length - 1;
    if (k >= 0 && this.kinds[k] === Run.Verbatim && this.fileEnds[k] === fileStart) {
      this.fileEnds[k] = fileEnd;
      this.parts.push(this.file.slice(fileStart, fileEnd));
      this.length += fileEnd - fileStart;
      this.joined = undefined;
      return;
    }
    this.push(this.file.slice(fileStart, fileEnd), fileStart, fileEnd, Run.Verbatim);
  }

  /** Appends `text`, which stands for file[fileStart, fileEnd) (an escape); `shown` is what the checked text gets instead. */
  replaced(text: string, fileStart: number, fileEnd: number, shown?: string): void {
    this.push(text, fileStart, fileEnd, Run.Replaced, shown ?? text);
  }

  /** Markup the string flows through: `text` here ('' or a line end), `shown` in the checked text; never edited by a fix. */
  opaque(text: string, fileStart: number, fileEnd: number, shown = text): void {
    this.push(text, fileStart, fileEnd, Run.Opaque, shown);
  }

  get text(): string {
    this.joined ??= this.parts.join('');
    return this.joined;
  }

  get textLength(): number {
    return this.length;
  }

  /** Index of the last run starting at or before `offset`. */
  private runAt(offset: number): number {
    const s = this.starts;
    return Math.max(0, lastAtOrBefore(s.length, (i) => s[i], offset));
  }

  /** The file offset where the string's offset `offset` starts (or, with `end`, where the character before it ends). */
  fileAt(offset: number, edge: 'start' | 'end' = 'start'): number {
    if (this.kinds.length === 0) return 0;
    let k = this.runAt(offset);
    if (edge === 'end' && k > 0 && offset === this.starts[k]) {
      // An end at a run's start belongs to the run before (skipping empty runs).
      k--;
      while (k > 0 && this.starts[k] === offset) k--;
    }
    const from = this.starts[k];
    if (this.kinds[k] === Run.Verbatim) return Math.min(this.fileStarts[k] + offset - from, this.fileEnds[k]);
    const to = k + 1 < this.starts.length ? this.starts[k + 1] : this.length;
    if (edge === 'start') return offset > from && offset >= to ? this.fileEnds[k] : this.fileStarts[k];
    return offset === from && to > from ? this.fileStarts[k] : this.fileEnds[k];
  }

  /** Appends the string's range [from, to) to the builder: verbatim as verbatim, escapes and markup whole. */
  emit(b: TextBuilder, from: number, to: number): void {
    let k = this.runAt(from);
    while (k > 0 && this.starts[k - 1] === from) k--;
    for (; k < this.kinds.length; k++) {
      const start = this.starts[k];
      if (start > to) break;
      const end = k + 1 < this.starts.length ? this.starts[k + 1] : this.length;
      // Empty runs (markup between two pieces of the string) at the range's edges or inside it; others where they overlap it.
      if (end === start ? start < from : end <= from || start >= to) continue;
      const kind = this.kinds[k];
      if (kind === Run.Verbatim) {
        b.verbatim(this.fileStarts[k] + Math.max(from, start) - start, this.fileStarts[k] + Math.min(to, end) - start);
      } else if (kind === Run.Replaced) {
        b.replaced(this.shown[k]!, this.fileStarts[k], this.fileEnds[k]);
      } else {
        b.opaque(this.shown[k]!, this.fileStarts[k], this.fileEnds[k]);
      }
    }
  }
}
