// Pages of files read into units, in headless Chromium: an XLIFF file (source beside each segment,
// inline codes as tokens, a source span marked) and a subtitle file (a finding over two cues).
// The highlights match the findings in count, text and order, the two sides sit side by side,
// nothing is requested, and axe-core finds no serious problem.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../lib/report/html.js';
import { highlights, openPage, seriousAxeViolations, sharedBrowser, type OpenedPage } from './review-browser.js';
import { bytesOf, check, expectedMarks, reread, SRT, XLIFF } from './review-units-fixtures.js';

declare const document: any;
declare const getComputedStyle: any;

const browser = sharedBrowser();

async function expectCleanLoad(opened: OpenedPage): Promise<void> {
  expect(opened.requests).toEqual([]);
  expect(await opened.violations()).toEqual([]);
  expect(opened.errors).toEqual([]);
}

describe('an XLIFF file, segment by segment beside its source', () => {
  const report = check(XLIFF, 'release.xlf');
  // A bilingual finding's source span, as the bilingual checks report it (offsets into the file).
  const at = XLIFF.indexOf('5 %<ept');
  report.findings[1].sourceSpan = { start: at, end: at + 3, line: 1, column: 1, text: '5 %' };
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(browser(), renderReportHtml(report, bytesOf(XLIFF)));
  });
  afterAll(() => opened.context.close());

  it('highlights each finding in the checked text, in document order, with nothing loaded or blocked', async () => {
    expect(report.findings.length).toBe(3);
    expect(await highlights(opened.page)).toEqual(expectedMarks(report, reread(report, XLIFF)));
    expect(await opened.page.locator('mark.f[id]').count()).toBe(3);
    // The source span: marked in the source column, not counted as a finding of its own.
    expect(await opened.page.$$eval('.src mark.sf', (ms) => ms.map((m) => [(m as any).dataset.i, m.textContent]))).toContainEqual(['1', '5 %']);
    expect(await opened.page.locator('.tx mark.sf, .src mark.f').count()).toBe(0);
    await expectCleanLoad(opened);
  });

  it('sets source and translation side by side, a row per segment, with the segment’s address', async () => {
    const rows = await opened.page.$$eval('.ln.u', (els) =>
      els.map((el) => {
        const src = el.querySelector('.src')!.getBoundingClientRect();
        const tx = el.querySelector('.tx')!.getBoundingClientRect();
        return { beside: src.right <= tx.left && Math.abs(src.top - tx.top) < 2, id: el.querySelector('.n')!.textContent, caption: el.querySelector('.ua')?.textContent ?? '' };
      }),
    );
    expect(rows).toEqual([
      { beside: true, id: 'title', caption: 'page.title · in press/release.html · translated' },
      { beside: true, id: 'p1', caption: 'segment 1 · needs-review-translation' },
      { beside: true, id: 'p2', caption: 'signed-off, approved' },
      { beside: true, id: 'p3', caption: '' },
    ]);
    expect(await opened.page.locator('.ln.head').textContent()).toBe('SourceTranslation');
    // On a phone the source stands above its translation.
    await opened.page.setViewportSize({ width: 420, height: 900 });
    try {
      const stacked = await opened.page.$$eval('.ln.u', (els) =>
        els.map((el) => el.querySelector('.src')!.getBoundingClientRect().bottom <= el.querySelector('.tx')!.getBoundingClientRect().top),
      );
      expect(stacked).toEqual([true, true, true, true]);
    } finally {
      await opened.page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('shows inline codes as tokens that read as the code and keep the text intact', async () => {
    const tokens = await opened.page.$$eval('.tx .ic', (els) => els.map((e) => getComputedStyle(e, '::before').content));
    expect(tokens).toEqual(['"{1>"', '"<1}"', '"{2}"', '"{3>"', '"<3}"']);
    expect(await opened.page.locator('.tx').nth(2).textContent()).toBe('Click \uFFFC to continue. the price rises by 5%.');
  });

  it('shows a source span’s note on hover, like its finding, and lights it up with its finding', async () => {
    const { page } = opened;
    await page.locator('.src mark.sf[data-i="1"]').hover();
    await expect.poll(() => page.locator('#pop').isVisible()).toBe(true);
    expect(await page.locator('#pop .msg').textContent()).toBe(report.findings[1].message);
    await page.locator(`#f-${report.findings[1].id}`).focus();
    expect(await page.locator('.src mark.sf[data-i="1"].cur').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    expect(await page.locator('mark.cur').count()).toBe(0);
  });

  it('has no serious or critical accessibility violation', async () => {
    expect(await seriousAxeViolations(opened.page)).toEqual([]);
  });
});

describe('a subtitle file with a sentence broken across two cues', () => {
  const report = check(SRT, 'talks.srt');
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(browser(), renderReportHtml(report, bytesOf(SRT)));
  });
  afterAll(() => opened.context.close());

  it('draws the finding across both cues and every finding in order', async () => {
    expect(await highlights(opened.page)).toEqual(expectedMarks(report, reread(report, SRT)));
    const across = report.findings.findIndex((f) => f.unit?.endId !== undefined);
    const cues = await opened.page.$$eval(`mark.f[data-i="${across}"]`, (ms) => ms.map((m) => m.closest('.ln')!.querySelector('.n')!.textContent));
    expect(cues).toEqual(['1', '2']);
    expect(await opened.page.$$eval('.ln.u .n', (ns) => ns.map((n) => n.textContent))).toEqual(['1', '2', '3', '4']);
    await expectCleanLoad(opened);
  });

  it('moves from finding to finding with n', async () => {
    await opened.page.locator('h1').click();
    await opened.page.keyboard.press('n');
    await opened.page.keyboard.press('n');
    const second = expectedMarks(report, reread(report, SRT))[1].i;
    expect(await opened.page.evaluate(() => document.activeElement.dataset.i)).toBe(String(second));
  });

  it('has no serious or critical accessibility violation', async () => {
    expect(await seriousAxeViolations(opened.page)).toEqual([]);
  });

  it('reads without JavaScript', async () => {
    const off = await openPage(browser(), renderReportHtml(report, bytesOf(SRT)), { javaScript: false });
    try {
      expect(await highlights(off.page)).toEqual(expectedMarks(report, reread(report, SRT)));
      expect(off.requests).toEqual([]);
    } finally {
      await off.context.close();
    }
  });
});
