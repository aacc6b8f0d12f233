// A small S3-compatible server on node:http for local mode and the tests: path-style requests to
// a fixed set of buckets, SigV4 (header or presigned URL) required, and the operations that SDKs
// and the AWS CLI use for objects: PUT (plain, aws-chunked, copy, multipart), GET/HEAD (ranges,
// conditional), DELETE (one or many), ListObjectsV2 / ListObjects, with If-Match/If-None-Match
// on reads and writes. Every change emits an event shaped like an S3 notification record.
// Anything else answers 501 NotImplemented rather than pretending. Storage: see store.ts.

import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32 } from 'node:zlib';
import type { S3Event, S3EventRecord } from 'aws-lambda';
import { encodeEventKey, MAX_KEY_BYTES } from '../../keys.js';
import { AwsChunkedDecoder } from './chunked.js';
import { notImplemented, preconditionFailed, S3Error } from './errors.js';
import { verify, type Credentials, type SignableRequest } from './sigv4.js';
import { BucketStore, etagMatches, type NewObject, type ObjectMeta, type WriteConditions } from './store.js';
import { document, elements, escapeXml, fields, text } from './xml.js';

/** S3's limits. */
const MAX_PUT_BYTES = 5 * 1024 ** 3;
const MIN_PART_BYTES = 5 * 1024 * 1024;
const MAX_PARTS = 10_000;
const MAX_LIST_KEYS = 1000;
const MAX_METADATA_BYTES = 2048;
/** Content headers S3 stores with an object and returns on GET/HEAD. */
const STORED_HEADERS = ['cache-control', 'content-disposition', 'content-encoding', 'content-language', 'expires'];
/** Query parameters that do not select a sub-resource (SDK hints, presigning, response overrides). */
const PLAIN_PARAMS = /^(x-id|versionId|partNumber|uploadId|uploads|delete|list-type|prefix|delimiter|max-keys|continuation-token|start-after|encoding-type|fetch-owner|marker|location|mtqa-recheck|response-.*|X-Amz-.*)$/;

export interface S3ServerOptions {
  /** Where objects are kept (created if missing). */
  directory: string;
  buckets: string[];
  /** The key pair clients sign with. */
  credentials: Credentials;
  /**
   * A key pair for the process's own clients (local mode's checker): still served while the
   * server drains, so that checks in progress can finish writing their reports.
   */
  internalCredentials?: Credentials;
  /** 0 picks a free port. */
  port: number;
  region?: string;
  /**
   * Extra refusal of keys on write, on top of S3's own rules (local mode refuses inputs whose
   * report key would exceed S3's key length): return an S3Error to refuse.
   */
  refuseKey?: (bucket: string, key: string) => S3Error | undefined;
  /** Answers POST /<bucket>?mtqa-recheck (signed): local mode's on-demand re-check. */
  recheck?: () => Promise<{ queued: number; current: number; orphans: number }>;
}

/** Why a key cannot be stored; undefined when it can. */
export function keyProblem(key: string): S3Error | undefined {
  if (key === '') return new S3Error(400, 'InvalidArgument', 'The object key must not be empty.');
  const bytes = Buffer.byteLength(key, 'utf8');
  if (bytes > MAX_KEY_BYTES) return new S3Error(400, 'KeyTooLongError', `Your key is too long: ${bytes} bytes; the limit is ${MAX_KEY_BYTES}.`);
  const segments = key.split('/');
  // A trailing "/" (a folder marker, or a file whose name ends in "/") is allowed; "a//b", "/a",
  // "." and ".." are not: file tools and S3 consoles resolve them to other paths.
  const bad = segments.findIndex((s, i) => s === '.' || s === '..' || (s === '' && i < segments.length - 1));
  if (bad >= 0) {
    return new S3Error(400, 'InvalidArgument', `The object key "${key}" has an empty, "." or ".." path segment; local mode refuses such keys.`);
  }
  return undefined;
}

interface Context {
  req: IncomingMessage;
  res: ServerResponse;
  requestId: string;
  method: string;
  bucket?: BucketStore;
  key?: string;
  query: Map<string, string>;
  auth: Extract<ReturnType<typeof verify>, { ok: true }>;
}

/** Counts bytes and computes the digests an upload may be checked against, as the body passes. */
class Digest extends Transform {
  bytes = 0;
  private readonly md5 = createHash('md5');
  private readonly sha256 = createHash('sha256');
  private readonly sha1 = createHash('sha1');
  private crc = 0;

