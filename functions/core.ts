// The checker core as the pipeline uses it (checking, error reports, the review page), loaded by the
// first invocation that writes a report rather than at start-up. In the Lambda bundle esbuild keeps
// the code of a dynamically imported module but runs its top level (the catalogue's tables, the
// language registry, the rules and formats) only when it is first imported: a cold start does not
// wait for it, and events that check nothing (removals, stale or repeated deliveries, a source's
// re-queue, the S3 test event) never pay for it.

import type * as Core from './core-exports.js';

export type CheckerCore = typeof Core;

let core: Promise<CheckerCore> | undefined;

export function loadCore(): Promise<CheckerCore> {
  return (core ??= import('./core-exports.js'));
}
