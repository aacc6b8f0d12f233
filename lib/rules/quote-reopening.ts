// A long quotation reopens at each of its paragraphs and closes only at the end of the last
// (“First paragraph. ¶ “Second paragraph.”). Where the paragraph breaks are lost — the verses of a
// Bible chapter joined into one paragraph, paragraphs merged by a converter — every paragraph
// after the first becomes a mark that opens, right after a sentence end, the quotation still open
// on the line: “Blessed are the meek. “Blessed are the merciful.” The shape of one paragraph is the
// shape of a closing mark dropped before a sentence of narration (“Yes. He left. “No.”), so it is
// read off the document: a quotation reopened twice before it closes (“A. “B. “C.”) is the
// convention, which a single dropped mark does not make. A document that shows it MIN_CHAINS
// times reopens that way; its other reopened marks are the convention too, not dropped marks.

import { CLASS, K_OTHER } from '../catalogue/charclass.js';

/** Reopenings of a reopened mark a document shows before its reopened marks are read as its convention (two, not one: a single chain may be two dropped marks). */
const MIN_CHAINS = 2;

/**
 * The unpaired marks `unpaired` (positions, in report order) less those that a document joining
 * the paragraphs of long quotations leaves: each reopened (see reopener) where at least
 * MIN_CHAINS of them are reopened by a mark that is itself unpaired and reopened. `marks` are the
 * positions of the text's quotation marks in order, `lineEnd` the end of the line a position is on.
 */
export function withoutJoinedReopenings(text: string, marks: Int32Array, markCount: number, unpaired: number[], lineEnd: (at: number) => number): number[] {
  if (unpaired.length < MIN_CHAINS * 2) return unpaired;
  const reopeners = new Map<number, number>();
  for (const at of unpaired) {
    const by = reopenedBy(text, marks, markCount, at, lineEnd(at));
    if (by >= 0) reopeners.set(at, by);
  }
  let chains = 0;
  for (const by of reopeners.values()) if (reopeners.has(by)) chains++;
  return chains < MIN_CHAINS ? unpaired : unpaired.filter((at) => !reopeners.has(at));
}

/**
 * The position of the mark that reopens the quotation opened at `at`, or -1: the next quotation
 * mark on the line is the same character, after a sentence end (closing marks and brackets may
 * stand between) and a space, before a word.
 */
export function reopenedBy(text: string, marks: Int32Array, markCount: number, at: number, lineEnd: number): number {
  const k = indexOf(marks, markCount, at);
  if (k < 0 || k + 1 >= markCount) return -1;
  const next = marks[k + 1];
  if (next >= lineEnd || text.charCodeAt(next) !== text.charCodeAt(at)) return -1;
  if (CLASS[text.charCodeAt(next + 1)] === K_OTHER) return -1;
  let i = next - 1;
  if (!isSpace(text.charCodeAt(i))) return -1;
  while (i > at && isSpace(text.charCodeAt(i))) i--;
  while (i > at && CLOSERS.includes(text.charCodeAt(i))) i--;
  return SENTENCE_ENDS.includes(text.charCodeAt(i)) ? next : -1;
}

/** Index of position `at` in marks[0, count), by bisection; -1 if absent. */
function indexOf(marks: Int32Array, count: number, at: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid] < at) lo = mid + 1;
    else if (marks[mid] > at) hi = mid - 1;
    else return mid;
  }
  return -1;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f;
}

/** What may close a sentence before the reopening mark: an inner quotation's marks, a bracket (’ ' ” " » ) ]). */
const CLOSERS = codes('’\'”"»)]');
/** Sentence ends: . ! ? … ; and the Armenian, Ethiopic, Devanagari, Arabic and Urdu full stops and question marks. */
const SENTENCE_ENDS = codes('.!?…;։።।؟۔');

function codes(chars: string): number[] {
  return Array.from(chars, (ch) => ch.charCodeAt(0));
}
