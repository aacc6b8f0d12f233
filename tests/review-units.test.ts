// The review page of files read into units (XLIFF, PO, subtitles, HTML, Word, bilingual tables,
// --source pairs), without a browser: the view model (units in the checked text, addresses,
// tokens, source beside the translation, findings placed and folded), escaping, and the CLI.
// tests/review-units-browser.test.ts opens such pages in Chromium.

import { describe, expect, it } from 'vitest';
import { renderReportHtml, renderView } from '../lib/report/html.js';
import { buildView, type ReviewView, type ViewBlock, type ViewFold, type ViewText } from '../lib/report/view.js';
import type { Finding } from '../lib/types.js';
import { RENDERINGS } from '../scripts/render-formats.js';
import { docxFile, wordDocument } from '../scripts/render-formats-xml.js';
import { SEED_PARAGRAPHS, SEED_RENDERINGS } from './format-fixtures.js';
import { bytesOf, check, expectedMarks, HTML, PO, reread, SRT, XLIFF } from './review-units-fixtures.js';
import { runCli, scratchFiles } from './cli-harness.js';

const shown = (t: ViewText) => t.pieces.map((p) => ('text' in p ? p.text : '')).join('');
const blocksOf = (view: ReviewView) => view.blocks.filter((b): b is ViewBlock => b.kind === 'block');
/** What each finding's marks cover in the view, joined over the blocks it is drawn in, in document order. */
function marks(view: ReviewView): Array<{ i: number; text: string }> {
  const out = new Map<number, string>();
  for (const b of blocksOf(view)) {
    for (const i of b.findings) {
      const [s, e] = view.spans[i]!;
      let text = '';
      for (const p of b.pieces) if ('text' in p) text += p.text.slice(Math.max(0, s - p.offset), Math.max(0, e - p.offset));
      out.set(i, (out.get(i) ?? '') + text);
    }
  }
  return [...out].map(([i, text]) => ({ i, text }));
}

describe('XLIFF: units in the checked text with their addresses, codes as tokens, the source beside', () => {
  const bytes = bytesOf(XLIFF);
  const report = check(XLIFF, 'release.xlf');
  const view = buildView(report, bytes);
  const blocks = blocksOf(view);

  it('shows each segment as checked, markup out and entities decoded, with its address and state', () => {
    expect(view.notice).toBeUndefined();
    expect(blocks.map(shown)).toEqual(['Meeting in Beijing', 'They talked about BRICS and China. the G20.', 'Click \uFFFC to continue. the price rises by 5%.', 'AT&T and R&D met the the press.']);
    expect(blocks.map((b) => b.address)).toEqual([
      { id: 'title', key: 'page.title', part: 'press/release.html', state: 'translated' },
      { id: 'p1', segment: '1', part: 'press/release.html', state: 'needs-review-translation' },
      { id: 'p2', part: 'press/release.html', state: 'signed-off, approved' },
      { id: 'p3', part: 'press/release.html' },
    ]);
    expect(blocks.map((b) => b.label)).toEqual(['title', 'p1', 'p2', 'p3']);
    expect(blocks.map((b) => b.source && shown(b.source))).toEqual([
      'Treffen in Peking',
      'Sie sprachen über BRICS und China sowie die G20.',
      'Klicken Sie auf \uFFFC, um fortzufahren. Der Preis steigt um 5 %.',
      'AT&T und R&D treffen sich.',
    ]);
    expect(view.facts.find((f) => f.term === 'Units')?.value).toBe('4 segments, each beside its source');
    expect(view.facts.find((f) => f.term === 'Format')?.value).toBe('XLIFF');
  });

  it('draws inline codes as tokens at their places, the one standing for content around its U+FFFC', () => {
    const tokens = (t: ViewText) => (t.codes ?? []).map((c) => ({ at: c.offset - (t.pieces[0] as { offset: number }).offset, label: c.label, wraps: c.wraps }));
    expect(tokens(blocks[1])).toEqual([
      { at: 18, label: '{1>', wraps: false },
      { at: 33, label: '<1}', wraps: false },
    ]);
    expect(tokens(blocks[2])).toEqual([
      { at: 6, label: '{2}', wraps: true },
      { at: 40, label: '{3>', wraps: false },
      { at: 42, label: '<3}', wraps: false },
    ]);
    expect(tokens(blocks[2].source!).map((c) => c.label)).toEqual(['{2}', '{3>', '<3}']);
    const html = renderView(view);
    expect(html).toContain('Click <span class="ic" data-c="{2}">\uFFFC</span> to continue');
    expect(html).toContain('<span class="ic" data-c="{1&gt;"></span>BRICS and China<span class="ic" data-c="&lt;1}"></span>');
  });

  it('marks each finding on the text it flags, in document order', () => {
    expect(marks(view)).toEqual(expectedMarks(report, reread(report, XLIFF)));
    expect(marks(view).map((m) => m.text)).toEqual(['. the G20.', '. the', 'the the']);
    expect(view.fixes.every((p) => p !== undefined)).toBe(true);
  });

  it('labels each unit on the page: gutter id, segment, key, part once, state', () => {
    const html = renderView(view);
    expect(html).toContain('<span class="n">title</span><p class="ua"><code>page.title</code> · in press/release.html · <span class="st">translated</span></p>');
    expect(html).toContain('<p class="ua">segment 1 · <span class="st w">needs-review-translation</span></p>');
    expect(html).toContain('<span>Source</span><span>Translation</span>');
    expect(html.match(/class="src" dir="auto" lang="de"/g)).toHaveLength(4);
  });

  it('draws the same page from the decoded text as from the bytes (the pipeline passes text)', () => {
    expect(renderReportHtml(report, XLIFF)).toBe(renderReportHtml(report, bytes));
  });
});

