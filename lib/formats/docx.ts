// Word documents (.docx, a ZIP of XML parts). Each paragraph with text is a unit and a line of the
// checked text: the main document, then footnotes, endnotes, comments, headers and footers. A
// paragraph's runs are joined (Word splits runs anywhere: "BRICS and China" + bold ". the G20"),
// tracked insertions kept and deletions dropped (w:del, w:moveFrom), field instructions dropped
// and field results kept, hidden text (w:vanish) dropped, tabs and breaks read as spaces, text
// boxes read once (markup compatibility: the first mc:Choice whose namespaces mtqa reads, else the
// mc:Fallback), ruby read as its base text without the reading, a paragraph whose mark is a tracked
// deletion joined with the next, w:sym of the Symbol font as its Unicode character. Names are
// resolved through their namespaces: generic XML tools write ns0: or a default namespace, Strict
// OOXML another URI. There is no text file to point into: findings
// give offsets into the checked text, the paragraph as the line, and the unit names the part,
// the paragraph's number in it (1-based, counting empty paragraphs) and its w14:paraId.

import { isZip, ZipArchive } from './zip.js';
import { localName, Tok, XmlScanner } from './xml.js';
import { FormatError, type FormatAbout, type FormatReader, type ReadResult, type Unit } from './types.js';
import { OBJECT_REPLACEMENT } from '../text/chars.js';

/** Where Word puts the main document; the package relationships may name another part. */
const MAIN = 'word/document.xml';
const NOTES = ['word/footnotes.xml', 'word/endnotes.xml', 'word/comments.xml'];
const HEADERS_FOOTERS = /^word\/(header|footer)([0-9]*)\.xml$/;

/** Elements whose content is never shown text: deletions, field codes, properties, ruby's reading. */
const SKIPPED = new Set(['w:del', 'w:moveFrom', 'w:delText', 'w:instrText', 'w:delInstrText', 'w:rPrChange', 'w:sectPr', 'w:tblPr', 'w:trPr', 'w:tcPr', 'w:rt']);
/** Empty elements that stand for a character. */
const CHARACTERS: Record<string, string> = { 'w:tab': ' ', 'w:ptab': ' ', 'w:br': ' ', 'w:cr': ' ', 'w:noBreakHyphen': '\u2011', 'w:softHyphen': '' };

/** The prefixes the reader names elements with, by namespace (Transitional and Strict WordprocessingML alike). */
const CANONICAL: Readonly<Record<string, string>> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.microsoft.com/office/word/2010/wordml': 'w14',
};
const CANONICAL_PREFIXES = new Set(Object.values(CANONICAL));
/**
 * Namespaces an mc:Choice may require and still be read: shapes, groups, canvases and their text
 * boxes (whose text is w:p as anywhere), VML, Word 2010/2013 attributes. Any other (a 2008 preview
 * text box, Word 2015's w16se:symEx emoji given as an attribute, charts) leaves the text to mc:Fallback.
 */
const UNDERSTOOD = new Set([
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing',
  'http://schemas.microsoft.com/office/word/2010/wordml',
  'http://schemas.microsoft.com/office/word/2012/wordml',
  'urn:schemas-microsoft-com:vml',
]);

/**
 * The Symbol font's characters 0x20–0xFE in Unicode (Adobe's Symbol encoding, as Unicode's
 * SYMBOL.TXT maps it; 0x7F–0x9F are unassigned). Word writes them as w:sym w:font="Symbol"
 * w:char="F0xx": Greek letters and mathematical signs in running text ("σx", "n−1").
 */
const SYMBOL_FONT = Array.from(
  ' !∀#∃%&∍()*+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_‾αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}~' +
    OBJECT_REPLACEMENT.repeat(0xa0 - 0x7f) +
    '€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…⏐⎯↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓◊〈®©™∑⎛⎜⎝⎡⎢⎣⎧⎨⎩⎪〉∫⌠⎮⌡⎞⎟⎠⎤⎥⎦⎫⎬⎭',
);

