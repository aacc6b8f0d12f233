// SQS's SendMessageBatch, the one SQS call the functions make (sqs.ts: a changed source's re-check
// messages onto the checker's own queue), sent as the AWS JSON 1.0 request it is with parts of the
// SDK that the S3 client already brings: its credentials, region, HTTP handler and hashes, the
// SigV4 signer and the standard retry strategy. @aws-sdk/client-sqs cost the Lambda bundle 40 KB for
// this one request (its schemas, error classes and endpoint rules, and the SDK's JSON protocol, of
// which 22 KB sat in the chunk a cold start reads, shared with S3's protocols through the SDK's
// index modules). What the client did besides is done here too: the queue URL's origin is the
// endpoint (its useQueueUrlAsEndpoint), throttling and transient failures are retried as by the
// S3 client (S3_RETRY, the SDK's own error classification), and the MD5 digests SQS returns are
// compared with the bodies sent.

import type { S3Client } from '@aws-sdk/client-s3';
import { StandardRetryStrategy, isThrottlingError, isTransientError } from '@smithy/core/retry';
import { HttpRequest } from '@smithy/core/transport';
import { SignatureV4 } from '@smithy/signature-v4';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { S3_RETRY } from './s3.js';

export interface BatchEntry {
  Id: string;
  MessageBody: string;
}

/** SendMessageBatch's answer, as far as the re-queue reads it. */
export interface BatchResult {
  Successful?: { Id: string; MessageId?: string; MD5OfMessageBody?: string }[];
  Failed?: { Id: string; Code: string; Message?: string; SenderFault?: boolean }[];
}

type SdkError = Parameters<typeof isTransientError>[0];

/** Sends one batch (at most 10 entries) to the queue at `queueUrl`. */
export type SendMessageBatch = (queueUrl: string, entries: BatchEntry[]) => Promise<BatchResult>;

/** An error as the SDK's clients throw it, which its retry classification reads. */
function serviceError(status: number, body: string): Error {
  let parsed: { __type?: string; message?: string; Message?: string } = {};
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    // Not JSON (a proxy's or load balancer's page): the status says enough.
  }
  // "com.amazonaws.sqs#QueueDoesNotExist" → QueueDoesNotExist
  const name = parsed.__type?.slice(parsed.__type.lastIndexOf('#') + 1) || `HTTP ${status}`;
  return Object.assign(new Error(`SQS SendMessageBatch: ${name}: ${parsed.message ?? parsed.Message ?? body.slice(0, 200)}`), {
    name,
    $metadata: { httpStatusCode: status },
  });
}

/** Throws when a body SQS took does not have the MD5 digest SQS computed for it. */
function checkDigests(entries: BatchEntry[], result: BatchResult): void {
  const bodies = new Map(entries.map((e) => [e.Id, e.MessageBody]));
  const wrong = (result.Successful ?? []).filter((s) => s.MD5OfMessageBody !== createHash('md5').update(bodies.get(s.Id) ?? '').digest('hex'));
  if (wrong.length) throw new Error(`Invalid MD5 checksum on messages: ${wrong.map((s) => s.MessageId).join(', ')}`);
}

/** SendMessageBatch with the credentials, region, connections and retry settings of `s3`. */
export function sqsSender(s3: S3Client): SendMessageBatch {
  const { credentials, region, sha256, requestHandler } = s3.config;
  const signer = new SignatureV4({ service: 'sqs', region, credentials, sha256 });
  const retries = new StandardRetryStrategy(S3_RETRY.maxAttempts);

  const attempt = async (request: HttpRequest): Promise<BatchResult> => {
    const { response } = await requestHandler.handle(await signer.sign(request));
    // Read with a loop rather than node:stream/consumers, a module a cold start would load for it.
    const chunks: Buffer[] = [];
    for await (const chunk of response.body as Readable) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    if (response.statusCode < 200 || response.statusCode >= 300) throw serviceError(response.statusCode, body);
    return JSON.parse(body) as BatchResult;
  };

  return async (queueUrl, entries) => {
    const url = new URL(queueUrl);
    const body = JSON.stringify({ QueueUrl: queueUrl, Entries: entries });
    const request = new HttpRequest({
      method: 'POST',
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      path: '/',
      headers: {
        host: url.host,
        'content-type': 'application/x-amz-json-1.0',
        'content-length': String(Buffer.byteLength(body)),
        'x-amz-target': 'AmazonSQS.SendMessageBatch',
      },
      body,
    });
    let token = await retries.acquireInitialRetryToken('sqs');
    for (;;) {
      try {
        const result = await attempt(request);
        retries.recordSuccess(token);
        checkDigests(entries, result);
        return result;
      } catch (err) {
        const error = err as SdkError;
        const errorType = isThrottlingError(error) ? 'THROTTLING' : isTransientError(error) ? 'TRANSIENT' : undefined;
        if (!errorType) throw err;
        try {
          // Waits out the back-off itself (jittered exponential, 500 ms base for throttling), so
          // the loop retries at once: the returned token's getRetryDelay() is 0.
          token = await retries.refreshRetryTokenForRetry(token, { errorType });
        } catch {
          throw err; // attempts or retry capacity used up
        }
      }
    }
  };
}
