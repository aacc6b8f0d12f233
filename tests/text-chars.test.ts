import { describe, expect, it } from 'vitest';
import { characterEnd, characterStart, ellipsized, isLetterAt, isWordCharAt, partsCharacterAt } from '../lib/text/chars.js';

// Surrogates are told by their bits (lib/text/chars.ts): both halves of a pair answer for the
// whole code point, a lone half is no letter.
describe('word characters past the Basic Multilingual Plane', () => {
  it('both halves of an astral letter are word characters, of an emoji neither', () => {
    const boldA = '\u{1D400}';
    const smile = '\u{1F600}';
    expect([isWordCharAt(boldA, 0), isWordCharAt(boldA, 1), isLetterAt(boldA, 0)]).toEqual([true, true, true]);
    expect([isWordCharAt(smile, 0), isWordCharAt(smile, 1), isLetterAt(smile, 0)]).toEqual([false, false, false]);
  });

  it('a lone low surrogate at the start is none', () => {
    expect(isWordCharAt('\uDC00a', 0)).toBe(false);
  });

  it('a position outside the text is none', () => {
    expect([isWordCharAt('a', -1), isWordCharAt('a', 1)]).toEqual([false, false]);
  });

  it('the units just outside the surrogate range are classified as themselves', () => {
    expect(isWordCharAt('\uD7A3', 0)).toBe(true); // the last Hangul syllable
    expect(isWordCharAt('\uE000', 0)).toBe(false); // private use
  });
});

describe('cuts that part no character', () => {
  // "née" decomposed, an emoji (a surrogate pair), a family emoji (joined by ZWJ), Devanagari "कि" (a vowel sign).
  const text = 'ne\u0301e 😀 👩\u200d👧 कि';
  it('tell where a cut would part a character', () => {
    const parts: number[] = [];
    for (let i = 0; i <= text.length; i++) if (partsCharacterAt(text, i)) parts.push(i);
    const emoji = text.indexOf('😀');
    const family = text.indexOf('👩');
    const ki = text.indexOf('कि');
    expect(parts).toEqual([2, emoji + 1, family + 1, family + 2, family + 3, family + 4, ki + 1]);
  });

  it('move a cut to the start or the end of the character, within bounds', () => {
    expect([characterStart(text, 2, 0), characterEnd(text, 2, text.length), characterEnd(text, 2, 2)]).toEqual([1, 3, 2]);
    const family = text.indexOf('👩');
    expect([characterStart(text, family + 3, 0), characterEnd(text, family + 3, text.length)]).toEqual([family, family + 5]);
  });

  it('quote a text at a length, never inside a character', () => {
    expect(ellipsized('cafe\u0301 au lait', 4)).toBe('cafe\u0301…');
    expect(ellipsized('cafe\u0301', 4)).toBe('cafe\u0301');
    expect(ellipsized('ab😀cd', 3)).toBe('ab😀…');
    expect(ellipsized('abcdef', 6)).toBe('abcdef');
    expect(ellipsized('abcdefg', 6, 5)).toBe('abcde…');
  });
});
