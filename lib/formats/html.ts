// HTML pages: the text a reader sees, a block element's text on one line (white space collapsed as
// a browser does), with the page's markup out of the way. htmlparser2 tokenizes (forgiving, as
// browsers are, and it gives every tag and text piece its place in the file); this walker decides
// what is text:
// - skipped with their content: script, style, template, textarea (never shown as prose); pre,
//   listing, xmp (preformatted: code or art, not sentences); rt, rtc, rp (a ruby's reading, not its text);
// - standing for content (U+FFFC inside a sentence): code, kbd, samp, var, math, svg, img and other
//   embedded objects — "Run <code>npm ci</code> now." reads "Run ￼ now.";
// - inline elements (a, b, em, span…) leave no trace; a fix never crosses them;
// - every other element (p, div, li, td, h1…, nav, header, footer, unknown ones) is a block; br ends a line;
// - shown attribute text (alt, title, placeholder, aria-label, button values) are units of their own,
//   but not on head elements that are never rendered (a stylesheet link's title names it in a menu);
// - an element's own lang declares its text in that language, its dir="rtl" in a right-to-left
//   script (ReadResult.languageSpans): a quotation or an example in another language is there on purpose;
// - entities are decoded, so a correct "&amp;" is never a finding, and a soft hyphen written as one
//   ("&shy;") is a hyphenation hint that leaves no trace, as <wbr> (and attributes such as href
//   are not text at all: a link's target is noted on its text for url-mismatch);
// - a template's front matter (YAML between "---" lines at the start, as Jekyll and MDN write) is skipped.

import { Parser } from 'htmlparser2';
import { decodeAttributeReference } from './html-references.js';
import { TextBuilder } from './offset-map.js';
import { frontMatterEnd } from './front-matter.js';
import { FormatError, type FormatAbout, type FormatReader, type LanguageSpan, type ReadResult } from './types.js';
import { escapeXml, rootElement } from './xml.js';
import { OBJECT_REPLACEMENT } from '../text/chars.js';
import { OBJECT_ELEMENTS } from './object-elements.js';

const INLINE = new Set(
  'a abbr acronym b bdi bdo big blink cite data del dfn em font i ins mark nobr q rb ruby s small span strike strong sub sup time tt u wbr'.split(' '),
);
/**
 * Inline elements that mark a phrase (emphasis, a title, a term, a quotation, a link): where one
 * closes, a span of the text ends (see ReadResult.spanEnds), as after "<em>how many?</em> questions".
 */
const PHRASES = new Set('a b cite dfn em i mark q strong u'.split(' '));
/** Content never shown as prose: skipped, no trace in the text. */
const HIDDEN = new Set(['script', 'style', 'template', 'textarea']);
/**
 * Ruby annotations: the reading set above the base text (furigana, pinyin; rtc a container of them) and the parentheses
 * shown around it where ruby is not supported. Skipped with their content, no trace: the sentence
 * is the base text ("<ruby>振<rt>ふ</rt>り仮<rt>が</rt>名<rt>な</rt></ruby>" reads "振り仮名", not
 * "振ふり仮が名な").
 */
const RUBY_ANNOTATIONS = new Set(['rt', 'rtc', 'rp']);
/** Preformatted blocks: skipped, and they end the paragraph. */
const PREFORMATTED = new Set(['pre', 'listing', 'xmp', 'plaintext']);
/** Elements of a page's head that are never rendered: their attributes are no text either (a stylesheet link's title names it in a menu). */
const METADATA = new Set(['base', 'link', 'meta']);
/** Attributes whose text the page shows (as tooltip, image text, field hint or label). */
const SHOWN_ATTRIBUTES = ['alt', 'title', 'placeholder', 'aria-label'] as const;
const BUTTON_INPUTS = new Set(['submit', 'button', 'reset']);
/**
 * Deeper nesting is refused. htmlparser2 keeps its open elements in an array it shifts and
 * searches on every tag, so each tag costs time in proportion to the depth: 300,000 unclosed <b>
 * (0.9 MB) took 48 s here. Real pages nest a few dozen levels; at this bound the worst case stays linear.
 */
export const MAX_HTML_DEPTH = 1_000;

const SOFT_HYPHEN = '\u00AD';

/** HTML's white space (ASCII only: a no-break space is text). */
const isHtmlSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;

