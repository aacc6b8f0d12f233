// Android string resources (res/values-XX/strings.xml): each <string> is a unit (id: its name),
// each <item> of a <plurals> a unit of its own (segment: its quantity, "one", "few", "other"…),
// each <item> of a <string-array> too (segment: its index). Strings marked translatable="false"
// and strings that only refer to another resource ("@string/app_name") are not text to check.
// The text is read as Android reads it (aapt2): backslash escapes decoded (\' \" \\ \n \t \@ \?
// \uXXXX; "\n" is a line end in the checked text), unescaped double quotes are no text (they only
// keep white space), white space outside them collapsed to one space and trimmed at the edges.
// Inline styling tags (<b>, <i>, <u>, <font>, <a>, <annotation>…) leave no trace; <xliff:g>
// marks what must stay untranslated (a placeholder, a brand) and stands as U+FFFC; HTML written
// inside a CDATA section (for Html.fromHtml) is markup too, its entities decoded. printf
// placeholders (%1$s, %d) stay in the text, as in PO files, for placeholder checks against the
// source (`--source values/strings.xml`: units pair by name and segment); a plural item that
// serves one count alone in the folder's language (values-de "one", values-ar "two") may say
// its count in words. The folder names the language (values-de, values-pt-rBR, values-b+sr+Latn).

import { entityCodePoint } from '../catalogue/entities.js';
import { OBJECT_REPLACEMENT } from '../text/chars.js';
import { isLineBreakTag } from './line-break-tag.js';
import { pluralNotes, singleCountOf } from './plural-categories.js';
import { TextBuilder } from './offset-map.js';
import { escapeXml, rootElement, Tok, XmlScanner } from './xml.js';
import { FormatError, type FormatAbout, type FormatReader, type ReadOptions, type ReadResult, type UnitAddress } from './types.js';

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', '\\': '\\', "'": "'", '"': '"', '@': '@', '?': '?' };

/** A string whose whole value names another resource or a theme attribute: no text of its own. */
const REFERENCE = /^\s*[@?][\w.:]*\/[\w.]+\s*$/;

/** An HTML tag or comment inside CDATA content. */
const HTML_TAG = /<\/?[A-Za-z][^<>]*>|<!--[^]*?-->/g;
const HTML_REF = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/**
 * Writes one resource string's text into the builder: escapes decoded, quotes dropped, white space
 * collapsed outside quotes and trimmed at the string's edges, as aapt2 compiles it.
 */
class StringText {
  private quoted = false;
  /** Whether text has been written (leading white space is dropped). */
  private started = false;
  /** A run of white space not yet written: kept as a space if more text follows, dropped at the end. */
  private spaceFrom = -1;
  private spaceTo = -1;
  /** Whether the last thing written ends in a line end ("\n" escape) or a space: white space right after it is dropped. */
  private lastWasLineEnd = false;
  private lastWasSpace = false;

  constructor(
    private readonly b: TextBuilder,
    private readonly file: string,
  ) {}

  private flushSpace(): void {
    if (this.spaceFrom < 0) return;
    const from = this.spaceFrom;
    const to = this.spaceTo;
    this.spaceFrom = this.spaceTo = -1;
    if (!this.started || this.lastWasLineEnd || this.lastWasSpace) this.b.opaque('', from, to);
    else if (to - from === 1 && this.file[from] === ' ') this.b.verbatim(from, to);
    else this.b.replaced(' ', from, to);
    this.lastWasSpace = true;
  }

  private text(written: string, start: number, end: number, verbatim: boolean): void {
    // White space before a line end ("Done. \n", "Done. <br/>") ends no line in the text.
    if (written.startsWith('\n') && this.spaceFrom >= 0) {
      this.b.opaque('', this.spaceFrom, this.spaceTo);
      this.spaceFrom = this.spaceTo = -1;
    }
    this.flushSpace();
    if (verbatim) this.b.verbatim(start, end);
    else this.b.replaced(written, start, end);
    this.started = true;
    this.lastWasLineEnd = written.endsWith('\n');
    this.lastWasSpace = written.endsWith(' ');
  }

