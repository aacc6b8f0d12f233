// npm run load: local mode under load, and the memory the Lambda needs.
// 1. Throughput: starts local mode (the local S3 server and the queue, in this process), uploads
//    N documents P at a time with the AWS SDK, and waits until every one has its report. Prints
//    uploads acknowledged per second, documents reported per second (end to end), and this
//    process's RSS (server, checker and load client together) at the end and at its peak.
// 2. Memory: checks the largest allowed input (MAX_INPUT_BYTES) through the Lambda's SQS handler,
//    report and review page included, in a fresh Node process, and prints that process's peak RSS,
//    which sizes the function's memory setting. Two inputs: English prose as plain text (the most
//    words per byte) and the same prose as an HTML page (the costliest reader in the bench).
// Usage: npm run load [-- UPLOADS PARALLEL]   (defaults 1000 50). Numbers on a busy machine are noisy.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { MAX_INPUT_BYTES } from '../lib/check.js';
import { DEFAULT_INPUT_PREFIX, DEFAULT_REPORT_PREFIX } from '../functions/config.js';
import { createLogger } from '../functions/log.js';
import { emulatorClient, startLocalPipeline } from '../functions/local/server.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const uploads = Number(process.argv[2] ?? 1000);
const parallel = Number(process.argv[3] ?? 50);
const seed = readFileSync(path.join(root, 'seeds/000_3bf6eb0c58bdff8a.txt'), 'utf8');
const MiB = 1024 * 1024;
const mib = (bytes: number) => `${(bytes / MiB).toFixed(0)} MiB`;

async function throughput(): Promise<void> {
  const directory = mkdtempSync(path.join(tmpdir(), 'mtqa-load-'));
  let reported = 0;
  const local = await startLocalPipeline({
    port: 0,
    directory,
    log: createLogger({ level: 'error', write: (l) => process.stderr.write(l) }),
    onOutcome: (o) => {
      if (o.action === 'written') reported++;
    },
  });
  const client = emulatorClient(local.emulator.endpoint);
  // Documents of a few kB to a few tens of kB: slices of the seed press release.
  const body = (i: number) => seed.slice(0, 2000 + ((i * 7919) % Math.max(1, seed.length - 2000))).repeat(1 + (i % 8));
  let bytes = 0;
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < uploads) {
        const i = next++;
        const text = body(i);
        bytes += Buffer.byteLength(text);
        await client.send(new PutObjectCommand({ Bucket: local.bucket, Key: `${DEFAULT_INPUT_PREFIX}load/${i}.txt`, Body: text }));
      }
    }),
  );
  const uploaded = performance.now();
  await local.idle();
  const done = performance.now();
  const rss = process.memoryUsage().rss;
  const peak = process.resourceUsage().maxRSS * 1024;
  client.destroy();
  await local.close();
  rmSync(directory, { recursive: true, force: true });
  console.log(`local mode: ${uploads} uploads, ${parallel} at a time, ${(bytes / 1e6).toFixed(1)} MB in all`);
  console.log(`  uploads acknowledged: ${(uploads / ((uploaded - started) / 1000)).toFixed(0)}/s (${((uploaded - started) / 1000).toFixed(1)} s)`);
  console.log(`  reports written:      ${reported} of ${uploads}, ${(uploads / ((done - started) / 1000)).toFixed(0)} documents/s end to end (${((done - started) / 1000).toFixed(1)} s)`);
  console.log(`  RSS (server, checker and client in one process): ${mib(rss)} at the end, ${mib(peak)} peak`);
}

/** Run in a fresh process by largestInput(): one 50 MiB upload through the Lambda's SQS handler. */
async function handlerChild(endpoint: string, key: string, etag: string): Promise<void> {
  const { createSqsHandler } = await import('../functions/sqs.js');
  const { toSqsEvent } = await import('../functions/local/events.js');
  const s3 = emulatorClient(endpoint);
  const baseline = process.memoryUsage().rss;
  let format = '?';
  const handler = createSqsHandler({
    s3,
    config: { inputPrefix: DEFAULT_INPUT_PREFIX, reportPrefix: DEFAULT_REPORT_PREFIX, maxBytes: MAX_INPUT_BYTES, htmlReports: true },
    log: createLogger({ level: 'error' }),
    // One upload and no source documents: nothing is ever re-queued.
    requeue: async () => undefined,
    onOutcome: (o) => {
      if (o.action === 'written') format = `${o.report.source.format} (${o.report.status}, ${o.report.findings.length} findings)`;
    },
  });
  const record = { eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'mtqa-local' }, object: { key, eTag: etag } } };
  const started = performance.now();
  const result = await handler(toSqsEvent({ Records: [record] } as never));
  const ms = performance.now() - started;
  s3.destroy();
  console.log(JSON.stringify({ failures: result.batchItemFailures.length, ms, baseline, peak: process.resourceUsage().maxRSS * 1024, format }));
}

/** Up to `MAX_INPUT_BYTES` of the seed's prose in whole copies (valid UTF-8), as plain text or as an HTML page of paragraphs. */
function largest(kind: 'txt' | 'html'): Buffer {
  const unit = kind === 'html' ? `<p>${seed.trim().replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>\n` : seed;
  const [head, tail] = kind === 'html' ? ['<!doctype html><html lang="en"><head><title>Largest</title></head><body>\n', '</body></html>\n'] : ['', ''];
  const count = Math.floor((MAX_INPUT_BYTES - Buffer.byteLength(head + tail)) / Buffer.byteLength(unit));
  return Buffer.from(head + unit.repeat(count) + tail);
}

async function largestInput(kind: 'txt' | 'html'): Promise<void> {
  const directory = mkdtempSync(path.join(tmpdir(), 'mtqa-load-large-'));
  // Local mode watches another prefix here: only the child process checks the file.
  const config = { inputPrefix: 'not-watched/', reportPrefix: 'not-watched-reports/', maxBytes: MAX_INPUT_BYTES, htmlReports: false };
  const local = await startLocalPipeline({ port: 0, directory, config, log: createLogger({ level: 'error' }) });
  const client = emulatorClient(local.emulator.endpoint);
  const text = largest(kind);
  const key = `${DEFAULT_INPUT_PREFIX}largest.${kind}`;
  const { ETag } = await client.send(new PutObjectCommand({ Bucket: local.bucket, Key: key, Body: text }));
  // Asynchronously: the local S3 server the child talks to runs in this process's event loop.
  const { stdout: out } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', local.emulator.endpoint, key, (ETag ?? '').replace(/"/g, '')],
    { cwd: root, encoding: 'utf8', env: { ...process.env, AWS_REGION: 'us-east-1' }, maxBuffer: 1024 * 1024 },
  );
  const { failures, ms, baseline, peak, format } = JSON.parse(out.trim().split('\n').at(-1) as string) as Record<string, number>;
  client.destroy();
  await local.close();
  rmSync(directory, { recursive: true, force: true });
  console.log(`largest input: ${mib(text.length)} of English prose as ${format}, through the Lambda's handler (report and review page), in a fresh Node ${process.versions.node} process`);
  console.log(`  ${failures === 0 ? 'report written' : 'FAILED'} in ${(ms / 1000).toFixed(1)} s; RSS ${mib(baseline)} after start-up, ${mib(peak)} peak`);
}

if (process.argv[2] === '--child') {
  await handlerChild(process.argv[3], process.argv[4], process.argv[5]);
} else {
  await throughput();
  await largestInput('txt');
  await largestInput('html');
}
