// Sentence spans read off the boundary scan (never a second split of the text): from the start of
// a paragraph, or the word after a real sentence end, to the next real sentence end (with its
// closing quotes) or the end of the paragraph.

import type { CheckContext } from '../context.js';
import { isInlineSpace, isSpace } from '../text/chars.js';

export type SentenceVisitor = (start: number, end: number, para: number) => void;

/** Each paragraph's bounds without its leading and trailing inline spaces (end = start for a blank one). */
interface TrimmedParagraphs {
  start: Int32Array;
  end: Int32Array;
  /** Just past the paragraph's last character that is no space of any kind (nor a form feed…); its start if none. */
  textEnd: Int32Array;
}

/**
 * Per context, read once: the first character of each of a large file's hundreds of thousands of
 * paragraphs is a cache miss (the lines are too irregular for the prefetcher), and every walk over
 * the sentences (the passage rule, the repeated-sentence rule, the summary's count) paid it again.
 */
const trimmedParagraphs = new WeakMap<CheckContext, TrimmedParagraphs>();

function trimmedOf(ctx: CheckContext): TrimmedParagraphs {
  let trimmed = trimmedParagraphs.get(ctx);
  if (trimmed) return trimmed;
  const { text } = ctx;
  const paragraphs = ctx.boundaries.paragraphs;
  trimmed = { start: new Int32Array(paragraphs.count), end: new Int32Array(paragraphs.count), textEnd: new Int32Array(paragraphs.count) };
  for (let p = 0; p < paragraphs.count; p++) {
    let start = paragraphs.start[p];
    let end = paragraphs.end[p];
    let textEnd = end;
    while (textEnd > start && isSpace(text.charCodeAt(textEnd - 1))) textEnd--;
    while (start < end && isInlineSpace(text.charCodeAt(start))) start++;
    while (end > start && isInlineSpace(text.charCodeAt(end - 1))) end--;
    trimmed.start[p] = start;
    trimmed.end[p] = end;
    trimmed.textEnd[p] = textEnd;
  }
  trimmedParagraphs.set(ctx, trimmed);
  return trimmed;
}

/**
 * Sentences of the document for the report's summary: per paragraph with text, its sentence ends,
 * and one more where text follows the last (a heading, a dateline has no final mark).
 */
export function countSentences(ctx: CheckContext): number {
  const { boundaries, paragraphs } = ctx.boundaries;
  const { textEnd } = trimmedOf(ctx);
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
  const trimmed = trimmedOf(ctx);
  const last = to >= text.length ? paragraphs.count - 1 : lines.lineOf(to);
  for (let p = from > 0 ? lines.lineOf(from) : 0; p <= last; p++) {
    let cursor = trimmed.start[p];
    for (let k = paragraphs.first[p]; k < paragraphs.last(p); k++) {
      const closeEnd = boundaries.closeEnd[k];
      if (!boundaries.isEnd(k) || closeEnd <= cursor) continue;
      visit(cursor, closeEnd, p);
      cursor = boundaries.next[k];
    }
    // The rest of the paragraph, trimmed (its trailing spaces, or nothing after the last sentence).
    if (trimmed.end[p] > cursor) visit(cursor, trimmed.end[p], p);
  }
}
