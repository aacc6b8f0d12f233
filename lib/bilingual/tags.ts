// HTML and XML tags written in a string (PO, JSON, plain text, or decoded from an XLIFF's
// escaped text): `<b>`, `</b>`, `<br/>`, `<a href="…">`. A tag matches another when its name,
// kind and fixed attributes agree; attributes a translator translates (alt, title, lang…) may
// differ, and an absolute URL is url-mismatch's to compare (a link to the page in the
// translation's language is no changed tag).

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
/** Attributes whose values are text a translator translates, or that name the language or direction. */
/** A URL with a scheme (what lib/bilingual/links.ts finds in the text around it). */
const ABSOLUTE_URL = /^(?:https?|ftp):\/\//i;
const TRANSLATABLE = new Set(['alt', 'title', 'lang', 'xml:lang', 'xml-lang', 'dir', 'placeholder', 'aria-label', 'label', 'summary', 'abbr']);

/** The tags in text[start, end). A lone `<Word>` in capitals ("<Error>") is text in brackets, not a tag. */
export function tagsIn(text: string, start: number, end: number): Tag[] {
  const part = text.slice(start, end);
  const out: Tag[] = [];
  // Most units hold no tag: one search spares them both patterns.
  if (!part.includes('<')) return out;
  const closed = new Set([...part.matchAll(/<\/([A-Za-z][\w:.-]*)\s*>/g)].map((m) => m[1]));
  TAG.lastIndex = 0;
  for (let m = TAG.exec(part); m !== null; m = TAG.exec(part)) {
    const [whole, slash, name, attrs, selfSlash] = m;
    if (name !== name.toLowerCase() && !attrs.trim() && !closed.has(name) && !slash) continue;
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
