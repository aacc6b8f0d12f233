// The mtqa command line: linter conventions (stylish or JSON output; exit 0 clean, 1 findings,
// 2 usage or input error). All checking happens in lib/; this file only reads files and prints.

import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkBytes, errorReport, type CheckOptions } from '../lib/check.js';
import { decodeAs } from '../lib/decode.js';
import { FORMATS, formatById, hasFormatExtension } from '../lib/formats/index.js';
import { LANGUAGES, PROFILES, isProfile, languageFor } from '../lib/languages/index.js';
import type { Report } from '../lib/types.js';
import { VERSION } from '../lib/version.js';
import { writeJson } from './json-pieces.js';
import { encodeLegacy } from './legacy-encode.js';
import { formatStylish } from './stylish.js';
import { utf8Writer } from './utf8-out.js';
import { tuneV8, untuneV8 } from './v8-tuning.js';

// For bin/mtqa.js, which sets V8's heuristics for a large text before any command runs (and on
// Node 20 sets V8's defaults back to write its code cache).
export { tuneV8, untuneV8 };

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  color: boolean;
}

const defaultIo: Io = {
  out: utf8Writer(process.stdout),
  err: (s) => process.stderr.write(s),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
};

const USAGE = `Usage:
  mtqa check [--format stylish|json|html] [--lang CODE] [--input-format F] [--columns SRC,TGT] FILE|DIR...   report findings (exit 0 clean, 1 findings, 2 errors)
  mtqa check --source SRC [--source-lang CODE] [--lang CODE] FILE                                         check a translation against its source
  mtqa check --source-lang CODE FILE...                                                                  the language of the source a bilingual FILE holds (XLIFF, PO, TMX…) where FILE does not say
  mtqa fix [--write] [--lang CODE] [--input-format F] [--columns SRC,TGT] FILE|DIR...                     print a unified diff of the safe fixes, or apply them
  mtqa render [--source SRC] REPORT.json [FILE]                                                           print the HTML review page of a saved report
  mtqa local [--recheck]                                                                                 run the S3 pipeline locally (S3-compatible server on 127.0.0.1); --recheck: a running one re-checks stale reports
  mtqa --version | --help

--lang takes an ISO 639-1 code and overrides detection. Full profiles: ${PROFILES.map((p) => p.code).join(', ')};
also detected and told apart: ${LANGUAGES.filter((l) => !isProfile(l)).map((l) => l.code).join(', ')}.
--input-format overrides the format chosen from the file name and content: ${FORMATS.map((f) => f.meta.id).join(', ')}.
--columns picks the source and target columns of a bilingual CSV/TSV, by header name or 1-based
number (otherwise found by header names such as source/target or language codes such as en,de).
--source names the file the translation was made from: line i of a plain-text SRC is the source of
line i of FILE; units of other formats pair by id. --source-lang is its language (else detected), and
without --source the language of the source a bilingual FILE holds, where FILE declares none.
A file's own word wins over the flags where it is explicit: an lproj or values-XX folder, XLIFF
srcLang, TMX srclang, an xcstrings sourceLanguage.
With one FILE, --format json prints its report; with several, an array of reports. FILE - reads stdin.
A DIR is checked recursively: every file whose extension a reader claims, hidden ones left out.
--format html prints the review page of one FILE: plain text line by line, other formats unit by
unit in the checked text, with the source beside bilingual files. render draws the page of a
--format json report with the FILE it was made from; without FILE each finding is shown in its excerpt.
`;

class UsageError extends Error {}

