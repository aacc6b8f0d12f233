// The mtqa command line: linter conventions (stylish or JSON output; exit 0 clean, 1 findings,
// 2 usage or input error). All checking happens in lib/; this file only reads files and prints.

import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { checkBytes, errorReport, type CheckOptions } from '../lib/check.js';
import { applyEdits, planFixes } from '../lib/fix.js';
import { FORMATS } from '../lib/formats/index.js';
import { LANGUAGES, PROFILES, isProfile, languageFor } from '../lib/languages/index.js';
import type { Report } from '../lib/types.js';
import { VERSION } from '../lib/version.js';
import { formatStylish } from './stylish.js';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  color: boolean;
}

const defaultIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
};

const USAGE = `Usage:
  mtqa check [--format stylish|json] [--lang CODE] [--input-format F] FILE...   report findings (exit 0 clean, 1 findings, 2 errors)
  mtqa check --source SRC [--source-lang CODE] [--lang CODE] FILE            check a translation against its source
  mtqa fix [--write] [--lang CODE] [--input-format F] FILE...                     print a unified diff of the safe fixes, or apply them
  mtqa local [--recheck]                                       run the S3 pipeline locally (S3-compatible server on 127.0.0.1); --recheck: re-check a running one's stale reports
  mtqa --version | --help

--lang takes an ISO 639-1 code and overrides detection. Full profiles: ${PROFILES.map((p) => p.code).join(', ')};
also detected and told apart: ${LANGUAGES.filter((l) => !isProfile(l)).map((l) => l.code).join(', ')}.
--input-format overrides the format chosen from the file name and content: ${FORMATS.map((f) => f.meta.id).join(', ')}.
--source names the file the translation was made from: line i of a plain-text SRC is the source of
line i of FILE; units of other formats pair by id. --source-lang is its language (else detected).
With one FILE, --format json prints its report; with several, an array of reports. FILE - reads stdin.
`;

class UsageError extends Error {}

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
    io.err(`mtqa: warning: unknown language '${lang}'; only language-independent knowledge applies\n`);
  } else if (!PROFILES.some((p) => p.code === lang)) {
    io.err(`mtqa: warning: no full profile for '${lang}'; its language is checked, segmentation uses no abbreviation knowledge\n`);
  }
  return lang;
}

function validFormat(format: string | undefined): string | undefined {
  if (format !== undefined && !FORMATS.some((f) => f.meta.id === format)) {
    throw new UsageError(`--input-format takes one of ${FORMATS.map((f) => f.meta.id).join(', ')}, not '${format}'`);
  }
  return format;
}

/** Reads and checks each file; unreadable files become error reports (exit 2). */
async function checkFiles(files: string[], options: CheckOptions): Promise<Array<{ file: string; report: Report; bytes?: Uint8Array }>> {
  if (files.length === 0) throw new UsageError('no FILE given');
  const results = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = file === '-' ? await readStdin() : await readFile(file);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      const message = e.code === 'ENOENT' ? 'No such file.' : e.code === 'EISDIR' ? 'Is a directory.' : e.message;
      results.push({ file, report: errorReport({ name: file, size: 0, sha256: '' }, { code: 'not-found', message }) });
      continue;
    }
    results.push({ file, bytes, report: checkBytes(bytes, { ...options, name: file }) });
  }
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
      source: { type: 'string', short: 's' },
      'source-lang': { type: 'string' },
    },
  });
  if (values.format !== 'stylish' && values.format !== 'json') throw new UsageError(`--format takes stylish or json, not '${values.format}'`);
  const options: CheckOptions = { lang: validLang(values.lang, io), inputFormat: validFormat(values['input-format']) };
  if (values['source-lang'] !== undefined && values.source === undefined) throw new UsageError('--source-lang needs --source');
  if (values.source !== undefined) {
    if (positionals.length !== 1) throw new UsageError('--source checks one translation FILE against it');
    options.sourceDocument = { bytes: await readSource(values.source), name: values.source, lang: validLang(values['source-lang'], io) };
  }
  const results = await checkFiles(positionals, options);
  const reports = results.map((r) => r.report);
  reportErrors(results, io);
  if (values.format === 'json') {
    io.out(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2) + '\n');
  } else {
    io.out(formatStylish(reports, io.color));
  }
  return exitCode(reports);
}

async function fix(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { write: { type: 'boolean', short: 'w', default: false }, lang: { type: 'string', short: 'l' }, 'input-format': { type: 'string' } },
  });
  if (values.write && positionals.includes('-')) throw new UsageError('--write needs files, not standard input');
  const results = await checkFiles(positionals, { lang: validLang(values.lang, io), inputFormat: validFormat(values['input-format']), patch: !values.write });
  reportErrors(results, io);
  for (const { file, report, bytes } of results) {
    if (report.status === 'error' || !bytes) continue;
    if (!values.write) {
      io.out(report.patch ?? '');
      continue;
    }
    const plan = planFixes(report.findings);
    if (plan.fixes === 0) continue;
    const text = decodeSame(bytes, report);
    await writeFile(file, encodeSame(applyEdits(text, plan.edits), report));
    const left = plan.conflicts > 0 ? `; ${plan.conflicts} more touch the same text: run mtqa fix again` : '';
    io.err(`mtqa: ${file}: applied ${plural(plan.fixes, 'fix', 'fixes')}${left}\n`);
  }
  return exitCode(results.map((r) => r.report));
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The report's offsets are into the decoded text; decode the same way check did. */
function decodeSame(bytes: Uint8Array, report: Report): string {
  const enc = report.source.encoding ?? 'utf-8';
  const skip = report.source.bom ? (enc === 'utf-8' ? 3 : 2) : 0;
  return new TextDecoder(enc, { ignoreBOM: true }).decode(bytes.subarray(skip));
}

/** Writes the fixed text back in the file's own encoding and BOM. */
function encodeSame(text: string, report: Report): Uint8Array {
  const enc = report.source.encoding ?? 'utf-8';
  if (enc === 'utf-8') {
    const body = new TextEncoder().encode(text);
    return report.source.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
  }
  const le = Buffer.from(text, 'utf16le');
  if (enc === 'utf-16be') le.swap16();
  const bom = enc === 'utf-16be' ? [0xfe, 0xff] : [0xff, 0xfe];
  return Buffer.concat([Buffer.from(bom), le]);
}
