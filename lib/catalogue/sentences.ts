// Sentence spans read off the boundary scan (never a second split of the text): from the start of
// a paragraph, or the word after a real sentence end, to the next real sentence end (with its
// closing quotes) or the end of the paragraph.

import type { CheckContext } from '../context.js';
import { isInlineSpace } from '../text/chars.js';

export type SentenceVisitor = (start: number, end: number, para: number) => void;

/** Visits the sentences of the paragraphs (lines) that overlap text[from, to), in order. */
export function forEachSentence(ctx: CheckContext, visit: SentenceVisitor, from = 0, to = ctx.text.length): void {
  const { text, lines } = ctx;
  const { boundaries, paragraphs } = ctx.boundaries;
  const last = to >= text.length ? paragraphs.count - 1 : lines.lineOf(to);
  for (let p = from > 0 ? lines.lineOf(from) : 0; p <= last; p++) {
    let cursor = paragraphs.start[p];
    let end = paragraphs.end[p];
    while (cursor < end && isInlineSpace(text.charCodeAt(cursor))) cursor++;
    for (let k = paragraphs.first[p]; k < paragraphs.last(p); k++) {
      const closeEnd = boundaries.closeEnd[k];
      if (!boundaries.isEnd(k) || closeEnd <= cursor) continue;
      visit(cursor, closeEnd, p);
      cursor = boundaries.next[k];
    }
    while (end > cursor && isInlineSpace(text.charCodeAt(end - 1))) end--;
    if (end > cursor) visit(cursor, end, p);
  }
}
