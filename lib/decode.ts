// Turns uploaded bytes into text. Only encodings that announce themselves are accepted: UTF-8
// (with or without BOM), UTF-16 LE/BE with a BOM (or, for XML, with the declaration's `<?` in
// UTF-16, as XML 1.0 appendix F reads it), and a legacy encoding the file declares: a PO header's
// `charset=`, an XML declaration's `encoding=`, an HTML `<meta charset>`. Anything else is refused
// with a typed error instead of a guess, because a wrong guess yields findings at offsets that
// mean nothing. A declared encoding is decoded strictly (a byte it does not map is an error, never
// a silent U+FFFD), and offsets are UTF-16 offsets into the decoded text as for any other file.

import { CP1252 } from './catalogue/mojibake.js';

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
  /** The WHATWG name of the encoding (TextDecoder's `encoding`): 'utf-8', 'utf-16le', 'windows-1252', 'euc-jp'… */
  encoding: string;
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
  const bomLe = startsWith(bytes, [0xff, 0xfe]);
  if (bomLe || startsWith(bytes, [0xfe, 0xff])) {
    decoded = { text: decodeUtf16(bytes.subarray(2), bomLe), encoding: bomLe ? 'utf-16le' : 'utf-16be', bom: true };
  } else if (startsWith(bytes, XML_UTF16LE) || startsWith(bytes, XML_UTF16BE)) {
    const le = bytes[0] === 0x3c;
    decoded = { text: decodeUtf16(bytes, le), encoding: le ? 'utf-16le' : 'utf-16be', bom: false };
  } else {
    const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
    const body = bom ? bytes.subarray(3) : bytes;
    // NUL bytes do not occur in text; UTF-16 without a BOM lands here too (every other byte 0).
    const nul = body.indexOf(0);
    if (nul >= 0) {
      throw new DecodeError('binary', `The file contains a NUL byte at offset ${nul + (bom ? 3 : 0)}: it is binary, or UTF-16/32 without a byte order mark.`);
    }
    // Valid UTF-8 is read as UTF-8 even where a legacy encoding is declared: such a declaration is a
    // template's leftover (text in the declared encoding is valid UTF-8 only if it is ASCII, where
    // both read alike). ISO-2022-JP is the exception: it is written in 7 bits, escapes and all.
    // (The declaration is looked for in the head only: a constant cost whatever the file's size.)
    const declared = bom ? undefined : declaredEncoding(body);
    if (declared?.encoding === 'iso-2022-jp') decoded = { text: decodeDeclared(body, declared), encoding: declared.encoding, bom };
    else {
      try {
        decoded = { text: utf8.decode(body), encoding: 'utf-8', bom };
      } catch {
        if (declared) decoded = { text: decodeDeclared(body, declared), encoding: declared.encoding, bom };
        else {
          const at = firstInvalidUtf8(body);
          throw new DecodeError('invalid-encoding', `The file is not valid UTF-8 (first bad byte at offset ${at + (bom ? 3 : 0)}). Save it as UTF-8 and upload it again.`);
        }
      }
    }
  }
  if (decoded.text.trim() === '') throw new DecodeError('empty', 'The file holds only white space.');
  return decoded;
}

function decodeUtf16(body: Uint8Array, le: boolean): string {
  if (body.length % 2 !== 0) throw new DecodeError('invalid-encoding', `The file is UTF-16${le ? 'LE' : 'BE'} but has an odd number of bytes.`);
  try {
    return (le ? utf16le : utf16be).decode(body);
  } catch {
    throw new DecodeError('invalid-encoding', `The file is not valid UTF-16${le ? 'LE' : 'BE'}.`);
  }
}

/** `<?` in UTF-16 without a byte order mark: how an XML declaration starts a UTF-16 file (XML 1.0, appendix F). */
const XML_UTF16LE = [0x3c, 0x00, 0x3f, 0x00];
const XML_UTF16BE = [0x00, 0x3c, 0x00, 0x3f];

