// What the registry tells of a language's sentences, learnt from the document itself for a cased
// language the registry does not list (Yakut, Livonian, Swahili…), the way Punkt learns a
// language's abbreviations from unlabelled text (Kiss & Strunk 2006). A registry language is
// known to open its sentences with a capital, so a lowercase word after the period of a whole
// word is a break; for another language that is first read off the document (a registry language
// without a full profile, which lists no abbreviations, is asked only for the second):
// - whether it opens its sentences with a capital: the lines that open a sentence (the first, and
//   each after a line that ends one) are capitalised, more often than chance would make them.
//   Sentences inside a line are no evidence either way: their lowercase openings are what is judged,
//   and in a translation broken at every line they are as many as the capitalised ones;
// - which short words before a period are words, not abbreviations: those the document writes
//   inside its sentences without a period, before a lowercase word, at least as often as with one
//   (Punkt's type evidence: "na", "ya", "өз" are words; "esim.", which has no such occurrences, may
//   be an abbreviation);
// - which longer lowercase words before a period are abbreviations: those the document writes with
//   a period every time, always before a lowercase word, and often (Punkt's other side: the Icelandic parliament's "hæstv. ráðherra", the
//   honourable minister, a dozen times and never "hæstv" alone; a word that ends a sentence is
//   written inside others too).
// Learnt once per check, when a candidate asks; never for a language with a full profile.

import { endOfWord, firstTokenAt, type Tokens } from '../catalogue/tokens.js';
import { isLetterAt, isLowerAt, isUpperAt } from '../text/chars.js';
import { countOccurrences, isWholeWord, type BoundaryScan, type Occurrences } from './boundaries.js';

export interface DocumentOrthography {
  /** The document opens its sentences with a capital, as every registry language does. */
  capitalises: boolean;
  /** Whether the word before sentence end k is one the document writes as a word (see wordEvidence). */
  isWord(k: number): boolean;
  /** Whether the whole word before sentence end k is one the document always writes with a period (see wordEvidence). */
  isAbbreviation(k: number): boolean;
}

/**
 * Highest chance that the document's sentence-opening lines are as often capitalised as they are
 * in a text that opens its sentences with a capital no more often than a coin would (one written
 * in lowercase, whose capitals are names): seven lines, all capitalised, are the shortest evidence.
 */
const CAPITALISED_CHANCE = 0.01;
/** Least share of sentence-opening lines capitalised: below it, a lowercase opening is the document's habit, not a slip. */
const CAPITALISED_SHARE = 0.75;
/** Lines from which CAPITALISED_SHARE capitalised is past CAPITALISED_CHANCE by Hoeffding's bound: 37. */
const CHANCE_BOUND_LINES = Math.ceil(Math.log(1 / CAPITALISED_CHANCE) / (2 * (CAPITALISED_SHARE - 0.5) ** 2));
/**
 * Fewest occurrences inside a sentence, without a period and before a lowercase word, that make a
 * short word a word: as many as the periods that make one an abbreviation (learnAbbreviations).
 */
const WORD_MIN_OCCURRENCES = 3;
/**
 * Fewest occurrences, each with a period, that make a whole word an abbreviation: as many as make a
 * short word a word. A word a translation breaks a sentence after three times, and never writes
 * inside one, is rare; the synthetic breaks, one word each, are never it.
 */
const ABBREVIATION_MIN_OCCURRENCES = WORD_MIN_OCCURRENCES;

const cache = new WeakMap<BoundaryScan, DocumentOrthography>();

/** The orthography of the document `scan` was made of (its text and words). */
export function documentOrthography(text: string, scan: BoundaryScan, tokens: Tokens): DocumentOrthography {
  let learnt = cache.get(scan);
  if (!learnt) {
    const capitalises = scan.lexicon.registered || opensWithCapitals(text, scan);
    const { words, abbreviations } = capitalises ? wordEvidence(text, scan, tokens) : { words: new Set<number>(), abbreviations: new Set<number>() };
    learnt = { capitalises, isWord: (k) => words.has(k), isAbbreviation: (k) => abbreviations.has(k) };
    cache.set(scan, learnt);
  }
  return learnt;
}

/**
 * Whether the lines that open a sentence (the first line with a letter, and each line after one
 * whose text ends with a sentence end) start with a capital more often than CAPITALISED_SHARE and
 * than chance (CAPITALISED_CHANCE). A line after a title, a heading or a line wrapped mid-sentence
 * tells nothing.
 */
