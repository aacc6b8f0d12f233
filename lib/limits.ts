// The input limit on its own, so that the pipeline's configuration (functions/config.ts) can read it
// without loading the checker: the Lambda loads the checker at its first check (functions/core.ts).
// The report's caps too, so that a rule can stop where the report will (engine.ts applies them).

/**
 * The largest input checked (50 MiB): a Lambda with the configured memory holds it with its text and
 * scans. Larger inputs get a "too-large" error report.
 */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/**
 * Worst-case inputs are output-bound (every token a finding). Past these caps the report says it
 * was truncated instead of growing without bound.
 */
export const MAX_FINDINGS = 10_000;
export const MAX_FINDINGS_PER_RULE_AND_LINE = 50;
