// Re-checking objects that are already in the bucket, without events: the AWS bulk re-check
// (Step Functions Distributed Map → recheck-handler.ts) and local mode's start-up and on-demand
// scans both decide here what to skip and what to check, and check through process.ts.
// An object is skipped when its report is current: written for the same ETag by the same mtqa
// version (reports.ts, isCurrent). Everything else (no report, another ETag, an older mtqa) is
// checked, so a run that failed half-way is simply started again.

import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { classifyKey, normaliseEtag } from './keys.js';
import { artifactKinds, checkObject, type Outcome, type PipelineDeps, type SkipReason } from './process.js';
import { headReport, isCurrent } from './reports.js';

/** An object from a listing: ListObjectsV2 through the SDK (ETag) or Step Functions' reader (Etag). */
export interface ListedObject {
  Key: string;
  ETag?: string;
  Etag?: string;
  Size?: number;
}

export type Decision = { check: true } | { check: false; reason: SkipReason };

/** Whether `object` needs a check. `force` checks every input, current or not. */
export async function decide(deps: PipelineDeps, bucket: string, object: ListedObject, force = false): Promise<Decision> {
  const verdict = classifyKey(object.Key, deps.config);
  if (!verdict.process) return { check: false, reason: verdict.reason };
  if (object.Key.endsWith('/') && object.Size === 0) return { check: false, reason: 'folder-marker' };
  if (force) return { check: true };
  const etag = normaliseEtag(object.ETag ?? object.Etag);
  const report = await headReport(deps.s3, bucket, verdict.reportKey);
  return etag !== undefined && isCurrent(report, etag, artifactKinds(deps.config)) ? { check: false, reason: 'current' } : { check: true };
}

/**
 * Checks one listed object unless its report is current. The check reads whatever object the key
 * holds now (a listing can be minutes old); process.ts keeps it from overwriting a newer report.
 */
export async function recheckObject(deps: PipelineDeps, bucket: string, object: ListedObject, force = false): Promise<Outcome> {
  const decision = await decide(deps, bucket, object, force);
  if (!decision.check) return { action: 'skipped', bucket, key: object.Key, reason: decision.reason };
  return checkObject(deps, { bucket, key: object.Key });
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
      const outcome = await recheckObject(deps, bucket, item, options.force);
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
