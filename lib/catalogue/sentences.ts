// Sentence spans read off the boundary scan (never a second split of the text): from the start of
// a paragraph, or the word after a real sentence end, to the next real sentence end (with its
// closing quotes) or the end of the paragraph.

import type { CheckContext } from '../context.js';
import type { BoundaryScan } from '../segmentation/boundaries.js';

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

/**
 * The sentences of the paragraphs (lines) that overlap text[from, to), in order, one per next():
 * start, end and para are the current one's. A loop over them inlines next() in each caller, where
 * a callback per sentence made forEachSentence's call site see every caller's visitor, compiled
 * over as each new one came.
 */
export class Sentences {
  start = 0;
  end = 0;
  para = 0;
  readonly #scan: BoundaryScan;
  /** The paragraph being read, the last one to read, its next boundary, and where its next sentence starts. */
  #p: number;
  readonly #lastPara: number;
  #k: number;
  #cursor: number;

  constructor(ctx: CheckContext, from = 0, to = ctx.text.length) {
    const { text, lines } = ctx;
    this.#scan = ctx.boundaries;
    const { paragraphs } = this.#scan;
    this.#p = from > 0 ? lines.lineOf(from) : 0;
    this.#lastPara = to >= text.length ? paragraphs.count - 1 : lines.lineOf(to);
    this.#k = paragraphs.first[this.#p];
    this.#cursor = paragraphs.trimmedStart[this.#p];
  }

  /** Moves to the next sentence; false when there is none. */
  next(): boolean {
    const { boundaries, paragraphs } = this.#scan;
    while (this.#p <= this.#lastPara) {
      const p = this.#p;
      for (let k = this.#k; k < paragraphs.last(p); k++) {
        const closeEnd = boundaries.closeEnd[k];
        if (!boundaries.isEnd(k) || closeEnd <= this.#cursor) continue;
        this.#set(this.#cursor, closeEnd, p);
        this.#k = k + 1;
        this.#cursor = boundaries.next[k];
        return true;
      }
      // The rest of the paragraph, trimmed (its trailing spaces, or nothing after the last sentence).
      const start = this.#cursor;
      const end = paragraphs.trimmedEnd[p];
      this.#p = p + 1;
      this.#k = paragraphs.first[p + 1];
      this.#cursor = p + 1 < paragraphs.count ? paragraphs.trimmedStart[p + 1] : 0;
      if (end > start) {
        this.#set(start, end, p);
        return true;
      }
    }
    return false;
  }

  #set(start: number, end: number, para: number): void {
    this.start = start;
    this.end = end;
    this.para = para;
  }
}

/** Visits the sentences of the paragraphs (lines) that overlap text[from, to), in order. */
export function forEachSentence(ctx: CheckContext, visit: SentenceVisitor, from = 0, to = ctx.text.length): void {
  for (const s = new Sentences(ctx, from, to); s.next(); ) visit(s.start, s.end, s.para);
}