describe('PO: plural forms and fuzzy entries', () => {
  const report = check(PO, 'app.po');
  const view = buildView(report, bytesOf(PO));
  const blocks = blocksOf(view);

  it('shows each msgstr beside its msgid (msgid_plural for the plural forms), with context, form and state', () => {
    expect(blocks.map((b) => [b.address, shown(b.source!), shown(b)])).toEqual([
      [{ id: 'The file could not be saved. Try again later.', key: 'dialog', state: 'fuzzy' }, 'The file could not be saved. Try again later.', 'Die Datei konnte nicht gespeichert werden. später erneut versuchen.'],
      [{ id: 'One file was deleted.', segment: 'msgstr[0]' }, 'One file was deleted.', 'Eine Datei wurde gelöscht.'],
      [{ id: 'One file was deleted.', segment: 'msgstr[1]' }, '%d files were deleted.', '%d Dateien wurden gelöscht. und entfernt.'],
      [{ id: 'Old text.', state: 'obsolete' }, 'Old text.', 'Alter Text.'],
    ]);
    expect(marks(view)).toEqual(expectedMarks(report, reread(report, PO)));
    const html = renderView(view);
    // A msgid long enough to stay out of the gutter is not repeated above its own source text…
    expect(html).toContain('<p class="ua"><code>dialog</code> · <span class="st w">fuzzy</span></p>');
    // …but a plural form's msgid is, its source being msgid_plural.
    expect(html).toContain('<p class="ua"><b>One file was deleted.</b> · msgstr[1]</p>');
    expect(view.facts.find((f) => f.term === 'Units')?.value).toBe('4 strings, each beside its source');
  });
});

