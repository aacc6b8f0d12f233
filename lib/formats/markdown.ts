// Markdown (CommonMark with GFM tables): the prose of paragraphs, headings, list items, block
// quotes and table cells, each text block on a line of its own with its wrapped lines joined (a
// line end inside a paragraph is a space, so a break at a line end is found). Code blocks, HTML
// blocks, MDX comments, front matter, thematic breaks and link reference definitions are skipped; inline markup
// is handled by markdown-inline.ts. Unit id: the ordinal of the text block (paragraph, heading,
// table); a table cell's segment is "r<row>c<column>".
// Own block scanner after CommonMark's parsing strategy (containers matched line by line, then
// leaf blocks): it keeps exact offsets, is linear (nesting is capped at MAX_NESTING), and bundles
// small; markdown-it gives only block line maps and mdast is super-linear (see the research notes).

import { frontMatterEnd } from './front-matter.js';
import { MappedString } from './mapped-string.js';
import { emitInline, HTML_TAG_SOURCE, linkLabel, REFERENCE } from './markdown-inline.js';
import { TextBuilder } from './offset-map.js';
import type { FormatAbout, FormatReader, ReadResult } from './types.js';

/** Containers nested deeper than this are read as text: no document nests so deep, and it keeps each line's work bounded. */
const MAX_NESTING = 32;

interface Container {
  quote: boolean;
  /** List items: the column their content starts at. */
  contentColumn: number;
}

interface ParagraphLine {
  /** Offset of the line's first character (container prefixes included). */
  lineStart: number;
  /** Where its text starts and ends (before trailing white space). */
  start: number;
  end: number;
}

type Leaf =
  | { kind: 'paragraph'; lines: ParagraphLine[] }
  | { kind: 'fence'; char: string; length: number }
  | { kind: 'indented' }
  | { kind: 'html'; end: RegExp | 'blank' }
  | { kind: 'table'; rows: ParagraphLine[] };

const BLOCK_TAGS =
  'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul';
