// Markdown inline syntax inside one text block (CommonMark + GFM): what of a paragraph's raw text
// is prose and what is markup. Backslash escapes and entities are decoded (replaced); code spans
// (with a reStructuredText role before one), TeX math in dollars, autolinks and bare URLs stand
// for content (U+FFFC: "$k=4$ digits" reads "￼ digits"), and so do template expressions in double
// braces (MDN's macros "{{jsxref("Array")}}", Liquid, Hugo, Jinja); link and image brackets and
// destinations, emphasis delimiters, inline HTML (but for elements that stand for content, as in
// an HTML page: <code>, <kbd>, <img>…), MDX comments and footnote references leave no trace, so
// "China.** the**" reads "China. the". Link text and image alt text are prose; the image itself
// stands after its alt text as content ("![a chart](c.png)" reads "a chart￼").
// Linear: each backtick run finds its closer through a per-length queue, and every look-ahead
// (link destinations, titles, tags) is bounded.

import { entityCodePoint } from '../catalogue/entities.js';
import { isLineBreakTag } from './line-break-tag.js';
import { OBJECT_ELEMENTS, VOID_OBJECT_ELEMENTS } from './object-elements.js';
import type { MappedString } from './mapped-string.js';
import type { TextBuilder } from './offset-map.js';
import { OBJECT_REPLACEMENT } from '../text/chars.js';
import { lazyRegExp } from '../text/lazy-regexp.js';

const enum Tok {
  Text,
  Replaced,
  Opaque,
}

interface Token {
  kind: Tok;
  a: number;
  b: number;
  text: string;
  /** Markup that closes an inline span (emphasis, a link's text): see ReadResult.spanEnds. */
  closes?: boolean;
  /** Markup that opens one: see ReadResult.spanStarts. */
  opens?: boolean;
  /**
   * What a link links to, where the text leaves it out: on an autolink's or a bare URL's U+FFFC, and
   * on an inline link's closing markup, with `from` its opening bracket's token (see UnitLink).
   */
  url?: string;
  from?: number;
}

/**
 * Marks a reference link's url that is still its label: the target is its definition's, which may
 * come later in the document (markdown.ts resolves it once the whole file is read).
 */
export const REFERENCE = '\u0000';

