// Re-checking objects that are already in the bucket, without events: the AWS bulk re-check
// (Step Functions Distributed Map → recheck-handler.ts) and local mode's start-up and on-demand
// scans both decide here what to skip and what to check, and check through process.ts.
// An object is skipped when its report is current: written for the same ETag by the same mtqa
// version (reports.ts, isCurrent) and, for a translation, against the source document that is
// there now (sourceIsCurrent). Everything else (no report, another ETag, an older mtqa, a source
// that appeared, changed or went) is checked, so a run that failed half-way is simply started
// again. Source documents (`NAME.src.EXT`) are skipped: their translations are what gets checked.
// A source's event re-queues its translations through recheckTranslation.

import { GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { classifyKey, normaliseEtag } from './keys.js';
import { artifactKinds, checkObject, type Outcome, type PipelineDeps, type SkipReason } from './process.js';
import { headReport, isCurrent, SOURCE_DOCUMENT_METADATA, sourceIsCurrent } from './reports.js';
import { isNotFound } from './s3.js';
import {
  currentEtag,
  isSourceKey,
  NO_SOURCE,
  siblingSourceKey,
  sourceRefOf,
  unlinkTranslation,
  type RecheckMessage,
} from './sources.js';

/** An object from a listing: ListObjectsV2 through the SDK (ETag) or Step Functions' reader (Etag). */
export interface ListedObject {
  Key: string;
  ETag?: string;
  Etag?: string;
  Size?: number;
}

export type Decision = { check: true } | { check: false; reason: SkipReason };

/** What a listing tells about other keys (sources): their ETags; `complete` when a key it lacks is known not to exist. */
export interface Listing {
  etags: Map<string, string>;
  complete: boolean;
}

export function listingOf(items: ListedObject[], complete: boolean): Listing {
  const etags = new Map<string, string>();
  for (const item of items) {
    const etag = normaliseEtag(item.ETag ?? item.Etag);
    if (etag !== undefined) etags.set(item.Key, etag);
  }
  return { etags, complete };
}

export interface DecideOptions {
  /** Check every input, current or not. */
  force?: boolean;
  /** The listing the object comes from: spares a HEAD of a source it holds. */
  listing?: Listing;
  /** The object's metadata, when the caller has it (else read when a `source-key` needs it). */
  metadata?: Record<string, string>;
}

/** Whether `object` needs a check. */
export async function decide(deps: PipelineDeps, bucket: string, object: ListedObject, options: DecideOptions = {}): Promise<Decision> {
  const verdict = classifyKey(object.Key, deps.config);
  if (!verdict.process) return { check: false, reason: verdict.reason };
  if (isSourceKey(object.Key)) return { check: false, reason: 'source' };
  if (object.Key.endsWith('/') && object.Size === 0) return { check: false, reason: 'folder-marker' };
  if (options.force) return { check: true };
  const etag = normaliseEtag(object.ETag ?? object.Etag);
  const report = await headReport(deps.s3, bucket, verdict.reportKey);
  if (etag === undefined || !report || !isCurrent(report, etag, artifactKinds(deps.config))) return { check: true };
  // A report written against a source named by metadata needs that metadata to find it; any
  // other is compared with the sibling source, if the name has one.
  let metadata = options.metadata;
  if (metadata === undefined && report.Metadata?.[SOURCE_DOCUMENT_METADATA] === 'source-key') {
    try {
      metadata = (await deps.s3.send(new HeadObjectCommand({ Bucket: bucket, Key: object.Key }))).Metadata ?? {};
    } catch (err) {
      if (isNotFound(err)) return { check: false, reason: 'deleted' };
      throw err;
    }
  }
  const { listing } = options;
  const etagOf = async (key: string) => listing?.etags.get(key) ?? (listing?.complete ? NO_SOURCE : currentEtag(deps.s3, bucket, key));
  return (await sourceIsCurrent(report, sourceRefOf(object.Key, metadata, deps.config), etagOf)) ? { check: false, reason: 'current' } : { check: true };
}

/**
 * Checks one listed object unless its report is current. The check reads whatever object the key
 * holds now (a listing can be minutes old); process.ts keeps it from overwriting a newer report.
 */
export async function recheckObject(deps: PipelineDeps, bucket: string, object: ListedObject, options: DecideOptions = {}): Promise<Outcome> {
  const decision = await decide(deps, bucket, object, options);
  if (!decision.check) return { action: 'skipped', bucket, key: object.Key, reason: decision.reason };
  return checkObject(deps, { bucket, key: object.Key });
}

/**
 * A re-check message from a source's event: checks the translation again unless its report is
 * current. A translation that is gone, or names another source now, is dropped from the source's
 * index (sources.ts); its own events took care of its report.
 */
export async function recheckTranslation(deps: PipelineDeps, message: RecheckMessage): Promise<Outcome> {
  const { bucket, key, source } = message;
  const log = deps.log.child({ bucket, key, source });
  const skipped = (reason: SkipReason, text: string): Outcome => {
    log.info(text, { outcome: 'skipped', reason });
    return { action: 'skipped', bucket, key, reason };
  };
  // Anyone who may send to the queue may send this message: it checks inputs only.
  const verdict = classifyKey(key, deps.config);
  if (!verdict.process) return skipped(verdict.reason, 'key is not an input');
  const viaIndex = siblingSourceKey(key) !== source;
  let head;
  try {
    head = await deps.s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
  } catch (err) {
    if (!isNotFound(err)) throw err;
    if (viaIndex) await unlinkTranslation(deps.s3, bucket, deps.config, source, key);
    return skipped('deleted', 'the translation of a changed source is gone');
  }
  const ref = sourceRefOf(key, head.Metadata, deps.config);
  if (!ref || !('key' in ref) || ref.key !== source) {
    if (viaIndex) await unlinkTranslation(deps.s3, bucket, deps.config, source, key);
    return skipped('stale', 'the translation no longer uses this source');
  }
  const outcome = await recheckObject(deps, bucket, { Key: key, ETag: head.ETag, Size: head.ContentLength }, { metadata: head.Metadata ?? {} });
  if (outcome.action === 'skipped') log.info('re-check of a translation not needed', { outcome: 'skipped', reason: outcome.reason });
  return outcome;
}

export interface BatchResult {
  checked: number;
  skipped: number;
  failed: number;
  /** Keys that failed, with the error (at most MAX_FAILURES_LISTED per batch). */
  failures: Array<{ key: string; error: string }>;
}

export const MAX_FAILURES_LISTED = 20;

/**
 * One batch of a bulk re-check, object after object (one large document in memory at a time).
 * A failure of one object is counted and listed, not thrown, so the rest of the batch goes on;
 * `timeLeftMs` lets the Lambda stop starting new objects before its timeout, and those are
 * counted as failed ("not started") so that the summary says to run again.
 */
export async function recheckBatch(
  deps: PipelineDeps,
  bucket: string,
  items: ListedObject[],
  options: { force?: boolean; timeLeftMs?: () => number; reserveMs?: number } = {},
): Promise<BatchResult> {
  const result: BatchResult = { checked: 0, skipped: 0, failed: 0, failures: [] };
  // A batch is a slice of the listing: a sibling source in it needs no HEAD, one outside it does.
  const listing = listingOf(items, false);
  const fail = (key: string, error: string) => {
    result.failed++;
    if (result.failures.length < MAX_FAILURES_LISTED) result.failures.push({ key, error });
  };
  for (const item of items) {
    if (options.timeLeftMs && options.timeLeftMs() < (options.reserveMs ?? 0)) {
      fail(item.Key, 'not started: the batch ran out of time; run the re-check again');
      continue;
    }
    try {
      const outcome = await recheckObject(deps, bucket, item, { force: options.force, listing });
      if (outcome.action === 'written') result.checked++;
      else result.skipped++;
    } catch (err) {
      deps.log.error('re-check failed', { key: item.Key, error: err });
      fail(item.Key, `${(err as Error).name}: ${(err as Error).message}`);
    }
  }
  return result;
}

/** What the Distributed Map's result writer leaves: a manifest naming result files per status. */
interface ResultManifest {
  ResultFiles?: Partial<Record<'SUCCEEDED' | 'FAILED' | 'PENDING', Array<{ Key: string }>>>;
}

/** One child execution in a result file (the writer's default, untransformed JSON). */
interface ChildResult {
  Status?: string;
  Input?: string;
  Output?: string;
  Error?: string;
  Cause?: string;
}

export interface RunSummary extends BatchResult {
  prefix: string;
  force: boolean;
  /** Child executions (batches) that failed as a whole: their objects are counted as failed. */
  failedBatches: number;
  /** Where this summary is stored. */
  summaryKey: string;
}

export const MAX_FAILURES_IN_SUMMARY = 1000;

async function readJson<T>(s3: PipelineDeps['s3'], bucket: string, key: string): Promise<T> {
  const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return JSON.parse((await got.Body?.transformToString()) ?? 'null') as T;
}

/**
 * Adds up the batch results of a map run (from its result manifest) into one summary and writes it
 * next to them as `<runsPrefix><execution>/summary.json`. Batches that failed as a whole (after
 * Step Functions' retries) count all their objects as failed, with the batch's error.
 */
export async function summariseRun(
  deps: PipelineDeps,
  run: { execution: string; prefix: string; force: boolean; results: { Bucket: string; Key: string }; runsPrefix: string },
): Promise<RunSummary> {
  const { Bucket } = run.results;
  const summary: RunSummary = {
    prefix: run.prefix,
    force: run.force,
    checked: 0,
    skipped: 0,
    failed: 0,
    failures: [],
    failedBatches: 0,
    summaryKey: `${run.runsPrefix}${run.execution}/summary.json`,
  };
  const manifest = await readJson<ResultManifest>(deps.s3, Bucket, run.results.Key);
  const files = Object.values(manifest.ResultFiles ?? {}).flat();
  for (const file of files) {
    for (const child of await readJson<ChildResult[]>(deps.s3, Bucket, file.Key)) {
      if (child.Status === 'SUCCEEDED' && child.Output) {
        const batch = JSON.parse(child.Output) as BatchResult;
        summary.checked += batch.checked;
        summary.skipped += batch.skipped;
        summary.failed += batch.failed;
        summary.failures.push(...batch.failures);
        continue;
      }
      summary.failedBatches++;
      const items = ((child.Input ? JSON.parse(child.Input) : {}) as { Items?: ListedObject[] }).Items ?? [];
      summary.failed += items.length;
      const error = `batch ${child.Status ?? 'FAILED'}: ${child.Error ?? ''} ${child.Cause ?? ''}`.trim();
      summary.failures.push(...items.map((i) => ({ key: i.Key, error })));
    }
  }
  summary.failures = summary.failures.slice(0, MAX_FAILURES_IN_SUMMARY);
  await deps.s3.send(
    new PutObjectCommand({
      Bucket,
      Key: summary.summaryKey,
      Body: `${JSON.stringify(summary, null, 2)}\n`,
      ContentType: 'application/json; charset=utf-8',
    }),
  );
  deps.log.info('re-check finished', { ...summary, failures: summary.failures.length });
  return summary;
}