describe('SRT: a finding over two cues', () => {
  const report = check(SRT, 'talks.srt');
  const view = buildView(report, bytesOf(SRT));
  const blocks = blocksOf(view);

  it('shows each cue with its number, tags out, and the finding across both cues', () => {
    const across = report.findings.findIndex((f) => f.unit?.endId !== undefined);
    expect(report.findings[across].unit).toMatchObject({ id: '1', endId: '2' });
    expect(blocks.map((b) => [b.label, shown(b).trim()])).toEqual([
      ['1', 'The two sides agreed to expand cooperation.'],
      ['2', 'in the field of energy and trade.'],
      ['3', 'Both delegations met again'],
      ['4', 'on Tuesday, and the the talks went well.'],
    ]);
    expect(blocks.filter((b) => b.findings.includes(across)).map((b) => b.label)).toEqual(['1', '2']);
    expect(marks(view)).toEqual(expectedMarks(report, reread(report, SRT)));
    expect(marks(view)[across].text).toBe('. in');
    expect(view.facts.find((f) => f.term === 'Units')?.value).toBe('4 cues');
  });

  it('folds cues without findings, counting cues', () => {
    const cue = (k: number, text: string) => `${k}\n00:${String(10 + (k % 40)).padStart(2, '0')}:00,000 --> 00:${String(10 + (k % 40)).padStart(2, '0')}:02,000\n${text}\n\n`;
    let srt = '';
    for (let k = 1; k <= 300; k++) srt += cue(k, k === 150 ? 'They met. the press waited.' : `Line ${k} of the talks ended well.`);
    const big = check(srt, 'long.srt');
    const v = buildView(big, bytesOf(srt));
    const folds = v.blocks.filter((b): b is ViewFold => b.kind === 'fold');
    expect(folds.map((f) => [f.count, f.noun])).toEqual([
      [149, 'cue'],
      [150, 'cue'],
    ]);
    expect(renderView(v)).toContain('… 149 cues without findings …');
  });
});

describe('HTML: blocks as read, markup out', () => {
  const report = check(HTML, 'news.html');
  const view = buildView(report, bytesOf(HTML));
  const blocks = blocksOf(view);

  it('shows the text of each block and attribute, entities decoded, objects as tokens of their markup', () => {
    expect(blocks.map((b) => [b.address?.key, shown(b)])).toEqual([
      ['title', 'News'],
      ['nav', 'Home'],
      ['h1', 'News & events'],
      ['p', 'The sides agreed to expand cooperation. in the field of energy; run \uFFFC first.'],
      ['p', 'Nothing wrong here.'],
      ['img[alt]', 'A chart. the numbers'],
    ]);
    expect(blocks[3].codes).toEqual([{ offset: expect.any(Number), label: '<code>npm ci</code>', wraps: true }]);
    expect(marks(view)).toEqual(expectedMarks(report, reread(report, HTML)));
    const html = renderView(view);
    expect(html).toContain('<span class="ic" data-c="&lt;code&gt;npm ci&lt;/code&gt;">\uFFFC</span>');
    expect(html).not.toContain('China. the G20'); // the script
  });
});

