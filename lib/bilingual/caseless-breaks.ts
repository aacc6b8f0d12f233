// Sentence breaks of a translation into a script without case (Japanese, Chinese, Korean, Hebrew,
// Arabic, Hindi), judged with the source. No capital shows there where a sentence starts, so a
// translation that cuts one sentence in two ("協力を拡大する。ことで合意した。") looks like two
// sentences; the source tells: where its sentence has no mark at the place of the target's, the
// target's mark is a break the translation made. Such a break is reported when what it leaves
// cannot be a sentence of its own:
// - a short piece cut off the end of a sentence (a word or two, a few characters unspaced);
// - a piece that is one of the language's fragment words alone, or opens with a word that never
//   opens a sentence (Language.fragmentWords, nonInitialWords: "…。さらに。", "…। के बीच");
// - where the document ends its sentences in a few ways (Korean 다, 요; Japanese す, た; Hindi है),
//   learnt from the ends of its segments, a mark after a letter that ends none of them.
// A translator's split of a long sentence into two full ones passes all three.

import type { CheckContext, SegmentPair } from '../context.js';
import { CASELESS_LETTERS, caselessWords, endsCaselessSentenceAt, lastWordStart, nonInitialOpening, writesWithoutSpaces } from '../segmentation/caseless.js';
import { checkablePairs } from './pairs.js';
import type { RawFinding } from '../types.js';
import { excerptOf, isBreak, markSpanEnd, markSpanStart, MAX_DISTANCE, sentenceAround, targetMarks, type Mark } from './breaks.js';
import { lazyRegExp } from '../text/lazy-regexp.js';

/** Longest piece, in words where the script spaces them, that is reported as cut off a sentence. */
const SHORT_WORDS = 2;
/** The same in letters, where the script writes no spaces. */
const SHORT_LETTERS = 5;
/** Segment ends a document needs before its sentence endings are learnt from them. */
const MIN_ENDINGS = 20;
/** Endings, at most, that must end ENDINGS_COVER of a document's sentences for its endings to be learnt. */
const MAX_ENDINGS = 20;
const ENDINGS_COVER = 0.9;
/** Share of the document's words, at most, that those endings may end. */
const MAX_WORD_SHARE = 0.5;

/**
 * Judges the marks of pair p's translation `t` against the source's marks `s` (`aligned`: the
 * source mark each answers to, or -1), with the monolingual rules' finding at each mark
 * (`found`), and reports through `say`.
 */
