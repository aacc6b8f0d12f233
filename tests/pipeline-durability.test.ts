// Nothing is lost across restarts: local mode as users run it (`mtqa local`, a real process on a
// loopback port), killed with SIGKILL in the middle of a burst, or stopped with SIGTERM while
// uploads keep arriving, and started again on the same folder. Every upload that was
// acknowledged must end with one current report; the tests wait for that, they never time it.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { freePort } from './pipeline-harness.js';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { DeleteObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, describe, expect, it } from 'vitest';
import { normaliseEtag } from '../functions/keys.js';
import { LOCAL_BUCKET, LOCAL_CREDENTIALS } from '../functions/local/server.js';
import { createS3Client } from '../functions/s3.js';
import { SOURCE_ETAG_METADATA } from '../functions/reports.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** No SDK retries: an upload the crash or the stop cut off fails at once instead of waiting for the restart. */
function client(port: number): S3Client {
  return createS3Client({ endpoint: `http://127.0.0.1:${port}`, forcePathStyle: true, region: 'us-east-1', credentials: LOCAL_CREDENTIALS, maxAttempts: 1 });
}

interface LocalProcess {
  child: ChildProcess;
  output(): string;
  waitFor(text: string): Promise<void>;
  exited: Promise<number | null>;
}

/**
 * `mtqa local` (or another `mtqa` command) in a child process, as a user runs it: the built CLI
 * (bin/mtqa.js, what `npm start` and `npx mtqa` run; the suite's global setup builds it), not the
 * sources through a TypeScript loader, whose hooks thread is one more thing that can stall.
 */
function mtqa(args: string[], port: number, directory: string): LocalProcess {
  // A stalled start is diagnosed, not only timed out: on SIGUSR2 Node writes a diagnostic report
  // (the JavaScript stack, open sockets, timers) into this folder, which the error then quotes.
  const reports = mkdtempSync(path.join(tmpdir(), 'mtqa-node-report-'));
  dirs.push(reports);
  const child = spawn(process.execPath, ['--report-on-signal', '--report-signal=SIGUSR2', `--report-directory=${reports}`, path.join(root, 'bin', 'mtqa.js'), ...args], {
    cwd: root,
    env: { ...process.env, MTQA_LOCAL_PORT: String(port), MTQA_LOCAL_DIR: directory, LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  let running = true;
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      running = false;
      resolve(code);
    }),
  );
  return {
    child,
    output: () => out,
    exited,
    waitFor: async (text) => {
      for (let i = 0; i < 1200 && !out.includes(text); i++) await sleep(100);
      if (out.includes(text)) return;
      const report = running ? await diagnosticReport(child, reports) : 'the process had exited';
      throw new Error(`no "${text}" from mtqa ${args.join(' ')}; output: ${out}\n${report}`);
    },
  };
}

/** What the stalled process was doing: its stack and its open handles, from Node's diagnostic report. */
async function diagnosticReport(child: ChildProcess, folder: string): Promise<string> {
  child.kill('SIGUSR2');
  for (let i = 0; i < 100; i++) {
    const [name] = readdirSync(folder);
    if (name) {
      await sleep(200); // written in one go, but give the write a moment to finish
      const report = JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as {
        javascriptStack?: { message?: string; stack?: string[] };
        libuv?: Array<{ type: string; is_active?: boolean; localEndpoint?: { port?: number }; remoteEndpoint?: { port?: number } }>;
      };
      const endpoint = (e: { port?: number } | undefined) => (e ? `:${e.port}` : '');
      const handles = (report.libuv ?? [])
        .filter((h) => h.is_active)
        .map((h) => `${h.type}${endpoint(h.localEndpoint)}${h.remoteEndpoint ? `->${endpoint(h.remoteEndpoint)}` : ''}`);
      return `diagnostic report: stack ${JSON.stringify(report.javascriptStack)}; active handles (${handles.length}): ${handles.slice(0, 40).join('; ')}`;
    }
    await sleep(100);
  }
  return 'no diagnostic report within 10 s';
}

/** Waits until every stored input has a report written for its current ETag; returns the inputs. */
async function untilAllReported(s3: S3Client): Promise<Map<string, string>> {
  for (let round = 0; round < 600; round++) {
    const inputs = new Map<string, string>();
    let token: string | undefined;
    do {
      const page = await s3.send(new ListObjectsV2Command({ Bucket: LOCAL_BUCKET, Prefix: 'incoming/', ContinuationToken: token }));
      for (const o of page.Contents ?? []) inputs.set(o.Key as string, normaliseEtag(o.ETag) as string);
      token = page.NextContinuationToken;
    } while (token);
    let missing = 0;
    for (const [key, etag] of inputs) {
      const reportKey = `reports/${key.slice('incoming/'.length)}.report.json`;
      const head = await s3.send(new HeadObjectCommand({ Bucket: LOCAL_BUCKET, Key: reportKey })).catch(() => undefined);
      if (head?.Metadata?.[SOURCE_ETAG_METADATA] !== etag) missing++;
    }
    if (missing === 0) return inputs;
    await sleep(250);
  }
  throw new Error('reports never caught up');
}

