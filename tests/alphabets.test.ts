// The alphabet tables language identification reads per character (lib/catalogue/alphabets.ts).
import { describe, expect, it } from 'vitest';
import { ASCII_LACKING, MAIN, isAsciiLetter } from '../lib/catalogue/alphabets.js';
import { wordLanguages } from '../lib/catalogue/stopwords.js';

function bitOf(code: string): number {
  const k = wordLanguages('Latin').findIndex((l) => l.code === code);
  expect(k, code).toBeGreaterThanOrEqual(0);
  return 1 << k;
}

describe('ASCII_LACKING', () => {
  it('is ~MAIN for each ASCII letter and 0 for every other unit below U+00C0', () => {
    for (let c = 0; c < 0xc0; c++) expect(ASCII_LACKING[c], String.fromCharCode(c)).toBe(isAsciiLetter(c) ? ~MAIN[c] : 0);
  });

  it('holds the languages whose alphabet lacks the letter: Latvian lacks y, Lithuanian has it', () => {
    for (const y of ['y', 'Y']) {
      expect(ASCII_LACKING[y.charCodeAt(0)] & bitOf('lv')).not.toBe(0);
      expect(ASCII_LACKING[y.charCodeAt(0)] & bitOf('lt')).toBe(0);
    }
    expect(ASCII_LACKING['a'.charCodeAt(0)] & (bitOf('lv') | bitOf('lt'))).toBe(0);
  });
});
