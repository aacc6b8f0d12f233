// JSON resource files: i18next (nested keys, `{{x}}`), FormatJS (flat ICU messages, or extracted
// `{"id": {"defaultMessage", "description"}}`), Chrome extension `messages.json`
// (`{"key": {"message", "description", "placeholders"}}`) and Flutter ARB (`@key` metadata,
// `@@locale`). Each message string is a unit on its own line, its id the JSON Pointer of its key
// (RFC 6901), so a source file and its translation pair by key (`--source`). Only messages are
// read: Chrome descriptions and placeholders, FormatJS descriptions and ARB metadata are for
// translators, not the reader. Placeholders are markup (see messages.ts).
// Own parser: iterative (deep nesting cannot overflow the stack), linear, with the offsets of every
// string and the line and column of the first error.

import { MappedString } from './mapped-string.js';
import { isI18next, parseMessage, type MessageNode, type MessageSyntax } from './messages.js';
import { isLineBreakTag } from './line-break-tag.js';
import { TextBuilder } from './offset-map.js';
import { FormatError, type FormatAbout, type FormatReader, type InlineCode, type ReadResult, type UnitAddress } from './types.js';
import { OBJECT_REPLACEMENT } from '../text/chars.js';

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** A string value where it sits: its JSON Pointer, the key it is under, its depth (1 = a top-level value). */
export interface StringValue {
  pointer: string;
  key: string;
  topKey: string;
  depth: number;
  /** Offset of the opening quote. */
  start: number;
}

interface Frame {
  array: boolean;
  pointer: string;
  topKey: string;
  key: string;
  index: number;
  /** Keys of an object's string members, for telling the file's flavour. */
  stringKeys?: Set<string>;
}

const segment = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Offset after the string that opens at file[at]; throws on bad escapes and raw control characters. */
export function skipString(file: string, at: number): number {
  for (let i = at + 1; i < file.length; i++) {
    const c = file.charCodeAt(i);
    if (c === 34) return i + 1;
    if (c === 92) {
      const e = file[i + 1];
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(file.slice(i + 2, i + 6))) throw new FormatError('\\u must be followed by four hex digits', i);
        i += 5;
      } else if (e in ESCAPES) i++;
      else throw new FormatError(`invalid escape \\${e ?? ''} in a string`, i);
    } else if (c < 32) {
      throw new FormatError('a control character or line break inside a string (write \\n, \\t or \\u00XX)', i);
    }
  }
  throw new FormatError('the string has no closing quote', at);
}

/** The decoded string that opens at file[at], mapped to the file. */
export function decodeString(file: string, at: number): MappedString {
  const ms = new MappedString(file);
  let run = at + 1;
  for (let i = at + 1; ; ) {
    const c = file.charCodeAt(i);
    if (c === 34) {
      ms.verbatim(run, i);
      return ms;
    }
    if (c !== 92) {
      i++;
      continue;
    }
    ms.verbatim(run, i);
    const e = file[i + 1];
    const end = e === 'u' ? i + 6 : i + 2;
    ms.replaced(e === 'u' ? String.fromCharCode(parseInt(file.slice(i + 2, i + 6), 16)) : ESCAPES[e], i, end);
    i = run = end;
  }
}

/**
 * Parses the whole file, calling `onString` for every string value (not for keys), `onObject` for
 * every object once closed and `onMember` for every object member: its pointer, the offset of its
 * key's opening quote and of its value.
 */