/** Objects under reports/ by kind: a JSON report and a review page per input. */
async function countReports(s3: S3Client): Promise<{ json: number; html: number; other: number }> {
  const count = { json: 0, html: 0, other: 0 };
  let token: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: LOCAL_BUCKET, Prefix: 'reports/', ContinuationToken: token }));
    for (const { Key } of page.Contents ?? []) count[Key?.endsWith('.report.json') ? 'json' : Key?.endsWith('.report.html') ? 'html' : 'other']++;
    token = page.NextContinuationToken;
  } while (token);
  return count;
}

/**
 * Uploads `count` documents, `parallel` at a time, until told to stop; records which the server
 * acknowledged (200 with an ETag). A refused or cut-off upload is the client's to retry.
 */
function uploader(s3: S3Client, prefix: string, count: number, parallel: number) {
  const acknowledged = new Map<string, string>();
  const refused: string[] = [];
  let next = 0;
  let stop = false;
  const worker = async () => {
    while (!stop && next < count) {
      const key = `incoming/${prefix}/${next++}.txt`;
      try {
        const { ETag } = await s3.send(new PutObjectCommand({ Bucket: LOCAL_BUCKET, Key: key, Body: `Document ${key}. and a break in it.` }));
        acknowledged.set(key, normaliseEtag(ETag) as string);
      } catch {
        refused.push(key);
      }
    }
  };
  const done = Promise.all(Array.from({ length: parallel }, worker));
  return { acknowledged, refused, done, stop: () => (stop = true) };
}

describe('local mode across restarts', () => {
  it('loses nothing when killed (SIGKILL) in the middle of a burst', { timeout: 300_000 }, async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'mtqa-crash-'));
    dirs.push(directory);
    const port = await freePort();
    const first = mtqa(['local'], port, directory);
    await first.waitFor('Press Ctrl+C');
    const s3 = client(port);
    const burst = uploader(s3, 'burst', 400, 25);
    while (burst.acknowledged.size < 150) await sleep(10);
    first.child.kill('SIGKILL');
    await first.exited;
    burst.stop();
    await burst.done;

    const second = mtqa(['local'], port, directory);
    await second.waitFor('Press Ctrl+C');
    const inputs = await untilAllReported(s3);
    for (const [key, etag] of burst.acknowledged) expect(inputs.get(key), key).toBe(etag);
    // One report and one page per input (the seed's too): none without its input.
    expect(await countReports(s3)).toEqual({ json: inputs.size, html: inputs.size, other: 0 });

    // On demand: a report removed by hand comes back with `mtqa local --recheck`.
    const [someKey] = burst.acknowledged.keys();
    await s3.send(new DeleteObjectCommand({ Bucket: LOCAL_BUCKET, Key: `reports/${someKey.slice('incoming/'.length)}.report.json` }));
    const recheck = mtqa(['local', '--recheck'], port, directory);
    expect(await recheck.exited).toBe(0);
    expect(recheck.output()).toMatch(/Re-check: 1 queued \(report missing or stale\), \d+ current, 0 reports of deleted inputs/);
    await untilAllReported(s3);

    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    s3.destroy();
  });

  it('stops cleanly (SIGTERM) while uploads keep arriving, and the restart reports every acknowledged upload', { timeout: 300_000 }, async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'mtqa-stop-'));
    dirs.push(directory);
    const port = await freePort();
    const first = mtqa(['local'], port, directory);
    await first.waitFor('Press Ctrl+C');
    const s3 = client(port);
    const stream = uploader(s3, 'stream', 100_000, 10);
    while (stream.acknowledged.size < 100) await sleep(10);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('refusing new requests');
    // The uploads go on against the stopped server until they have all been refused.
    const refusedBefore = stream.refused.length;
    while (stream.refused.length < refusedBefore + 10) await sleep(10);
    stream.stop();
    await stream.done;

    const second = mtqa(['local'], port, directory);
    await second.waitFor('Press Ctrl+C');
    const inputs = await untilAllReported(s3);
    for (const [key, etag] of stream.acknowledged) expect(inputs.get(key), key).toBe(etag);
    for (const key of stream.refused) expect(stream.acknowledged.has(key), key).toBe(false);
    expect(await countReports(s3)).toEqual({ json: inputs.size, html: inputs.size, other: 0 });
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    s3.destroy();
  });
});
