// The review page's view model: what the page shows, built from a report and the file it was made
// from. The HTML renderer draws only this. Plain text is drawn line by line as it is; a file a
// format reader reads into units (XLIFF, PO, subtitles, HTML, Word…) is drawn unit by unit in the
// text that was checked (units.ts), with the source beside it for bilingual files.
//
// Page size stays proportional to the findings: rows (lines or units) without findings fold into
// a count, and a long row keeps only the text around its findings' ends, so a 10 MB clean file is
// a small page.

import { decode } from '../decode.js';
import { formatById } from '../formats/index.js';
import { isLowSurrogate } from '../text/chars.js';
import { LineIndex } from '../text/lines.js';
import type { Edit, Report, UnitAddress } from '../types.js';
import { previewFix, type FixPreview } from './fix-preview.js';
import { formatCount } from './numbers.js';
import { NOT_THE_FILE, sameFile, unitView } from './units.js';
import { firstAtOrAfter } from '../text/search.js';

/** Document text shown as it is: `text` starts at `offset` of the text the view's spans index. */
export interface ViewRun {
  offset: number;
  text: string;
}

/** Text left out of a long line. */
export interface ViewGap {
  elided: number;
}

/** An inline code or placeholder, drawn as a small neutral token at `offset`. */
export interface ViewCode {
  offset: number;
  /** What the token reads: `{1>` `<1}` `{1}` for an XLIFF or TMX code, else the markup it stands for. */
  label: string;
  /** The token stands for the character at `offset` (a U+FFFC in the checked text) and is drawn around it. */
  wraps: boolean;
}

/** One side of a block: its text, the tokens in it and the findings marked in it. */
export interface ViewText {
  pieces: Array<ViewRun | ViewGap>;
  /** In offset order. */
  codes?: ViewCode[];
  /** Indexes into `report.findings` of the findings marked here. */
  findings: number[];
}

export interface ViewBlock extends ViewText {
  kind: 'block';
  /** The gutter: a line number, or a short unit id. */
  label: string;
  /** The unit, for files read into units: drawn as a caption (id, segment, key, part, state). */
  address?: UnitAddress;
  /** The source beside the translation, for bilingual files and line-aligned `--source` pairs. */
  source?: ViewText;
}

/** Rows left out: `count` lines (or units, named by `noun`). */
export interface ViewFold {
  kind: 'fold';
  count: number;
  noun: string;
  /** A finding spans (part of) the folded rows, so they are not "without findings". */
  insideFinding: boolean;
}

/** [start, end) in the coordinates of a view's runs. */
export type Span = [number, number];

export interface ReviewView {
  report: Report;
  /** Facts about the file for the page header, in order. */
  facts: Array<{ term: string; value: string }>;
  /** Said above the document when it is not shown from the full text. */
  notice?: string;
  /** ISO 639 codes of the document text and of its source text, for `lang` attributes. */
  lang?: string;
  sourceLang?: string;
  blocks: Array<ViewBlock | ViewFold>;
  /** Per finding (same index): where it is marked in the blocks' runs; undefined if it is not drawn. */
  spans: Array<Span | undefined>;
  /** Per finding: the part of the source it refers to, in the source runs' coordinates, where drawn. */
  sourceSpans: Array<Span | undefined>;
  /** Per finding: its fix as before/after, where the text around it is known. */
  fixes: Array<FixPreview | undefined>;
}

/** Runs of rows without findings up to this size are shown, not folded (a title, a blank line). */
const SHOW_RUN_ROWS = 4;
const SHOW_RUN_CHARS = 1_200;
/** Rows longer than this keep only the text around their findings' ends… */
const LONG_LINE = 2_000;
/** …this much either side; a stretch is elided only if it is longer than twice this. */
const WINDOW = 320;

export interface ViewOptions {
  /**
   * The translation's source document as given to `mtqa check --source` (its decoded text, or its
   * bytes): for plain text, line i is the source of line i; for other formats it is read with the
   * same reader and its units are paired with the translation's by id.
   */
  sourceText?: string | Uint8Array;
}

/**
 * The view of `report`. `file` is what it was made from: the decoded text (whose UTF-16 offsets
 * plain-text findings index) or the file's bytes (needed for Word files). Without it, or when it
 * does not match the report, each finding is shown in its excerpt.
 */