export function parse(
  file: string,
  onString: (v: StringValue) => void,
  onObject: (f: Frame, depth: number) => void,
  onMember?: (pointer: string, keyStart: number, valueStart: number) => void,
): void {
  const stack: Frame[] = [];
  let i = 0;
  const space = () => {
    for (let c = file.charCodeAt(i); c === 32 || c === 9 || c === 10 || c === 13; c = file.charCodeAt(++i));
  };
  // After a value: a comma and the next member, or the container's end.
  let afterValue = false;
  space();
  if (i >= file.length) throw new FormatError('no JSON value in the file', i);
  for (;;) {
    space();
    const top = stack[stack.length - 1];
    if (afterValue) {
      if (!top) {
        if (i < file.length) throw new FormatError('unexpected text after the JSON value', i);
        return;
      }
      const c = file[i];
      if (c === ',') {
        i++;
        space();
        top.index++;
        afterValue = false;
        if (!top.array) {
          if (file[i] !== '"') throw new FormatError('expected a key in double quotes', i);
        }
      } else if (c === (top.array ? ']' : '}')) {
        i++;
        stack.pop();
        if (!top.array) onObject(top, stack.length);
        continue;
      } else {
        throw new FormatError(`expected ',' or '${top.array ? ']' : '}'}'`, i);
      }
    }
    const parent = stack[stack.length - 1];
    let key = '';
    if (parent && !parent.array) {
      if (file[i] === '}' && parent.index === 0) {
        i++;
        stack.pop();
        onObject(parent, stack.length);
        afterValue = true;
        continue;
      }
      if (file[i] !== '"') throw new FormatError('expected a key in double quotes', i);
      const end = skipString(file, i);
      key = JSON.parse(file.slice(i, end)) as string;
      const keyStart = i;
      i = end;
      space();
      if (file[i] !== ':') throw new FormatError("expected ':' after the key", i);
      i++;
      space();
      onMember?.(`${parent.pointer}/${segment(key)}`, keyStart, i);
    } else if (parent) {
      if (file[i] === ']' && parent.index === 0) {
        i++;
        stack.pop();
        afterValue = true;
        continue;
      }
      key = String(parent.index);
    }
    const pointer = parent ? `${parent.pointer}/${segment(key)}` : '';
    const topKey = stack.length === 0 ? '' : stack.length === 1 ? key : parent!.topKey;
    const c = file[i];
    if (c === '{' || c === '[') {
      stack.push({ array: c === '[', pointer, topKey, key, index: 0, stringKeys: c === '{' ? new Set() : undefined });
      i++;
      afterValue = false;
      continue;
    }
    if (c === '"') {
      onString({ pointer, key, topKey, depth: stack.length, start: i });
      parent?.stringKeys?.add(key);
      i = skipString(file, i);
    } else if (file.startsWith('true', i)) i += 4;
    else if (file.startsWith('false', i)) i += 5;
    else if (file.startsWith('null', i)) i += 4;
    else {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(file)) throw new FormatError('expected a value (a string, number, object, array, true, false or null)', i);
      i = NUMBER.lastIndex;
    }
    afterValue = true;
  }
}

type Flavour = 'chrome' | 'formatjs' | 'arb' | 'plain';

const FLAGS: Record<MessageSyntax, string> = { icu: 'icu-message-format', i18next: 'i18next-interpolation', chrome: 'chrome-placeholders' };

function read(file: string): ReadResult {
  const strings: StringValue[] = [];
  // How many top-level members are objects with a `message` (Chrome) or `defaultMessage` (FormatJS) string, of how many.
  let members = 0;
  let chrome = 0;
  let formatjs = 0;
  let arb = false;
  parse(
    file,
    (v) => {
      strings.push(v);
      if (v.depth === 1) {
        members++;
        if (v.key.startsWith('@')) arb = true;
      }
    },
    (f, depth) => {
      if (depth !== 1) return;
      members++;
      if (f.topKey.startsWith('@')) arb = true;
      if (f.stringKeys?.has('message')) chrome++;
      if (f.stringKeys?.has('defaultMessage')) formatjs++;
    },
  );
  const flavour: Flavour = members > 0 && chrome === members ? 'chrome' : members > 0 && formatjs === members ? 'formatjs' : arb ? 'arb' : 'plain';

  const b = new TextBuilder(file);
  const flags: string[][] = [];
  const codes: InlineCode[][] = [];
  const counts: Array<number | undefined> = [];
  let lang: string | undefined;
  for (const v of strings) {
    if (flavour === 'chrome' && !(v.depth === 2 && v.key === 'message')) continue;
    if (flavour === 'formatjs' && !(v.depth === 2 && v.key === 'defaultMessage')) continue;
    if (flavour === 'arb' && v.topKey.startsWith('@')) {
      if (v.key === '@@locale' && v.depth === 1) lang = JSON.parse(file.slice(v.start, skipString(file, v.start))) as string;
      continue;
    }
    const ms = decodeString(file, v.start);
    const text = ms.text;
    const syntax: MessageSyntax = flavour === 'chrome' ? 'chrome' : flavour === 'plain' && isI18next(text) ? 'i18next' : 'icu';
    // vue-i18n's "|" plural forms are a convention of plain JSON files only: FormatJS and ARB are ICU.
    const nodes = parseMessage(text, syntax, flavour === 'plain' ? 'vue' : undefined);
    const placeholders = nodes.some((n) => n.t !== 'text');
    emitMessage(b, ms, nodes, { id: v.pointer }, placeholders ? [FLAGS[syntax]] : [], flags, skipString(file, v.start) - 1, codes, counts, syntax);
  }
  const built = b.build();
  built.units.forEach((u, k) => {
    if (flags[k].length > 0) u.flags = flags[k];
    if (codes[k].length > 0) u.codes = codes[k];
    if (counts[k] !== undefined) u.count = counts[k];
  });
  return { text: built.text, map: built.map, units: built.units, lang };
}

