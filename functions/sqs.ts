// The SQS side of the pipeline: S3 notifications arrive as SQS messages (one JSON S3 event per
// message body). Each message succeeds or fails on its own; failed ones are returned in
// batchItemFailures so that SQS redelivers only those, and after maxReceiveCount deliveries moves
// them to the dead-letter queue.

import type { Context, S3Event, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { processRecord, type Outcome, type PipelineDeps } from './process.js';

export interface HandlerDeps extends PipelineDeps {
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
