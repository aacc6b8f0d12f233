// The HTML review page of a report: one self-contained file (no requests, no external fonts or
// scripts) that reads without JavaScript. Document text only ever reaches the page through
// esc()/textHtml(), and a Content-Security-Policy allows exactly the page's own style and script
// (by hash) and nothing else, so even a missed escape could not run a script or load anything.

import { createHash } from 'node:crypto';
import type { Report } from '../types.js';
import { documentHtml, findingAnchors } from './document.js';
import { esc } from './escape.js';
import { filtersHtml, listHtml } from './list.js';
import { formatCount } from './numbers.js';
import { SCRIPT } from './script.js';
import { STYLE } from './style.js';
import { summaryHtml } from './summary.js';
import { buildView, type ReviewView, type ViewOptions } from './view.js';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/** Everything is denied but the inline style and script above, by hash. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${hash(STYLE)}`,
  `script-src ${hash(SCRIPT)}`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The review page of `report`. `file` is the input it was made from: its decoded text (whose
 * UTF-16 offsets plain-text findings index) or its bytes (a Word file can only be drawn from its
 * bytes). Files of other formats are read again with the report's reader and drawn unit by unit.
 * Without the file, or if it does not match the report, each finding is shown in its excerpt.
 */
export function renderReportHtml(report: Report, file?: string | Uint8Array, options?: ViewOptions): string {
  return renderView(buildView(report, file, options));
}

export function renderView(view: ReviewView): string {
  const { report } = view;
  const name = report.source.name;
  const base = name.split(/[\\/]/).pop() || name;
  const anchors = findingAnchors(report.findings);
  const body =
    report.status === 'error'
      ? errorHtml(report)
      : `${summaryHtml(report)}
<div class="cols">
<section class="card doc" id="doc" aria-labelledby="h-doc"${view.lang ? ` lang="${esc(view.lang)}"` : ''}>
<h2 id="h-doc" lang="en">Document</h2>
${view.notice ? `<p class="notice" lang="en">${esc(view.notice)}</p>` : ''}${documentHtml(view, anchors)}
</section>
<aside class="card panel" aria-labelledby="h-list">
<h2 id="h-list">Findings <span class="count">${formatCount(report.findings.length)}</span></h2>
${filtersHtml(report)}
<div class="list">${listHtml(view, anchors)}</div>
</aside>
</div>`;
  const facts = view.facts
    .map(({ term, value }) => `<div><dt>${esc(term)}</dt><dd${term === 'SHA-256' ? ' class="hash"' : ''}>${esc(value)}</dd></div>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="mtqa ${esc(report.tool.version)}">
<title>${esc(base)} · mtqa review</title>
<style>${STYLE}</style>
<script>${SCRIPT}</script>
</head>
<body>
<a class="skip" href="${report.status === 'error' ? '#main' : '#doc'}">Skip to the document</a>
<header class="top"><div class="wrap">
<p class="brand">mtqa · translation quality review</p>
<h1>${esc(base)}</h1>
<dl class="facts">${name !== base ? `<div><dt>Path</dt><dd>${esc(name)}</dd></div>` : ''}${facts}</dl>
</div></header>
<main class="wrap" id="main">
${body}
</main>
<footer>Checked by mtqa ${esc(report.tool.version)} · report schema ${esc(report.schemaVersion)} · positions are line and column in the checked text</footer>
<div id="pop" role="tooltip" hidden></div>
</body>
</html>
`;
}

function errorHtml(report: Report): string {
  const error = report.error ?? { code: 'internal', message: 'The report has no error details.' };
  return `<section class="card error" aria-labelledby="h-error">
<h2 id="h-error">This file could not be checked</h2>
<p>${esc(error.message)}</p>
<p>Error code: <code>${esc(error.code)}</code></p>
</section>`;
}
