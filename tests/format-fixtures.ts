// Shared by the format tests: the seed rendered into each format (generated here from
// seeds/000_…txt, so the renderings follow the seed), the findings the seed has as plain text,
// and a zip writer (fflate, an independent implementation) for Word files.
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { expect } from 'vitest';
import { checkBytes } from '../lib/check.js';
import { applyEdits, collectEdits } from '../lib/fix.js';
import { escapeXml } from '../lib/formats/xml.js';
import type { Finding, Report } from '../lib/types.js';

export const SEED_TEXT = readFileSync(new URL('../seeds/000_3bf6eb0c58bdff8a.txt', import.meta.url), 'utf8');
const seedReport = checkBytes(new TextEncoder().encode(SEED_TEXT), { name: 'seed.txt' });
/** The eight artifacts as plain text finds them: rule and flagged text. */
export const SEED_FINDINGS = seedReport.findings.map((f) => ({ rule: f.rule, flagged: SEED_TEXT.slice(f.start, f.end) }));
/** The seed with every suggested fix applied: the "source" of the renderings (what the MT should have written). */
const SEED_REPAIRED = applyEdits(SEED_TEXT, collectEdits(seedReport.findings, true));

/** The seed's paragraphs (non-empty lines), each with its repaired twin as a source. */
export const SEED_PARAGRAPHS = SEED_TEXT.split('\n')
  .map((line, i) => ({ target: line, source: SEED_REPAIRED.split('\n')[i] }))
  .filter((p) => p.target.trim() !== '');

/** Marks "Xi Jinping" with inline markup, so the renderings carry markup inside the prose (never inside an artifact). */
const markNames = (escaped: string, open: (n: number) => string, close: (n: number) => string) => {
  let n = 0;
  return escaped.replaceAll('Xi Jinping', () => `${open(++n)}Xi Jinping${close(n)}`);
};
const xml = (s: string) => escapeXml(s).replaceAll('’', '&#8217;');

export const W_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

export function wordDocument(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W_NS}><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

/** A .docx: the parts given plus the content types and relationships Word writes. */
export function docxFile(parts: Record<string, string>): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
  };
  for (const [name, xmlText] of Object.entries(parts)) files[name] = strToU8(xmlText);
  return zipSync(files);
}

export const SEED_RENDERINGS: Record<string, { name: string; content: string | Uint8Array }> = {
  xliff12: {
    name: 'seed.xlf',
    content:
      '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n' +
      '<file original="seed.txt" source-language="en" target-language="en-US" datatype="plaintext"><body>\n' +
      SEED_PARAGRAPHS.map(
        (p, i) =>
          `<trans-unit id="${i + 1}"><source>${xml(p.source)}</source>\n  <target state="translated">` +
          `${markNames(xml(p.target), (n) => `<g id="${n}">`, () => '</g>')}<x id="end${i}"/></target></trans-unit>\n`,
      ).join('') +
      '</body></file></xliff>\n',
  },
  xliff20: {
    name: 'seed.xlf',
    content:
      '<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="en">\n<file id="f1">\n' +
      SEED_PARAGRAPHS.map(
        (p, i) =>
          `<unit id="p${i + 1}"><segment id="1"><source>${xml(p.source)}</source>\n<target>` +
          `${markNames(xml(p.target), (n) => `<pc id="${n}">`, () => '</pc>')}</target></segment></unit>\n`,
      ).join('') +
      '</file></xliff>\n',
  },
  tmx: {
    name: 'seed.tmx',
    content:
      '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4"><header srclang="en-GB" datatype="plaintext" segtype="paragraph" adminlang="en" o-tmf="mtqa" creationtool="mtqa" creationtoolversion="1"/><body>\n' +
      SEED_PARAGRAPHS.map(
        (p, i) =>
          `<tu tuid="${i + 1}"><tuv xml:lang="en-GB"><seg>${xml(p.source)}</seg></tuv>\n<tuv xml:lang="en-US"><seg>` +
          `${markNames(xml(p.target), (n) => `<bpt i="${n}">&lt;b&gt;</bpt>`, (n) => `<ept i="${n}">&lt;/b&gt;</ept>`)}</seg></tuv></tu>\n`,
      ).join('') +
      '</body></tmx>\n',
  },
  html: {
    name: 'seed.html',
    content:
      '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Xi Jinping meets Mikhail Mishustin</title>\n' +
      '<style>p::after { content: ". the"; }</style><script>if (a < b && c) { s = "China. the G20"; }</script></head>\n<body>\n' +
      '<nav><a href="/?lang=en&amp;page=1">News</a> <a href="/about">About us</a></nav>\n' +
      SEED_PARAGRAPHS.map((p) => `<p>${markNames(escapeXml(p.target).replaceAll('“', '&ldquo;').replaceAll('”', '&rdquo;'), () => '<b>', () => '</b>')}</p>\n`).join('') +
      '<footer><p>&copy; 2023 Ministry of Foreign Affairs</p></footer>\n</body></html>\n',
  },
  csv: {
    name: 'seed.csv',
    content: 'id,source,target\r\n' + SEED_PARAGRAPHS.map((p, i) => `p${i + 1},"${p.source.replaceAll('"', '""')}","${p.target.replaceAll('"', '""')}"\r\n`).join(''),
  },
  tsv: {
    name: 'seed.tsv',
    content: 'en-GB\ten-US\n' + SEED_PARAGRAPHS.map((p) => `${p.source}\t${p.target}\n`).join(''),
  },
  docx: {
    name: 'seed.docx',
    content: docxFile({
      'word/document.xml': wordDocument(
        SEED_PARAGRAPHS.map(
          (p, i) =>
            `<w:p w14:paraId="0000000${i}"><w:r><w:t xml:space="preserve">` +
            // A run boundary after every sentence mark and inside words: Word splits runs anywhere.
            xml(p.target)
              .replace(/([.!?]) /g, '$1</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve"> ')
              .replaceAll('operation', 'opera</w:t></w:r><w:r><w:t>tion') +
            '</w:t></w:r></w:p>',
        ).join(''),
      ),
    }),
  },
};

export function check(content: string | Uint8Array, name: string, options: { lang?: string; columns?: [string, string] } = {}): Report {
  return checkBytes(typeof content === 'string' ? new TextEncoder().encode(content) : content, { name, ...options });
}

/**
 * The report has exactly the expected findings (rule, unit, and the flagged text as it stands in
 * the file, or in the checked text for formats that are not text).
 */
export function expectFindings(report: Report, file: string, expected: Array<{ rule: string; flagged: string; unit?: Partial<Finding['unit']> }>): void {
  expect(report.status, report.error?.message).toBe('ok');
  const got = report.findings.map((f) => ({ rule: f.rule, flagged: file.slice(f.start, f.end), unit: f.unit }));
  expect(got).toEqual(expected.map((e) => (e.unit ? { ...e, unit: expect.objectContaining(e.unit) } : { ...e, unit: expect.anything() })));
}