const attributeValue = new Map(
  [...SHOWN_ATTRIBUTES, 'value'].map((name) => [name, new RegExp(`[\\s"'/]${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, 'i')]),
);
const CHARACTER_REFERENCE = /&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)/g;

class HtmlWalker {
  readonly b: TextBuilder;
  private ordinal = 0;
  /** Whether the open block has had text (its unit is started). */
  private started = false;
  /**
   * White-space runs and objects waiting for more text in the same block ([start, end) in the
   * file; an object stands for content): written when text follows, dropped at the block's end, so
   * a block neither ends in a space nor in a trailing image that would hide its last sentence's end.
   */
  private pending: Array<{ object: boolean; start: number; end: number }> = [];
  private readonly blocks: string[] = [];
  /** Attribute texts met inside the open block, emitted as units of their own after it. */
  private attributesMet: Array<{ key: string; start: number; end: number; lang?: string }> = [];
  /** Elements htmlparser2 has open (every open is matched by a close event, implied ones included). */
  private depth = 0;
  /** The `lang` (or `xml:lang`) of the root html element: the page's language, as it says. */
  lang: string | undefined;
  /** Stretches of the text inside elements with a `lang` or `dir="rtl"` of their own (see ReadResult.languageSpans), in the order they open. */
  readonly languageSpans: LanguageSpan[] = [];
  /** Those elements open now: their span and the depth they opened at. */
  private languageOpen: Array<{ span: LanguageSpan; depth: number }> = [];
  /** The open `<a href>`: its target, and where its text starts once text is written (see UnitLink). */
  private link: { url: string; start?: number } | undefined;
  /** The element being skipped, how deep it nests in itself, where it started, and whether it stands for content. */
  private skip: { name: string; nest: number; start: number; object: boolean } | undefined;

  constructor(private readonly file: string) {
    this.b = new TextBuilder(file);
  }

  private startUnit(key: string): void {
    this.b.startUnit({ id: String(++this.ordinal), key }, 'prose');
    this.started = true;
    this.pending = [];
  }

  /** Notes a white-space run (one space at most between two pieces of text). */
  private waitingSpace(start: number, end: number): void {
    const last = this.pending[this.pending.length - 1];
    if (this.started && !(last && !last.object)) this.pending.push({ object: false, start, end });
  }

  /** Text of the file at [start, end): white-space runs collapse into one space, none at the block's edges. */
  text(start: number, end: number, key = this.blocks[this.blocks.length - 1] ?? 'body'): void {
    const f = this.file;
    let i = start;
    while (i < end) {
      let j = i;
      if (isHtmlSpace(f.charCodeAt(i))) {
        while (j < end && isHtmlSpace(f.charCodeAt(j))) j++;
        this.waitingSpace(i, j);
      } else {
        // Words with single spaces between them are copied as one stretch.
        for (;;) {
          while (j < end && !isHtmlSpace(f.charCodeAt(j))) j++;
          if (j + 1 < end && f.charCodeAt(j) === 0x20 && !isHtmlSpace(f.charCodeAt(j + 1))) j++;
          else break;
        }
        this.flushPending(key);
        this.b.verbatim(i, j);
      }
      i = j;
    }
  }

  /** A character reference at [start, end) standing for `char`. */
  reference(char: string, start: number, end: number, key?: string): void {
    // "Inter&shy;nationali&shy;sierung": a soft hyphen written as a reference is the author's
    // hyphenation hint, layout as <wbr> is, not a character left in the text.
    if (char === SOFT_HYPHEN) {
      this.markup('', start, end);
      return;
    }
    if (char.length === 1 && isHtmlSpace(char.charCodeAt(0))) {
      this.waitingSpace(start, end);
      return;
    }
    this.flushPending(key ?? this.blocks[this.blocks.length - 1] ?? 'body');
    this.b.replaced(char, start, end);
  }

  private flushPending(key: string): void {
    if (!this.started) this.startUnit(key);
    for (const { object, start, end } of this.pending) {
      if (object) this.b.opaque(OBJECT_REPLACEMENT, start, end);
      else if (end - start === 1 && this.file.charCodeAt(start) === 0x20) this.b.verbatim(start, end);
      else this.b.replaced(' ', start, end);
    }
    this.pending = [];
    if (this.link && this.link.start === undefined) this.link.start = this.b.textLength;
    for (let i = this.languageOpen.length - 1; i >= 0 && this.languageOpen[i].span.start < 0; i--) this.languageOpen[i].span.start = this.b.textLength;
  }

  /** Markup inside a sentence: '' for tags the text flows through, U+FFFC (once text follows) for an object. */
  markup(stand: '' | typeof OBJECT_REPLACEMENT, start: number, end: number): void {
    if (!this.started) return;
    if (stand) this.pending.push({ object: true, start, end });
    else this.b.opaque('', start, end);
  }

  /** Ends the open block's paragraph, then gives each attribute text met in it a unit of its own. */
  paragraphBreak(at: number): void {
    this.b.paragraphBreak(at);
    this.started = false;
    this.pending = [];
    const attributes = this.attributesMet;
    this.attributesMet = [];
    for (const { key, start, end, lang } of attributes) {
      const unitStart = this.b.textLength;
      let at = start;
      for (const m of this.file.slice(start, end).matchAll(CHARACTER_REFERENCE)) {
        const from = start + m.index;
        this.text(at, from, key);
        const char = decodeAttributeReference(m[0]);
        if (char === m[0]) this.text(from, from + m[0].length, key);
        else this.reference(char, from, from + m[0].length, key);
        at = from + m[0].length;
      }
      this.text(at, end, key);
      // The element's language is its attribute texts' too (<img lang="zh" alt="關關雎鳩">).
      if (lang && this.b.textLength > unitStart) this.languageSpans.push({ start: unitStart, end: this.b.textLength, lang });
      this.b.paragraphBreak(end);
      this.started = false;
    }
  }

  /** Notes the shown attributes of a start tag at file[start, end]. */
  attributes(name: string, attribs: Record<string, string>, start: number, end: number): void {
    if (METADATA.has(name)) return;
    const names: string[] = SHOWN_ATTRIBUTES.filter((a) => attribs[a]?.trim());
    if (name === 'input' && BUTTON_INPUTS.has((attribs.type ?? '').toLowerCase()) && attribs.value?.trim()) names.push('value');
    if (names.length === 0) return;
    const lang = this.languageOpen.findLast((open) => open.span.lang !== undefined)?.span.lang;
    const tag = this.file.slice(start, end + 1);
    for (const attr of names) {
      const m = attributeValue.get(attr)!.exec(tag);
      if (!m) continue; // written in a way the pattern does not see (no value range to point at)
      const raw = m[1] ?? m[2] ?? m[3];
      const from = start + m.index + m[0].length - raw.length - (m[3] === undefined ? 1 : 0);
      this.attributesMet.push({ key: `${name}[${attr}]`, start: from, end: from + raw.length, lang });
    }
  }

  openTag(name: string, attribs: Record<string, string>, start: number, end: number): void {
    if (++this.depth > MAX_HTML_DEPTH) throw new FormatError(`Elements nested deeper than ${MAX_HTML_DEPTH} levels (unclosed tags?).`, start);
    if (this.skip) {
      if (name === this.skip.name) this.skip.nest++;
      return;
    }
    const lang = attribs.lang || attribs['xml:lang'] || undefined;
    const rightToLeft = attribs.dir?.trim().toLowerCase() === 'rtl';
    if (name === 'html' && this.depth === 1) this.lang = lang;
    else if (lang || rightToLeft) {
      // Starts where its first text is written (see flushPending), after any space waiting before it.
      const span: LanguageSpan = { start: -1, end: -1, ...(lang && { lang }), ...(rightToLeft && { rightToLeft }) };
      this.languageSpans.push(span);
      this.languageOpen.push({ span, depth: this.depth });
    }
    this.attributes(name, attribs, start, end);
    if (HIDDEN.has(name) || RUBY_ANNOTATIONS.has(name) || PREFORMATTED.has(name) || OBJECT_ELEMENTS.has(name)) {
      if (PREFORMATTED.has(name)) this.paragraphBreak(start);
      // Void elements (img) close at once; the close handler then emits the object.
      this.skip = { name, nest: 0, start, object: OBJECT_ELEMENTS.has(name) };
      return;
    }
    if (INLINE.has(name)) {
      this.markup('', start, end + 1);
      if (this.started && PHRASES.has(name)) this.b.spanStart();
      if (name === 'a' && attribs.href) this.link = { url: attribs.href };
    } else {
      this.paragraphBreak(start);
      if (name !== 'br' && name !== 'hr') this.blocks.push(name);
    }
  }

  closeTag(name: string, implied: boolean, start: number, end: number): void {
    const open = this.languageOpen[this.languageOpen.length - 1];
    if (open?.depth === this.depth) {
      // Before a block's end writes the attribute texts met in it, which are not in its language's text.
      if (open.span.start >= 0) open.span.end = this.b.textLength;
      this.languageOpen.pop();
    }
    this.depth--;
    const skip = this.skip;
    if (skip) {
      if (name !== skip.name) return;
      if (skip.nest > 0) {
        skip.nest--;
        return;
      }
      this.skip = undefined;
      if (skip.object) this.markup(OBJECT_REPLACEMENT, skip.start, implied ? Math.max(skip.start, end + 1) : end + 1);
      else if (PREFORMATTED.has(name)) this.paragraphBreak(end + 1);
      return;
    }
    if (INLINE.has(name)) {
      if (name === 'a' && this.link) {
        if (this.link.start !== undefined) this.b.link(this.link.url, this.link.start);
        this.link = undefined;
      }
      if (implied) return;
      this.markup('', start, end + 1);
      if (this.started && PHRASES.has(name)) this.b.spanEnd();
    } else if (name !== 'br' && name !== 'hr') {
      this.paragraphBreak(start);
      const at = this.blocks.lastIndexOf(name);
      if (at >= 0) this.blocks.length = at;
    }
  }

  inSkipped(): boolean {
    return this.skip !== undefined;
  }
}

function readHtml(source: string): ReadResult {
  // Front matter (a Jekyll or Hugo template's, MDN's) is blanked, not cut: offsets stay the file's.
  const front = frontMatterEnd(source);
  const file = front === 0 ? source : source.slice(0, front).replace(/[^\r\n]/g, ' ') + source.slice(front);
  const w = new HtmlWalker(file);
  const parser: Parser = new Parser(
    {
      onopentag: (name, attribs) => w.openTag(name, attribs, parser.startIndex, parser.endIndex),
      onclosetag: (name, implied) => w.closeTag(name, implied, parser.startIndex, parser.endIndex),
      ontext: (data) => {
        if (w.inSkipped()) return;
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        // htmlparser2 reports a character reference as its own text event with the reference's span.
        if (end - start === data.length && file.startsWith(data, start)) w.text(start, end);
        else w.reference(data, start, end);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(file);
  w.paragraphBreak(file.length);
  const { text, map, units, spanEnds, spanStarts } = w.b.build();
  // In the order they start: an element's span starts at its first text, after the attribute units of blocks before it.
  const languageSpans = w.languageSpans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  return { text, map, units, spanEnds, spanStarts, langHint: w.lang, ...(languageSpans.length > 0 && { languageSpans }) };
}

export const html: FormatReader = {
  meta: {
    id: 'html',
    name: 'HTML',
    extensions: ['html', 'htm', 'xhtml'],
  },
  sniff: (text) => /^\uFEFF?\s*(?:<!--[^]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(text.slice(0, 2048)) || rootElement(text) === 'html',
  read: readHtml,
  escape: escapeXml,
};

/** What the reader reads and its examples (see FormatAbout); the registry leaves them out. */
export const about: Readonly<Record<string, FormatAbout>> = {
  html: {
    description:
      'HTML pages: the text of each block element on a line, white space collapsed; script, style, template, ' +
      'pre and a ruby\'s reading (rt, rp) skipped, and front matter (---) at the start; code, images and other objects one U+FFFC; inline tags opaque (the href of an a element kept beside the text for url-mismatch against a source file); alt, title, placeholder and ' +
      'aria-label text as units of their own (none of head elements never rendered: link, meta, base); entities decoded; ' +
      'the text of an element with a lang of its own is declared in that language (no untranslated passage when found in it), with dir="rtl" in a right-to-left script; the html element\'s lang is taken for a language ' +
      'mtqa does not know (for one it knows, the text decides: pages keep a template\'s lang).',
    examples: [
      {
        file:
          '<!DOCTYPE html><html><head><title>News</title><script>if (a < b && c) x();</script></head>\n<body>\n' +
          '<nav><a href="/?a=1&amp;b=2">Home</a></nav>\n<p>Tom &amp; Jerry met\n   <b>China</b>. the G20 <img src="x.png" alt="A chart."> ran <code>npm ci</code>.</p>\n</body></html>\n',
        text: 'News\nHome\nTom & Jerry met China. the G20 \uFFFC ran \uFFFC.\nA chart.\n',
      },
    ],
  },
};