export function checkCaselessPair(
  ctx: CheckContext,
  p: SegmentPair,
  t: readonly Mark[],
  s: readonly Mark[],
  aligned: readonly number[],
  found: readonly (RawFinding | undefined)[],
  say: (f: RawFinding) => void,
): void {
  const src = ctx.source!;
  const { text } = ctx;
  const words = caselessWords(ctx);
  const unspaced = words?.unspaced ?? writesWithoutSpaces(ctx.profile.script);
  for (let i = 0; i < t.length; i++) {
    const m = t[i];
    if (!isBreak(m)) continue;
    const sm = aligned[i] >= 0 ? s[aligned[i]] : undefined;
    // The source ends a sentence here too (a mark after a space, " . ", is one, written with a slip).
    const sourceEnds = sm !== undefined && (sm.kind === 'end' || sm.kind === 'detached');
    const sentenceSpan = () => ({ sourceSpan: sentenceAround(s, p, aligned, i, t) });
    const f = found[i];
    if (f) {
      if (!sourceEnds) say({ ...f, message: `${f.message} The source has no sentence break here.`, data: { sourceBreak: 'none' }, ...sentenceSpan() });
      else {
        const sourceSpan = { start: markSpanStart(src.text, sm, p.sourceStart), end: markSpanEnd(sm) };
        say({ ...f, severity: 'info', message: `${f.message} The source has the same break (“${excerptOf(src.text, sm, p)}”): copied from the source.`, data: { sourceBreak: 'same' }, sourceSpan });
      }
      continue;
    }
    // Beyond the monolingual rules: a sentence end of the script (not "e.g.", "v1.2") inside a
    // line, where the source has none. A question or an exclamation may be the translator's; a mark in a quotation
    // ends the quoted sentence.
    if (m.kind !== 'end' || !endsCaselessSentenceAt(ctx, m.mark, p.end) || LINE_BREAK().test(text[m.next])) continue;
    if (sm !== undefined || m.question || m.closeEnd > m.markEnd) continue;
    // Where the source has a mark near the place, a comma or a semicolon included ("Request failed,
    // return code:"), the translator may have ended the sentence there.
    if (sourceMarkNear(src.text, p, (m.mark - p.start) / Math.max(1, p.end - p.start))) continue;
    const pieceEnd = i + 1 < t.length ? t[i + 1].mark : p.end;
    const piece = text.slice(m.next, pieceEnd).trimEnd();
    // A piece of markup or Latin alone ("</link>", "4.x") is not the language's text; one that ends
    // in a comma goes on in the next segment.
    if (!CASELESS_LETTER().test(piece) || CONTINUES().test(piece)) continue;
    const from = i > 0 ? t[i - 1].next : p.start;
    const left = text.slice(lastWordStart(text, from, m.mark, unspaced), m.markEnd);
    const gap = unspaced ? '' : ' ';
    const pieceWithMark = text.slice(m.next, i + 1 < t.length ? t[i + 1].markEnd : p.end).trim();
    const joined = { fix: { description: 'join the two parts into one sentence', edits: [{ start: m.mark, end: m.next, text: gap }], safe: false }, data: { sourceBreak: 'none' }, ...sentenceSpan() };
    const noBreak = 'The source has no sentence break here.';
    if (words?.fragmentWords.has(piece.replace(TRAILING_MARKS(), ''))) {
      say({ start: m.mark, end: m.next + pieceWithMark.length, message: `Stranded fragment “${pieceWithMark}”: it cannot stand alone as a sentence; join it to the sentence before. ${noBreak}`, ...joined });
      continue;
    }
    const word = words && nonInitialOpening(ctx, m.next, pieceEnd, words, m.mark);
    if (word) {
      say({ start: m.mark, end: m.next + word.length, message: `Stray sentence break in “${left}${gap}${word}”: “${word}” never opens a sentence, so the text goes on. Join the parts. ${noBreak}`, ...joined });
      continue;
    }
    const n = size(piece, unspaced);
    if (n <= (unspaced ? SHORT_LETTERS : SHORT_WORDS) && n < size(text.slice(from, m.mark), unspaced)) {
      say({ start: m.mark, end: m.next + pieceWithMark.length, message: `Stranded fragment “${pieceWithMark}”: a short piece cut off at a sentence end that the source does not have here; join it to the sentence before.`, ...joined });
      continue;
    }
    const ending = endingBefore(text, m.mark);
    const learnt = documentEndings(ctx, unspaced);
    if (ending !== undefined && learnt !== undefined && !learnt.has(ending)) {
      say({ start: m.mark, end: m.markEnd, message: `Sentence break after “${left}”: none of this document's sentences ends in “${ending}”, and the source has no sentence break here. Join the parts.`, ...joined });
    }
  }
}

/**
 * A source mark counts as at the place of the target's as far as the alignment pairs marks (in
 * relative place, 0..1): a language whose verb comes last moves a clause across the sentence
 * ("…cache rendered pages, limits maximum zoom" -> "…캐시의 최대 크기. 이 값에 따라…").
 */
const NEAR = MAX_DISTANCE;
/** And in characters at most: in a long segment relative places say less, and each mark reads its window. */
const NEAR_CHARACTERS = 150;

/** Marks that end a sentence or a clause, and line breaks, in the source: where one stands the translator may end a sentence. */
const SOURCE_MARK = lazyRegExp(String.raw`[\n\r.!?;:,()\u2014\u2013\u2026\u3001\u3002\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f\u060c\u061b\u061f\u0964]`, 'u');

/**
 * Whether the source has a mark within NEAR of relative place `at` of pair p, other than the marks
 * that end the segment (which answer to the translation's own last mark).
 */
function sourceMarkNear(source: string, p: SegmentPair, at: number): boolean {
  const length = Math.max(1, p.sourceEnd - p.sourceStart);
  const place = p.sourceStart + at * length;
  const reach = Math.min(NEAR * length, NEAR_CHARACTERS);
  const from = Math.max(p.sourceStart, Math.floor(place - reach));
  const to = Math.min(Math.ceil(place + reach), segmentEndMarks(source, p));
  return from < to && SOURCE_MARK().test(source.slice(from, to));
}

/** Where the marks, closers and white space that end pair p's source start. */
function segmentEndMarks(source: string, p: SegmentPair): number {
  let end = p.sourceEnd;
  while (end > p.sourceStart && FINAL().test(source[end - 1])) end--;
  return end;
}
const FINAL = lazyRegExp(String.raw`[\s\p{P}]`, 'u');

