// Function-word lookup for the language rules: one open-addressing table from the tokenizer's
// case-folded word hash to a bit mask of the catalogue languages that use the word. A lookup is
// a couple of typed-array reads, cheap enough to run on every word of a 30 MB text.

import { FOLD } from './charclass.js';
import { LANGUAGES } from './languages.js';

const SIZE = 4096;
const keys = new Int32Array(SIZE);
const masks = new Uint32Array(SIZE);
const used = new Uint8Array(SIZE);

/** The tokenizer's hash (FNV-1a over folded code units, ’ read as '). */
export function wordHash(word: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (c === 0x2019) c = 39;
    h = Math.imul(h ^ FOLD[c], 0x01000193);
  }
  return h;
}

function insert(hash: number, bit: number): void {
  let slot = hash & (SIZE - 1);
  while (used[slot] && keys[slot] !== hash) slot = (slot + 1) & (SIZE - 1);
  used[slot] = 1;
  keys[slot] = hash;
  masks[slot] |= bit;
}

LANGUAGES.forEach((lang, index) => {
  for (const w of lang.stopwords.split(' ')) if (w) insert(wordHash(w), 1 << index);
});

/** Length of the longest function word: longer words need no lookup. */
export const MAX_STOPWORD = Math.max(...LANGUAGES.flatMap((l) => l.stopwords.split(' ').map((w) => w.length)));

/** Bit mask (bit i = LANGUAGES[i]) of the languages with this word among their function words. */
export function stopwordMask(hash: number): number {
  let slot = hash & (SIZE - 1);
  while (used[slot]) {
    if (keys[slot] === hash) return masks[slot];
    slot = (slot + 1) & (SIZE - 1);
  }
  return 0;
}
