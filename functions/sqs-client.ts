// The SQS client's parts the functions use, imported dynamically (handler.ts, sqs.ts) through this
// module so that the bundle's chunk for them keeps only these and not the whole client package.
export { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
