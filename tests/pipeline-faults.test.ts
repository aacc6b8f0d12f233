// Fault injection. A small HTTP proxy in front of the local S3 server answers chosen requests with
// the errors S3 gives under load (503 SlowDown, 500 InternalError), drops connections, or fails
// conditional requests with 412: real HTTP responses, so the SDK's own retry and error parsing
// run as in production, and no SDK mock is needed. NoSuchKey comes from the real server (a deleted
// object, see pipeline-s3.test.ts). The local bucket is unversioned (and, like S3, refuses version
// ids): the proxy plays a versioned bucket by adding the x-amz-version-id header S3 sends, and by
// answering a GET of the current version itself.

import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { emulatorClient } from '../functions/local/server.js';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { BUCKET, deliver, exists, readReport, recordCommands, startHarness, upload, withObject, type Harness } from './pipeline-harness.js';

type Fault = { status: number; code: string } | 'reset';
/** Decides per request: a fault, or undefined to pass it through to the local S3 server. */
type Plan = (req: IncomingMessage) => Fault | undefined;

const SLOW_DOWN: Fault = { status: 503, code: 'SlowDown' };
const INTERNAL: Fault = { status: 500, code: 'InternalError' };
const PRECONDITION: Fault = { status: 412, code: 'PreconditionFailed' };

let h: Harness;
let proxy: Server;
let plan: Plan = () => undefined;
/** When set, passed-through object responses carry this as their x-amz-version-id. */
let currentVersion: string | undefined;
const seen: string[] = [];

function answer(req: IncomingMessage, res: ServerResponse, fault: Fault): void {
  // Read the request body first, as S3 does, so the client is not cut off mid-upload.
  req.resume();
  req.on('end', () => {
    if (fault === 'reset') {
      res.socket?.destroy();
      return;
    }
    const xml = `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${fault.code}</Code><Message>injected</Message><RequestId>test</RequestId></Error>`;
    // HEAD responses carry no body: the SDK then names the error after the status.
    res.writeHead(fault.status, { 'content-type': 'application/xml', 'x-amz-request-id': 'test' });
    res.end(req.method === 'HEAD' ? undefined : xml);
  });
}

async function getCurrentVersion(key: string, res: ServerResponse): Promise<void> {
  const got = await h.s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
  res.writeHead(200, { 'content-length': got.ContentLength, etag: got.ETag, 'x-amz-version-id': currentVersion });
  res.end(await got.Body?.transformToByteArray());
}

