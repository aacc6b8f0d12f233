// Lambda entry point (bundled by the CDK stack): S3 → SQS → this function. Everything is built
// once per execution environment, outside the handler, so warm invocations reuse the clients'
// connections. QUEUE_URL is the queue this function reads: a source's event puts re-check
// messages for its translations there, sent with the S3 client's credentials and connections
// (sqs-send.ts).

import { configFromEnv } from './config.js';
import { createLogger } from './log.js';
import { createS3Client } from './s3.js';
import { sqsSender } from './sqs-send.js';
import { createSqsHandler, sqsRequeue } from './sqs.js';

const s3 = createS3Client();

export const handler = createSqsHandler({
  s3,
  config: configFromEnv(),
  log: createLogger({ level: process.env.LOG_LEVEL, fields: { service: 'mtqa' } }),
  requeue: sqsRequeue(sqsSender(s3), process.env.QUEUE_URL),
});