const LINE_BREAK = lazyRegExp(String.raw`[\n\r\u2028\u2029]`, 'u');
/** A letter of a script without case: a piece without one is markup or Latin ("</link>", "4.x"). */
const CASELESS_LETTER = lazyRegExp(`[${CASELESS_LETTERS}]`, 'u');
/** A piece that ends in a comma goes on in the next segment. */
const CONTINUES = lazyRegExp(String.raw`[,\u3001\uff0c\u060c]\s*$`, 'u');
/** The marks and white space a piece ends with. */
const TRAILING_MARKS = lazyRegExp(String.raw`[\s\p{P}]+$`, 'u');
const WORD = lazyRegExp(String.raw`[\p{L}\p{M}\p{N}]+`, 'gu');
const LETTER_OR_DIGIT = lazyRegExp(String.raw`[\p{L}\p{N}]`, 'gu');

/** A piece's size: its words where the script spaces them, its letters and digits where it does not. */
function size(piece: string, unspaced: boolean): number {
  return (piece.match(unspaced ? LETTER_OR_DIGIT() : WORD()) ?? []).length;
}

/**
 * The letter of the language's script (with its combining marks: Hindi है) right before a mark, or
 * undefined when a digit, a bracket, a quote or a Latin letter is.
 */
function endingBefore(text: string, mark: number): string | undefined {
  const m = ENDING().exec(text.slice(Math.max(0, mark - 8), mark));
  return m?.[0];
}
const ENDING = lazyRegExp(String.raw`[${CASELESS_LETTERS}]\p{M}*$`, 'u');

const endingsCache = new WeakMap<CheckContext, ReadonlySet<string> | undefined>();

/**
 * The letters the document's sentences end in, learnt from the last marks of its segments (a
 * segment ends a sentence where the translator ended it), when the document has MIN_ENDINGS such
 * ends and a few letters (MAX_ENDINGS) end nearly all of them (ENDINGS_COVER) but not most of its
 * words (MAX_WORD_SHARE): an inflection that closes sentences, as in a language whose verb comes
 * last (Korean 다 요, Japanese す た). Undefined otherwise: Chinese sentences end in any word, and
 * Arabic's few letters end its sentences as they end any of its words.
 */
function documentEndings(ctx: CheckContext, unspaced: boolean): ReadonlySet<string> | undefined {
  if (endingsCache.has(ctx)) return endingsCache.get(ctx);
  const { text } = ctx;
  const counts = new Map<string, number>();
  let total = 0;
  const pairs = checkablePairs(ctx);
  for (const p of pairs) {
    const last = targetMarks(ctx, p).at(-1);
    if (!last || isBreak(last) || last.kind !== 'end' || last.question) continue;
    const ending = endingBefore(text, last.mark);
    if (ending === undefined) continue;
    counts.set(ending, (counts.get(ending) ?? 0) + 1);
    total++;
  }
  let learnt: Set<string> | undefined;
  if (total >= MIN_ENDINGS) {
    const top = new Set([...counts].sort((a, b) => b[1] - a[1]).slice(0, MAX_ENDINGS).map(([e]) => e));
    let covered = 0;
    for (const e of top) covered += counts.get(e)!;
    if (covered >= ENDINGS_COVER * total && wordShare(text, pairs, top, unspaced) <= MAX_WORD_SHARE) learnt = new Set(counts.keys());
  }
  endingsCache.set(ctx, learnt);
  return learnt;
}

/** The share of the words of the translation (its letters, where it writes no spaces) that end in one of `endings`. */
function wordShare(text: string, pairs: readonly SegmentPair[], endings: ReadonlySet<string>, unspaced: boolean): number {
  const unit = unspaced ? ANY_LETTER() : WORD_END();
  let all = 0;
  let ending = 0;
  for (const p of pairs) {
    for (const m of text.slice(p.start, p.end).matchAll(unit)) {
      all++;
      if (endings.has(m[0])) ending++;
    }
  }
  return all === 0 ? 1 : ending / all;
}
/** A letter of a script without case with its combining marks. */
const ANY_LETTER = lazyRegExp(String.raw`[${CASELESS_LETTERS}]\p{M}*`, 'gu');
/** The same at the end of a word. */
const WORD_END = lazyRegExp(String.raw`[${CASELESS_LETTERS}]\p{M}*(?![\p{L}\p{M}\p{N}])`, 'gu');
