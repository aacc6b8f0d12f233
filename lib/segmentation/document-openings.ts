// What opens the sentences of a document in a script without case, learnt from the document itself:
// where a language has no treebank to say which of its words never open a sentence (Telugu, Gujarati,
// Kannada, Sinhala, Amharic…), the document says so by its counts. A word it writes again and again
// inside its sentences and opens none with, where chance would open many (Gujarati છે "is", અને
// "and", Telugu లో "in"), is a postposition, an auxiliary, a conjunction between words: a sentence
// that opens with it is the rest of the sentence before, cut by a stray mark. The same test as the
// treebanks' (scripts/ud-caseless-words.py: frequent enough that chance would open ten sentences
// with it, and opening none), on the document's own sentences.

import type { CheckContext } from '../context.js';
import { ETHIOPIC_WORDSPACE } from '../catalogue/marks.js';
import { endsCaselessSentenceAt } from './caseless.js';
import { lazyRegExp } from '../text/lazy-regexp.js';

/** Sentences that chance would open with a word, at least, for one that opens none to count as never opening one. */
const CHANCE_OPENINGS = 10;
/**
 * Code units of the longest one-letter word whose periods are counted: a letter and a vowel sign
 * (તે, ಈ, დ). A letter with more marks counts as a word (writesAsWord). Counting every word's
 * periods cost Arabic text up to 3 % of its instructions.
 */
const LETTER_UNITS = 2;

interface Openings {
  /** Per word, its occurrences in the document, the sentences it opens, and (up to LETTER_UNITS code units) the times a period follows it. */
  freq: ReadonlyMap<string, number>;
  opens: ReadonlyMap<string, number>;
  periods: ReadonlyMap<string, number>;
  /** Sentences per word of the document: the chance that a word opens one. */
  sentenceShare: number;
}

/**
 * The word that opens the sentence at `start` when the document shows that it opens none: no other
 * of its sentences opens with it, though chance would open CHANCE_OPENINGS of them with it;
 * undefined otherwise.
 */
export function wordThatOpensNoSentence(ctx: CheckContext, start: number): string | undefined {
  WORD().lastIndex = start;
  const m = WORD().exec(ctx.text);
  if (m === null || m.index !== start) return undefined;
  const word = m[0];
  const openings = openingsOf(ctx);
  // The sentence's own opening counted once among them.
  if ((openings.opens.get(word) ?? 0) > 1) return undefined;
  return (openings.freq.get(word) ?? 0) * openings.sentenceShare >= CHANCE_OPENINGS ? word : undefined;
}

/**
 * Whether the document writes `word` as a word, without a period after it, more often than with
 * one: a one-letter word that is no initial (Kannada ಈ "this", Pashto و "was"), where an initial
 * (Georgian "დ. და ლ. პაკარდების", D. and L. Packard) mostly has its period.
 */
export function writesAsWord(ctx: CheckContext, word: string): boolean {
  const { freq, periods } = openingsOf(ctx);
  const dotted = periods.get(word) ?? 0;
  return (freq.get(word) ?? 0) - dotted > dotted;
}

const cache = new WeakMap<CheckContext, Openings>();

/** One pass over the words of the document: each word's count, the sentences it opens (at a line's start or after a sentence mark), and the periods after it. */
function openingsOf(ctx: CheckContext): Openings {
  let openings = cache.get(ctx);
  if (openings) return openings;
  const { text } = ctx;
  const freq = new Map<string, number>();
  const opens = new Map<string, number>();
  const periods = new Map<string, number>();
  let words = 0;
  let sentences = 0;
  const pattern = WORD();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const word = m[0];
    words++;
    freq.set(word, (freq.get(word) ?? 0) + 1);
    // Only a word of one letter is asked about (writesAsWord): the others need no count.
    if (word.length <= LETTER_UNITS && text.charCodeAt(pattern.lastIndex) === 46) periods.set(word, (periods.get(word) ?? 0) + 1);
    if (opensSentence(ctx, m.index)) {
      sentences++;
      opens.set(word, (opens.get(word) ?? 0) + 1);
    }
  }
  openings = { freq, opens, periods, sentenceShare: words === 0 ? 0 : sentences / words };
  cache.set(ctx, openings);
  return openings;
}

/**
 * Whether the word at text[i] opens a sentence: the first of its line, or the first after a
 * sentence mark (past space and opening quotes and brackets; the second ፡ of ፡፡ is the mark's end).
 */
function opensSentence(ctx: CheckContext, i: number): boolean {
  const { text } = ctx;
  let j = i - 1;
  while (j >= 0 && OPENING().test(text[j])) j--;
  if (j < 0 || text[j] === '\n' || text[j] === '\r') return true;
  return endsCaselessSentenceAt(ctx, j, text.length) || (j > 0 && text[j] === ETHIOPIC_WORDSPACE && endsCaselessSentenceAt(ctx, j - 1, text.length));
}

/**
 * A word as the space delimits it: letters, combining marks, digits, the joiners inside words
 * (Malayalam, Sinhala), and the marks that scripts written without spaces put between syllables,
 * the zero-width space (Lao, Khmer, Myanmar) and the Tibetan tsheg ་ ༌: their syllables are no words,
 * and a phrase between spaces is too rare to count.
 */
const WORD = lazyRegExp(String.raw`[\p{L}\p{M}\p{N}\u200b-\u200d\u0f0b\u0f0c]+`, 'gu');
/** What may stand between a sentence mark and the next sentence's first word: space, opening quotes and brackets. */
const OPENING = lazyRegExp(String.raw`[ \t\u00a0"'“‘«(\[]`, 'u');
