// Pipeline settings, read once per Lambda instance from the environment (set by the CDK stack) and
// shared with the CDK app and local mode so that all three agree on prefixes and limits.

import { MAX_INPUT_BYTES } from '../lib/limits.js';

export interface PipelineConfig {
  /** Objects under this prefix are checked, e.g. "incoming/". */
  inputPrefix: string;
  /** Reports are written under this prefix, e.g. "reports/"; nothing under it is ever checked. */
  reportPrefix: string;
  /** Objects larger than this get a "too-large" error report without being downloaded. */
  maxBytes: number;
  /** Write the HTML review page (`<path>.report.html`) beside each JSON report. */
  htmlReports: boolean;
}

export const DEFAULT_INPUT_PREFIX = 'incoming/';
export const DEFAULT_REPORT_PREFIX = 'reports/';
/** Where bulk re-check runs keep their result files and summaries. */
export const DEFAULT_RECHECK_PREFIX = 'recheck-runs/';
/** The core's input limit is the pipeline's default: one constant, defined in lib/limits.ts. */
export { MAX_INPUT_BYTES as DEFAULT_MAX_BYTES } from '../lib/limits.js';

/**
 * Throws unless the prefixes are non-empty and neither contains the other. Nested prefixes would
 * either skip every input (input inside the report prefix) or feed every report back in as a
 * new event (reports inside the input prefix): the handler would survive the latter, but each
 * report would cost an extra invocation, so it is refused here rather than tolerated.
 */
export function validatePrefixes(inputPrefix: string, reportPrefix: string): void {
  if (inputPrefix === '' || reportPrefix === '') {
    throw new Error('The input and report prefixes must not be empty.');
  }
  if (inputPrefix.startsWith(reportPrefix) || reportPrefix.startsWith(inputPrefix)) {
    throw new Error(
      `The input prefix "${inputPrefix}" and the report prefix "${reportPrefix}" must not contain each other.`,
    );
  }
}

export function parseMaxBytes(value: string | number | undefined): number {
  if (value === undefined || value === '') return MAX_INPUT_BYTES;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`MAX_BYTES must be a positive integer, not "${value}".`);
  return n;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): PipelineConfig {
  const inputPrefix = env.INPUT_PREFIX ?? DEFAULT_INPUT_PREFIX;
  const reportPrefix = env.REPORT_PREFIX ?? DEFAULT_REPORT_PREFIX;
  validatePrefixes(inputPrefix, reportPrefix);
  return { inputPrefix, reportPrefix, maxBytes: parseMaxBytes(env.MAX_BYTES), htmlReports: env.HTML_REPORTS !== 'false' };
}