/**
 * The character a w:sym stands for. Word gives a symbol font's characters at F000 + their code in
 * the font (or at their code): only the Symbol font's have a known Unicode equivalent; other symbol
 * fonts' (Wingdings, Webdings, math fonts) are pictures, an object. Any other w:char from A0 on
 * is a Unicode font's character itself.
 */
function symbolChar(font: string | undefined, char: string | undefined): string {
  const code = char && /^[0-9A-Fa-f]{1,6}$/.test(char) ? Number.parseInt(char, 16) : -1;
  const privateUse = code >= 0xf000 && code <= 0xf0ff;
  if (font?.toLowerCase() === 'symbol') {
    const c = code & 0xff;
    return (privateUse || (code >= 0 && code < 0x100)) && c >= 0x20 && c < 0xff ? SYMBOL_FONT[c - 0x20] : OBJECT_REPLACEMENT;
  }
  return code >= 0xa0 && code <= 0x10ffff && !privateUse && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : OBJECT_REPLACEMENT;
}

/**
 * The main document's part: the package relationship of type officeDocument (Transitional or
 * Strict) names it; Word Online writes word/document2.xml.
 */
function mainPart(zip: ZipArchive): string {
  if (!zip.has('_rels/.rels')) return MAIN;
  try {
    const sc = new XmlScanner(decodePart(zip.read('_rels/.rels'), '_rels/.rels'));
    while (sc.next() !== Tok.End) {
      if (sc.kind === Tok.Open && localName(sc.name) === 'Relationship' && /\/officeDocument$/.test(sc.attr('Type') ?? '')) {
        const target = (sc.attr('Target') ?? '').replace(/^\//, '');
        if (zip.has(target)) return target;
      }
    }
  } catch (err) {
    // A damaged relationships part: Word's usual name is tried instead.
    if (!(err instanceof FormatError)) throw err;
  }
  return MAIN;
}

/** The parts read, in the order their text appears in the checked text. */
function partsOf(zip: ZipArchive, main: string): string[] {
  const order = (name: string) => {
    const m = HEADERS_FOOTERS.exec(name)!;
    return [m[1] === 'header' ? 0 : 1, Number(m[2] || 0)];
  };
  const headers = zip.names.filter((n) => HEADERS_FOOTERS.test(n)).sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0] - y[0] || x[1] - y[1];
  });
  return [main, ...NOTES.filter((n) => zip.has(n)), ...headers];
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

/**
 * Element and attribute names as the reader knows them (`w:p`), whatever prefix the part binds to
 * their namespace. Word binds the usual prefixes on the root element, so names are taken as written
 * until a declaration binds a known namespace to another prefix (ElementTree's ns0:, a default
 * namespace) or a known prefix to another namespace; declarations are found by looking for
 * "xmlns" ahead of the scan, once per occurrence.
 */
class Names {
  private readonly scopes: Array<{ depth: number; bindings: Map<string, string>; asWritten: boolean }> = [];
  private xmlnsAt = -1;

  constructor(
    private readonly xml: string,
    private readonly sc: XmlScanner,
  ) {}

  /** Notes the declarations of the current Open token; call once per Open. */
  open(): void {
    const sc = this.sc;
    if (this.xmlnsAt < sc.start) {
      const at = this.xml.indexOf('xmlns', sc.start);
      this.xmlnsAt = at < 0 ? Infinity : at;
    }
    if (this.xmlnsAt >= sc.end) return;
    const bindings = new Map<string, string>();
    for (const [name, value] of Object.entries(sc.attrs())) {
      if (name === 'xmlns') bindings.set('', value);
      else if (name.startsWith('xmlns:')) bindings.set(name.slice(6), value);
    }
    if (bindings.size === 0) return;
    let asWritten = this.asWritten;
    for (const [prefix, uri] of bindings) {
      const canonical = CANONICAL[uri];
      if (canonical !== undefined ? canonical !== prefix : CANONICAL_PREFIXES.has(prefix) || (prefix === '' && uri !== '')) asWritten = false;
    }
    this.scopes.push({ depth: sc.depth, bindings, asWritten });
  }