/**
 * Whether the tag-like s[a, b) is a name in angle brackets, text: an opening tag without attributes
 * that the message never closes. ICU rich text and i18next's Trans close every tag they use (or
 * write it `<x/>`), so what nothing closes is a key ("Press <Enter>") or a usage placeholder
 * ("<file>"), which a translation translates ("<Eingabe>"): as a tag it left no trace in the text
 * and was a code the source's did not match. A line break (<br>) stays a tag.
 */
function nameInBrackets(s: string, a: number, b: number, closings: () => ReadonlyMap<string, number>): boolean {
  const tag = s.slice(a, b);
  const name = /^<([A-Za-z0-9_-]+)>$/.exec(tag)?.[1];
  return name !== undefined && !isLineBreakTag(tag) && !((closings().get(name.toLowerCase()) ?? -1) >= b);
}

/** Where each tag name of `s` is last closed (`</b>`, lowercase names): read once per message, however many tags it has. */
function lastClosings(s: string): ReadonlyMap<string, number> {
  const last = new Map<string, number>();
  for (const m of s.matchAll(/<\/([A-Za-z0-9_-]+)\s*>/g)) last.set(m[1].toLowerCase(), m.index);
  return last;
}

/**
 * Emits a message as a unit line: choices as their `other` branch inline, then each other branch
 * as a unit line of its own (segment "count:one", nested "gender:female/count:one").
 */
