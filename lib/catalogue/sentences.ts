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
  const last = to >= text.length ? paragraphs.length - 1 : lines.lineOf(to);
  for (let p = from > 0 ? lines.lineOf(from) : 0; p <= last; p++) {
    const para = paragraphs[p];
    let cursor = para.start;
    while (cursor < para.end && isInlineSpace(text.charCodeAt(cursor))) cursor++;
    for (let k = para.first; k < para.last; k++) {
      const b = boundaries[k];
      if (b.kind !== 'end' || b.closeEnd <= cursor) continue;
      visit(cursor, b.closeEnd, p);
      cursor = b.next;
    }
    let end = para.end;
    while (end > cursor && isInlineSpace(text.charCodeAt(end - 1))) end--;
    if (end > cursor) visit(cursor, end, p);
  }
}
