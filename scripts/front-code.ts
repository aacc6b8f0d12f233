// Writes a word list front-coded, as lib/text/front-coded.ts reads it: for the generated tables.
import { FRONT_DIGITS } from '../lib/text/front-coded.js';

/**
 * `entries` ([word, value], value an index below FRONT_DIGITS' length), sorted by word in code-unit
 * order (then value), each written as a digit for the length of the start it shares with the word
 * before it, the rest of the word, and a digit for its value. Throws for a word with a digit in it
 * or a value out of range.
 */
export function frontCode(entries: readonly (readonly [word: string, value: number])[]): string {
  const sorted = [...entries].sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x - y));
  let previous = '';
  let out = '';
  for (const [word, value] of sorted) {
    if ([...word].some((c) => FRONT_DIGITS.includes(c))) throw new Error(`${JSON.stringify(word)} has a character of FRONT_DIGITS`);
    if (!(value >= 0 && value < FRONT_DIGITS.length)) throw new Error(`${JSON.stringify(word)}: value ${value} has no digit`);
    let shared = 0;
    while (shared < FRONT_DIGITS.length - 1 && shared < word.length && word[shared] === previous[shared]) shared++;
    // Not inside a surrogate pair: the rest would start with a lone surrogate, escaped in the module.
    if (shared > 0 && /[\uD800-\uDBFF]/.test(word[shared - 1])) shared--;
    out += FRONT_DIGITS[shared] + word.slice(shared) + FRONT_DIGITS[value];
    previous = word;
  }
  return out;
}
