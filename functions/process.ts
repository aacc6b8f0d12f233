// One S3 "object created" record in, one report out (or a logged reason to skip). The checking
// itself is the core library's; this module only decides what to read and whether the result may
// be written, so that duplicated, late and out-of-order deliveries all end in the right report.
//
// Ordering strategy, per record:
// 1. HEAD the current object. 404 → it was deleted before we got to it (in a versioned bucket:
//    its current version is a delete marker): log and skip.
// 2. If the current object is not the one the event names (another VersionId in a versioned
//    bucket, another ETag in an unversioned one), a later upload replaced it; that upload has its
//    own event, which writes the report, so this event is stale: skip.
// 3. Read exactly that object: GET by VersionId, or with If-Match on the ETag (a 412 means it was
//    replaced in between: stale again; a 404, deleted in between).
// 4. Before writing, HEAD the existing report and compare the sequencer stored in its metadata
//    with the event's: a report written for a later event is never overwritten. The PUT is
//    conditional on what that HEAD saw (If-Match its ETag, or If-None-Match * when there was no
//    report), so two concurrent invocations cannot interleave HEAD and PUT; the loser re-reads
//    and compares again. A HEAD rather than a conditional write alone because S3 can only
//    condition on ETags, not on an order between events.
// Reports contain no timestamps, so a duplicate event rewrites byte-identical content.

import { createHash } from 'node:crypto';
import {
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  type HeadObjectCommandOutput,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { S3EventRecord } from 'aws-lambda';
import { checkBytes, errorReport, type CheckOptions } from '../lib/check.js';
import type { Report, SourceInfo } from '../lib/types.js';
import type { PipelineConfig } from './config.js';
import { classifyKey, compareSequencers, decodeEventKey, normaliseEtag, type KeyVerdict } from './keys.js';
import type { Logger } from './log.js';
import { isConditionFailed, isNotFound } from './s3.js';

export interface PipelineDeps {
  s3: S3Client;
  config: PipelineConfig;
  log: Logger;
}

export type SkipReason =
  | Extract<KeyVerdict, { process: false }>['reason']
  | 'not-object-created'
  | 'deleted'
  | 'stale'
  | 'superseded';

export type Outcome =
  | { action: 'written'; bucket: string; key: string; reportKey: string; report: Report }
  | { action: 'skipped'; bucket: string; key: string; reason: SkipReason };

/** User metadata on the report object: the sequencer of the event it was written for. */
export const SEQUENCER_METADATA = 'mtqa-sequencer';
/** Optional user metadata on an input object (`x-amz-meta-lang`) forcing the document language. */
const LANG_METADATA = 'lang';
/** Attempts at the HEAD-compare-conditional-PUT of a report before giving the record back to SQS. */
const WRITE_ATTEMPTS = 3;

export async function processRecord(deps: PipelineDeps, record: S3EventRecord): Promise<Outcome> {
  const started = performance.now();
  const bucket = record.s3.bucket.name;
  const key = decodeEventKey(record.s3.object.key);
  const { eTag, sequencer: rawSequencer, versionId: rawVersionId } = record.s3.object;
  // S3 omits versionId (or sends null) for unversioned buckets; treat every non-string alike.
  const versionId = typeof rawVersionId === 'string' && rawVersionId !== '' ? rawVersionId : undefined;
  const sequencer = typeof rawSequencer === 'string' && rawSequencer !== '' ? rawSequencer : undefined;
  const eventEtag = normaliseEtag(eTag || undefined);
  const log = deps.log.child({ bucket, key, versionId, etag: eventEtag, sequencer });

  const skip = (reason: SkipReason, message: string, level: 'info' | 'warn' = 'info'): Outcome => {
    log[level](message, { outcome: 'skipped', reason, ms: Math.round(performance.now() - started) });
    return { action: 'skipped', bucket, key, reason };
  };

  if (!record.eventName.startsWith('ObjectCreated:')) return skip('not-object-created', 'not an object-created event');
  const verdict = classifyKey(key, deps.config);
  if (!verdict.process) return skip(verdict.reason, 'key is not an input');

  let head: HeadObjectCommandOutput;
  try {
    head = await deps.s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
  } catch (err) {
    if (isNotFound(err)) return skip('deleted', 'object deleted before processing', 'warn');
    throw err;
  }
  const etag = normaliseEtag(head.ETag);
  const replaced = versionId ? head.VersionId !== versionId : eventEtag !== undefined && etag !== eventEtag;
  if (replaced) return skip('stale', 'object replaced since this event; the newer upload has its own event');

  const source: Partial<SourceInfo> = { bucket, key };
  if (versionId ?? head.VersionId) source.versionId = versionId ?? head.VersionId;
  if (etag) source.etag = etag;
  if (sequencer) source.sequencer = sequencer;
  const size = head.ContentLength ?? 0;

  let report: Report;
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
        new GetObjectCommand(
          versionId ? { Bucket: bucket, Key: key, VersionId: versionId } : { Bucket: bucket, Key: key, IfMatch: head.ETag },
        ),
      );
      if (!got.Body) throw new Error('GetObject returned no body');
      bytes = await got.Body.transformToByteArray();
    } catch (err) {
      if (isNotFound(err)) return skip('deleted', 'object deleted before processing', 'warn');
      if (isConditionFailed(err)) return skip('stale', 'object replaced between HEAD and GET');
      throw err;
    }
    report = check(bytes, { name: key, lang: languageOf(head, log), maxBytes: deps.config.maxBytes, source }, log);
  }

  const body = `${JSON.stringify(report, null, 2)}\n`;
  const written = await writeReport(deps.s3, log, bucket, verdict.reportKey, body, sequencer);
  if (!written) return skip('superseded', 'a report for a later event of this key exists');
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

function languageOf(head: HeadObjectCommandOutput, log: Logger): string | undefined {
  const lang = head.Metadata?.[LANG_METADATA]?.toLowerCase();
  if (lang === undefined) return undefined;
  if (/^[a-z]{2}$/.test(lang)) return lang;
  log.warn('ignoring lang metadata that is not an ISO 639-1 code', { lang: lang.slice(0, 16) });
  return undefined;
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

/** Returns false when a report for a later event already exists (see the strategy above). */
async function writeReport(
  s3: S3Client,
  log: Logger,
  bucket: string,
  reportKey: string,
  body: string,
  sequencer: string | undefined,
): Promise<boolean> {
  for (let attempt = 1; attempt <= WRITE_ATTEMPTS; attempt++) {
    let existing: HeadObjectCommandOutput | undefined;
    try {
      existing = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: reportKey }));
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
    const existingSequencer = existing?.Metadata?.[SEQUENCER_METADATA];
    if (existingSequencer && sequencer && compareSequencers(existingSequencer, sequencer) > 0) return false;
    try {
      await s3.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: reportKey,
          Body: body,
          ContentType: 'application/json; charset=utf-8',
          Metadata: sequencer ? { [SEQUENCER_METADATA]: sequencer } : undefined,
          ...(existing?.ETag ? { IfMatch: existing.ETag } : { IfNoneMatch: '*' }),
        }),
      );
      return true;
    } catch (err) {
      if (!isConditionFailed(err)) throw err;
      log.info('report changed while writing; comparing again', { reportKey, attempt });
    }
  }
  throw new Error(`The report ${reportKey} kept changing during ${WRITE_ATTEMPTS} write attempts.`);
}
