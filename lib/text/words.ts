// Word count for the report summary: one pass of charCodeAt, no regex. A word is a run of
// letters or digits; each Han or Kana character counts as one (those scripts do not space words).

import { scriptOf } from './script.js';

/** 1 for ASCII letters, digits and the apostrophe. */
const ASCII_WORD = new Uint8Array(128).map((_, c) => Number((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39));

export function countWordsIn(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let word: boolean;
    if (c < 128) word = ASCII_WORD[c] === 1;
    else {
      const s = scriptOf(c);
      if (s === 'Han' || s === 'Kana') {
        n++;
        inWord = false;
        continue;
      }
      word = s !== undefined || (c >= 0x300 && c < 0x370);
    }
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}