export function buildView(report: Report, file?: string | Uint8Array, options: ViewOptions = {}): ReviewView {
  const n = report.findings.length;
  const view: ReviewView = { report, facts: facts(report), blocks: [], spans: Array(n), sourceSpans: Array(n), fixes: Array(n) };
  if (report.language && report.language.code !== 'und') view.lang = report.language.code;
  if (report.sourceLanguage && report.sourceLanguage.code !== 'und') view.sourceLang = report.sourceLanguage.code;
  if (report.status === 'error') return view;
  let why = 'The checked text was not given';
  if (file !== undefined) {
    const reader = formatById(report.source.format ?? 'text');
    const result = reader?.meta.id === 'text' ? textView(view, file, options) : unitView(view, file, options);
    if (!result) return view;
    why = result;
  }
  view.notice = `${why}, so each finding is shown in the excerpt the report keeps of it.`;
  Object.assign(view, { blocks: [], spans: [], sourceSpans: Array(n), fixes: Array(n) });
  excerptBlocks(view);
  return view;
}

/** Decodes bytes as check did; a string is taken as decoded. Throws a DecodeError on bad bytes. */
export const decoded = (file: string | Uint8Array): string => (typeof file === 'string' ? file : decode(file).text);

/** Plain text: the file line by line. Returns why it cannot be drawn, or undefined when it was. */
function textView(view: ReviewView, file: string | Uint8Array, options: ViewOptions): string | undefined {
  const { report } = view;
  let text: string;
  let sourceText: string | undefined;
  try {
    text = decoded(file);
    sourceText = options.sourceText === undefined ? undefined : decoded(options.sourceText);
  } catch (err) {
    return `The file could not be decoded (${(err as Error).message})`;
  }
  const expected = report.summary?.characters;
  if (expected !== undefined && expected !== text.length) {
    return `The text given has ${formatCount(text.length)} characters and the report counted ${formatCount(expected)}`;
  }
  if (!sameFile(report, file)) return NOT_THE_FILE;
  if (report.findings.some((f) => !(f.start >= 0 && f.start <= f.end && f.end <= text.length))) return 'The report has findings outside the text given';
  view.spans = report.findings.map((f) => [f.start, f.end]);
  const lines = new LineIndex(text);
  const sourceLines = sourceText === undefined ? undefined : new LineIndex(sourceText);
  // Source spans index the source file, which for plain text is the source text as it is.
  const sourceFindings = new Map<number, number[]>();
  if (sourceLines) {
    report.findings.forEach((f, i) => {
      const s = f.sourceSpan;
      if (!s || !(s.start <= s.end && s.end <= sourceText!.length)) return;
      view.sourceSpans[i] = [s.start, s.end];
      for (let l = sourceLines.lineOf(s.start); l <= sourceLines.lineOf(Math.max(s.start, s.end - 1)); l++) addTo(sourceFindings, l, i);
    });
  }
  const sourcePoints = sourceLines && pointsByRow(view.sourceSpans, (o) => sourceLines.lineOf(o));
  rowBlocks(view, text, {
    count: lines.count,
    start: (l) => lines.starts[l],
    end: (l) => lines.lineEnd(l),
    rowOf: (o) => lines.lineOf(o),
    noun: 'line',
    trailing: true,
    fill: (block, l) => {
      block.label = String(l + 1);
      if (!sourceLines) return;
      const range: Span = l < sourceLines.count ? [sourceLines.starts[l], sourceLines.lineEnd(l)] : [0, 0];
      block.source = sideText(block, sourceText!, range, sourcePoints!.get(l), sourceFindings.get(l));
    },
  });
  view.fixes = report.findings.map((f, i) => (f.fix ? rowFix(text, view.spans[i]!, f.fix.edits, lines.lineOf.bind(lines), (l) => [lines.starts[l], lines.lineEnd(l)]) : undefined));
  return undefined;
}

/** Rows of a document: its lines, or its units. */
interface Rows {
  count: number;
  start(row: number): number;
  end(row: number): number;
  /** The row holding an offset (for offsets between rows, the row before). */
  rowOf(offset: number): number;
  /** What the rows are called when folded ("line", "cue", "segment"…). */
  noun: string;
  /** An empty last row (after a final line break) is left out unless a finding is there. */
  trailing?: boolean;
  /** Completes a shown row's block: its label, address, source and tokens. */
  fill(block: ViewBlock, row: number): void;
}

/** Span starts and last characters by row: where a row must be shown, and a long row's windows. */
function pointsByRow(spans: ReadonlyArray<Span | undefined>, rowOf: (o: number) => number): Map<number, number[]> {
  const points = new Map<number, number[]>();
  const add = (o: number) => addTo(points, rowOf(o), o);
  for (const s of spans) {
    if (!s) continue;
    add(s[0]);
    if (s[1] > s[0]) add(s[1] - 1);
  }
  return points;
}