describe('DOCX: drawn from the bytes of a Word file', () => {
  const docx = docxFile({
    'word/document.xml': wordDocument(
      '<w:p w14:paraId="0A1B2C3D"><w:r><w:t>BRICS and China</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">. the G20 met.</w:t></w:r></w:p>' +
        '<w:p><w:r><w:t>All is well.</w:t></w:r></w:p>',
    ),
    'word/footnotes.xml':
      '<?xml version="1.0"?><w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:footnote w:id="1"><w:p><w:r><w:t>See the the annex.</w:t></w:r></w:p></w:footnote></w:footnotes>',
  });
  const report = check(docx, 'letter.docx');

  it('shows each paragraph, runs joined, with its part and paragraph number', () => {
    const view = buildView(report, docx);
    expect(view.notice).toBeUndefined();
    expect(blocksOf(view).map((b) => [b.address, shown(b)])).toEqual([
      [{ id: '1', part: 'word/document.xml', key: '0A1B2C3D' }, 'BRICS and China. the G20 met.'],
      [{ id: '2', part: 'word/document.xml' }, 'All is well.'],
      [{ id: '1', part: 'word/footnotes.xml' }, 'See the the annex.'],
    ]);
    expect(marks(view).map((m) => m.text)).toEqual(['. the', 'the the']);
    expect(renderView(view)).toContain('in word/footnotes.xml');
  });

  it('cannot be drawn from text: the page says so and shows the excerpts', () => {
    const view = buildView(report, 'PK\u0003\u0004 not the bytes');
    expect(view.notice).toMatch(/^A Word document is drawn from the file's bytes, not from text, so each finding is shown in the excerpt/);
    expect(blocksOf(view)).toHaveLength(report.findings.length);
  });
});

describe('bilingual tables and --source pairs', () => {
  it('pairs the units of a separate source document by id (check --source)', () => {
    const src = '1\n00:00:01,000 --> 00:00:03,000\nDie Seiten vereinbarten, die Zusammenarbeit\n\n2\n00:00:03,100 --> 00:00:05,000\nim Energiebereich auszubauen.\n';
    const tgt = '1\n00:00:01,000 --> 00:00:03,000\nThe sides agreed to expand cooperation.\n\n2\n00:00:03,100 --> 00:00:05,000\nin the the field of energy.\n';
    const report = check(tgt, 'en.srt', { sourceDocument: { bytes: bytesOf(src), name: 'de.srt' } });
    const view = buildView(report, bytesOf(tgt), { sourceText: bytesOf(src) });
    expect(blocksOf(view).map((b) => [shown(b.source!).trim(), shown(b).trim()])).toEqual([
      ['Die Seiten vereinbarten, die Zusammenarbeit', 'The sides agreed to expand cooperation.'],
      ['im Energiebereich auszubauen.', 'in the the field of energy.'],
    ]);
    expect(marks(view)).toEqual(expectedMarks(report, reread(report, tgt)));
    expect(marks(view).map((m) => m.text)).toContain('the the');
  });

  it('marks the part of the source a bilingual finding refers to in the source column', () => {
    const report = check(XLIFF, 'release.xlf');
    // As the bilingual checks report it: the span of the source (file offsets) the finding compares with.
    const at = XLIFF.indexOf('5 %<ept');
    const finding: Finding = { ...report.findings[1], sourceSpan: { start: at, end: at + 3, line: 1, column: 1, text: '5 %' } };
    report.findings[1] = finding;
    const view = buildView(report, bytesOf(XLIFF));
    const block = blocksOf(view).find((b) => b.address?.id === 'p2')!;
    expect(block.source!.findings).toEqual([1]);
    const [s, e] = view.sourceSpans[1]!;
    expect(shown(block.source!).slice(s - (block.source!.pieces[0] as { offset: number }).offset, e - (block.source!.pieces[0] as { offset: number }).offset)).toBe('5 %');
    expect(renderView(view)).toMatch(/<mark class="sf k-segmentation s-warning" data-i="1" aria-describedby="m-[\w-]+">5 %<\/mark>/);
  });

  it('marks a source span beside plain text too (line-aligned --source)', () => {
    const source = 'Die Seiten arbeiten zusammen.\nDer Preis steigt um 5 %.\n';
    const text = 'The sides cooperate.\nThe price rises. by 5%.\n';
    const report = check(text, 'en.txt', { sourceDocument: { bytes: bytesOf(source), name: 'de.txt' } });
    const at = source.indexOf('5 %');
    Object.assign(report.findings[0], { sourceSpan: { start: at, end: at + 3, line: 2, column: 20, text: '5 %' } });
    const view = buildView(report, text, { sourceText: source });
    const line = blocksOf(view)[1];
    expect(line.source!.findings).toEqual([0]);
    expect(view.sourceSpans[0]).toEqual([at, at + 3]);
    expect(renderView(view)).toContain('Der Preis steigt um <mark class="sf');
  });

  it('reads a CSV again with the columns the report records (--columns)', () => {
    const csv = 'key,note,de,en\r\nk1,x,Die Seiten arbeiten zusammen.,The sides cooperate. in energy.\r\n';
    const report = check(csv, 'strings.csv', { columns: ['de', 'en'] });
    expect(report.source.columns).toEqual(['de', 'en']);
    const view = buildView(report, bytesOf(csv));
    expect(view.notice).toBeUndefined();
    expect(blocksOf(view).map((b) => [b.address, shown(b.source!), shown(b)])).toEqual([[{ id: 'k1' }, 'Die Seiten arbeiten zusammen.', 'The sides cooperate. in energy.']]);
  });
});

describe('the seed rendered into every format', () => {
  const renderings: Array<[string, string | Uint8Array]> = [
    ...Object.values(SEED_RENDERINGS).map(({ name, content }): [string, string | Uint8Array] => [name, content]),
    ...RENDERINGS.filter(([name]) => !name.endsWith('.txt')).map(([name, render]): [string, string] => [name, render(SEED_PARAGRAPHS.map((p) => p.target))]),
  ];
  it.each(renderings)('%s: every finding placed in its unit and marked on its checked text', (name, content) => {
    const report = check(content, name);
    expect(report.findings.length).toBeGreaterThanOrEqual(8);
    const view = buildView(report, typeof content === 'string' ? bytesOf(content) : content);
    expect(view.notice).toBeUndefined();
    expect(marks(view)).toEqual(expectedMarks(report, reread(report, content)));
    expect(view.fixes.filter((p) => p).length).toBe(report.findings.filter((f) => f.fix).length);
  });
});

describe('when the file cannot be drawn in units', () => {
  const report = check(XLIFF, 'release.xlf');

  it('knows the file from its decoded text whatever its encoding (UTF-16 either way, a BOM, astral characters at a megabyte boundary)', () => {
    const utf16 = (text: string, be: boolean) => {
      const bytes = Buffer.from(`\ufeff${text}`, 'utf16le');
      return be ? bytes.swap16() : bytes;
    };
    const inputs: Array<[string, Uint8Array]> = [
      ['UTF-16LE', utf16(XLIFF, false)],
      ['UTF-16BE', utf16(XLIFF, true)],
      ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(XLIFF)])],
    ];
    for (const [what, bytes] of inputs) {
      const report = check(bytes, 'release.xlf');
      expect(report.source.encoding, what).toBe(what.startsWith('UTF-8') ? 'utf-8' : what.toLowerCase());
      expect(buildView(report, new TextDecoder(report.source.encoding).decode(bytes)).notice, what).toBeUndefined();
    }
    const astral = `${'a'.repeat((1 << 20) - 1)}😀 The end. the rest.\n`;
    expect(buildView(check(astral, 'a.txt'), astral).notice).toBeUndefined();
  });

  it('falls back to the excerpts when the file is not the one checked', () => {
    const view = buildView(report, bytesOf(XLIFF.replace('Beijing', 'Peking')));
    expect(view.notice).toMatch(/^The file given is not the file the report was made from \(its SHA-256 differs\), so each finding is shown in the excerpt/);
    expect(blocksOf(view).map((b) => b.findings)).toEqual([[0], [1], [2]]);
  });

  it('shows a finding whose unit does not match in its excerpt, after the units', () => {
    const tampered = structuredClone(report);
    tampered.findings[0].unit!.id = 'elsewhere';
    const view = buildView(tampered, bytesOf(XLIFF));
    expect(view.notice).toMatch(/^1 finding could not be placed in the file's units/);
    const blocks = blocksOf(view);
    expect(blocks[blocks.length - 1]).toMatchObject({ label: `${report.findings[0].line}:${report.findings[0].column}`, findings: [0] });
    expect(marks(view).map((m) => m.text)).toEqual(['. the', 'the the', report.findings[0].excerpt.text.slice(report.findings[0].excerpt.start, report.findings[0].excerpt.end)]);
  });
});

