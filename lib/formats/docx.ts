// Word documents (.docx, a ZIP of XML parts). Each paragraph with text is a unit and a line of the
// checked text: the main document, then footnotes, endnotes, comments, headers and footers. A
// paragraph's runs are joined (Word splits runs anywhere: "BRICS and China" + bold ". the G20"),
// tracked insertions kept and deletions dropped (w:del, w:moveFrom), field instructions dropped
// and field results kept, hidden text (w:vanish) dropped, tabs and breaks read as spaces, text
// boxes read once (the VML fallback copy skipped). There is no text file to point into: findings
// give offsets into the checked text, the paragraph as the line, and the unit names the part,
// the paragraph's number in it (1-based, counting empty paragraphs) and its w14:paraId.

import { isZip, ZipArchive } from './zip.js';
import { Tok, XmlScanner } from './xml.js';
import { FormatError, type FormatAbout, type FormatReader, type ReadResult, type Unit } from './types.js';
import { OBJECT_REPLACEMENT } from '../text/chars.js';

const MAIN = 'word/document.xml';
const NOTES = ['word/footnotes.xml', 'word/endnotes.xml', 'word/comments.xml'];
const HEADERS_FOOTERS = /^word\/(header|footer)([0-9]*)\.xml$/;

/** Elements whose content is never shown text: deletions, field codes, properties, duplicates. */
const SKIPPED = new Set(['w:del', 'w:moveFrom', 'w:delText', 'w:instrText', 'w:delInstrText', 'mc:Fallback', 'w:rPrChange', 'w:pPr', 'w:sectPr', 'w:tblPr', 'w:trPr', 'w:tcPr']);
/** Empty elements that stand for a character. */
const CHARACTERS: Record<string, string> = { 'w:tab': ' ', 'w:ptab': ' ', 'w:br': ' ', 'w:cr': ' ', 'w:noBreakHyphen': '\u2011', 'w:softHyphen': '', 'w:sym': OBJECT_REPLACEMENT };

/** The parts read, in the order their text appears in the checked text. */
function partsOf(zip: ZipArchive): string[] {
  const order = (name: string) => {
    const m = HEADERS_FOOTERS.exec(name)!;
    return [m[1] === 'header' ? 0 : 1, Number(m[2] || 0)];
  };
  const headers = zip.names.filter((n) => HEADERS_FOOTERS.test(n)).sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0] - y[0] || x[1] - y[1];
  });
  return [MAIN, ...NOTES.filter((n) => zip.has(n)), ...headers];
}

function decodePart(bytes: Uint8Array, name: string): string {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new FormatError(`'${name}' is not valid UTF-8 or UTF-16.`);
  }
}

class DocxText {
  private readonly chunks: string[] = [];
  private length = 0;
  readonly units: Unit[] = [];

  /** Adds a paragraph's text as a unit on its own line (nothing for a paragraph without text). */
  paragraph(text: string, part: string, ordinal: number, paraId: string | undefined): void {
    // Characters that would end the line inside the paragraph are spaces here, as Word shows them.
    const line = text.replace(/[\r\n\u2028\u2029]/g, ' ');
    if (line.trim() === '') return;
    const address = paraId ? { id: String(ordinal), part, key: paraId } : { id: String(ordinal), part };
    this.units.push({ address, kind: 'prose', start: this.length, end: this.length + line.length });
    this.chunks.push(line, '\n');
    this.length += line.length + 1;
  }

  get text(): string {
    return this.chunks.join('');
  }
}

