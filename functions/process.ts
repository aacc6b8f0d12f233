// One S3 event record in, one report written or removed (or a logged reason to skip). The checking
// itself is the core library's; this module only decides what to read and whether the result may
// be written, so that duplicated, late and out-of-order deliveries all end in the right report.
// Bulk re-checks (recheck.ts, local mode's start-up scan) come in through checkObject without an
// event, and the same rules keep them from overwriting a newer report.
//
// Ordering strategy for an "object created" record:
// 1. HEAD the current object. 404 → it was deleted before we got to it (in a versioned bucket:
//    its current version is a delete marker): log and skip.
// 2. If the current object is not the one the event names (another VersionId in a versioned
//    bucket, another ETag in an unversioned one), a later upload replaced it; that upload has its
//    own event, which writes the report, so this event is stale: skip.
// 3. Read exactly that object: GET by VersionId, or with If-Match on the ETag (a 412 means it was
//    replaced in between: stale again; a 404, deleted in between).
// 4. Write the report with the protocol in reports.ts: never over a report for a later event,
//    never for an input that changed or vanished meanwhile, conditional PUTs so that concurrent
//    writers cannot interleave, and what was written for an input deleted meanwhile is removed.
// An "object removed" record removes the input's report unless the key holds an object again.
// Reports contain no timestamps, so a duplicate event rewrites byte-identical content.

import { createHash } from 'node:crypto';
import { GetObjectCommand, HeadObjectCommand, type HeadObjectCommandOutput, type S3Client } from '@aws-sdk/client-s3';
import type { S3EventRecord } from 'aws-lambda';
import { checkBytes, errorReport, type CheckOptions } from '../lib/check.js';
import { renderReportHtml } from '../lib/report/html.js';
import type { Report, SourceInfo } from '../lib/types.js';
import type { PipelineConfig } from './config.js';
import { classifyKey, decodeEventKey, normaliseEtag, type KeyVerdict } from './keys.js';
import type { Logger } from './log.js';
import { removeArtifacts, writeArtifacts, type Artifact } from './reports.js';
import { isConditionFailed, isNotFound } from './s3.js';

export interface PipelineDeps {
  s3: S3Client;
  config: PipelineConfig;
  log: Logger;
}

export type SkipReason =
  | Extract<KeyVerdict, { process: false }>['reason']
  | 'folder-marker'
  | 'not-object-event'
  | 'deleted'
  | 'stale'
  | 'superseded'
  | 'current';

export type Outcome =
  | { action: 'written'; bucket: string; key: string; reportKey: string; report: Report }
  | { action: 'removed'; bucket: string; key: string; reportKeys: string[] }
  | { action: 'skipped'; bucket: string; key: string; reason: SkipReason };

/** The object to check: from an event (with its version, ETag and sequencer) or from a listing. */
export interface Target {
  bucket: string;
  key: string;
  versionId?: string;
  /** Unquoted; when given, an object with another ETag is a newer upload and this target is stale. */
  etag?: string;
  sequencer?: string;
}

/** Optional user metadata on an input object (`x-amz-meta-…`). */
const METADATA = {
  /** ISO 639-1 code forcing the document language. */
  lang: 'lang',
  /** Format reader id (text, markdown, xliff…), when the name does not tell. */
  format: 'format',
  /** Key (in the same bucket, under the input prefix) of the document this one translates. */
  sourceKey: 'source-key',
  /** ISO 639-1 code of that source document. */
  sourceLang: 'source-lang',
} as const;

export async function processRecord(deps: PipelineDeps, record: S3EventRecord): Promise<Outcome> {
  const bucket = record.s3.bucket.name;
  const key = decodeEventKey(record.s3.object.key);
  const { eTag, sequencer, versionId } = record.s3.object;
  // S3 omits versionId (or sends null) for unversioned buckets; treat every non-string alike.
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  const target: Target = { bucket, key, versionId: text(versionId), etag: normaliseEtag(text(eTag)), sequencer: text(sequencer) };
  if (record.eventName.startsWith('ObjectCreated:')) return checkObject(deps, target);
  if (record.eventName.startsWith('ObjectRemoved:')) return removeReport(deps, target);
  return skipper(deps, target, performance.now())('not-object-event', 'not an object-created or object-removed event');
}

function skipper(deps: PipelineDeps, target: Target, started: number) {
  const log = logFor(deps, target);
  return (reason: SkipReason, message: string, level: 'info' | 'warn' = 'info'): Outcome => {
    log[level](message, { outcome: 'skipped', reason, ms: Math.round(performance.now() - started) });
    return { action: 'skipped', bucket: target.bucket, key: target.key, reason };
  };
}

function logFor(deps: PipelineDeps, t: Target): Logger {
  return deps.log.child({ bucket: t.bucket, key: t.key, versionId: t.versionId, etag: t.etag, sequencer: t.sequencer });
}