/** A link label as definitions and references match it: case and runs of white space do not count. */
export const linkLabel = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/** Longest link destination or title looked at; real ones are far shorter. */
const MAX_LINK_PART = 4096;
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const PUNCT_OR_SYMBOL = lazyRegExp(String.raw`\p{P}|\p{S}`, 'u');
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const AUTOLINK = /<(?:[A-Za-z][A-Za-z0-9.+-]{1,31}:[^\s<>]*|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;
/** A JSX expression in braces, nested two deep at most ("{{margin: '0 auto'}}"). */
const JSX_EXPRESSION = String.raw`\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}`;
/**
 * A start tag's name and attributes, HTML's or MDX's (JSX: a value or a spread in braces, "<img
 * style={{margin: 0}} />", "<Foo {...props}>"), and an end tag: for markdown.ts's HTML blocks too.
 */
export const HTML_TAG_SOURCE = String.raw`<(?:[A-Za-z][A-Za-z0-9.-]*(?:\s+(?:[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>\`{]+|'[^']*'|"[^"]*"|${JSX_EXPRESSION}))?|${JSX_EXPRESSION}))*\s*\/?|\/[A-Za-z][A-Za-z0-9.-]*\s*)>`;
const HTML_TAG = new RegExp(HTML_TAG_SOURCE, 'y');
const BARE_URL = /(?:https?:\/\/|www\.)[^\s<]*/y;
/** The destination in an inline link's parentheses, in angle brackets or not, before any title. */
const LINK_DESTINATION = /^\s*(?:<([^<>\n]*)>|(\S+))/;
/**
 * Longest template expression looked at ("{{…}}"): MDN's longest macro calls
 * ("{{EmbedLiveSample("id", "100%", 600, "", "", "", "allow-forms")}}") are a few hundred characters.
 */
const MAX_TEMPLATE = 1024;
/** A Hugo shortcode call ("{{< name … >}}", "{{% name … %}}") with a non-empty text="…" parameter, up to that text's end. */
const SHORTCODE_TEXT = /^\{\{[<%]\s*[\w-]+\s(?:[^"]|"[^"]*")*?\btext\s*=\s*"([^"\\{}]+)"/;
/** A reStructuredText role before its code span, as Sphinx-flavoured Markdown writes them (d2l: ":numref:`fig_x`", ":cite:`Smith.2020`"). */
const ROLE = /:[A-Za-z][\w.+-]*:(?=`)/y;

const isWhite = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\u00a0';
const isPunct = (c: string | undefined) => c !== undefined && (ASCII_PUNCT.test(c) || PUNCT_OR_SYMBOL().test(c));

/** Whether a run of `*`, `_` or `~` at s[i, j) can open or close emphasis (CommonMark's flanking rules). */
function flanking(s: string, i: number, j: number): { open: boolean; close: boolean } {
  const before = s[i - 1];
  const after = s[j];
  let open = !isWhite(after) && (!isPunct(after) || isWhite(before) || isPunct(before));
  let close = !isWhite(before) && (!isPunct(before) || isWhite(after) || isPunct(after));
  if (s[i] === '~' && j - i > 2) open = close = false;
  // An underscore inside a word (snake_case) is a letter, not emphasis.
  if (s[i] === '_') {
    const bothSides = open && close;
    open &&= !bothSides || isPunct(before);
    close &&= !bothSides || isPunct(after);
  }
  return { open, close };
}

/** Backtick runs by length, each a queue of start offsets, for finding a code span's closer in linear time. */
class BacktickRuns {
  private readonly byLength = new Map<number, number[]>();
  private readonly next = new Map<number, number>();

  constructor(s: string) {
    for (let i = s.indexOf('`'); i !== -1; i = s.indexOf('`', i)) {
      let j = i;
      while (s[j] === '`') j++;
      const list = this.byLength.get(j - i) ?? [];
      list.push(i);
      this.byLength.set(j - i, list);
      i = j;
    }
  }

  /** Start of the first run of exactly `n` backticks after offset `after`, or -1. */
  closer(n: number, after: number): number {
    const list = this.byLength.get(n);
    if (!list) return -1;
    let k = this.next.get(n) ?? 0;
    while (k < list.length && list[k] <= after) k++;
    this.next.set(n, k);
    return k < list.length ? list[k] : -1;
  }
}

/**
 * Where TeX math in dollars ends (pandoc's tex_math_dollars, GitHub's math): "$$…$$" is display
 * math; "$…$" inline math, ended by the next "$" as TeX ends it. Its opening "$" follows no Latin
 * letter or digit (currencies: "US$5", "R$10") and has a non-space after it, its closing one a
 * non-space before it and no digit after it, and what is between reads as math: one run without
 * spaces ("$n$", "$x_i$") or one with TeX's operators or commands. So prices stay text: "$5 or
 * $10", "de $10, R$ 100". Each search goes forward from the last, so a block full of unclosed
 * dollars stays linear.
 */
class MathCloser {
  /** Offsets of the dollars that are not escaped, ascending, and the first not yet passed. */
  private readonly dollars: number[] = [];
  private next = 0;
  /** Where the last "$$" search found one (a later search is needed once it is passed), -1 for none, -2 before any. */
  private displayAt = -2;

  constructor(private readonly s: string) {
    for (let i = s.indexOf('$'); i !== -1; i = s.indexOf('$', i + 1)) if (s[i - 1] !== '\\') this.dollars.push(i);
  }

  /** End (past the closing dollars) of math opening at s[i] === '$', or -1. */
  end(i: number): number {
    const s = this.s;
    if (s[i + 1] === '$') {
      if (this.displayAt !== -1 && this.displayAt < i + 2) this.displayAt = s.indexOf('$$', i + 2);
      return this.displayAt > i + 2 ? this.displayAt + 2 : -1;
    }
    while (this.next < this.dollars.length && this.dollars[this.next] <= i) this.next++;
    const close = this.next < this.dollars.length ? this.dollars[this.next] : -1;
    if (close <= i + 1 || /[A-Za-z0-9]/.test(s[i - 1] ?? '') || isWhite(s[i + 1]) || isWhite(s[close - 1]) || s[close + 1] === '$' || /[0-9]/.test(s[close + 1] ?? '')) return -1;
    return TEX_MATH.test(s.slice(i + 1, close)) ? close + 1 : -1;
  }
}

/** What inline math holds: no spaces, or an operator or command of TeX's. */
const TEX_MATH = /^\S+$|[\\^_{}=<>+\-*/|]/;

/**
 * End of the HTML element that stands for content (OBJECT_ELEMENTS: "<code>a.b</code>", "<img>")
 * whose start tag `tag` is at s[i], or 0 when the tag opens none or its end tag is not in the
 * block. `ends` keeps, by element name, where the last search found an end tag (-1: none after
 * it), so that a block full of unclosed "<code>" stays linear.
 */
function objectElementEnd(s: string, i: number, tag: string, ends: Map<string, number>): number {
  const name = /^<([A-Za-z][A-Za-z0-9-]*)/.exec(tag)?.[1].toLowerCase();
  if (!name || !OBJECT_ELEMENTS.has(name)) return 0;
  if (VOID_OBJECT_ELEMENTS.has(name) || tag.endsWith('/>')) return i + tag.length;
  const from = i + tag.length;
  let at = ends.get(name);
  if (at === undefined || (at !== -1 && at < from)) {
    const close = new RegExp(`</${name}\\s*>`, 'gi');
    close.lastIndex = from;
    const m = close.exec(s);
    at = m ? m.index : -1;
    ends.set(name, at);
  }
  if (at === -1) return 0;
  return s.indexOf('>', at) + 1;
}

/**
 * End of an inline link's `(destination "title")` starting at s[i] === '(', or -1. Looks at most
 * `budget.left` characters and takes them from it: a block full of "](" that never close cannot
 * make the scan quadratic.
 */
function linkTail(s: string, i: number, budget: { left: number }): number {
  let p = i + 1;
  const limit = Math.min(s.length, i + 2 * MAX_LINK_PART, i + budget.left);
  const tail = (ok: boolean) => {
    budget.left -= p - i;
    return ok && s[p] === ')' ? p + 1 : -1;
  };
  const spaces = () => {
    while (p < limit && isWhite(s[p]) && s[p] !== undefined) p++;
  };
  spaces();
  if (s[p] === '<') {
    while (p < limit && s[p] !== '>' && s[p] !== '\n') p += s[p] === '\\' ? 2 : 1;
    if (s[p] !== '>') return tail(false);
    p++;
  } else {
    let depth = 0;
    while (p < limit && !isWhite(s[p]) && s.charCodeAt(p) >= 32) {
      if (s[p] === '\\') p++;
      else if (s[p] === '(') depth++;
      else if (s[p] === ')') {
        if (depth === 0) break;
        depth--;
      }
      p++;
    }
  }
  spaces();
  const open = s[p];
  if (open === '"' || open === "'" || open === '(') {
    const close = open === '(' ? ')' : open;
    p++;
    while (p < limit && s[p] !== close) p += s[p] === '\\' ? 2 : 1;
    if (s[p] !== close) return tail(false);
    p++;
    spaces();
  }
  return tail(true);
}

/** Splits a block's raw text into prose, decoded escapes and markup. */
export function inlineTokens(s: string): Token[] {
  const tokens: Token[] = [];
  const openers: number[] = [];
  let ticks: BacktickRuns | undefined;
  let math: MathCloser | undefined;
  let text = 0;
  let noCommentEnd = -1;
  let noMdxCommentEnd = -1;
  // The "}}" the last template search found (-1: none further on), so a block full of "{{" stays linear.
  let templateClose = -2;
  const elementEnds = new Map<string, number>();
  const delimiters: Record<string, number[]> = { '*': [], _: [], '~': [] };
  // Characters link destinations may look at in this block: twice its length, and room for real links.
  const budget = { left: 2 * s.length + 2 * MAX_LINK_PART };
  const flush = (to: number) => {
    if (to > text) tokens.push({ kind: Tok.Text, a: text, b: to, text: '' });
  };
  const add = (kind: Tok, a: number, b: number, t: string, closes?: boolean) => {
    flush(a);
    tokens.push({ kind, a, b, text: t, closes });
    text = b;
  };
  // The code span whose backticks start at `from`, made one object from `start` (a role before
  // it included); returns where reading goes on: after the span, or after the backticks that close nothing.
  const codeSpan = (start: number, from: number): number => {
    let j = from;
    while (s[j] === '`') j++;
    ticks ??= new BacktickRuns(s);
    const close = ticks.closer(j - from, from);
    if (close === -1) return j;
    add(Tok.Opaque, start, close + j - from, OBJECT_REPLACEMENT);
    return close + j - from;
  };
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === '\\' && ASCII_PUNCT.test(s[i + 1] ?? '')) {
      add(Tok.Replaced, i, i + 2, s[i + 1]);
      i += 2;
    } else if (c === '`') {
      i = codeSpan(i, i);
    } else if (c === '$') {
      math ??= new MathCloser(s);
      const end = math.end(i);
      if (end === -1) i += s[i + 1] === '$' ? 2 : 1;
      else {
        add(Tok.Opaque, i, end, OBJECT_REPLACEMENT);
        i = end;
      }
    } else if (c === '{' && s.startsWith('{/*', i) && i > noMdxCommentEnd) {
      // An MDX comment ("## Title {/*title-id*/}"); at the block's end it takes the space before it along.
      const close = s.indexOf('*/}', i + 3);
      if (close === -1) {
        noMdxCommentEnd = s.length;
        i++;
        continue;
      }
      let after = close + 3;
      while (after < s.length && isWhite(s[after])) after++;
      let from = i;
      if (after === s.length) while (from > text && isWhite(s[from - 1])) from--;
      add(Tok.Opaque, from, close + 3, '');
      i = close + 3;
    } else if (c === '{' && s[i + 1] === '{' && templateClose !== -1) {
      // A template expression: a documentation macro ("{{EmbedLiveSample('x', 700, 500)}}",
      // "{{Glossary("Identifier", "标识符")}}") or a site generator's variable or shortcode
      // ("{{ page.title }}", "{{< ref "x" >}}"). The page shows what it renders to, not its
      // call, so it stands for content like code. It closes at the first "}}" (and the braces
      // right after it: "{{ {a: 1} }}}" is rare, but its last brace is the template's).
      if (templateClose < i + 2) templateClose = s.indexOf('}}', i + 2);
      if (templateClose === -1 || templateClose - i > MAX_TEMPLATE) {
        i += 2;
        continue;
      }
      let end = templateClose + 2;
      while (s[end] === '}') end++;
      // A Hugo shortcode that shows its text parameter (Kubernetes' "{{< glossary_tooltip text="Pod"
      // term_id="pod" >}}"): the page shows that text in the sentence, so it is prose.
      const shown = SHORTCODE_TEXT.exec(s.slice(i, end));
      if (shown) {
        const from = i + shown[0].length - shown[1].length - 1;
        add(Tok.Opaque, i, from, '');
        add(Tok.Opaque, from + shown[1].length, end, '');
      } else {
        add(Tok.Opaque, i, end, OBJECT_REPLACEMENT);
      }
      i = end;
    } else if (c === ':' && !/[A-Za-z0-9]/.test(s[i - 1] ?? '')) {
      // A role and its code span are one reference ("see :numref:`fig_x`"): content, like the code.
      ROLE.lastIndex = i;
      const role = ROLE.exec(s);
      if (!role) {
        i++;
        continue;
      }
      i = codeSpan(i, i + role[0].length);
    } else if (c === '&') {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(s);
      const cp = m ? entityCodePoint(m[0].slice(1, -1)) : undefined;
      if (m && cp !== undefined) add(Tok.Replaced, i, i + m[0].length, String.fromCodePoint(cp));
      i += m && cp !== undefined ? m[0].length : 1;
    } else if (c === '<') {
      AUTOLINK.lastIndex = i;
      let m = AUTOLINK.exec(s);
      if (m) {
        add(Tok.Opaque, i, i + m[0].length, OBJECT_REPLACEMENT);
        tokens[tokens.length - 1].url = m[0].slice(1, -1);
        i += m[0].length;
        continue;
      }
      if (s.startsWith('<!--', i) && i > noCommentEnd) {
        const end = s.indexOf('-->', i + 4);
        if (end === -1) noCommentEnd = s.length;
        else {
          add(Tok.Opaque, i, end + 3, '');
          i = end + 3;
          continue;
        }
      }
      const window = s.slice(i, i + 1024);
      HTML_TAG.lastIndex = 0;
      m = HTML_TAG.exec(window);
      const element = m && objectElementEnd(s, i, m[0], elementEnds);
      if (element) {
        add(Tok.Opaque, i, element, OBJECT_REPLACEMENT);
        i = element;
      } else if (m) {
        // A <br> as a space, like the paragraph's other line breaks.
        add(Tok.Opaque, i, i + m[0].length, isLineBreakTag(m[0]) ? ' ' : '');
        i += m[0].length;
      } else i++;
    } else if (c === '!' && s[i + 1] === '[') {
      flush(i);
      openers.push(tokens.length);
      tokens.push({ kind: Tok.Text, a: i, b: i + 2, text: '' });
      text = i += 2;
    } else if (c === '[') {
      if (s[i + 1] === '^') {
        const end = s.indexOf(']', i);
        if (end !== -1 && end - i < 100 && !/[\s[]/.test(s.slice(i + 2, end))) {
          add(Tok.Opaque, i, end + 1, '');
          i = end + 1;
          continue;
        }
      }
      flush(i);
      openers.push(tokens.length);
      tokens.push({ kind: Tok.Text, a: i, b: i + 1, text: '' });
      text = i += 1;
    } else if (c === ']' && openers.length > 0) {
      const opener = openers.pop()!;
      let end = -1;
      let reference: string | undefined;
      if (s[i + 1] === '(') end = linkTail(s, i + 1, budget);
      else if (s[i + 1] === '[') {
        const close = s.indexOf(']', i + 2);
        if (close !== -1 && close - i < 1000 && !s.slice(i + 2, close).includes('[')) {
          end = close + 1;
          // A reference link: its label ("[text][label]"), or its text where it has none ("[text][]").
          if (s[tokens[opener].a] !== '!') reference = close > i + 2 ? s.slice(i + 2, close) : s.slice(tokens[opener].b, i);
        }
      }
      if (end === -1) {
        i++;
        continue;
      }
      tokens[opener].kind = Tok.Opaque;
      tokens[opener].opens = true;
      // An image is content, as <img> is in a page: its alt text describes it, and the image
      // stands after it, so a row of badges ("![npm](v.svg) ![npm](dm.svg)") is no "npm npm".
      const image = s[tokens[opener].a] === '!';
      add(Tok.Opaque, i, end, image ? OBJECT_REPLACEMENT : '', true);
      // An inline link's destination (an image's source is no link, nor is a reference resolved here).
      const destination = !image && s[i + 1] === '(' ? LINK_DESTINATION.exec(s.slice(i + 2, end - 1)) : null;
      if (destination) Object.assign(tokens[tokens.length - 1], { url: destination[1] ?? destination[2], from: opener });
      else if (reference !== undefined) Object.assign(tokens[tokens.length - 1], { url: REFERENCE + linkLabel(reference), from: opener });
      i = end;
    } else if (c === '*' || c === '_' || c === '~') {
      let j = i;
      while (s[j] === c) j++;
      const can = flanking(s, i, j);
      // A closer pairs with the last opener of its character; runs left unpaired are text ("PutObject*").
      const stack = delimiters[c];
      if (can.close && stack.length > 0) {
        const opener = tokens[stack.pop()!];
        opener.kind = Tok.Opaque;
        opener.opens = true;
        add(Tok.Opaque, i, j, '', true);
      } else if (can.open) {
        flush(i);
        stack.push(tokens.length);
        tokens.push({ kind: Tok.Text, a: i, b: j, text: '' });
        text = j;
      }
      i = j;
    } else if ((c === 'h' || c === 'w') && (i === 0 || isWhite(s[i - 1]) || s[i - 1] === '(' || s[i - 1] === '[')) {
      BARE_URL.lastIndex = i;
      const m = BARE_URL.exec(s);
      if (!m || m[0].length < (c === 'w' ? 5 : 9)) {
        i++;
        continue;
      }
      // Trailing punctuation ends the sentence, not the URL (GFM).
      // A link whose text is its URL ("[https://a.org](https://a.org)"): the URL ends with the text.
      const linkEnd = m[0].indexOf('](');
      // An unbalanced ")" ends the URL wherever it stands: text written without spaces goes on after it
      // ("(例: www.example.com)を公開し"), and a URL's own parentheses pair ("/wiki/Go_(game)").
      const closer = unbalancedCloser(m[0]);
      const end = Math.min(linkEnd === -1 ? m[0].length : linkEnd, closer);
      let url = m[0].slice(0, end).replace(/[?!.,:*_~'"]+$/, '');
      add(Tok.Opaque, i, i + url.length, OBJECT_REPLACEMENT);
      tokens[tokens.length - 1].url = url;
      i += url.length;
    } else {
      i++;
    }
  }
  flush(s.length);
  return tokens;
}

/** Where a ")" with no "(" before it stands in a URL, or its length. */
function unbalancedCloser(url: string): number {
  let depth = 0;
  for (let k = 0; k < url.length; k++) {
    if (url[k] === '(') depth++;
    else if (url[k] === ')' && depth-- === 0) return k;
  }
  return url.length;
}

/** Appends a block's raw text to the builder as the rules should read it. */
export function emitInline(b: TextBuilder, ms: MappedString): void {
  const tokens = inlineTokens(ms.text);
  // Where each token's text starts, for links that start at their opening bracket.
  const at = new Int32Array(tokens.length);
  tokens.forEach((t, k) => {
    at[k] = b.textLength;
    if (t.kind === Tok.Text) ms.emit(b, t.a, t.b);
    else if (t.kind === Tok.Replaced) b.replaced(t.text, ms.fileAt(t.a), ms.fileAt(t.b, 'end'));
    else {
      b.opaque(t.text, ms.fileAt(t.a), ms.fileAt(t.b, 'end'));
      if (t.url !== undefined) b.link(t.url, t.from === undefined ? at[k] : at[t.from]);
      if (t.closes) b.spanEnd();
      if (t.opens) b.spanStart();
    }
  });
}