describe('safety and size', () => {
  it('escapes document text, code ids and markup labels from a hostile file', () => {
    const xlf = XLIFF.replace('Meeting in Beijing', '&lt;script&gt;window.__pwned=1&lt;/script&gt; <x id="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"/>. the end');
    const html = renderReportHtml(check(xlf, 'h.xlf'), xlf);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/<img/i);
    expect(html.replace(/<[^>]*>/g, '')).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(html).toContain('data-c="{&quot;&gt;&lt;img src=x onerror=alert(1)&gt;}"');
    const page = `<p>A <code>"&gt;&lt;/span&gt;&lt;script&gt;</code>. the end</p>`;
    const out = renderReportHtml(check(page, 'h.html'), page);
    expect(out.match(/<script/g)).toHaveLength(1);
    const tags = out.match(/<[a-z][^>]*>/gi)!.map((t) => t.replace(/"[^"]*"/g, '""'));
    expect(tags.filter((t) => /\s(on\w+|style|src)=/i.test(t))).toEqual([]);
  });

  it('shows a source far longer than its translation only in part', () => {
    const source = `${'Ein langer Satz ohne Ende und '.repeat(4_000)}Schluss.\n`;
    const text = 'A short line. the end.\n';
    const report = check(text, 'en.txt', { sourceDocument: { bytes: bytesOf(source), name: 'de.txt' } });
    const [line] = blocksOf(buildView(report, text, { sourceText: source }));
    // Its beginning, or windows around what a finding points at in it.
    expect(shown(line.source!).length).toBeLessThan(2_000);
    expect(line.source!.pieces.some((p) => 'elided' in p)).toBe(true);
  });

  it('keeps the page of a large clean XLIFF small', () => {
    const units = Array.from({ length: 20_000 }, (_, k) => `<trans-unit id="u${k}"><source>Satz ${k} ist gut.</source><target>Sentence ${k} of the report is fine.</target></trans-unit>`).join('\n');
    const xlf = `<xliff version="1.2"><file original="a" source-language="de" target-language="en"><body>\n${units}\n</body></file></xliff>\n`;
    const report = check(xlf, 'big.xlf');
    expect(report.findings).toEqual([]);
    const html = renderReportHtml(report, bytesOf(xlf));
    expect(html.length).toBeLessThan(30_000);
    expect(html).toContain('… 20,000 segments without findings …');
  });
});

