// A strict, position-keeping XML scanner for the XML formats (XLIFF, TMX, the parts of a DOCX).
// Why our own and not htmlparser2's xmlMode (which the HTML reader uses): a translation file that
// is not well-formed must be refused with the line and column where it breaks, and htmlparser2
// forgives everything (`<y></z>`, `a < b`, unquoted attributes, unknown entities, unclosed
// elements). XML is small enough to scan exactly, and the scanner is where hostile input is
// stopped:
// - entities: only the five predefined ones and character references are decoded. A DOCTYPE that
//   declares entities (the "billion laughs" expansion bomb, external entities pointing at files or
//   URLs) is refused outright, and nothing is ever fetched or expanded; a reference to an entity
//   the XML specification does not predefine is an error.
// - nesting deeper than MAX_DEPTH is refused (no real translation file comes near it).
// Everything is linear: indexOf for text, sticky regexes that start at the scan position.

import { FormatError } from './types.js';

export const enum Tok {
  /** Character data: file[start, end) as it is. */
  Text,
  /** An entity or character reference at file[start, end), standing for `value`. */
  Ref,
  /** A CDATA section: its content is file[start, end). */
  CData,
  /** A start tag (or an empty-element tag, `selfClosing`) at file[start, end). */
  Open,
  /** An end tag at file[start, end); an empty-element tag also yields one, empty, at its end. */
  Close,
  /** The end of the file. */
  End,
}