  /** Forgets the declarations of elements that have closed; call on each Close. */
  close(): void {
    while (this.scopes.length > 0 && this.scopes[this.scopes.length - 1].depth > this.sc.depth) this.scopes.pop();
  }

  private get asWritten(): boolean {
    return this.scopes.length === 0 || this.scopes[this.scopes.length - 1].asWritten;
  }

  /** The namespace bound to `prefix` where the scanner is. */
  uri(prefix: string): string | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const uri = this.scopes[i].bindings.get(prefix);
      if (uri !== undefined) return uri;
    }
    return undefined;
  }

  private resolve(qname: string, isAttribute: boolean): string {
    const colon = qname.indexOf(':');
    // An attribute without a prefix is in no namespace; an element without one, in the default.
    if (colon < 0 && isAttribute) return qname;
    const uri = this.uri(colon < 0 ? '' : qname.slice(0, colon));
    const canonical = uri === undefined ? undefined : CANONICAL[uri];
    return canonical !== undefined ? `${canonical}:${qname.slice(colon + 1)}` : uri === undefined ? qname : `{${uri}}${qname.slice(colon + 1)}`;
  }

  /** The current Open or Close token's name. */
  get element(): string {
    return this.asWritten ? this.sc.name : this.resolve(this.sc.name, false);
  }

  /** An attribute of the current Open token, by the name the reader knows it by. */
  attr(name: string): string | undefined {
    if (this.asWritten) return this.sc.attr(name);
    for (const [written, value] of Object.entries(this.sc.attrs())) if (this.resolve(written, true) === name) return value;
    return undefined;
  }
}

/** Whether mtqa reads every namespace an mc:Choice requires (its Requires: prefixes, space-separated). */
function understood(requires: string | undefined, names: Names): boolean {
  return (requires ?? '').split(/\s+/).every((prefix) => prefix === '' || UNDERSTOOD.has(names.uri(prefix) ?? ''));
}

/**
 * Within a w:pPr (after its Open token): whether the paragraph mark is a tracked deletion or move
 * away (w:pPr/w:rPr/w:del or w:moveFrom), leaving the scanner on the w:pPr's Close token.
 */
function markDeleted(sc: XmlScanner, names: Names): boolean {
  const depth = sc.depth;
  let deleted = false;
  while (sc.next() !== Tok.End) {
    if (sc.kind === Tok.Close) {
      names.close();
      if (sc.depth < depth) return deleted;
    } else if (sc.kind === Tok.Open) {
      names.open();
      const name = names.element;
      if (sc.depth === depth + 1 && name === 'w:rPr') continue;
      if (sc.depth === depth + 2 && (name === 'w:del' || name === 'w:moveFrom')) deleted = true;
      sc.skipElement();
      names.close();
    }
  }
  return deleted;
}

interface OpenParagraph {
  chunks: string[];
  ordinal: number;
  paraId?: string;
  joinsNext?: boolean;
}

