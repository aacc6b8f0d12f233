// The one entry point every front end calls (CLI, Lambda handler, local mode): bytes or text in,
// a complete report out. Input problems never throw from here; they become error reports.
//
// The flow: decode the bytes, pick the format reader, let it turn the file into the checked text
// (units' texts, a paragraph per line) with a map back to the file, run the rules on that text,
// and map every finding back to the file and to its unit.

import { createHash } from 'node:crypto';
import { decode, DecodeError } from './decode.js';
import { analyse, perThousandWords } from './engine.js';
import { detectLanguage } from './languages/detect.js';
import { chooseBytesFormat, chooseFormat, formatById, FORMATS, FormatError, type FormatReader, type ReadOptions, type ReadResult, type Unit } from './formats/index.js';
import type { OffsetMap } from './formats/offset-map.js';
import { objectKeys, type ObjectKeys } from './formats/objects.js';
import type { ReportLines, SegmentPair } from './context.js';
import { LineIndex } from './text/lines.js';
import {
  REPORT_SCHEMA_VERSION,
  type Finding,
  type FindingUnit,
  type Report,
  type ReportError,
  type SourceInfo,
} from './types.js';
import { VERSION } from './version.js';
import { MAX_INPUT_BYTES } from './limits.js';
import { lastAtOrBefore } from './text/search.js';

export interface CheckOptions {
  /** Display name of the input (file name or object key); its extension helps choose the format. */
  name?: string;
  /** ISO 639-1 code; overrides what the file declares and detection. */
  lang?: string;
  /** Format reader id (`text`, `markdown`, `xliff`…); chosen from the name and content when absent. */
  inputFormat?: string;
  /** Bilingual tables (CSV/TSV): the source and target columns, by header name or 1-based number. */
  columns?: readonly [string, string];
  /**
   * The translation's source document, read with the same reader: line i of a plain-text source is
   * the source of line i of the translation; units of other formats pair by id.
   */
  sourceDocument?: { bytes: Uint8Array; name: string; lang?: string };
  /**
   * The language of the source a bilingual file carries (XLIFF, PO, TMX, CSV/TSV), where the file
   * declares none (a PO file never does). The file's own declaration wins: it names the text it
   * holds, where a flag or an upload's metadata may be set for a whole batch.
   */
  sourceLang?: string;
  /** Inputs larger than this many bytes get a "too-large" error report. Default MAX_INPUT_BYTES. */
  maxBytes?: number;
  /** Extra source fields (bucket, key, versionId, etag…) copied into the report. */
  source?: Partial<SourceInfo>;
  /**
   * Adds a unified diff of all safe fixes to the report, made by this function: lib/fix.ts's
   * buildPatch. Passed in, not imported, so that a caller that never asks for one (the Lambda)
   * does not bundle the diff library.
   */
  patch?: (name: string, text: string, findings: readonly Finding[]) => string;
  /**
   * checkBytes may overwrite the bytes once it has decoded them, when they span all of their
   * ArrayBuffer: the word scan lays its columns there, so that a large file's bytes are not held
   * beside new memory for the whole check. For a caller that needs them no more. They are never
   * detached (transferred away): one detached ArrayBuffer makes V8 throw away the optimized code
   * of every typed-array read in the process, and a warm Lambda's next check ran 1.8× slower.
   */
  consume?: boolean;
}

// Defined in limits.ts, which the pipeline's configuration reads without loading the checker.
export { MAX_INPUT_BYTES } from './limits.js';

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function baseReport(source: SourceInfo): Report {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'mtqa', version: VERSION },
    status: 'ok',
    source,
    findings: [],
  };
}

/** A report for input that could not be checked. */
export function errorReport(source: SourceInfo, error: ReportError): Report {
  return { ...baseReport(source), status: 'error', error };
}

class InputError extends Error {
  constructor(readonly error: ReportError) {
    super(error.message);
  }
}

