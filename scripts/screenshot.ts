// Draws the seed's review page and photographs it in headless Chromium: docs/review-page.png,
// the picture in the README. The note of one finding is open, as a reader hovering it would see.
// Usage: npm run screenshot

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkBytes } from '../lib/check.js';
import { decode } from '../lib/decode.js';
import { renderReportHtml } from '../lib/report/html.js';
import { launchBrowser } from './chromium.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const seed = 'seeds/000_3bf6eb0c58bdff8a.txt';
const out = path.join(root, 'docs/review-page.png');

const bytes = readFileSync(path.join(root, seed));
const report = checkBytes(bytes, { name: seed });
const dir = mkdtempSync(path.join(tmpdir(), 'mtqa-screenshot-'));
const page = path.join(dir, 'seed.report.html');
writeFileSync(page, renderReportHtml(report, decode(bytes).text));

const browser = await launchBrowser();
try {
  const tab = await browser.newPage({ viewport: { width: 1360, height: 1020 }, deviceScaleFactor: 1 });
  await tab.goto(pathToFileURL(page).href);
  const shown = report.findings.find((f) => f.rule === 'stranded-fragment') ?? report.findings[0];
  // As if the pointer were on it (a real hover would first scroll the highlight's margin into view).
  if (shown) await tab.locator(`#f-${shown.id}`).dispatchEvent('mouseover');
  await tab.screenshot({ path: out });
  console.log(`wrote ${path.relative(root, out)} (${report.findings.length} findings)`);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
