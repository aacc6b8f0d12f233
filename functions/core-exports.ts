// What functions/core.ts loads on demand: the core's entry points the pipeline calls.
import { compileRegExpsAtFirstUse } from '../lib/regexp-first-use.js';

export { checkBytes, errorReport } from '../lib/check.js';
export { renderReportHtml } from '../lib/report/html.js';

// Once the core (and the built-in modules it imports) is loaded: see lib/regexp-first-use.ts.
compileRegExpsAtFirstUse();
