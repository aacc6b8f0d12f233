// The local S3 server as S3 clients see it: the AWS SDK with its default settings (flexible
// checksums, aws-chunked streams) and raw HTTP where the SDK would not send the request.

import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import {
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  UploadPartCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareSequencers } from '../functions/keys.js';
import { emulatorClient, LOCAL_BUCKET as BUCKET, LOCAL_CREDENTIALS, startEmulator, type Emulator } from '../functions/local/server.js';
import { presignGetUrl, signRequest, uriEncode, type SignableRequest } from '../functions/local/s3/sigv4.js';
import { compareKeys } from '../functions/local/s3/store.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const dir = mkdtempSync(path.join(tmpdir(), 'mtqa-local-s3-'));
let server: Emulator;
let s3: S3Client;
const events: S3Event[] = [];
beforeAll(async () => {
  server = await startEmulator({ port: 0, directory: dir });
  server.server.onEvent((e) => events.push(e));
  s3 = emulatorClient(server.endpoint);
});
afterAll(async () => {
  s3?.destroy();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const put = (Key: string, Body: string | Uint8Array | Readable, extra: Record<string, unknown> = {}) =>
  s3.send(new PutObjectCommand({ Bucket: BUCKET, Key, Body, ...extra }));
const get = async (Key: string) => (await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key })).then((r) => r.Body?.transformToString())) ?? '';
const errorOf = (p: Promise<unknown>) => p.then(() => undefined, (e: { name: string; $metadata?: { httpStatusCode?: number } }) => `${e.$metadata?.httpStatusCode} ${e.name}`);

describe('authentication', () => {
  it('refuses unsigned requests and wrong keys with S3 errors', async () => {
    const res = await fetch(`${server.endpoint}/${BUCKET}/x.txt`, { method: 'PUT', body: 'anonymous' });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('<Code>AccessDenied</Code>');
    const wrong = emulatorClient(server.endpoint, { accessKeyId: LOCAL_CREDENTIALS.accessKeyId, secretAccessKey: 'not-the-secret' });
    expect(await errorOf(wrong.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'x.txt', Body: 'x' })))).toBe('403 SignatureDoesNotMatch');
    const unknown = emulatorClient(server.endpoint, { accessKeyId: 'someone', secretAccessKey: 'else' });
    expect(await errorOf(unknown.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'x.txt' })))).toBe('403 InvalidAccessKeyId');
    wrong.destroy();
    unknown.destroy();
  });

  it('serves presigned GET URLs (what a browser opens), and refuses them once expired or altered', async () => {
    await put('incoming/page.html', '<p>report</p>', { ContentType: 'text/html; charset=utf-8' });
    const url = presignGetUrl(server.endpoint, BUCKET, 'incoming/page.html', LOCAL_CREDENTIALS, { expiresSeconds: 60 });
    const ok = await fetch(url);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await ok.text()).toBe('<p>report</p>');
    const expired = presignGetUrl(server.endpoint, BUCKET, 'incoming/page.html', LOCAL_CREDENTIALS, { expiresSeconds: 60, now: Date.now() - 120_000 });
    expect((await fetch(expired)).status).toBe(403);
    expect((await fetch(url.replace('page.html', 'other.html'))).status).toBe(403);
  });
});

