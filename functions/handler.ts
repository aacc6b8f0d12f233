// Lambda entry point (bundled by the CDK stack): S3 → SQS → this function. Everything is built
// once per execution environment, outside the handler, so warm invocations reuse the S3 client's
// connections.

import { configFromEnv } from './config.js';
import { createLogger } from './log.js';
import { createS3Client } from './s3.js';
import { createSqsHandler } from './sqs.js';

export const handler = createSqsHandler({
  s3: createS3Client(),
  config: configFromEnv(),
  log: createLogger({ level: process.env.LOG_LEVEL, fields: { service: 'mtqa' } }),
});
