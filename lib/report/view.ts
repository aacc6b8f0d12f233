// The review page's view model: what the page shows, built from a report and the text its offsets
// index. The HTML renderer draws only this, so a new kind of input (units of XLIFF, PO, subtitles;
// a source text beside each unit) changes this builder and nothing in the renderer.
//
// Page size stays proportional to the findings: lines without findings fold into a count, and a
// long line keeps only the text around its findings' ends, so a 10 MB clean file is a small page.

import { LineIndex } from '../text/lines.js';
import type { Finding, Report } from '../types.js';
import { previewFix, type FixPreview } from './fix-preview.js';

/** Document text shown as it is: `text` starts at `offset` of the text the findings index. */
export interface ViewRun {
  offset: number;
  text: string;
}

/** Text left out of a long line. */
export interface ViewGap {
  elided: number;
}

export interface ViewBlock {
  kind: 'block';
  /** Where the block sits, in the reader's terms ("5" for line 5). */
  label: string;
  /** The unit's source text, for bilingual files: shown beside the target. */
  source?: string;
  pieces: Array<ViewRun | ViewGap>;
  /** Indexes into `report.findings` of the findings marked in this block. */
  findings: number[];
}

/** Lines left out: `count` of them. */
export interface ViewFold {
  kind: 'fold';
  count: number;
  /** A finding spans (part of) the folded lines, so they are not "without findings". */
  insideFinding: boolean;
}

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
  /** Per finding (same index): its fix as before/after, where the text around it is known. */
  fixes: Array<FixPreview | undefined>;
}

/** Runs of lines without findings up to this size are shown, not folded (a title, a blank line). */
const SHOW_RUN_LINES = 4;
const SHOW_RUN_CHARS = 1_200;
/** Lines longer than this keep only the text around their findings' ends… */
const LONG_LINE = 2_000;
/** …this much either side; a stretch is elided only if it is longer than twice this. */
const WINDOW = 320;

export interface ViewOptions {
  /**
   * The translation's source for a line-aligned bilingual check (`mtqa check --source`): line i is
   * the source of line i of the text, shown beside it.
   */
  sourceText?: string;
}

export function buildView(report: Report, text?: string, options: ViewOptions = {}): ReviewView {
  const view: ReviewView = { report, facts: facts(report), blocks: [], fixes: [] };
  if (report.language && report.language.code !== 'und') view.lang = report.language.code;
  if (report.sourceLanguage && report.sourceLanguage.code !== 'und') view.sourceLang = report.sourceLanguage.code;
  if (report.status === 'error') return view;
  const mismatch = text === undefined ? undefined : textMismatch(report, text);
  if (text !== undefined && mismatch === undefined) {
    textBlocks(view, text, options.sourceText);
  } else {
    view.notice =
      (mismatch ?? 'The checked text was not given') +
      ', so each finding is shown in the excerpt the report keeps of it.';
    excerptBlocks(view);
  }
  return view;
}

/** Why `text` cannot be the text the report's offsets index, or undefined when it can. */
function textMismatch(report: Report, text: string): string | undefined {
  // Only plain text is checked as it is; other formats check the text of their units.
  const expected = (report.source.format ?? 'text') === 'text' ? report.summary?.characters : undefined;
  if (expected !== undefined && expected !== text.length) {
    return `The text given has ${text.length.toLocaleString('en-US')} characters and the report counted ${expected.toLocaleString('en-US')}`;
  }
  if (report.findings.some((f) => !(f.start >= 0 && f.start <= f.end && f.end <= text.length))) {
    return 'The report has findings outside the text given';
  }
  return undefined;
}

/** Findings' indexes in document order (reports are sorted; a hand-edited one may not be). */
function documentOrder(findings: readonly Finding[]): number[] {
  return findings.map((_, i) => i).sort((a, b) => findings[a].start - findings[b].start || findings[a].end - findings[b].end || a - b);
}

