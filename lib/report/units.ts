// The document of a file a format reader reads into units (XLIFF, PO, subtitles, HTML, Markdown,
// JSON, TMX, CSV, Word), as a reviewer thinks of it: unit by unit in the text that was checked
// (markup out, entities decoded, inline codes as small tokens), each unit with its address, the
// source beside it for bilingual files.
//
// The file is read again with the reader the report names (`source.format`), after its SHA-256 is
// checked against the report's. Each finding is placed from its unit and the offset inside it,
// and the placement is confirmed by mapping it back to the file offsets the report holds; a
// finding that cannot be placed so is shown in its excerpt instead.

import { createHash } from 'node:crypto';
import { formatById, type FormatReader, type ReadResult, type Unit } from '../formats/index.js';
import type { OffsetMap } from '../formats/offset-map.js';
import type { InlineCode } from '../formats/types.js';
import type { Finding, Report } from '../types.js';
import { formatCount } from './numbers.js';
import { addTo, decoded, excerptBlocks, rowBlocks, rowFix, sideText, type ReviewView, type Span, type ViewCode, type ViewOptions } from './view.js';
import { lastAtOrBefore } from '../text/search.js';
import { characterEnd, OBJECT_REPLACEMENT } from '../text/chars.js';
import { INVISIBLES } from '../text/invisible.js';

/** What the folded units of each format are called. */
const NOUNS: Record<string, string> = { xliff: 'segment', po: 'string', json: 'string', srt: 'cue', vtt: 'cue', html: 'block', markdown: 'block', docx: 'paragraph', csv: 'cell', tsv: 'cell' };

/** A checked text and what leads back to the file: its offset map and the decoded file (none for Word files). */
interface Side {
  text: string;
  map?: OffsetMap;
  file?: string;
}

/** Draws the units; returns why it cannot (the caller shows excerpts then), or undefined when it did. */
export function unitView(view: ReviewView, file: string | Uint8Array, options: ViewOptions): string | undefined {
  const { report } = view;
  const reader = formatById(report.source.format ?? '');
  if (!reader) return `This version of mtqa has no reader for the format '${report.source.format}'`;
  if (reader.readBytes && typeof file === 'string') return `A ${reader.meta.name} is drawn from the file's bytes, not from text`;
  if (!sameFile(report, file)) return NOT_THE_FILE;
  const columns = report.source.columns;
  let target: Side;
  let units: Unit[];
  let source: { side: Side; ranges: Array<Span | undefined>; codes: Array<InlineCode[] | undefined> } | undefined;
  try {
    const read = readSide(reader, file, columns ? { columns } : {});
    if (!read.units) return `The ${reader.meta.name} reader gives this file no units`;
    if (report.summary && report.summary.characters !== read.text.length) return 'The file reads differently now than when it was checked';
    target = read;
    units = read.units;
    if (options.sourceText !== undefined) {
      // A separate source document (check --source): read alike, its units paired by part, id and segment.
      const other = readSide(reader, options.sourceText, {});
      const byKey = new Map((other.units ?? []).map((u) => [unitKey(u), u]));
      const pairs = units.map((u) => byKey.get(unitKey(u)));
      source = { side: other, ranges: pairs.map((u) => u && [u.start, u.end]), codes: pairs.map((u) => u?.codes) };
    } else if (read.source) {
      source = {
        side: { ...read.source, file: read.file },
        ranges: units.map((u) => (u.sourceStart === undefined ? undefined : [u.sourceStart, u.sourceEnd!])),
        codes: units.map((u) => u.sourceCodes),
      };
    }
  } catch (err) {
    return `The file could not be read again (${(err as Error).message})`;
  }

  const { text } = target;
  const rowOf = (o: number) => Math.max(0, lastAtOrBefore(units.length, (i) => units[i].start, o));
  const unitRange = (r: number): Span => [units[r].start, units[r].end];
  // Findings and their points on the source side, by the row of their unit (a source may serve
  // several units: PO plural forms, the language columns of a table).
  const sourceFindings = new Map<number, number[]>();
  const sourcePoints = new Map<number, number[]>();
  let unplaced = 0;
  report.findings.forEach((f, i) => {
    const placed = placeFinding(f, target, units, rowOf);
    if (!placed) {
      unplaced++;
      return;
    }
    const [span, row] = placed;
    view.spans[i] = span;
    const range = source?.ranges[row];
    const s = f.sourceSpan;
    if (source && range && s) {
      const at = toChecked(source.side, s.start, s.end, range[0], range[1]);
      if (at) {
        view.sourceSpans[i] = at;
        addTo(sourceFindings, row, i);
        addTo(sourcePoints, row, at[0]);
        if (at[1] > at[0]) addTo(sourcePoints, row, at[1] - 1);
      }
    }
    if (f.fix) {
      const [lo] = unitRange(row);
      const hi = row + 1 < units.length ? units[row + 1].start : text.length;
      const edits = f.fix.edits.map((e) => {
        const at = toChecked(target, e.start, e.end, lo, hi);
        return at && { start: at[0], end: at[1], text: e.text };
      });
      if (edits.every((e) => e)) view.fixes[i] = rowFix(text, span, edits as NonNullable<(typeof edits)[number]>[], rowOf, unitRange);
    }
  });

  const noun = NOUNS[reader.meta.id] ?? 'unit';
  view.facts.splice(view.facts.findIndex((f) => f.term === 'Format') + 1, 0, {
    term: 'Units',
    value: `${formatCount(units.length)} ${noun}${units.length === 1 ? '' : 's'}${source ? ', each beside its source' : ''}`,
  });
  rowBlocks(view, text, {
    count: units.length,
    start: (r) => units[r].start,
    end: (r) => units[r].end,
    rowOf,
    noun,
    fill: (block, r) => {
      const u = units[r];
      block.address = u.address;
      block.label = u.address.id.length <= 8 ? u.address.id : '';
      const codes = tokens(target, u.start, u.end, u.codes);
      if (codes.length > 0) block.codes = codes;
      if (!source) return;
      const range = source.ranges[r];
      block.source = range ? sideText(block, source.side.text, range, sourcePoints.get(r), sourceFindings.get(r)) : { pieces: [], findings: [] };
      const sourceCodes = range ? tokens(source.side, range[0], range[1], source.codes[r]) : [];
      if (sourceCodes.length > 0) block.source.codes = sourceCodes;
    },
  });
  if (unplaced > 0) {
    view.notice = `${formatCount(unplaced)} finding${unplaced === 1 ? '' : 's'} could not be placed in the file's units and ${unplaced === 1 ? 'is' : 'are'} shown in ${unplaced === 1 ? 'its excerpt' : 'their excerpts'} after the document.`;
    excerptBlocks(view);
  }
  return undefined;
}

