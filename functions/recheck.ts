// Re-checking objects that are already in the bucket, without events: the AWS bulk re-check
// (Step Functions Distributed Map → recheck-handler.ts) and local mode's start-up and on-demand
// scans both decide here what to skip and what to check, and check through process.ts.
// An object is skipped when its report is current: written for the same ETag by the same mtqa
// version (reports.ts, isCurrent). Everything else (no report, another ETag, an older mtqa) is
// checked, so a run that failed half-way is simply started again.

import { classifyKey, normaliseEtag } from './keys.js';
import { checkObject, type Outcome, type PipelineDeps, type SkipReason } from './process.js';
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
  return etag !== undefined && isCurrent(report, etag) ? { check: false, reason: 'current' } : { check: true };
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
