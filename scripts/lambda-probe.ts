// What scripts/lambda-size.ts bundles to time a cold start's first check: the checker's entry with
// the loader of the core it checks with (functions/core.ts) beside it, bundled like the deployed function.
export { handler } from '../functions/handler.js';
export { loadCore } from '../functions/core.js';
