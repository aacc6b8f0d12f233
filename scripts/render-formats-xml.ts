// Renders paragraphs of translated prose (each with its source) into the markup and bilingual
// formats mtqa reads, as the tools that make them would: XLIFF 1.2 and 2.0 and TMX with inline
// codes, an HTML page with navigation, script and entities, bilingual CSV and TSV, and a Word file
// whose runs split sentences. Inline markup goes around "Xi Jinping" only (never inside an artifact
// of the seed). The tests render the seed this way and the benchmark measures each reader on the
// same prose as plain text.

import { docxFile, wordDocument } from './docx-file.mjs';
import { escapeXml } from '../lib/formats/xml.js';

export { docxFile, W_NS, wordDocument } from './docx-file.mjs';

export interface Paragraph {
  target: string;
  source: string;
}

/** Marks each "Xi Jinping" with inline markup. */
const markNames = (escaped: string, open: (n: number) => string, close: (n: number) => string) => {
  let n = 0;
  return escaped.replaceAll('Xi Jinping', () => `${open(++n)}Xi Jinping${close(n)}`);
};
/** XML-escaped, with a character reference as CAT tools write some. */
const xml = (s: string) => escapeXml(s).replaceAll('’', '&#8217;');

export const toXliff12 = (paragraphs: Paragraph[]) =>
  '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n' +
  '<file original="seed.txt" source-language="en" target-language="en-US" datatype="plaintext"><body>\n' +
  paragraphs
    .map(
      (p, i) =>
        `<trans-unit id="${i + 1}"><source>${markNames(xml(p.source), (n) => `<g id="${n}">`, () => '</g>')}<x id="end${i}"/></source>\n  <target state="translated">` +
        `${markNames(xml(p.target), (n) => `<g id="${n}">`, () => '</g>')}<x id="end${i}"/></target></trans-unit>\n`,
    )
    .join('') +
  '</body></file></xliff>\n';

export const toXliff20 = (paragraphs: Paragraph[]) =>
  '<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="en">\n<file id="f1">\n' +
  paragraphs
    .map(
      (p, i) =>
        `<unit id="p${i + 1}"><segment id="1"><source>${markNames(xml(p.source), (n) => `<pc id="${n}">`, () => '</pc>')}</source>\n<target>` +
        `${markNames(xml(p.target), (n) => `<pc id="${n}">`, () => '</pc>')}</target></segment></unit>\n`,
    )
    .join('') +
  '</file></xliff>\n';

export const toTmx = (paragraphs: Paragraph[]) =>
  '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4"><header srclang="en-GB" datatype="plaintext" segtype="paragraph" adminlang="en" o-tmf="mtqa" creationtool="mtqa" creationtoolversion="1"/><body>\n' +
  paragraphs
    .map(
      (p, i) =>
        `<tu tuid="${i + 1}"><tuv xml:lang="en-GB"><seg>${markNames(xml(p.source), (n) => `<bpt i="${n}">&lt;b&gt;</bpt>`, (n) => `<ept i="${n}">&lt;/b&gt;</ept>`)}</seg></tuv>\n<tuv xml:lang="en-US"><seg>` +
        `${markNames(xml(p.target), (n) => `<bpt i="${n}">&lt;b&gt;</bpt>`, (n) => `<ept i="${n}">&lt;/b&gt;</ept>`)}</seg></tuv></tu>\n`,
    )
    .join('') +
  '</body></tmx>\n';

export const toHtml = (paragraphs: Paragraph[]) =>
  '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Xi Jinping meets Mikhail Mishustin</title>\n' +
  '<style>p::after { content: ". the"; }</style><script>if (a < b && c) { s = "China. the G20"; }</script></head>\n<body>\n' +
  '<nav><a href="/?lang=en&amp;page=1">News</a> <a href="/about">About us</a></nav>\n' +
  paragraphs.map((p) => `<p>${markNames(escapeXml(p.target).replaceAll('“', '&ldquo;').replaceAll('”', '&rdquo;'), () => '<b>', () => '</b>')}</p>\n`).join('') +
  '<footer><p>&copy; 2023 Ministry of Foreign Affairs</p></footer>\n</body></html>\n';

const csvField = (s: string) => `"${s.replaceAll('"', '""')}"`;
export const toCsv = (paragraphs: Paragraph[]) => 'id,source,target\r\n' + paragraphs.map((p, i) => `p${i + 1},${csvField(p.source)},${csvField(p.target)}\r\n`).join('');

/** Quoted only where it must be, as Excel writes "Unicode text": a tab, line break or leading quote. */
const tsvField = (s: string) => (/[\t\r\n]|^"/.test(s) ? csvField(s) : s);
export const toTsv = (paragraphs: Paragraph[]) => 'en-GB\ten-US\n' + paragraphs.map((p) => `${tsvField(p.source)}\t${tsvField(p.target)}\n`).join('');

/** A paragraph per <w:p>, a run boundary after every sentence mark and inside words: Word splits runs anywhere. */
export const toDocx = (paragraphs: Paragraph[]) =>
  docxFile({
    'word/document.xml': wordDocument(
      paragraphs
        .map(
          (p, i) =>
            `<w:p w14:paraId="${(i + 1).toString(16).toUpperCase().padStart(8, '0')}"><w:r><w:t xml:space="preserve">` +
            xml(p.target)
              .replace(/([.!?]) /g, '$1</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve"> ')
              .replaceAll('operation', 'opera</w:t></w:r><w:r><w:t>tion') +
            '</w:t></w:r></w:p>',
        )
        .join(''),
    ),
  });

/** An Xcode string catalog: the source in the source language (en-US), the translation in en-GB. */
export const toXcstrings = (paragraphs: Paragraph[]) => {
  const unit = (value: string) => ({ stringUnit: { state: 'translated', value } });
  const strings = Object.fromEntries(paragraphs.map((p, i) => [`p${i + 1}`, { localizations: { 'en-US': unit(p.source), 'en-GB': unit(p.target) } }]));
  return `${JSON.stringify({ sourceLanguage: 'en-US', strings, version: '1.0' }, null, 2).replace(/": /g, '" : ')}\n`;
};

/** Every rendering, by a file name that selects its reader. */
export const XML_RENDERINGS: ReadonlyArray<[string, (paragraphs: Paragraph[]) => string | Uint8Array]> = [
  ['doc.xlf', toXliff12],
  ['doc-2.0.xlf', toXliff20],
  ['doc.tmx', toTmx],
  ['doc.html', toHtml],
  ['doc.csv', toCsv],
  ['doc.tsv', toTsv],
  ['doc.docx', toDocx],
  ['doc.xcstrings', toXcstrings],
];
