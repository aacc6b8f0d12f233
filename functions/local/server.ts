// Local stand-in for the deployed stack: mtqa's own S3-compatible server (s3/server.ts) on
// loopback, whose events under the input prefix go through a work queue to the same SQS handler
// the Lambda runs, and so do the re-check messages a source's event sends for its translations.
// Failed messages are redelivered a few times, as SQS would before the DLQ.
// Nothing is lost across restarts: the objects are on disk (written atomically), and on start,
// or on demand, every input whose report is missing or stale is queued again (recheck()).
// Stopping refuses new requests (503 SlowDown), lets running checks finish, and leaves the rest
// to the next start.

import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { DEFAULT_INPUT_PREFIX, DEFAULT_MAX_BYTES, DEFAULT_REPORT_PREFIX, type PipelineConfig } from '../config.js';
import { classifyKey, decodeEventKey, inputKeyOf } from '../keys.js';
import type { Logger } from '../log.js';
import { checkObject, removeReport, type Outcome } from '../process.js';
import { decide, listingOf, type ListedObject } from '../recheck.js';
import { createS3Client } from '../s3.js';
import type { RecheckMessage } from '../sources.js';
import { createSqsHandler, type HandlerDeps } from '../sqs.js';
import { toNotification, toSqsEvent } from './events.js';
import { WorkQueue } from './queue.js';
import { S3Error } from './s3/errors.js';
import { LocalS3Server } from './s3/server.js';
import type { Credentials } from './s3/sigv4.js';

export const LOCAL_BUCKET = 'mtqa-local';
/** What users sign with (printed by `mtqa local`); the server refuses unsigned requests. */
export const LOCAL_CREDENTIALS: Credentials = { accessKeyId: 'mtqa-local', secretAccessKey: 'mtqa-local-secret' };
const DELIVERY_ATTEMPTS = 3;
/** Checks at once: enough to overlap one check's S3 round trips with another's CPU work. */
const CONCURRENCY = 4;

export interface Emulator {
  server: LocalS3Server;
  port: number;
  endpoint: string;
  close(graceMs?: number): Promise<void>;
}

/** Starts the local S3 server on 127.0.0.1 (port 0 picks a free one) with `bucket`. */
export async function startEmulator(options: {
  port: number;
  directory: string;
  bucket?: string;
  internalCredentials?: Credentials;
  refuseKey?: (bucket: string, key: string) => S3Error | undefined;
  recheck?: () => Promise<{ queued: number; current: number; orphans: number }>;
}): Promise<Emulator> {
  const server = await LocalS3Server.start({
    directory: options.directory,
    buckets: [options.bucket ?? LOCAL_BUCKET],
    credentials: LOCAL_CREDENTIALS,
    internalCredentials: options.internalCredentials,
    port: options.port,
    refuseKey: options.refuseKey,
    recheck: options.recheck,
  });
  return { server, port: server.port, endpoint: server.endpoint, close: (graceMs) => server.close(graceMs) };
}

/**
 * A client for the local server. Path-style addressing because with a host name the SDK would
 * try virtual-host buckets. The SDK's default checksums stay on: the server decodes aws-chunked
 * uploads and verifies their checksums.
 */
export function emulatorClient(endpoint: string, credentials: Credentials = LOCAL_CREDENTIALS): S3Client {
  return createS3Client({ endpoint, forcePathStyle: true, region: 'us-east-1', credentials });
}

export interface LocalPipeline {
  emulator: Emulator;
  s3: S3Client;
  bucket: string;
  config: PipelineConfig;
  /** Queues every input whose report is missing or stale, and the removal of reports without an input; resolves with the counts once listed. */
  recheck(): Promise<{ queued: number; current: number; orphans: number }>;
  /** Resolves when every event and scan item received so far has been handled. */
  idle(): Promise<void>;
  /** Refuses new requests (503), lets running checks finish (pending ones wait for the next start), closes. */
  close(graceMs?: number): Promise<void>;
}

export interface LocalOptions {
  port: number;
  directory: string;
  log: Logger;
  onOutcome?: HandlerDeps['onOutcome'];
  config?: PipelineConfig;
  /** Pause before each redelivery of a failed message (ms). */
  retryDelayMs?: number;
}