/** Checks raw bytes: decodes them (see decode.ts), reads their format and runs every rule. Never throws on bad input. */
export function checkBytes(bytes: Uint8Array, options: CheckOptions = {}): Report {
  const source: SourceInfo = {
    name: options.name ?? 'input',
    size: bytes.length,
    sha256: sha256(bytes),
    ...options.source,
  };
  const max = options.maxBytes ?? MAX_INPUT_BYTES;
  if (bytes.length > max) {
    return errorReport(source, {
      code: 'too-large',
      message: `The file is ${bytes.length} bytes; the limit is ${max} bytes. Split it and upload the parts.`,
    });
  }
  try {
    // Formats that are not text (DOCX) are recognised and read before any decoding.
    const binary = chooseBytesFormat(source.name, bytes, options.inputFormat);
    if (binary) {
      source.format = binary.meta.id;
      const read = readWith(binary, bytes, '', options);
      return checkRead({ text: read.text }, read, binary, source, options);
    }
    const decoded = decodeInput(bytes, '');
    // Bytes given up that span their buffer become the check's scratch memory (ContextOptions.scratch).
    const scratch = options.consume && isWholeBuffer(bytes) ? (bytes.buffer as ArrayBuffer) : undefined;
    source.encoding = decoded.encoding;
    source.bom = decoded.bom;
    return checkDecoded(decoded, source, options, scratch);
  } catch (err) {
    if (err instanceof InputError) return errorReport(source, err.error);
    throw err;
  }
}

/** Checks text that is already decoded (size and sha256 are of its UTF-8 form). */
export function checkText(text: string, options: CheckOptions = {}): Report {
  const bytes = new TextEncoder().encode(text);
  const source: SourceInfo = {
    name: options.name ?? 'input',
    size: bytes.length,
    sha256: sha256(bytes),
    encoding: 'utf-8',
    bom: false,
    ...options.source,
  };
  try {
    return checkDecoded({ text }, source, options);
  } catch (err) {
    if (err instanceof InputError) return errorReport(source, err.error);
    throw err;
  }
}

/** Decodes, turning decoder errors into input errors; `what` names the file in messages ("The source: "). */
function decodeInput(bytes: Uint8Array, what: string) {
  try {
    return decode(bytes);
  } catch (err) {
    if (err instanceof DecodeError) throw new InputError({ code: what ? 'invalid-source' : err.code, message: what + err.message });
    throw err;
  }
}

function readerFor(name: string, text: string, inputFormat: string | undefined): FormatReader {
  if (inputFormat === undefined) return chooseFormat(name, text);
  const reader = formatById(inputFormat);
  if (!reader) {
    throw new InputError({
      code: 'invalid-format',
      message: `Unknown input format '${inputFormat}'; mtqa reads ${FORMATS.map((f) => f.meta.id).join(', ')}.`,
    });
  }
  return reader;
}

/** Reads text, or bytes with a reader for formats that are not text; format errors become input errors naming line and column. */
function readWith(reader: FormatReader, input: string | Uint8Array, what: string, options: ReadOptions): ReadResult {
  try {
    if (typeof input === 'string') return reader.read(input, options);
    return reader.readBytes!(input, options);
  } catch (err) {
    if (!(err instanceof FormatError)) throw err;
    const pos = err.offset === undefined || typeof input !== 'string' ? undefined : new LineIndex(input).position(err.offset);
    const at = pos ? ` (line ${pos.line}, column ${pos.column})` : '';
    throw new InputError({ code: what ? 'invalid-source' : 'invalid-format', message: `${what}Not valid ${reader.meta.name}${at}: ${err.message}` });
  }
}

/**
 * The decoded file, in a box that checkRead empties once the file is read: the frames that stay
 * on the stack through the check hold the box, never the string, so that a large file (a 37 MB
 * XLIFF is 72 MiB of UTF-16) is not kept beside its checked texts and their scans.
 */
interface FileText {
  text: string;
}

function checkDecoded(file: FileText, source: SourceInfo, options: CheckOptions, scratch?: ArrayBuffer): Report {
  const { reader, read } = readFile(file, source, options);
  if (read.languages && !options.lang) return checkEachLanguage(file, read, reader, source, options);
  return checkRead(file, read, reader, source, options, scratch);
}

/**
 * A file of several target languages (ReadResult.languages) checked one language at a time, each
 * in its own, as one report: findings in file order, units numbered as in the whole file, counts
 * summed; its language is the one with the most text, the mixture each one's share of the characters.
 */
