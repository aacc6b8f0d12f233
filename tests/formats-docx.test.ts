// A Word file as Word writes it (built here with fflate): runs split inside sentences, a tracked
// change, a field, hidden text, a text box with its VML fallback, a footnote, a comment and a
// header. Findings name part, paragraph and w14:paraId; fixes are shown, never applied.
// Paragraphs are numbered within their part, empty ones included (footnote separators are not paragraphs of text).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../cli/mtqa.js';
import { checkBytes } from '../lib/check.js';
import { docx } from '../lib/formats/docx.js';
import { check, docxFile, W_NS, wordDocument } from './format-fixtures.js';

const run = (text: string, props = '') => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;

export const DOCUMENT = wordDocument(
  // 1: the planted break split over three runs, as Word leaves it after formatting "China".
  `<w:p w14:paraId="1A2B3C4D" w14:textId="77777777"><w:pPr><w:pStyle w:val="Normal"/><w:rPr><w:vanish/></w:rPr></w:pPr>${run('Xi Jinping stressed cooperation in BRICS and ')}${run('China', '<w:b/>')}${run('. the')}${run(' G20 summit.')}</w:p>` +
    // 2: an empty paragraph (counted, not a unit).
    '<w:p w14:paraId="00000002"/>' +
    // 3: a tracked change: the deleted text is gone, the inserted text is read (with its planted break).
    `<w:p w14:paraId="00000003">${run('The sides will ')}<w:del w:id="1" w:author="Reviewer" w:date="2023-05-25T10:00:00Z"><w:r><w:delText>widen. their</w:delText></w:r></w:del>` +
    `<w:ins w:id="2" w:author="Reviewer" w:date="2023-05-25T10:00:00Z">${run('expand cooperation. in')}</w:ins>${run(' the field of energy.')}</w:p>` +
    // 4: a hyperlink field (instruction dropped, result read), a tab, a line break and hidden text.
    `<w:p>${run('Name:')}<w:r><w:tab/></w:r>${run('Ministry')}<w:r><w:br/></w:r>` +
    `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org/a. b" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
    `${run('Website')}<w:r><w:fldChar w:fldCharType="end"/></w:r>${run(' hidden. text', '<w:vanish/>')}${run(' and more.')}<w:r><w:footnoteReference w:id="1"/></w:r><w:commentReference w:id="0"/></w:p>` +
    // 5: a text box (read once: the VML fallback copy is skipped) inside a paragraph.
    `<w:p>${run('Figure 1.')}<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:txbxContent>` +
    `<w:p>${run('Box text. with a break')}</w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p>${run('Box text. with a break')}</w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
    // 6: a table cell paragraph with an entity.
    `<w:tbl><w:tblPr/><w:tr><w:tc><w:tcPr/><w:p>${run('Trade &amp; energy grew.')}</w:p></w:tc></w:tr></w:tbl>`,
);

const FOOTNOTES = `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${W_NS}>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p w14:paraId="0F0F0F0F">${run('See the report. of the ministry.')}</w:p></w:footnote></w:footnotes>`;

const COMMENTS = `<?xml version="1.0" encoding="UTF-8"?><w:comments ${W_NS}>
<w:comment w:id="0" w:author="Reviewer" w:initials="R"><w:p>${run('Check this. the figures are old.')}</w:p></w:comment></w:comments>`;

const HEADER = `<?xml version="1.0" encoding="UTF-8"?><w:hdr ${W_NS}><w:p>${run('Press release')}</w:p></w:hdr>`;

export const WORD_FILE = docxFile({ 'word/document.xml': DOCUMENT, 'word/footnotes.xml': FOOTNOTES, 'word/comments.xml': COMMENTS, 'word/header1.xml': HEADER });

