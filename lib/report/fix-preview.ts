// A fix shown as before/after: the edited stretch with a few words of context, the removed parts
// marked in "before" and the inserted parts in "after".

import { characterEnd, characterStart } from '../text/chars.js';
import type { Edit } from '../types.js';

export interface Segment {
  text: string;
  /** Removed (in before) or inserted (in after). */
  changed: boolean;
}

export interface FixPreview {
  before: Segment[];
  after: Segment[];
  /** Text continues before / after the shown stretch. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** Context either side of the edited stretch, cut back to a word boundary. */
const CONTEXT = 32;

/**
 * `doc[i]` is the text at offset `base + i`; `[lo, hi)` (indexes into doc) is where the preview may
 * reach (the line). Undefined when an edit falls outside that reach or edits overlap: the fix's
 * description is all the page can show then.
 */
export function previewFix(doc: string, base: number, lo: number, hi: number, edits: readonly Edit[]): FixPreview | undefined {
  if (edits.length === 0) return undefined;
  const sorted = edits.map((e) => ({ start: e.start - base, end: e.end - base, text: e.text })).sort((a, b) => a.start - b.start);
  for (let k = 0; k < sorted.length; k++) {
    const e = sorted[k];
    if (e.start < lo || e.end > hi || e.end < e.start || (k > 0 && e.start < sorted[k - 1].end)) return undefined;
  }
  const first = sorted[0].start;
  const last = sorted[sorted.length - 1].end;
  let from = Math.max(lo, first - CONTEXT);
  if (from > lo) {
    const space = doc.slice(from, first).search(/\s/);
    if (space >= 0) from += space + 1;
    // Without a space to cut at, never inside a character (a letter and its diacritic written apart, an emoji).
    else from = characterStart(doc, from, lo);
  }
  let to = Math.min(hi, last + CONTEXT);
  if (to < hi) {
    const tail = doc.slice(last, to);
    const space = tail.search(/\s\S*$/);
    if (space > 0) to = last + space;
    else to = characterEnd(doc, to, hi);
  }
  const before: Segment[] = [];
  const after: Segment[] = [];
  let at = from;
  for (const e of sorted) {
    push(before, doc.slice(at, e.start), false);
    push(after, doc.slice(at, e.start), false);
    push(before, doc.slice(e.start, e.end), true);
    push(after, e.text, true);
    at = e.end;
  }
  push(before, doc.slice(at, to), false);
  push(after, doc.slice(at, to), false);
  return { before, after, clippedStart: from > lo, clippedEnd: to < hi };
}

function push(segments: Segment[], text: string, changed: boolean): void {
  if (text === '') return;
  const last = segments[segments.length - 1];
  if (last && last.changed === changed) last.text += text;
  else segments.push({ text, changed });
}
