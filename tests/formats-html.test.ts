// An HTML page as a CMS publishes it: navigation, script, style, entities and attributes around
// the prose. The planted artifacts are found in their block or attribute; nothing is found in
// script, style, code, pre, template or URLs, and no entity the reader decoded is reported.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../cli/mtqa.js';
import { applyEdits, collectEdits } from '../lib/fix.js';
import { html } from '../lib/formats/html.js';
import { decodeAttributeReference } from '../lib/formats/html-references.js';
import { check, expectFindings } from './format-fixtures.js';

export const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Xi Jinping meets Mishustin &ndash; News</title>
<style>p.lead::after { content: ". the"; } a[href*="?a=1&b=2"] { color: red }</style>
<script>var s = "China. the G20"; if (a < b && c > d) { document.write("x. y &amp; z"); }</script>
</head>
<body>
<header><nav><ul><li><a href="/news?lang=en&amp;page=2">News</a></li><li><a href="/about" title="About us &amp; our team">About</a></li></ul></nav></header>
<main>
<article>
<h1>Talks in Beijing</h1>
<p class="lead">Xi Jinping stressed that China will work with Russia in fora such as BRICS and
  <b>China</b>. the G20. Both sides &ldquo;agreed&rdquo; on trade &amp; energy.</p>
<p>Tom &amp; Jerry, AT&amp;T and R&amp;D are names.<br>Run <code>npm ci. then</code> before you start.</p>
<figure><img src="chart.png?w=1&amp;h=2" alt="A chart of trade. growth by year"><figcaption>Trade since 2020.</figcaption></figure>
<pre>code. here is ignored</pre>
<form><input type="text" placeholder="Your e-mail address"><button aria-label="Send the form">Send</button></form>
</article>
</main>
<footer><p>&copy; 2023 The Ministry. All rights reserved.</p></footer>
<template><p>Hidden. template text</p></template>
</body>
</html>
`;

const dir = mkdtempSync(path.join(tmpdir(), 'mtqa-html-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('HTML page', () => {
  const report = check(PAGE, 'news.html', { lang: 'en' });

  it('finds the planted breaks in their block and attribute, nothing in script, style, code, pre, template or URLs', () => {
    expectFindings(report, PAGE, [
      { rule: 'stray-sentence-break', flagged: '. the G20.', unit: { key: 'p' } },
      { rule: 'stray-sentence-break', flagged: '. growth', unit: { key: 'img[alt]' } },
    ]);
    expect(report.source.format).toBe('html');
  });

  it('reads a block per line, white space collapsed, entities decoded, objects as U+FFFC', () => {
    const read = html.read(PAGE);
    expect(read.text.split('\n')).toEqual([
      'Xi Jinping meets Mishustin – News',
      'News',
      'About',
      'About us & our team',
      'Talks in Beijing',
      'Xi Jinping stressed that China will work with Russia in fora such as BRICS and China. the G20. Both sides “agreed” on trade & energy.',
      'Tom & Jerry, AT&T and R&D are names.',
      'Run \uFFFC before you start.',
      'A chart of trade. growth by year',
      'Trade since 2020.',
      'Your e-mail address',
      'Send the form',
      'Send',
      '© 2023 The Ministry. All rights reserved.',
      '',
    ]);
    const units = read.units!;
    expect(units.map((u) => u.address.key)).toEqual(['title', 'li', 'li', 'a[title]', 'h1', 'p', 'p', 'p', 'img[alt]', 'figcaption', 'input[placeholder]', 'button[aria-label]', 'button', 'p']);
  });

  it('maps entities in the text back to the whole entity', () => {
    const read = html.read(PAGE);
    const amp = read.text.indexOf('&');
    expect(PAGE.slice(read.map!.toFile(amp, 'start'), read.map!.toFile(amp + 1, 'end'))).toBe('&amp;');
  });

  it('decodes a character reference in attribute text as a browser does in an attribute value', () => {
    const cases: [string, string][] = [
      ['&amp;', '&'],
      ['&amp', '&'], // a legacy name, without its semicolon
      ['&ampx', '&ampx'], // … but not before a letter or digit, in an attribute
      ['&notin', '&notin'],
      ['&notin;', '∉'],
      ['&NotEqualTilde;', '≂̸'], // two code points
      ['&bogus;', '&bogus;'],
      ['&#38', '&'],
      ['&#x2019;', '’'],
      ['&#128;', '€'], // windows-1252's C1 replacements
      ['&#0;', '\uFFFD'],
      ['&#x110000;', '\uFFFD'],
    ];
    expect(cases.map(([reference]) => [reference, decodeAttributeReference(reference)])).toEqual(cases);
    const read = html.read('<html><body><img src="a.png" alt="Caf&eacute; &ampx &amp bar &#x2019;s"></body></html>');
    expect(read.text).toBe('Café &ampx & bar ’s\n');
  });

  describe('the html element\'s lang', () => {
    const page = (lang: string, body: string) => `<!DOCTYPE html>\n<html ${lang}>\n<body>\n<p>${body}</p>\n</body>\n</html>\n`;
    const FRENCH =
      'Les agriculteurs du village se sont réunis hier matin dans la salle de l\'école. Ils ont parlé du prix du maïs ' +
      'et de la manière d\'obtenir de bonnes semences pour la prochaine saison.';

    it('is read from the root element only', () => {
      expect(html.read(PAGE).langHint).toBe('en');
      expect(html.read(page('xml:lang="kg"', 'Text.')).langHint).toBe('kg');
      expect(html.read('<html><body><div lang="fr"><p>Texte.</p></div></body></html>').langHint).toBeUndefined();
    });

    it('names a language outside the registry, so detection does not read it as a language mtqa knows', () => {
      // Kikongo: detection knows no Bantu language and would name a registry one.
      const report = check(page('lang="kg"', 'Bantu yonso ke butukaka ti kimpwanza.'), 'page.html');
      expect(report.language).toMatchObject({ code: 'kg', source: 'declared', supported: false });
    });

    it('naming a registry language, yields to the text (a template\'s leftover "en" on a French page)', () => {
      expect(check(page('lang="en"', FRENCH), 'page.html').language).toMatchObject({ code: 'fr', source: 'detected' });
    });

    it('naming a language of another script than Latin that the text writes a share of its letters in, is taken', () => {
      // A reference page: directive names outnumber the Japanese letters, which detection alone reads as English.
      const rows = [
        ['AcceptPathInfo On|Off|Default', '後に続くパス名情報を受け付けるリソースの指定'],
        ['AddDefaultCharset On|Off|charset', 'レスポンスに追加するデフォルトの文字セット'],
        ['AllowEncodedSlashes On|Off|NoDecode', 'URL 中の符号化されたパス分離文字を許可する'],
        ['KeepAliveTimeout num[ms]', 'Amount of time the server will wait for subsequent requests on a persistent connection'],
      ];
      const table = `<!DOCTYPE html>\n<html lang="ja">\n<body><table>${rows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('')}</table></body></html>\n`;
      const report = check(table, 'quickreference.html');
      expect(report.language).toMatchObject({ code: 'ja', source: 'declared' });
      // The description left in English is reported; the Japanese ones and the directives' syntax are not.
      expect(report.findings.map((f) => [f.rule, table.slice(f.start, f.end)])).toEqual([
        ['untranslated-passage', 'Amount of time the server will wait for subsequent requests on a persistent connection'],
      ]);
      // Said of a page without a letter of Japanese, the text decides.
      expect(check(page('lang="ja"', FRENCH), 'page.html').language).toMatchObject({ code: 'fr', source: 'detected' });
    });
  });

  it('is chosen by content', () => {
    expect(check(PAGE, 'upload').source.format).toBe('html');
  });

  it('fix --write joins the break beside the tag and leaves every other byte as it was', async () => {
    const file = path.join(dir, 'news.html');
    writeFileSync(file, PAGE);
    const edits = collectEdits(report.findings);
    expect(edits.length).toBeGreaterThan(0);
    await main(['fix', '--write', '--lang', 'en', file], { out: () => {}, err: () => {}, color: false });
    const after = readFileSync(file, 'utf8');
    expect(after).toBe(applyEdits(PAGE, edits));
    expect(after).toContain('<b>China</b> the G20.');
  });

  it('reports an entity escaped twice (shown as "&amp;" on the page) and writes its fix escaped', () => {
    const file = '<p>The price is 100&amp;nbsp;euros, said Tom &amp;amp; Jerry &amp; co.</p>';
    const r = check(file, 'a.html', { lang: 'en' });
    expect(r.findings.map((f) => [f.rule, file.slice(f.start, f.end)])).toEqual([
      ['html-entity', '&amp;nbsp;'],
      ['html-entity', '&amp;amp;'],
    ]);
    expect(applyEdits(file, collectEdits(r.findings))).toBe('<p>The price is 100\u00a0euros, said Tom &amp; Jerry &amp; co.</p>');
  });

  it('reads no text in the attributes of head elements never rendered (a stylesheet link\'s title)', () => {
    const file = '<html lang="en"><head><link rel="stylesheet" href="a.css" title="Main stylesheet"><meta name="x" content="y" title="No Sidebar"></head><body><p>Text.</p></body></html>';
    expect(html.read(file).text).toBe('Text.\n');
  });

  it('notes the stretches an element\'s lang declares, and finds no untranslated passage in one of that language', () => {
    const body =
      '<p>The article shows how a page marks text in another language, so that browsers and screen readers can choose the right fonts and voices for each passage of the page.</p>' +
      '<p>For example, the page may quote a line of classical Chinese <span lang="zh-Hant">關關雎鳩在河之洲窈窕淑女君子好逑</span> or a sentence in Arabic:</p>' +
      '<p lang="ar">يحق لكل فرد أن يغادر أية بلاد بما في ذلك بلده كما يحق له العودة إليه.</p>' +
      '<figure lang="ja"><img src="a.png" alt="すべての人間は、生まれながらにして自由であり、かつ、尊厳と権利とについて平等である。"></figure>';
    const read = html.read(`<html lang="en"><body>${body}</body></html>`);
    expect(read.languageSpans!.map((s) => [read.text.slice(s.start, s.end), s.lang])).toEqual([
      ['關關雎鳩在河之洲窈窕淑女君子好逑', 'zh-Hant'],
      ['يحق لكل فرد أن يغادر أية بلاد بما في ذلك بلده كما يحق له العودة إليه.', 'ar'],
      // An element's language is its attribute texts' too.
      ['すべての人間は、生まれながらにして自由であり、かつ、尊厳と権利とについて平等である。', 'ja'],
    ]);
    expect(check(`<html lang="en"><body>${body}</body></html>`, 'a.html').findings).toEqual([]);
    // Undeclared, both are reported; declared in a language they are not in, too.
    const undeclared = body.replace(/ lang="[^"]*"/g, '');
    expect(check(`<html lang="en"><body>${undeclared}</body></html>`, 'a.html').findings.map((f) => f.rule)).toEqual(['untranslated-passage', 'untranslated-passage', 'untranslated-passage']);
    const wrong = body.replace('lang="ar"', 'lang="he"');
    expect(check(`<html lang="en"><body>${wrong}</body></html>`, 'a.html').findings.map((f) => f.rule)).toEqual(['untranslated-passage']);
  });

  it('finds no untranslated passage in a right-to-left script inside an element the page says runs right to left', () => {
    const intro = '<p>The article shows how the browser lays out a paragraph whose direction is set on the element, and what happens to the spaces at the edges of embedded text.</p>';
    const rtl = '<p dir="rtl">صفحة الترجمة لموقع <span dir="ltr">W3C </span>على الرابط الذي يشير إلى نشاط التدويل</p>';
    expect(check(`<html lang="en"><body>${intro}${rtl}</body></html>`, 'a.html').findings).toEqual([]);
    // Undeclared, the Arabic on either side of "W3C" is reported.
    expect(check(`<html lang="en"><body>${intro}${rtl.replace(' dir="rtl"', '')}</body></html>`, 'a.html').findings.map((f) => f.rule)).toEqual(['untranslated-passage', 'untranslated-passage']);
  });

  it('reads a link that alone ends a paragraph after its last sentence as a label ("more", "details ..."), a stranded one ending in a period as a fragment', () => {
    const labels =
      '<html><body><ul><li>When the page contains content in another language, add a language attribute to an element surrounding that content. <a href="/q">more</a></li>' +
      '<li>Skip the next rules if the current rule matches. <a href="#d">details ...</a></li></ul></body></html>';
    expect(check(labels, 'a.html', { lang: 'en' }).findings).toEqual([]);
    const stranded = '<html><body><p>Xi Jinping stressed that China will work with Russia in fora such as BRICS and China. <a href="/g20">the G20</a>.</p></body></html>';
    expect(check(stranded, 'a.html', { lang: 'en' }).findings.map((f) => [f.rule, stranded.slice(f.start, f.end)])).toEqual([['stray-sentence-break', '. <a href="/g20">the G20</a>.']]);
  });

  it('reads a soft hyphen written as a reference as a hyphenation hint, a raw one as a character of the text', () => {
    const file = '<html lang="de"><body><p>Der Bereich der Inter&shy;nationali&#xAD;sierungs&shy;aktivit&auml;t ist gro&szlig;.</p><p>Der Bereich der Inter\u00ADnationalisierung ist gro&szlig;.</p></body></html>';
    const read = html.read(file);
    expect(read.text).toBe('Der Bereich der Internationalisierungsaktivität ist groß.\nDer Bereich der Inter\u00ADnationalisierung ist groß.\n');
    expect(check(file, 'a.html', { lang: 'de' }).findings.map((f) => [f.rule, f.line])).toEqual([['invisible-character', 1]]);
  });

  it('reads a ruby\'s base text, not its reading', () => {
    expect(html.read('<p>これは<ruby>振<rt>ふ</rt>り仮<rt>が</rt>名<rt>な</rt></ruby>です。</p>').text).toBe('これは振り仮名です。\n');
    expect(html.read('<p><ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp>字<rp>(</rp><rt>じ</rt><rp>)</rp></ruby>の例。</p>').text).toBe('漢字の例。\n');
    expect(html.read('<p><ruby><rb>浮世絵</rb><rtc><rt>うきよえ</rt></rtc></ruby>は版画です。</p>').text).toBe('浮世絵は版画です。\n');
  });

  it('refuses nesting deeper than the parser handles in linear time', () => {
    const r = check('<html><body>' + '<b>'.repeat(5000) + 'x</body></html>', 'deep.html');
    expect(r.error?.code).toBe('invalid-format');
    expect(r.error?.message).toMatch(/^Not valid HTML \(line 1, column \d+\): Elements nested deeper than 1000 levels/);
  });
});
