// Sentence marks on both sides of a segment pair, and which target mark answers to which source
// mark. mtqa's own boundary scan reads each side with its own language's knowledge (abbreviations,
// ordinals, initials); a side without letter case (Chinese, Japanese, Korean, Hebrew, Arabic,
// Hindi, Thai) is read by its marks alone (。！？।؟ and ASCII ! ?), which is all a caseless text can show.
//
// Alignment: the marks of one segment keep their order in translation, and their relative places
// (offset / segment length) stay close; a word copied on both sides right before or after a mark
// (a number, a name, "dpa") pins it. A monotone dynamic programme pairs marks at the least total
// distance, leaving a mark unpaired when no source mark is near enough.

import { CASELESS_QUESTION_MARKS, CASELESS_TERMINALS, ETHIOPIC_WORDSPACE } from '../catalogue/marks.js';
import type { CheckContext, SegmentPair } from '../context.js';
import { LETTER, propertiesAt } from './unicode.js';
import { nextWord, type Boundaries, type Boundary, type BoundaryKind } from '../segmentation/boundaries.js';
import { isCloser, isDigit, isInlineSpace, isLowerAt, isUpperAt, isWordCharAt } from '../text/chars.js';
import { firstOffsetAtOrAfter } from '../text/search.js';
import { lazyRegExp } from '../text/lazy-regexp.js';

/** What follows a mark: a capitalised or lowercase word, something without case, or nothing (segment end). */
export type NextCase = 'upper' | 'lower' | 'caseless' | 'none';

export interface Mark {
  /** Offset of the mark's first character and after its last (in the side's own text). */
  mark: number;
  markEnd: number;
  /** Offset after the closers that follow the mark. */
  closeEnd: number;
  /** Offset of what follows after white space; the segment end when nothing follows. */
  next: number;
  kind: BoundaryKind;
  question: boolean;
  nextCase: NextCase;
  /** The word before the mark and the word after it, as written ("" when none). */
  before: string;
  after: string;
  /** The boundary of the side's scan, when the mark is one (cased text). */
  boundary?: Boundary;
}

/** A mark stands between two sentences of the segment when text follows it inside the segment. */
export const isBreak = (m: Mark) => m.nextCase !== 'none';

/** Marks of a pair's target text: the document's boundary scan where it has letter case, else its marks alone. */
export function targetMarks(ctx: CheckContext, p: SegmentPair): Mark[] {
  return ctx.cased ? boundaryMarks(ctx, p.start, p.end) : caselessMarks(ctx.text, p.start, p.end);
}

/** Marks of a pair's source text: the source's boundary scan when it has letter case, else its marks alone. */
export function sourceMarks(ctx: CheckContext, p: SegmentPair): Mark[] {
  const src = ctx.source!;
  return src.cased ? boundaryMarks(src, p.sourceStart, p.sourceEnd) : caselessMarks(src.text, p.sourceStart, p.sourceEnd);
}

function boundaryMarks(side: CheckContext, start: number, end: number): Mark[] {
  const { text } = side;
  const { boundaries } = side.boundaries;
  const out: Mark[] = [];
  const glued = gluedEnds(text, start, end, side.boundaries.lexicon.functionWords);
  let g = 0;
  for (let k = firstBoundaryAt(boundaries, start); k < boundaries.count && boundaries.mark[k] < end; k++) {
    const b = boundaries.at(k);
    while (g < glued.length && glued[g].mark < b.mark) out.push(glued[g++]);
    const w = b.next < end ? nextWord(text, b.next, end) : undefined;
    out.push({
      mark: b.mark,
      markEnd: b.markEnd,
      closeEnd: b.closeEnd,
      next: Math.min(b.next, end),
      kind: b.kind,
      question: b.question,
      nextCase: caseOf(text, w?.start, end),
      before: text.slice(b.wordStart, b.wordEnd),
      after: w ? text.slice(w.start, w.end) : '',
      boundary: b,
    });
  }
  while (g < glued.length) out.push(glued[g++]);
  return out;
}