describe('objects', () => {
  it('stores body, MD5 ETag, content type and user metadata, and emits S3-shaped events', async () => {
    const before = events.length;
    const { ETag } = await put('incoming/a b+c.txt', 'hello', { ContentType: 'text/plain', Metadata: { lang: 'de' } });
    expect(ETag).toBe('"5d41402abc4b2a76b9719d911017c592"');
    const head = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'incoming/a b+c.txt' }));
    expect(head).toMatchObject({ ContentType: 'text/plain', ContentLength: 5, Metadata: { lang: 'de' }, ETag });
    const [record] = events[before].Records;
    expect(record).toMatchObject({
      eventSource: 'aws:s3',
      eventName: 'ObjectCreated:Put',
      s3: { bucket: { name: BUCKET }, object: { key: 'incoming/a+b%2Bc.txt', size: 5, eTag: '5d41402abc4b2a76b9719d911017c592' } },
    });
    await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: 'incoming/a b+c.txt' }));
    const removed = events.at(-1)?.Records[0];
    expect(removed?.eventName).toBe('ObjectRemoved:Delete');
    expect(compareSequencers(removed?.s3.object.sequencer ?? '', record.s3.object.sequencer)).toBeGreaterThan(0);
  });

  it('stores stream uploads (aws-chunked with a trailing checksum) as their bytes, not the framing', async () => {
    await put('incoming/stream.txt', Readable.from([Buffer.from('streamed '), Buffer.from('body')]), { ContentLength: 13 });
    expect(await get('incoming/stream.txt')).toBe('streamed body');
  });

  it('refuses a body that does not match its checksum', async () => {
    const res = await rawPut('incoming/bad-md5.txt', 'payload', { 'content-md5': Buffer.alloc(16).toString('base64') });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('<Code>BadDigest</Code>');
  });

  it('honours If-Match / If-None-Match on PUT and GET', async () => {
    const { ETag } = await put('incoming/cond.txt', 'v1');
    expect(await errorOf(put('incoming/cond.txt', 'v2', { IfNoneMatch: '*' }))).toBe('412 PreconditionFailed');
    expect(await errorOf(put('incoming/cond.txt', 'v2', { IfMatch: '"0123"' }))).toBe('412 PreconditionFailed');
    expect(await errorOf(put('incoming/missing.txt', 'v2', { IfMatch: ETag }))).toBe('404 NoSuchKey');
    await put('incoming/cond.txt', 'v2', { IfMatch: ETag });
    expect(await errorOf(s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'incoming/cond.txt', IfMatch: ETag })))).toBe('412 PreconditionFailed');
    const range = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'incoming/cond.txt', Range: 'bytes=1-' }));
    expect(await range.Body?.transformToString()).toBe('2');
  });

  it('lets exactly one of 20 concurrent If-None-Match writes of a key win', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => errorOf(put('incoming/race.txt', `writer ${i}`, { IfNoneMatch: '*' }))));
    expect(results.filter((r) => r === undefined)).toHaveLength(1);
    expect(results.filter((r) => r === '412 PreconditionFailed')).toHaveLength(19);
  });

  it('copies (with or without new metadata) and assembles multipart uploads', async () => {
    await put('incoming/src.txt', 'source', { Metadata: { lang: 'fr' } });
    await s3.send(new CopyObjectCommand({ Bucket: BUCKET, Key: 'incoming/copy.txt', CopySource: `${BUCKET}/incoming/src.txt` }));
    expect((await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'incoming/copy.txt' }))).Metadata).toEqual({ lang: 'fr' });
    expect(await errorOf(s3.send(new CopyObjectCommand({ Bucket: BUCKET, Key: 'incoming/src.txt', CopySource: `${BUCKET}/incoming/src.txt` })))).toBe(
      '400 InvalidRequest',
    );
    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: BUCKET, Key: 'incoming/multi.bin' }));
    const first = Buffer.alloc(5 * 1024 * 1024, 'a');
    const p1 = await s3.send(new UploadPartCommand({ Bucket: BUCKET, Key: 'incoming/multi.bin', UploadId, PartNumber: 1, Body: first }));
    const p2 = await s3.send(new UploadPartCommand({ Bucket: BUCKET, Key: 'incoming/multi.bin', UploadId, PartNumber: 2, Body: 'tail' }));
    const done = await s3.send(
      new CompleteMultipartUploadCommand({
        Bucket: BUCKET,
        Key: 'incoming/multi.bin',
        UploadId,
        MultipartUpload: { Parts: [{ PartNumber: 1, ETag: p1.ETag }, { PartNumber: 2, ETag: p2.ETag }] },
      }),
    );
    expect(done.ETag).toMatch(/^"[0-9a-f]{32}-2"$/);
    const head = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'incoming/multi.bin' }));
    expect(head.ContentLength).toBe(first.length + 4);
    expect(events.at(-1)?.Records[0].eventName).toBe('ObjectCreated:CompleteMultipartUpload');
  });
});

