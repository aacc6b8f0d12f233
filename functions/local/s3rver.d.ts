// The part of s3rver 3.7 (which ships no types) that local mode and the tests use.
declare module 's3rver' {
  import type { EventEmitter } from 'node:events';
  import type { RequestListener } from 'node:http';
  import type { S3Event } from 'aws-lambda';

  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory?: string;
    resetOnClose?: boolean;
    allowMismatchedSignatures?: boolean;
    vhostBuckets?: boolean;
    configureBuckets?: Array<{ name: string; configs?: Array<string | Buffer> }>;
  }

  export default class S3rver extends EventEmitter {
    constructor(options?: S3rverOptions);
    /** Creates the buckets given in the options. */
    configureBuckets(): Promise<void>;
    /** The Koa request handler, for an HTTP server of one's own. */
    callback(): RequestListener;
    logger: { close(): void };
    on(event: 'event', listener: (event: S3Event) => void): this;
    on(event: string | symbol, listener: (...args: unknown[]) => void): this;
  }
}
