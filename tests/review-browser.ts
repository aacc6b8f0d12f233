// Pages for the review-page tests in headless Chromium (scripts/chromium.ts). Pages are served
// from an intercepted origin, so the page's Content-Security-Policy applies as it would from a
// bucket, and any other request the page makes is recorded and refused.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM, launchBrowser } from '../scripts/chromium.js';

/**
 * One headless Chromium for the calling test file: launched before its tests, closed after them;
 * the returned function gives it to a test. A missing browser fails the file with what to install.
 */
export function sharedBrowser(): () => Browser {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium); .ci/run does`);
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

const ORIGIN = 'http://review.mtqa.test';

// The functions handed to page.evaluate run in the browser; the project compiles without DOM types.
declare const window: any;
declare const document: any;

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Every request but the page's own, refused. */
  requests: string[];
  /** Content-Security-Policy violations the page reported. */
  violations(): Promise<string[]>;
  /** Uncaught errors of the page's script. */
  errors: string[];
}

export async function openPage(browser: Browser, html: string, options: { javaScript?: boolean } = {}): Promise<OpenedPage> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? true, viewport: { width: 1280, height: 900 } });
  const requests: string[] = [];
  const url = `${ORIGIN}/report.html`;
  await context.route('**/*', (route) => {
    if (route.request().url() === url) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    requests.push(route.request().url());
    return route.abort();
  });
  context.on('request', (r) => {
    // Requests that bypass routing (none expected) still show up here.
    if (r.url() !== url && !requests.includes(r.url())) requests.push(r.url());
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Injected through the DevTools protocol, so the page's CSP does not stop it.
  await page.addInitScript(() => {
    const seen: string[] = [];
    window.__violations = seen;
    document.addEventListener('securitypolicyviolation', (e: { violatedDirective: string; blockedURI: string }) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  return {
    page,
    context,
    requests,
    errors,
    violations: () => page.evaluate((): string[] => window.__violations ?? []),
  };
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations (WCAG 2.x A and AA rules and best practices). */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const result: { violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> } = await window.axe.run(document, {
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.targets.join(', ')}`);
}

/** What the page shows of each finding: the text of its highlight pieces, in order of first appearance. */
export function highlights(page: Page): Promise<Array<{ i: number; text: string }>> {
  return page.evaluate(() => {
    const byIndex = new Map<number, string>();
    for (const m of document.querySelectorAll('mark.f') as Iterable<{ dataset: { i: string }; textContent: string | null }>) {
      const i = Number(m.dataset.i);
      byIndex.set(i, (byIndex.get(i) ?? '') + (m.textContent ?? ''));
    }
    return [...byIndex].map(([i, text]) => ({ i, text }));
  });
}