/** Checks the object and writes its report (see the strategy above). */
export async function checkObject(deps: PipelineDeps, target: Target): Promise<Outcome> {
  const started = performance.now();
  const { bucket, key, versionId, sequencer } = target;
  const log = logFor(deps, target);
  const skip = skipper(deps, target, started);
  const verdict = classifyKey(key, deps.config);
  if (!verdict.process) return skip(verdict.reason, 'key is not an input', verdict.reason === 'key-too-long' ? 'warn' : 'info');

  let head: HeadObjectCommandOutput;
  try {
    head = await deps.s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
  } catch (err) {
    if (isNotFound(err)) return skip('deleted', 'object deleted before processing', 'warn');
    throw err;
  }
  const etag = normaliseEtag(head.ETag) ?? '';
  const replaced = versionId ? head.VersionId !== versionId : target.etag !== undefined && etag !== target.etag;
  if (replaced) return skip('stale', 'object replaced since this event; the newer upload has its own event');
  const size = head.ContentLength ?? 0;
  // Zero-byte "folder" objects made by the S3 console are not documents; a file whose name ends
  // in "/" is one.
  if (key.endsWith('/') && size === 0) return skip('folder-marker', 'a folder marker, not a document');

  const source: Partial<SourceInfo> = { bucket, key };
  if (versionId ?? head.VersionId) source.versionId = versionId ?? head.VersionId;
  if (etag) source.etag = etag;
  if (sequencer) source.sequencer = sequencer;

  let report: Report;
  /** What the review page shows beside the findings, when the input could be read. */
  let checked: CheckedInput | undefined;
  if (size > deps.config.maxBytes) {
    // Decided from HEAD alone, so an oversized upload costs no download. Without the bytes there
    // is no digest to give: sha256 stays empty in this one kind of report.
    report = errorReport(
      { name: key, size, sha256: '', ...source },
      {
        code: 'too-large',
        message: `The file is ${size} bytes; the limit is ${deps.config.maxBytes} bytes. Split it and upload the parts.`,
      },
    );
  } else {
    let bytes: Uint8Array;
    try {
      const got = await deps.s3.send(
        new GetObjectCommand(versionId ? { Bucket: bucket, Key: key, VersionId: versionId } : { Bucket: bucket, Key: key, IfMatch: head.ETag }),
      );
      bytes = await readBody(got.Body, got.ContentLength ?? size);
    } catch (err) {
      if (isNotFound(err)) return skip('deleted', 'object deleted before processing', 'warn');
      if (isConditionFailed(err)) return skip('stale', 'object replaced between HEAD and GET');
      throw err;
    }
    const options: CheckOptions & { name: string } = {
      name: key,
      lang: languageCode(head.Metadata?.[METADATA.lang], METADATA.lang, log),
      inputFormat: head.Metadata?.[METADATA.format],
      maxBytes: deps.config.maxBytes,
      source,
    };
    const sourceDocument = await readSourceDocument(deps, bucket, head, log);
    if (sourceDocument && 'error' in sourceDocument) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      report = errorReport({ name: key, size: bytes.length, sha256, ...source }, { code: 'invalid-source', message: sourceDocument.error });
    } else {
      report = check(bytes, { ...options, sourceDocument }, log);
      checked = { bytes, sourceDocument };
    }
  }

  const artifacts = reportArtifacts(verdict.reportKey, report, deps.config, checked, log);
  const result = await writeArtifacts(deps.s3, log, { bucket, key, etag, sequencer }, artifacts);
  if (result === 'superseded') return skip('superseded', 'a report for a later event of this key exists');
  if (result === 'stale') return skip('stale', 'object replaced while it was checked; the newer upload gets its own report');
  if (result === 'deleted') return skip('deleted', 'object deleted while it was checked; its report was not kept', 'warn');
  log.info('report written', {
    outcome: 'written',
    reportKey: verdict.reportKey,
    size,
    status: report.status,
    errorCode: report.error?.code,
    findings: report.findings.length,
    ms: Math.round(performance.now() - started),
  });
  return { action: 'written', bucket, key, reportKey: verdict.reportKey, report };
}

interface CheckedInput {
  bytes: Uint8Array;
  sourceDocument?: CheckOptions['sourceDocument'];
}

/** `reports/<path>.report.json` → `reports/<path>.report.html`: the review page beside the report. */
export function htmlKeyOf(reportKey: string): string {
  return reportKey.replace(/\.json$/, '.html');
}

/** The renderings the configuration asks for, as recorded in report metadata ("html,json" or "json"). */
export function artifactKinds(config: PipelineConfig): string {
  return config.htmlReports ? 'html,json' : 'json';
}

/**
 * The objects written for one report: (unless turned off) the HTML review page, which shows the
 * findings in the document (the renderer reads the input's bytes again with the report's format
 * reader: the core does not keep the text) and, for a bilingual check, the source beside it;
 * then the JSON report. The JSON report goes
 * last because its metadata is what says a report is current: a crash between the two writes
 * leaves it stale, and the next re-check writes both. A page that fails to render is logged and
 * left out; the metadata then says so, and the next re-check tries again.
 */