const HTML_STARTS: Array<[RegExp, RegExp | 'blank', boolean]> = [
  [/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i, true],
  [/^<!--/, /-->/, true],
  [/^<\?/, /\?>/, true],
  [/^<![A-Za-z]/, />/, true],
  [/^<!\[CDATA\[/, /\]\]>/, true],
  // An MDX comment ({/* … */}) on lines of its own.
  [/^\{\/\*/, /\*\/\}/, true],
  [new RegExp(`^</?(?:${BLOCK_TAGS})(?:[\\s>]|/>|$)`, 'i'), 'blank', true],
  // Any other tag alone on its line: it cannot interrupt a paragraph.
  [new RegExp(`^${HTML_TAG_SOURCE}\\s*$`), 'blank', false],
];
const THEMATIC = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const ATX = /^(#{1,6})(?:[ \t]+|$)/;
const FENCE = /^(`{3,}|~{3,})/;
const BULLET = /^([-+*])(?:[ \t]|$)/;
const ORDERED = /^(\d{1,9})([.)])(?:[ \t]|$)/;
const SETEXT = /^(?:=+|-+)[ \t]*$/;
const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
/**
 * A container's opening or closing line (pandoc's fenced divs, markdown-it-container in VitePress,
 * Docusaurus admonitions, MyST): three or more colons and the container's name or attributes, then
 * a title ("::: warning Attention", ":::tip[Mon titre]"); what is between is Markdown.
 */
const CONTAINER = /^:{3,}[ \t]*(?:\{[^{}]*\}|[A-Za-z][\w-]*)?[ \t]*/;
/** An attribute block at a heading's end: an id, classes, key=value pairs in braces. */
const HEADING_ATTRIBUTES = /(?:^|[ \t])\{[#.][^{}]*\}[ \t]*$/;
/**
 * An attribute block on its own line after a block (kramdown, Hugo's Goldmark "{.class #id}" under an
 * image or a table): markup, like a heading's.
 */
const BLOCK_ATTRIBUTES = /^\{[#.][^{}]*\}$/;
/**
 * A footnote definition's marker (GFM, pandoc, PHP Markdown Extra): "[^label]:". It opens a block
 * like a list item, which may interrupt a paragraph, and whose further lines are indented four
 * columns: a text's notes, one after another ("[^1]: … [^2]: …" in German federal law as Markdown).
 */
const FOOTNOTE_DEFINITION = /^\[\^[^\]\s]{1,999}\]:/;
/** How far a footnote's further lines are indented. */
const FOOTNOTE_INDENT = 4;
const LINK_DEFINITION = /^\[((?:[^\]\\]|\\.){1,999})\]:[ \t]*(?:<([^<>\n]*)>|(\S+))/;
/**
 * A link reference definition's label alone on its line: CommonMark lets the destination follow on
 * the next line, as Prettier wraps long ones ("[label]:" then an indented URL, Hugo sites' habit).
 */
const LINK_DEFINITION_LABEL = /^\[((?:[^\]\\]|\\.){1,999})\]:$/;
/** That next line: the destination and at most a title, nothing else (else the label line is text). */
const LINK_DESTINATION_LINE = /^(?:<([^<>\n]*)>|(\S+))(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^()]*\)))?$/;

/** Cells of a table row: file ranges between unescaped pipes, trimmed; leading and trailing pipes are borders. */
function cells(file: string, row: ParagraphLine): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = row.start;
  let end = row.end;
  if (file[start] === '|') start++;
  if (end > start && file[end - 1] === '|' && file[end - 2] !== '\\') end--;
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || (file[i] === '|' && file[i - 1] !== '\\')) {
      let a = from;
      let z = i;
      while (a < z && (file[a] === ' ' || file[a] === '\t')) a++;
      while (z > a && (file[z - 1] === ' ' || file[z - 1] === '\t')) z--;
      out.push([a, z]);
      from = i + 1;
    }
  }
  return out;
}

function read(file: string): ReadResult {
  const b = new TextBuilder(file);
  /** Link reference definitions' targets, by label. */
  const definitions = new Map<string, string>();
  let ordinal = 0;
  const containers: Container[] = [];
  let leaf: Leaf | undefined;

  const emitParagraph = (lines: ParagraphLine[], kind: 'prose' | 'segment') => {
    // Link reference definitions at the start of a paragraph are not text.
    let first = 0;
    const define = (rawLabel: string, url: string) => {
      // The first definition of a label is the one references take (CommonMark).
      const label = linkLabel(rawLabel);
      if (!definitions.has(label)) definitions.set(label, url);
    };
    const lineText = (k: number) => file.slice(lines[k].start, lines[k].end);
    while (first < lines.length) {
      const text = lineText(first);
      const labelOnly = LINK_DEFINITION_LABEL.exec(text);
      const destination = labelOnly && first + 1 < lines.length ? LINK_DESTINATION_LINE.exec(lineText(first + 1)) : null;
      if (labelOnly && destination) {
        define(labelOnly[1], destination[1] ?? destination[2]);
        first += 2;
        continue;
      }
      const m = LINK_DEFINITION.exec(text);
      if (!m) break;
      define(m[1], m[2] ?? m[3]);
      first++;
    }
    // Nor are attribute blocks on its last lines.
    let last = lines.length - 1;
    while (last >= first && BLOCK_ATTRIBUTES.test(lineText(last))) last--;
    if (first > last) return;
    const ms = new MappedString(file);
    for (let k = first; k <= last; k++) {
      const l = lines[k];
      let end = l.end;
      // A backslash at the end of a line (not itself escaped) is a hard break: part of the line end.
      if (k < last && file[end - 1] === '\\' && !(end - 2 >= l.start && file[end - 2] === '\\')) end--;
      ms.verbatim(l.start, end);
      if (k < last) {
        // The line end, with trailing spaces before it and the next line's prefix after it; container markers make it markup.
        const next = lines[k + 1].start;
        if (file.slice(end, next).includes('>')) ms.opaque('\n', end, next, ' ');
        else ms.replaced('\n', end, next, ' ');
      }
    }
    if (ms.text.trim() === '') return;
    b.startUnit({ id: String(++ordinal) }, kind);
    emitInline(b, ms);
    b.paragraphBreak(lines[lines.length - 1].end);
  };

  const emitTable = (rows: ParagraphLine[]) => {
    const id = String(++ordinal);
    rows.forEach((row, r) => {
      if (r === 1) return; // the delimiter row
      cells(file, row).forEach(([a, z], c) => {
        if (a === z) return;
        const ms = new MappedString(file);
        ms.verbatim(a, z);
        b.startUnit({ id, segment: `r${r === 0 ? 1 : r}c${c + 1}` }, 'segment');
        emitInline(b, ms);
        b.paragraphBreak(z);
      });
    });
  };

  const closeLeaf = () => {
    if (leaf?.kind === 'paragraph') emitParagraph(leaf.lines, 'prose');
    else if (leaf?.kind === 'table') emitTable(leaf.rows);
    leaf = undefined;
  };

  let lineStart = frontMatterEnd(file);

  while (lineStart < file.length) {
    let lineEnd = lineStart;
    while (lineEnd < file.length && file.charCodeAt(lineEnd) !== 10 && file.charCodeAt(lineEnd) !== 13) lineEnd++;
    const nextLine = lineEnd + (file.charCodeAt(lineEnd) === 13 && file.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);

    // Columns and offsets while the line's prefixes are consumed.
    let pos = lineStart;
    let col = 0;
    const indentAt = () => {
      let p = pos;
      let c = col;
      while (p < lineEnd && (file[p] === ' ' || file[p] === '\t')) {
        c = file[p] === '\t' ? c + 4 - (c % 4) : c + 1;
        p++;
      }
      return { p, c, width: c - col };
    };
    const blank = /^[ \t]*$/.test(file.slice(pos, lineEnd));

    // 1. Which open containers the line continues.
    let matched = 0;
    for (; matched < containers.length; matched++) {
      const ct = containers[matched];
      const ind = indentAt();
      if (ct.quote) {
        if (ind.width <= 3 && file[ind.p] === '>') {
          pos = ind.p + 1;
          col = ind.c + 1;
          if (file[pos] === ' ' || file[pos] === '\t') {
            pos++;
            col++;
          }
        } else break;
      } else if (blank) {
        pos = lineEnd;
      } else if (ind.c >= ct.contentColumn) {
        // Consume the item's indentation, no further.
        while (col < ct.contentColumn && pos < lineEnd) {
          col = file[pos] === '\t' ? col + 4 - (col % 4) : col + 1;
          pos++;
        }
      } else break;
    }
    const allMatched = matched === containers.length;

    // 2. Inside code or an HTML block, the line belongs to it.
    if (leaf && allMatched && (leaf.kind === 'fence' || leaf.kind === 'html' || leaf.kind === 'indented')) {
      const rest = file.slice(pos, lineEnd);
      if (leaf.kind === 'fence') {
        const ind = indentAt();
        const m = FENCE.exec(file.slice(ind.p, lineEnd));
        if (ind.width <= 3 && m && m[1][0] === leaf.char && m[1].length >= leaf.length && /^[ \t]*$/.test(file.slice(ind.p + m[1].length, lineEnd))) leaf = undefined;
        lineStart = nextLine;
        continue;
      }
      if (leaf.kind === 'html') {
        if (leaf.end === 'blank' ? blank : leaf.end.test(rest)) leaf = undefined;
        if (!blank || leaf !== undefined) {
          lineStart = nextLine;
          continue;
        }
      } else if (!blank && indentAt().width < 4) leaf = undefined;
      else {
        lineStart = nextLine;
        continue;
      }
    }

    // 3. New containers.
    let opened = false;
    const lazyCandidate = leaf?.kind === 'paragraph' && !allMatched;
    for (;;) {
      const ind = indentAt();
      if (ind.width >= 4 || containers.length >= MAX_NESTING) break;
      const rest = file.slice(ind.p, lineEnd);
      if (rest[0] === '>') {
        if (!opened) {
          containers.length = matched;
          closeLeaf();
        }
        opened = true;
        containers.push({ quote: true, contentColumn: 0 });
        matched = containers.length;
        pos = ind.p + 1;
        col = ind.c + 1;
        if (file[pos] === ' ' || file[pos] === '\t') {
          pos++;
          col++;
        }
        continue;
      }
      if (THEMATIC.test(rest)) break;
      const note = FOOTNOTE_DEFINITION.exec(rest);
      if (note) {
        if (!opened) {
          containers.length = matched;
          closeLeaf();
        }
        opened = true;
        containers.push({ quote: false, contentColumn: ind.c + FOOTNOTE_INDENT });
        matched = containers.length;
        // The note's text starts after the marker and the spaces after it, however many.
        pos = ind.p + note[0].length;
        col = ind.c + note[0].length;
        while (pos < lineEnd && (file[pos] === ' ' || file[pos] === '\t')) {
          col = file[pos] === '\t' ? col + 4 - (col % 4) : col + 1;
          pos++;
        }
        continue;
      }
      const m = BULLET.exec(rest) ?? ORDERED.exec(rest);
      if (!m) break;
      const afterMarker = rest.slice(m[0].length).trim() === '' && !/[ \t]$/.test(m[0]) ? '' : rest.slice(m[0].length);
      const empty = afterMarker.trim() === '';
      // A list item may interrupt a paragraph it would otherwise continue only with text, and an
      // ordered one only from 1 (a sibling item of an open list is no interruption).
      if (leaf?.kind === 'paragraph' && allMatched && !opened && (empty || (m[2] !== undefined && m[1] !== '1'))) break;
      const markerEnd = ind.p + (m[2] !== undefined ? m[1].length + 1 : 1);
      const markerCol = ind.c + (markerEnd - ind.p);
      let p = markerEnd;
      let c = markerCol;
      while (p < lineEnd && (file[p] === ' ' || file[p] === '\t') && c - markerCol < 5) {
        c = file[p] === '\t' ? c + 4 - (c % 4) : c + 1;
        p++;
      }
      // Five or more spaces after the marker: the content is indented code, starting one space in.
      if (c - markerCol >= 5 || empty) {
        p = Math.min(markerEnd + 1, lineEnd);
        c = markerCol + 1;
      }
      if (!opened) {
        containers.length = matched;
        closeLeaf();
      }
      opened = true;
      containers.push({ quote: false, contentColumn: c });
      matched = containers.length;
      pos = p;
      col = c;
    }

    // 4. The leaf block.
    const ind = indentAt();
    const rest = file.slice(ind.p, lineEnd);
    const isBlank = ind.p >= lineEnd;
    const setext = leaf?.kind === 'paragraph' && !opened && allMatched && ind.width < 4 && SETEXT.test(rest);
    if (setext && leaf?.kind === 'paragraph') {
      emitParagraph(leaf.lines, 'segment');
      leaf = undefined;
      lineStart = nextLine;
      continue;
    }
    let start: 'blank' | 'break' | 'heading' | 'fence' | 'container' | 'html' | 'code' | 'row' | 'text' = 'text';
    let html: [RegExp, RegExp | 'blank', boolean] | undefined;
    if (isBlank) start = 'blank';
    else if (ind.width >= 4) start = leaf?.kind === 'paragraph' ? 'text' : 'code';
    else if (THEMATIC.test(rest)) start = 'break';
    else if (ATX.test(rest)) start = 'heading';
    else if (opensFence(rest)) start = 'fence';
    else if (CONTAINER.test(rest)) start = 'container';
    else if ((rest[0] === '<' || rest[0] === '{') && (html = HTML_STARTS.find(([re, , interrupts]) => re.test(rest) && (interrupts || leaf?.kind !== 'paragraph')))) start = 'html';
    else if (leaf?.kind === 'table' && (allMatched || opened)) start = 'row';

    if (start === 'text' && lazyCandidate && !opened) {
      // A lazy continuation line: the paragraph goes on, its containers stay open.
      (leaf as { lines: ParagraphLine[] }).lines.push({ lineStart, start: ind.p, end: trimEnd(file, ind.p, lineEnd) });
      lineStart = nextLine;
      continue;
    }
    if (!opened && !allMatched) {
      containers.length = matched;
      closeLeaf();
    }
    if (start !== 'text' && start !== 'row') closeLeaf();
    if (start === 'heading') {
      const m = ATX.exec(rest)!;
      let end = trimEnd(file, ind.p, lineEnd);
      // A closing run of #s after a space is not text.
      const closing = /(?:^|[ \t])#+[ \t]*$/.exec(file.slice(ind.p + m[0].length, end));
      if (closing) end = trimEnd(file, ind.p, ind.p + m[0].length + closing.index);
      // Nor are the heading's attributes (pandoc, kramdown, VitePress: "## Props {#props}").
      const attributes = HEADING_ATTRIBUTES.exec(file.slice(ind.p + m[0].length, end));
      if (attributes) end = trimEnd(file, ind.p, ind.p + m[0].length + attributes.index);
      const a = ind.p + m[0].length;
      if (end > a) emitParagraph([{ lineStart, start: a, end }], 'segment');
    } else if (start === 'fence') {
      const m = FENCE.exec(rest)!;
      leaf = { kind: 'fence', char: m[1][0], length: m[1].length };
    } else if (start === 'html' && html) {
      const [, end] = html;
      leaf = end !== 'blank' && end.test(rest) ? undefined : { kind: 'html', end };
    } else if (start === 'container') {
      // The marker is markup, a title after the container's name text of its own.
      const a = ind.p + CONTAINER.exec(rest)![0].length;
      const z = a + rest.slice(a - ind.p).replace(/[ \t]*:*[ \t]*$/, '').length;
      const bracketed = file[a] === '[' && file[z - 1] === ']';
      if (z > a) emitParagraph([{ lineStart, start: bracketed ? a + 1 : a, end: bracketed ? z - 1 : z }], 'segment');
    } else if (start === 'code') {
      leaf = { kind: 'indented' };
    } else if (start === 'row' && leaf?.kind === 'table') {
      leaf.rows.push({ lineStart, start: ind.p, end: trimEnd(file, ind.p, lineEnd) });
    } else if (start === 'text') {
      const line = { lineStart, start: ind.p, end: trimEnd(file, ind.p, lineEnd) };
      if (leaf?.kind === 'paragraph' && DELIMITER_ROW.test(rest) && rest.includes('-')) {
        // A GFM table: the paragraph's last line is its header, if the cell counts agree.
        const header = leaf.lines[leaf.lines.length - 1];
        if (cells(file, header).length === cells(file, line).length && (rest.includes('|') || file.slice(header.start, header.end).includes('|'))) {
          const before = leaf.lines.slice(0, -1);
          if (before.length > 0) emitParagraph(before, 'prose');
          leaf = { kind: 'table', rows: [header, line] };
          lineStart = nextLine;
          continue;
        }
      }
      if (leaf?.kind === 'paragraph') leaf.lines.push(line);
      else {
        closeLeaf();
        leaf = { kind: 'paragraph', lines: [line] };
      }
    }
    lineStart = nextLine;
  }
  closeLeaf();
  const { text, map, units, spanEnds, spanStarts } = b.build();
  // References take their targets from the definitions, which may follow them; a label defined nowhere is no link.
  for (const u of units) {
    if (!u.links?.some((l) => l.url.startsWith(REFERENCE))) continue;
    u.links = u.links.flatMap((l) => {
      if (!l.url.startsWith(REFERENCE)) return [l];
      const url = definitions.get(l.url.slice(REFERENCE.length));
      return url === undefined ? [] : [{ ...l, url }];
    });
    if (u.links.length === 0) delete u.links;
  }
  return { text, map, units, spanEnds, spanStarts };
}

/**
 * Whether a line (from its first non-blank character) opens a code fence. CommonMark bars
 * backticks from a backtick fence's info string so that inline code at a paragraph's start
 * ("``` a ``` b") is not taken for a fence; only a run as long as the fence closes such code, and
 * an info string may quote code in shorter runs (javascript.info's boxes: ```smart header="`var`
 * or `let`"), which read as text would leave the box's closing fence to open a code block and turn
 * the text after it into code and the code into text.
 */
function opensFence(rest: string): boolean {
  const m = FENCE.exec(rest);
  if (!m) return false;
  if (m[1][0] !== '`') return true;
  for (const run of rest.slice(m[1].length).match(/`+/g) ?? []) if (run.length === m[1].length) return false;
  return true;
}

function trimEnd(file: string, start: number, end: number): number {
  while (end > start && (file[end - 1] === ' ' || file[end - 1] === '\t')) end--;
  return end;
}

export const markdown: FormatReader = {
  meta: {
    id: 'markdown',
    name: 'Markdown',
    extensions: ['md', 'markdown', 'mdown', 'mkd', 'mkdn', 'mdx'],
  },
  read,
  escape: (text) => text.replace(/[\\`*_[\]<>&|~]/g, (c) => `\\${c}`),
};

/** What the reader reads and its examples (see FormatAbout); the registry leaves them out. */
export const about: Readonly<Record<string, FormatAbout>> = {
  markdown: {
    description:
      'Markdown (CommonMark + GFM tables): paragraphs, headings, list items, quotes, footnote definitions, table cells, link text and image alt text, wrapped lines joined, inline HTML tags markup and a <br> a space; code, TeX math ($…$, $$…$$) and template expressions ({{…}}: MDN macros, Liquid, Hugo) one U+FFFC (a Hugo shortcode\'s text="…" parameter is text); code blocks, HTML blocks, MDX comments ({/* … */}), URLs and front matter, link reference definitions (a destination on the next line too) and block attribute lines ({.class}) skipped (link targets, a reference link\'s from its definition wherever that stands, autolinks and bare URLs are kept beside the text for url-mismatch against a source file). Unit id: the text block ordinal; table cells have segment r<row>c<column>.',
    examples: [
      {
        file: '---\ntitle: Notes\n---\n# The *plan*\n\nThey drew up a plan for\n2024. the sides signed\n[it](https://example.org "x") with `code()`.\n\n```js\nskip(me);\n```\n\n| Term | Meaning |\n| --- | --- |\n| A \\| B | either |\n',
        text: 'The plan\nThey drew up a plan for 2024. the sides signed it with \uFFFC.\nTerm\nMeaning\nA | B\neither\n',
      },
      {
        file: '> Quoted text that\n> goes on.\n\n- One item\n  wrapped.\n- Two &amp; three\n',
        text: 'Quoted text that goes on.\nOne item wrapped.\nTwo & three\n',
      },
      {
        // Inline HTML stands for nothing, a <br> for a space like the other line breaks.
        file: 'Done.<br/>Next step, <span>not</span> the last.\n',
        text: 'Done. Next step, not the last.\n',
      },
    ],
  },
};