  override _transform(chunk: Buffer, _e: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    this.md5.update(chunk);
    this.sha256.update(chunk);
    this.sha1.update(chunk);
    this.crc = crc32(chunk, this.crc);
    callback(null, chunk);
  }

  result(): { md5: Buffer; sha256: Buffer; sha1: Buffer; crc32: Buffer } {
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(this.crc >>> 0, 0);
    return { md5: this.md5.digest(), sha256: this.sha256.digest(), sha1: this.sha1.digest(), crc32: crc };
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(',') : v;
}

function httpDate(ms: number): string {
  return new Date(ms).toUTCString();
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString();
}

function quoteEtag(md5: Buffer): string {
  return `"${md5.toString('hex')}"`;
}

export class LocalS3Server {
  private server!: Server;
  private readonly stores = new Map<string, BucketStore>();
  private draining = false;
  private active = 0;
  private idleWaiters: Array<() => void> = [];
  port = 0;

  private readonly listeners: Array<(event: S3Event) => void> = [];

  private constructor(private readonly options: S3ServerOptions) {}

  static async start(options: S3ServerOptions): Promise<LocalS3Server> {
    const server = new LocalS3Server(options);
    for (const name of options.buckets) server.stores.set(name, await BucketStore.open(options.directory, name));
    server.server = createServer((req, res) => void server.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.server.listen(options.port, '127.0.0.1', () => {
        server.server.off('error', reject);
        resolve();
      });
    });
    server.port = (server.server.address() as AddressInfo).port;
    return server;
  }

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get region(): string {
    return this.options.region ?? 'us-east-1';
  }

  store(bucket: string): BucketStore {
    const store = this.stores.get(bucket);
    if (!store) throw new Error(`no bucket ${bucket}`);
    return store;
  }

  /** From now on every request gets 503 SlowDown; requests already running finish. */
  stopAccepting(): void {
    this.draining = true;
  }

  /** Stops accepting, waits up to `graceMs` for running requests, then closes every connection. */
  async close(graceMs = 2000): Promise<void> {
    this.stopAccepting();
    if (this.active > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, graceMs).unref();
        this.idleWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    const closed = new Promise((resolve) => this.server.close(resolve));
    this.server.closeAllConnections();
    await closed;
  }

  /** Calls `listener` with a notification for every object created or removed. */
  onEvent(listener: (event: S3Event) => void): void {
    this.listeners.push(listener);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = randomBytes(8).toString('hex').toUpperCase();
    res.setHeader('x-amz-request-id', requestId);
    res.setHeader('x-amz-id-2', requestId);
    res.setHeader('server', 'mtqa-local-s3');
    this.active++;
    try {
      await this.route(req, res, requestId);
    } catch (err) {
      const error = err instanceof S3Error ? err : new S3Error(500, 'InternalError', `We encountered an internal error: ${(err as Error).message}`);
      if (res.headersSent) res.destroy();
      else {
        // An error before the body was read: do not leave it on a connection that is reused.
        if (!req.complete) res.setHeader('connection', 'close');
        this.sendError(req, res, error);
      }
      req.resume();
    } finally {
      if (--this.active === 0) this.idleWaiters.splice(0).forEach((w) => w());
    }
  }