function reportArtifacts(reportKey: string, report: Report, config: PipelineConfig, input: CheckedInput | undefined, log: Logger): Artifact[] {
  const json: Artifact = { kind: 'json', key: reportKey, body: `${JSON.stringify(report, null, 2)}\n`, contentType: 'application/json; charset=utf-8' };
  if (!config.htmlReports) return [json];
  try {
    const ok = input !== undefined && report.status === 'ok';
    const html = renderReportHtml(report, ok ? input.bytes : undefined, { sourceText: ok ? input.sourceDocument?.bytes : undefined });
    return [{ kind: 'html', key: htmlKeyOf(reportKey), body: html, contentType: 'text/html; charset=utf-8' }, json];
  } catch (err) {
    log.error('review page failed to render; the JSON report is written without it', { error: err });
    return [json];
  }
}

/**
 * Every key a report may have, to remove them all with the input (whatever the configuration).
 * The JSON report goes first: once it is gone, the input counts as unreported, whatever is left.
 */
export function artifactKeys(reportKey: string): string[] {
  return [reportKey, htmlKeyOf(reportKey)];
}

/** An "object removed" record: the input is gone, so is its report (unless the key is in use again). */
export async function removeReport(deps: PipelineDeps, target: Target): Promise<Outcome> {
  const started = performance.now();
  const skip = skipper(deps, target, started);
  const verdict = classifyKey(target.key, deps.config);
  if (!verdict.process) return skip(verdict.reason, 'key is not an input');
  try {
    await deps.s3.send(new HeadObjectCommand({ Bucket: target.bucket, Key: target.key }));
    // In a versioned bucket this is also what deleting an old version looks like.
    return skip('stale', 'the key holds an object again; its report stays');
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
  const reportKeys = await removeArtifacts(deps.s3, target.bucket, artifactKeys(verdict.reportKey), target.sequencer);
  logFor(deps, target).info('report removed', { outcome: 'removed', reportKeys, ms: Math.round(performance.now() - started) });
  return { action: 'removed', bucket: target.bucket, key: target.key, reportKeys };
}

/**
 * The body into one buffer of the announced length: half the peak memory of collecting chunks and
 * concatenating them, which matters for the largest inputs.
 */
async function readBody(body: unknown, length: number): Promise<Uint8Array> {
  if (!body) throw new Error('GetObject returned no body');
  const out = new Uint8Array(length);
  let offset = 0;
  for await (const chunk of body as AsyncIterable<Uint8Array>) {
    if (offset + chunk.length > length) throw new Error('GetObject returned more bytes than its Content-Length');
    out.set(chunk, offset);
    offset += chunk.length;
  }
  if (offset !== length) throw new Error(`GetObject ended after ${offset} of ${length} bytes`);
  return out;
}

function languageCode(value: string | undefined, name: string, log: Logger): string | undefined {
  const lang = value?.toLowerCase();
  if (lang === undefined) return undefined;
  if (/^[a-z]{2}$/.test(lang)) return lang;
  log.warn(`ignoring ${name} metadata that is not an ISO 639-1 code`, { [name]: lang.slice(0, 16) });
  return undefined;
}

/**
 * The document this input translates, named by its `source-key` metadata. It must be an input
 * itself (the function reads nothing else); a missing or unreadable one is an input error of the
 * translation, reported as such rather than checked without it.
 */
async function readSourceDocument(
  deps: PipelineDeps,
  bucket: string,
  head: HeadObjectCommandOutput,
  log: Logger,
): Promise<CheckOptions['sourceDocument'] | { error: string } | undefined> {
  const sourceKey = head.Metadata?.[METADATA.sourceKey];
  if (sourceKey === undefined) return undefined;
  if (!sourceKey.startsWith(deps.config.inputPrefix)) {
    return { error: `The source-key "${sourceKey}" must name an object under ${deps.config.inputPrefix}.` };
  }
  try {
    const got = await deps.s3.send(new GetObjectCommand({ Bucket: bucket, Key: sourceKey }));
    const size = got.ContentLength ?? 0;
    if (size > deps.config.maxBytes) return { error: `The source ${sourceKey} is ${size} bytes; the limit is ${deps.config.maxBytes} bytes.` };
    const bytes = await readBody(got.Body, size);
    return { bytes, name: sourceKey, lang: languageCode(head.Metadata?.[METADATA.sourceLang], METADATA.sourceLang, log) };
  } catch (err) {
    if (isNotFound(err)) return { error: `The source-key "${sourceKey}" names no object in the bucket.` };
    throw err;
  }
}

/**
 * The core never throws on bad input; if it throws anyway, that is a bug that would fail the same
 * way on every redelivery, so it becomes an "internal" error report instead of a retry loop.
 */
function check(bytes: Uint8Array, options: CheckOptions & { name: string }, log: Logger): Report {
  try {
    return checkBytes(bytes, options);
  } catch (err) {
    log.error('checker failed', { error: err });
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return errorReport(
      { name: options.name, size: bytes.length, sha256, ...options.source },
      { code: 'internal', message: 'The checker failed on this file. This is a bug in mtqa; please report it.' },
    );
  }
}
