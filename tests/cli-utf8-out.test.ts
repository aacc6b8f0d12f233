// Standard output's text is encoded by cli/utf8-out.ts, not by the stream: its bytes must be the
// ones the stream wrote for the string (Buffer.from: UTF-8, a lone surrogate as U+FFFD), and the
// room they are encoded in is used again only once the stream has written them.
import { describe, expect, it } from 'vitest';
import { utf8Writer } from '../cli/utf8-out.js';

const TEXTS = [
  '',
  'plain ASCII',
  'Привет, мир — “quoted” … ЖЁЯ',
  'astral 😀 𝄞 and a pair split by nothing',
  'lone high \ud800 and lone low \udc00, low then high \udc00\ud800, high at the end \ud83d',
  'controls \u0000\u0001\u001f\u007f and separators \u2028\u2029 and BOM \ufeff',
  'Я'.repeat(70_000) + '😀'.repeat(1000),
];

/** A stream that writes each chunk at once (a file), or one that keeps them all unwritten (a full pipe). */
function sink(keeps: boolean) {
  const chunks: Array<string | Uint8Array> = [];
  const copies: Array<string | Buffer> = [];
  return {
    chunks,
    copies,
    write(chunk: string | Uint8Array) {
      chunks.push(chunk);
      copies.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk));
    },
    get writableLength() {
      return keeps ? chunks.reduce((sum, c) => sum + c.length, 0) : 0;
    },
  };
}

describe('utf8Writer', () => {
  it('writes the bytes Buffer.from gives', () => {
    const out = sink(false);
    const write = utf8Writer(out);
    for (const s of TEXTS) write(s);
    expect(out.copies.map((c) => c instanceof Uint8Array)).toEqual(TEXTS.map(() => true));
    out.copies.forEach((c, i) => expect((c as Buffer).equals(Buffer.from(TEXTS[i]))).toBe(true));
  });

  it('leaves a piece the stream still holds as it was', () => {
    const out = sink(true);
    const write = utf8Writer(out);
    for (const s of TEXTS) write(s);
    out.chunks.forEach((c, i) => expect(Buffer.from(c as Uint8Array).equals(Buffer.from(TEXTS[i]))).toBe(true));
  });

  it('leaves a string of over a million units to the stream', () => {
    const out = sink(false);
    const write = utf8Writer(out);
    const long = 'x'.repeat((1 << 20) + 1);
    write(long);
    write(long.slice(1));
    expect(out.chunks[0]).toBe(long);
    expect(out.chunks[1]).toBeInstanceOf(Uint8Array);
  });
});
