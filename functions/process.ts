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
// Reports contain no timestamps, so a duplicate event would rewrite byte-identical content; a
// repeated event (the report carries its sequencer) whose report is still current is skipped.
//
// Translations and sources (sources.ts): a translation is checked against its source document
// when there is one, and its report records that source's ETag; the write stops if the source
// changed meanwhile. Any input event, created or removed, first re-queues the translations that
// use the object as their source (its sibling translation, those whose source-key names it); an
// object named as a source (`NAME.src.EXT`) is not checked on its own.

import { createHash } from 'node:crypto';
import { GetObjectCommand, HeadObjectCommand, type HeadObjectCommandOutput, type S3Client } from '@aws-sdk/client-s3';
import type { S3EventRecord } from 'aws-lambda';
import type { CheckOptions } from '../lib/check.js';
import type { Report, SourceInfo } from '../lib/types.js';
import type { PipelineConfig } from './config.js';
import { loadCore, type CheckerCore } from './core.js';
import { classifyKey, decodeEventKey, normaliseEtag, type KeyVerdict } from './keys.js';
import type { Logger } from './log.js';
import { headReport, isCurrent, removeArtifacts, SEQUENCER_METADATA, sourceIsCurrent, writeArtifacts, type Artifact } from './reports.js';
import { isConditionFailed, isNotFound } from './s3.js';
import {
  currentEtag,
  isSourceKey,
  languageCode,
  linkTranslation,
  METADATA,
  readBody,
  readSource,
  sourceRefOf,
  translationsOf,
  type Requeue,
} from './sources.js';

export interface PipelineDeps {
  s3: S3Client;
  config: PipelineConfig;
  log: Logger;
}

/** What the event path needs on top: a way to re-queue the translations of a changed source. */
export interface EventDeps extends PipelineDeps {
  requeue: Requeue;
}

export type SkipReason =
  | Extract<KeyVerdict, { process: false }>['reason']
  | 'folder-marker'
  | 'not-object-event'
  | 'deleted'
  | 'stale'
  | 'superseded'
  | 'current'
  | 'source'
  | 'source-changed';

export type Outcome = (
  | { action: 'written'; bucket: string; key: string; reportKey: string; report: Report }
  | { action: 'removed'; bucket: string; key: string; reportKeys: string[] }
  | { action: 'skipped'; bucket: string; key: string; reason: SkipReason }
) & {
  /** Translations re-queued because this object is their source. */
  requeued?: string[];
};

/** The object to check: from an event (with its version, ETag and sequencer) or from a listing. */
export interface Target {
  bucket: string;
  key: string;
  versionId?: string;
  /** Unquoted; when given, an object with another ETag is a newer upload and this target is stale. */
  etag?: string;
  sequencer?: string;
}

export async function processRecord(deps: EventDeps, record: S3EventRecord): Promise<Outcome> {
  const bucket = record.s3.bucket.name;
  const key = decodeEventKey(record.s3.object.key);
  const { eTag, sequencer, versionId } = record.s3.object;
  // S3 omits versionId (or sends null) for unversioned buckets; treat every non-string alike.
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  const target: Target = { bucket, key, versionId: text(versionId), etag: normaliseEtag(text(eTag)), sequencer: text(sequencer) };
  const created = record.eventName.startsWith('ObjectCreated:');
  if (!created && !record.eventName.startsWith('ObjectRemoved:')) {
    return skipper(deps, target, performance.now())('not-object-event', 'not an object-created or object-removed event');
  }
  const input = classifyKey(key, deps.config).process;
  const requeued = input ? await requeueTranslations(deps, target) : [];
  let outcome: Outcome;
  if (input && isSourceKey(key)) {
    const message = requeued.length > 0 ? 'a source document: its translations are re-checked' : 'a source document; no translation uses it yet';
    outcome = skipper(deps, target, performance.now())('source', message);
  } else {
    outcome = created ? await checkObject(deps, target) : await removeReport(deps, target);
  }
  return requeued.length > 0 ? { ...outcome, requeued } : outcome;
}

/**
 * Re-queues every translation whose source is this object (whatever happened to it: a check of
 * the translation reads the source as it is now and is skipped when its report already is).
 */
