// The checker core as the pipeline uses it (checking, error reports, the review page), loaded by the
// first invocation that writes a report rather than at start-up. In the Lambda bundle it is a chunk
// of its own (cdk/bundling.ts), read, parsed and run (the catalogue's tables, the language registry,
// the rules and formats) when first imported: a cold start does not wait for it, and events that
// check nothing (removals, stale or repeated deliveries, a source's re-queue, the S3 test event)
// never pay for it.

import type * as Core from './core-exports.js';

export type CheckerCore = typeof Core;

let core: Promise<CheckerCore> | undefined;

export function loadCore(): Promise<CheckerCore> {
  return (core ??= import('./core-exports.js'));
}