export async function startLocalPipeline(options: LocalOptions): Promise<LocalPipeline> {
  const config = options.config ?? {
    inputPrefix: DEFAULT_INPUT_PREFIX,
    reportPrefix: DEFAULT_REPORT_PREFIX,
    maxBytes: DEFAULT_MAX_BYTES,
    htmlReports: true,
  };
  const { log } = options;
  const retryDelayMs = options.retryDelayMs ?? 1000;
  const queue = new WorkQueue(CONCURRENCY);
  // The checker's own key pair, valid for this process only: served while the server drains.
  const internal: Credentials = { accessKeyId: `mtqa-internal-${randomBytes(6).toString('hex')}`, secretAccessKey: randomBytes(24).toString('hex') };
  let s3: S3Client | undefined;

  /** Every object under `prefix`, page by page. */
  async function* listAll(client: S3Client, prefix: string) {
    let token: string | undefined;
    do {
      const page = await client.send(new ListObjectsV2Command({ Bucket: LOCAL_BUCKET, Prefix: prefix, ContinuationToken: token }));
      yield* page.Contents ?? [];
      token = page.NextContinuationToken;
    } while (token);
  }

  /**
   * Queues every input whose report is missing or stale, and the removal of every report whose
   * input is gone (a deletion whose event a crash lost). The removal looks at the input again,
   * so an input uploaded during the scan keeps its report.
   */
  const recheck = async (): Promise<{ queued: number; current: number; orphans: number }> => {
    const client = s3 as S3Client;
    const deps = { s3: client, config, log };
    const counts = { queued: 0, current: 0, orphans: 0 };
    const listed: ListedObject[] = [];
    for await (const object of listAll(client, config.inputPrefix)) listed.push({ Key: object.Key as string, ETag: object.ETag, Size: object.Size });
    const inputs = new Set(listed.map((o) => o.Key));
    // The whole input prefix is listed: a translation's sibling source is in it or does not exist.
    const listing = listingOf(listed, true);
    for (const object of listed) {
      const decision = await decide(deps, LOCAL_BUCKET, object, { listing });
      if (!decision.check) {
        if (decision.reason === 'current') counts.current++;
        continue;
      }
      counts.queued++;
      queue.add({ key: object.Key, run: () => retrying(object.Key, () => checkObject(deps, { bucket: LOCAL_BUCKET, key: object.Key })) });
    }
    const orphans = new Set<string>();
    for await (const object of listAll(client, config.reportPrefix)) {
      const input = inputKeyOf(object.Key as string, config);
      if (input !== undefined && !inputs.has(input)) orphans.add(input);
    }
    for (const key of orphans) {
      queue.add({ key, run: () => retrying(key, () => removeReport(deps, { bucket: LOCAL_BUCKET, key })) });
    }
    counts.orphans = orphans.size;
    return counts;
  };

  const emulator = await startEmulator({
    port: options.port,
    directory: options.directory,
    internalCredentials: internal,
    // An input whose report key would be longer than S3 allows could never get a report: refuse
    // it at upload, which is where the user can still choose another name.
    refuseKey: (_bucket, key) => {
      const verdict = classifyKey(key, config);
      if (verdict.process || verdict.reason !== 'key-too-long') return undefined;
      return new S3Error(400, 'KeyTooLongError', `Your key is too long for mtqa: the key of its report under ${config.reportPrefix} would exceed 1,024 bytes.`);
    },
    recheck,
  });
  s3 = emulatorClient(emulator.endpoint, internal);

  /** A message through the Lambda's own SQS handler, delivered as the event source mapping would. */
  const deliver = (message: S3Event | RecheckMessage) => (n: number) =>
    handler(toSqsEvent(message, n), { awsRequestId: `local-${Date.now()}` }).then((result) => result.batchItemFailures.length === 0);

  // A source's re-check messages join the queue behind live events (they carry no sequencer), as
  // on AWS they join the SQS queue; one already pending for the key covers them.
  const requeue = async (messages: RecheckMessage[]) => {
    for (const message of messages) queue.add({ key: message.key, run: () => retrying(message.key, deliver(message)) });
  };
  const handler = createSqsHandler({ s3, config, log, onOutcome: options.onOutcome, requeue });

  /** Runs `attempt` up to DELIVERY_ATTEMPTS times, as SQS redelivers before the DLQ. */
  async function retrying(key: string, attempt: (n: number) => Promise<Outcome | boolean>): Promise<void> {
    for (let n = 1; n <= DELIVERY_ATTEMPTS; n++) {
      try {
        const result = await attempt(n);
        if (result === true) return;
        if (typeof result === 'object') {
          options.onOutcome?.(result);
          return;
        }
      } catch (err) {
        log.warn('check failed', { key, attempt: n, error: err });
      }
      if (n < DELIVERY_ATTEMPTS) await sleep(retryDelayMs * n);
    }
    log.error('giving up on this object until the next start or `mtqa local --recheck`; on AWS it would now be in the dead-letter queue', { key });
  }

  emulator.server.onEvent((event: S3Event) => {
    const notification = toNotification(event, config.inputPrefix);
    if (!notification) return;
    const record = notification.Records[0];
    queue.add({
      key: decodeEventKey(record.s3.object.key),
      sequencer: record.s3.object.sequencer,
      run: () => retrying(record.s3.object.key, deliver(notification)),
    });
  });

  return {
    emulator,
    s3,
    bucket: LOCAL_BUCKET,
    config,
    recheck,
    idle: () => queue.idle(),
    close: async (graceMs = 3000) => {
      emulator.server.stopAccepting();
      // An unref'd timer: once the checks have finished it does not hold the process open.
      await Promise.race([queue.stop(), sleep(graceMs, undefined, { ref: false })]);
      await emulator.close(graceMs);
      s3?.destroy();
    },
  };
}