function emitMessage(
  b: TextBuilder,
  ms: MappedString,
  nodes: MessageNode[],
  address: UnitAddress,
  unitFlags: string[],
  flags: string[][],
  closingQuote: number,
  codes: InlineCode[][],
  counts: Array<number | undefined>,
  syntax: MessageSyntax,
): void {
  const pending: Array<{ path: string; nodes: MessageNode[]; end: number; counted: readonly string[]; count?: number }> = [];
  // The unit's placeholders and tags as inline codes, for tag checks against a source file (--source).
  let unitCodes: InlineCode[] = [];
  let closed: ReadonlyMap<string, number> | undefined;
  const closings = () => (closed ??= lastClosings(ms.text));
  const walk = (list: MessageNode[], path: string, counted: readonly string[]) => {
    for (const n of list) {
      if (n.t === 'text') ms.emit(b, n.a, n.b);
      else if (n.t === 'literal') b.replaced(n.text, ms.fileAt(n.a), ms.fileAt(n.b, 'end'));
      else if (n.t === 'argument') {
        const id = argumentId(ms.text.slice(n.a, n.b), syntax);
        // The count a plural form may say in words ("Eine Datei" for "# files") is no code to keep.
        if (counted !== ANY_ARGUMENT && !counted.includes(id)) unitCodes.push({ id, kind: 'standalone', offset: b.textLength });
        b.opaque(OBJECT_REPLACEMENT, ms.fileAt(n.a), ms.fileAt(n.b, 'end'));
      } else if (n.t === 'tag' && nameInBrackets(ms.text, n.a, n.b, closings)) ms.emit(b, n.a, n.b);
      else if (n.t === 'tag') {
        const tag = ms.text.slice(n.a, n.b);
        unitCodes.push({ id: /^<\/?([^\s/>]+)/.exec(tag)![1].toLowerCase(), kind: tag[1] === '/' ? 'close' : tag.endsWith('/>') || isLineBreakTag(tag) ? 'standalone' : 'open', offset: b.textLength });
        // A <br> as a line end, like a "\n" in the string.
        b.opaque(isLineBreakTag(tag) ? '\n' : '', ms.fileAt(n.a), ms.fileAt(n.b, 'end'));
      } else {
        const other = n.branches.find((br) => br.key === 'other') ?? n.branches[n.branches.length - 1];
        b.opaque('', ms.fileAt(n.a), ms.fileAt(other.start));
        walk(other.nodes, path, counted);
        b.opaque('', ms.fileAt(other.end), ms.fileAt(n.b, 'end'));
        for (const br of n.branches) {
          // A form for one count ("=1", "one") may say it in words: its "#" is not a code to keep;
          // nor, in vue-i18n's forms, whatever argument the message passes its count in ("{0} Posts").
          const inner = n.pipes && br !== other ? ANY_ARGUMENT : SINGLE_FORM.test(br.key) ? [...counted, '#', `{${n.arg}}`] : counted;
          if (br !== other) pending.push({ path: `${path ? `${path}/` : ''}${n.arg}:${br.key}`, nodes: br.nodes, end: br.end, counted: inner, count: formCount(br.key, n.pipes) });
        }
      }
    }
  };
  // An i18next plural form for one count (key "items_one") may say its {{count}} in words.
  const counted = syntax === 'i18next' && /_(?:zero|one|two)$/.test(address.id) ? ['{{count}}'] : [];
  b.startUnit(address, 'segment');
  flags.push(unitFlags);
  counts.push(undefined);
  walk(nodes, '', counted);
  codes.push(unitCodes);
  b.paragraphBreak(closingQuote);
  // Branches queue their own nested branches while they are written.
  for (let k = 0; k < pending.length; k++) {
    const p = pending[k];
    b.startUnit({ ...address, segment: p.path }, 'segment');
    flags.push(unitFlags);
    counts.push(p.count);
    unitCodes = [];
    walk(p.nodes, p.path, p.counted);
    codes.push(unitCodes);
    b.paragraphBreak(ms.fileAt(p.end, 'end'));
  }
}

/**
 * Plural forms that may serve one count alone: ICU's explicit "=1", and the categories zero, one
 * and two, which do in most languages (not Russian "one": 1, 21, 31…; the file does not say its
 * language, so the check leans to silence there).
 */
const SINGLE_FORM = /^(?:=\d+|zero|one|two)$/;

/**
 * The one count a form serves, where its key says: ICU's "=2", vue-i18n's zero and one (vue's own
 * rule, not CLDR's: the form for 1 and for 0 alone). CLDR's "one" serves 21 too in Russian.
 */
function formCount(key: string, pipes: boolean | undefined): number | undefined {
  if (/^=\d+$/.test(key)) return Number(key.slice(1));
  return pipes ? { zero: 0, one: 1 }[key] : undefined;
}

/** The counted arguments of a form in which any argument may be the count, said in words. */
const ANY_ARGUMENT: readonly string[] = [];

