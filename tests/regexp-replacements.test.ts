// Code that stands for a `\p{…}` regular expression a check would otherwise build (its parse and
// compile are a fixed cost of every check: lib/text/lazy-regexp.ts) must say what the expression
// says on every input. Each is compared with the expression it replaces: on every code point in the
// places the property classes read, and on random strings of the letters, marks, surrogates and
// separators where the two could part.
import { describe, expect, it } from 'vitest';
import { codePointWidth, isLetterOrMarkAt, isUpperAt, letterOrMarkRunEnd } from '../lib/text/chars.js';
import { betweenCommas, endsDrawnOut, FIRST_EMOJI_UNIT, laughs, SLANG_OPENING, STICKY_OPENINGS } from '../lib/segmentation/style.js';
import { INTERNET_SLANG } from '../lib/languages/international.js';
import { inVowelKnownScripts } from '../lib/segmentation/boundaries.js';
import { mayBeHan, wordStart } from '../lib/languages/autonyms.js';
import { random } from './seeded-random.js';

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const LAUGHTER = /(?<![\p{L}\p{M}])(?:([hjxх])([aeiouаеиоэі])(?:\1\2)+\1?|([aeiouаеиоэ])([hjxх])(?:\3\4)+\3?|k{3,})(?![\p{L}\p{M}])/iu;
const DRAWN_OUT_END = /(\p{Ll})\1\1$/u;
const VOWEL_KNOWN = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]+$/u;
const NAME_PART = /^\p{Lu}\p{M}*(?:\p{Ll}\p{M}*)+(?:['’-](?:\p{Lu}\p{M}*)?(?:\p{Ll}\p{M}*)+)*$/u;
const WORD = /[\p{L}\p{M}]+/gu;
const HAN = /^\p{Script=Han}+$/u;
const EMOJI = /(?![\u00a9\u00ae\u203c\u2049\u2122])\p{Extended_Pictographic}/u;

/** Every code point as a string, lone surrogates included. */
function* everyCodePoint(): Generator<string> {
  for (let cp = 0; cp <= 0x10ffff; cp++) yield String.fromCodePoint(cp);
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

describe('inVowelKnownScripts: every code point a letter of Latin, Cyrillic, Greek or Armenian', () => {
  it('agrees with the expression on every code point, alone and after a Latin letter', () => {
    const wrong: string[] = [];
    for (const c of everyCodePoint()) {
      for (const s of [c, 'a' + c, c + 'я']) if (inVowelKnownScripts(s) !== VOWEL_KNOWN.test(s)) wrong.push(s);
    }
    expect(wrong).toEqual([]);
  });

  it('agrees with the expression on random strings', () => {
    const wrong: string[] = [];
    // The plain ranges' edges (×, ÷, ɏ and ɐ, the Cyrillic marks), Greek, Armenian, ª, a mark, Han.
    const pieces = ['a', 'Z', 'é', '\u00d7', '\u00f7', '\u024f', '\u0250', 'я', 'Ӂ', '\u0482', '\u0483', '\u0485', '\u0489', '\u048a', '\u052f', '\u0530', 'α', 'ա', '\u00aa', '\u0301', '中', '1', '-', ' ', '\ud835', '\udc00'];
    for (const s of randomStrings(pieces, 100_000, 0x27d4eb2d)) if (inVowelKnownScripts(s) !== VOWEL_KNOWN.test(s)) wrong.push(s);
    expect(inVowelKnownScripts('')).toBe(VOWEL_KNOWN.test(''));
    expect(wrong).toEqual([]);
  });
});

describe('isUpperAt as the opening of a name part', () => {
  it('holds every \\p{Lu} code point, and what else it holds opens no NAME_PART', () => {
    const wrong: string[] = [];
    for (const c of everyCodePoint()) {
      const upper = /^\p{Lu}/u.test(c);
      if (upper && !isUpperAt(c, 0)) wrong.push(c);
      if (!upper && isUpperAt(c, 0) && NAME_PART.test(c + 'a')) wrong.push(c);
    }
    expect(wrong).toEqual([]);
    expect(NAME_PART.test('\u01c5a')).toBe(false); // ǅ: titlecase, which isUpperAt holds
  });
});

describe('wordStart and letterOrMarkRunEnd: WORD, /[\\p{L}\\p{M}]+/gu', () => {
  it('find its matches at every offset of random strings', () => {
    const wrong: string[] = [];
    let found = 0;
    for (const s of randomStrings(PIECES, 40_000, 0x85ebca6b)) {
      for (let i = 0; i <= s.length; i++) {
        WORD.lastIndex = i;
        const m = WORD.exec(s);
        const from = wordStart(s, i);
        const expected = m === null ? [s.length, s.length] : [m.index, m.index + m[0].length];
        if (m !== null) found++;
        if (from !== expected[0] || (m !== null && letterOrMarkRunEnd(s, from) !== expected[1])) wrong.push(`${i} of ${JSON.stringify(s)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(found).toBeGreaterThan(100_000);
  });
});

describe('mayBeHan: the code units a Han character may start with', () => {
  it('holds the first unit of every code point HAN matches', () => {
    const wrong: number[] = [];
    for (const c of everyCodePoint()) if (HAN.test(c) && !mayBeHan(c.charCodeAt(0))) wrong.push(c.codePointAt(0)!);
    expect(wrong).toEqual([]);
  });
});

describe('FIRST_EMOJI_UNIT: what every match of EMOJI opens with', () => {
  it('is at most the first code unit of every code point EMOJI matches, and is one of them', () => {
    const first = new Set<number>();
    for (const c of everyCodePoint()) if (EMOJI.test(c)) first.add(c.charCodeAt(0));
    expect(Math.min(...first)).toBe(FIRST_EMOJI_UNIT);
  });
});

describe('SLANG_OPENING: SLANG without its lookarounds', () => {
  it('matches every string SLANG matches', () => {
    const SLANG = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${INTERNET_SLANG.join('|')})(?![\p{L}\p{M}])`, 'iu');
    // The words' letters in both cases, the Kelvin sign and long s (k and s under `iu`), letters, marks, separators.
    const pieces = [...INTERNET_SLANG, 'LOL', 'Smh', 'l', 'o', 'm', 'g', 'K', '\u212a', '\u017f', 'é', '\u0301', ' ', '.', '\ud835', '\udc00'];
    const wrong: string[] = [];
    let found = 0;
    for (const s of randomStrings(pieces, 100_000, 0x68e31da4)) {
      if (!SLANG.test(s)) continue;
      found++;
      if (!SLANG_OPENING().test(s)) wrong.push(s);
    }
    expect(wrong).toEqual([]);
    expect(found).toBeGreaterThan(1000);
  });
});

describe('betweenCommas: /, ([\\p{L}\\p{M}]+),/gu', () => {
  it('finds the words the expression finds, in order, on random strings', () => {
    const BETWEEN_COMMAS = /, ([\p{L}\p{M}]+),/gu;
    const pieces = [', ', ',', ' ', 'euh', 'a', 'é', '\u0301', '\u{1D400}', '\u{1D167}', '1', '\ud835', '\udc00', '-'];
    const wrong: string[] = [];
    let found = 0;
    for (const s of randomStrings(pieces, 100_000, 0x3c6ef372)) {
      const expected = [...s.matchAll(BETWEEN_COMMAS)].map((m) => m[1]);
      found += expected.length;
      if (JSON.stringify([...betweenCommas(s)]) !== JSON.stringify(expected)) wrong.push(s);
    }
    expect(wrong).toEqual([]);
    expect(found).toBeGreaterThan(2000);
    expect([...betweenCommas('et, euh, um, c’était, ah,')]).toEqual(['euh', 'ah']);
  });
});
