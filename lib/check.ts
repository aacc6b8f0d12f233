// The one entry point every front end calls (CLI, Lambda handler, local mode): bytes or text in,
// a complete report out. Input problems never throw from here; they become error reports.

import { createHash } from 'node:crypto';
import { decode, DecodeError } from './decode.js';
import { analyse } from './engine.js';
import { buildPatch } from './fix.js';
import {
  REPORT_SCHEMA_VERSION,
  type Report,
  type ReportError,
  type SourceInfo,
} from './types.js';
import { VERSION } from './version.js';

export interface CheckOptions {
  /** Display name of the input (file name or object key). */
  name?: string;
  /** ISO 639-1 code; overrides detection. */
  lang?: string;
  /** Inputs larger than this many bytes get a "too-large" error report. Default 64 MiB. */
  maxBytes?: number;
  /** Extra source fields (bucket, key, versionId, etag…) copied into the report. */
  source?: Partial<SourceInfo>;
  /** Add a unified diff of all safe fixes to the report. */
  patch?: boolean;
}

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

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

/** Checks raw bytes: decodes them (see decode.ts) and runs every rule. Never throws on bad input. */
export function checkBytes(bytes: Uint8Array, options: CheckOptions = {}): Report {
  const source: SourceInfo = {
    name: options.name ?? 'input',
    size: bytes.length,
    sha256: sha256(bytes),
    ...options.source,
  };
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > max) {
    return errorReport(source, {
      code: 'too-large',
      message: `The file is ${bytes.length} bytes; the limit is ${max} bytes. Split it and upload the parts.`,
    });
  }
  let decoded;
  try {
    decoded = decode(bytes);
  } catch (err) {
    if (err instanceof DecodeError) return errorReport(source, { code: err.code, message: err.message });
    throw err;
  }
  source.encoding = decoded.encoding;
  source.bom = decoded.bom;
  return checkDecoded(decoded.text, source, options);
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
  return checkDecoded(text, source, options);
}

function checkDecoded(text: string, source: SourceInfo, options: CheckOptions): Report {
  const { language, summary, findings } = analyse(text, { lang: options.lang });
  const report: Report = { ...baseReport(source), language, summary, findings };
  if (options.patch) report.patch = buildPatch(source.name, text, findings);
  return report;
}