/** Blocks and folds of the rows of `text`, with each finding marked where `view.spans` puts it. */
export function rowBlocks(view: ReviewView, text: string, rows: Rows): void {
  const { spans } = view;
  // Points: where findings start and end. Rows holding one are shown; long rows keep windows
  // around them. A finding over many rows (a whole document in the wrong language) shows its ends.
  const points = pointsByRow(spans, rows.rowOf);
  const trailing = rows.trailing && rows.count > 1 && rows.start(rows.count - 1) === rows.end(rows.count - 1) && !points.has(rows.count - 1);
  const count = rows.count - (trailing ? 1 : 0);

  const shown = new Uint8Array(count);
  for (const r of points.keys()) if (r < count) shown[r] = 1;
  // Short runs between (and before and after) them are shown too: folding them saves nothing.
  let runStart = 0;
  for (let r = 0; r <= count; r++) {
    if (r < count && !shown[r]) continue;
    if (r > runStart && r - runStart <= SHOW_RUN_ROWS && rows.end(r - 1) - rows.start(runStart) <= SHOW_RUN_CHARS) shown.fill(1, runStart, r);
    runStart = r + 1;
  }

  const covered = coverage(spans);
  const order = spanOrder(spans);
  let next = 0; // into order: the first finding that may still reach the current row
  const open: number[] = []; // findings that started on an earlier shown row and may reach further
  for (let r = 0; r < count; ) {
    if (!shown[r]) {
      let end = r;
      while (end < count && !shown[end]) end++;
      view.blocks.push({ kind: 'fold', count: end - r, noun: rows.noun, insideFinding: overlapsAny(covered, rows.start(r), rows.end(end - 1)) });
      r = end;
      continue;
    }
    const from = rows.start(r);
    const to = rows.end(r);
    while (next < order.length && spans[order[next]]![0] <= to) open.push(order[next++]);
    const block: ViewBlock = { kind: 'block', label: '', pieces: linePieces(text, from, to, points.get(r)), findings: [] };
    for (let k = open.length - 1; k >= 0; k--) {
      const [start, end] = spans[open[k]]!;
      if (end < from || (end === from && start < end)) open.splice(k, 1);
      else if (start <= to) block.findings.push(open[k]);
    }
    block.findings.sort((a, b) => a - b);
    rows.fill(block, r);
    view.blocks.push(block);
    r++;
  }
}

/**
 * The source beside `block`: its text in [from, to) (when long, windows around `points`) and the
 * findings marked there. A long source without findings is shown whole beside a translation shown
 * whole and not much shorter, else its beginning: the page stays proportional to what it shows.
 */
export function sideText(block: ViewBlock, text: string, [from, to]: Span, points: number[] | undefined, findings: number[] = []): ViewText {
  let shown = 0;
  for (const p of block.pieces) shown = 'elided' in p ? -Infinity : shown + p.text.length;
  const whole = to - from <= Math.max(LONG_LINE, 2 * shown);
  return { pieces: linePieces(text, from, to, points ?? (whole ? undefined : [from])), findings };
}

