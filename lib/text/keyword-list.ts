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
  let from = start;
  while (from > 0 && text.charCodeAt(from - 1) !== 10) from--;
  let to = end;
  while (to < text.length && text.charCodeAt(to) !== 10) to++;
  let separators = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 44 && c !== 59) continue;
    if (i + 1 < to && isInlineSpace(text.charCodeAt(i + 1))) return false;
    // Between letters: "1,5" and "3,2" are decimals.
    if (i > from && i + 1 < to && isLetterAt(text, i - 1) && isLetterAt(text, i + 1)) separators++;
  }
  return separators >= MIN_SEPARATORS;
}
