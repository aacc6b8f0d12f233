// Lambda entry point (bundled by the CDK stack): S3 → SQS → this function. Everything is built
// once per execution environment, outside the handler, so warm invocations reuse the clients'
// connections. QUEUE_URL is the queue this function reads: a source's event puts re-check
// messages for its translations there.

import { configFromEnv } from './config.js';
import { createLogger } from './log.js';
import { createS3Client, S3_RETRY } from './s3.js';
import { createSqsHandler, sqsRequeue } from './sqs.js';
import type { Requeue } from './sources.js';

/**
 * The SQS client is loaded and made at the first re-queue (then kept, like the S3 client): only a
 * source document's event sends messages, so most environments never need it. In the bundle it is
 * a chunk of its own (cdk/bundling.ts), which a cold start does not read.
 */
let requeue: Promise<Requeue> | undefined;
const requeueLazily: Requeue = async (messages) => {
  requeue ??= import('./sqs-client.js').then(({ SQSClient }) => sqsRequeue(new SQSClient(S3_RETRY), process.env.QUEUE_URL));
  return (await requeue)(messages);
};

export const handler = createSqsHandler({
  s3: createS3Client(),
  config: configFromEnv(),
  log: createLogger({ level: process.env.LOG_LEVEL, fields: { service: 'mtqa' } }),
  requeue: requeueLazily,
});