/** Adds `i` to the list of `key`. */
export function addTo<K>(map: Map<K, number[]>, key: K, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

/** A fix as before/after within the row of its first edit; `edits` in the coordinates of `text`. */
export function rowFix(text: string, span: Span, edits: readonly Edit[], rowOf: (o: number) => number, range: (row: number) => Span): FixPreview | undefined {
  const [lo, hi] = range(rowOf(edits[0]?.start ?? span[0]));
  return previewFix(text, 0, lo, hi, edits);
}

/** Findings' indexes in document order, those not drawn left out. */
function spanOrder(spans: ReadonlyArray<Span | undefined>): number[] {
  const order: number[] = [];
  spans.forEach((s, i) => s && order.push(i));
  return order.sort((a, b) => spans[a]![0] - spans[b]![0] || spans[a]![1] - spans[b]![1] || a - b);
}

/** The text of a row, or for a long row the windows around its points with the rest elided. */
function linePieces(text: string, from: number, to: number, points: number[] | undefined): Array<ViewRun | ViewGap> {
  if (to - from <= LONG_LINE || !points) return [{ offset: from, text: text.slice(from, to) }];
  const windows: Array<[number, number]> = [];
  for (const p of [...points].sort((a, b) => a - b)) {
    const a = Math.max(from, p - WINDOW);
    const b = Math.min(to, p + WINDOW);
    const last = windows[windows.length - 1];
    if (last && a <= last[1] + 2 * WINDOW) last[1] = Math.max(last[1], b);
    else windows.push([a, b]);
  }
  const pieces: Array<ViewRun | ViewGap> = [];
  let at = from;
  for (let [a, b] of windows) {
    if (a - at <= 2 * WINDOW) a = at;
    if (to - b <= 2 * WINDOW) b = to;
    a = wordStart(text, a, at);
    b = wordEnd(text, b, to);
    if (a > at) pieces.push({ elided: a - at });
    if (b > a) pieces.push({ offset: a, text: text.slice(a, b) });
    at = Math.max(at, b);
  }
  if (to > at) pieces.push({ elided: to - at });
  return pieces;
}

/** Moves a cut back to a word start (a little), never into a surrogate pair. */
function wordStart(text: string, at: number, min: number): number {
  for (let i = at; i > Math.max(min, at - 24); i--) if (/\s/.test(text[i - 1])) return i;
  return isLowSurrogate(text.charCodeAt(at)) && at > min ? at - 1 : at;
}

/** Moves a cut forward to a word end (a little), never into a surrogate pair. */
function wordEnd(text: string, at: number, max: number): number {
  for (let i = at; i < Math.min(max, at + 24); i++) if (/\s/.test(text[i])) return i;
  return isLowSurrogate(text.charCodeAt(at)) && at < max ? at + 1 : at;
}

/** Merged [start, end) ranges the spans cover, sorted. */
function coverage(spans: ReadonlyArray<Span | undefined>): Span[] {
  const ranges = spans.filter((s): s is Span => s !== undefined && s[1] > s[0]).map((s) => [...s] as Span);
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Span[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push(r);
  }
  return merged;
}

function overlapsAny(ranges: readonly Span[], from: number, to: number): boolean {
  // The first range ending after `from` (offsets are whole numbers).
  const k = firstAtOrAfter(ranges.length, (i) => ranges[i][1], from + 1);
  return k < ranges.length && ranges[k][0] < to;
}

/** Without the text: one block per finding (those `view.spans` does not draw), from its excerpt (40 characters either side). */
export function excerptBlocks(view: ReviewView): void {
  const { findings } = view.report;
  const left = findings.map((_, i) => i).filter((i) => !view.spans[i]);
  left.sort((a, b) => findings[a].start - findings[b].start || findings[a].end - findings[b].end || a - b);
  for (const i of left) {
    const f = findings[i];
    const { text, start } = f.excerpt;
    view.spans[i] = [f.start, f.end];
    view.blocks.push({ kind: 'block', label: `${f.line}:${f.column}`, pieces: [{ offset: f.start - start, text }], findings: [i] });
    // An excerpt joins lines with spaces, so offsets past a line end would be off: one-line findings only.
    if (!f.fix || f.line !== f.endLine) continue;
    const lo = text.startsWith('…') ? 1 : 0;
    const hi = text.length - (text.endsWith('…') ? 1 : 0);
    view.fixes[i] = previewFix(text, f.start - start, lo, hi, f.fix.edits);
  }
}

function facts(report: Report): ReviewView['facts'] {
  const out: ReviewView['facts'] = [];
  const { language, sourceLanguage, summary, source } = report;
  if (language) out.push({ term: 'Language', value: describeLanguage(language) });
  if (sourceLanguage) out.push({ term: 'Source language', value: describeLanguage(sourceLanguage) });
  const format = source.format ?? 'text';
  out.push({ term: 'Format', value: format === 'text' ? 'plain text, a paragraph per line' : (formatById(format)?.meta.name ?? format) });
  if (summary) {
    out.push({
      term: 'Length',
      value: `${formatCount(summary.words)} words, ${formatCount(summary.sentences)} sentences, ${formatCount(summary.characters)} characters`,
    });
  }
  const encoding = source.encoding ? `${source.encoding.toUpperCase()}${source.bom ? ' with BOM' : ''}, ` : '';
  out.push({ term: 'File', value: `${encoding}${formatBytes(source.size)}` });
  if (source.bucket && source.key) {
    out.push({ term: 'Object', value: `s3://${source.bucket}/${source.key}${source.versionId ? ` (version ${source.versionId})` : ''}` });
  }
  if (source.sha256) out.push({ term: 'SHA-256', value: source.sha256 });
  return out;
}

const LANGUAGE_SOURCE: Record<string, (confidence: number) => string> = {
  forced: () => 'set by the user',
  declared: () => 'declared by the file',
  detected: (c) => `detected, ${Math.round(c * 100)}% confidence`,
  default: () => 'assumed (too little text to tell)',
};

function describeLanguage(language: NonNullable<Report['language']>): string {
  const name = languageName(language.code);
  const how = (LANGUAGE_SOURCE[language.source] ?? (() => language.source))(language.confidence);
  const profile = language.supported ? '' : '; no language profile, only language-independent rules';
  return `${name} (${language.code}), ${how}; ${language.script} script${profile}`;
}

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function formatBytes(n: number): string {
  if (n < 1024) return `${formatCount(n)} bytes`;
  const units = ['KB', 'MB', 'GB'];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[u]} (${formatCount(n)} bytes)`;
}