/** Reads one XML part's paragraphs into `out`. */
function readPart(xml: string, part: string, out: DocxText): void {
  const sc = new XmlScanner(xml);
  // Open paragraphs, innermost last (a text box's paragraphs sit inside a run of another).
  const open: Array<{ chunks: string[]; ordinal: number; paraId?: string }> = [];
  let ordinal = 0;
  let inText = false;
  let hidden = false;
  try {
    while (sc.next() !== Tok.End) {
      const p = open[open.length - 1];
      switch (sc.kind) {
        case Tok.Open: {
          const name = sc.name;
          if (SKIPPED.has(name) || ((name === 'w:footnote' || name === 'w:endnote') && sc.attr('w:type') !== undefined && sc.attr('w:type') !== 'normal')) {
            sc.skipElement();
          } else if (name === 'w:p') {
            open.push({ chunks: [], ordinal: ++ordinal, paraId: sc.attr('w14:paraId') });
          } else if (name === 'w:r') {
            hidden = false;
          } else if (name === 'w:vanish') {
            const val = sc.attr('w:val');
            hidden = val !== 'false' && val !== '0' && val !== 'off';
          } else if (name === 'w:t') {
            inText = !hidden;
          } else if (p && !hidden && name in CHARACTERS) {
            p.chunks.push(CHARACTERS[name]);
          }
          break;
        }
        case Tok.Close:
          if (sc.name === 'w:t') inText = false;
          else if (sc.name === 'w:p') {
            const done = open.pop()!;
            out.paragraph(done.chunks.join(''), part, done.ordinal, done.paraId);
          }
          break;
        case Tok.Text:
        case Tok.CData:
          if (inText && p) p.chunks.push(xml.slice(sc.start, sc.end));
          break;
        case Tok.Ref:
          if (inText && p) p.chunks.push(sc.value);
          break;
      }
    }
  } catch (err) {
    if (err instanceof FormatError && err.offset !== undefined) {
      const before = xml.slice(0, err.offset);
      const line = before.split('\n').length;
      const column = err.offset - before.lastIndexOf('\n');
      throw new FormatError(`${part}, line ${line}, column ${column}: ${err.message}`);
    }
    throw err;
  }
}

function readDocx(bytes: Uint8Array): ReadResult {
  if (!isZip(bytes)) throw new FormatError('The file is not a ZIP archive, so not a .docx document.');
  const zip = new ZipArchive(bytes);
  if (!zip.has(MAIN)) throw new FormatError(`The archive has no ${MAIN}: it is not a Word document.`);
  const out = new DocxText();
  for (const part of partsOf(zip)) readPart(decodePart(zip.read(part), part), part, out);
  return { text: out.text, units: out.units };
}

export const docx: FormatReader = {
  meta: {
    id: 'docx',
    name: 'Word document',
    extensions: ['docx', 'docm', 'dotx'],
  },
  sniffBytes: (bytes) => {
    if (!isZip(bytes)) return false;
    try {
      return new ZipArchive(bytes).has(MAIN);
    } catch {
      return false;
    }
  },
  readBytes: readDocx,
  read: () => {
    throw new FormatError('A .docx file is a ZIP archive: mtqa reads it from its bytes, not as text.');
  },
};

/** What the reader reads and its examples (see FormatAbout); the registry leaves them out. */
export const about: Readonly<Record<string, FormatAbout>> = {
  docx: {
    description:
      'Word documents: the text of each paragraph on a line (main text, footnotes, endnotes, comments, headers, ' +
      'footers), runs joined, tracked insertions kept and deletions dropped, field codes and hidden text dropped. ' +
      'Findings point into the checked text (line = paragraph) and name part, paragraph number and w14:paraId; ' +
      'fixes are shown, never applied (mtqa does not rewrite .docx files).',
    // The tests run this example through a real zip (file = word/document.xml's content).
    examples: [
      {
        file:
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
          '<w:p><w:r><w:t>BRICS and China</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">. the G20</w:t></w:r>' +
          '<w:del w:id="1" w:author="A"><w:r><w:delText> old</w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve"> summit</w:t></w:r></w:ins>' +
          '<w:r><w:t>.</w:t></w:r></w:p><w:p/></w:body></w:document>',
        text: 'BRICS and China. the G20 summit.\n',
      },
    ],
  },
};