describe('mtqa check --format html and mtqa render of formatted files', () => {
  const { file } = scratchFiles('mtqa-review-units-');

  it('draws an XLIFF file unit by unit, and the same from a saved report', async () => {
    const xlf = file('release.xlf', XLIFF);
    const page = await runCli('check', '--format', 'html', xlf);
    expect(page.code).toBe(1);
    expect(page.out).toContain('<span class="ic" data-c="{2}">\uFFFC</span>');
    expect(page.out).not.toContain('The checked text was not given');
    const json = file('release.json', (await runCli('check', '--format', 'json', xlf)).out);
    expect(await runCli('render', json, xlf)).toEqual({ code: 0, out: page.out, err: '' });
  });

  it('draws a Word file from its bytes', async () => {
    const docx = file('letter.docx', docxFile({ 'word/document.xml': wordDocument('<w:p><w:r><w:t>BRICS and China. the G20 met.</w:t></w:r></w:p>') }));
    const page = await runCli('check', '--format', 'html', docx);
    expect(page.out).toContain('in word/document.xml');
    expect(page.out).toMatch(/China<mark [^>]*>\. the<\/mark> G20/);
    const json = file('letter.json', (await runCli('check', '--format', 'json', docx)).out);
    expect((await runCli('render', json, docx)).out).toBe(page.out);
  });

  it('pairs a --source document of the same format unit by unit', async () => {
    const src = file('de.po', 'msgid "Open"\nmsgstr "Öffnen Sie die Datei."\n');
    const tgt = file('en.po', 'msgid "Open"\nmsgstr "Open the file. then close it."\n');
    const page = await runCli('check', '--format', 'html', '--source', src, tgt);
    expect(page.out).toContain('<div class="src" dir="auto"');
    expect(page.out).toContain('Öffnen Sie die Datei.');
    const json = file('en.json', (await runCli('check', '--format', 'json', '--source', src, tgt)).out);
    expect((await runCli('render', '--source', src, json, tgt)).out).toBe(page.out);
  });
});