  private sendError(req: IncomingMessage, res: ServerResponse, err: S3Error): void {
    const url = (req.url ?? '/').split('?')[0];
    const body = document('Error', fields({ Code: err.code, Message: err.message, Resource: url, RequestId: res.getHeader('x-amz-request-id') as string })).replace(
      ' xmlns="http://s3.amazonaws.com/doc/2006-03-01/"',
      '',
    );
    res.writeHead(err.status, { 'content-type': 'application/xml', ...err.headers });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  private async route(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
    const [rawPath, rawQuery = ''] = (req.url ?? '/').split(/\?(.*)/s);
    let decodedPath: string;
    const query: Array<[string, string]> = [];
    try {
      decodedPath = decodeURIComponent(rawPath);
      for (const part of rawQuery.split('&')) {
        if (part === '') continue;
        const eq = part.indexOf('=');
        query.push(eq < 0 ? [decodeURIComponent(part), ''] : [decodeURIComponent(part.slice(0, eq)), decodeURIComponent(part.slice(eq + 1))]);
      }
    } catch {
      throw new S3Error(400, 'InvalidURI', 'Could not parse the specified URI.');
    }
    const method = req.method ?? 'GET';
    const signable: SignableRequest = { method, path: decodedPath, query, headers: req.headers };
    const accepted = [this.options.credentials, ...(this.options.internalCredentials ? [this.options.internalCredentials] : [])];
    const auth = verify(signable, accepted);
    if (!auth.ok) throw new S3Error(auth.status, auth.code, auth.message);
    if (this.draining && auth.accessKeyId !== this.options.internalCredentials?.accessKeyId) {
      // Read nothing more from this client; it will retry against the restarted server.
      res.setHeader('connection', 'close');
      throw new S3Error(503, 'SlowDown', 'The local S3 server is shutting down; retry once it has restarted.', { 'retry-after': '1' });
    }

    const params = new Map(query);
    const unknown = [...params.keys()].find((p) => !PLAIN_PARAMS.test(p));
    if (unknown) throw notImplemented(`The "${unknown}" sub-resource`);
    const version = params.get('versionId');
    if (version !== undefined && version !== 'null') throw new S3Error(400, 'InvalidArgument', 'Invalid version id specified (the local bucket is not versioned).');

    const slash = decodedPath.indexOf('/', 1);
    const bucketName = slash < 0 ? decodedPath.slice(1) : decodedPath.slice(1, slash);
    const key = slash < 0 ? undefined : decodedPath.slice(slash + 1);
    if (bucketName === '') {
      if (method !== 'GET') throw notImplemented(`${method} on the service`);
      return this.listBuckets(res);
    }
    const bucket = this.stores.get(bucketName);
    if (!bucket) throw new S3Error(404, 'NoSuchBucket', 'The specified bucket does not exist.');
    const ctx: Context = { req, res, requestId, method, bucket, key: key === '' ? undefined : key, query: params, auth };
    if (ctx.key === undefined) return this.bucketOperation(ctx);
    return this.objectOperation(ctx);
  }

  private listBuckets(res: ServerResponse): void {
    const buckets = [...this.stores.keys()].map((name) => `<Bucket>${fields({ Name: name, CreationDate: isoDate(0) })}</Bucket>`).join('');
    this.sendXml(res, 200, document('ListAllMyBucketsResult', `<Owner>${fields({ ID: 'local' })}</Owner><Buckets>${buckets}</Buckets>`));
  }

  private sendXml(res: ServerResponse, status: number, body: string): void {
    res.writeHead(status, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  }

  private async bucketOperation(ctx: Context): Promise<void> {
    const { method, query, res } = ctx;
    const bucket = ctx.bucket as BucketStore;
    if (method === 'HEAD') {
      res.writeHead(200, { 'x-amz-bucket-region': this.region });
      return void res.end();
    }
    if (method === 'GET' && query.has('location')) {
      return this.sendXml(res, 200, document('LocationConstraint', this.region === 'us-east-1' ? '' : escapeXml(this.region)));
    }
    if (method === 'GET') return this.list(ctx, bucket, query.get('list-type') === '2');
    if (method === 'POST' && query.has('delete')) return this.deleteObjects(ctx, bucket);
    if (method === 'POST' && query.has('mtqa-recheck') && this.options.recheck) {
      const { queued, current, orphans } = await this.options.recheck();
      return this.sendXml(res, 200, document('RecheckResult', fields({ Queued: queued, Current: current, Orphans: orphans })));
    }
    if (method === 'PUT') throw new S3Error(409, 'BucketAlreadyOwnedByYou', 'The local buckets exist already; others cannot be created.');
    throw notImplemented(`${method} on a bucket`);
  }

  private list(ctx: Context, bucket: BucketStore, v2: boolean): void {
    const { query } = ctx;
    const prefix = query.get('prefix') ?? '';
    const delimiter = query.get('delimiter') || undefined;
    const maxKeysParam = query.get('max-keys');
    const maxKeys = maxKeysParam === undefined ? MAX_LIST_KEYS : Number(maxKeysParam);
    if (!Number.isInteger(maxKeys) || maxKeys < 0) throw new S3Error(400, 'InvalidArgument', 'max-keys must be a non-negative integer.');
    const encoding = query.get('encoding-type');
    if (encoding !== undefined && encoding !== 'url') throw new S3Error(400, 'InvalidArgument', 'Invalid Encoding Method specified in Request');
    const enc = (s: string) => (encoding === 'url' ? encodeEventKey(s) : s);
    const token = query.get('continuation-token');
    let startAfter: string | undefined;
    if (v2 && token !== undefined) {
      startAfter = Buffer.from(token, 'base64url').toString('utf8');
      if (token === '' || Buffer.from(startAfter, 'utf8').toString('base64url') !== token) {
        throw new S3Error(400, 'InvalidArgument', 'The continuation token provided is incorrect.');
      }
    } else {
      startAfter = (v2 ? query.get('start-after') : query.get('marker')) || undefined;
    }
    const page = bucket.list({ prefix, delimiter, startAfter, maxKeys: Math.min(maxKeys, MAX_LIST_KEYS) });
    const owner = v2 && query.get('fetch-owner') !== 'true' ? '' : `<Owner>${fields({ ID: 'local', DisplayName: 'local' })}</Owner>`;
    const contents = page.contents
      .map(
        (o) =>
          `<Contents>${fields({ Key: enc(o.key), LastModified: isoDate(o.lastModified), ETag: o.etag, Size: o.size, StorageClass: 'STANDARD' })}${owner}</Contents>`,
      )
      .join('');
    const prefixes = page.commonPrefixes.map((p) => `<CommonPrefixes>${fields({ Prefix: enc(p) })}</CommonPrefixes>`).join('');
    const head = fields({
      Name: bucket.name,
      Prefix: enc(prefix),
      ...(v2
        ? {
            KeyCount: page.contents.length + page.commonPrefixes.length,
            ContinuationToken: token,
            NextContinuationToken: page.isTruncated && page.last !== undefined ? Buffer.from(page.last, 'utf8').toString('base64url') : undefined,
            StartAfter: query.get('start-after') === undefined ? undefined : enc(query.get('start-after') as string),
          }
        : {
            Marker: enc(query.get('marker') ?? ''),
            // S3 gives NextMarker only with a delimiter; without one, clients continue from the last key.
            NextMarker: page.isTruncated && delimiter && page.last !== undefined ? enc(page.last) : undefined,
          }),
      MaxKeys: maxKeys,
      Delimiter: delimiter === undefined ? undefined : enc(delimiter),
      EncodingType: encoding,
      IsTruncated: page.isTruncated,
    });
    this.sendXml(ctx.res, 200, document('ListBucketResult', head + contents + prefixes));
  }

  private async objectOperation(ctx: Context): Promise<void> {
    const { method, query, req } = ctx;
    if (method === 'GET' || method === 'HEAD') return this.getObject(ctx);
    if (method === 'PUT' && query.has('uploadId')) {
      if (header(req, 'x-amz-copy-source')) throw notImplemented('UploadPartCopy');
      return this.uploadPart(ctx);
    }
    if (method === 'PUT' && header(req, 'x-amz-copy-source') !== undefined) return this.copyObject(ctx);
    if (method === 'PUT') return this.putObject(ctx);
    if (method === 'POST' && query.has('uploads')) return this.createMultipartUpload(ctx);
    if (method === 'POST' && query.has('uploadId')) return this.completeMultipartUpload(ctx);
    if (method === 'DELETE' && query.has('uploadId')) return this.abortMultipartUpload(ctx);
    if (method === 'DELETE') return this.deleteObject(ctx);
    throw notImplemented(`${method} on an object`);
  }

  private checkKey(bucket: BucketStore, key: string): void {
    const problem = keyProblem(key) ?? this.options.refuseKey?.(bucket.name, key);
    if (problem) throw problem;
  }

  /** Content type, stored content headers and user metadata from a write request. */
  private objectFromHeaders(req: IncomingMessage): NewObject {
    const headers: Record<string, string> = {};
    for (const name of STORED_HEADERS) {
      const value = header(req, name);
      if (value === undefined) continue;
      // aws-chunked is transfer framing, not a property of the object.
      const kept = name === 'content-encoding' ? value.split(',').map((v) => v.trim()).filter((v) => v !== 'aws-chunked').join(',') : value;
      if (kept) headers[name] = kept;
    }
    const metadata: Record<string, string> = {};
    let size = 0;
    for (const [name, value] of Object.entries(req.headers)) {
      if (!name.startsWith('x-amz-meta-') || value === undefined) continue;
      const v = [value].flat().join(',');
      metadata[name.slice('x-amz-meta-'.length)] = v;
      size += Buffer.byteLength(name.slice('x-amz-meta-'.length)) + Buffer.byteLength(v);
    }
    if (size > MAX_METADATA_BYTES) throw new S3Error(400, 'MetadataTooLarge', 'Your metadata headers exceed the maximum allowed metadata size.');
    return { contentType: header(req, 'content-type') ?? 'binary/octet-stream', headers, metadata };
  }

  private writeConditions(req: IncomingMessage): WriteConditions {
    return { ifMatch: header(req, 'if-match'), ifNoneMatch: header(req, 'if-none-match') };
  }

  /**
   * Streams the request body into a temp file, decoding aws-chunked framing, and checks it against
   * every digest the client sent (Content-MD5, x-amz-content-sha256, x-amz-checksum-*). On any
   * failure the temp file is removed and nothing is stored.
   */
  private async receiveBody(ctx: Context, bucket: BucketStore): Promise<{ tempPath: string; size: number; md5: Buffer }> {
    const { req, auth } = ctx;
    const declared = Number(header(req, 'x-amz-decoded-content-length') ?? header(req, 'content-length') ?? Number.NaN);
    if (declared > MAX_PUT_BYTES) throw new S3Error(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed object size.');
    const streaming = auth.payloadHash.startsWith('STREAMING-');
    let decoder: AwsChunkedDecoder | undefined;
    if (auth.payloadHash === 'STREAMING-UNSIGNED-PAYLOAD-TRAILER') decoder = new AwsChunkedDecoder();
    else if (auth.payloadHash === 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD') {
      decoder = new AwsChunkedDecoder({ key: auth.signingKey, amzDate: auth.amzDate, scope: auth.scope, seedSignature: auth.signature });
    } else if (streaming) throw notImplemented(`The payload signing mode ${auth.payloadHash}`);
    const digest = new Digest();
    const temp = bucket.createTemp();
    try {
      await pipeline([req, ...(decoder ? [decoder] : []), digest, temp.stream] as unknown as [Readable, NodeJS.WritableStream]);
      const sums = digest.result();
      if (!Number.isNaN(declared) && digest.bytes !== declared) {
        throw new S3Error(400, 'IncompleteBody', 'You did not provide the number of bytes specified by the Content-Length HTTP header.');
      }
      const md5Header = header(req, 'content-md5');
      if (md5Header !== undefined && md5Header !== sums.md5.toString('base64')) {
        throw new S3Error(400, 'BadDigest', 'The Content-MD5 you specified did not match what we received.');
      }
      if (/^[0-9a-f]{64}$/.test(auth.payloadHash) && auth.payloadHash !== sums.sha256.toString('hex')) {
        throw new S3Error(400, 'XAmzContentSHA256Mismatch', 'The provided x-amz-content-sha256 header does not match what was computed.');
      }
      const claimed = { ...Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])), ...decoder?.trailers };
      for (const algorithm of ['crc32', 'sha1', 'sha256'] as const) {
        const value = claimed[`x-amz-checksum-${algorithm}`];
        if (value !== undefined && value !== sums[algorithm].toString('base64')) {
          throw new S3Error(400, 'BadDigest', `The ${algorithm.toUpperCase()} you specified did not match the calculated checksum.`);
        }
      }
      return { tempPath: temp.path, size: digest.bytes, md5: sums.md5 };
    } catch (err) {
      await bucket.discard(temp);
      throw err;
    }
  }