/** Nesting deeper than this is refused: real XLIFF, TMX and Word files stay far below it. */
export const MAX_DEPTH = 10_000;

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NAME = /[A-Za-z_:\u00C0-\uFFFF][^\s/>=<"'&]*/y;
/** One attribute after at least one space: name = "value" or 'value' (no '<' inside, as XML requires). */
const ATTRIBUTE = /\s+([A-Za-z_:\u00C0-\uFFFF][^\s/>=<"'&]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const TAG_END = /\s*(\/?)>/y;
const REF = /&(?:#([0-9]{1,7})|#x([0-9a-fA-F]{1,6})|([A-Za-z_:][A-Za-z0-9_.:-]{0,63}));/y;

/** The character a reference stands for, or undefined when XML does not know it. */
function refValue(m: RegExpExecArray): string | undefined {
  if (m[3] !== undefined) return PREDEFINED[m[3]];
  const cp = m[1] !== undefined ? Number.parseInt(m[1], 10) : Number.parseInt(m[2], 16);
  // XML's Char production: no NUL, no other C0 controls but tab/LF/CR, no surrogates, no FFFE/FFFF.
  const ok = cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
  return ok ? String.fromCodePoint(cp) : undefined;
}

/** Decodes the references in an attribute value (white space is not normalised: no reader needs it). */
function decodeValue(raw: string, at: number): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&[^;]*;?/g, (ref, offset: number) => {
    REF.lastIndex = 0;
    const m = REF.exec(ref);
    const value = m && m[0].length === ref.length ? refValue(m) : undefined;
    if (value === undefined) throw new FormatError(`'${ref.slice(0, 20)}' is not a character reference or one of XML's five predefined entities (&amp; &lt; &gt; &quot; &apos;).`, at + offset);
    return value;
  });
}

export class XmlScanner {
  kind: Tok = Tok.End;
  /** File range of the current token (for Text, Ref and CData: of the characters they stand for). */
  start = 0;
  end = 0;
  /** Qualified name of the current Open or Close token, as written (`w:t`, `trans-unit`). */
  name = '';
  /** For Open: whether it is an empty-element tag (a Close token follows at once). */
  selfClosing = false;
  /** For Ref: the character it stands for. */
  value = '';
  /** Open elements, innermost last. */
  readonly stack: string[] = [];
  private readonly openedAt: number[] = [];
  private pos = 0;
  private nextAmp = -1;
  private pendingClose = false;
  private rootSeen = false;
  private attrFrom = 0;
  private attrTo = 0;
  private attrCache?: Record<string, string>;

  constructor(readonly file: string) {}

  get depth(): number {
    return this.stack.length;
  }

  private fail(message: string, at: number): never {
    throw new FormatError(message, at);
  }

  /** The attributes of the current Open token, references decoded. */
  attrs(): Record<string, string> {
    if (this.attrCache) return this.attrCache;
    const out: Record<string, string> = {};
    ATTRIBUTE.lastIndex = this.attrFrom;
    while (ATTRIBUTE.lastIndex < this.attrTo) {
      const m = ATTRIBUTE.exec(this.file)!;
      const raw = m[2] ?? m[3];
      out[m[1]] = decodeValue(raw, m.index + m[0].length - raw.length - 1);
    }
    this.attrCache = out;
    return out;
  }

  /** One attribute of the current Open token. */
  attr(name: string): string | undefined {
    return this.attrs()[name];
  }

  /** Advances to the next token. Throws FormatError where the file stops being well-formed XML. */
  next(): Tok {
    const f = this.file;
    if (this.pendingClose) {
      this.pendingClose = false;
      this.start = this.end;
      this.closeElement(this.name, this.end);
      return (this.kind = Tok.Close);
    }
    for (;;) {
      const pos = this.pos;
      if (pos >= f.length) {
        if (this.stack.length > 0) this.fail(`<${this.stack[this.stack.length - 1]}> is never closed.`, this.openedAt[this.openedAt.length - 1]);
        if (!this.rootSeen) this.fail('There is no root element.', pos);
        return (this.kind = Tok.End);
      }
      const c = f.charCodeAt(pos);
      if (c === 0x3c /* < */) {
        const token = this.markup(pos);
        if (token !== undefined) return (this.kind = token);
        continue;
      }
      if (c === 0x26 /* & */) {
        REF.lastIndex = pos;
        const m = REF.exec(f);
        const value = m ? refValue(m) : undefined;
        if (value === undefined) {
          const shown = /^&[^\s<&;]{0,30};?/.exec(f.slice(pos, pos + 32))![0];
          this.fail(`'${shown}' is not a character reference or one of XML's five predefined entities (&amp; &lt; &gt; &quot; &apos;); write a literal & as &amp;.`, pos);
        }
        this.outsideRootText(pos);
        this.start = pos;
        this.end = this.pos = REF.lastIndex;
        this.value = value;
        return (this.kind = Tok.Ref);
      }
      let lt = f.indexOf('<', pos);
      if (lt < 0) lt = f.length;
      if (this.nextAmp < pos) {
        this.nextAmp = f.indexOf('&', pos);
        if (this.nextAmp < 0) this.nextAmp = f.length;
      }
      const end = Math.min(lt, this.nextAmp);
      if (this.stack.length === 0) {
        // Outside the root only white space may stand.
        if (f.slice(pos, end).trim() !== '') this.outsideRootText(pos + f.slice(pos, end).search(/\S/));
        this.pos = end;
        continue;
      }
      this.start = pos;
      this.end = this.pos = end;
      return (this.kind = Tok.Text);
    }
  }

  private outsideRootText(at: number): void {
    if (this.stack.length === 0) this.fail(this.rootSeen ? 'Text after the root element.' : 'Text before the root element.', at);
  }

  /** Reads the markup at `pos` ('<'); returns its token, or undefined for markup that yields none (comments, PIs, DOCTYPE). */
  private markup(pos: number): Tok | undefined {
    const f = this.file;
    const c = f.charCodeAt(pos + 1);
    if (c === 0x21 /* ! */) {
      if (f.startsWith('<!--', pos)) {
        const close = f.indexOf('-->', pos + 4);
        if (close < 0) this.fail('A comment is never closed (-->).', pos);
        this.pos = close + 3;
        return undefined;
      }
      if (f.startsWith('<![CDATA[', pos)) {
        if (this.stack.length === 0) this.fail('A CDATA section outside the root element.', pos);
        const close = f.indexOf(']]>', pos + 9);
        if (close < 0) this.fail('A CDATA section is never closed (]]>).', pos);
        this.start = pos + 9;
        this.end = close;
        this.pos = close + 3;
        return Tok.CData;
      }
      if (f.startsWith('<!DOCTYPE', pos)) {
        this.doctype(pos);
        return undefined;
      }
      this.fail(`Unknown markup '${f.slice(pos, pos + 12)}'.`, pos);
    }
    if (c === 0x3f /* ? */) {
      const close = f.indexOf('?>', pos + 2);
      if (close < 0) this.fail('A processing instruction is never closed (?>).', pos);
      this.pos = close + 2;
      return undefined;
    }
    if (c === 0x2f /* / */) {
      NAME.lastIndex = pos + 2;
      const m = NAME.exec(f);
      if (!m) this.fail("An end tag without a name ('</' must start an end tag; write a literal < as &lt;).", pos);
      TAG_END.lastIndex = NAME.lastIndex;
      const end = TAG_END.exec(f);
      if (!end || end[1]) this.fail(`The end tag </${m[0]}> is not closed with '>'.`, pos);
      this.start = pos;
      this.end = this.pos = TAG_END.lastIndex;
      this.name = m[0];
      this.closeElement(m[0], pos);
      return Tok.Close;
    }
    NAME.lastIndex = pos + 1;
    const m = NAME.exec(f);
    if (!m) this.fail("'<' that does not start a tag: write a literal < as &lt;.", pos);
    if (this.stack.length === 0 && this.rootSeen) this.fail(`A second root element <${m[0]}>.`, pos);
    let at = NAME.lastIndex;
    this.attrFrom = at;
    ATTRIBUTE.lastIndex = at;
    while (ATTRIBUTE.exec(f)) at = ATTRIBUTE.lastIndex;
    this.attrTo = at;
    TAG_END.lastIndex = at;
    const end = TAG_END.exec(f);
    if (!end) this.fail(`The start tag <${m[0]}> is malformed after '${f.slice(at, at + 20).split('\n')[0]}' (attributes are name="value").`, at);
    this.attrCache = undefined;
    this.start = pos;
    this.end = this.pos = TAG_END.lastIndex;
    this.name = m[0];
    this.selfClosing = end[1] === '/';
    this.rootSeen = true;
    if (this.stack.length >= MAX_DEPTH) this.fail(`Elements nested deeper than ${MAX_DEPTH} levels.`, pos);
    this.stack.push(m[0]);
    this.openedAt.push(pos);
    this.pendingClose = this.selfClosing;
    return Tok.Open;
  }

  private closeElement(name: string, at: number): void {
    const open = this.stack[this.stack.length - 1];
    if (open === undefined) this.fail(`The end tag </${name}> closes nothing.`, at);
    if (open !== name) this.fail(`The end tag </${name}> does not match <${open}>.`, at);
    this.stack.pop();
    this.openedAt.pop();
  }

  /**
   * Skips a DOCTYPE. Entity declarations in it are refused: expanding them is how XML bombs and
   * external-entity attacks work, and no translation format needs them. An external DTD is never read.
   */
  private doctype(pos: number): void {
    const f = this.file;
    if (this.rootSeen) this.fail('A DOCTYPE after the root element.', pos);
    let i = pos + 9;
    let subset = -1;
    for (; i < f.length; i++) {
      const c = f.charCodeAt(i);
      if (c === 0x22 || c === 0x27) {
        const close = f.indexOf(c === 0x22 ? '"' : "'", i + 1);
        if (close < 0) break;
        i = close;
      } else if (c === 0x5b /* [ */ && subset < 0) {
        subset = i;
        const close = f.indexOf(']', i);
        if (close < 0) break;
        const entity = f.slice(i, close).search(/<!ENTITY/);
        if (entity >= 0) {
          this.fail('The DOCTYPE declares entities. mtqa never expands entities (entity-expansion bombs, external entities that read files or URLs) and refuses such files; save the file without a DOCTYPE.', i + entity);
        }
        i = close;
      } else if (c === 0x3e /* > */) {
        this.pos = i + 1;
        return;
      }
    }
    this.fail('A DOCTYPE is never closed.', pos);
  }

  /**
   * Skips the current element's content (after an Open token), leaving the scanner on its Close
   * token; the content is still checked for well-formedness.
   */
  skipElement(): void {
    const depth = this.stack.length;
    while (this.next() !== Tok.End) if (this.kind === Tok.Close && this.stack.length === depth - 1) return;
  }
}

/** Escapes text written into XML character data by a fix. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** The local part of a qualified name (`w:t` → `t`). */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

const PROLOG = /^\uFEFF?(?:\s|<\?[^]*?\?>|<!--[^]*?-->|<!DOCTYPE[^<>[]*(?:\[[^\]]*\])?\s*>)*<([A-Za-z_:][^\s/>=<"'&]*)/;

/** The name of the root element, read from the start of the file (for sniffing), or undefined. */
export function rootElement(text: string): string | undefined {
  return PROLOG.exec(text.slice(0, 4096))?.[1];
}
