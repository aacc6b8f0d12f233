// Decodes the aws-chunked body framing that SDKs use for streaming uploads and for trailing
// checksums ("Content-Encoding: aws-chunked"): size-prefixed chunks, optionally each signed, then
// trailer lines. Stored objects hold only the decoded bytes, never the framing.

import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { S3Error } from './errors.js';
import { chunkSignature, equalHex } from './sigv4.js';

/** What verifies STREAMING-AWS4-HMAC-SHA256-PAYLOAD chunks: the seed request's signature chain. */
export interface ChunkSigning {
  key: Buffer;
  amzDate: string;
  scope: string;
  seedSignature: string;
}

const CRLF = Buffer.from('\r\n');
const MAX_LINE = 8192;
const incomplete = () => new S3Error(400, 'IncompleteBody', 'The aws-chunked body ended early or is malformed.');

export class AwsChunkedDecoder extends Transform {
  /** Trailer headers (e.g. x-amz-checksum-crc32), lower-case names; complete once the stream ends. */
  readonly trailers: Record<string, string> = {};
  private buffer: Buffer = Buffer.alloc(0);
  private state: 'size' | 'data' | 'crlf' | 'trailer' | 'done' = 'size';
  private remaining = 0;
  private expectedSignature = '';
  private previousSignature: string;
  private parts: Buffer[] = [];

  constructor(private readonly signing?: ChunkSigning) {
    super();
    this.previousSignature = signing?.seedSignature ?? '';
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    try {
      this.parse();
      callback();
    } catch (err) {
      callback(err as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    callback(this.state === 'done' ? undefined : incomplete());
  }

  private line(): string | undefined {
    const end = this.buffer.indexOf(CRLF);
    if (end < 0) {
      if (this.buffer.length > MAX_LINE) throw incomplete();
      return undefined;
    }
    const text = this.buffer.subarray(0, end).toString('latin1');
    this.buffer = this.buffer.subarray(end + 2);
    return text;
  }

  private verifyChunk(data: Buffer): void {
    if (!this.signing) return;
    const hash = createHash('sha256').update(data).digest('hex');
    const expected = chunkSignature(this.signing.key, this.signing.amzDate, this.signing.scope, this.previousSignature, hash);
    if (!equalHex(expected, this.expectedSignature)) {
      throw new S3Error(403, 'SignatureDoesNotMatch', 'A chunk signature of the aws-chunked body does not match.');
    }
    this.previousSignature = expected;
  }

  private parse(): void {
    for (;;) {
      if (this.state === 'size') {
        const line = this.line();
        if (line === undefined) return;
        const m = /^([0-9a-fA-F]{1,16})(?:;chunk-signature=([0-9a-f]{64}))?$/.exec(line);
        if (!m || Boolean(m[2]) !== Boolean(this.signing)) throw incomplete();
        this.remaining = parseInt(m[1], 16);
        this.expectedSignature = m[2] ?? '';
        if (this.remaining === 0) {
          this.verifyChunk(Buffer.alloc(0));
          this.state = 'trailer';
        } else {
          this.state = 'data';
        }
      } else if (this.state === 'data') {
        if (this.buffer.length === 0) return;
        const n = Math.min(this.remaining, this.buffer.length);
        const piece = this.buffer.subarray(0, n);
        this.buffer = this.buffer.subarray(n);
        this.remaining -= n;
        // Signed chunks are held until their signature is checked; unsigned ones pass straight on.
        if (this.signing) this.parts.push(piece);
        else this.push(piece);
        if (this.remaining === 0) this.state = 'crlf';
      } else if (this.state === 'crlf') {
        if (this.buffer.length < 2) return;
        if (!this.buffer.subarray(0, 2).equals(CRLF)) throw incomplete();
        this.buffer = this.buffer.subarray(2);
        if (this.signing) {
          const data = Buffer.concat(this.parts);
          this.parts = [];
          this.verifyChunk(data);
          this.push(data);
        }
        this.state = 'size';
      } else if (this.state === 'trailer') {
        const line = this.line();
        if (line === undefined) return;
        if (line === '') {
          this.state = 'done';
          continue;
        }
        const colon = line.indexOf(':');
        if (colon < 1) throw incomplete();
        this.trailers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      } else {
        if (this.buffer.length > 0) throw incomplete();
        return;
      }
    }
  }
}
