// Draws review pages of the seed and photographs them in headless Chromium for the README:
// docs/review-page.png (the seed as plain text, the note of one finding open, as a reader hovering
// it would see) and docs/review-page-xliff.png (the seed as an XLIFF file: the source beside the
// translation, inline codes as tokens, a finding's note open).
// Usage: npm run screenshot

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { checkBytes } from '../lib/check.js';
import { applyEdits, collectEdits } from '../lib/fix.js';
import { renderReportHtml } from '../lib/report/html.js';
import type { Report } from '../lib/types.js';
import { launchBrowser } from './chromium.js';
import { toXliff12 } from './render-formats-xml.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const seed = 'seeds/000_3bf6eb0c58bdff8a.txt';
const dir = mkdtempSync(path.join(tmpdir(), 'mtqa-screenshot-'));

/** Photographs the page of `report` (from the top, or from the document's heading), with the note of the finding `pick` chooses open. */
async function photograph(browser: Browser, name: string, bytes: Uint8Array, report: Report, pick: (r: Report) => Report['findings'][number] | undefined, from: 'top' | 'document') {
  const page = path.join(dir, `${name}.html`);
  writeFileSync(page, renderReportHtml(report, bytes));
  const tab = await browser.newPage({ viewport: { width: 1360, height: 1020 }, deviceScaleFactor: 1 });
  await tab.goto(pathToFileURL(page).href);
  if (from === 'document') await tab.locator('#doc').evaluate((d) => (d as unknown as { scrollIntoView(): void }).scrollIntoView());
  const shown = pick(report) ?? report.findings[0];
  // As if the pointer were on it (a real hover would first scroll the highlight's margin into view).
  if (shown) await tab.locator(`#f-${shown.id}`).dispatchEvent('mouseover');
  const out = path.join(root, `docs/${name}.png`);
  await tab.screenshot({ path: out });
  await tab.close();
  console.log(`wrote ${path.relative(root, out)} (${report.findings.length} findings)`);
}

const bytes = readFileSync(path.join(root, seed));
const report = checkBytes(bytes, { name: seed });
// The seed as a CAT tool would hand it over: a segment per paragraph, the repaired text as its source.
const text = bytes.toString('utf8');
const repaired = applyEdits(text, collectEdits(report.findings, true)).split('\n');
const paragraphs = text.split('\n').flatMap((target, i) => (target.trim() ? [{ target, source: repaired[i] }] : []));
const xliff = new TextEncoder().encode(toXliff12(paragraphs));
const xliffReport = checkBytes(xliff, { name: 'seed.xlf' });

const browser = await launchBrowser();
try {
  const fragment = (r: Report) => r.findings.find((f) => f.rule === 'stranded-fragment');
  await photograph(browser, 'review-page', bytes, report, fragment, 'top');
  await photograph(browser, 'review-page-xliff', xliff, xliffReport, fragment, 'document');
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