/** Reads one XML part's paragraphs into `out`; `root`: the root element the part must have. */
function readPart(xml: string, part: string, out: DocxText, root?: string): void {
  const sc = new XmlScanner(xml);
  const names = new Names(xml, sc);
  // Open paragraphs, innermost last (a text box's paragraphs sit inside a run of another).
  const open: OpenParagraph[] = [];
  // A paragraph whose mark is deleted: its text goes on in the next paragraph.
  let carried: OpenParagraph | undefined;
  // Open mc:AlternateContent elements: whether one of their choices has been read.
  const alternatives: boolean[] = [];
  let ordinal = 0;
  let inText = false;
  let hidden = false;
  try {
    while (sc.next() !== Tok.End) {
      const p = open[open.length - 1];
      switch (sc.kind) {
        case Tok.Open: {
          names.open();
          const name = names.element;
          if (root !== undefined && sc.depth === 1 && name !== root) {
            // The package points at something else as its main part (a theme, a workbook).
            throw new FormatError(`The archive's main part ${part} is <${sc.name}>, not a Word document.`);
          }
          if (SKIPPED.has(name) || ((name === 'w:footnote' || name === 'w:endnote') && names.attr('w:type') !== undefined && names.attr('w:type') !== 'normal')) {
            sc.skipElement();
            names.close();
          } else if (name === 'mc:AlternateContent') {
            alternatives.push(false);
          } else if (name === 'mc:Choice' || name === 'mc:Fallback') {
            const taken = alternatives[alternatives.length - 1];
            if (taken || (name === 'mc:Choice' && !understood(names.attr('Requires'), names))) {
              sc.skipElement();
              names.close();
            } else alternatives[alternatives.length - 1] = true;
          } else if (name === 'w:p') {
            ordinal++;
            open.push(carried ?? { chunks: [], ordinal, paraId: names.attr('w14:paraId') });
            carried = undefined;
          } else if (name === 'w:pPr') {
            const deleted = markDeleted(sc, names);
            if (p && deleted) p.joinsNext = true;
          } else if (name === 'w:r') {
            hidden = false;
          } else if (name === 'w:vanish') {
            const val = names.attr('w:val');
            hidden = val !== 'false' && val !== '0' && val !== 'off';
          } else if (name === 'w:t') {
            inText = !hidden;
          } else if (p && !hidden && name === 'w:sym') {
            p.chunks.push(symbolChar(names.attr('w:font'), names.attr('w:char')));
          } else if (p && !hidden && name in CHARACTERS) {
            p.chunks.push(CHARACTERS[name]);
          }
          break;
        }
        case Tok.Close: {
          const name = names.element;
          names.close();
          if (name === 'w:t') inText = false;
          else if (name === 'mc:AlternateContent') alternatives.pop();
          else if (name === 'w:p') {
            const done = open.pop()!;
            if (done.joinsNext) {
              done.joinsNext = false;
              carried = done;
            } else out.paragraph(done.chunks.join(''), part, done.ordinal, done.paraId);
          }
          break;
        }
        case Tok.Text:
        case Tok.CData:
          if (inText && p) p.chunks.push(xml.slice(sc.start, sc.end));
          break;
        case Tok.Ref:
          if (inText && p) p.chunks.push(sc.value);
          break;
      }
    }
    // The last paragraph's mark deleted: nothing follows to join it with.
    if (carried) out.paragraph(carried.chunks.join(''), part, carried.ordinal, carried.paraId);
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

/** What an OLE compound file (Office 97–2003's container) given as a .docx is, said as an error. */
function oleError(bytes: Uint8Array): FormatError {
  // The directory names its streams in UTF-16LE: an encrypted OOXML document keeps its package in
  // "EncryptedPackage" beside "EncryptionInfo"; a Word 97–2003 file has a "WordDocument" stream.
  const text = new TextDecoder('latin1').decode(bytes);
  const has = (stream: string) => text.includes(stream.split('').join('\0'));
  if (has('EncryptionInfo')) return new FormatError('The file is a password-protected (encrypted) Word document; mtqa cannot read it: save a copy without the password.');
  if (has('WordDocument')) return new FormatError('The file is a Word 97–2003 document (.doc), not a .docx: save it as .docx (Word or LibreOffice) to check it.');
  return new FormatError('The file is an Office 97–2003 file (an OLE compound file), not a .docx document.');
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function readDocx(bytes: Uint8Array): ReadResult {
  if (!isZip(bytes)) {
    if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) throw oleError(bytes);
    throw new FormatError('The file is not a ZIP archive, so not a .docx document.');
  }
  const zip = new ZipArchive(bytes);
  const main = mainPart(zip);
  if (!zip.has(main)) throw new FormatError(`The archive has no ${MAIN}: it is not a Word document.`);
  const out = new DocxText();
  for (const part of partsOf(zip, main)) readPart(decodePart(zip.read(part), part), part, out, part === main ? 'w:document' : undefined);
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
      const zip = new ZipArchive(bytes);
      return zip.has(mainPart(zip));
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
