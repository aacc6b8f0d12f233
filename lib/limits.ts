// The input limit on its own, so that the pipeline's configuration (functions/config.ts) can read it
// without loading the checker: the Lambda loads the checker at its first check (functions/core.ts).

/**
 * The largest input checked (50 MiB): a Lambda with the configured memory holds it with its text and
 * scans. Larger inputs get a "too-large" error report.
 */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