function opensWithCapitals(text: string, scan: BoundaryScan): boolean {
  const { boundaries, paragraphs } = scan;
  let upper = 0;
  let lower = 0;
  let opens = true;
  for (let p = 0; p < paragraphs.count; p++) {
    const start = paragraphs.trimmedStart[p];
    const end = paragraphs.trimmedEnd[p];
    let i = start;
    while (i < end && !isLetterAt(text, i)) i++;
    if (i === end) continue;
    if (opens) {
      if (isUpperAt(text, i)) upper++;
      else if (isLowerAt(text, i)) lower++;
    }
    const last = paragraphs.last(p) - 1;
    opens = last >= paragraphs.first[p] && boundaries.isEnd(last) && boundaries.next[last] >= end;
  }
  const n = upper + lower;
  if (n === 0 || upper < CAPITALISED_SHARE * n) return false;
  // From CHANCE_BOUND_LINES on, the share alone is past chance (Hoeffding: P <= exp(-2n(3/4 - 1/2)^2)):
  // the exact tail is summed for short documents only.
  return n >= CHANCE_BOUND_LINES || upperTail(n, upper) < CAPITALISED_CHANCE;
}

/** P(X >= k) for X ~ Binomial(n, 1/2), summed in the log domain. */
function upperTail(n: number, k: number): number {
  // log C(n, k), then each next term from the one before.
  let logTerm = -n * Math.LN2;
  for (let i = 1; i <= k; i++) logTerm += Math.log((n - k + i) / i);
  let sum = 0;
  for (let j = k; j <= n; j++) {
    sum += Math.exp(logTerm);
    logTerm += Math.log((n - j) / (j + 1));
  }
  return sum;
}

/**
 * The sentence ends before a lowercase word whose word is short (no whole word, see isWholeWord)
 * and written by the document as a word: inside a sentence, without a period and before a
 * lowercase word, WORD_MIN_OCCURRENCES times or more and at least as often as with a period; and
 * those whose word is whole, lowercase, and written by the document with a period before a
 * lowercase word every time, ABBREVIATION_MIN_OCCURRENCES times or more. One pass over the words, made only when there are
 * such sentence ends.
 */
function wordEvidence(text: string, scan: BoundaryScan, t: Tokens): { words: Set<number>; abbreviations: Set<number> } {
  const bs = scan.boundaries;
  const tokenOf = new Map<number, number>();
  const counts = new Map<number, Occurrences>();
  for (let k = 0; k < bs.count; k++) {
    // Sentence ends, and initials: a lowercase letter may be a word of the language ("a", "u").
    const kind = bs.kind(k);
    if ((kind !== 'end' && kind !== 'initial') || !bs.lowercaseNext(k) || bs.wordEnd[k] !== bs.mark[k]) continue;
    const i = firstTokenAt(t, bs.wordStart[k]);
    if (i >= t.count || t.start[i] !== bs.wordStart[k] || endOfWord(t, i) !== bs.wordEnd[k]) continue;
    tokenOf.set(k, i);
    if (!counts.has(t.hash[i])) counts.set(t.hash[i], [0, 0, 0, 0]);
  }
  const words = new Set<number>();
  const abbreviations = new Set<number>();
  if (tokenOf.size === 0) return { words, abbreviations };
  // How often each word is such a sentence end: a period before a lowercase word.
  const beforeLowercase = new Map<number, number>();
  for (const i of tokenOf.values()) beforeLowercase.set(t.hash[i], (beforeLowercase.get(t.hash[i]) ?? 0) + 1);
  countOccurrences(text, t, counts);
  for (const [k, i] of tokenOf) {
    const [all, withPeriod, inSentence] = counts.get(t.hash[i])!;
    if (isWholeWord(text, bs.wordStart[k], bs.wordEnd[k])) {
      // Every time with a period, and every time before a lowercase word: a word that ends a
      // sentence somewhere is one, though breaks follow it twice more. Lowercase only: a
      // capitalised word always written with a period is as often a label ("Ülesanne.", exercise).
      if (withPeriod >= ABBREVIATION_MIN_OCCURRENCES && withPeriod === all && beforeLowercase.get(t.hash[i]) === withPeriod && isLowerAt(text, bs.wordStart[k])) abbreviations.add(k);
    } else if (inSentence >= WORD_MIN_OCCURRENCES && inSentence >= withPeriod) words.add(k);
  }
  return { words, abbreviations };
}