  private emitEvent(ctx: Context, bucket: BucketStore, eventName: string, object: { key: string; sequencer: string; size?: number; etag?: string }): void {
    const record = {
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: this.region,
      eventTime: isoDate(Date.now()),
      eventName,
      userIdentity: { principalId: this.options.credentials.accessKeyId },
      requestParameters: { sourceIPAddress: ctx.req.socket.remoteAddress ?? '127.0.0.1' },
      responseElements: { 'x-amz-request-id': ctx.requestId, 'x-amz-id-2': ctx.requestId },
      s3: {
        s3SchemaVersion: '1.0',
        configurationId: 'mtqa-local',
        bucket: { name: bucket.name, ownerIdentity: { principalId: 'local' }, arn: `arn:aws:s3:::${bucket.name}` },
        // Keys are form-encoded in notifications (a space is "+"); removal records carry no size or ETag.
        object: {
          key: encodeEventKey(object.key),
          ...(object.size !== undefined && { size: object.size }),
          ...(object.etag !== undefined && { eTag: object.etag.replace(/"/g, '') }),
          sequencer: object.sequencer,
        },
      },
    } as S3EventRecord;
    for (const listener of this.listeners) listener({ Records: [record] });
  }

  private async putObject(ctx: Context): Promise<void> {
    const bucket = ctx.bucket as BucketStore;
    const key = ctx.key as string;
    this.checkKey(bucket, key);
    const object = this.objectFromHeaders(ctx.req);
    const conditions = this.writeConditions(ctx.req);
    const body = await this.receiveBody(ctx, bucket);
    const { meta } = await bucket.commit(key, body.tempPath, { size: body.size, etag: quoteEtag(body.md5) }, object, conditions);
    this.emitEvent(ctx, bucket, 'ObjectCreated:Put', meta);
    ctx.res.writeHead(200, { etag: meta.etag, 'content-length': 0 });
    ctx.res.end();
  }

  private async copyObject(ctx: Context): Promise<void> {
    const { req } = ctx;
    const bucket = ctx.bucket as BucketStore;
    const key = ctx.key as string;
    this.checkKey(bucket, key);
    let source = header(req, 'x-amz-copy-source') as string;
    try {
      source = decodeURIComponent(source.split('?')[0]).replace(/^\//, '');
    } catch {
      throw new S3Error(400, 'InvalidArgument', 'Copy Source must mention the source bucket and key: sourcebucket/sourcekey.');
    }
    const slash = source.indexOf('/');
    const from = this.stores.get(source.slice(0, slash));
    if (slash < 1 || !from) throw new S3Error(404, 'NoSuchBucket', 'The specified source bucket does not exist.');
    const sourceKey = source.slice(slash + 1);
    const replace = header(req, 'x-amz-metadata-directive') === 'REPLACE';
    if (from === bucket && sourceKey === key && !replace) {
      throw new S3Error(
        400,
        'InvalidRequest',
        "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.",
      );
    }
    req.resume();
    const opened = await from.open(sourceKey);
    try {
      const ifMatch = header(req, 'x-amz-copy-source-if-match');
      const ifNoneMatch = header(req, 'x-amz-copy-source-if-none-match');
      if ((ifMatch !== undefined && !etagMatches(ifMatch, opened.meta.etag)) || (ifNoneMatch !== undefined && etagMatches(ifNoneMatch, opened.meta.etag))) {
        throw preconditionFailed();
      }
      const object = replace ? this.objectFromHeaders(req) : { contentType: opened.meta.contentType, headers: opened.meta.headers, metadata: opened.meta.metadata };
      const digest = new Digest();
      const temp = bucket.createTemp();
      try {
        await pipeline(opened.read(), digest, temp.stream);
      } catch (err) {
        await bucket.discard(temp);
        throw err;
      }
      const { meta } = await bucket.commit(key, temp.path, { size: digest.bytes, etag: quoteEtag(digest.result().md5) }, object, this.writeConditions(req));
      this.emitEvent(ctx, bucket, 'ObjectCreated:Copy', meta);
      this.sendXml(ctx.res, 200, document('CopyObjectResult', fields({ LastModified: isoDate(meta.lastModified), ETag: meta.etag })));
    } finally {
      await opened.close();
    }
  }

  private async getObject(ctx: Context): Promise<void> {
    const { req, res, query } = ctx;
    const bucket = ctx.bucket as BucketStore;
    const opened = await bucket.open(ctx.key as string);
    let streaming = false;
    try {
      const { meta } = opened;
      const ifMatch = header(req, 'if-match');
      const ifNoneMatch = header(req, 'if-none-match');
      const ifModifiedSince = Date.parse(header(req, 'if-modified-since') ?? '');
      const ifUnmodifiedSince = Date.parse(header(req, 'if-unmodified-since') ?? '');
      const modifiedSeconds = Math.floor(meta.lastModified / 1000) * 1000;
      if (ifMatch !== undefined ? !etagMatches(ifMatch, meta.etag) : modifiedSeconds > ifUnmodifiedSince) throw preconditionFailed();
      const notModified = ifNoneMatch !== undefined ? etagMatches(ifNoneMatch, meta.etag) : modifiedSeconds <= ifModifiedSince;
      const headers: Record<string, string | number> = {
        etag: meta.etag,
        'last-modified': httpDate(meta.lastModified),
        'accept-ranges': 'bytes',
        'content-type': meta.contentType,
        ...meta.headers,
        ...Object.fromEntries(Object.entries(meta.metadata).map(([k, v]) => [`x-amz-meta-${k}`, v])),
      };
      for (const name of ['content-type', ...STORED_HEADERS]) {
        const override = query.get(`response-${name}`);
        if (override !== undefined) headers[name] = override;
      }
      if (notModified) {
        res.writeHead(304, { etag: meta.etag, 'last-modified': httpDate(meta.lastModified) });
        return void res.end();
      }
      const range = this.range(header(req, 'range'), meta);
      headers['content-length'] = range ? range.end - range.start + 1 : meta.size;
      if (range) headers['content-range'] = `bytes ${range.start}-${range.end}/${meta.size}`;
      res.writeHead(range ? 206 : 200, headers);
      if (ctx.method === 'HEAD' || meta.size === 0) return void res.end();
      streaming = true;
      await pipeline(opened.read(range), res).finally(() => opened.close());
    } finally {
      if (!streaming) await opened.close();
    }
  }

  /** A single "bytes=" range as S3 honours it; anything S3 would ignore gives the whole object. */
  private range(value: string | undefined, meta: ObjectMeta): { start: number; end: number } | undefined {
    const m = value === undefined ? null : /^bytes=(\d*)-(\d*)$/.exec(value.trim());
    if (!m || (m[1] === '' && m[2] === '')) return undefined;
    let start: number;
    let end: number;
    if (m[1] === '') {
      start = Math.max(0, meta.size - Number(m[2]));
      end = meta.size - 1;
    } else {
      start = Number(m[1]);
      end = m[2] === '' ? meta.size - 1 : Math.min(Number(m[2]), meta.size - 1);
      if (m[2] !== '' && Number(m[2]) < start) return undefined;
    }
    if (start >= meta.size || meta.size === 0) {
      throw new S3Error(416, 'InvalidRange', 'The requested range is not satisfiable', { 'content-range': `bytes */${meta.size}` });
    }
    return { start, end };
  }

  private async deleteObject(ctx: Context): Promise<void> {
    const bucket = ctx.bucket as BucketStore;
    const key = ctx.key as string;
    const removed = await bucket.delete(key, { ifMatch: header(ctx.req, 'if-match') });
    if (removed) this.emitEvent(ctx, bucket, 'ObjectRemoved:Delete', removed);
    ctx.res.writeHead(204);
    ctx.res.end();
  }

  private async readSmallBody(req: IncomingMessage, limit = 2 * 1024 * 1024): Promise<string> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > limit) throw new S3Error(400, 'MaxMessageLengthExceeded', 'Your request was too big.');
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  }

  private async deleteObjects(ctx: Context, bucket: BucketStore): Promise<void> {
    const body = await this.readSmallBody(ctx.req);
    const quiet = text(body, 'Quiet') === 'true';
    const objects = elements(body, 'Object').map((o) => text(o, 'Key') ?? '');
    if (objects.length > 1000) throw new S3Error(400, 'MalformedXML', 'A DeleteObjects request takes at most 1,000 keys.');
    const results: string[] = [];
    for (const key of objects) {
      try {
        const removed = await bucket.delete(key);
        if (removed) this.emitEvent(ctx, bucket, 'ObjectRemoved:Delete', removed);
        if (!quiet) results.push(`<Deleted>${fields({ Key: key })}</Deleted>`);
      } catch (err) {
        const e = err instanceof S3Error ? err : new S3Error(500, 'InternalError', (err as Error).message);
        results.push(`<Error>${fields({ Key: key, Code: e.code, Message: e.message })}</Error>`);
      }
    }
    this.sendXml(ctx.res, 200, document('DeleteResult', results.join('')));
  }

  private uploadDir(bucket: BucketStore, uploadId: string): string {
    if (!/^[0-9a-f]{32}$/.test(uploadId)) throw new S3Error(404, 'NoSuchUpload', 'The specified multipart upload does not exist.');
    return path.join(bucket.uploadsDir, uploadId);
  }

  /** The upload's own record (key and object settings), or NoSuchUpload. */
  private async upload(bucket: BucketStore, key: string, uploadId: string): Promise<{ dir: string; object: NewObject }> {
    const dir = this.uploadDir(bucket, uploadId);
    let saved: { key: string; object: NewObject };
    try {
      saved = JSON.parse(await readFile(path.join(dir, 'upload.json'), 'utf8'));
    } catch {
      throw new S3Error(404, 'NoSuchUpload', 'The specified multipart upload does not exist.');
    }
    if (saved.key !== key) throw new S3Error(404, 'NoSuchUpload', 'The specified multipart upload does not exist.');
    return { dir, object: saved.object };
  }

  private async createMultipartUpload(ctx: Context): Promise<void> {
    const bucket = ctx.bucket as BucketStore;
    const key = ctx.key as string;
    this.checkKey(bucket, key);
    ctx.req.resume();
    const uploadId = randomBytes(16).toString('hex');
    const dir = this.uploadDir(bucket, uploadId);
    await mkdir(dir);
    await writeFile(path.join(dir, 'upload.json'), JSON.stringify({ key, object: this.objectFromHeaders(ctx.req) }));
    this.sendXml(ctx.res, 200, document('InitiateMultipartUploadResult', fields({ Bucket: bucket.name, Key: key, UploadId: uploadId })));
  }

  private async uploadPart(ctx: Context): Promise<void> {
    const bucket = ctx.bucket as BucketStore;
    const partNumber = Number(ctx.query.get('partNumber'));
    if (!Number.isInteger(partNumber) || partNumber < 1 || partNumber > MAX_PARTS) {
      throw new S3Error(400, 'InvalidArgument', 'Part number must be an integer between 1 and 10000, inclusive.');
    }
    const { dir } = await this.upload(bucket, ctx.key as string, ctx.query.get('uploadId') as string);
    const body = await this.receiveBody(ctx, bucket);
    const md5 = body.md5.toString('hex');
    // The part's ETag is in its file name, so a part and its ETag are replaced in one rename.
    const stale = (await readdir(dir)).filter((f) => f.startsWith(`${partNumber}.`));
    await rename(body.tempPath, path.join(dir, `${partNumber}.${md5}`));
    await Promise.all(stale.filter((f) => f !== `${partNumber}.${md5}`).map((f) => rm(path.join(dir, f), { force: true })));
    ctx.res.writeHead(200, { etag: `"${md5}"`, 'content-length': 0 });
    ctx.res.end();
  }

  private async completeMultipartUpload(ctx: Context): Promise<void> {
    const bucket = ctx.bucket as BucketStore;
    const key = ctx.key as string;
    const { dir, object } = await this.upload(bucket, key, ctx.query.get('uploadId') as string);
    const body = await this.readSmallBody(ctx.req);
    const parts = elements(body, 'Part').map((p) => ({ number: Number(text(p, 'PartNumber')), etag: (text(p, 'ETag') ?? '').replace(/"/g, '') }));
    if (parts.length === 0) throw new S3Error(400, 'MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema.');
    const files: string[] = [];
    for (const [i, part] of parts.entries()) {
      if (i > 0 && part.number <= parts[i - 1].number) throw new S3Error(400, 'InvalidPartOrder', 'The list of parts was not in ascending order.');
      const file = path.join(dir, `${part.number}.${part.etag}`);
      const info = await stat(file).catch(() => undefined);
      if (!info) throw new S3Error(400, 'InvalidPart', 'One or more of the specified parts could not be found.');
      if (i < parts.length - 1 && info.size < MIN_PART_BYTES) throw new S3Error(400, 'EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed object size.');
      files.push(file);
    }
    const temp = bucket.createTemp();
    let size = 0;
    try {
      for (const file of files) {
        for await (const chunk of createReadStream(file)) {
          size += (chunk as Buffer).length;
          if (!temp.stream.write(chunk)) await new Promise<void>((resolve) => temp.stream.once('drain', () => resolve()));
        }
      }
      await new Promise<void>((resolve, reject) => {
        temp.stream.once('error', reject);
        temp.stream.end(resolve);
      });
    } catch (err) {
      await bucket.discard(temp);
      throw err;
    }
    const etag = `"${createHash('md5')
      .update(Buffer.concat(parts.map((p) => Buffer.from(p.etag, 'hex'))))
      .digest('hex')}-${parts.length}"`;
    const { meta } = await bucket.commit(key, temp.path, { size, etag }, object, this.writeConditions(ctx.req));
    await rm(dir, { recursive: true, force: true });
    this.emitEvent(ctx, bucket, 'ObjectCreated:CompleteMultipartUpload', meta);
    this.sendXml(
      ctx.res,
      200,
      document('CompleteMultipartUploadResult', fields({ Location: `${this.endpoint}/${bucket.name}/${key}`, Bucket: bucket.name, Key: key, ETag: meta.etag })),
    );
  }

  private async abortMultipartUpload(ctx: Context): Promise<void> {
    const bucket = ctx.bucket as BucketStore;
    const { dir } = await this.upload(bucket, ctx.key as string, ctx.query.get('uploadId') as string);
    await rm(dir, { recursive: true, force: true });
    ctx.res.writeHead(204);
    ctx.res.end();
  }
}