/** The review page's code (its script, styles and their hashes), loaded only by the commands that draw it. */
const reviewPage = () => import('../lib/report/html.js');

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === '--version' || command === '-v') {
      io.out(`${VERSION}\n`);
      return 0;
    }
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === 'check') return await check(rest, io);
    if (command === 'fix') return await fix(rest, io);
    if (command === 'render') return await render(rest, io);
    if (command === 'local') {
      // Loaded on demand: the S3 emulator and AWS SDK stay out of `mtqa check`'s start-up.
      const { runLocal } = await import('../functions/local/main.js');
      return await runLocal(rest);
    }
    throw new UsageError(`unknown command '${command}'`);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string } | undefined)?.code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`mtqa: ${(err as Error).message}\n\n${USAGE}`);
      return 2;
    }
    // A bug or an unexpected I/O failure: exit 2 like any error, never 1 (which means findings).
    try {
      io.err(`mtqa: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    } catch {
      // stderr itself is gone: the exit status still tells.
    }
    return 2;
  }
}

function validLang(lang: string | undefined, io: Io): string | undefined {
  if (lang === undefined) return undefined;
  if (!/^[a-z]{2,3}$/.test(lang)) throw new UsageError(`--lang takes an ISO 639-1 code such as en or de, not '${lang}'`);
  if (!languageFor(lang)) {
    io.err(`mtqa: warning: unknown language '${lang}'; only language-independent knowledge and what the document shows of its sentences apply\n`);
  } else if (!PROFILES.some((p) => p.code === lang)) {
    io.err(`mtqa: warning: no full profile for '${lang}'; its language is checked, segmentation knows only CLDR's abbreviations\n`);
  }
  return lang;
}

function validColumns(columns: string | undefined): [string, string] | undefined {
  if (columns === undefined) return undefined;
  const parts = columns.split(',').map((c) => c.trim());
  if (parts.length !== 2 || parts.some((c) => c === '')) throw new UsageError(`--columns takes two columns, SRC,TGT (header names or 1-based numbers), not '${columns}'`);
  return [parts[0], parts[1]];
}

function validFormat(format: string | undefined): string | undefined {
  if (format !== undefined && !FORMATS.some((f) => f.meta.id === format)) {
    throw new UsageError(`--input-format takes one of ${FORMATS.map((f) => f.meta.id).join(', ')}, not '${format}'`);
  }
  return format;
}

/**
 * The files under a folder, recursively and in name order, that a reader claims by extension.
 * Hidden files and folders (".git", ".env") and symbolic links are passed over.
 */
async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(p)));
    else if (e.isFile() && hasFormatExtension(e.name)) out.push(p);
  }
  return out;
}

/**
 * Reads and checks each file, and each file of a format mtqa reads under each folder; unreadable
 * files become error reports (exit 2). Binary and empty files found in a folder are skipped with a
 * note on stderr, as a linter skips what it cannot lint; named explicitly, they are errors.
 * A result keeps the file's bytes only with `keepBytes` (the page, fixes need them); otherwise the
 * check may overwrite them once decoded (CheckOptions.consume).
 */
async function checkFiles(
  args: string[],
  options: CheckOptions,
  io: Io,
  keepBytes: boolean,
): Promise<Array<{ file: string; report: Report; bytes?: Uint8Array }>> {
  if (args.length === 0) throw new UsageError('no FILE given');
  const results = [];
  for (const arg of args) {
    const folder = arg !== '-' && (await stat(arg).catch(() => undefined))?.isDirectory();
    const files = folder ? await filesUnder(arg) : [arg];
    let skipped = 0;
    for (const file of files) {
      let bytes: Uint8Array;
      try {
        bytes = file === '-' ? await readStdin() : await readFile(file);
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        const message = e.code === 'ENOENT' ? 'No such file.' : e.message;
        results.push({ file, report: errorReport({ name: file, size: 0, sha256: '' }, { code: 'not-found', message }) });
        continue;
      }
      tuneV8(bytes.length);
      const report = checkBytes(bytes, { ...options, name: file, consume: !keepBytes });
      if (folder && (report.error?.code === 'binary' || report.error?.code === 'empty')) skipped++;
      else results.push({ file, bytes: keepBytes ? bytes : undefined, report });
    }
    if (skipped > 0) io.err(`mtqa: ${arg}: skipped ${skipped} binary or empty file${skipped === 1 ? '' : 's'}\n`);
  }
  if (results.length === 0) throw new UsageError(`no file of a format mtqa reads (${FORMATS.flatMap((f) => f.meta.extensions).join(', ')}) in ${args.join(', ')}`);
  return results;
}

