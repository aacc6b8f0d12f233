// HTML and XML tags written in a string (PO, JSON, plain text, or decoded from an XLIFF's
// escaped text): `<b>`, `</b>`, `<br/>`, `<a href="…">`. A tag matches another when its name,
// kind and fixed attributes agree; attributes a translator translates (alt, title, lang…) may
// differ, and an absolute URL is url-mismatch's to compare (a link to the page in the
// translation's language is no changed tag).

import { lazyRegExp } from '../text/lazy-regexp.js';

export interface Tag {
  start: number;
  end: number;
  name: string;
  kind: 'open' | 'close' | 'self';
  /** Name, kind and the attributes that must not change, as one comparable string. */
  key: string;
}

const TAG = /<(\/)?([A-Za-z][\w:.-]*)((?:\s+[^<>]*?)?)\s*(\/)?\s*>/g;
const ATTRIBUTE = /([^\s=/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;
/** A URL with a scheme (what lib/bilingual/links.ts finds in the text around it). */
const ABSOLUTE_URL = /^(?:https?|ftp):\/\//i;
/** Attributes whose values are text a translator translates, or that name the language or direction. */
const TRANSLATABLE = new Set(['alt', 'title', 'lang', 'xml:lang', 'xml-lang', 'dir', 'placeholder', 'aria-label', 'label', 'summary', 'abbr']);
/**
 * The elements of HTML (the WHATWG index, and the obsolete ones strings still carry: font, center,
 * big, tt, strike, nobr), which may stand unclosed (`<br>`, `<p>`, `<img src="…">`).
 */
const HTML_ELEMENTS = new Set(
  ('a abbr address area article aside audio b base bdi bdo big blockquote body br button canvas caption center cite code col colgroup ' +
    'data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header ' +
    'hgroup hr html i iframe img input ins kbd label legend li link main map mark menu meta meter nav nobr noscript object ol optgroup ' +
    'option output p param picture pre progress q rp rt ruby s samp script search section select slot small source span strike strong ' +
    'style sub summary sup table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr').split(' '),
);

/**
 * Whether a text carries markup anywhere: a closing tag, a self-closing one, or a tag with an
 * attribute value. A file of usage texts ("git cat-file <type> <object>", "--expire <time>") has
 * none, and its `<object>`, `<time>` and `<branch1>` are names a translator translates, though
 * HTML has elements of those names.
 */
export function carriesMarkup(text: string): boolean {
  return MARKUP().test(text);
}

/** A whole closing tag, a self-closing one, or an opening one with a quoted attribute value. */
const MARKUP = lazyRegExp(String.raw`<\/[A-Za-z][\w:.-]*\s*>|<[A-Za-z][\w:.-]*(?:\s+[^<>]*?)?\/>|<[A-Za-z][\w:.-]*(?:\s+[\w:.-]+(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'))?)*\s+[\w:.-]+\s*=\s*(?:"[^"<>]*"|'[^'<>]*')`, '');
/** Elements that stand alone in markup and are never a name a usage text gives (`<br>`). */
const ALWAYS_TAGS = new Set(['br', 'hr', 'wbr']);

/**
 * The tags in text[start, end). An opening `<…>` that nothing closes and that is not an HTML element
 * with attributes of its own is a name in brackets, not a tag (isPlaceholderName); in a document
 * that carries no markup (see carriesMarkup), any bare `<name>` but a line break is.
 */
export function tagsIn(text: string, start: number, end: number, markup = true): Tag[] {
  const part = text.slice(start, end);
  const out: Tag[] = [];
  // Most units hold no tag: one search spares them both patterns.
  if (!part.includes('<')) return out;
  const closed = new Set([...part.matchAll(/<\/([A-Za-z][\w:.-]*)\s*>/g)].map((m) => m[1]));
  TAG.lastIndex = 0;
  for (let m = TAG.exec(part); m !== null; m = TAG.exec(part)) {
    const [whole, slash, name, attrs, selfSlash] = m;
    if (!slash && !selfSlash && !closed.has(name) && (markup ? isPlaceholderName(name, attrs) : !attrs.includes('=') && !ALWAYS_TAGS.has(name.toLowerCase()))) continue;
    const kind = slash ? 'close' : selfSlash ? 'self' : 'open';
    const fixed: string[] = [];
    ATTRIBUTE.lastIndex = 0;
    for (let a = ATTRIBUTE.exec(attrs); a !== null; a = ATTRIBUTE.exec(attrs)) {
      const attr = a[1].toLowerCase();
      if (TRANSLATABLE.has(attr)) continue;
      const value = (a[2] ?? '').replace(/^["']|["']$/g, '');
      // An absolute URL is compared by url-mismatch, which tells a localised page from another site.
      fixed.push(`${attr}=${ABSOLUTE_URL.test(value) ? '(url)' : value}`);
    }
    fixed.sort();
    out.push({ start: start + m.index, end: start + m.index + whole.length, name: name.toLowerCase(), kind, key: `${kind}:${name.toLowerCase()}${fixed.length ? ' ' + fixed.join(' ') : ''}` });
  }
  return out;
}

/**
 * Whether an unclosed `<name attrs>` is words in angle brackets: a metavariable of a usage text
 * ("--config-dir=<path>", "<project path>", "<name of author>") or an empty state ("<No
 * suggestions>", "<Error>"), which a translator translates. It is when its name is no HTML element
 * or a bare word follows the name ("<source language>"), and no attribute has a value.
 */
function isPlaceholderName(name: string, attrs: string): boolean {
  // A letter and a number ("<g0>", "<x2>") is a CAT tool's tag (OmegaT's), which a segment may open alone.
  if (attrs.includes('=') || /\d$/.test(name)) return false;
  return !HTML_ELEMENTS.has(name.toLowerCase()) || attrs.trim() !== '';
}