beforeAll(async () => {
  h = await startHarness();
  const target = new URL(h.emulator.endpoint);
  proxy = createServer((req, res) => {
    seen.push(`${req.method} ${decodeURIComponent(req.url ?? '').split('?')[0]}`);
    const fault = plan(req);
    if (fault) return answer(req, res, fault);
    const url = new URL(req.url ?? '/', 'http://proxy');
    if (currentVersion && req.method === 'GET' && url.searchParams.get('versionId') === currentVersion) {
      return void getCurrentVersion(decodeURIComponent(url.pathname).slice(`/${BUCKET}/`.length), res);
    }
    const upstream = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (up) => {
        const versioned = currentVersion && req.url?.includes('/incoming/') && (up.statusCode ?? 0) < 300;
        res.writeHead(up.statusCode ?? 502, versioned ? { ...up.headers, 'x-amz-version-id': currentVersion } : up.headers);
        up.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
});

afterEach(() => {
  plan = () => undefined;
  currentVersion = undefined;
  seen.length = 0;
});

afterAll(async () => {
  proxy?.closeAllConnections();
  await new Promise((resolve) => proxy?.close(resolve));
  await h?.close();
});

/** A fresh client through the proxy (fresh so each test has a full SDK retry quota). */
function faultyClient() {
  return emulatorClient(`http://127.0.0.1:${(proxy.address() as AddressInfo).port}`);
}

/** Fails the first `n` requests that match, then lets everything through. */
function failFirst(n: number, fault: Fault, match: (req: IncomingMessage) => boolean = () => true): Plan {
  let left = n;
  return (req) => (match(req) && left-- > 0 ? fault : undefined);
}

const isGetOf = (key: string) => (req: IncomingMessage) => req.method === 'GET' && decodeURIComponent(req.url ?? '').includes(key);
const isPutOf = (key: string) => (req: IncomingMessage) => req.method === 'PUT' && decodeURIComponent(req.url ?? '').includes(key);

async function run(key: string, eventVersion?: string) {
  const n = await upload(h, key, 'Some text. with a break.');
  const s3 = faultyClient();
  const sent = recordCommands(s3);
  try {
    return { ...(await deliver(s3, [eventVersion ? withObject(n, { versionId: eventVersion }) : n])), sent };
  } finally {
    s3.destroy();
  }
}

describe('transient S3 failures are retried by the SDK', () => {
  it.each([
    ['throttling (503 SlowDown)', SLOW_DOWN],
    ['500 InternalError', INTERNAL],
    ['a dropped connection', 'reset' as const],
  ])('%s, twice, still ends in a report', async (_name, fault) => {
    const key = `incoming/retry-${typeof fault === 'string' ? fault : fault.code}.txt`;
    plan = failFirst(2, fault, (req) => req.method === 'HEAD' && decodeURIComponent(req.url ?? '').endsWith(key));
    const result = await run(key);
    expect(result.response.batchItemFailures).toEqual([]);
    expect(result.outcomes).toMatchObject([{ action: 'written' }]);
    // Two failed HEADs of the upload, then the one that gets through, then the GET.
    expect(seen.filter((s) => s.endsWith(key)).slice(0, 4)).toEqual([...Array(3).fill(`HEAD /mtqa-local/${key}`), `GET /mtqa-local/${key}`]);
  });

  it('fails the message once retries are exhausted, so SQS redelivers it and then dead-letters it', async () => {
    plan = failFirst(Infinity, INTERNAL, isGetOf('incoming/exhausted.txt'));
    const result = await run('incoming/exhausted.txt');
    expect(result.response.batchItemFailures).toHaveLength(1);
    expect(seen.filter((s) => s.startsWith('GET /mtqa-local/incoming/exhausted.txt'))).toHaveLength(5);
    const error = result.lines.map((l) => JSON.parse(l)).find((e) => e.level === 'ERROR');
    expect(error).toMatchObject({ error: { name: 'InternalError', httpStatusCode: 500, attempts: 5 } });
    expect(await exists(h.s3, 'reports/exhausted.txt.report.json')).toBe(false);
  });
});

describe('conditional requests', () => {
  it('re-reads and retries when another writer changed the report between HEAD and PUT', async () => {
    plan = failFirst(1, PRECONDITION, isPutOf('reports/race.txt.report.json'));
    const result = await run('incoming/race.txt');
    expect(result.outcomes).toMatchObject([{ action: 'written' }]);
    // One HEAD to tell a repeated event, then one per write attempt.
    expect(seen.filter((s) => s === 'HEAD /mtqa-local/reports/race.txt.report.json')).toHaveLength(3);
    expect((await readReport(h.s3, 'reports/race.txt.report.json')).report.status).toBe('ok');
  });

  it('treats an object replaced between HEAD and GET (412 on If-Match) as a stale event', async () => {
    plan = failFirst(1, PRECONDITION, isGetOf('incoming/replaced.txt'));
    const result = await run('incoming/replaced.txt');
    expect(result.response.batchItemFailures).toEqual([]);
    expect(result.outcomes).toMatchObject([{ action: 'skipped', reason: 'stale' }]);
  });

  it('gives the message back after repeated write conflicts', async () => {
    plan = failFirst(Infinity, PRECONDITION, isPutOf('reports/contended.txt'));
    const result = await run('incoming/contended.txt');
    expect(result.response.batchItemFailures).toHaveLength(1);
  });
});

describe('versioned bucket', () => {
  const V2 = '3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY';

  it('reads exactly the version the event names and records it', async () => {
    currentVersion = V2;
    const result = await run('incoming/versioned.txt', V2);
    expect(result.outcomes).toMatchObject([{ action: 'written' }]);
    const get = result.sent.find((c) => c.name === 'GetObjectCommand' && c.input.Key === 'incoming/versioned.txt');
    expect(get?.input).toMatchObject({ VersionId: V2 });
    expect(get?.input.IfMatch).toBeUndefined();
    const { report } = await readReport(h.s3, 'reports/versioned.txt.report.json');
    expect(report.source.versionId).toBe(V2);
  });

  it('skips the event of a version that is no longer current', async () => {
    currentVersion = V2;
    const result = await run('incoming/old-version.txt', 'an.older.version');
    expect(result.outcomes).toMatchObject([{ action: 'skipped', reason: 'stale' }]);
    expect(result.sent.filter((c) => c.name === 'GetObjectCommand' && c.input.Key === 'incoming/old-version.txt')).toEqual([]);
  });
});
