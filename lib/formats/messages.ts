// The placeholder syntaxes of app message strings, so the rules read the prose and not the code:
// ICU MessageFormat (FormatJS, ARB: `{name}`, `{n, number}`, `{n, plural, one {…} other {…}}`,
// `'{'` quoting, rich-text tags `<b>…</b>`), i18next (`{{name}}`, `$t(key)`, `<1>…</1>`) and
// Chrome extensions (`$name$`, `$1`, `$$`).
//
// A plural or select is read as its `other` branch in the flow of the sentence ("You have #
// messages."), because that is the form a reader meets most and the sentence around it must read
// as one; each other branch is still translated text, so it is checked too, as a line of its own
// (unit segment "count:one"). Arguments and `#` stand for content (U+FFFC); tags leave no trace.
// A message that does not parse as ICU is checked as plain text: a literal brace is not an error
// in a JSON file that was never meant as ICU.
//
// vue-i18n (and Laravel) write plural forms in one message, separated by "|" ("in 0 days|tomorrow|in
// {n} days"), with vue's literal interpolation `{'@'}` and linked messages `@:key`: a plain JSON
// message of forms that all hold words is read as such a choice (see pipePlural).

import { namedReferenceText } from './html-references.js';
import { lazyRegExp } from '../text/lazy-regexp.js';

export type MessageSyntax = 'icu' | 'i18next' | 'chrome';

/**
 * How "|"-separated plural forms are written, where a message may hold them: vue-i18n's (JSON files
 * of no other convention), or Symfony's and Laravel's, whose forms may open with the counts they
 * serve ("{0} None|{1} One|]1,Inf[ %count% files"): such an interval is the form's key, not its text.
 */
export type PipeSyntax = 'vue' | 'symfony';

export type MessageNode =
  /** Text of the message, s[a, b). */
  | { t: 'text'; a: number; b: number }
  /** s[a, b) stands for `text` (ICU `''` and `'{'` quoting, Chrome `$$`). */
  | { t: 'literal'; a: number; b: number; text: string }
  /** A placeholder standing for content: `{name}`, `#`, `{{x}}`, `$t(k)`, `$name$`. */
  | { t: 'argument'; a: number; b: number }
  /** A tag the text flows through: `<b>`, `</1>`. */
  | { t: 'tag'; a: number; b: number }
  /**
   * A plural or select: the branches' contents are s[start, end) each. `pipes`: vue-i18n's forms
   * separated by "|", each but the last of which may say its count in words.
   */
  | { t: 'choice'; a: number; b: number; arg: string; branches: Branch[]; pipes?: true };

export interface Branch {
  /** The branch's selector: ICU's "one", "=2"; a pipe form's interval ("{0}", "]1,Inf["), else its place (see pipePlural). */
  key: string;
  start: number;
  end: number;
  nodes: MessageNode[];
}

/** Nesting deeper than this is not a message a person wrote: the string is read as plain text. */
const MAX_DEPTH = 12;

