// The parts of a segment that are code rather than text (placeholders, tags, URLs, e-mail
// addresses, inline-code stand-ins): rules that compare words or numbers look past them.

import { linksIn } from './links.js';
import { placeholdersIn, type PlaceholderSyntax } from './placeholders.js';
import { tagsIn } from './tags.js';

export interface Range {
  start: number;
  end: number;
}

/** Code in text[start, end): placeholders (of the given syntaxes only, when set), tags, links, U+FFFC. */
export function codeRanges(text: string, start: number, end: number, syntaxes?: ReadonlySet<PlaceholderSyntax>): Range[] {
  return codeRangesWith(placeholdersIn(text, start, end, syntaxes), text, start, end);
}

/** codeRanges() with the placeholders of text[start, end) found already (a source's, whose syntaxes the caller needed too). */
export function codeRangesWith(placeholders: readonly Range[], text: string, start: number, end: number): Range[] {
  const ranges: Range[] = [...placeholders, ...tagsIn(text, start, end), ...linksIn(text, start, end)];
  // Inline codes (U+FFFC, the stand-in of a file's inline markup) inside the range only: an indexOf
  // from `start` would run on to the next code anywhere in the document, once per unit, which is
  // quadratic on a file whose units have none.
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0xfffc) ranges.push({ start: i, end: i + 1 });
  return ranges.sort((a, b) => a.start - b.start);
}

/** The text with the ranges blanked out (same length, so offsets stay); ranges sorted by start. */
export function blank(text: string, start: number, end: number, ranges: readonly Range[]): string {
  const parts: string[] = [];
  let at = start;
  for (const r of ranges) {
    const a = Math.max(r.start, at);
    const b = Math.min(r.end, end);
    if (b <= a) continue;
    parts.push(text.slice(at, a), ' '.repeat(b - a));
    at = b;
  }
  parts.push(text.slice(at, end));
  return parts.join('');
}