function checkEachLanguage(file: FileText, whole: ReadResult, reader: FormatReader, source: SourceInfo, options: CheckOptions): Report {
  const text = file.text;
  const unitIndex = new Map((whole.units ?? []).map((u, k) => [unitKey(u), k]));
  const parts = whole.languages!.map((lang) => checkRead({ text }, readWith(reader, text, '', { ...options, lang }), reader, source, { ...options, patch: undefined }));
  const findings = parts
    .flatMap((r) => r.findings)
    .map((f) => (f.unit ? { ...f, unit: { ...f.unit, index: unitIndex.get(unitKey({ address: f.unit })) ?? f.unit.index } } : f))
    .sort((a, b) => a.start - b.start);
  const summaries = parts.map((r) => r.summary!);
  const sum = (key: 'characters' | 'words' | 'sentences') => summaries.reduce((n, s) => n + s[key], 0);
  const tally = (key: 'byCategory' | 'bySeverity' | 'byRule') => {
    const out: Record<string, number> = {};
    for (const s of summaries) for (const [k, n] of Object.entries(s[key])) out[k] = (out[k] ?? 0) + (n ?? 0);
    return out;
  };
  const words = sum('words');
  const characters = sum('characters');
  // Characters, not words: a word of Japanese or Chinese is a character or two.
  const main = parts.reduce((a, b) => (b.summary!.characters > a.summary!.characters ? b : a));
  // Tags of one language ("zh-Hans", "zh-Hant") share its code.
  const shares = new Map<string, number>();
  for (const r of parts) shares.set(r.language!.code, (shares.get(r.language!.code) ?? 0) + r.summary!.characters);
  const mixture = [...shares].map(([code, n]) => ({ code, share: characters === 0 ? 0 : Math.round((n / characters) * 1000) / 1000 }));
  const report: Report = {
    ...baseReport(source),
    language: { ...main.language!, mixture },
    summary: {
      findings: findings.length,
      byCategory: tally('byCategory'),
      bySeverity: tally('bySeverity'),
      byRule: tally('byRule'),
      characters,
      words,
      sentences: sum('sentences'),
      findingsPer1000Words: perThousandWords(findings.length, words),
      truncated: summaries.some((s) => s.truncated),
    },
    findings,
  };
  if (parts[0].sourceLanguage) report.sourceLanguage = parts[0].sourceLanguage;
  const ruleErrors = parts.flatMap((r) => r.ruleErrors ?? []);
  if (ruleErrors.length > 0) report.ruleErrors = ruleErrors;
  if (options.patch) report.patch = options.patch(source.name, text, findings);
  return report;
}

/** Chooses the reader (named in `source`, error reports included) and reads the file, in a frame of its own, gone before the check (see FileText). */
function readFile(file: FileText, source: SourceInfo, options: CheckOptions): { reader: FormatReader; read: ReadResult } {
  const reader = readerFor(source.name, file.text, options.inputFormat);
  source.format = reader.meta.id;
  const read = readWith(reader, file.text, '', options);
  if (!read.needsLanguage || options.lang) return { reader, read };
  return { reader, read: readWith(reader, file.text, '', { ...options, lang: detectLanguage(read.text).code }) };
}

/** Whether `bytes` are all of an ArrayBuffer (not a part of Node's pool of small Buffers, not shared memory). */
function isWholeBuffer(bytes: Uint8Array): boolean {
  return bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
}

/** Checks what a reader read; `file` is the text findings point into (for formats that are not text, the checked text). */
function checkRead(file: FileText, read: ReadResult, reader: FormatReader, source: SourceInfo, options: CheckOptions, scratch?: ArrayBuffer): Report {
  // Recorded so that the review page (and anyone) can read the table again alike.
  if (options.columns) source.columns = [options.columns[0], options.columns[1]];
  // Findings of a format read out of markup or into units point into the file: its lines are where they are placed.
  const fileLines = read.map || read.units ? linePositions(file.text) : undefined;
  const bilingual = options.sourceDocument ? readSourceDocument(reader, read, options.sourceDocument) : sourceInFile(read, fileLines, file.text, options.sourceLang);
  const objects = read.map && objectKeys(read.text, read.map, file.text);
  // Only a patch reads the file again.
  if (!options.patch) file.text = '';
  const analysis = analyse(read.text, {
    lang: options.lang,
    declaredLang: read.lang,
    langHint: read.langHint,
    source: bilingual && { text: bilingual.text, lang: bilingual.lang, declaredLang: bilingual.declaredLang, objects: bilingual.objects },
    pairs: bilingual?.pairs,
    spanEnds: read.spanEnds,
    spanStarts: read.spanStarts,
    runStarts: read.runStarts,
    languageSpans: read.languageSpans,
    objects,
    lines: read.lines,
    reportLines: read.map && fileLines && reportLinesOf(fileLines, read.map),
    scratch,
  });
  let findings = fileLines ? analysis.findings.map(toFileFinding(fileLines, read, reader)) : analysis.findings;
  if (bilingual?.map) findings = findings.map(toSourceFileSpan(bilingual.fileLines!, bilingual.map));
  const report: Report = { ...baseReport(source), language: analysis.language, summary: analysis.summary, findings };
  if (analysis.sourceLanguage) report.sourceLanguage = analysis.sourceLanguage;
  if (analysis.ruleErrors.length > 0) report.ruleErrors = analysis.ruleErrors;
  if (options.patch) report.patch = options.patch(source.name, file.text, findings);
  return report;
}