class Invalid extends Error {}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** ICU MessageFormat with FormatJS rich-text tags; Invalid when it does not parse. */
function parseIcu(s: string): MessageNode[] {
  let pos = 0;
  const skipSpace = () => {
    while (isSpace(s[pos])) pos++;
  };
  const word = () => {
    const from = pos;
    while (pos < s.length && !isSpace(s[pos]) && !'{},'.includes(s[pos])) pos++;
    if (pos === from) throw new Invalid();
    return s.slice(from, pos);
  };

  function message(depth: number, inPlural: boolean, nested: boolean): MessageNode[] {
    if (depth > MAX_DEPTH) throw new Invalid();
    const nodes: MessageNode[] = [];
    let text = pos;
    const flush = () => {
      if (pos > text) nodes.push({ t: 'text', a: text, b: pos });
    };
    while (pos < s.length) {
      const c = s[pos];
      if (c === '}') {
        if (!nested) throw new Invalid();
        break;
      }
      if (c === '{') {
        flush();
        nodes.push(argument(depth));
        text = pos;
      } else if (c === "'" && s[pos + 1] === "'") {
        flush();
        nodes.push({ t: 'literal', a: pos, b: pos + 2, text: "'" });
        text = pos += 2;
      } else if (c === "'" && (s[pos + 1] === '{' || s[pos + 1] === '}' || s[pos + 1] === '<' || (inPlural && s[pos + 1] === '#'))) {
        // Quoted literal text up to the next lone apostrophe ('' inside stands for one).
        flush();
        const from = pos;
        let out = '';
        pos++;
        while (pos < s.length) {
          if (s[pos] === "'") {
            if (s[pos + 1] !== "'") break;
            pos++;
          }
          out += s[pos++];
        }
        pos = Math.min(pos + 1, s.length);
        nodes.push({ t: 'literal', a: from, b: pos, text: out });
        text = pos;
      } else if (c === '#' && inPlural) {
        flush();
        nodes.push({ t: 'argument', a: pos, b: pos + 1 });
        text = ++pos;
      } else if (c === '@' && LINKED_MESSAGE.test(s.slice(pos, pos + 128))) {
        flush();
        const end = pos + LINKED_MESSAGE.exec(s.slice(pos, pos + 128))![0].length;
        nodes.push({ t: 'argument', a: pos, b: end });
        text = pos = end;
      } else if (c === '<' && /^<\/?[A-Za-z0-9_-]+\s*\/?>/.test(s.slice(pos, pos + 64))) {
        flush();
        const end = s.indexOf('>', pos) + 1;
        nodes.push({ t: 'tag', a: pos, b: end });
        text = pos = end;
      } else {
        pos++;
      }
    }
    flush();
    return nodes;
  }

  function argument(depth: number): MessageNode {
    const a = pos++;
    skipSpace();
    // vue-i18n's literal interpolation, `{'@'}` for "@": no ICU argument is named in quotes.
    const literal = /^'([^']*)'\s*\}/.exec(s.slice(pos, pos + 64));
    if (literal) {
      pos += literal[0].length;
      return { t: 'literal', a, b: pos, text: literal[1] };
    }
    const arg = word();
    skipSpace();
    if (s[pos] === '}') return { t: 'argument', a, b: ++pos };
    if (s[pos] !== ',') throw new Invalid();
    pos++;
    skipSpace();
    const type = word();
    skipSpace();
    if (s[pos] === '}') return { t: 'argument', a, b: ++pos };
    if (s[pos] !== ',') throw new Invalid();
    pos++;
    if (type === 'plural' || type === 'selectordinal' || type === 'select') {
      const branches: Branch[] = [];
      for (;;) {
        skipSpace();
        if (s[pos] === '}') break;
        const key = word();
        if (key.startsWith('offset:')) continue;
        skipSpace();
        if (s[pos] !== '{') throw new Invalid();
        const start = ++pos;
        const nodes = message(depth + 1, type !== 'select', true);
        if (s[pos] !== '}') throw new Invalid();
        branches.push({ key, start, end: pos++, nodes });
      }
      if (branches.length === 0) throw new Invalid();
      return { t: 'choice', a, b: ++pos, arg, branches };
    }
    // A style ("::currency/EUR", "short"): skip to the matching brace.
    let open = 1;
    while (pos < s.length && open > 0) {
      if (s[pos] === '{') open++;
      else if (s[pos] === '}') open--;
      pos++;
    }
    if (open > 0) throw new Invalid();
    return { t: 'argument', a, b: pos };
  }

  const nodes = message(0, false, false);
  if (pos < s.length) throw new Invalid();
  return nodes;
}

/** A vue-i18n linked message, `@:key.path`, `@.lower:key` or `@:(key)`, which stands for that message's text. */
const LINKED_MESSAGE = /^@(?:\.[a-z]+)?:(?:\([^()]*\)|[A-Za-z_][\w-]*(?:\.[\w-]+)*)/;

