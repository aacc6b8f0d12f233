// How fast the review page opens in headless Chromium (the goal: a 10 MB file with 10,000
// findings in under 2 s) and how big it is, for plain text and for an XLIFF file drawn unit by unit. Pages are opened from disk in fresh tabs; times are
// the page's own navigation timings (first contentful paint; DOMContentLoaded, by when the whole
// page is parsed and its script has run). Numbers from a busy machine are noisy: run it when it is idle, and say when it was not.
// Usage: npm run bench:review-page [runs=5]

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkText } from '../lib/check.js';
import { renderReportHtml } from '../lib/report/html.js';
import { launchBrowser } from './chromium.js';
import { toXliff12 } from './render-formats-xml.js';

/** Runs in the page: its navigation timings. */
const TIMINGS = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  return { paint: paint ? paint.startTime : NaN, ready: nav.domContentLoadedEventEnd, load: nav.loadEventEnd };
})()`;

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const runs = Number(process.argv[2] ?? 5);
const MB = 1024 * 1024;
const seed = readFileSync(path.join(root, 'seeds/000_3bf6eb0c58bdff8a.txt'), 'utf8');

function cleanProse(bytes: number): string {
  let out = '';
  for (let i = 1; out.length < bytes; i++) {
    out += `Paragraph ${i} describes how the committee reviewed item ${i * 7} of the budget. Its members agreed on ${i % 13} changes and asked for a report by week ${i % 52}.\n`;
  }
  return out;
}

/** The seed as an XLIFF file of about `bytes`: its paragraphs repeated, a segment each, the target as its own source. */
function seedXliff(bytes: number): string {
  const paragraphs = seed.split('\n').flatMap((p) => (p.trim() ? [{ target: p, source: p }] : []));
  const size = toXliff12(paragraphs).length;
  return toXliff12(Array.from({ length: Math.ceil(bytes / size) }, () => paragraphs).flat());
}

/** [what, content, file name (its extension picks the reader)] */
const cases: Array<[string, string, string]> = [
  ['seed (3 KB, 8 findings)', seed, 'bench.txt'],
  ['10 MB, findings capped at 10,000 (the seed repeated)', seed.repeat(Math.ceil((10 * MB) / seed.length)), 'bench.txt'],
  ['10 MB clean prose', cleanProse(10 * MB), 'bench.txt'],
  ['10 MB XLIFF, findings capped at 10,000 (the seed repeated, source beside each segment)', seedXliff(10 * MB), 'bench.xlf'],
];

/**
 * CPU seconds used so far by this script's child processes (Chromium, which Playwright starts) and
 * theirs (Linux /proc; NaN elsewhere). Wall time on a shared machine measures the other tenants
 * too; CPU time is what the page costs.
 */
function chromiumCpuSeconds(): number {
  const root = process.pid;
  if (!existsSync('/proc/self/stat')) return NaN;
  const tick = 100; // USER_HZ on Linux
  const stats = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((d) => {
      try {
        const fields = readFileSync(`/proc/${d}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
        return { pid: Number(d), ppid: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / tick };
      } catch {
        return undefined; // gone since the listing
      }
    })
    .filter((x) => x !== undefined);
  const inTree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of stats) if (!inTree.has(p.pid) && inTree.has(p.ppid)) grew = inTree.add(p.pid).size > 0;
  }
  return stats.filter((p) => p.pid !== root && inTree.has(p.pid)).reduce((sum, p) => sum + p.cpu, 0);
}

const dir = mkdtempSync(path.join(tmpdir(), 'mtqa-review-bench-'));
const browser = await launchBrowser();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${Math.round(x)} ms`;
const spread = (xs: number[]) => `${ms(median(xs))} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))})`;
try {
  for (const [name, text, fileName] of cases) {
    const report = checkText(text, { name: fileName });
    const t0 = performance.now();
    const html = renderReportHtml(report, text);
    const renderMs = performance.now() - t0;
    const file = path.join(dir, 'page.html');
    writeFileSync(file, html);
    const timings: Array<{ paint: number; ready: number; load: number }> = [];
    const cpu: number[] = [];
    for (let r = 0; r < runs; r++) {
      const tab = await browser.newPage({ viewport: { width: 1360, height: 1020 } });
      const before = chromiumCpuSeconds();
      await tab.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      // A function, not a string: the page's CSP forbids eval.
      await tab.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 10_000 });
      cpu.push((chromiumCpuSeconds() - before) * 1000);
      timings.push(await tab.evaluate<{ paint: number; ready: number; load: number }>(TIMINGS));
      await tab.close();
    }
    console.log(
      `${name}: ${report.findings.length} findings, page ${(Buffer.byteLength(html) / MB).toFixed(2)} MB, rendered in ${ms(renderMs)}; ` +
        `median (min–max) of ${runs} opens: first paint ${spread(timings.map((t) => t.paint))}, ` +
        `ready (DOMContentLoaded, script run) ${spread(timings.map((t) => t.ready))}, Chromium CPU time to open ${spread(cpu)}`,
    );
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
