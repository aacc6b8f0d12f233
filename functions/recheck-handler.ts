// Lambda entry points of the bulk re-check (cdk/recheck.ts): `batch` checks one batch of listed
// objects from the Distributed Map, `summarise` adds up the run's results at the end. Two
// functions with their own roles: the first reads inputs and writes reports, the second only reads
// and writes the run's result files.

import type { Context } from 'aws-lambda';
import { configFromEnv, DEFAULT_RECHECK_PREFIX } from './config.js';
import { createLogger } from './log.js';
import { recheckBatch, summariseRun, type BatchResult, type ListedObject, type RunSummary } from './recheck.js';
import { createS3Client } from './s3.js';

const deps = {
  s3: createS3Client(),
  config: configFromEnv(),
  log: createLogger({ level: process.env.LOG_LEVEL, fields: { service: 'mtqa-recheck' } }),
};

/** Time kept free at the end of an invocation: enough to read and check one largest document. */
const RESERVE_MS = 60_000;

export async function batch(
  event: { Items: ListedObject[]; BatchInput: { bucket: string; force?: boolean } },
  context: Pick<Context, 'getRemainingTimeInMillis' | 'awsRequestId'>,
): Promise<BatchResult> {
  const log = deps.log.child({ requestId: context.awsRequestId });
  const result = await recheckBatch({ ...deps, log }, event.BatchInput.bucket, event.Items, {
    force: event.BatchInput.force === true,
    timeLeftMs: () => context.getRemainingTimeInMillis(),
    reserveMs: RESERVE_MS,
  });
  log.info('batch re-checked', { objects: event.Items.length, checked: result.checked, skipped: result.skipped, failed: result.failed });
  return result;
}

export async function summarise(event: {
  execution: string;
  prefix: string;
  force: boolean;
  results: { Bucket: string; Key: string };
}): Promise<RunSummary> {
  return summariseRun(deps, { ...event, runsPrefix: process.env.RECHECK_PREFIX ?? DEFAULT_RECHECK_PREFIX });
}
