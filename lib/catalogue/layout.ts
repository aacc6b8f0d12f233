// Is the text written in paragraphs, or one segment (sentence) per line, as MT deliverables,
// subtitles and exports from translation tools often are? In the second layout a quotation or
// parenthesis of several sentences spans several lines, so pairing rules must not judge a line
// alone. Decided once per text from the boundary scan: prose has several sentences on many lines.
// Sentences glued without a space ("Monday.The talks") or with a space before the mark ("where
// is he ? Nobody") count as two: fixing the spacing must not change the layout, or a fix would
// change what the pairing rules report elsewhere.

import type { CheckContext } from '../context.js';
import { CLASS, K_UPPER } from './charclass.js';

/** Share of non-empty lines holding two or more sentences, above which the text is prose. */
const PROSE_SHARE = 0.3;

/** Whether the text is one segment per line (computed once per check: CheckContext.segmentPerLine). */
export function isSegmentPerLine(ctx: CheckContext): boolean {
  const { lines, multi } = countLines(ctx);
  return lines > 1 && multi < PROSE_SHARE * lines;
}

/**
 * The text's non-empty lines, and how many hold two sentences or more. Returns right after its
 * loop: the loop is compiled while it runs (on-stack replacement), and code after it in the same
 * function, never run before, threw that code away on the way out.
 */
function countLines(ctx: CheckContext): { lines: number; multi: number } {
  const { boundaries, paragraphs } = ctx.boundaries;
  const { text, marks } = ctx;
  const glued = marks.gluedSentence;
  const spaced = marks.spacedPunctuation.filter((at) => spacedSentenceEnd(text, at));
  let g = 0;
  let sp = 0;
  // Made before the loop and counted in: an object made after it threw the compiled code away too.
  const counts = { lines: 0, multi: 0 };
  for (let p = 0; p < paragraphs.count; p++) {
    const start = paragraphs.start[p];
    const end = paragraphs.end[p];
    while (g < glued.length && glued[g] < start) g++;
    while (sp < spaced.length && spaced[sp] < start) sp++;
    if (end === start) continue;
    counts.lines++;
    // A glued or spaced sentence end, or a sentence end with more text after it on the same line.
    let several = (g < glued.length && glued[g] < end) || (sp < spaced.length && spaced[sp] < end);
    for (let k = paragraphs.first[p]; k < paragraphs.last(p) && !several; k++) several = boundaries.isEnd(k) && boundaries.next[k] < end;
    if (several) counts.multi++;
  }
  return counts;
}

/** "is he ? Nobody": a sentence mark after a space, then a capitalised word on the same line. */
function spacedSentenceEnd(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== 46 && c !== 33 && c !== 63) return false;
  let i = at + 1;
  while (text.charCodeAt(i) === 32) i++;
  return i > at + 1 && CLASS[text.charCodeAt(i)] === K_UPPER;
}
