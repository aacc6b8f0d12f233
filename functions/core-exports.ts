// What functions/core.ts loads on demand: the core's entry points the pipeline calls.
export { checkBytes, errorReport } from '../lib/check.js';
export { renderReportHtml } from '../lib/report/html.js';