/**
 * A sentence end written without the space after it: one mark before a capitalised word
 * ("amazing.An excellent"), a run of marks before any word ("gehalten..leider"), or one mark
 * before a function word of the language ("a good deal.would not"; not "twitter.com").
 */
const GLUED_END = lazyRegExp(String.raw`(?<=\p{Ll}\p{M}*)(?:[.!?](?=\p{Lu}\p{M}*\p{Ll})|[.!?]{2,}(?=\p{L})|[.!?](?=((?:\p{Ll}\p{M}*){2,})(?![\p{L}\p{M}\p{N}.\/@-])))`, 'gu');

/** Sentence ends the boundary scan leaves out because no space follows them. */
function gluedEnds(text: string, start: number, end: number, functionWords: ReadonlySet<string>): Mark[] {
  const out: Mark[] = [];
  if (!markBeforeLetter(text, start, end)) return out;
  const part = text.slice(start, end);
  const glued = GLUED_END();
  glued.lastIndex = 0;
  for (let m = glued.exec(part); m !== null; m = glued.exec(part)) {
    if (m[1] !== undefined && !functionWords.has(m[1])) continue;
    const mark = start + m.index;
    const markEnd = mark + m[0].length;
    let wordStart = mark;
    while (wordStart > start && isWordCharAt(text, wordStart - 1)) wordStart--;
    let afterEnd = markEnd;
    while (afterEnd < end && isWordCharAt(text, afterEnd)) afterEnd++;
    out.push({
      mark,
      markEnd,
      closeEnd: markEnd,
      next: markEnd,
      kind: 'end',
      question: /[!?]/.test(m[0]),
      nextCase: caseOf(text, markEnd, end),
      before: text.slice(wordStart, mark),
      after: text.slice(markEnd, afterEnd),
    });
  }
  return out;
}

/**
 * Whether text[start, end) has a "." "!" or "?" right before a letter (or a surrogate, which may
 * start one), as every match of GLUED_END does: most segments have none, and are spared the
 * pattern, whose look-behind is tried at every character.
 */
function markBeforeLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i + 1 < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f) continue;
    const next = text.charCodeAt(i + 1);
    if ((next & 0xf800) === 0xd800 || (propertiesAt(text, i + 1) & LETTER) !== 0) return true;
  }
  return false;
}

function firstBoundaryAt(boundaries: Boundaries, offset: number): number {
  return firstOffsetAtOrAfter(boundaries.mark, boundaries.count, offset);
}

function caseOf(text: string, at: number | undefined, end: number): NextCase {
  if (at === undefined || at >= end) return 'none';
  if (isUpperAt(text, at)) return 'upper';
  if (isLowerAt(text, at)) return 'lower';
  return 'caseless';
}

/** The caseless scripts' sentence marks (the Ethiopic wordspace doubled, ፡፡, among them), the ASCII ones and the ellipsis. */
const CASELESS_MARKS = new RegExp(`(?:[.!?\u2026${CASELESS_TERMINALS}]|${ETHIOPIC_WORDSPACE}{2})+`, 'g');
const QUESTION = new RegExp(`[${CASELESS_QUESTION_MARKS}]`);
const CLOSERS_CJK = /[\u300d\u300f\uff09\u3011)"'\u201d\u2019]/;

/**
 * Marks of a text without letter case: every 。！？ (and ASCII ! ?) ends a sentence, spaces or
 * not; an ASCII period only before white space (not "2.5", "pic.twitter.com"); "…" and ".." are ellipses.
 */
