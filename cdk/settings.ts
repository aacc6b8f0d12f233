// Deployment settings from CDK context (cdk.json, or `-c key=value` on the command line), checked
// with the same rules the function applies to its environment.

import type { Node } from 'constructs';
import { parseMaxBytes, validatePrefixes } from '../functions/config.js';

export interface Settings {
  /** Use this existing bucket instead of creating one. */
  bucketName?: string;
  inputPrefix: string;
  reportPrefix: string;
  maxBytes: number;
  /** An SNS topic to notify when messages reach the dead-letter queue. */
  alarmTopicArn?: string;
}

function text(node: Node, key: string): string | undefined {
  const value: unknown = node.tryGetContext(key);
  return value === undefined || value === null || value === '' ? undefined : String(value);
}

export function readSettings(node: Node): Settings {
  const inputPrefix = text(node, 'mtqa:inputPrefix') ?? 'incoming/';
  const reportPrefix = text(node, 'mtqa:reportPrefix') ?? 'reports/';
  validatePrefixes(inputPrefix, reportPrefix);
  return {
    bucketName: text(node, 'mtqa:bucketName'),
    inputPrefix,
    reportPrefix,
    maxBytes: parseMaxBytes(text(node, 'mtqa:maxBytes')),
    alarmTopicArn: text(node, 'mtqa:alarmTopicArn'),
  };
}
