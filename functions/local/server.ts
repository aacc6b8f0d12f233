// Local stand-in for the deployed stack: an S3-compatible server (s3rver) on loopback whose
// object-created events under the input prefix go, one at a time, to the same SQS handler the
// Lambda runs. Failed messages are redelivered a few times, as SQS would before the DLQ.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { DEFAULT_INPUT_PREFIX, DEFAULT_MAX_BYTES, DEFAULT_REPORT_PREFIX, type PipelineConfig } from '../config.js';
import type { Logger } from '../log.js';
import { createS3Client } from '../s3.js';
import { createSqsHandler, type HandlerDeps } from '../sqs.js';
import { toNotification, toSqsEvent } from './events.js';

export const LOCAL_BUCKET = 'mtqa-local';
/** s3rver accepts only this key pair. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const DELIVERY_ATTEMPTS = 3;

export interface Emulator {
  server: S3rver;
  port: number;
  endpoint: string;
  close(): Promise<void>;
}

/**
 * Starts s3rver on 127.0.0.1 (port 0 picks a free one) with `bucket` created. The HTTP server is
 * our own rather than s3rver's run(), which leaves a listen error (port in use) unhandled and
 * crashes the process instead of rejecting.
 */
export async function startEmulator(options: { port: number; directory: string; bucket?: string }): Promise<Emulator> {
  const server = new S3rver({
    directory: options.directory,
    silent: true,
    configureBuckets: [{ name: options.bucket ?? LOCAL_BUCKET }],
  });
  await server.configureBuckets();
  const http = createServer(server.callback());
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, '127.0.0.1', () => {
      http.off('error', reject);
      resolve();
    });
  }).catch((err: unknown) => {
    server.logger.close();
    throw err;
  });
  const { port } = http.address() as AddressInfo;
  return {
    server,
    port,
    endpoint: `http://127.0.0.1:${port}`,
    close: async () => {
      // Keep-alive sockets from SDK clients would hold close() open.
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
      server.logger.close();
    },
  };
}

/**
 * A client for the emulator. Path-style addressing because with a host name the SDK would try
 * virtual-host buckets; checksums only when required because s3rver stores the aws-chunked
 * framing of flexible-checksum uploads verbatim (corrupting the object) instead of decoding it.
 */
export function emulatorClient(endpoint: string): S3Client {
  return createS3Client({
    endpoint,
    forcePathStyle: true,
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

export interface LocalPipeline {
  emulator: Emulator;
  s3: S3Client;
  bucket: string;
  config: PipelineConfig;
  /** Resolves when every event received so far has been handled. */
  idle(): Promise<void>;
  close(): Promise<void>;
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
  };
  const emulator = await startEmulator({ port: options.port, directory: options.directory });
  const s3 = emulatorClient(emulator.endpoint);
  const handler = createSqsHandler({ s3, config, log: options.log, onOutcome: options.onOutcome });
  const retryDelayMs = options.retryDelayMs ?? 1000;

  // Events are handled in arrival order, one at a time: simple, and enough for a laptop.
  let queue: Promise<void> = Promise.resolve();
  const deliver = async (notification: ReturnType<typeof toNotification> & object): Promise<void> => {
    for (let attempt = 1; attempt <= DELIVERY_ATTEMPTS; attempt++) {
      const result = await handler(toSqsEvent(notification, attempt), { awsRequestId: `local-${Date.now()}` });
      if (result.batchItemFailures.length === 0) return;
      if (attempt < DELIVERY_ATTEMPTS) await sleep(retryDelayMs * attempt);
    }
    options.log.error('giving up on an event; on AWS it would now be in the dead-letter queue', {
      keys: notification.Records.map((r) => r.s3.object.key),
    });
  };
  emulator.server.on('event', (event: Parameters<typeof toNotification>[0]) => {
    const notification = toNotification(event, config.inputPrefix);
    if (notification) queue = queue.then(() => deliver(notification));
  });

  return {
    emulator,
    s3,
    bucket: LOCAL_BUCKET,
    config,
    idle: () => queue,
    close: async () => {
      await queue;
      s3.destroy();
      await emulator.close();
    },
  };
}