interface SourceSide {
  text: string;
  lang?: string;
  declaredLang?: string;
  pairs: SegmentPair[];
  /** The lines of the decoded file the source text comes from (positions only), and the map from the source text to it. */
  fileLines?: LineIndex;
  map?: OffsetMap;
  /** What the source text's object replacement characters stand for (placeholders, inline code). */
  objects?: ObjectKeys;
}

/** The source a bilingual file carries (XLIFF, PO…), paired unit by unit. */
function sourceInFile(read: ReadResult, fileLines: LineIndex | undefined, file: string, sourceLang: string | undefined): SourceSide | undefined {
  if (!read.source || !read.units) return undefined;
  const pairs: SegmentPair[] = [];
  read.units.forEach((u, index) => {
    if (u.sourceStart !== undefined && u.sourceEnd !== undefined) {
      pairs.push({
        index,
        start: u.start,
        end: u.end,
        sourceStart: u.sourceStart,
        sourceEnd: u.sourceEnd,
        codes: u.codes,
        sourceCodes: u.sourceCodes,
        flags: u.flags,
        count: u.count,
        sourceCount: u.sourceCount,
        singularStart: u.singularStart,
        singularEnd: u.singularEnd,
        argFormat: u.argFormat,
        sourceArgFormat: u.sourceArgFormat,
        plural: u.plural,
        kind: u.kind,
        address: u.address,
      });
    }
  });
  const objects = read.source.map && objectKeys(read.source.text, read.source.map, file);
  // The flag only where the file is silent: given as `lang`, it would override what the file declares.
  return { text: read.source.text, lang: read.source.lang ? undefined : sourceLang, declaredLang: read.source.lang, pairs, fileLines, map: read.source.map, objects };
}

/** A separate source document: lines pair with lines (plain text), units with the units of the same id. */
function readSourceDocument(reader: FormatReader, target: ReadResult, doc: NonNullable<CheckOptions['sourceDocument']>): SourceSide {
  const decoded = reader.readBytes ? undefined : decodeInput(doc.bytes, 'The source: ');
  // The source's language (--source-lang) reaches its reader as the translation's (--lang) reaches
  // its own: where the file does not say (a Base.lproj stringsdict, Android's values/), it decides
  // which plural forms serve one count; where the file says, the reader keeps the file's.
  const readSource = (lang: string | undefined) => (decoded ? readWith(reader, decoded.text, 'The source: ', { name: doc.name, lang }) : readWith(reader, doc.bytes, 'The source: ', { name: doc.name, lang }));
  let read = readSource(doc.lang);
  if (read.needsLanguage && !doc.lang) read = readSource(detectLanguage(read.text).code);
  // Source spans point into the decoded source file; a format read from bytes (DOCX) has none, and they stay in its checked text.
  const base = {
    text: read.text,
    lang: doc.lang,
    declaredLang: read.lang,
    fileLines: decoded && read.map ? linePositions(decoded.text) : undefined,
    map: decoded ? read.map : undefined,
    objects: decoded && read.map ? objectKeys(read.text, read.map, decoded.text) : undefined,
  };
  if (target.units && read.units) {
    const byId = new Map(read.units.map((u) => [unitKey(u), u]));
    const pairs: SegmentPair[] = [];
    target.units.forEach((u, index) => {
      const s = byId.get(unitKey(u)) ?? byId.get(otherFormKey(u));
      if (s) pairs.push({ index, start: u.start, end: u.end, sourceStart: s.start, sourceEnd: s.end, codes: u.codes, sourceCodes: s.codes, links: u.links, sourceLinks: s.links, flags: u.flags, count: u.count, sourceCount: s.count, argFormat: u.argFormat, sourceArgFormat: s.argFormat, plural: u.plural, kind: u.kind, address: u.address });
    });
    return { ...base, pairs };
  }
  const targetLines = target.lines ?? new LineIndex(target.text);
  const sourceLines = read.lines ?? new LineIndex(read.text);
  const count = (lines: LineIndex) => {
    let n = lines.count;
    while (n > 0 && lines.lineEnd(n - 1) === lines.starts[n - 1]) n--; // trailing empty lines
    return n;
  };
  if (count(targetLines) !== count(sourceLines)) {
    throw new InputError({
      code: 'invalid-source',
      message: `The source has ${count(sourceLines)} lines and the translation ${count(targetLines)}: line-aligned files need as many lines each.`,
    });
  }
  const pairs: SegmentPair[] = [];
  for (let i = 0; i < count(targetLines); i++) {
    pairs.push({ index: i, start: targetLines.starts[i], end: targetLines.lineEnd(i), sourceStart: sourceLines.starts[i], sourceEnd: sourceLines.lineEnd(i) });
  }
  return { ...base, pairs };
}