function textBlocks(view: ReviewView, text: string, sourceText: string | undefined): void {
  const { findings } = view.report;
  const lines = new LineIndex(text);

  // Points: where findings start and end. Lines holding one are shown; long lines keep windows
  // around them. A finding over many lines (a whole document in the wrong language) shows its ends.
  const pointsByLine = new Map<number, number[]>();
  const addPoint = (offset: number) => {
    const line = lines.lineOf(offset);
    const list = pointsByLine.get(line);
    if (list) list.push(offset);
    else pointsByLine.set(line, [offset]);
  };
  for (const f of findings) {
    addPoint(f.start);
    if (f.end > f.start) addPoint(f.end - 1);
  }
  // A final line break ends the last line; it does not start an empty one (unless a finding is there).
  const trailing = lines.count > 1 && /[\r\n]$/.test(text) && !pointsByLine.has(lines.count - 1);
  const lineCount = lines.count - (trailing ? 1 : 0);

  const shown = new Uint8Array(lineCount);
  for (const l of pointsByLine.keys()) shown[l] = 1;
  // Short runs between (and before and after) them are shown too: folding them saves nothing.
  let runStart = 0;
  for (let l = 0; l <= lineCount; l++) {
    if (l < lineCount && !shown[l]) continue;
    if (l > runStart && l - runStart <= SHOW_RUN_LINES && lines.lineEnd(l - 1) - lines.starts[runStart] <= SHOW_RUN_CHARS) {
      shown.fill(1, runStart, l);
    }
    runStart = l + 1;
  }

  const sourceLines = sourceText === undefined ? undefined : new LineIndex(sourceText);
  const sourceOf = (l: number) => {
    if (!sourceLines || sourceText === undefined) return undefined;
    if (l >= sourceLines.count) return '';
    const from = sourceLines.starts[l];
    const to = sourceLines.lineEnd(l);
    return to - from > LONG_LINE ? `${sourceText.slice(from, from + LONG_LINE)}…` : sourceText.slice(from, to);
  };
  const covered = coverage(findings);
  const order = documentOrder(findings);
  let next = 0; // into order: the first finding that may still reach the current line
  const open: number[] = []; // findings that started on an earlier shown line and may reach further
  for (let l = 0; l < lineCount; ) {
    if (!shown[l]) {
      let end = l;
      while (end < lineCount && !shown[end]) end++;
      const from = lines.starts[l];
      const to = lines.lineEnd(end - 1);
      view.blocks.push({ kind: 'fold', count: end - l, insideFinding: overlapsAny(covered, from, to) });
      l = end;
      continue;
    }
    const from = lines.starts[l];
    const to = lines.lineEnd(l);
    while (next < order.length && findings[order[next]].start <= to) open.push(order[next++]);
    const here: number[] = [];
    for (let k = open.length - 1; k >= 0; k--) {
      const f = findings[open[k]];
      const endsBefore = f.end < from || (f.end === from && f.start < f.end);
      if (endsBefore) open.splice(k, 1);
      else if (f.start <= to) here.push(open[k]);
    }
    here.sort((a, b) => a - b);
    const block: ViewBlock = { kind: 'block', label: String(l + 1), pieces: linePieces(text, from, to, pointsByLine.get(l)), findings: here };
    const source = sourceOf(l);
    if (source !== undefined) block.source = source;
    view.blocks.push(block);
    l++;
  }

  view.fixes = findings.map((f) => {
    if (!f.fix) return undefined;
    const line = lines.lineOf(f.fix.edits[0]?.start ?? f.start);
    return previewFix(text, 0, lines.starts[line], lines.lineEnd(line), f.fix.edits);
  });
}

/** The text of a line, or for a long line the windows around its points with the rest elided. */
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

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Merged [start, end) ranges the findings cover, sorted. */
function coverage(findings: readonly Finding[]): Array<[number, number]> {
  const ranges = findings.filter((f) => f.end > f.start).map((f) => [f.start, f.end] as [number, number]);
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

function overlapsAny(ranges: ReadonlyArray<[number, number]>, from: number, to: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid][1] <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length && ranges[lo][0] < to;
}

/** Without the text: one block per finding, from its excerpt (which keeps 40 characters either side). */
function excerptBlocks(view: ReviewView): void {
  const { findings } = view.report;
  for (const i of documentOrder(findings)) {
    const f = findings[i];
    const { text, start } = f.excerpt;
    view.blocks.push({ kind: 'block', label: `${f.line}:${f.column}`, pieces: [{ offset: f.start - start, text }], findings: [i] });
  }
  view.fixes = findings.map((f) => {
    // An excerpt joins lines with spaces, so offsets past a line end would be off: one-line findings only.
    if (!f.fix || f.line !== f.endLine) return undefined;
    const { text } = f.excerpt;
    const lo = text.startsWith('…') ? 1 : 0;
    const hi = text.length - (text.endsWith('…') ? 1 : 0);
    return previewFix(text, f.start - f.excerpt.start, lo, hi, f.fix.edits);
  });
}

const NUMBER = new Intl.NumberFormat('en-US');

function facts(report: Report): ReviewView['facts'] {
  const out: ReviewView['facts'] = [];
  const { language, sourceLanguage, summary, source } = report;
  if (language) out.push({ term: 'Language', value: describeLanguage(language) });
  if (sourceLanguage) out.push({ term: 'Source language', value: describeLanguage(sourceLanguage) });
  const format = source.format ?? 'text';
  out.push({ term: 'Format', value: format === 'text' ? 'plain text, a paragraph per line' : format });
  if (summary) {
    out.push({
      term: 'Length',
      value: `${NUMBER.format(summary.words)} words, ${NUMBER.format(summary.sentences)} sentences, ${NUMBER.format(summary.characters)} characters`,
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
  if (n < 1024) return `${NUMBER.format(n)} bytes`;
  const units = ['KB', 'MB', 'GB'];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[u]} (${NUMBER.format(n)} bytes)`;
}
