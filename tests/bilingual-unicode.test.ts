// The bilingual checks' table of Unicode properties agrees with the regexes it stands for, on every
// code unit of the BMP, on code points past it, and on lone surrogates.
import { describe, expect, it } from 'vitest';
import { DECIMAL_DIGIT, LETTER, LOWER, MARK, NUMBER, propertiesAt, PUNCT_OR_SYMBOL, SPACE, width } from '../lib/bilingual/unicode.js';

const REGEXES: ReadonlyArray<[number, RegExp]> = [
  [PUNCT_OR_SYMBOL, /[\p{P}\p{S}]/u],
  [SPACE, /\s/u],
  [LETTER, /\p{L}/u],
  [MARK, /\p{M}/u],
  [NUMBER, /\p{N}/u],
  [LOWER, /\p{Ll}/u],
  [DECIMAL_DIGIT, /\p{Nd}/u],
];

function mismatches(text: string, at: number): string[] {
  const cp = String.fromCodePoint(text.codePointAt(at)!);
  const char = width(text, at) === 2 ? cp : text[at];
  return REGEXES.filter(([bit, re]) => ((propertiesAt(text, at) & bit) !== 0) !== new RegExp(`^${re.source}$`, 'u').test(char)).map(([bit]) => `${text.codePointAt(at)!.toString(16)}:${bit}`);
}

describe('propertiesAt', () => {
  it('agrees with the regexes on every BMP code unit, each alone and after a letter', () => {
    const bad: string[] = [];
    for (let c = 0; c < 0x10000; c++) bad.push(...mismatches(String.fromCharCode(c), 0), ...mismatches(`a${String.fromCharCode(c)}`, 1));
    expect(bad).toEqual([]);
  });

  it('reads a surrogate pair as its code point, and a lone surrogate as none of them', () => {
    const bad: string[] = [];
    for (let c = 0x10000; c < 0x110000; c += 97) bad.push(...mismatches(`x${String.fromCodePoint(c)}`, 1));
    expect(bad).toEqual([]);
    expect(propertiesAt('💾', 0) & PUNCT_OR_SYMBOL).not.toBe(0);
    expect(width('💾', 0)).toBe(2);
    expect(propertiesAt('\ud83d', 0) & PUNCT_OR_SYMBOL).toBe(0);
    expect(width('\ud83dx', 0)).toBe(1);
  });
});
