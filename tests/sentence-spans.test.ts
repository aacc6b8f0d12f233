// The sentence walk and the summary's count read each paragraph's trimmed bounds, noted by the
// boundary scan (Paragraphs.trimmedStart…), rather than the text at every walk: on any text they must give
// what reading the text gives. Paragraphs of marks, spaces of every kind (form feeds, no-break and
// ideographic spaces, U+2028), quotes and words, at random.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countSentences, forEachSentence } from '../lib/catalogue/sentences.js';
import { CheckContext } from '../lib/context.js';
import { isInlineSpace, isSpace } from '../lib/text/chars.js';

const pieces = ['Word', 'the end', 'Dr', ' ', '  ', '\t', '\u00a0', '\u3000', '\f', '\v', '\u2028', '.', '?', '!', '…', '"', '”', ')', '\n', '\r\n', '\n\n'];
const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));

function hasText(text: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) if (!isSpace(text.charCodeAt(i))) return true;
  return false;
}

describe('sentence spans off the kept paragraph bounds', () => {
  it('count and visit as reading the text does', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const ctx = new CheckContext(text, { lang: 'en' });
        const { boundaries, paragraphs } = ctx.boundaries;
        let sentences = 0;
        const spans: number[][] = [];
        for (let p = 0; p < paragraphs.count; p++) {
          const end = paragraphs.end[p];
          let cursor = paragraphs.start[p];
          while (cursor < end && isInlineSpace(text.charCodeAt(cursor))) cursor++;
          let ends = 0;
          let lastEnd = paragraphs.start[p];
          for (let k = paragraphs.first[p]; k < paragraphs.last(p); k++) {
            if (!boundaries.isEnd(k)) continue;
            ends++;
            lastEnd = boundaries.closeEnd[k];
            if (boundaries.closeEnd[k] <= cursor) continue;
            spans.push([cursor, boundaries.closeEnd[k], p]);
            cursor = boundaries.next[k];
          }
          let e = end;
          while (e > cursor && isInlineSpace(text.charCodeAt(e - 1))) e--;
          if (e > cursor) spans.push([cursor, e, p]);
          if (hasText(text, paragraphs.start[p], end)) sentences += ends + (hasText(text, lastEnd, end) ? 1 : 0);
        }
        const visited: number[][] = [];
        forEachSentence(ctx, (s, e, p) => visited.push([s, e, p]));
        expect(visited).toEqual(spans);
        expect(countSentences(ctx)).toBe(sentences);
        // A part of the text: the sentences of the lines it overlaps.
        const from = Math.floor(text.length / 3);
        const to = Math.floor((2 * text.length) / 3);
        const first = ctx.lines.lineOf(from);
        const last = ctx.lines.lineOf(Math.min(to, text.length));
        const part: number[][] = [];
        forEachSentence(ctx, (s, e, p) => part.push([s, e, p]), from, to);
        expect(part).toEqual(spans.filter(([, , p]) => p >= first && p <= last));
      }),
      { numRuns: 3000 },
    );
  });
});
