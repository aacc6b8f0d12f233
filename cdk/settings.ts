// Deployment settings from CDK context (cdk.json, or `-c key=value` on the command line), checked
// with the same rules the function applies to its environment.

import type { Node } from 'constructs';
import { DEFAULT_INPUT_PREFIX, DEFAULT_RECHECK_PREFIX, DEFAULT_REPORT_PREFIX, parseMaxBytes, validatePrefixes } from '../functions/config.js';

export interface Settings {
  /** Use this existing bucket instead of creating one. */
  bucketName?: string;
  inputPrefix: string;
  reportPrefix: string;
  maxBytes: number;
  /** An SNS topic to notify when messages reach the dead-letter queue. */
  alarmTopicArn?: string;
  /** Where bulk re-check runs write their result files and summaries. */
  recheckPrefix: string;
  /** Batches a bulk re-check runs at once (concurrent Lambda invocations). */
  recheckConcurrency: number;
  /** Write the HTML review page beside each JSON report (on unless `mtqa:htmlReports=false`). */
  htmlReports: boolean;
}

function text(node: Node, key: string): string | undefined {
  const value: unknown = node.tryGetContext(key);
  return value === undefined || value === null || value === '' ? undefined : String(value);
}

function htmlReports(value: string | undefined): boolean {
  if (value === undefined || value === 'true') return true;
  if (value === 'false') return false;
  throw new Error(`mtqa:htmlReports must be true or false, not "${value}".`);
}

export function readSettings(node: Node): Settings {
  const inputPrefix = text(node, 'mtqa:inputPrefix') ?? DEFAULT_INPUT_PREFIX;
  const reportPrefix = text(node, 'mtqa:reportPrefix') ?? DEFAULT_REPORT_PREFIX;
  validatePrefixes(inputPrefix, reportPrefix);
  // Run results must not land among inputs (they would be checked) or reports.
  const recheckPrefix = text(node, 'mtqa:recheckPrefix') ?? DEFAULT_RECHECK_PREFIX;
  for (const [name, other] of [['input', inputPrefix], ['report', reportPrefix]]) {
    if (recheckPrefix.startsWith(other) || other.startsWith(recheckPrefix)) {
      throw new Error(`mtqa:recheckPrefix "${recheckPrefix}" and the ${name} prefix "${other}" must not contain each other.`);
    }
  }
  const concurrency = Number(text(node, 'mtqa:recheckConcurrency') ?? 10);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 1000) {
    throw new Error(`mtqa:recheckConcurrency must be an integer from 1 to 1000, not "${text(node, 'mtqa:recheckConcurrency')}".`);
  }
  return {
    bucketName: text(node, 'mtqa:bucketName'),
    inputPrefix,
    reportPrefix,
    maxBytes: parseMaxBytes(text(node, 'mtqa:maxBytes')),
    alarmTopicArn: text(node, 'mtqa:alarmTopicArn'),
    recheckPrefix,
    recheckConcurrency: concurrency,
    htmlReports: htmlReports(text(node, 'mtqa:htmlReports')),
  };
}