const unitKey = (u: Pick<Unit, 'address'>) => `${u.address.part ?? ''}\u0000${u.address.id}\u0000${u.address.segment ?? ''}`;

/**
 * A plural category the source language may not have (CLDR's zero, two, few, many): an Android
 * item's segment "few", an ICU branch's "count:few", a stringsdict variable's "count/few", an
 * i18next key's suffix "items_few".
 */
const PLURAL_CATEGORY = /(^|[:_/])(?:zero|one|two|few|many)$/;

/**
 * The key of the source unit a plural form without a twin in the source translates: its "other"
 * form (Russian "few" and "many" against English "other", as translators read them).
 */
function otherFormKey(u: Unit): string {
  const { segment, id } = u.address;
  if (segment !== undefined) return PLURAL_CATEGORY.test(segment) ? unitKey({ ...u, address: { ...u.address, segment: segment.replace(PLURAL_CATEGORY, '$1other') } }) : '';
  return /_(?:zero|one|two|few|many)$/.test(id) ? unitKey({ ...u, address: { ...u.address, id: id.replace(PLURAL_CATEGORY, '$1other') } }) : '';
}

/**
 * The lines of `file` for positions only (lineOf, position), without the text, which they would
 * keep alive: lineEnd and the text are not theirs to answer.
 */
function linePositions(file: string): LineIndex {
  return new LineIndex('', { starts: new LineIndex(file).starts, carriageReturns: false });
}

/** The file's lines as the report places a finding at a checked offset on them. */
function reportLinesOf(lines: LineIndex, map: OffsetMap): ReportLines {
  return { count: lines.count, lineOf: (offset) => lines.lineOf(map.toFile(offset, 'start')) };
}

/** Maps a finding from the checked text to the file (`lines`: the file's). */
function toFileFinding(lines: LineIndex, read: ReadResult, reader: FormatReader): (f: Finding) => Finding {
  const map = read.map;
  const units = read.units ?? [];
  return (f) => {
    const range = map ? map.toFileRange(f.start, f.end) : { start: f.start, end: f.end };
    const from = lines.position(range.start);
    const to = lines.position(range.end);
    const out: Finding = { ...f, start: range.start, end: range.end, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    const unit = unitAt(units, f.start, f.end);
    if (unit) out.unit = unit;
    if (f.fix && map) {
      let safe = f.fix.safe;
      const edits = f.fix.edits.map((e) => {
        const r = map.toFileRange(e.start, e.end);
        if (!r.editable) safe = false;
        const text = reader.escape ? reader.escape(e.text) : e.text;
        if (text === undefined) safe = false;
        return { start: r.start, end: r.end, text: text ?? e.text };
      });
      out.fix = { ...f.fix, edits, safe };
    } else if (f.fix && reader.readBytes) {
      // No text file to write into: the fix is shown (offsets into the checked text), never applied.
      out.fix = { ...f.fix, description: `${f.fix.description} (apply it in the document: mtqa does not rewrite ${reader.meta.name} files)`, safe: false };
    }
    return out;
  };
}

/** Maps a finding's source span from the source's checked text to the file it was read from. */
function toSourceFileSpan(lines: LineIndex, map: OffsetMap): (f: Finding) => Finding {
  return (f) => {
    if (!f.sourceSpan) return f;
    const range = map.toFileRange(f.sourceSpan.start, f.sourceSpan.end);
    const { line, column } = lines.position(range.start);
    return { ...f, sourceSpan: { ...f.sourceSpan, start: range.start, end: range.end, line, column } };
  };
}

/** The unit holding checked range [start, end), with the offsets inside it. */
function unitAt(units: readonly Unit[], start: number, end: number): FindingUnit | undefined {
  const index = lastAtOrBefore(units.length, (i) => units[i].start, start);
  if (index < 0 || start > units[index].end) return undefined;
  const u = units[index];
  const found: FindingUnit = { index, ...u.address, offset: start - u.start, endOffset: Math.min(end, u.end) - u.start };
  if (end > u.end) {
    const last = lastAtOrBefore(units.length, (i) => units[i].start, end - 1);
    if (last > index) found.endId = units[last].address.id;
  }
  return found;
}

