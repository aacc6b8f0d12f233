// Code that stands for a `\p{…}` regular expression a check would otherwise build (its parse and
// compile are a fixed cost of every check: lib/text/lazy-regexp.ts) must say what the expression
// says on every input. Each is compared with the expression it replaces: on every code point in the
// places the property classes read, and on random strings of the letters, marks, surrogates and
// separators where the two could part.
import { describe, expect, it } from 'vitest';
import { codePointWidth, isLetterOrMarkAt } from '../lib/text/chars.js';
import { endsDrawnOut, laughs, STICKY_OPENINGS } from '../lib/segmentation/style.js';

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const LAUGHTER = /(?<![\p{L}\p{M}])(?:([hjxх])([aeiouаеиоэі])(?:\1\2)+\1?|([aeiouаеиоэ])([hjxх])(?:\3\4)+\3?|k{3,})(?![\p{L}\p{M}])/iu;
const DRAWN_OUT_END = /(\p{Ll})\1\1$/u;

/** Every code point as a string, lone surrogates included. */
function* everyCodePoint(): Generator<string> {
  for (let cp = 0; cp <= 0x10ffff; cp++) yield String.fromCodePoint(cp);
}

/** A deterministic pseudo-random generator (xorshift), so a failure can be replayed. */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

/** Strings of 1 to 12 pieces drawn from `pieces`. */
function* randomStrings(pieces: string[], count: number, seed: number): Generator<string> {
  const next = random(seed);
  for (let n = 0; n < count; n++) {
    let s = '';
    const length = 1 + Math.floor(next() * 12);
    for (let k = 0; k < length; k++) s += pieces[Math.floor(next() * pieces.length)];
    yield s;
  }
}

// Letters the expressions name in both cases, the Kelvin sign (k under `i`), other letters, marks
// (U+0301, an astral mark U+1D167), an astral letter, the Armenian marks chars.ts counts in words
// (punctuation to \p), digits, separators and lone surrogates.
const PIECES = ['h', 'H', 'a', 'A', 'j', 'e', 'x', 'X', 'х', 'Х', 'а', 'А', 'е', 'і', 'o', 'u', 'k', 'K', '\u212a', 'é', 'z', 'ß', '\u0301', '\u{1D167}', '\u{1D400}', '\u055b', '1', ' ', '-', "'", '\ud835', '\udc00', '😀'];

describe('isLetterOrMarkAt: /[\\p{L}\\p{M}]/u', () => {
  it('agrees on every code point, and codePointWidth steps over it', () => {
    const wrong: number[] = [];
    for (const s of everyCodePoint()) {
      if (isLetterOrMarkAt(s, 0) !== LETTER_OR_MARK.test(s) || codePointWidth(s, 0) !== s.length) wrong.push(s.codePointAt(0)!);
    }
    expect(wrong).toEqual([]);
  });
});

describe('laughs: laughter as a whole word', () => {
  it('agrees with the expression on every code point before and after laughter', () => {
    const wrong: string[] = [];
    for (const c of everyCodePoint()) {
      for (const s of [c + 'haha', 'haha' + c]) if (laughs(s) !== LAUGHTER.test(s)) wrong.push(s);
    }
    expect(wrong).toEqual([]);
  });

  it('agrees with the expression on random strings', () => {
    const wrong: string[] = [];
    for (const s of randomStrings(PIECES, 100_000, 0x9e3779b9)) if (laughs(s) !== LAUGHTER.test(s)) wrong.push(s);
    expect(wrong).toEqual([]);
  });

  it('finds laughter alone, and not inside a word', () => {
    expect(['hahaha', 'JaJaJa!', 'хахах', 'lol ahah', 'kkkk', 'Hahn', 'ahahx', 'xhaha', 'haha\u0301'].map(laughs)).toEqual([true, true, true, true, true, false, false, false, false]);
  });
});

describe('endsDrawnOut: a lowercase letter three times at the end', () => {
  it('agrees with the expression on every code point written two and three times', () => {
    const wrong: string[] = [];
    for (const c of everyCodePoint()) {
      for (const s of [c + c, c + c + c, c + c + c + 'a']) if (endsDrawnOut(s) !== DRAWN_OUT_END.test(s)) wrong.push(s);
    }
    expect(wrong).toEqual([]);
  });

  it('agrees with the expression on random strings', () => {
    const wrong: string[] = [];
    for (const s of randomStrings(['m', 'M', 'o', 'ß', '\u{1D41A}', '\ud835', '\udc1a', '\u0301', 'x', '!'], 100_000, 0x2545f491)) {
      if (endsDrawnOut(s) !== DRAWN_OUT_END.test(s)) wrong.push(s);
    }
    expect(wrong).toEqual([]);
  });

  it('finds sounds drawn out', () => {
    expect(['hummmm', 'sooo', 'Schifffahrt', 'MMM', 'no', '\u{1D41A}\u{1D41A}\u{1D41A}'].map(endsDrawnOut)).toEqual([true, true, false, false, false, true]);
  });
});

describe('stickyEnd: each opening matches wherever its expression does', () => {
  // White space of both widths, the openings' marks, letters and digits (an astral letter: up to
  // 30 code points, 60 code units, before a speaker's colon), a speaker, a timestamp, an addressee,
  // the retweet mark and lone surrogates.
  const pieces = [' ', '\t', '\n', '\u00a0', '\u3000', '[', ']', '<', '>', '@', '+', 'R', 'T', ':', '.', ')', '-', '*', '•', '–', '—', '1', '12', 'a', 'iv', 'Zoë', '\u0301', '\u{1D400}', '\u{1D400}'.repeat(29), '_', '|', '<weasel>', '[19:06]', '@anna', 'RT', '\ud835', '\udc00'];
  it('on random strings, at every offset', () => {
    const wrong: string[] = [];
    // Matches found per expression: each is tried where it matches, not only where it fails.
    const found = STICKY_OPENINGS.map(() => 0);
    STICKY_OPENINGS.forEach(([pattern, opening], k) => {
      const re = pattern();
      for (const s of randomStrings(pieces, 40_000, 0x1b873593)) {
        for (let i = 0; i < s.length; i++) {
          re.lastIndex = i;
          if (!re.test(s)) continue;
          found[k]++;
          opening.lastIndex = i;
          if (!opening.test(s)) wrong.push(`${re.source} at ${i} of ${JSON.stringify(s)}`);
        }
      }
    });
    expect(wrong).toEqual([]);
    expect(found.map((n) => n > 100)).toEqual(STICKY_OPENINGS.map(() => true));
  });
});
