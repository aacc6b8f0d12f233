// A list of keywords, symbols or aliases joined by commas or semicolons without spaces
// ("k,K,Kelvin,kelvin", "calculation;arithmetic;scientific;", "Font per négyzethüvelyk,psi"): data
// that a program splits (a .desktop file's Keywords, a calculator's unit names), not running text,
// which puts a space after its commas in every script that spaces its words. Translators keep such
// lists partly in the source language on purpose, so that the source's terms stay searchable.

import { isInlineSpace, isLetterAt } from './chars.js';

/** Fewest separators between items that make a line a list. */
const MIN_SEPARATORS = 2;

/**
 * Whether the line around text[start, end) is such a list: two separators or more between letters
 * (the end of one item and the start of the next), and none followed by white space.
 */
export function inKeywordList(text: string, start: number, end: number): boolean {
  // One walk over the line, out from the span: forwards to its end, then back to its start,
  // counting the separators on the way. The search for a separator followed by a space comes
  // first, as running text has one within a sentence or two and a paragraph of prose may be
  // thousands of characters long (a walk to its start for every passage judged in it was 4 % of a
  // check); a second walk to count separators read a list's line, or a comma-free one, twice again.
  // A separator at the line's first or last character has a line end or the text's end beside it,
  // no letter: counting it there or not is the same.
  let separators = 0;
  for (let to = start; to < text.length; to++) {
    const c = text.charCodeAt(to);
    if (c === 10 && to >= end) break;
    if (c === 44 || c === 59) {
      // Read before the test for a space, not after it: this can be compiled before a text's first
      // unspaced separator (running text spaces them), and a call that had never run by then had
      // no type feedback, so that separator threw the compiled function away.
      const between = betweenLetters(text, to);
      if (isSpacedSeparator(text, to)) return false;
      if (between) separators++;
    }
  }
  for (let from = start - 1, c; from >= 0 && (c = text.charCodeAt(from)) !== 10; from--) {
    if (c === 44 || c === 59) {
      if (isSpacedSeparator(text, from)) return false;
      if (betweenLetters(text, from)) separators++;
    }
  }
  return separators >= MIN_SEPARATORS;
}

/** Whether the comma or semicolon at text[i] has a space after it. */
function isSpacedSeparator(text: string, i: number): boolean {
  return i + 1 < text.length && isInlineSpace(text.charCodeAt(i + 1));
}

/** Whether the comma or semicolon at text[i] stands between letters: "1,5" and "3,2" are decimals. */
function betweenLetters(text: string, i: number): boolean {
  return isLetterAt(text, i - 1) && isLetterAt(text, i + 1);
}
