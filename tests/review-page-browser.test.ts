// The review page in a real browser (headless Chromium): highlights match the findings, filters
// and keyboard work, no script from the document runs, no request leaves the page, axe-core finds
// no serious accessibility problem. One browser for the file; pages are opened per test.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkText } from '../lib/check.js';
import { renderReportHtml } from '../lib/report/html.js';
import type { Report } from '../lib/types.js';
import { highlights, openPage, seriousAxeViolations, sharedBrowser, type OpenedPage } from './review-browser.js';
import { check, HOSTILE, HOSTILE_NAME, MULTI, multiReport, repeatTo, SEED } from './review-fixtures.js';

declare const window: any;
declare const document: any;
declare const getComputedStyle: any;

const browser = sharedBrowser();

/** Expected highlight text: the finding's text, without line breaks (each line is its own block). */
const flagged = (text: string, report: Report) => report.findings.map((f, i) => ({ i, text: text.slice(f.start, f.end).replace(/\r\n|\r|\n/g, '') }));

async function expectCleanLoad(opened: OpenedPage): Promise<void> {
  expect(opened.requests).toEqual([]);
  expect(await opened.violations()).toEqual([]);
  expect(opened.errors).toEqual([]);
}

describe('the seed’s page', () => {
  const report = check(SEED, 'seeds/000_3bf6eb0c58bdff8a.txt');
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(browser(), renderReportHtml(report, SEED));
  });
  afterAll(() => opened.context.close());

  it('highlights each finding in place, in report order, with nothing loaded or blocked', async () => {
    expect(report.findings).toHaveLength(8);
    expect(await highlights(opened.page)).toEqual(flagged(SEED, report));
    const firsts = await opened.page.$$eval('mark.f[id]', (ms) => ms.map((m) => Number((m as unknown as { dataset: { i: string } }).dataset.i)));
    expect(firsts).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(await opened.page.locator('li.item').count()).toBe(8);
    await expectCleanLoad(opened);
  });

  it('moves between findings with n and p and shows the note with its fix', async () => {
    const { page } = opened;
    await page.locator('h1').click();
    await page.keyboard.press('n');
    await page.keyboard.press('n');
    const second = report.findings[1];
    expect(await page.evaluate(() => document.activeElement.id)).toBe(`f-${second.id}`);
    await expect.poll(() => page.locator('#pop').isVisible()).toBe(true);
    expect(await page.locator('#pop .msg').textContent()).toBe(second.message);
    expect(await page.locator('#pop .fix').textContent()).toContain(second.fix!.description);
    await page.keyboard.press('p');
    expect(await page.evaluate(() => document.activeElement.id)).toBe(`f-${report.findings[0].id}`);
    expect(await page.locator('#pop del').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    expect(await page.locator('#pop').isHidden()).toBe(true);
    // A list entry's link leads to its highlight and focuses it.
    await page.locator(`li#n-${report.findings[5].id} a.loc`).click();
    expect(await page.evaluate(() => document.activeElement.id)).toBe(`f-${report.findings[5].id}`);
  });

  it('has no serious or critical accessibility violation', async () => {
    expect(await seriousAxeViolations(opened.page)).toEqual([]);
  });

  it('reads without JavaScript: no filters, highlights described on focus', async () => {
    const off = await openPage(browser(), renderReportHtml(report, SEED), { javaScript: false });
    try {
      expect(await off.page.locator('#filters').isHidden()).toBe(true);
      expect(await highlights(off.page)).toEqual(flagged(SEED, report));
      await off.page.focus(`#f-${report.findings[0].id}`);
      const tip = await off.page.$eval(`#f-${report.findings[0].id}`, (m) => getComputedStyle(m as never, '::after').content);
      expect(tip).toContain(report.findings[0].message);
      expect(off.requests).toEqual([]);
    } finally {
      await off.context.close();
    }
  });
});