/** A placeholder's name as the same placeholder is written on either side: "{{ count, number }}" is "{{count}}", "{n, number}" "{n}", Chrome's "$User$" "$user$". */
function argumentId(written: string, syntax: MessageSyntax): string {
  if (syntax === 'chrome') return written.toLowerCase();
  const name = /^\{\{?\s*([^\s,}]+)/.exec(written);
  if (!name) return written;
  return syntax === 'i18next' && written.startsWith('{{') ? `{{${name[1]}}}` : `{${name[1]}}`;
}

export const jsonEscape = (text: string) =>
  text.replace(/["\\\u0000-\u001f]/g, (c) => {
    const short = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' }[c];
    return short ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });

export const json: FormatReader = {
  meta: {
    id: 'json',
    name: 'JSON resources',
    extensions: ['json', 'arb'],
  },
  sniff: (text) => /^\s*\{\s*("|\})/.test(text) && /\}\s*$/.test(text.slice(-64)),
  read,
  escape: jsonEscape,
};

/** What the reader reads and its examples (see FormatAbout); the registry leaves them out. */
export const about: Readonly<Record<string, FormatAbout>> = {
  json: {
    description:
      'JSON resource files (i18next, FormatJS/ICU, Chrome messages.json, ARB): each message string is a unit (id: its JSON Pointer); ICU arguments, plurals and selects, i18next {{x}} and $t(), Chrome $name$ (and {{x}}, which extensions fill in) and tags such as <b> are markup, a character reference in a Chrome message (HTML) the character, a <br> a line end, a name in angle brackets that nothing closes (<Enter>) text; a plural reads as its "other" form inline and its other forms as units of their own (segment "count:one"); in a file of no other convention, vue-i18n plural forms separated by "|" are a plural (the last form other, with two forms one and other, with three zero, one and other), {\'x\'} a literal and @:key a linked message; Chrome descriptions, FormatJS descriptions and ARB @metadata are skipped; ARB @@locale is the language; placeholders and tags are kept as the unit\'s inline codes for tag checks against a source file (but not the count of a form for one count: ICU =1/one, i18next _one).',
    examples: [
      {
        file: '{"nav": {"home": "Start", "greeting": "Hallo {{name}}, willkommen."}, "items": "{count, plural, one {# Datei} other {# Dateien}} gefunden."}',
        text: 'Start\nHallo \uFFFC, willkommen.\n\uFFFC Dateien gefunden.\n\uFFFC Datei\n',
      },
      {
        // i18next's Trans tags stand for nothing, a <br> for a line end.
        file: '{"replace": "Das wird <bold>deinen Inhalt ersetzen</bold>.<br></br>Du kannst ihn zuerst sichern."}',
        text: 'Das wird deinen Inhalt ersetzen.\nDu kannst ihn zuerst sichern.\n',
      },
      {
        // vue-i18n: plural forms separated by "|" (other inline, then zero and one), {'@'} a literal, @:key a linked message.
        file: '{"days": "vor 0 Tagen | gestern | vor {n} Tagen", "hours": "בעוד {n} שע\'|בעוד שעה|בעוד {n} שע\'", "mention": "Schreib {\'@\'}name oder nutze @:nav.search."}',
        text: 'vor \uFFFC Tagen\nvor 0 Tagen\ngestern\nבעוד \uFFFC שע\'\nבעוד \uFFFC שע\'\nבעוד שעה\nSchreib @name oder nutze \uFFFC.\n',
      },
      {
        file: '{"@@locale": "de", "title": "Titel", "@title": {"description": "Page title"}}',
        text: 'Titel\n',
      },
      {
        // ICU without spaces: "other{{hours} Std.}" nests an argument, it is no i18next "{{x}}".
        file: '{"craneHours": "{hours,plural,=1{1 Std.}other{{hours} Std.}}"}',
        text: '\uFFFC Std.\n1 Std.\n',
      },
      {
        // HTML in a Chrome message (put into innerHTML): its tags, attributes and all, leave no trace.
        file: '{"types": {"message": "<a href=\'https://example.org/types\' target=\'_blank\'>Anfragetypen</a> anzeigen"}}',
        text: 'Anfragetypen anzeigen\n',
      },
      {
        // A character reference in a Chrome message is the character; {{name}} a placeholder the extension fills in.
        file: '{"nsfw": {"message": "Als &ldquo;NSFW&rdquo; markieren"}, "ago": {"message": "vor {{value}} Minuten"}}',
        text: 'Als \u201cNSFW\u201d markieren\nvor \uFFFC Minuten\n',
      },
      {
        file: '{"hello": {"message": "Hallo $USER$!", "description": "Greeting", "placeholders": {"user": {"content": "$1"}}}}',
        text: 'Hallo \uFFFC!\n',
      },
    ],
  },
};
