// YAML locale files (Rails and Symfony i18n): nested mappings whose string leaves are the messages.
// (go-i18n v1 and early Hugo files are instead a sequence of `- id: … translation: …` items: each
// item's id names its translation, so that source and translation pair by it, and is no text.)
// Each string scalar is a unit, id its key path joined with dots (`activerecord.errors.messages.blank`)
// below the language root: Rails files put everything under one key naming the language (`de:`),
// which is left out of the id so that a translation pairs with its source file by id (--source
// config/locales/en.yml); Symfony names the language in the file name (`messages.fr.yaml`). A
// sequence item's id ends in its index (`date.day_names.0`); a plural key's count is known for the file's
// language (`one:` is 1 in German, not in Russian; Rails's `zero:` is 0). Plain, single- and double-quoted scalars are folded over lines
// as YAML folds them (a line break a space, an empty line a line break), escapes decoded; block
// scalars (`|` literal, `>` folded, with chomping and indentation indicators) keep their line
// breaks. Not text: numbers, booleans, null, Ruby symbols (`:year`), aliases (`*default`), flow
// mappings. Anchors and tags before a value are skipped. Symfony's plural forms ("{0} None|{1} One|
// ]1,Inf[ %count% files") are read form by form, as the XLIFF reader reads them. An own reader of
// the subset locale files use (a YAML library keeps no offsets, and the bundle stays small): it
// refuses what it does not read (tabs as indentation, `?` complex keys) with the line where it stopped.

import { Pieces, pipeFormKeys } from './bilingual.js';
import { TextBuilder } from './offset-map.js';
import { PLURAL_CATEGORIES, singleCountOf } from './plural-categories.js';
import { FormatError, type FormatAbout, type FormatReader, type ReadOptions, type ReadResult, type UnitAddress } from './types.js';

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** Plain scalars that YAML (1.1, as Ruby's Psych reads it) takes for no string, and Ruby symbols. */
const NOT_TEXT = /^(?:~|null|true|false|yes|no|on|off|[-+]?(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][-+]?\d+)?|:\w+)$/i;
/**
 * A mapping key and its colon: "quoted", 'quoted' or plain (up to the first ": ", its trailing
 * white space trimmed after the match: a `[ \t]*` before the colon would make the lazy plain key
 * try every run of blanks again at each of its characters).
 */