const dir = mkdtempSync(path.join(tmpdir(), 'mtqa-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Word document', () => {
  const report = check(WORD_FILE, 'release.docx', { lang: 'en' });

  it('reads paragraphs of the document, footnotes, comments and headers, runs joined, deletions and field codes dropped', () => {
    const read = docx.readBytes!(WORD_FILE);
    expect(read.text.split('\n')).toEqual([
      'Xi Jinping stressed cooperation in BRICS and China. the G20 summit.',
      'The sides will expand cooperation. in the field of energy.',
      'Name: Ministry Website and more.',
      'Box text. with a break',
      'Figure 1.',
      'Trade & energy grew.',
      'See the report. of the ministry.',
      'Check this. the figures are old.',
      'Press release',
      '',
    ]);
    expect(read.units!.map((u) => u.address)).toEqual([
      { id: '1', part: 'word/document.xml', key: '1A2B3C4D' },
      { id: '3', part: 'word/document.xml', key: '00000003' },
      { id: '4', part: 'word/document.xml' },
      { id: '6', part: 'word/document.xml' },
      { id: '5', part: 'word/document.xml' },
      { id: '7', part: 'word/document.xml' },
      { id: '1', part: 'word/footnotes.xml', key: '0F0F0F0F' },
      { id: '1', part: 'word/comments.xml' },
      { id: '1', part: 'word/header1.xml' },
    ]);
  });

  it('finds the planted breaks with their part, paragraph and paraId; line is the paragraph in the checked text', () => {
    expect(report.status, report.error?.message).toBe('ok');
    expect(report.source.format).toBe('docx');
    const found = report.findings.map((f) => ({ flagged: f.excerpt.text.slice(f.excerpt.start, f.excerpt.end), line: f.line, unit: f.unit }));
    expect(found).toEqual([
      { flagged: '. the', line: 1, unit: { index: 0, id: '1', part: 'word/document.xml', key: '1A2B3C4D', offset: 50, endOffset: 55 } },
      { flagged: '. in', line: 2, unit: expect.objectContaining({ id: '3', key: '00000003', offset: 33 }) },
      { flagged: '. with', line: 4, unit: expect.objectContaining({ id: '6', part: 'word/document.xml' }) },
      { flagged: '. of', line: 7, unit: expect.objectContaining({ id: '1', part: 'word/footnotes.xml', key: '0F0F0F0F' }) },
      { flagged: '. the', line: 8, unit: expect.objectContaining({ id: '1', part: 'word/comments.xml' }) },
    ]);
  });

  it('shows fixes but never marks them safe: mtqa does not rewrite .docx files', () => {
    const fixes = report.findings.flatMap((f) => (f.fix ? [f.fix] : []));
    expect(fixes.length).toBeGreaterThan(0);
    for (const fix of fixes) {
      expect(fix.safe).toBe(false);
      expect(fix.description).toMatch(/mtqa does not rewrite Word document files/);
    }
  });

  it('is recognised from its bytes without a file name, and fix --write leaves it as it was', async () => {
    expect(check(WORD_FILE, 'upload').source.format).toBe('docx');
    const file = path.join(dir, 'release.docx');
    writeFileSync(file, WORD_FILE);
    let out = '';
    let err = '';
    const io = { out: (s: string) => (out += s), err: (s: string) => (err += s), color: false };
    expect(await main(['fix', '--write', '--lang', 'en', file], io)).toBe(1);
    expect(new Uint8Array(readFileSync(file))).toEqual(WORD_FILE);
    expect(err).toBe(`mtqa: ${file}: fixes are listed in the report (mtqa check) but not applied: mtqa does not rewrite Word document files\n`);
    expect(await main(['fix', '--lang', 'en', file], io)).toBe(1);
    expect(out).toBe('');
  });

  it('reads a Word document given as the source of another, pairing paragraphs by part and number', () => {
    const r = checkBytes(WORD_FILE, { name: 'release.docx', lang: 'en', sourceDocument: { bytes: WORD_FILE, name: 'original.docx', lang: 'en' } });
    expect(r.status, r.error?.message).toBe('ok');
    expect(r.sourceLanguage).toMatchObject({ code: 'en', source: 'forced' });
  });

  it('reports a paragraph translated otherwise than its repeat, as in plain text: a w14:paraId names a paragraph, it is no context', () => {
    const paragraphs = (texts: string[]) =>
      docxFile({ 'word/document.xml': wordDocument(texts.map((t, i) => `<w:p w14:paraId="0000000${i + 1}">${run(t)}</w:p>`).join('')) });
    const source = paragraphs(['Die Sitzung ist geschlossen.', 'Es folgt die Abstimmung.', 'Die Sitzung ist geschlossen.']);
    const target = paragraphs(['The meeting is closed.', 'The vote follows.', 'The session is adjourned.']);
    const r = checkBytes(target, { name: 'en.docx', lang: 'en', sourceDocument: { bytes: source, name: 'de.docx', lang: 'de' } });
    expect(r.findings.filter((f) => f.rule === 'inconsistent-translation').map((f) => [f.unit?.key, f.severity])).toEqual([['00000003', 'warning']]);
  });
});

// Real files from Word, LibreOffice, docx4j, python-docx and generic XML tools, reduced to what
// the reader met in them (measured on 908 .docx files against mammoth's text; none copied here).
describe('Word documents as other tools and Word versions write them', () => {
  const lines = (bytes: Uint8Array) => docx.readBytes!(bytes).text.split('\n').slice(0, -1);
  const body = (xml: string) => docxFile({ 'word/document.xml': wordDocument(xml) });

  it('reads the Fallback of markup compatibility when the Choice needs what mtqa does not read (an emoji as w16se:symEx, a 2008 text box)', () => {
    const emoji =
      `<w:p>${run('Colored:')}<w:r><mc:AlternateContent><mc:Choice Requires="w16se" xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex"><w16se:symEx w16se:font="Segoe UI Emoji" w16se:char="2764"/></mc:Choice>` +
      `<mc:Fallback><w:t>❤</w:t></mc:Fallback></mc:AlternateContent></w:r>${run(' done.')}</w:p>`;
    const preview =
      `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps" xmlns:wps="http://schemas.microsoft.com/office/word/2008/6/28/wordprocessingShape"><w:drawing><wps:wsp><wps:txbx><w:txbxContent><w:p>${run('Box.')}</w:p></w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p>${run('hello')}</w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    expect(lines(body(emoji + preview))).toEqual(['Colored:❤ done.', 'hello']);
  });

  it('reads WordprocessingML under any prefix or as the default namespace (ElementTree writes ns0:), Strict OOXML too', () => {
    const ns0 =
      '<?xml version="1.0"?><ns0:document xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><ns0:body>' +
      '<ns0:p><ns0:r><ns0:t>ref</ns0:t></ns0:r><ns0:r><ns0:t xml:space="preserve"> one</ns0:t><ns0:delText>gone</ns0:delText></ns0:r></ns0:p></ns0:body></ns0:document>';
    const plain =
      '<?xml version="1.0"?><document xmlns="http://purl.oclc.org/ooxml/wordprocessingml/main"><body><p><r><t>Strict</t></r><r><rPr><vanish/></rPr><t>hidden</t></r></p></body></document>';
    expect(lines(docxFile({ 'word/document.xml': ns0 }))).toEqual(['ref one']);
    expect(lines(docxFile({ 'word/document.xml': plain }))).toEqual(['Strict']);
  });

  it('finds the main document where the package relationships point (Word Online writes word/document2.xml)', () => {
    const file = docxFile({ 'word/document2.xml': wordDocument(`<w:p>${run('Online.')}</w:p>`) });
    const rels = zipSync({
      ...unzipSync(file),
      '_rels/.rels': strToU8(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>',
      ),
    });
    const read = docx.readBytes!(rels);
    expect(read.text).toBe('Online.\n');
    expect(read.units!.map((u) => u.address.part)).toEqual(['word/document2.xml']);
    // A theme package's relationships name its theme as the main part: no Word document.
    const theme = zipSync({
      'theme/theme/themeManager.xml': strToU8('<?xml version="1.0"?><a:themeManager xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/>'),
      '_rels/.rels': strToU8(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="theme/theme/themeManager.xml"/></Relationships>',
      ),
    });
    expect(() => docx.readBytes!(theme)).toThrow("The archive's main part theme/theme/themeManager.xml is <a:themeManager>, not a Word document.");
  });

  it('reads the base text of ruby, not its reading (とうきょう over 東京)', () => {
    const ruby = `<w:p>${run('首都は')}<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="distributeSpace"/></w:rubyPr><w:rt><w:r><w:t>とうきょう</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>東京</w:t></w:r></w:rubyBase></w:ruby></w:r>${run('です。')}</w:p>`;
    expect(lines(body(ruby))).toEqual(['首都は東京です。']);
  });

  it('reads a w:sym of the Symbol font as its Unicode character, of a Unicode font as itself, of other symbol fonts as an object', () => {
    const sym = (font: string, char: string) => `<w:r><w:sym w:font="${font}" w:char="${char}"/></w:r>`;
    const p = `<w:p>${run('stresses ')}${sym('Symbol', 'F073')}${run('x and ')}${sym('Symbol', '0074')}${run('xy, n')}${sym('Symbol', 'F02D')}${run('1 ')}${sym('Arial Unicode MS', '2192')}${run(' ')}${sym('Wingdings', 'F0FC')}</w:p>`;
    expect(lines(body(p))).toEqual(['stresses σx and τxy, n−1 → \uFFFC']);
  });

  it('joins a paragraph whose mark is a tracked deletion with the next, as accepting the change would', () => {
    const deletedMark = '<w:pPr><w:rPr><w:del w:id="1" w:author="A" w:date="2017-09-17T16:39:00Z"/></w:rPr></w:pPr>';
    const xml = `<w:p w14:paraId="00000001">${deletedMark}${run('A split')}</w:p><w:p w14:paraId="00000002">${run('Paragraph.')}</w:p><w:p>${run('Next.')}</w:p>`;
    const read = docx.readBytes!(body(xml));
    expect(read.text).toBe('A splitParagraph.\nNext.\n');
    expect(read.units!.map((u) => u.address)).toEqual([
      { id: '1', part: 'word/document.xml', key: '00000001' },
      { id: '3', part: 'word/document.xml' },
    ]);
  });

  it('says what an OLE file named .docx is: a password-protected document, or a Word 97–2003 .doc', () => {
    // An OLE compound file's signature, then the stream names as its directory holds them (UTF-16LE).
    const ole = (stream: string) => {
      const bytes = new Uint8Array(1536);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      bytes.set(Buffer.from(stream, 'utf16le'), 1024);
      return bytes;
    };
    expect(() => docx.readBytes!(ole('EncryptionInfo'))).toThrow(
      'The file is a password-protected (encrypted) Word document; mtqa cannot read it: save a copy without the password.',
    );
    expect(() => docx.readBytes!(ole('WordDocument'))).toThrow('The file is a Word 97–2003 document (.doc), not a .docx: save it as .docx (Word or LibreOffice) to check it.');
  });
});
