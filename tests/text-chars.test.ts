import { describe, expect, it } from 'vitest';
import { isLetterAt, isWordCharAt } from '../lib/text/chars.js';

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