describe('keys', () => {
  it('stores every key up to 1,024 bytes, including long segments and non-ASCII, and refuses one byte more', async () => {
    const segment = 'é'.repeat(400); // 800 bytes: far past a file system's 255-byte name limit
    const longest = `incoming/${segment}/${'x'.repeat(1024 - 9 - 800 - 1)}`;
    expect(Buffer.byteLength(longest)).toBe(1024);
    await put(longest, 'at the limit');
    expect(await get(longest)).toBe('at the limit');
    expect(await errorOf(put(`${longest}y`, 'over'))).toBe('400 KeyTooLongError');
  });

  it('refuses ".", ".." and empty segments with an S3 error, and writes nothing', async () => {
    for (const key of ['incoming/../escape.txt', 'incoming/./here.txt', 'incoming//double.txt', '/leading.txt', '..']) {
      const res = await rawPut(key, 'x');
      expect(res.status, key).toBe(400);
      expect(await res.text()).toContain('<Code>InvalidArgument</Code>');
    }
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET }));
    expect((listed.Contents ?? []).map((o) => o.Key).filter((k) => k?.includes('escape') || k?.includes('here'))).toEqual([]);
    expect(readdirSync(path.dirname(dir)).filter((f) => f.includes('escape'))).toEqual([]);
  });

  it('keeps non-empty objects whose key ends in "/"', async () => {
    await put('incoming/notes/', 'a file named like a folder');
    expect(await get('incoming/notes/')).toBe('a file named like a folder');
  });

  it('lists 1,500 keys in S3 order across pages (ListObjectsV2 and ListObjects), with common prefixes', async () => {
    const keys = Array.from({ length: 1500 }, (_, i) => `many/${i % 2 ? 'odd' : 'even'}/${String(i).padStart(4, '0')}-𝔘-\u{e000}.txt`);
    for (let i = 0; i < keys.length; i += 50) await Promise.all(keys.slice(i, i + 50).map((k) => put(k, 'x')));
    const v2: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'many/', ContinuationToken: token }));
      v2.push(...(page.Contents ?? []).map((o) => o.Key as string));
      token = page.NextContinuationToken;
      pages++;
    } while (token);
    expect(pages).toBe(2);
    expect(v2).toEqual([...keys].sort(compareKeys));
    const v1: string[] = [];
    let marker: string | undefined;
    for (;;) {
      const page = await s3.send(new ListObjectsCommand({ Bucket: BUCKET, Prefix: 'many/', Marker: marker, MaxKeys: 700 }));
      v1.push(...(page.Contents ?? []).map((o) => o.Key as string));
      if (!page.IsTruncated) break;
      marker = v1.at(-1);
    }
    expect(v1).toEqual(v2);
    const folders = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'many/', Delimiter: '/', MaxKeys: 1 }));
    expect(folders.CommonPrefixes).toEqual([{ Prefix: 'many/even/' }]);
    const next = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'many/', Delimiter: '/', ContinuationToken: folders.NextContinuationToken }));
    expect(next.CommonPrefixes).toEqual([{ Prefix: 'many/odd/' }]);
    const removed = await s3.send(new DeleteObjectsCommand({ Bucket: BUCKET, Delete: { Objects: keys.slice(0, 10).map((Key) => ({ Key })) } }));
    expect(removed.Deleted).toHaveLength(10);
  });
});

describe('durability', () => {
  it('keeps every committed object across a restart and drops half-written temp files', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'mtqa-local-s3-restart-'));
    try {
      let first = await startEmulator({ port: 0, directory });
      let client = emulatorClient(first.endpoint);
      await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'incoming/kept.txt', Body: 'kept' }));
      client.destroy();
      await first.close();
      // What a crash in the middle of an upload leaves: a temp file that was never renamed.
      writeFileSync(path.join(directory, BUCKET, 'tmp', 'torn'), 'half an upl');
      first = await startEmulator({ port: 0, directory });
      client = emulatorClient(first.endpoint);
      const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }));
      expect((listed.Contents ?? []).map((o) => o.Key)).toEqual(['incoming/kept.txt']);
      expect(readdirSync(path.join(directory, BUCKET, 'tmp'))).toEqual([]);
      const { ETag } = await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'incoming/new.txt', Body: 'new' }));
      expect(ETag).toBeDefined();
      client.destroy();
      await first.close();
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

/** A signed PUT over node:http, which (unlike fetch) sends "." and ".." segments as they are. */
function rawPut(key: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; text(): Promise<string> }> {
  const url = new URL(server.endpoint);
  const req: SignableRequest = { method: 'PUT', path: `/${BUCKET}/${key}`, query: [], headers: { host: url.host, 'content-length': String(Buffer.byteLength(body)), ...headers } };
  signRequest(req, body, LOCAL_CREDENTIALS);
  return new Promise((resolve, reject) => {
    const r = request({ host: url.hostname, port: url.port, method: 'PUT', path: uriEncode(req.path, true), headers: req.headers as Record<string, string> }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: async () => text }));
    });
    r.on('error', reject);
    r.end(body);
  });
}