  /**
   * Markup that stands for nothing (a tag): white space on both sides of it still collapses to one
   * space, written before it ("a <b> c" reads "a c").
   */
  markup(start: number, end: number, stand = ''): void {
    if (stand !== '') {
      this.text(stand, start, end, false);
      return;
    }
    this.flushSpace();
    this.b.opaque('', start, end);
  }

  /** A code that stands for content (U+FFFC). */
  object(start: number, end: number): void {
    this.flushSpace();
    this.b.opaque(OBJECT_REPLACEMENT, start, end);
    this.started = true;
    this.lastWasLineEnd = this.lastWasSpace = false;
  }

  /** A character reference, decoded. */
  ref(value: string, start: number, end: number): void {
    this.text(value, start, end, false);
  }

  /** Characters of the file, with Android's escapes and quoting. */
  chars(start: number, end: number): void {
    const f = this.file;
    let run = start;
    const flushRun = (to: number) => {
      if (to > run) this.text(f.slice(run, to), run, to, true);
    };
    for (let i = start; i < end; ) {
      const c = f[i];
      if (c === '\\' && i + 1 < end) {
        flushRun(i);
        const e = f[i + 1];
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(f.slice(i + 2, i + 6))) {
          this.text(String.fromCharCode(parseInt(f.slice(i + 2, i + 6), 16)), i, i + 6, false);
          i += 6;
        } else {
          // aapt2 drops the backslash of an escape it does not know and keeps the character.
          this.text(ESCAPES[e] ?? e, i, i + 2, false);
          i += 2;
        }
        run = i;
      } else if (c === '"') {
        flushRun(i);
        this.flushSpace();
        this.quoted = !this.quoted;
        this.b.opaque('', i, i + 1);
        run = ++i;
      } else if (!this.quoted && (c === ' ' || c === '\n' || c === '\t' || c === '\r')) {
        flushRun(i);
        let j = i + 1;
        while (j < end && (f[j] === ' ' || f[j] === '\n' || f[j] === '\t' || f[j] === '\r')) j++;
        if (this.spaceFrom >= 0 && this.spaceTo === i) this.spaceTo = j;
        else {
          this.flushSpace();
          this.spaceFrom = i;
          this.spaceTo = j;
        }
        run = i = j;
      } else i++;
    }
    flushRun(end);
  }

  /** CDATA content: HTML for Html.fromHtml, its tags markup and its entities decoded. */
  html(start: number, end: number): void {
    const f = this.file;
    const content = f.slice(start, end);
    let at = 0;
    const plain = (to: number) => {
      // Entities inside the HTML, decoded; the rest read as resource text.
      const part = content.slice(at, to);
      let k = 0;
      HTML_REF.lastIndex = 0;
      for (let m = HTML_REF.exec(part); m; m = HTML_REF.exec(part)) {
        const cp = m[3] !== undefined ? entityCodePoint(m[3]) : m[1] !== undefined ? Number(m[1]) : parseInt(m[2], 16);
        if (cp === undefined || cp > 0x10ffff) continue;
        this.chars(start + at + k, start + at + m.index);
        this.ref(String.fromCodePoint(cp), start + at + m.index, start + at + m.index + m[0].length);
        k = m.index + m[0].length;
      }
      this.chars(start + at + k, start + to);
    };
    HTML_TAG.lastIndex = 0;
    for (let m = HTML_TAG.exec(content); m; m = HTML_TAG.exec(content)) {
      plain(m.index);
      this.markup(start + m.index, start + m.index + m[0].length, isLineBreakTag(m[0]) ? '\n' : '');
      at = m.index + m[0].length;
    }
    plain(content.length);
  }

  /** The end of the string: trailing white space is dropped. */
  finish(): void {
    if (this.spaceFrom >= 0) this.b.opaque('', this.spaceFrom, this.spaceTo);
    this.spaceFrom = this.spaceTo = -1;
  }
}

