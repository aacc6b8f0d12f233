// urlish (lib/catalogue/addresses.ts) reads only the characters around a word, never the word's own:
// that holds while the tokenizer puts none of the marks it looks for (@ # _ \ / .) in a word.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endOfWord, tokenize } from '../lib/catalogue/tokens.js';

const pieces = ['@', '#', '_', '\\', '/', '.', "'", '’', '-', 'abc', 'Слово', '例', 'x2', '9', ' ', 'é', '\u0301'];

describe('address marks', () => {
  it('are never part of a word', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join('')), (text) => {
        const t = tokenize(text);
        for (let i = 0; i < t.count; i++) expect(text.slice(t.start[i], endOfWord(t, i))).not.toMatch(/[@#_\\/.]/);
      }),
      { numRuns: 3000 },
    );
  });
});
