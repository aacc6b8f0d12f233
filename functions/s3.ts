// The S3 client and the few error distinctions the pipeline makes.

import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';

/**
 * Transient failures (throttling "SlowDown" 503s, 500s, timeouts, dropped connections) are
 * retried inside the SDK with its standard strategy: exponential backoff with jitter, and a longer
 * base delay for throttling. 5 attempts ride out a short blip without holding the batch for long;
 * when they are exhausted the error propagates, the SQS message is reported as failed and
 * redelivered after its visibility timeout, and after maxReceiveCount deliveries lands in the DLQ.
 */
export const S3_RETRY = { maxAttempts: 5, retryMode: 'standard' } as const satisfies Pick<S3ClientConfig, 'maxAttempts' | 'retryMode'>;

export function createS3Client(overrides: S3ClientConfig = {}): S3Client {
  return new S3Client({
    ...S3_RETRY,
    // requestTimeout is the socket idle timeout, so large downloads are not cut off by it.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
    ...overrides,
  });
}

interface SdkError {
  name?: string;
  $metadata?: { httpStatusCode?: number };
}

function status(err: unknown): number | undefined {
  return (err as SdkError | undefined)?.$metadata?.httpStatusCode;
}

/** The object (or the version) is gone: HEAD answers a bare 404, GET names the error. */
export function isNotFound(err: unknown): boolean {
  const name = (err as SdkError | undefined)?.name;
  return name === 'NotFound' || name === 'NoSuchKey' || name === 'NoSuchVersion' || status(err) === 404;
}

/**
 * A conditional request lost: 412 when If-Match/If-None-Match did not hold, 409 when another
 * conditional write to the same key was in flight at the same moment.
 */
export function isConditionFailed(err: unknown): boolean {
  const name = (err as SdkError | undefined)?.name;
  return name === 'PreconditionFailed' || name === 'ConditionalRequestConflict' || status(err) === 412 || status(err) === 409;
}
