// Shared set-up of the pipeline tests: the real local S3 server on a free loopback port in a temp
// folder, a client for it, the events it emits, and the handler wired as the Lambda wires it.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { Ajv } from 'ajv';
import type { S3Event, SQSBatchResponse } from 'aws-lambda';
import type { Report } from '../lib/types.js';
import { DEFAULT_INPUT_PREFIX, DEFAULT_MAX_BYTES, DEFAULT_REPORT_PREFIX, type PipelineConfig } from '../functions/config.js';
import { decodeEventKey } from '../functions/keys.js';
import { toNotification, toSqsEvent } from '../functions/local/events.js';
import { emulatorClient, LOCAL_BUCKET, startEmulator, type Emulator } from '../functions/local/server.js';
import { createLogger, type Logger } from '../functions/log.js';
import type { Outcome } from '../functions/process.js';
import type { RecheckMessage } from '../functions/sources.js';
import { createSqsHandler } from '../functions/sqs.js';
import { createServer } from 'node:net';

export const BUCKET = LOCAL_BUCKET;
export const CONFIG: PipelineConfig = {
  inputPrefix: DEFAULT_INPUT_PREFIX,
  reportPrefix: DEFAULT_REPORT_PREFIX,
  maxBytes: DEFAULT_MAX_BYTES,
  htmlReports: true,
};

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

export interface Harness {
  emulator: Emulator;
  s3: S3Client;
  /** Every event the server emitted, newest last. */
  events: S3Event[];
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const directory = mkdtempSync(path.join(tmpdir(), 'mtqa-s3-'));
  const emulator = await startEmulator({ port: 0, directory });
  const s3 = emulatorClient(emulator.endpoint);
  const events: S3Event[] = [];
  emulator.server.onEvent((e) => events.push(e));
  return {
    emulator,
    s3,
    events,
    close: async () => {
      s3.destroy();
      await emulator.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** A logger whose lines are kept for assertions (and to check that no document text leaks). */
export function memoryLogger(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  return { log: createLogger({ level: 'debug', write: (l) => lines.push(l) }), lines };
}

/** Uploads and returns the notification S3 would send for it (key encoded, prefix filtered). */
export async function upload(
  h: Harness,
  key: string,
  body: string | Uint8Array,
  metadata?: Record<string, string>,
): Promise<S3Event> {
  const before = h.events.length;
  await h.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body, Metadata: metadata }));
  const emitted = h.events.slice(before).find((e) => decodeEventKey(e.Records[0].s3.object.key) === key);
  if (!emitted) throw new Error(`no event for ${key}`);
  const notification = toNotification(emitted, CONFIG.inputPrefix);
  if (!notification) throw new Error(`${key} is filtered out of notifications`);
  return notification;
}

export interface Run {
  response: SQSBatchResponse;
  outcomes: Outcome[];
  lines: string[];
  /** The re-check messages the handler put on the queue (deliver them to run them). */
  requeued: RecheckMessage[];
}

/** Delivers notifications (or re-check messages) to the handler as one SQS batch, like the event source mapping. */
export async function deliver(
  s3: S3Client,
  notifications: Array<S3Event | RecheckMessage>,
  config: PipelineConfig = CONFIG,
): Promise<Run> {
  const { log, lines } = memoryLogger();
  const outcomes: Outcome[] = [];
  const requeued: RecheckMessage[] = [];
  const requeue = async (messages: RecheckMessage[]) => void requeued.push(...messages);
  const handler = createSqsHandler({ s3, config, log, onOutcome: (o) => outcomes.push(o), requeue });
  const records = notifications.flatMap((n) => toSqsEvent(n).Records);
  const response = await handler({ Records: records }, { awsRequestId: 'test' });
  return { response, outcomes, lines, requeued };
}

const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(
  JSON.parse(readFileSync(new URL('../schema/report.schema.json', import.meta.url), 'utf8')),
);

/** Reads a report from the bucket; throws unless it matches the published JSON Schema. */
export async function readReport(s3: S3Client, reportKey: string): Promise<{ text: string; report: Report; etag?: string; sequencer?: string }> {
  const got = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: reportKey }));
  const text = (await got.Body?.transformToString()) ?? '';
  if (!validate(JSON.parse(text))) throw new Error(`${reportKey} breaks the schema: ${JSON.stringify(validate.errors)}`);
  return { text, report: JSON.parse(text) as Report, etag: got.ETag, sequencer: got.Metadata?.['mtqa-sequencer'] };
}

export async function exists(s3: S3Client, key: string): Promise<boolean> {
  try {
    await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
    return true;
  } catch {
    return false;
  }
}

/** Records the commands a client sends (name and input), to assert what was or was not read. */
export function recordCommands(s3: S3Client): Array<{ name: string; input: Record<string, unknown> }> {
  const sent: Array<{ name: string; input: Record<string, unknown> }> = [];
  s3.middlewareStack.add(
    (next, context) => (args) => {
      sent.push({ name: String(context.commandName), input: args.input as Record<string, unknown> });
      return next(args);
    },
    { step: 'initialize', name: 'recordCommands' },
  );
  return sent;
}

/** A copy of a notification with fields of its single record replaced (to forge order/versions). */
export function withObject(n: S3Event, object: Partial<S3Event['Records'][0]['s3']['object']>): S3Event {
  const r = n.Records[0];
  return { Records: [{ ...r, s3: { ...r.s3, object: { ...r.s3.object, ...object } } }] };
}

/** A loopback port nobody listens on now, for a server a test starts (and restarts) itself. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}