function caselessMarks(text: string, start: number, end: number): Mark[] {
  const out: Mark[] = [];
  CASELESS_MARKS.lastIndex = start;
  for (let m = CASELESS_MARKS.exec(text); m !== null && m.index < end; m = CASELESS_MARKS.exec(text)) {
    const mark = m.index;
    const run = m[0];
    const markEnd = mark + run.length;
    let close = markEnd;
    while (close < end && CLOSERS_CJK.test(text[close])) close++;
    let next = close;
    while (next < end && isInlineSpace(text.charCodeAt(next))) next++;
    if (run === '.' && next === close && next < end) continue; // "2.5", "twitter.com"
    let wordStart = mark;
    while (wordStart > start && isWordCharAt(text, wordStart - 1) && mark - wordStart < 12) wordStart--;
    let afterEnd = next;
    while (afterEnd < end && isWordCharAt(text, afterEnd) && afterEnd - next < 12) afterEnd++;
    out.push({
      mark,
      markEnd,
      closeEnd: close,
      next,
      kind: run.includes('\u2026') || run.startsWith('..') ? 'ellipsis' : 'end',
      question: QUESTION.test(run),
      nextCase: caseOf(text, next < end ? next : undefined, end),
      before: text.slice(wordStart, mark),
      after: text.slice(next, afterEnd),
    });
  }
  return out;
}

/** Marks farther apart than this (in relative place, 0..1) are not paired unless a shared word pins them. */
export const MAX_DISTANCE = 0.25;
/** Cost of leaving a mark unpaired, against the distance of a pair. */
const GAP = 0.2;
/** A shared word next to both marks takes this off a pair's cost. */
const ANCHOR = 0.3;
/** Above this many cells the alignment pairs each mark with its nearest free match instead. */
const MAX_CELLS = 40_000;
/** Source marks either side of a target mark's place that the linear alignment considers. */
const NEIGHBOURS = 3;

/**
 * For each target mark, the index of the source mark it answers to, or -1. `tLen`/`sLen` are the
 * segment lengths and `tStart`/`sStart` their offsets (relative places are measured in them).
 */
export function alignMarks(t: readonly Mark[], tStart: number, tLen: number, s: readonly Mark[], sStart: number, sLen: number): number[] {
  const rt = t.map((m) => (m.mark - tStart) / Math.max(1, tLen));
  const rs = s.map((m) => (m.mark - sStart) / Math.max(1, sLen));
  const cost = (i: number, j: number): number => {
    const d = Math.abs(rt[i] - rs[j]);
    const anchored = anchoredPair(t[i], s[j]);
    if (d > MAX_DISTANCE && !anchored) return Infinity;
    // A mark that ends its segment answers to one that ends the other side's, not to a break inside it.
    if (isBreak(t[i]) !== isBreak(s[j])) return Infinity;
    return d - (anchored ? ANCHOR : 0) + (t[i].question !== s[j].question ? 0.05 : 0);
  };
  const m = t.length;
  const n = s.length;
  const result = new Array<number>(m).fill(-1);
  if (m === 0 || n === 0) return result;
  // As many sentences on both sides, their marks alike (breaks and segment ends, questions): one
  // for one, in order, however differently the languages spread their words (Punjabi "ਦੇਵੇਗਾ।" at
  // 43 % of its segment answers to "canvas." at 70 %).
  if (m === n && t.every((x, i) => isBreak(x) === isBreak(s[i]) && x.question === s[i].question)) return result.map((_, i) => i);
  if (m * n > MAX_CELLS) return nearestFree(rt, rs, cost);
  // best[i][j]: least cost aligning t[0..i) with s[0..j).
  const best = new Float64Array((m + 1) * (n + 1));
  const move = new Uint8Array((m + 1) * (n + 1)); // 1 pair, 2 skip target, 3 skip source
  const at = (i: number, j: number) => i * (n + 1) + j;
  for (let i = 0; i <= m; i++) {
    for (let j = 0; j <= n; j++) {
      if (i === 0 && j === 0) continue;
      let b = Infinity;
      let mv = 0;
      if (i > 0 && j > 0) {
        const c = best[at(i - 1, j - 1)] + cost(i - 1, j - 1);
        if (c < b) (b = c), (mv = 1);
      }
      if (i > 0 && best[at(i - 1, j)] + GAP < b) (b = best[at(i - 1, j)] + GAP), (mv = 2);
      if (j > 0 && best[at(i, j - 1)] + GAP < b) (b = best[at(i, j - 1)] + GAP), (mv = 3);
      best[at(i, j)] = b;
      move[at(i, j)] = mv;
    }
  }
  for (let i = m, j = n; i > 0 || j > 0; ) {
    const mv = move[at(i, j)];
    if (mv === 1) result[--i] = --j;
    else if (mv === 2) i--;
    else j--;
  }
  return result;
}

