// URLs and e-mail addresses: text a translation must carry over as it is (a localised path is
// the one change that may be right).

import type { UnitLink } from '../formats/types.js';
import { lazyRegExp } from '../text/lazy-regexp.js';

export interface Link {
  kind: 'url' | 'email';
  start: number;
  end: number;
  text: string;
}

// A URL may hold parentheses ("https://en.wikipedia.org/wiki/Unix_(disambiguation)"); which of
// its closing ones belong to it is settled after the match (see withoutTrailingPunctuation).
const LINK = lazyRegExp(String.raw`\b(?:https?|ftp):\/\/[^\s<>"'«»“”‘’[\]{}]+|\bwww\.[^\s<>"'«»“”‘’[\]{}]+|[\p{L}\p{M}\p{N}._%+-]+@[\p{L}\p{M}\p{N}-]+(?:\.[\p{L}\p{M}\p{N}-]+)*\.(?:\p{L}\p{M}*){2,}`, 'gu');

/**
 * A matched link without the punctuation that ends the sentence around it, as GitHub-Flavored
 * Markdown's autolinks delimit one: trailing ".,;:!?…", and a trailing ")" that no "(" inside the
 * link balances ("(see https://a.org/b)." → "https://a.org/b"; ".../Unix_(disambiguation))" keeps one).
 */
function withoutTrailingPunctuation(link: string): string {
  let end = link.length;
  for (;;) {
    while (end > 0 && '.,;:!?…'.includes(link[end - 1])) end--;
    if (link[end - 1] !== ')' || parenthesisBalance(link, end) >= 0) return link.slice(0, end);
    end--;
  }
}

/** How many more "(" than ")" link[0, end) holds. */
function parenthesisBalance(link: string, end: number): number {
  let balance = 0;
  for (let i = 0; i < end; i++) {
    if (link[i] === '(') balance++;
    else if (link[i] === ')') balance--;
  }
  return balance;
}

/** URLs (with a scheme or "www.") and e-mail addresses in text[start, end), without trailing punctuation. */
export function linksIn(text: string, start: number, end: number): Link[] {
  const out: Link[] = [];
  const part = text.slice(start, end);
  // Most segments hold no link: three substring searches spare them the pattern.
  if (!part.includes('@') && !part.includes('://') && !part.includes('www.')) return out;
  const links = LINK();
  links.lastIndex = 0;
  for (let m = links.exec(part); m !== null; m = links.exec(part)) {
    const raw = withoutTrailingPunctuation(m[0]);
    out.push({ kind: raw.includes('@') && !raw.includes('/') ? 'email' : 'url', start: start + m.index, end: start + m.index + raw.length, text: raw });
  }
  return out;
}

/**
 * The links of text[start, end) and the link targets `targets` the text leaves out (see UnitLink),
 * in text order, each target placed where its link shows. A target counts as a text's link would:
 * a URL with a scheme or "www.", an e-mail address ("mailto:bob@example.net" is "bob@example.net");
 * a relative one ("../guide.md") the site resolves in its own language, and it is no address a
 * translation carries over. A link whose text is its own target ("<a href="https://a.org">https://a.org</a>",
 * "[https://a.org](https://a.org)" read as one U+FFFC) is one link, not two.
 */
export function linksWithTargets(text: string, start: number, end: number, targets: readonly UnitLink[] | undefined): Link[] {
  const links = linksIn(text, start, end);
  if (!targets) return links;
  const seen = new Set(links.map((l) => `${l.start} ${l.end} ${l.text}`));
  for (const t of targets) {
    for (const l of linksIn(t.url, 0, t.url.length)) {
      const key = `${t.start} ${t.end} ${l.text}`;
      if (!seen.has(key)) links.push({ ...l, start: t.start, end: t.end });
      seen.add(key);
    }
  }
  return links.sort((a, b) => a.start - b.start);
}

/** A URL's scheme and host, lowercase ("https://example.com"), to tell a changed path from another site. */
export function hostOf(url: string): string {
  const m = /^(?:([a-z]+):\/\/)?([^/?#]+)/i.exec(url);
  return m ? m[2].toLowerCase().replace(/^www\./, '') : url.toLowerCase();
}

/**
 * Whether two URLs are on the same site: the same host, or one the other's with the language
 * `lang` as its first label ("de.wikipedia.org" for "wikipedia.org", the page in that language).
 */
export function sameSite(a: string, b: string, lang: string): boolean {
  const x = hostOf(a);
  const y = hostOf(b);
  return x === y || x === `${lang}.${y}` || y === `${lang}.${x}`;
}

/**
 * Whether URL `b` is URL `a` with only its language changed, among `languages` (the source's and
 * the translation's, primary subtags): a tag replaced, added or dropped as a path segment, a host's
 * first label, a file name's infix or a parameter's value ("/en/guide" → "/de/guide", "/3/library"
 * → "/de/3/library", "en-us" → "de-de", "gpl.html" → "gpl.de.html", "?hl=en" → "?hl=de"): the
 * page the source links, in the translation's language, as localised documentation links it.
 */
export function sameButLanguage(a: string, b: string, languages: readonly string[]): boolean {
  const codes = languages.filter((l) => /^[a-z]{2,3}$/.test(l));
  if (codes.length === 0) return false;
  const tag = `(?:${codes.join('|')})(?:[-_][a-z0-9]{2,8})?`;
  const label = new RegExp(`^${tag}\\.`, 'i');
  const part = new RegExp(`[/.?&=#_]${tag}(?=[/.?&=#]|$)`, 'gi');
  const strip = (url: string) => {
    const host = hostOf(url).replace(label, '');
    const rest = url.replace(/^(?:[a-z]+:\/\/)?[^/?#]+/i, '').replace(part, '').replace(/\/$/, '');
    return `${host}${rest}`;
  };
  return strip(a) === strip(b);
}

/** Domains reserved for examples and tests (RFC 2606, RFC 6761): no one's mailbox is there. */
const EXAMPLE_DOMAIN = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid|localhost)$/i;

/**
 * Whether e-mail address `b` is the example address `a` with its mailbox name translated
 * ("you@example.com" → "du@example.com", "anda@example.com"): the same domain, one reserved for
 * examples, where the name before "@" is a word of the text and no one's address.
 */
export function translatedExampleMailbox(a: string, b: string): boolean {
  const domain = a.slice(a.lastIndexOf('@') + 1).toLowerCase();
  return EXAMPLE_DOMAIN.test(domain) && b.slice(b.lastIndexOf('@') + 1).toLowerCase() === domain;
}
