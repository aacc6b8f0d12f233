// Turns the local S3 server's object events into what S3 puts on the SQS queue, so that local
// mode runs the Lambda's own handler on them. The server's records are shaped like S3's (keys
// form-encoded); what is left to do here is the notification's filter: object-created and
// object-removed events under the input prefix, as the stack configures them.

import { randomUUID } from 'node:crypto';
import type { S3Event, SQSEvent } from 'aws-lambda';
import { decodeEventKey } from '../keys.js';
import type { RecheckMessage } from '../sources.js';

/** The records S3 would deliver for a notification on ObjectCreated/ObjectRemoved with this key prefix. */
export function toNotification(event: S3Event, inputPrefix: string): S3Event | undefined {
  const records = event.Records.filter(
    (r) => /^Object(Created|Removed):/.test(r.eventName) && decodeEventKey(r.s3.object.key).startsWith(inputPrefix),
  );
  return records.length > 0 ? { Records: records } : undefined;
}

/** An SQS batch of one message carrying the notification (or a re-check message), as the event source mapping sends it. */
export function toSqsEvent(message: S3Event | RecheckMessage, receiveCount = 1): SQSEvent {
  const body = JSON.stringify(message);
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