/**
 * For very long segments: each target mark takes the cheapest of the few source marks nearest its
 * place, after the last one taken. Linear: one pointer walks the source marks as the places grow.
 */
function nearestFree(rt: readonly number[], rs: readonly number[], cost: (i: number, j: number) => number): number[] {
  const result = new Array<number>(rt.length).fill(-1);
  let from = 0;
  let near = 0;
  for (let i = 0; i < rt.length && from < rs.length; i++) {
    while (near + 1 < rs.length && rs[near + 1] <= rt[i]) near++;
    let bestJ = -1;
    let bestC = GAP;
    for (let j = Math.max(from, near - NEIGHBOURS); j < Math.min(rs.length, near + NEIGHBOURS + 1); j++) {
      const c = cost(i, j);
      if (c < bestC) (bestC = c), (bestJ = j);
    }
    if (bestJ >= 0) {
      result[i] = bestJ;
      from = bestJ + 1;
    }
  }
  return result;
}

/** The same word (a number, a name, a byline) right before both marks, or right after both. */
function anchoredPair(a: Mark, b: Mark): boolean {
  return sharedWord(a.before, b.before) || (a.nextCase !== 'none' && sharedWord(a.after, b.after));
}

function sharedWord(x: string, y: string): boolean {
  if (x.length === 0 || x !== y) return false;
  // One letter ("a", "I") is too common to pin anything; one digit or more is a number.
  return x.length > 1 || isDigit(x.charCodeAt(0));
}

/** Whether a closer (quote, bracket) follows the mark. */
export function closedByQuote(text: string, m: Mark): boolean {
  for (let i = m.markEnd; i < m.closeEnd; i++) if (isCloser(text.charCodeAt(i)) && text.charCodeAt(i) !== 41 && text.charCodeAt(i) !== 93) return true;
  return false;
}

/** The source around a mark: the word before it to the word after it. */
export function excerptOf(source: string, sm: Mark, p: SegmentPair): string {
  return source.slice(markSpanStart(source, sm, p.sourceStart), markSpanEnd(sm)).replace(/\s+/g, ' ');
}

/** Start of the source token before a mark (back to white space, at most 30 characters). */
export function markSpanStart(source: string, sm: Mark, from: number): number {
  let i = sm.mark;
  while (i > from && sm.mark - i < 30 && !/\s/.test(source[i - 1])) i--;
  return i;
}

export function markSpanEnd(sm: Mark): number {
  return sm.nextCase === 'none' ? sm.closeEnd : sm.next + sm.after.length;
}

/**
 * The source sentence that answers to the place of target mark i: from the source mark paired
 * with the last paired target mark before it to the one paired with the next after it.
 */
export function sentenceAround(s: readonly Mark[], p: SegmentPair, aligned: readonly number[], i: number, t: readonly Mark[]): { start: number; end: number } {
  let start = p.sourceStart;
  let end = p.sourceEnd;
  for (let k = i - 1; k >= 0; k--) {
    const j = aligned[k];
    if (j >= 0 && s[j].kind === 'end' && isBreak(t[k])) {
      start = s[j].next;
      break;
    }
  }
  for (let k = i + 1; k < t.length; k++) {
    const j = aligned[k];
    if (j >= 0 && s[j].kind === 'end') {
      end = s[j].closeEnd;
      break;
    }
  }
  return { start, end: Math.max(start, end) };
}