async function requeueTranslations(deps: EventDeps, target: Target): Promise<string[]> {
  const translations = await translationsOf(deps.s3, target.bucket, deps.config, target.key);
  if (translations.length === 0) return [];
  await deps.requeue(translations.map((key) => ({ mtqa: 'recheck', bucket: target.bucket, key, source: target.key })));
  logFor(deps, target).info('translations re-queued', { translations: translations.length });
  return translations;
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
  if (isSourceKey(key)) return skip('source', 'a source document: checked with its translation, not alone');

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

  const ref = sourceRefOf(key, head.Metadata, deps.config);
  // Before the source is read: a source uploaded from now on finds this translation in its index.
  if (ref?.via === 'source-key' && 'key' in ref) await linkTranslation(deps.s3, log, bucket, deps.config, ref.key, key);
  if (sequencer && (await isRepeat(deps, target, verdict.reportKey, etag, ref))) return skip('current', 'a repeated event: the report is current');
  const sourceLang = languageCode(head.Metadata?.[METADATA.sourceLang], METADATA.sourceLang, log);
  const sourceRead =
    ref &&
    (await readSource(deps.s3, bucket, ref, {
      maxBytes: deps.config.maxBytes,
      sourceLang,
      log,
      // An input too large to check needs only the source's state, for its report's metadata.
      bytes: size <= deps.config.maxBytes,
    }));
  if (sourceRead?.info) source.sourceDocument = sourceRead.info;

  const core = await loadCore();
  let report: Report;
  /** What the review page shows beside the findings, when the input could be read. */
  let checked: CheckedInput | undefined;
  if (size > deps.config.maxBytes) {
    // Decided from HEAD alone, so an oversized upload costs no download. Without the bytes there
    // is no digest to give: sha256 stays empty in this one kind of report.
    report = core.errorReport(
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
      // For a bilingual file's own source, where the file declares none (a PO file).
      sourceLang,
      inputFormat: head.Metadata?.[METADATA.format],
      maxBytes: deps.config.maxBytes,
      source,
    };
    if (sourceRead?.error !== undefined) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      report = core.errorReport({ name: key, size: bytes.length, sha256, ...source }, { code: 'invalid-source', message: sourceRead.error });
    } else {
      const sourceDocument = sourceRead?.document;
      report = check(core, bytes, { ...options, sourceDocument }, log);
      checked = { bytes, sourceDocument };
    }
  }

  const artifacts = reportArtifacts(core, verdict.reportKey, report, deps.config, checked, log);
  const result = await writeArtifacts(deps.s3, log, { bucket, key, etag, sequencer, sourceDocument: sourceRead?.state }, artifacts);
  if (result === 'superseded') return skip('superseded', 'a report for a later event of this key exists');
  if (result === 'stale') return skip('stale', 'object replaced while it was checked; the newer upload gets its own report');
  if (result === 'deleted') return skip('deleted', 'object deleted while it was checked; its report was not kept', 'warn');
  if (result === 'source-changed') return skip('source-changed', 'its source changed while it was checked; the source’s event re-checks it');
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

/**
 * Is this event a repeat of the one the report was written for (same sequencer), with the input,
 * the mtqa version, the renderings and the source all as they were? Then checking again would
 * write the same report.
 */
async function isRepeat(deps: PipelineDeps, target: Target, reportKey: string, etag: string, ref: ReturnType<typeof sourceRefOf>): Promise<boolean> {
  const report = await headReport(deps.s3, target.bucket, reportKey);
  if (!report || report.Metadata?.[SEQUENCER_METADATA] !== target.sequencer || !isCurrent(report, etag, artifactKinds(deps.config))) return false;
  return sourceIsCurrent(report, ref, (key) => currentEtag(deps.s3, target.bucket, key));
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
function reportArtifacts(core: CheckerCore, reportKey: string, report: Report, config: PipelineConfig, input: CheckedInput | undefined, log: Logger): Artifact[] {
  const json: Artifact = { kind: 'json', key: reportKey, body: `${JSON.stringify(report, null, 2)}\n`, contentType: 'application/json; charset=utf-8' };
  if (!config.htmlReports) return [json];
  try {
    const ok = input !== undefined && report.status === 'ok';
    const html = core.renderReportHtml(report, ok ? input.bytes : undefined, { sourceText: ok ? input.sourceDocument?.bytes : undefined });
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
 * The core never throws on bad input; if it throws anyway, that is a bug that would fail the same
 * way on every redelivery, so it becomes an "internal" error report instead of a retry loop.
 */
function check(core: CheckerCore, bytes: Uint8Array, options: CheckOptions & { name: string }, log: Logger): Report {
  try {
    return core.checkBytes(bytes, options);
  } catch (err) {
    log.error('checker failed', { error: err });
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return core.errorReport(
      { name: options.name, size: bytes.length, sha256, ...options.source },
      { code: 'internal', message: 'The checker failed on this file. This is a bug in mtqa; please report it.' },
    );
  }
}
