// Sentence spans read off the boundary scan (never a second split of the text): from the start of
// a paragraph, or the word after a real sentence end, to the next real sentence end (with its
// closing quotes) or the end of the paragraph.

import type { CheckContext } from '../context.js';

export type SentenceVisitor = (start: number, end: number, para: number) => void;

/**
 * Sentences of the document for the report's summary: per paragraph with text, its sentence ends,
 * and one more where text follows the last (a heading, a dateline has no final mark).
 */
export function countSentences(ctx: CheckContext): number {
  const { boundaries, paragraphs } = ctx.boundaries;
  const { textEnd } = paragraphs;
  let sentences = 0;
  for (let p = 0; p < paragraphs.count; p++) {
    if (textEnd[p] === paragraphs.start[p]) continue;
    let ends = 0;
    let lastEnd = paragraphs.start[p];
    for (let k = paragraphs.first[p]; k < paragraphs.last(p); k++) {
      if (!boundaries.isEnd(k)) continue;
      ends++;
      lastEnd = boundaries.closeEnd[k];
    }
    sentences += ends + (textEnd[p] > lastEnd ? 1 : 0);
  }
  return sentences;
}

/** Visits the sentences of the paragraphs (lines) that overlap text[from, to), in order. */
export function forEachSentence(ctx: CheckContext, visit: SentenceVisitor, from = 0, to = ctx.text.length): void {
  const { text, lines } = ctx;
  const { boundaries, paragraphs } = ctx.boundaries;
  const last = to >= text.length ? paragraphs.count - 1 : lines.lineOf(to);
  for (let p = from > 0 ? lines.lineOf(from) : 0; p <= last; p++) {
    let cursor = paragraphs.trimmedStart[p];
    for (let k = paragraphs.first[p]; k < paragraphs.last(p); k++) {
      const closeEnd = boundaries.closeEnd[k];
      if (!boundaries.isEnd(k) || closeEnd <= cursor) continue;
      visit(cursor, closeEnd, p);
      cursor = boundaries.next[k];
    }
    // The rest of the paragraph, trimmed (its trailing spaces, or nothing after the last sentence).
    if (paragraphs.trimmedEnd[p] > cursor) visit(cursor, paragraphs.trimmedEnd[p], p);
  }
}
