// The SQS side of the pipeline: S3 notifications arrive as SQS messages (one JSON S3 event per
// message body). Each message succeeds or fails on its own; failed ones are returned in
// batchItemFailures so that SQS redelivers only those, and after maxReceiveCount deliveries moves
// them to the dead-letter queue. Besides S3's events the queue carries mtqa's own re-check
// messages: a source's event puts one there for each translation that uses it (sources.ts).

import type { Context, S3Event, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { processRecord, type EventDeps, type Outcome } from './process.js';
import { recheckTranslation } from './recheck.js';
import { isRecheckMessage, type RecheckMessage, type Requeue } from './sources.js';
import type { SendMessageBatch } from './sqs-send.js';

/** SendMessageBatch takes at most 10 messages. */
const SQS_BATCH = 10;

/** Re-check messages onto the queue the function reads (its URL from the stack's QUEUE_URL), sent with `send` (sqs-send.ts). */
export function sqsRequeue(send: SendMessageBatch, queueUrl: string | undefined): Requeue {
  return async (messages: RecheckMessage[]) => {
    if (!queueUrl) throw new Error('QUEUE_URL is not set: translations of a changed source cannot be re-queued.');
    for (let i = 0; i < messages.length; i += SQS_BATCH) {
      const batch = messages.slice(i, i + SQS_BATCH);
      const sent = await send(queueUrl, batch.map((m, j) => ({ Id: String(j), MessageBody: JSON.stringify(m) })));
      // A failed entry fails the source's message, whose redelivery re-queues them all again (the
      // re-checks skip what is current).
      if (sent.Failed?.length) throw new Error(`SQS refused ${sent.Failed.length} re-check message(s): ${sent.Failed[0].Code} ${sent.Failed[0].Message ?? ''}`);
    }
  };
}

export interface HandlerDeps extends EventDeps {
  /** Called after each record; local mode uses it to print what happened. */
  onOutcome?: (outcome: Outcome) => void;
}

export type SqsHandler = (event: SQSEvent, context?: Pick<Context, 'awsRequestId'>) => Promise<SQSBatchResponse>;

/** S3 puts this message on the queue once, when the notification is configured. */
function isTestEvent(body: unknown): boolean {
  return (body as { Event?: unknown } | null)?.Event === 's3:TestEvent';
}

export function createSqsHandler(deps: HandlerDeps): SqsHandler {
  return async (event, context) => {
    const log = deps.log.child({ requestId: context?.awsRequestId });
    const response: SQSBatchResponse = { batchItemFailures: [] };
    // One message at a time: a batch may hold several large documents, and holding two of them
    // in memory at once is what would make the function need more memory, not faster.
    for (const message of event.Records) {
      const msgLog = log.child({ messageId: message.messageId, receiveCount: Number(message.attributes?.ApproximateReceiveCount) || undefined });
      try {
        const body: unknown = JSON.parse(message.body);
        if (isTestEvent(body)) {
          msgLog.info('ignoring the S3 test event');
          continue;
        }
        if (isRecheckMessage(body)) {
          deps.onOutcome?.(await recheckTranslation({ ...deps, log: msgLog }, body));
          continue;
        }
        const records = (body as Partial<S3Event> | null)?.Records;
        // Anything else is not ours to drop silently: fail it so that it ends up in the DLQ.
        if (!Array.isArray(records)) throw new Error('The message is not an S3 event notification.');
        for (const record of records) {
          const outcome = await processRecord({ ...deps, log: msgLog }, record);
          deps.onOutcome?.(outcome);
        }
      } catch (err) {
        msgLog.error('message failed; SQS will redeliver it, then move it to the DLQ', { error: err });
        response.batchItemFailures.push({ itemIdentifier: message.messageId });
      }
    }
    return response;
  };
}
