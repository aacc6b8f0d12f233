import { describe, expect, it } from 'vitest';
import { decode, DecodeError } from '../lib/decode.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const code = (bytes: Uint8Array) => {
  try {
    decode(bytes);
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(DecodeError);
    return (e as DecodeError).code;
  }
};

describe('decode', () => {
  it('reads UTF-8 without and with a BOM, offsets after the BOM', () => {
    expect(decode(utf8('Žluťoučký kůň.'))).toEqual({ text: 'Žluťoučký kůň.', encoding: 'utf-8', bom: false });
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Hi.')]))).toEqual({ text: 'Hi.', encoding: 'utf-8', bom: true });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Привет, мир 😀', 'utf16le')]);
    expect(decode(le)).toEqual({ text: 'Привет, мир 😀', encoding: 'utf-16le', bom: true });
    const be = Buffer.from('Grüße', 'utf16le').swap16();
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({ text: 'Grüße', encoding: 'utf-16be' });
  });

  it('keeps CRLF and CR line ends so offsets match the file', () => {
    expect(decode(utf8('a.\r\nb.\rc.')).text).toBe('a.\r\nb.\rc.');
  });

  it('refuses what it cannot decode with a typed error', () => {
    expect(code(new Uint8Array())).toBe('empty');
    expect(code(utf8(' \n\t '))).toBe('empty');
    expect(code(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('binary');
    expect(code(utf8('%PDF-1.7\n%âãÏÓ'))).toBe('binary');
    expect(code(new Uint8Array([0x48, 0x00, 0x69, 0x00]))).toBe('binary'); // UTF-16 without BOM
    expect(code(new Uint8Array([0x48, 0x69, 0xe9, 0x21]))).toBe('invalid-encoding'); // Latin-1 "Hié!"
    expect(code(new Uint8Array([0xff, 0xfe, 0x41]))).toBe('invalid-encoding'); // odd UTF-16 length
  });

  it('names the offset of the first invalid byte', () => {
    expect(() => decode(new Uint8Array([0x61, 0x62, 0xc3, 0x28]))).toThrow(/offset 2/);
    expect(() => decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xe2, 0x82]))).toThrow(/offset 4/); // cut short, after a BOM
  });

  it('points at the lead byte of a sequence the WHATWG decoder rejects, as TextDecoder replaces it', () => {
    const bad: Record<string, number[]> = {
      'encoded surrogate': [0xed, 0xa0, 0x80],
      'encoded low surrogate': [0xed, 0xbf, 0xbf],
      'overlong two-byte form': [0xc0, 0x80],
      'overlong two-byte form (C1)': [0xc1, 0xbf],
      'overlong three-byte form': [0xe0, 0x80, 0x80],
      'overlong three-byte form, top': [0xe0, 0x9f, 0xbf],
      'overlong four-byte form': [0xf0, 0x80, 0x80, 0x80],
      'overlong four-byte form, top': [0xf0, 0x8f, 0xbf, 0xbf],
      'past U+10FFFF': [0xf4, 0x90, 0x80, 0x80],
      'lead byte F5': [0xf5, 0x80, 0x80, 0x80],
      'stray continuation byte': [0x80],
    };
    for (const [what, seq] of Object.entries(bad)) {
      const bytes = new Uint8Array([0x61, 0xc3, 0xa9, ...seq, 0x62]);
      const replaced = new TextDecoder().decode(bytes);
      expect(new TextEncoder().encode(replaced.slice(0, replaced.indexOf('\ufffd'))).length, what).toBe(3);
      expect(() => decode(bytes), what).toThrow(/first bad byte at offset 3\)/);
    }
    // The edges of the allowed ranges decode.
    expect(decode(new Uint8Array([0xe0, 0xa0, 0x80, 0xed, 0x9f, 0xbf, 0xf0, 0x90, 0x80, 0x80, 0xf4, 0x8f, 0xbf, 0xbf])).text).toBe('\u0800\ud7ff\u{10000}\u{10ffff}');
  });
});
