// Makes the emulator's object events look like what S3 puts on the SQS queue, so that local mode
// runs the Lambda's own handler on them. s3rver's records have the right shape but differ where it
// matters: keys are raw (S3 form-encodes them), and there is no notification prefix filter.

import { randomUUID } from 'node:crypto';
import type { S3Event, SQSEvent } from 'aws-lambda';
import { encodeEventKey } from '../keys.js';

/** The records S3 would deliver for a notification on ObjectCreated with this key prefix. */
export function toNotification(event: S3Event, inputPrefix: string): S3Event | undefined {
  const records = event.Records.filter(
    (r) => r.eventName.startsWith('ObjectCreated:') && r.s3.object.key.startsWith(inputPrefix),
  ).map((r) => ({ ...r, s3: { ...r.s3, object: { ...r.s3.object, key: encodeEventKey(r.s3.object.key) } } }));
  return records.length > 0 ? { Records: records } : undefined;
}

/** An SQS batch of one message carrying the notification, as the event source mapping sends it. */
export function toSqsEvent(notification: S3Event, receiveCount = 1): SQSEvent {
  const body = JSON.stringify(notification);
  const now = String(Date.now());
  return {
    Records: [
      {
        messageId: randomUUID(),
        receiptHandle: 'local',
        body,
        attributes: {
          ApproximateReceiveCount: String(receiveCount),
          SentTimestamp: now,
          SenderId: 'local',
          ApproximateFirstReceiveTimestamp: now,
        },
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:mtqa-local',
        awsRegion: 'us-east-1',
      },
    ],
  };
}
