// Which registry language a span of text is in, judged on the span alone: what the document-level
// detection does, for one sentence or one translation unit (the bilingual checks confirm an
// untranslated unit with it). The script decides where one language owns it; otherwise common
// words, alphabets and franc, as in detect.ts. Costs one franc call at most; reads at most 2,000
// characters of the span.

import type { ScriptName } from '../text/script.js';
import { countScripts, dominantScript } from '../text/script.js';
import { decide, spanVotes, spelledIn, wordVotes } from './detect.js';
import { readableCase } from '../text/readable-case.js';
import { Info, type Tokens } from '../catalogue/tokens.js';
import { profileFor, scriptLanguage } from './index.js';

export interface SpanLanguage {
  /** ISO 639-1 code of a registry language. */
  code: string;
  name: string;
  /** Script of most of the span's letters. */
  script: ScriptName;
  /** 0..1: how clearly the evidence points to it, lowered for short spans. */
  confidence: number;
  /** Whether mtqa has a full profile for the language. */
  supported: boolean;
}

/** Below this many letters nothing is said. */
const MIN_LETTERS = 10;
/** From this many letters on, a span's evidence is taken at full weight. */
const FULL_LETTERS = 60;
const MAX_CHARS = 2000;

/**
 * The registry language text[start, end) is written in, or undefined when it cannot be told.
 * `words`, the words of the whole text with one starting at `start` (words.tokens.start[words.first]),
 * saves tokenizing the span again; the answer is the same.
 */
export function identifyLanguage(text: string, start = 0, end = text.length, words?: { tokens: Tokens; first: number }): SpanLanguage | undefined {
  const cut = Math.min(end, start + MAX_CHARS);
  const span = text.slice(start, cut);
  const counts = countScripts(span);
  const script = dominantScript(counts);
  if (!script || counts.letters < MIN_LETTERS) return undefined;
  const share = (counts.counts.get(script) ?? 0) / counts.letters;
  const implied = scriptLanguage(script);
  // A span written in capitals (a heading, a notice) is read in lowercase, as detection reads a
  // document's samples: as written, its every word is an acronym and no common word. A script of
  // one language needs no reading, nor a span whose first word is not in capitals: a look at each
  // of its letters cost 10 MB of mixed text (10,000 passages) 0.8 % of its instructions.
  const read = implied || (words && !beginsInCapitals(words.tokens, words.first, cut)) ? span : readableCase(span);
  const votes = implied ? undefined : words && read === span ? spanVotes(text, words.tokens, words.first, cut, script) : wordVotes([read], script);
  const verdict = votes ? decide([read], script, votes) : { language: implied!, confidence: 1 };
  // The best-fitting alphabet may still lack the letters of more than loanwords: a language
  // outside the registry (Belarusian in Łacinka read as Croatian), as a document would be.
  if (!verdict || (votes && !spelledIn(votes, verdict.language))) return undefined;
  const { language } = verdict;
  const weight = implied ? 1 : Math.min(1, counts.letters / FULL_LETTERS);
  return {
    code: language.code,
    name: language.name,
    script,
    confidence: Math.round(verdict.confidence * share * weight * 100) / 100,
    supported: profileFor(language.code) !== undefined,
  };
}

/** Whether the first word with a letter of `t` from token `i` on, starting before `end`, is written in capitals. */
function beginsInCapitals(t: Tokens, i: number, end: number): boolean {
  const { count, start, info } = t;
  while (i < count && start[i] < end && (info[i] & Info.HasLetter) === 0) i++;
  return i < count && start[i] < end && (info[i] & Info.ShapeMask) === Info.ShapeUpper;
}