async function readSource(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (err) {
    throw new UsageError(`cannot read the source ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function exitCode(reports: Report[]): number {
  if (reports.some((r) => r.status === 'error' || r.ruleErrors)) return 2;
  return reports.some((r) => r.findings.length > 0) ? 1 : 0;
}

function reportErrors(results: Array<{ file: string; report: Report }>, io: Io): void {
  for (const { file, report } of results) {
    if (report.status === 'error') io.err(`mtqa: ${file}: ${report.error!.message}\n`);
    for (const e of report.ruleErrors ?? []) io.err(`mtqa: ${file}: rule ${e.rule} failed (${e.message}); its findings are missing. Please report this bug.\n`);
  }
}

async function check(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'stylish' },
      lang: { type: 'string', short: 'l' },
      'input-format': { type: 'string' },
      columns: { type: 'string' },
      source: { type: 'string', short: 's' },
      'source-lang': { type: 'string' },
    },
  });
  if (values.format !== 'stylish' && values.format !== 'json' && values.format !== 'html') {
    throw new UsageError(`--format takes stylish, json or html, not '${values.format}'`);
  }
  if (values.format === 'html' && positionals.length > 1) throw new UsageError('--format html draws one FILE; run it once per file');
  const options: CheckOptions = { lang: validLang(values.lang, io), inputFormat: validFormat(values['input-format']), columns: validColumns(values.columns) };
  if (values['source-lang'] !== undefined && values.source === undefined) options.sourceLang = validLang(values['source-lang'], io);
  if (values.source !== undefined) {
    if (positionals.length !== 1) throw new UsageError('--source checks one translation FILE against it');
    options.sourceDocument = { bytes: await readSource(values.source), name: values.source, lang: validLang(values['source-lang'], io) };
  }
  const results = await checkFiles(positionals, options, io, values.format === 'html');
  const reports = results.map((r) => r.report);
  reportErrors(results, io);
  if (values.format === 'html') {
    const { report, bytes } = results[0];
    const ok = bytes && report.status === 'ok';
    const { renderReportHtml } = await reviewPage();
    io.out(renderReportHtml(report, ok ? bytes : undefined, { sourceText: ok ? options.sourceDocument?.bytes : undefined }));
  } else if (values.format === 'json') {
    writeJson(reports.length === 1 ? reports[0] : reports, io.out);
    io.out('\n');
  } else {
    io.out(formatStylish(reports, io.color));
  }
  return exitCode(reports);
}

async function fix(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { write: { type: 'boolean', short: 'w', default: false }, lang: { type: 'string', short: 'l' }, 'input-format': { type: 'string' }, columns: { type: 'string' } },
  });
  if (values.write && positionals.includes('-')) throw new UsageError('--write needs files, not standard input');
  // Loaded here, not at the CLI's start: `mtqa check` never needs the fixer nor the diff package
  // behind its patches (14 KB of the bundle that every start parsed: a 13-byte check ran ~1.5 M instructions more).
  const { applyEdits, buildPatch, planFixes } = await import('../lib/fix.js');
  const results = await checkFiles(
    positionals,
    { lang: validLang(values.lang, io), inputFormat: validFormat(values['input-format']), columns: validColumns(values.columns), patch: values.write ? undefined : buildPatch },
    io,
    true,
  );
  reportErrors(results, io);
  for (const { file, report, bytes } of results) {
    if (report.status === 'error' || !bytes) continue;
    if (formatById(report.source.format ?? '')?.readBytes && report.findings.some((f) => f.fix)) {
      io.err(`mtqa: ${file}: fixes are listed in the report (mtqa check) but not applied: mtqa does not rewrite ${formatById(report.source.format!)!.meta.name} files\n`);
    }
    if (!values.write) {
      io.out(report.patch ?? '');
      continue;
    }
    const plan = planFixes(report.findings);
    if (plan.fixes === 0) continue;
    const text = decodeSame(bytes, report);
    const written = encodeSame(applyEdits(text, plan.edits), report, text, bytes);
    if (!written) {
      io.err(`mtqa: ${file}: fixes not applied: the fixed text cannot be written back in ${report.source.encoding} byte for byte (run mtqa fix without --write for the patch)\n`);
      continue;
    }
    await writeFile(file, written);
    const left = plan.conflicts > 0 ? `; ${plan.conflicts} more touch the same text: run mtqa fix again` : '';
    io.err(`mtqa: ${file}: applied ${plural(plan.fixes, 'fix', 'fixes')}${left}\n`);
  }
  return exitCode(results.map((r) => r.report));
}

/** What a saved report lacks that the page needs, or undefined (a light check; the JSON Schema has the rest). */
function reportProblem(report: Report): string | undefined {
  if (!report || typeof report !== 'object') return 'not an object';
  if (!/^1\./.test(String(report.schemaVersion))) return `schemaVersion ${JSON.stringify(report.schemaVersion)}`;
  if (!report.source || typeof report.source.name !== 'string') return 'no source.name';
  if (!Array.isArray(report.findings)) return 'no findings array';
  const complete = (f: Report['findings'][number]) =>
    f && Number.isInteger(f.start) && Number.isInteger(f.end) && [f.rule, f.category, f.severity, f.message, f.excerpt?.text].every((v) => typeof v === 'string');
  const bad = report.findings.findIndex((f) => !complete(f));
  return bad < 0 ? undefined : `finding ${bad} lacks a field the page shows`;
}

/** Draws a saved report; with the FILE it was made from (checked by its sha256), findings in place in the text. */
async function render(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { source: { type: 'string', short: 's' } } });
  if (positionals.length === 0 || positionals.length > 2) throw new UsageError('render takes REPORT.json and optionally the FILE it was made from');
  const [reportFile, checkedFile] = positionals;
  const fail = (message: string) => {
    io.err(`mtqa: ${message}\n`);
    return 2;
  };
  let report: Report;
  try {
    report = JSON.parse(await readFile(reportFile, 'utf8'));
  } catch (err) {
    return fail(`${reportFile}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'No such file.' : `not a JSON report (${(err as Error).message})`}`);
  }
  if (Array.isArray(report)) return fail(`${reportFile} holds ${report.length} reports; render takes one (made with one FILE)`);
  const invalid = reportProblem(report);
  if (invalid) return fail(`${reportFile}: not an mtqa report of schema version 1 (${invalid})`);
  let bytes: Uint8Array | undefined;
  if (checkedFile !== undefined) {
    try {
      bytes = await readFile(checkedFile);
    } catch (err) {
      return fail(`${checkedFile}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'No such file.' : (err as Error).message}`);
    }
    if (report.source.sha256 && createHash('sha256').update(bytes).digest('hex') !== report.source.sha256) {
      return fail(`${checkedFile} is not the file ${reportFile} was made from (its sha256 differs)`);
    }
  }
  let sourceText: Uint8Array | undefined;
  if (values.source !== undefined) {
    if (bytes === undefined) throw new UsageError('render --source needs the FILE the report was made from');
    sourceText = await readSource(values.source);
  }
  // The page says so when a file cannot be decoded or read again, and shows the excerpts.
  const { renderReportHtml } = await reviewPage();
  io.out(renderReportHtml(report, bytes, { sourceText }));
  return 0;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The report's offsets are into the decoded text; decode the same way check did. */
function decodeSame(bytes: Uint8Array, report: Report): string {
  const enc = report.source.encoding ?? 'utf-8';
  const skip = report.source.bom ? (enc === 'utf-8' ? 3 : 2) : 0;
  return decodeAs(bytes.subarray(skip), enc, false);
}

/**
 * Writes the fixed text back in the file's own encoding and BOM; undefined when a legacy encoding
 * cannot hold it or would not give the file's own bytes back for the text it had (a stateful
 * encoding, a character with two byte forms): the write would change more than the fixes.
 */
function encodeSame(text: string, report: Report, original: string, bytes: Uint8Array): Uint8Array | undefined {
  const enc = report.source.encoding ?? 'utf-8';
  if (enc !== 'utf-8' && !enc.startsWith('utf-16')) {
    const same = encodeLegacy(original, enc);
    return same && Buffer.from(same).equals(bytes) ? encodeLegacy(text, enc) : undefined;
  }
  if (enc === 'utf-8') {
    const body = new TextEncoder().encode(text);
    return report.source.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
  }
  const le = Buffer.from(text, 'utf16le');
  if (enc === 'utf-16be') le.swap16();
  const bom = enc === 'utf-16be' ? [0xfe, 0xff] : [0xff, 0xfe];
  return Buffer.concat([Buffer.from(bom), le]);
}