/**
 * An HTML or i18next Trans tag, with attributes (`<1>`, `</strong>`, `<a href='…' target='_blank'>`):
 * i18next strings rendered as HTML and Chrome extension messages put into innerHTML carry links.
 */
const TAG = `<\\/?[A-Za-z0-9_-]+(?:\\s+[A-Za-z_:][\\w:.-]*(?:\\s*=\\s*(?:"[^"<>]*"|'[^'<>]*'|[^\\s"'<>]+))?)*\\s*\\/?>`;

/** An i18next interpolation or nesting (`{{x}}`, `$t(key)`); not ICU's nested `other{{n} items}`, which has no `}}` right after its name. */
const I18NEXT_PLACEHOLDER = /\{\{[^{}]*\}\}|\$t\(/;

/** Whether a message of a plain JSON file is written for i18next rather than ICU. */
export const isI18next = (s: string): boolean => I18NEXT_PLACEHOLDER.test(s);

/** i18next: `{{x}}`, `{{x, format}}`, `$t(key)` stand for content; `<1>`, `</strong>` are tags. */
function parseI18next(s: string): MessageNode[] {
  const nodes: MessageNode[] = [];
  const re = new RegExp(`\\{\\{[^{}]*\\}\\}|\\$t\\([^()]*\\)|${TAG}`, 'g');
  let text = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m.index > text) nodes.push({ t: 'text', a: text, b: m.index });
    nodes.push({ t: m[0][0] === '<' ? 'tag' : 'argument', a: m.index, b: m.index + m[0].length });
    text = m.index + m[0].length;
  }
  if (s.length > text) nodes.push({ t: 'text', a: text, b: s.length });
  return nodes;
}

/**
 * Chrome extension messages: `$name$` and `$1`…`$9` stand for content, `$$` is a dollar sign; HTML
 * tags are tags and character references (`&ldquo;`) the characters they name, as the innerHTML
 * that takes the tags reads them; `{{name}}`, which extensions fill in themselves (uBlock Origin's
 * "{{value}} minutes ago"), stands for content too.
 */
function parseChrome(s: string): MessageNode[] {
  const nodes: MessageNode[] = [];
  const re = new RegExp(`\\$[A-Za-z0-9_@]+\\$|\\$[1-9]|\\$\\$|\\{\\{[^{}]*\\}\\}|&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);|${TAG}`, 'g');
  let text = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const b = m.index + m[0].length;
    const reference = m[0][0] === '&' ? referenceText(m[0]) : undefined;
    // An ampersand that names nothing ("&foo;") is text.
    if (m[0][0] === '&' && reference === undefined) continue;
    if (m.index > text) nodes.push({ t: 'text', a: text, b: m.index });
    nodes.push(
      m[0] === '$$' ? { t: 'literal', a: m.index, b, text: '$' } : reference !== undefined ? { t: 'literal', a: m.index, b, text: reference } : m[0][0] === '<' ? { t: 'tag', a: m.index, b } : { t: 'argument', a: m.index, b },
    );
    text = b;
  }
  if (s.length > text) nodes.push({ t: 'text', a: text, b: s.length });
  return nodes;
}

