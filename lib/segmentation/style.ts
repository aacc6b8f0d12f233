// Judgements about the words after a boundary and about a paragraph's capitalisation habit,
// shared by the segmentation rules.

import { isLowerAt, isUpperAt, isWordCharAt, isInlineSpace, isOpener } from '../text/chars.js';
import { nextWord, type Boundary, type BoundaryScan, type NextWord, type Paragraph } from './boundaries.js';
import type { Lexicon } from './lexicon.js';

/**
 * Words whose lowercase start proves nothing: lowercase on purpose (listed bylines and chat
 * words), mixed case (iPhone, eBay, xVASynth), or not words at all (URLs, handles, paths, "no."
 * after "parc.": a chain of abbreviations).
 */
export function isDeliberateLowercase(text: string, w: NextWord, lex: Lexicon): boolean {
  const word = text.slice(w.start, w.end);
  if (lex.lowercaseWords.has(word.toLowerCase())) return true;
  for (let i = w.start + 1; i < w.end; i++) if (isUpperAt(text, i)) return true;
  const token = text.slice(w.start, w.tokenEnd);
  if (/[@/\\#_]|\.\p{L}/u.test(token.replace(/[.,;:!?)"'”’»]+$/u, ''))) return true;
  // "n." "p." "pp.": a one- or two-letter abbreviation is a citation or unit, not a sentence start
  // (but a two-letter word of the language, German "an.", is a stranded fragment).
  if (token.charCodeAt(word.length) === 46 && (word.length === 1 || (word.length === 2 && !lex.functionWords.has(word.toLowerCase())))) return true;
  // A handle followed by a timestamp is a forum or comment signature ("liverbird yesterday, 19:06").
  if (!lex.functionWords.has(word.toLowerCase()) && TIMESTAMP.test(text.slice(w.tokenEnd, w.tokenEnd + 24))) return true;
  return false;
}

const TIMESTAMP = /^\s+(?:\p{L}+,?\s+)?(?:\d{1,2}:\d{2}|\d{1,2}\.?\s+\p{L}{3,9}\.?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{2,4})/u;

export type CaseStyle = 'capitalised' | 'lowercase';

/** "1.", "12)", "a.", "iv)", "- ": not "the. " (a word of three letters is no label). */
const LIST_LABEL = /(?:\d{1,3}|\p{L}|[ivxlcdm]{1,5})[.)]\s+|[-*•–—]\s+/uy;

/**
 * Whether a paragraph writes its sentences in lowercase on purpose (chat, informal notes):
 * it starts in lowercase and no sentence in it starts with a capital, or most of its sentence
 * starts are lowercase. A paragraph that starts in lowercase (a segment cut from a longer text)
 * but capitalises its other sentences is not informal. List labels ("c.", "4)")
 * at the start are skipped and the word after them proves nothing (legal items start lowercase).
 */
export function paragraphStyle(text: string, scan: BoundaryScan, p: Paragraph): CaseStyle {
  const lex = scan.lexicon;
  let i = p.start;
  while (i < p.end && (isInlineSpace(text.charCodeAt(i)) || isOpener(text.charCodeAt(i)))) i++;
  LIST_LABEL.lastIndex = i;
  const labelled = LIST_LABEL.test(text);
  let upper = 0;
  let lower = 0;
  let startsLower = false;
  if (!labelled && i < p.end && isWordCharAt(text, i)) {
    const w = nextWord(text, { next: i } as Boundary, p.end);
    if (w && !isDeliberateLowercase(text, w, lex)) {
      if (isLowerAt(text, i)) startsLower = true;
      else if (isUpperAt(text, i)) upper++;
    }
  }
  for (let k = p.first; k < p.last; k++) {
    const b = scan.boundaries[k];
    if (b.kind !== 'end' || b.next >= p.end) continue;
    const w = nextWord(text, b, p.end);
    if (!w || w.end === w.start || isDeliberateLowercase(text, w, lex)) continue;
    if (isLowerAt(text, w.start)) lower++;
    else if (isUpperAt(text, w.start)) upper++;
  }
  // Starting in lowercase with no capitalised sentence after it, or three lowercase starts that
  // outnumber the capitalised ones: a habit, not a slip.
  if (startsLower && upper === 0) return 'lowercase';
  return lower >= 3 && lower > upper ? 'lowercase' : 'capitalised';
}

/** Number of words in text[start, end) (runs of word characters). */
export function countWords(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const w = isWordCharAt(text, i);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}
