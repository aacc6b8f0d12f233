// Is the text written in paragraphs, or one segment (sentence) per line, as MT deliverables,
// subtitles and exports from translation tools often are? In the second layout a quotation or
// parenthesis of several sentences spans several lines, so pairing rules must not judge a line
// alone. Decided once per text from the boundary scan: prose has several sentences on many lines.

import type { CheckContext } from '../context.js';

/** Share of non-empty lines holding two or more sentences, above which the text is prose. */
const PROSE_SHARE = 0.3;

const cache = new WeakMap<CheckContext, boolean>();

export function isSegmentPerLine(ctx: CheckContext): boolean {
  let segmented = cache.get(ctx);
  if (segmented === undefined) {
    const { boundaries, paragraphs } = ctx.boundaries;
    let lines = 0;
    let multi = 0;
    for (const p of paragraphs) {
      if (p.end === p.start) continue;
      lines++;
      for (let k = p.first; k < p.last; k++) {
        // A sentence end with more text after it on the same line.
        if (boundaries[k].kind === 'end' && boundaries[k].next < p.end) {
          multi++;
          break;
        }
      }
    }
    segmented = lines > 1 && multi < PROSE_SHARE * lines;
    cache.set(ctx, segmented);
  }
  return segmented;
}
