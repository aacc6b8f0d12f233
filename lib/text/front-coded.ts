// Sorted word lists written front-coded, as the generated tables ship them (scripts/front-code.ts):
// each word a digit for the length of the start it shares with the word before it, the rest of
// the word, and a digit for its value. Words that share their starts (a language's plural and
// case forms: "kilometer", "kilometers", "kilometre") are written once each rest; a list is half
// its "word=value|…" size, read in one pass when first used.

/** The digits: ASCII, no quote or backslash, and no character of a word written with them (the generator checks). */
export const FRONT_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ!#%&()*+,:;<=>?@[]^_|~';

/** Calls `each` with every word of a front-coded `list` and its value (the index of its value digit), in order. */
export function forEachFrontCoded(list: string, each: (word: string, value: number) => void): void {
  let previous = '';
  for (let i = 0; i < list.length; ) {
    const shared = FRONT_DIGITS.indexOf(list[i++]);
    let end = i;
    while (end < list.length && !FRONT_DIGITS.includes(list[end])) end++;
    const word = previous.slice(0, shared) + list.slice(i, end);
    each(word, FRONT_DIGITS.indexOf(list[end]));
    previous = word;
    i = end + 1;
  }
}