const KEY = /(?:"((?:[^"\\\n]|\\.)*)"[ \t]*|'((?:[^'\n]|'')*)'[ \t]*|([^\s#'"{}[\],&*!|>%@`-][^#\n]*?|-[^\s#][^#\n]*?)):(?=[ \t\r]|$)/my;
/** Anchors (&name) and tags (!tag, !!str) before a value. */
const PROPERTIES = /(?:[&!][^\s]*(?:[ \t]+|(?=[\r\n]|$)))*/y;
const LANGUAGE = /^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;

interface Container {
  indent: number;
  path: string[];
  /** For a sequence: the index of its next item; -1 for a mapping. */
  next: number;
  /** A sequence at its key's own indentation: the next key there ends it. */
  atKey?: boolean;
}

/** An item of a sequence of messages is named by its id: its translation is the message itself. */
function idOf(itemId: string, path: string[]): string {
  return [itemId, ...path.slice(path[1] === 'translation' ? 2 : 1)].join('.');
}

class YamlReader {
  private readonly b: TextBuilder;
  /** Line starts, and each line's end (before its line break). */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private line = 0;
  /** The scalar being read: its unit's address and count (a plural key's), and its text as pieces (see endUnit). */
  private scalar?: { address: UnitAddress; count: number | undefined };
  private out!: Pieces;
  readonly counts: Array<number | undefined> = [];
  /** The top-level keys, in order. */
  readonly roots: string[] = [];
  /** In a document that is a sequence of messages, each item's `id` by the item's index. */
  private readonly itemIds = new Map<string, string>();
  /**
   * Units of an item read before its `id` (go-i18n writes an item's keys in any order), by the
   * item's index: their ids are rewritten when the id comes.
   */
  private readonly unnamed = new Map<string, Array<{ address: { id: string }; path: string[] }>>();
  /** Whether the document is a sequence (of messages, if its items have ids). */
  private sequence = false;

  constructor(
    private readonly file: string,
    private readonly lang: () => string | undefined,
  ) {
    this.b = new TextBuilder(file);
    for (let at = 0; at <= file.length; ) {
      const nl = file.indexOf('\n', at);
      const end = nl < 0 ? file.length : nl;
      this.starts.push(at);
      this.ends.push(end > at && file[end - 1] === '\r' ? end - 1 : end);
      at = end + 1;
      if (nl < 0) break;
    }
  }

  private indentOf(k: number): number {
    let i = this.starts[k];
    while (this.file[i] === ' ') i++;
    if (this.file[i] === '\t' && i < this.ends[k]) throw new FormatError('a tab in indentation (YAML indents with spaces)', i);
    return i - this.starts[k];
  }

  /** Whether line k holds nothing but white space or a comment. */
  private blank(k: number): boolean {
    const i = this.starts[k] + this.indentOf(k);
    return i >= this.ends[k] || this.file[i] === '#';
  }

  private fail(message: string, at: number): never {
    throw new FormatError(message, at);
  }

  read() {
    const stack: Container[] = [{ indent: -1, path: [], next: -1 }];
    /** A key whose value is on the lines below it: a mapping or a sequence (at its indentation or deeper), else null. */
    let pending: { path: string[]; indent: number; item?: boolean } | undefined;
    for (this.line = 0; this.line < this.starts.length; this.line++) {
      const k = this.line;
      if (this.blank(k)) continue;
      const indent = this.indentOf(k);
      let at = this.starts[k] + indent;
      const f = this.file;
      if (indent === 0 && f[at] === '%') continue; // a directive (%YAML 1.1)
      if (indent === 0 && (f.startsWith('---', at) || f.startsWith('...', at)) && /^(?:---|\.\.\.)(?:\s|$)/.test(f.slice(at, at + 4))) {
        stack.length = 1;
        stack[0].indent = -1;
        pending = undefined;
        this.itemIds.clear();
        this.unnamed.clear();
        if (f.startsWith('---', at) && !this.blankFrom(at + 3, k)) this.fail('a value after --- is not read here', at);
        continue;
      }
      const item = f[at] === '-' && (at + 1 >= this.ends[k] || f[at + 1] === ' ');
      // A sequence may stand at its key's own indentation, not at an item's.
      if (pending && (indent > pending.indent || (item && !pending.item && indent === pending.indent))) {
        stack.push({ indent, path: pending.path, next: item ? 0 : -1, atKey: indent === pending.indent });
      }
      pending = undefined;
      // The document's first line says whether it is a mapping or a sequence (go-i18n v1 files are one).
      if (stack[0].indent < 0) {
        stack[0].indent = indent;
        stack[0].next = item ? 0 : -1;
        this.sequence = item;
      }
      const ends = (c: Container) => c.indent > indent || (c.atKey === true && !item && c.indent === indent);
      while (stack.length > 1 && ends(stack[stack.length - 1])) stack.pop();
      let top = stack[stack.length - 1];
      if (top.indent !== indent) this.fail('the indentation matches no enclosing key', at);
      if (item) {
        if (top.next < 0) this.fail("a '- item' where the mapping has keys", at);
        const path = [...top.path, String(top.next++)];
        at++;
        while (f[at] === ' ') at++;
        if (at >= this.ends[k] || f[at] === '#') {
          pending = { path, indent, item: true };
          continue;
        }
        KEY.lastIndex = at;
        if (KEY.test(f)) {
          // A mapping inside a sequence item: its keys line up with the first one.
          top = { indent: at - this.starts[k], path, next: -1 };
          stack.push(top);
        } else {
          // "- &anchor" alone: the item's value is on the lines below.
          if (!this.value(path, indent, at)) pending = { path, indent, item: true };
          continue;
        }
      }
      if (top.next >= 0) this.fail("a 'key: value' where the sequence has items", at);
      if (f[at] === '?') this.fail('complex keys (?) are not read here', at);
      KEY.lastIndex = at;
      const m = KEY.exec(f);
      if (!m || KEY.lastIndex > this.ends[k]) this.fail("expected 'key: value' or '- item'", at);
      const key = m[1] !== undefined ? m[1] : m[2] !== undefined ? m[2].replace(/''/g, "'") : m[3].trimEnd();
      if (stack.length === 1) this.roots.push(key);
      const path = [...top.path, key];
      let v = KEY.lastIndex;
      while (f[v] === ' ' || f[v] === '\t') v++;
      if (key === 'id' && stack.length === 2 && stack[0].next >= 0) {
        const id = this.idOnLine(v, top.indent);
        if (id !== undefined) {
          this.itemIds.set(path[0], id);
          for (const u of this.unnamed.get(path[0]) ?? []) u.address.id = idOf(id, u.path);
          this.unnamed.delete(path[0]);
          continue;
        }
      }
      if (v >= this.ends[k] || f[v] === '#') pending = { path, indent };
      else if (!this.value(path, top.indent, v)) pending = { path, indent };
    }
  }

  private blankFrom(at: number, k: number): boolean {
    const rest = this.file.slice(at, this.ends[k]).trim();
    return rest === '' || rest.startsWith('#');
  }

  /** Reads the value at `at` on the current line (its parent at `indent`); false when only properties stand there (the value is below). */
  private value(path: string[], indent: number, at: number): boolean {
    const f = this.file;
    PROPERTIES.lastIndex = at;
    PROPERTIES.test(f);
    at = PROPERTIES.lastIndex;
    if (at >= this.ends[this.line] || f[at] === '#') return false;
    const c = f[at];
    if (c === '*' || c === '{') {
      if (c === '{') this.skipFlow(at);
      return true;
    }
    if (c === '[') this.flowSequence(path, at);
    else if (c === '"' || c === "'") {
      this.unit(path);
      const end = c === '"' ? this.doubleQuoted(at) : this.singleQuoted(at);
      this.endUnit(end);
      if (!this.blankFrom(end + 1, this.lineAt(end))) this.fail('unexpected text after the quoted string', end + 1);
    } else if (c === '|' || c === '>') this.block(path, indent, at);
    else this.plain(path, indent, at);
    return true;
  }

  private lineAt(offset: number): number {
    while (this.line + 1 < this.starts.length && this.starts[this.line + 1] <= offset) this.line++;
    return this.line;
  }

  /**
   * A one-line id's value at `at` (plain or quoted: go-i18n ids are identifiers; its key at
   * `indent`), else undefined and the value is read as text.
   */
  private idOnLine(at: number, indent: number): string | undefined {
    const f = this.file;
    const end = this.ends[this.line];
    const quoted = /"((?:[^"\\\n]|\\.)*)"|'((?:[^'\n]|'')*)'/y;
    quoted.lastIndex = at;
    const q = quoted.exec(f);
    if (q) return this.blankFrom(quoted.lastIndex, this.line) ? (q[2]?.replace(/''/g, "'") ?? (JSON.parse(`"${q[1]}"`) as string)) : undefined;
    if ('|>[{&*!'.includes(f[at]) || at >= end) return undefined;
    return this.continues(indent) ? undefined : f.slice(at, this.plainEnd(at, end));
  }

  private unit(path: string[]): void {
    const named = this.itemIds.get(path[0]);
    const address = { id: named === undefined || path.length < 2 ? path.join('.') : idOf(named, path) };
    if (named === undefined && this.sequence && path.length >= 2) {
      const waiting = this.unnamed.get(path[0]);
      if (waiting) waiting.push({ address, path });
      else this.unnamed.set(path[0], [{ address, path }]);
    }
    const last = path[path.length - 1];
    // Rails uses a `zero` form for the count 0 whatever the language's plural rules say.
    this.scalar = { address, count: last === 'zero' ? 0 : PLURAL_CATEGORIES.has(last) ? singleCountOf(last, this.lang()) : undefined };
    this.out = new Pieces(this.file);
  }

  /**
   * Ends the scalar read since unit(): a unit of its text, or, where it is Symfony's plural forms
   * ("{0} No entries|{1} One entry|]1,Inf[ %count% entries", "one|%count% others"), its last form
   * as the unit and each other form as a unit of its own (segment "count:{0}", "count:one"), so
   * that each pairs with the same form of the source file (--source).
   */
  private endUnit(fileEnd: number): void {
    const { address, count } = this.scalar!;
    const forms = this.out.pipeForms();
    if (!forms) return this.emit(address, this.out, count, fileEnd);
    const keys = pipeFormKeys(forms, this.lang());
    const last = forms.length - 1;
    this.emit(address, forms[last].pieces, keys[last].count, fileEnd);
    for (let k = 0; k < last; k++) this.emit({ ...address, segment: `count:${keys[k].key}` }, forms[k].pieces, keys[k].count, fileEnd);
  }

  private emit(address: UnitAddress, pieces: Pieces, count: number | undefined, fileEnd: number): void {
    this.b.startUnit(address, 'segment');
    pieces.emit(this.b, false);
    this.b.paragraphBreak(fileEnd);
    this.counts.push(count);
  }

  /** A plain scalar from `at`, continued on more indented lines; `indent` is its key's. */
  private plain(path: string[], indent: number, at: number): void {
    const f = this.file;
    const first = this.plainEnd(at, this.ends[this.line]);
    const text = f.slice(at, first);
    if (NOT_TEXT.test(text) && !this.continues(indent)) return;
    this.unit(path);
    this.out.verbatim(at, first);
    let end = first;
    let empty = 0;
    while (this.line + 1 < this.starts.length) {
      const k = this.line + 1;
      if (this.blank(k)) {
        if (this.starts[k] + this.indentOf(k) < this.ends[k]) break; // a comment ends the scalar
        empty++;
        this.line++;
        continue;
      }
      if (this.indentOf(k) <= indent) break;
      const from = this.starts[k] + this.indentOf(k);
      // YAML's plain scalars hold no ": ": a key here is a mapping the scalar's indentation hid
      // (PyYAML: "mapping values are not allowed here"), not words of the text.
      KEY.lastIndex = from;
      if (KEY.test(f) && KEY.lastIndex <= this.ends[k]) this.fail("a 'key: value' inside a plain scalar's lines", from);
      const to = this.plainEnd(from, this.ends[k]);
      this.out.replaced(empty > 0 ? '\n'.repeat(empty) : ' ', end, from);
      this.out.verbatim(from, to);
      end = to;
      empty = 0;
      this.line++;
    }
    this.endUnit(end);
  }

  /** Whether the next non-empty line continues a plain scalar (is more indented than its key). */
  private continues(indent: number): boolean {
    for (let k = this.line + 1; k < this.starts.length; k++) {
      if (this.blank(k)) continue;
      return this.indentOf(k) > indent;
    }
    return false;
  }

  /** The end of a plain scalar's text on a line: before a comment (" #") and trailing white space. */
  private plainEnd(from: number, lineEnd: number): number {
    const f = this.file;
    let end = lineEnd;
    const hash = f.slice(from, lineEnd).search(/[ \t]#/);
    if (hash >= 0) end = from + hash;
    while (end > from && (f[end - 1] === ' ' || f[end - 1] === '\t')) end--;
    return end;
  }

  /**
   * Folds a line break inside a quoted scalar: white space around it and `empty` empty lines read
   * as one space, or as that many line breaks. Returns the offset of the next line's text.
   */
  private fold(spaceStart: number, nl: number): number {
    const f = this.file;
    let empty = 0;
    let next = nl;
    for (;;) {
      next = f.indexOf('\n', next) + 1;
      if (next === 0) this.fail('the string has no closing quote', spaceStart);
      let i = next;
      while (f[i] === ' ' || f[i] === '\t') i++;
      if (f[i] === '\n' || (f[i] === '\r' && f[i + 1] === '\n')) {
        empty++;
        next = i;
        continue;
      }
      this.out.replaced(empty > 0 ? '\n'.repeat(empty) : ' ', spaceStart, i);
      return i;
    }
  }

  /** A line break at `i` inside a quoted scalar whose text since `run` is not yet copied: copies it without its trailing blanks and folds the break; returns where the text goes on. */
  private quotedLineBreak(run: number, i: number): number {
    let s = i;
    while (s > run && (this.file[s - 1] === ' ' || this.file[s - 1] === '\t')) s--;
    this.out.verbatim(run, s);
    return this.fold(s, i);
  }

  /** A double-quoted scalar opening at `at`, escapes decoded; returns the offset of its closing quote. */
  private doubleQuoted(at: number): number {
    const f = this.file;
    const b = this.out;
    b.opaque('', at, at + 1);
    let run = at + 1;
    for (let i = at + 1; ; ) {
      const c = f[i];
      if (c === undefined) this.fail('the string has no closing quote', at);
      if (c === '"') {
        b.verbatim(run, i);
        b.opaque('', i, i + 1);
        return i;
      }
      if (c === '\\') {
        b.verbatim(run, i);
        const e = f[i + 1];
        if (e === '\n' || e === '\r') {
          // An escaped line break joins the lines with nothing between them.
          let j = f.indexOf('\n', i) + 1;
          while (f[j] === ' ' || f[j] === '\t') j++;
          b.opaque('', i, j);
          i = run = j;
          continue;
        }
        const n = HEX_LENGTH[e];
        let text = ESCAPES[e];
        let end = i + 2;
        if (n !== undefined) {
          const hex = f.slice(i + 2, i + 2 + n);
          if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) this.fail(`\\${e} must be followed by ${n} hex digits`, i);
          text = String.fromCodePoint(parseInt(hex, 16));
          end = i + 2 + n;
        }
        if (text === undefined) this.fail(`unknown escape \\${e ?? ''} in a double-quoted string`, i);
        b.replaced(text, i, end);
        i = run = end;
      } else if (c === '\n' || c === '\r') {
        i = run = this.quotedLineBreak(run, i);
      } else i++;
    }
  }

  /** A single-quoted scalar opening at `at` ('' is a quote); returns the offset of its closing quote. */
  private singleQuoted(at: number): number {
    const f = this.file;
    const b = this.out;
    b.opaque('', at, at + 1);
    let run = at + 1;
    for (let i = at + 1; ; ) {
      const c = f[i];
      if (c === undefined) this.fail('the string has no closing quote', at);
      if (c === "'" && f[i + 1] === "'") {
        b.verbatim(run, i);
        b.replaced("'", i, i + 2);
        i = run = i + 2;
      } else if (c === "'") {
        b.verbatim(run, i);
        b.opaque('', i, i + 1);
        return i;
      } else if (c === '\n' || c === '\r') {
        i = run = this.quotedLineBreak(run, i);
      } else i++;
    }
  }

  /** A flow sequence `[a, "b", c]`, each scalar item a unit (its id ends in its index); nested collections skipped. */
  private flowSequence(path: string[], at: number): void {
    const f = this.file;
    let i = at + 1;
    let index = 0;
    for (;;) {
      while (/\s/.test(f[i] ?? '')) i++;
      const c = f[i];
      if (c === undefined) this.fail("the sequence has no closing ']'", at);
      if (c === ']') break;
      if (c === '[' || c === '{') i = this.skipFlow(i) + 1;
      else if (c === '"' || c === "'") {
        this.unit([...path, String(index)]);
        i = (c === '"' ? this.doubleQuoted(i) : this.singleQuoted(i)) + 1;
        this.endUnit(i);
      } else {
        let end = i;
        while (end < f.length && !/[,\]\n\r]/.test(f[end])) end++;
        let to = end;
        while (to > i && /\s/.test(f[to - 1])) to--;
        if (!NOT_TEXT.test(f.slice(i, to)) && !f.startsWith('*', i)) {
          this.unit([...path, String(index)]);
          this.out.verbatim(i, to);
          this.endUnit(to);
        }
        i = end;
      }
      while (/\s/.test(f[i] ?? '')) i++;
      if (f[i] === ',') i++;
      else if (f[i] !== ']') this.fail("expected ',' or ']' in the sequence", i);
      index++;
    }
    this.lineAt(i);
  }

  /** Skips a flow collection opening at `at` (brackets outside quotes counted); returns the offset of its closing bracket. */
  private skipFlow(at: number): number {
    const f = this.file;
    let depth = 0;
    for (let i = at; i < f.length; i++) {
      const c = f[i];
      if (c === '"') {
        for (i++; i < f.length && f[i] !== '"'; i++) if (f[i] === '\\') i++;
      } else if (c === "'") i = f.indexOf("'", i + 1);
      if (i < 0 || i >= f.length) break;
      if (c === '[' || c === '{') depth++;
      else if ((c === ']' || c === '}') && --depth === 0) {
        this.lineAt(i);
        return i;
      }
    }
    this.fail('the flow collection is not closed', at);
  }

  /** A block scalar (`|` keeps line breaks, `>` folds them) whose header is at `at`; `indent` is its key's. */
  private block(path: string[], indent: number, at: number): void {
    const f = this.file;
    const header = /^([|>])([-+]?)([1-9]?)([-+]?)[ \t]*(?:#.*)?$/.exec(f.slice(at, this.ends[this.line]));
    if (!header) this.fail('a block scalar header is |, > with an optional indentation digit and chomping indicator (- or +)', at);
    const folded = header[1] === '>';
    let blockIndent = header[3] ? indent + Number(header[3]) : -1;
    // The block's lines: empty ones, and those at least as indented as its first.
    const lines: number[] = [];
    for (let k = this.line + 1; k < this.starts.length; k++) {
      const onlySpace = f.slice(this.starts[k], this.ends[k]).trim() === '';
      if (onlySpace) {
        lines.push(k);
        continue;
      }
      const n = this.indentOf(k);
      if (blockIndent < 0) blockIndent = n;
      if (n < blockIndent || n <= indent) break;
      lines.push(k);
    }
    while (lines.length > 0 && f.slice(this.starts[lines[lines.length - 1]], this.ends[lines[lines.length - 1]]).trim() === '') lines.pop();
    if (lines.length === 0) return;
    this.unit(path);
    const b = this.out;
    let prev = -1;
    let empty = 0;
    for (const k of lines) {
      const text = this.starts[k] + blockIndent;
      if (this.ends[k] <= text) {
        empty++;
        continue;
      }
      if (prev >= 0) {
        const more = f[text] === ' ' || f[text] === '\t';
        // Folded: a line break between two lines of text at the block's indentation is a space, empty lines line breaks.
        const joint = folded && !more && !this.moreIndented(prev, blockIndent) ? (empty > 0 ? '\n'.repeat(empty) : ' ') : '\n'.repeat(empty + 1);
        b.replaced(joint, this.ends[prev], text);
      } else b.opaque('', this.starts[k], text);
      b.verbatim(text, this.ends[k]);
      prev = k;
      empty = 0;
    }
    this.line = lines[lines.length - 1];
    this.endUnit(this.ends[prev]);
  }

  private moreIndented(k: number, blockIndent: number): boolean {
    const c = this.file[this.starts[k] + blockIndent];
    return c === ' ' || c === '\t';
  }

  build(): { text: string; map: ReadResult['map']; units: NonNullable<ReadResult['units']> } {
    return this.b.build();
  }
}

/**
 * The language a translation file's name carries: Symfony's `messages.fr.yaml`, `validators.pt_BR.yml`;
 * go-i18n's `de-DE.all.yaml`, `fr.untranslated.yaml` (whose "all" is no language).
 */
function fileLanguage(name: string | undefined): string | undefined {
  const m = /(?:^|[\\/])([a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)\.(?:all|untranslated)\.ya?ml$|\.([a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)\.ya?ml$/i.exec(name ?? '');
  return (m?.[1] ?? m?.[2])?.replace(/_/g, '-');
}

function read(file: string, options?: ReadOptions): ReadResult {
  let root: string | undefined;
  const r = new YamlReader(file, () => root ?? fileLanguage(options?.name));
  // The root is known only once the file is read; a plural key's count needs it: read the roots first.
  const firstKey = /^(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#:'"-][^:#\n]*)):[ \t]*(?:#.*)?$/m.exec(file);
  const candidate = firstKey ? (firstKey[1] ?? firstKey[2] ?? firstKey[3].trimEnd()) : undefined;
  if (candidate && LANGUAGE.test(candidate)) root = candidate;
  r.read();
  if (root && !(r.roots.length === 1 && r.roots[0] === root)) root = undefined;
  const built = r.build();
  built.units.forEach((u, k) => {
    if (root) u.address.id = u.address.id.slice(root.length + 1);
    if (r.counts[k] !== undefined) u.count = r.counts[k];
  });
  const result: ReadResult = { text: built.text, map: built.map, units: built.units };
  const lang = root?.replace(/_/g, '-') ?? fileLanguage(options?.name);
  if (lang) result.lang = lang;
  return result;
}

export const yaml: FormatReader = {
  meta: { id: 'yaml', name: 'YAML locale file', extensions: ['yml', 'yaml'] },
  read,
  // A quote, backslash, "#" or ":" means something else in each scalar style (plain, '…', "…"),
  // and a line break ends a plain scalar's line: text with one is not written without the style.
  escape: (text) => (YAML_SIGNIFICANT.test(text) ? undefined : text),
};

const YAML_SIGNIFICANT = /["'\\#:\n\r]/;

/** What the reader reads and its examples (see FormatAbout); the registry leaves them out. */
export const about: Readonly<Record<string, FormatAbout>> = {
  yaml: {
    description:
      'YAML locale files (Rails, Symfony): each string scalar is a unit, id its dotted key path below a Rails language root (de:), which gives the language (else the file name, messages.fr.yaml); sequence items by index (date.day_names.0); a file that is a sequence of messages (go-i18n v1: - id: x / translation: …) names each by its id; plain and quoted scalars folded over lines, escapes decoded, block scalars (| >) keep their line breaks; numbers, booleans, symbols, aliases skipped; Symfony plural forms ("{0} …|{1} …|]1,Inf[ %count% …", "one|%count% many") read by their last form, each other form a unit of its own (segment "count:{0}", "count:one": its interval, else its CLDR category in the file\'s language), which pairs with the same form of the source file.',
    examples: [
      {
        file:
          'de:\n  # Kommentar\n  greeting: "Hallo, %{name}!\\nWillkommen."\n  errors:\n    messages:\n      blank: muss ausgefüllt\n        werden\n      quote: \'Das ist \'\'wichtig\'\'\'\n' +
          '  help: |\n    Erste Zeile.\n    Zweite Zeile.\n  about: >-\n    Ein langer\n    Absatz.\n  date:\n    order: [:day, :month, :year]\n    abbr_day_names: [So, Mo, "Di"]\n' +
          '  count:\n    one: Eine Datei\n    other: "%{count} Dateien"\n  precision: 3\n  enabled: true\n',
        text:
          "Hallo, %{name}!\nWillkommen.\nmuss ausgefüllt werden\nDas ist 'wichtig'\nErste Zeile.\nZweite Zeile.\nEin langer Absatz.\nSo\nMo\nDi\nEine Datei\n%{count} Dateien\n",
      },
      {
        // Symfony's plural forms: the last is the unit, each other form a unit of its own (segment
        // "count:{0}", "count:one"), its interval no text; a bar between words alone is text.
        file: "entries: '{0} Keine Einträge.|{1} Ein Eintrag.|]1,Inf[ %count% Einträge.'\nfiles: 'Eine Datei | %count% Dateien'\nnav: 'Start|Über uns'\n",
        text: '%count% Einträge.\nKeine Einträge.\nEin Eintrag.\n%count% Dateien\nEine Datei\nStart|Über uns\n',
      },
    ],
  },
};