function readSide(reader: FormatReader, file: string | Uint8Array, options: { columns?: readonly [string, string] }): ReadResult & Side {
  if (reader.readBytes) {
    if (typeof file === 'string') throw new Error(`a ${reader.meta.name} is read from its bytes`);
    return reader.readBytes(file, options);
  }
  const text = decoded(file);
  return { ...reader.read(text, options), file: text };
}

export const NOT_THE_FILE = 'The file given is not the file the report was made from (its SHA-256 differs)';

/** Whether `file` (its bytes, or its text as decoded) is the file the report was made from, by its SHA-256. */
export function sameFile(report: Report, file: string | Uint8Array): boolean {
  const { sha256, encoding = 'utf-8', bom } = report.source;
  // A legacy encoding's bytes cannot be rebuilt from the text here (Node encodes none of them): the
  // callers that hold such a file pass its bytes.
  if (!sha256 || (typeof file === 'string' && encoding !== 'utf-8' && !encoding.startsWith('utf-16'))) return true;
  const hash = createHash('sha256');
  if (typeof file !== 'string') hash.update(file);
  else {
    // The bytes the text was decoded from, in the encoding and with the byte-order mark the report
    // records, a megabyte at a time (a 50 MB text is not copied whole).
    const text = bom ? `\ufeff${file}` : file;
    for (let at = 0; at < text.length; ) {
      let end = Math.min(text.length, at + (1 << 20));
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end++;
      const chunk = text.slice(at, end);
      if (encoding === 'utf-8') hash.update(chunk, 'utf8');
      else {
        const bytes = Buffer.from(chunk, 'utf16le');
        hash.update(encoding === 'utf-16be' ? bytes.swap16() : bytes);
      }
      at = end;
    }
  }
  return hash.digest('hex') === sha256;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

const unitKey = (u: Unit) => `${u.address.part ?? ''}\u0000${u.address.id}\u0000${u.address.segment ?? ''}`;

/** The smallest offset in [lo, hi] where `ok` turns true (it must stay true after), or hi + 1. */
function lowest(lo: number, hi: number, ok: (o: number) => boolean): number {
  let a = lo;
  let b = hi + 1;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (ok(mid)) b = mid;
    else a = mid + 1;
  }
  return a;
}