/** Reads the content of the element the scanner has just opened (a <string> or an <item>) as a unit; false when it is no text (a reference). */
function readString(sc: XmlScanner, b: TextBuilder, address: UnitAddress): boolean {
  const depth = sc.depth;
  const contentStart = sc.end;
  // A reference to another resource is no text: look at the raw content first.
  const close = sc.file.indexOf('<', contentStart);
  if (close >= 0 && sc.file.startsWith(`</`, close) && REFERENCE.test(sc.file.slice(contentStart, close))) {
    sc.skipElement();
    return false;
  }
  b.startUnit(address, 'segment');
  const t = new StringText(b, sc.file);
  while (sc.next() !== Tok.End) {
    if (sc.kind === Tok.Close && sc.depth < depth) break;
    switch (sc.kind) {
      case Tok.Text:
        t.chars(sc.start, sc.end);
        break;
      case Tok.CData:
        t.html(sc.start, sc.end);
        break;
      case Tok.Ref:
        t.ref(sc.value, sc.start, sc.end);
        break;
      case Tok.Open: {
        const start = sc.start;
        if (sc.name === 'xliff:g' || sc.name.endsWith(':g')) {
          // Content that must not be translated: a placeholder, a name, an example.
          sc.skipElement();
          t.object(start, sc.end);
        } else t.markup(start, sc.end, isLineBreakTag(sc.file.slice(start, sc.end)) ? '\n' : '');
        break;
      }
      case Tok.Close:
        t.markup(sc.start, sc.end);
        break;
    }
  }
  t.finish();
  b.paragraphBreak(sc.start);
  return true;
}

/**
 * The language a resource folder names (`values-de`, `values-pt-rBR`, `values-b+sr+Latn`, after
 * any MCC/MNC qualifiers), as a BCP 47 tag; undefined for the default `values` and other paths.
 */
export function folderLanguage(path: string | undefined): string | undefined {
  const parts = (path ?? '').split(/[\\/]/);
  const folder = parts[parts.length - 2];
  if (!folder?.startsWith('values-')) return undefined;
  const qualifiers = folder.split('-').slice(1);
  while (qualifiers.length > 0 && /^(?:mcc|mnc)\d+$/.test(qualifiers[0])) qualifiers.shift();
  const [first, second] = qualifiers;
  if (first?.startsWith('b+')) return first.slice(2).split('+').join('-');
  if (!first || !/^[a-z]{2,3}$/.test(first)) return undefined;
  return second && /^r[A-Z]{2}$/.test(second) ? `${first}-${second.slice(1)}` : first;
}

function read(file: string, options?: ReadOptions): ReadResult {
  const lang = folderLanguage(options?.name);
  // The language the plural items are read in: the folder's, which Android picks them by, over the
  // one the caller gives (--lang, --source-lang), which values/ (the default resources) needs.
  const pluralLang = lang ?? options?.lang;
  /** Each <plurals>' items: quantity and the ordinal of its unit, when it has text to read. */
  const groups: Array<Array<[string, number | undefined]>> = [];
  /** Each unit's count, for a plural item that serves one count alone (see plural-categories.ts). */
  const counts: Array<number | undefined> = [];
  const sc = new XmlScanner(file);
  while (sc.next() !== Tok.Open && sc.kind !== Tok.End);
  const root = sc.name;
  if (root !== 'resources') throw new FormatError(`The root element is <${root}>, not <resources>.`, sc.start);
  const b = new TextBuilder(file);
  while (sc.next() !== Tok.End) {
    if (sc.kind !== Tok.Open || sc.depth !== 2) continue;
    const name = sc.attr('name');
    if (sc.attr('translatable') === 'false' || name === undefined) {
      sc.skipElement();
      continue;
    }
    if (sc.name === 'string') {
      if (readString(sc, b, { id: name })) counts.push(undefined);
    } else if (sc.name === 'plurals' || sc.name === 'string-array') {
      const isPlurals = sc.name === 'plurals';
      /** Each item's quantity and the ordinal of its unit, when it has text to read. */
      const items: Array<[string, number | undefined]> = [];
      let index = 0;
      while (sc.next() !== Tok.End && sc.depth >= 2) {
        if (sc.kind !== Tok.Open) continue;
        // (The scanner has moved on: its name is no longer the <plurals> TypeScript narrowed it to.)
        const element: string = sc.name;
        if (element !== 'item') {
          sc.skipElement();
          continue;
        }
        const quantity = isPlurals ? sc.attr('quantity') : undefined;
        const read = readString(sc, b, { id: name, segment: quantity ?? String(index) });
        if (read) counts.push(quantity ? singleCountOf(quantity, pluralLang) : undefined);
        if (quantity) items.push([quantity, read ? counts.length - 1 : undefined]);
        index++;
      }
      if (items.length > 0) groups.push(items);
    } else sc.skipElement(); // <integer>, <bool>, <color>, <dimen>, <item type="id">…
  }
  const built = b.build();
  built.units.forEach((u, k) => {
    if (counts[k] !== undefined) u.count = counts[k];
  });
  for (const items of groups) {
    const textOf = (unit: number | undefined) => (unit === undefined ? '' : built.text.slice(built.units[unit].start, built.units[unit].end));
    // Android's "zero" serves 0 only where the language has the category (its docs: ignored in English).
    pluralNotes(items.map(([q, unit]) => [q, textOf(unit)]), pluralLang, false).forEach((note, i) => {
      const unit = items[i][1];
      if (note && unit !== undefined) built.units[unit].plural = note;
    });
  }
  const result: ReadResult = { text: built.text, map: built.map, units: built.units };
  if (lang) result.lang = lang;
  // Which items serve one count, and which the language needs, depend on the language.
  if (groups.length > 0 && !pluralLang) result.needsLanguage = true;
  return result;
}