describe('a file with findings of every category, overlapping, nested and empty', () => {
  const report = multiReport();
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(browser(), renderReportHtml(report, MULTI));
  });
  afterAll(() => opened.context.close());

  it('highlights every finding with its own text, in report order', async () => {
    expect(new Set(report.findings.map((f) => f.category)).size).toBe(5);
    expect(await highlights(opened.page)).toEqual(flagged(MULTI, report));
    const empty = report.findings.findIndex((f) => f.start === f.end);
    expect(await opened.page.locator(`mark.z[data-i="${empty}"]`).count()).toBe(1);
    await expectCleanLoad(opened);
  });

  it('filters by category, severity and rule', async () => {
    const { page } = opened;
    const shownItems = () => page.locator('li.item:visible').count();
    const litMarks = () => page.$$eval('mark.f[id]:not(.off)', (ms) => ms.length);
    const count = (pick: (f: Report['findings'][number]) => boolean) => report.findings.filter(pick).length;
    expect(await shownItems()).toBe(report.findings.length);

    await page.getByRole('checkbox', { name: /Segmentation/ }).uncheck();
    expect(await shownItems()).toBe(count((f) => f.category !== 'segmentation'));
    expect(await litMarks()).toBe(count((f) => f.category !== 'segmentation'));
    expect(await page.locator('#shown').textContent()).toBe(`Showing ${count((f) => f.category !== 'segmentation')} of ${report.findings.length}`);

    await page.getByRole('checkbox', { name: /Error/ }).uncheck();
    const neither = (f: Report['findings'][number]) => f.category !== 'segmentation' && f.severity !== 'error';
    expect(await litMarks()).toBe(count(neither));

    await page.locator('#filters summary').click();
    await page.getByRole('checkbox', { name: /doubled-word/ }).uncheck();
    expect(await litMarks()).toBe(count((f) => neither(f) && f.rule !== 'doubled-word'));
    // Keyboard navigation skips what the filters hide.
    await page.locator('h1').click();
    await page.keyboard.press('n');
    const first = report.findings.findIndex((f) => neither(f) && f.rule !== 'doubled-word');
    expect(await page.evaluate(() => document.activeElement.dataset.i)).toBe(String(first));

    const unchecked = page.locator('#filters input:not(:checked)');
    expect(await unchecked.count()).toBe(3);
    await unchecked.first().check();
    expect(await litMarks()).toBe(count((f) => f.severity !== 'error' && f.rule !== 'doubled-word'));
    // Left with one box unchecked: the accessibility check below sees the filters in use.
  });

  it('has no serious or critical accessibility violation', async () => {
    expect(await seriousAxeViolations(opened.page)).toEqual([]);
  });
});

describe('a translation beside its line-aligned source', () => {
  it('highlights the translation and passes axe-core', async () => {
    const source = 'Die Seiten werden zusammenarbeiten.\nSie haben sich im Energiebereich geeinigt.\n';
    const text = 'The sides will cooperate.\nThey agreed. in the field of energy.\n';
    const report = checkText(text, { name: 'tgt.txt', sourceDocument: { bytes: new TextEncoder().encode(source), name: 'src.txt' } });
    const opened = await openPage(browser(), renderReportHtml(report, text, { sourceText: source }));
    try {
      expect(await opened.page.$$eval('.src', (els) => els.map((e) => e.textContent))).toEqual(source.trimEnd().split('\n'));
      expect(await highlights(opened.page)).toEqual(flagged(text, report));
      expect(await seriousAxeViolations(opened.page)).toEqual([]);
      await expectCleanLoad(opened);
    } finally {
      await opened.context.close();
    }
  });
});

describe('a hostile document', () => {
  const report = check(HOSTILE, HOSTILE_NAME);
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(browser(), renderReportHtml(report, HOSTILE));
  });
  afterAll(() => opened.context.close());

  it('shows markup, script and links as text and runs none of it', async () => {
    const { page } = opened;
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('style').count()).toBe(1);
    expect(await page.locator('img, iframe, link, a[href^="javascript"], textarea, meta[http-equiv="refresh"]').count()).toBe(0);
    expect(await page.locator('svg').count()).toBe(1); // the chart
    expect(await page.title()).toBe(`${HOSTILE_NAME.split('/').pop()} · mtqa review`);
    expect(await page.locator('h1').textContent()).toBe(HOSTILE_NAME.split('/').pop());
    // Every line of the document, character for character.
    const lines = await page.$$eval('.ln:not(.e) .tx', (els) => els.map((e) => e.textContent));
    expect(lines).toEqual(HOSTILE.split('\n').filter((l) => l !== ''));
    expect(await highlights(page)).toEqual(flagged(HOSTILE, report));
    await expectCleanLoad(opened);
  });

  it('shows invisible and reordering characters as labelled boxes', async () => {
    const labels = await opened.page.$$eval('.cc', (els) => els.map((e) => (e as unknown as { dataset: { cp: string } }).dataset.cp));
    expect(labels).toEqual(['U+202E', 'U+202C', 'U+200B', 'U+0007']);
  });

  it('has no serious or critical accessibility violation', async () => {
    expect(await seriousAxeViolations(opened.page)).toEqual([]);
  });
});

describe('a 10 MB document with 10,000 findings', () => {
  it('opens with every finding highlighted in order', async () => {
    const text = repeatTo(SEED, 10 * 1024 * 1024);
    const report = check(text, 'big.txt');
    expect(report.findings).toHaveLength(10_000);
    const opened = await openPage(browser(), renderReportHtml(report, text));
    try {
      const shown = await highlights(opened.page);
      expect(shown.map((h) => h.i)).toEqual(report.findings.map((_, i) => i));
      expect(shown).toEqual(flagged(text, report));
      await expectCleanLoad(opened);
    } finally {
      await opened.context.close();
    }
  });
});
