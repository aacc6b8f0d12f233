// The review page without a browser: the view model (folding, long lines, excerpts), escaping,
// the Content-Security-Policy, page size, and the CLI's --format html and render.
// tests/review-page-browser.test.ts opens the pages in Chromium.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText } from '../lib/check.js';
import { esc } from '../lib/report/escape.js';
import { previewFix } from '../lib/report/fix-preview.js';
import { CONTENT_SECURITY_POLICY, renderReportHtml, renderView } from '../lib/report/html.js';
import { buildView, type ViewBlock, type ViewFold, type ViewText } from '../lib/report/view.js';
import type { Report } from '../lib/types.js';
import { check, cleanProse, finding, HOSTILE, HOSTILE_NAME, MULTI, MULTI_ADDED, multiReport, SEED } from './review-fixtures.js';
import { XLIFF } from './review-units-fixtures.js';
import { runCli, scratchFiles } from './cli-harness.js';

const blocks = (report: Report, text?: string) => buildView(report, text).blocks;
const shownText = (b: ViewText) => b.pieces.map((p) => ('text' in p ? p.text : '')).join('');
const shownLength = (b: ViewBlock) => b.pieces.reduce((n, p) => n + ('text' in p ? p.text.length : p.elided), 0);

describe('escaping', () => {
  it('escapes the five characters that can break out of text or a quoted attribute', () => {
    expect(esc(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('lets no markup from a hostile document or file name into the page', () => {
    const html = renderReportHtml(check(HOSTILE, HOSTILE_NAME), HOSTILE);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<style/g)).toHaveLength(1);
    expect(html.match(/<svg/g)).toHaveLength(1);
    expect(html).not.toMatch(/<(img|iframe|link|textarea|a href="javascript)/i);
    // No event handler or style attribute in any tag (attribute values, all quoted, set aside).
    const tags = html.match(/<[a-z][^>]*>/gi)!.map((t) => t.replace(/"[^"]*"/g, '""'));
    expect(tags.filter((t) => /\s(on\w+|style)=/i.test(t))).toEqual([]);
    expect(html).toContain('&lt;script&gt;window.__pwned');
  });
});

describe('Content-Security-Policy', () => {
  const html = renderReportHtml(check(SEED, 'seed.txt'), SEED);
  const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

  it('allows exactly the inline style and script, by hash, and nothing else', () => {
    const style = html.match(/<style>([\s\S]*?)<\/style>/)![1];
    const script = html.match(/<script>([\s\S]*?)<\/script>/)![1];
    expect(CONTENT_SECURITY_POLICY).toBe(`default-src 'none'; style-src ${sha(style)}; script-src ${sha(script)}; base-uri 'none'; form-action 'none'`);
    // The meta tag comes before the style and script it governs.
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<style>'));
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
  });

  it('makes no reference to anything outside the page', () => {
    expect(html).not.toMatch(/\s(src|srcset|action|poster|data)=|url\(|@import|https?:\/\//i);
  });
});

describe('view model', () => {
  it('folds long runs of lines without findings and keeps short ones', () => {
    const text = `Title\n\n${cleanProse(5_000)}The sides will expand cooperation. in the field of energy.\n${cleanProse(5_000)}`;
    const view = blocks(check(text, 'a.txt'), text);
    const kinds = view.map((b) => (b.kind === 'fold' ? `fold ${b.count}` : (b as ViewBlock).label));
    const lines = text.split('\n').length - 1; // the text ends with a line break
    const finding = text.split('\n').findIndex((l) => l.startsWith('The sides')) + 1;
    expect(kinds).toEqual([`fold ${finding - 1}`, String(finding), `fold ${lines - finding}`]);
    expect(view.filter((b): b is ViewFold => b.kind === 'fold').every((b) => !b.insideFinding)).toBe(true);
    // A short file is shown whole, title and blank lines included.
    expect(blocks(check(SEED, 's.txt'), SEED).map((b) => b.kind)).toEqual(Array(6).fill('block'));
  });

  it('keeps a 10 MB clean file to a small page that says what it folded', () => {
    const text = cleanProse(10 * 1024 * 1024);
    const report = check(text, 'clean.txt');
    expect(report.findings).toEqual([]);
    const html = renderReportHtml(report, text);
    expect(html.length).toBeLessThan(40_000);
    expect(html).toContain(`… ${(text.split('\n').length - 1).toLocaleString('en-US')} lines without findings …`);
    const oneLine = text.replace(/\n/g, ' ');
    expect(renderReportHtml(check(oneLine, 'line.txt'), oneLine).length).toBeLessThan(40_000);
  });

  it('shows a long line only around its findings, never splitting a surrogate pair', () => {
    const filler = '😀 word '.repeat(100_000);
    const text = `${filler}The sides will expand cooperation. in the field of energy. ${filler}`;
    const report = check(text, 'long.txt', 'en');
    const [block] = blocks(report, text) as ViewBlock[];
    expect(block.findings.length).toBe(report.findings.length);
    expect(shownLength(block)).toBe(text.length);
    expect(shownText(block).length).toBeLessThan(3_000);
    expect(shownText(block)).toContain('cooperation. in');
    for (const p of block.pieces) if ('text' in p) expect(p.text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
  });

  it('shows the ends of a finding that spans the whole file and folds its middle', () => {
    const text = 'Dies ist ein Satz in deutscher Sprache, der weitergeht und nicht endet.\n'.repeat(50_000);
    const report = checkText(text, { name: 'de.txt', lang: 'en' });
    const whole = report.findings.find((f) => f.rule === 'wrong-language-document')!;
    expect([whole.start, whole.end]).toEqual([0, text.length]);
    const view = buildView({ ...report, findings: [whole] }, text);
    expect(view.blocks.map((b) => b.kind)).toEqual(['block', 'fold', 'block']);
    expect(view.blocks[1]).toEqual({ kind: 'fold', count: 49_998, noun: 'line', insideFinding: true });
    expect(renderView(view).length).toBeLessThan(40_000);
  });

  it('draws each finding in its excerpt when the text is missing or does not match', () => {
    const report = check(SEED, 'seed.txt');
    const why: Array<[string | undefined, RegExp]> = [
      [undefined, /not given/],
      [SEED.slice(1), /3,118 characters and the report counted 3,119/],
      [SEED.replace('Again', 'again'), /not the file the report was made from \(its SHA-256 differs\)/],
    ];
    for (const [text, notice] of why) {
      const view = buildView(report, text);
      expect(view.notice).toMatch(notice);
      expect(view.blocks).toHaveLength(8);
      const first = view.blocks[0] as ViewBlock;
      const f = report.findings[0];
      expect(first.label).toBe(`${f.line}:${f.column}`);
      const run = first.pieces[0] as { offset: number; text: string };
      expect(run.text.slice(f.start - run.offset, f.end - run.offset)).toBe(SEED.slice(f.start, f.end));
      expect(view.fixes[0]).toEqual(buildView(report, SEED).fixes[0]);
    }
  });

  it('puts a finding spanning two lines in both blocks and nested ones in one', () => {
    const report = multiReport();
    const view = blocks(report, MULTI) as ViewBlock[];
    const twoLines = report.findings.findIndex((f) => f.rule === 'test-two-lines');
    expect(view.filter((b) => b.kind === 'block' && b.findings.includes(twoLines)).map((b) => b.label)).toEqual(['5', '6']);
    const loopLine = view.find((b) => shownText(b).startsWith('the plan'))!;
    expect(loopLine.findings.map((i) => report.findings[i].rule)).toEqual(['repetition-loop', 'test-nested']);
  });

  it('shows an empty finding at the very end, after the last line break', () => {
    const text = 'One line.\nTwo lines.\n';
    const report = check(text, 'end.txt');
    report.findings.push(finding(text, text.length, text.length, 'test-end', 'punctuation', 'info'));
    const view = blocks(report, text) as ViewBlock[];
    expect(view.map((b) => b.label)).toEqual(['1', '2', '3']);
    expect(view[2].findings).toEqual([report.findings.length - 1]);
    expect(blocks(check(text, 'end.txt'), text).map((b) => (b as ViewBlock).label)).toEqual(['1', '2']);
  });

  it('renders an error report as the error, without a document', () => {
    const html = renderReportHtml(
      { ...check('x', 'bad.pdf'), status: 'error', error: { code: 'binary', message: 'The file is a PDF document, not text.' }, summary: undefined, findings: [] },
      undefined,
    );
    expect(html).toContain('This file could not be checked');
    expect(html).toContain('The file is a PDF document, not text.');
    expect(html).not.toContain('id="doc"');
  });

  it('sets a line-aligned source beside each line of the translation', () => {
    const source = 'Die Seiten werden zusammenarbeiten.\nSie haben sich im Energiebereich geeinigt.\n';
    const text = 'The sides will cooperate.\nThey agreed. in the field of energy.\n';
    const report = checkText(text, { name: 'tgt.txt', sourceDocument: { bytes: new TextEncoder().encode(source), name: 'src.txt' } });
    const view = buildView(report, text, { sourceText: source });
    expect(view.blocks.map((b) => shownText((b as ViewBlock).source!))).toEqual(source.trimEnd().split('\n'));
    const html = renderView(view);
    expect(html).toContain('<span>Source</span><span>Translation</span>');
    // (A bilingual finding may mark the part of the source it compares with.)
    expect(html.replace(/<\/?mark[^>]*>/g, '')).toContain('<div class="src" dir="auto" lang="de">Sie haben sich im Energiebereich geeinigt.</div>');
    expect(view.facts.find((f) => f.term === 'Source language')?.value).toMatch(/^German \(de\), detected/);
  });

  it('names the format, a declared language and the unit of a finding', () => {
    const report = checkText(XLIFF, { name: 'release.xlf' });
    const view = buildView(report, XLIFF);
    expect(view.notice).toBeUndefined();
    expect(view.facts.find((f) => f.term === 'Format')?.value).toBe('XLIFF');
    expect(view.facts.find((f) => f.term === 'Language')?.value).toMatch(/declared by the file/);
    const f = report.findings[0];
    expect(renderView(view)).toContain(`Line ${f.line}, column ${f.column}, unit p1, segment 1 in press/release.html, needs-review-translation</a>`);
  });
});

describe('fix preview', () => {
  it('shows what a fix removes and inserts, with whole words of context', () => {
    const report = check(SEED, 'seed.txt');
    const again = report.findings.find((f) => f.rule === 'stranded-fragment')!;
    const preview = buildView(report, SEED).fixes[report.findings.indexOf(again)]!;
    const side = (segs: typeof preview.before, mark: (s: string) => string) => segs.map((s) => (s.changed ? mark(s.text) : s.text)).join('');
    expect(side(preview.before, (s) => `[-${s}]`)).toBe('in various fields for some time[-.] [-A]gain. Cementing and ensuring');
    expect(side(preview.after, (s) => `[+${s}]`)).toBe('in various fields for some time [+a]gain. Cementing and ensuring');
    expect(preview.clippedStart && preview.clippedEnd).toBe(true);
  });

  it('gives up on edits beyond the line or overlapping each other', () => {
    expect(previewFix('ab\ncd', 0, 0, 2, [{ start: 3, end: 4, text: 'x' }])).toBeUndefined();
    expect(previewFix('abcd', 0, 0, 4, [{ start: 0, end: 2, text: '' }, { start: 1, end: 3, text: '' }])).toBeUndefined();
  });
});

describe('page size', () => {
  it('grows with the findings shown, not with the file', () => {
    const small = renderReportHtml(multiReport(), MULTI).length;
    const padded = `${cleanProse(2 * 1024 * 1024)}${MULTI}${cleanProse(2 * 1024 * 1024)}`;
    const report = check(padded, 'multi.txt');
    expect(report.findings.length).toBe(multiReport().findings.length - MULTI_ADDED);
    expect(renderReportHtml(report, padded).length).toBeLessThan(small + 10_000);
  });
});

describe('mtqa check --format html and mtqa render', () => {
  const { file } = scratchFiles('mtqa-review-');

  it('prints the page of one file, with the check’s exit status', async () => {
    const seed = file('seed.txt', SEED);
    const page = await runCli('check', '--format', 'html', seed);
    expect(page.code).toBe(1);
    expect(page.out).toMatch(/^<!doctype html>/);
    expect(page.out).toContain('8 findings');
    expect((await runCli('check', '--format', 'html', seed, seed)).code).toBe(2);
    const binary = await runCli('check', '--format', 'html', file('x.pdf', '%PDF-1.4 binary'));
    expect(binary.code).toBe(2);
    expect(binary.out).toContain('This file could not be checked');
  });

  it('draws a line-aligned source beside the translation', async () => {
    const src = file('src.txt', 'Die Seiten werden zusammenarbeiten.\nSie haben sich geeinigt.\n');
    const tgt = file('tgt.txt', 'The sides will cooperate.\nThey agreed. in the field of energy.\n');
    const page = await runCli('check', '--format', 'html', '--source', src, tgt);
    expect(page.code).toBe(1);
    expect(page.out.replace(/<\/?mark[^>]*>/g, '')).toContain('<div class="src" dir="auto" lang="de">Sie haben sich geeinigt.</div>');
    const json = file('tgt.json', (await runCli('check', '--format', 'json', '--source', src, tgt)).out);
    expect((await runCli('render', '--source', src, json, tgt)).out).toBe(page.out);
    expect((await runCli('render', '--source', src, json)).code).toBe(2);
  });

  it('renders a saved report the same way, and refuses a file it was not made from', async () => {
    const seed = file('seed2.txt', SEED);
    const json = file('seed2.json', (await runCli('check', '--format', 'json', seed)).out);
    const direct = (await runCli('check', '--format', 'html', seed)).out;
    expect(await runCli('render', json, seed)).toEqual({ code: 0, out: direct, err: '' });
    expect((await runCli('render', json)).out).toContain('The checked text was not given');
    const wrong = await runCli('render', json, file('other.txt', SEED.replace('Again', 'again')));
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/is not the file .* was made from/);
    expect((await runCli('render', file('not.json', '{"a":'))).code).toBe(2);
    expect((await runCli('render', file('array.json', '[]'))).code).toBe(2);
    const broken = JSON.parse(readFileSync(json, 'utf8'));
    delete broken.findings[3].excerpt;
    const refused = await runCli('render', file('broken.json', JSON.stringify(broken)));
    expect(refused).toMatchObject({ code: 2, err: expect.stringMatching(/finding 3 lacks a field the page shows/) });
    expect((await runCli('render')).code).toBe(2);
  });
});
