// urlish (lib/catalogue/addresses.ts) reads only the characters around a word, never the word's own:
// that holds while the tokenizer puts none of the marks it looks for (@ # _ \ / .) in a word. And a
// long stretch of glued words, read once for all of them, answers as reading it for each word did.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gluedInAddress, isBlank, urlishWord } from '../lib/catalogue/addresses.js';
import { CLASS, K_IDEO, isLetterClass } from '../lib/catalogue/charclass.js';
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

/** The stretch of a word read for each word, as urlish did before long stretches were kept. */
function urlishByWord(text: string, start: number, end: number, lo: number, hi: number): boolean {
  const inAddress = (c: number) => !(isBlank(c) || CLASS[c] === K_IDEO || (c >= 0x3000 && c < 0x3040) || (c >= 0xff00 && c < 0xfff0)) && !`"“„«»‘‚'(「『【["”“»«’‘')」』】]`.includes(String.fromCharCode(c));
  const letter = (i: number) => isLetterClass(CLASS[text.charCodeAt(i)]);
  let s = start;
  while (s > lo && inAddress(text.charCodeAt(s - 1))) s--;
  let e = end;
  while (e < hi && inAddress(text.charCodeAt(e))) e++;
  for (let i = s; i < e; i++) {
    if (i >= start && i < end) continue;
    const c = text.charCodeAt(i);
    if (c === 64 || c === 35 || c === 95 || c === 92 || (c === 47 && i + 1 < e && letter(i + 1)) || (c === 46 && i > s && i + 2 < e && letter(i + 1) && letter(i + 2))) return true;
  }
  return false;
}

describe('long stretches of glued words', () => {
  // Spaces rare, so that stretches run past LONG_STRETCH (64) characters on either side of a word,
  // and marks rare, so that a word's answer depends on where they stand.
  const piece = fc.oneof(
    { arbitrary: fc.constantFrom('w', 'ab', '\ufffc', '&', '-', '9', 'é'), weight: 60 },
    { arbitrary: fc.constantFrom('.', '.co', '/x', '@', '_'), weight: 2 },
    // Characters no address goes on through: a word of them (中) has a stretch of its own.
    { arbitrary: fc.constantFrom('中', "'", '「'), weight: 1 },
    { arbitrary: fc.constant(' '), weight: 1 },
  );
  it('answer for each word as the stretch read for that word does', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 40, maxLength: 600, size: 'max' }).map((p) => p.join('')), fc.nat(), fc.nat(), (text, a, b) => {
        const t = tokenize(text);
        const lo = a % (text.length + 1);
        const hi = lo + (b % (text.length - lo + 1));
        for (let i = 0; i < t.count; i++) {
          const start = t.start[i];
          const end = endOfWord(t, i);
          // Both windows asked in turn, as the rules do: each asking anew replaces the kept stretch.
          if (start >= lo && end <= hi) expect(gluedInAddress(text, t, i, lo, hi)).toBe(urlishByWord(text, start, end, lo, hi));
          const spaced = isBlank(text.charCodeAt(start - 1)) && isBlank(text.charCodeAt(end));
          expect(urlishWord(text, t, i)).toBe(!spaced && urlishByWord(text, start, end, 0, text.length));
        }
      }),
      { numRuns: 300 },
    );
  });
});