/**
 * Where files declare their encoding, read in ASCII from the file's head: an XML declaration (first
 * thing in the file), an HTML meta element (within the first 1,024 bytes, as browsers prescan), a
 * PO header's Content-Type (the header entry comes first, after comments).
 */
const DECLARATIONS: ReadonlyArray<[where: string, pattern: RegExp, head: number]> = [
  ['XML declaration', /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']*)["']/, 512],
  ['meta element', /<meta\s[^>]*?\bcharset\s*=\s*["']?([^"'\s;/>]*)/i, 1024],
  ['PO header', /^"Content-Type:[^"\n]*?\bcharset=([^"\\\s;]*)/m, 16384],
];

interface Declaration {
  where: string;
  label: string;
  /** TextDecoder's name for the label; '' when it knows none. */
  encoding: string;
}

/** The non-UTF-8 encoding the file declares, if any (a PO template's `charset=CHARSET` declares none). */
function declaredEncoding(body: Uint8Array): Declaration | undefined {
  for (const [where, pattern, head] of DECLARATIONS) {
    const m = pattern.exec(latin1.decode(body.subarray(0, head)));
    const label = m?.[1].trim();
    if (!label || label.toUpperCase() === 'CHARSET') continue;
    let encoding = '';
    try {
      encoding = new TextDecoder(label).encoding;
    } catch {
      // A label TextDecoder does not know: refused below, if the bytes are not UTF-8 anyway.
    }
    // UTF-16 declared in an ASCII-readable head is wrong on its face; browsers read such a page as UTF-8 too.
    if (encoding === 'utf-8' || encoding.startsWith('utf-16')) return undefined;
    return { where, label, encoding };
  }
  return undefined;
}

const latin1 = new TextDecoder('latin1');

const decoders = new Map<string, { decode(bytes: Uint8Array): string }>();

/**
 * `bytes` in `encoding` (a WHATWG name); `fatal`: a byte the encoding does not map throws a
 * TypeError. Node 20.18.3 and later decode windows-1252 (which the labels latin1, iso-8859-1 and
 * ascii name too) as Latin-1, bytes 0x80–0x9F as C1 controls (nodejs/node#60888): those are mapped
 * here by the WHATWG table, which is right whether Node's decoder is fixed or not.
 */
export function decodeAs(bytes: Uint8Array, encoding: string, fatal = true): string {
  const key = `${encoding}${fatal ? '!' : ''}`;
  let decoder = decoders.get(key);
  if (!decoder) decoders.set(key, (decoder = new TextDecoder(encoding, { fatal, ignoreBOM: true })));
  const text = decoder.decode(bytes);
  return encoding === 'windows-1252' ? text.replace(/[\x80-\x9f]/g, (c: string) => CP1252[c.charCodeAt(0) - 0x80]) : text;
}

/** Decodes by the file's declaration, strictly: an encoding TextDecoder lacks or a byte it does not map is refused. */
function decodeDeclared(body: Uint8Array, d: Declaration): string {
  const save = 'Save it as UTF-8 and upload it again.';
  if (d.encoding === '') throw new DecodeError('invalid-encoding', `The file declares the encoding "${d.label}" (in its ${d.where}), which mtqa cannot decode, and is not valid UTF-8. ${save}`);
  try {
    return decodeAs(body, d.encoding);
  } catch {
    // Line ends are ASCII in every encoding a file can declare this way, so the line counts alike in bytes and text.
    const loose = decodeAs(body, d.encoding, false);
    const at = loose.indexOf('\ufffd');
    let line = 1;
    for (let i = loose.indexOf('\n'); i >= 0 && i < at; i = loose.indexOf('\n', i + 1)) line++;
    throw new DecodeError('invalid-encoding', `The file declares the encoding ${d.encoding} (in its ${d.where}) but is not valid ${d.encoding} (first bad byte on line ${line}). ${save}`);
  }
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