/** The character a reference `&name;` or `&#N;` stands for, or undefined (no such name, no such code point). */
function referenceText(ref: string): string | undefined {
  if (ref[1] !== '#') return namedReferenceText(ref.slice(1, -1));
  const code = ref[2] === 'x' || ref[2] === 'X' ? parseInt(ref.slice(3, -1), 16) : parseInt(ref.slice(2, -1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** ICU nodes of s[from, to) shifted to offsets of the whole message; plain text when it does not parse. */
function icuOrText(s: string, from = 0, to = s.length): MessageNode[] {
  try {
    return shift(parseIcu(s.slice(from, to)), from);
  } catch (err) {
    if (err instanceof Invalid) return [{ t: 'text', a: from, b: to }];
    throw err;
  }
}

function shift(nodes: MessageNode[], by: number): MessageNode[] {
  if (by === 0) return nodes;
  return nodes.map((n) =>
    n.t === 'choice' ? { ...n, a: n.a + by, b: n.b + by, branches: n.branches.map((br) => ({ ...br, start: br.start + by, end: br.end + by, nodes: shift(br.nodes, by) })) } : { ...n, a: n.a + by, b: n.b + by },
  );
}

/**
 * vue-i18n's plural forms, "no apples | one apple | {count} apples", as a choice whose last form is
 * "other" (vue's order: two forms are one and other, three zero, one and other; more follow the
 * app's own rule, named by place); undefined unless the message has two forms or more that all hold
 * a letter or a placeholder, and no bar is in quotes ("Separate them with '|' from the rest." is one sentence).
 * Symfony's forms are keyed so too, but a form that opens with an interval is keyed by it (spaces
 * left out), the interval then markup: which category each unmarked form is depends on the
 * language (see pipeFormCategories).
 */
function pipePlural(s: string, syntax: PipeSyntax): MessageNode | undefined {
  if (!s.includes('|') || s.includes('||') || QUOTED_BAR().test(s)) return undefined;
  const forms: Array<[number, number]> = [];
  for (let from = 0; ; ) {
    const bar = s.indexOf('|', from);
    forms.push([from, bar < 0 ? s.length : bar]);
    if (bar < 0) break;
    from = bar + 1;
  }
  if (forms.some(([a, b]) => !FORM_WORDS().test(s.slice(a, b)))) return undefined;
  const keys = forms.length === 2 ? ['one', 'other'] : forms.length === 3 ? ['zero', 'one', 'other'] : forms.map((_, k) => (k === forms.length - 1 ? 'other' : `form${k}`));
  const branches = forms.map(([a, b], k) => {
    let key = keys[k];
    if (syntax === 'symfony') {
      const interval = INTERVAL.exec(s.slice(a, b));
      if (interval) {
        key = interval[1].replace(/\s+/g, '');
        a += interval[0].length;
      }
    }
    // The spaces around a bar are the separator's ("one apple | {count} apples").
    while (a < b && isSpace(s[a])) a++;
    while (b > a && isSpace(s[b - 1])) b--;
    return { key, start: a, end: b, nodes: icuOrText(s, a, b) };
  });
  return { t: 'choice', a: 0, b: s.length, arg: 'count', branches, pipes: true };
}

/** Symfony's interval at a form's start: a set of counts "{0}", "{1,2}", or a range "]1,Inf[", "[2,*]" (its translator's syntax). */
const INTERVAL = /^\s*(\{\s*-?\d+(?:\.\d+)?(?:\s*,\s*-?\d+(?:\.\d+)?)*\s*\}|[[\]]\s*(?:-Inf|\*|-?\d+(?:\.\d+)?)\s*,\s*(?:\+?Inf|\*|-?\d+(?:\.\d+)?)\s*[[\]])/;

/**
 * A bar in quotes ("Separate them with '|'", "« | »") is a character the text names, not a
 * separator of forms. Quotes on both sides: one alone may end a form (Hebrew's geresh "שע'|").
 */
const QUOTED_BAR = lazyRegExp(String.raw`[\p{Pi}\p{Pf}'"\x60„‚「]\s*\|\s*[\p{Pi}\p{Pf}'"\x60」]`, 'u');

const FORM_WORDS = lazyRegExp(String.raw`[\p{L}{]`, 'u');

/**
 * The message's nodes in its syntax; plain text when it does not parse. `pipes`: a message that
 * holds no ICU choice may be plural forms separated by "|", written so.
 */
export function parseMessage(s: string, syntax: MessageSyntax, pipes?: PipeSyntax): MessageNode[] {
  if (syntax === 'i18next') return parseI18next(s);
  if (syntax === 'chrome') return parseChrome(s);
  const nodes = icuOrText(s);
  if (!pipes || nodes.some((n) => n.t === 'choice')) return nodes;
  const plural = pipePlural(s, pipes);
  return plural ? [plural] : nodes;
}