/** A <resources> root with no element inside: comments and white space at most. */
const EMPTY_RESOURCES = /<resources\b[^>]*(?:\/>|>(?:\s|<!--[^]*?-->)*<\/resources\s*>)/;

/** Escapes text a fix writes into a string: XML's and Android's (an apostrophe or a quote would end or toggle quoting). */
const androidEscape = (text: string) => escapeXml(text).replace(/["'\\]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');

export const android: FormatReader = {
  meta: {
    id: 'android',
    name: 'Android string resources',
    // Not "xml": most XML files are no string resources. The root element <resources> tells.
    extensions: [],
  },
  // Strings, or nothing at all: a locale a translation platform has created and nobody translated yet.
  sniff: (text) => rootElement(text) === 'resources' && (/<(?:string|plurals|string-array)[\s>]/.test(text.slice(0, 65536)) || EMPTY_RESOURCES.test(text.slice(0, 65536))),
  read,
  escape: androidEscape,
};

/** What the reader reads and its examples (see FormatAbout); the registry leaves them out. */
export const about: Readonly<Record<string, FormatAbout>> = {
  android: {
    description:
      'Android string resources (strings.xml): each <string>, each <plurals> item (segment: its quantity) and each <string-array> item (segment: its index) is a unit, id its name; translatable="false" and references ("@string/x") skipped; escapes (\\\' \\" \\n \\@ \\uXXXX) decoded, quotes dropped, white space collapsed as aapt2 does; styling tags leave no trace, <xliff:g> is U+FFFC, HTML inside CDATA is markup; printf placeholders stay for placeholder checks against values/strings.xml (--source).',
    examples: [
      {
        file:
          '<?xml version="1.0" encoding="utf-8"?>\n<resources xmlns:xliff="urn:oasis:names:tc:xliff:document:1.2">\n' +
          '    <string name="app_id" translatable="false">de.example.app</string>\n' +
          '    <string name="title">Was gibt\\\'s Neues?</string>\n' +
          '    <string name="wrapped">Die Datei wurde\n        gespeichert.\\nÖffnen?</string>\n' +
          '    <string name="welcome">Hallo <xliff:g id="name" example="Ana">%1$s</xliff:g>, <b>willkommen</b>!</string>\n' +
          '    <string name="alias">@string/title</string>\n' +
          '    <plurals name="episodes">\n        <item quantity="one">Eine Episode</item>\n        <item quantity="other">%d Episoden</item>\n    </plurals>\n' +
          '    <string name="html"><![CDATA[Siehe <a href="https://example.org">die Hilfe</a> &amp; mehr.]]></string>\n' +
          '</resources>\n',
        text: 'Was gibt\'s Neues?\nDie Datei wurde gespeichert.\nÖffnen?\nHallo \uFFFC, willkommen!\nEine Episode\n%d Episoden\nSiehe die Hilfe & mehr.\n',
      },
      {
        // Quotes keep white space and are no text; an escaped quote is one.
        file: '<resources><string name="q">"  Zwei  Leerzeichen"  und \\"Anführung\\"</string></resources>',
        text: '  Zwei  Leerzeichen und "Anführung"\n',
      },
    ],
  },
};
