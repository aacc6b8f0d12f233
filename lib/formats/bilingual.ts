// Builds the two checked texts of a bilingual file (XLIFF, TMX, CSV/TSV with source and target
// columns) side by side: each unit's target text in `text`, its source text in `source.text`, both
// a segment per line, and the unit table pairing them (with their inline codes for tag checks).

import { TextBuilder } from './offset-map.js';
import type { InlineCode, ReadResult, Unit, UnitAddress, UnitKind } from './types.js';

const enum P {
  Verbatim,
  Replaced,
  Opaque,
}

/**
 * A unit's text (one side of it) as pieces, ready to emit into a TextBuilder: a bilingual reader
 * reads a unit's source and target first, then emits both paired.
 */
export class Pieces {
  private readonly kinds: P[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly texts: string[] = [];
  /** Inline codes, each before the piece at `codeAt[i]`. */
  private readonly codes: Array<Omit<InlineCode, 'offset'>> = [];
  private readonly codeAt: number[] = [];

  constructor(
    private readonly file: string,
    /** The segment id (XLIFF 2 `<segment id>`, 1.2 `<mrk mid>`) when the content is segmented. */
    readonly id?: string,
  ) {}

  private add(kind: P, start: number, end: number, text: string): void {
    this.kinds.push(kind);
    this.starts.push(start);
    this.ends.push(end);
    this.texts.push(text);
  }

  /** File text copied as it is. */
  verbatim(start: number, end: number): void {
    this.add(P.Verbatim, start, end, '');
  }

  /** `text` standing for file[start, end) as a whole (a reference, an escape). */
  replaced(text: string, start: number, end: number): void {
    this.add(P.Replaced, start, end, text);
  }

  /** A stand-in for markup ('' or U+FFFC); see TextBuilder.opaque. */
  opaque(text: string, start: number, end: number): void {
    this.add(P.Opaque, start, end, text);
  }

  code(id: string, kind: InlineCode['kind']): void {
    this.codes.push({ id, kind });
    this.codeAt.push(this.kinds.length);
  }

  /** Whether piece i is text with more than white space. */
  private isText(i: number): boolean {
    const kind = this.kinds[i];
    if (kind === P.Opaque) return false;
    return (kind === P.Verbatim ? this.file.slice(this.starts[i], this.ends[i]) : this.texts[i]).trim() !== '';
  }

  /**
   * Appends the pieces to `b`; returns the range they fill and their codes at their checked
   * offsets. A code before the first text or after the last (a trailing placeholder, a line-break
   * code) stands outside the segment's sentences: it leaves no trace there, as a code the text
   * flows through, so the rules see the segment's edges as its edges.
   */
  emit(b: TextBuilder): { start: number; end: number; codes: InlineCode[] } {
    const start = b.textLength;
    const codes: InlineCode[] = [];
    let first = 0;
    while (first < this.kinds.length && !this.isText(first)) first++;
    let last = this.kinds.length - 1;
    while (last > first && !this.isText(last)) last--;
    let c = 0;
    for (let i = 0; i <= this.kinds.length; i++) {
      while (c < this.codes.length && this.codeAt[c] === i) codes.push({ ...this.codes[c++], offset: b.textLength });
      if (i === this.kinds.length) break;
      const kind = this.kinds[i];
      if (kind === P.Verbatim) b.verbatim(this.starts[i], this.ends[i]);
      else if (kind === P.Replaced) b.replaced(this.texts[i], this.starts[i], this.ends[i]);
      else b.opaque(i < first || i > last ? '' : this.texts[i], this.starts[i], this.ends[i]);
    }
    return { start, end: b.textLength, codes };
  }
}


export class BilingualBuilder {
  private readonly target: TextBuilder;
  private readonly source: TextBuilder;
  /** What each started unit learns besides its target range, in the order the units were started. */
  private readonly pairs: Array<Pick<Unit, 'sourceStart' | 'sourceEnd' | 'codes' | 'sourceCodes'>> = [];

  constructor(file: string) {
    this.target = new TextBuilder(file);
    this.source = new TextBuilder(file);
  }

  /** Adds a unit: its target text and, when known, its source text; `fileEnd` is where the unit ends in the file. */
  add(address: UnitAddress, kind: UnitKind, target: Pieces, source: Pieces | undefined, fileEnd: number): void {
    const pair: (typeof this.pairs)[number] = {};
    if (source) {
      const s = source.emit(this.source);
      this.source.paragraphBreak(fileEnd);
      pair.sourceStart = s.start;
      pair.sourceEnd = s.end;
      if (s.codes.length > 0) pair.sourceCodes = s.codes;
    }
    this.target.startUnit(address, kind);
    const t = target.emit(this.target);
    if (t.codes.length > 0) pair.codes = t.codes;
    this.target.paragraphBreak(fileEnd);
    this.pairs.push(pair);
  }

  build(lang: string | undefined, sourceLang: string | undefined): ReadResult {
    const t = this.target.build();
    const s = this.source.build();
    t.units.forEach((u, i) => Object.assign(u, this.pairs[i]));
    const result: ReadResult = { text: t.text, map: t.map, units: t.units, source: { text: s.text, map: s.map } };
    if (sourceLang) result.source!.lang = sourceLang;
    if (lang) result.lang = lang;
    return result;
  }
}
