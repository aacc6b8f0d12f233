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
  // First the search for a separator followed by a space, from the span outwards: running text
  // has one within a sentence or two, and a paragraph of prose may be thousands of characters
  // long (a walk to its start for every passage judged in it was 4 % of a check).
  let to = start;
  for (; to < text.length; to++) {
    const c = text.charCodeAt(to);
    if (c === 10 && to >= end) break;
    if (isSpacedSeparator(text, c, to)) return false;
  }
  let from = start;
  for (let c; from > 0 && (c = text.charCodeAt(from - 1)) !== 10; from--) {
    if (isSpacedSeparator(text, c, from - 1)) return false;
  }
  let separators = 0;
  for (let i = from + 1; i + 1 < to; i++) {
    const c = text.charCodeAt(i);
    // Between letters: "1,5" and "3,2" are decimals.
    if ((c === 44 || c === 59) && isLetterAt(text, i - 1) && isLetterAt(text, i + 1)) separators++;
  }
  return separators >= MIN_SEPARATORS;
}

/** Whether c, at text[i], is a comma or semicolon with a space after it. */
function isSpacedSeparator(text: string, c: number, i: number): boolean {
  return (c === 44 || c === 59) && i + 1 < text.length && isInlineSpace(text.charCodeAt(i + 1));
}
