// Turns uploaded bytes into text. Only encodings that announce themselves are accepted: UTF-8
// (with or without BOM) and UTF-16 LE/BE with a BOM. Anything else is refused with a typed error
// instead of a guess, because a wrong guess yields findings at offsets that mean nothing.

export type DecodeErrorCode = 'empty' | 'binary' | 'invalid-encoding';

export class DecodeError extends Error {
  override readonly name = 'DecodeError';
  constructor(
    readonly code: DecodeErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  bom: boolean;
}

// Magic numbers of formats people upload by mistake, named in the error so the user knows why.
const SIGNATURES: ReadonlyArray<[string, number[]]> = [
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive (or DOCX/XLSX/ODT)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['OLE2 document (DOC/XLS)', [0xd0, 0xcf, 0x11, 0xe0]],
];

// V8's UTF-8 decoder (TextDecoder and Buffer#toString alike) is fast over ASCII only: 30 MB of
// the benchmark's mixed de/cs/ru/uk/hr prose takes 144 ms of CPU, of English 81 ms. Validating
// with buffer.isUtf8 and converting with buffer.transcode (ICU) takes 81 ms on the mixed prose but
// gave `mtqa check` on it nothing (interleaved runs, median CPU 1.44 s before, 1.48 s after): the
// UTF-16 it writes is a second copy of the text (12,000 more page faults; peak RSS 23 MiB more, or
// 49 MiB when converted in pieces and joined), and in one piece Node makes it an external string,
// which the scans read slower (the word scan some 90 ms in a profile).
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

/**
 * Decodes bytes to text. Line ends are kept as they are (LF, CRLF or CR) so that offsets, and
 * fixes written back, match the file as any JavaScript program reading it would see it.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new DecodeError('empty', 'The file is empty.');
  for (const [kind, sig] of SIGNATURES) {
    if (startsWith(bytes, sig)) throw new DecodeError('binary', `The file is a ${kind}, not text.`);
  }
  let decoded: Decoded;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const le = bytes[0] === 0xff;
    if (bytes.length % 2 !== 0) {
      throw new DecodeError('invalid-encoding', 'The file starts with a UTF-16 byte order mark but has an odd number of bytes.');
    }
    try {
      const text = (le ? utf16le : utf16be).decode(bytes.subarray(2));
      decoded = { text, encoding: le ? 'utf-16le' : 'utf-16be', bom: true };
    } catch {
      throw new DecodeError('invalid-encoding', `The file is not valid UTF-16${le ? 'LE' : 'BE'}.`);
    }
  } else {
    const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
    const body = bom ? bytes.subarray(3) : bytes;
    // NUL bytes do not occur in text; UTF-16 without a BOM lands here too (every other byte 0).
    const nul = body.indexOf(0);
    if (nul >= 0) {
      throw new DecodeError('binary', `The file contains a NUL byte at offset ${nul + (bom ? 3 : 0)}: it is binary, or UTF-16/32 without a byte order mark.`);
    }
    try {
      decoded = { text: utf8.decode(body), encoding: 'utf-8', bom };
    } catch {
      const at = firstInvalidUtf8(body);
      throw new DecodeError('invalid-encoding', `The file is not valid UTF-8 (first bad byte at offset ${at + (bom ? 3 : 0)}). Save it as UTF-8 and upload it again.`);
    }
  }
  if (decoded.text.trim() === '') throw new DecodeError('empty', 'The file holds only white space.');
  return decoded;
}

/**
 * Offset of the first byte that breaks UTF-8, for the error message: where the WHATWG decoder
 * (TextDecoder) puts its first U+FFFD. A lead byte starts a bad sequence when a byte after it is
 * no continuation byte or when its second byte falls outside the range the lead allows, which
 * rejects overlong forms (E0 80..9F, F0 80..8F; C0 and C1 are never leads), encoded surrogates
 * (ED A0..BF) and code points past U+10FFFF (F4 90..BF).
 */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0 || i + 1 >= b.length) return i;
    const second = b[i + 1];
    const low = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const high = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return i;
    for (let k = 2; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return b.length;
}
