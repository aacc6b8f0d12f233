// Standard output's text is encoded by cli/utf8-out.ts, not by the stream: its bytes must be the
// ones the stream wrote for the string (Buffer.from: UTF-8, a lone surrogate as U+FFFD).
import { describe, expect, it } from 'vitest';
import { utf8 } from '../cli/utf8-out.js';

const TEXTS = [
  '',
  'plain ASCII',
  'Привет, мир — “quoted” … ЖЁЯ',
  'astral 😀 𝄞 and a pair split by nothing',
  'lone high \ud800 and lone low \udc00, low then high \udc00\ud800, high at the end \ud83d',
  'controls \u0000\u0001\u001f\u007f and separators \u2028\u2029 and BOM \ufeff',
  'Я'.repeat(70_000) + '😀'.repeat(1000),
];

describe('utf8', () => {
  it('gives the bytes Buffer.from gives', () => {
    for (const s of TEXTS) {
      const out = utf8(s);
      expect(out).toBeInstanceOf(Uint8Array);
      expect(Buffer.from(out as Uint8Array).equals(Buffer.from(s))).toBe(true);
    }
  });

  it('leaves a string of over a million units to the stream', () => {
    const long = 'x'.repeat((1 << 20) + 1);
    expect(utf8(long)).toBe(long);
    expect(utf8(long.slice(1))).toBeInstanceOf(Uint8Array);
  });
});