/**
 * The checked range that maps to file range [start, end), searched in [lo, hi] (where offsets map
 * to the file in order), or undefined when none maps exactly. Without a map (a Word file) the
 * offsets are already those of the checked text.
 */
function toChecked(side: Side, start: number, end: number, lo: number, hi: number): Span | undefined {
  const map = side.map;
  if (!map) return start >= lo && end <= hi && start <= end ? [start, end] : undefined;
  const fileEnd = (o: number) => Math.max(start, map.toFile(o, 'end'));
  const s = lowest(lo, hi, (o) => map.toFile(o, 'start') >= start);
  if (s > hi || map.toFile(s, 'start') !== start) return undefined;
  const e = lowest(s, hi, (o) => fileEnd(o) >= end);
  return e <= hi && fileEnd(e) === end ? [s, e] : undefined;
}

/**
 * A finding's range in the checked text and the row (unit) it starts in: from its unit and offset,
 * confirmed against its file offsets; clipped to the units' text (a finding may reach into the
 * space between two cues, which is not drawn).
 */
function placeFinding(f: Finding, side: Side, units: Unit[], rowOf: (o: number) => number): [Span, number] | undefined {
  const { text } = side;
  let row: number;
  let from = 0;
  if (f.unit) {
    row = f.unit.index;
    if (units[row]?.address.id !== f.unit.id) return undefined;
    from = units[row].start + f.unit.offset;
  } else {
    row = -1;
  }
  // The end lies in the unit the finding ends in (endId), or before the next one.
  let last = Math.max(row, 0);
  if (f.unit?.endId !== undefined) {
    last++;
    while (last + 1 < units.length && units[last].address.id !== f.unit.endId) last++;
  }
  const hi = row < 0 || last + 1 >= units.length ? text.length : units[last + 1].start;
  const span = toChecked(side, f.start, f.end, from, hi);
  if (!span || (f.unit && span[0] !== from)) return undefined;
  const clip = (o: number, r: number) => Math.min(Math.max(o, units[r].start), units[r].end);
  const start = clip(span[0], rowOf(span[0]));
  const end = span[1] > span[0] ? Math.max(start, clip(span[1], rowOf(span[1] - 1))) : start;
  return [[start, end], row < 0 ? rowOf(start) : row];
}


/** Characters that would be invisible or reorder a token's label. */
const INVISIBLE = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f${INVISIBLES}]`, 'g');
const OBJECT = 0xfffc;

/**
 * The tokens of the checked text in [from, to]: the inline codes the reader recorded (memoQ's
 * notation: `{1>` opens, `<1}` closes, `{1}` stands alone), and for every other U+FFFC (a
 * placeholder, an image, inline code) the markup it stands for, shortened.
 */
function tokens(side: Side, from: number, to: number, codes: readonly InlineCode[] | undefined): ViewCode[] {
  const { text } = side;
  const out: ViewCode[] = [];
  const owned = new Set<number>();
  codes?.forEach((c, k) => {
    const o = c.offset;
    if (o < from || o > to) return;
    // Of several codes at one place, the last is the one the U+FFFC there stands for.
    const wraps = o < to && text.charCodeAt(o) === OBJECT && codes[k + 1]?.offset !== o;
    if (wraps) owned.add(o);
    out.push({ offset: o, label: c.kind === 'open' ? `{${c.id}>` : c.kind === 'close' ? `<${c.id}}` : `{${c.id}}`, wraps });
  });
  // Searched in the unit's own text: a search of the whole text would scan on past the unit.
  const own = text.slice(from, to);
  for (let k = own.indexOf(OBJECT_REPLACEMENT); k >= 0; k = own.indexOf(OBJECT_REPLACEMENT, k + 1)) {
    if (!owned.has(from + k)) out.push({ offset: from + k, label: markupAt(side, from + k), wraps: true });
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** The markup a U+FFFC stands for, as the file writes it, in at most 24 characters. */
function markupAt(side: Side, o: number): string {
  if (!side.map || side.file === undefined) return '{}';
  const start = side.map.toFile(o, 'start');
  const end = side.map.toFile(o + 1, 'end');
  const markup = side.file.slice(start, Math.min(end, start + 40)).replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  if (markup === '') return '{}';
  return end - start > 24 || markup.length > 24 ? `${markup.slice(0, characterEnd(markup, 23, markup.length))}…` : markup;
}
