// Standard output's text encoded here, not by the stream. A string written to a file (or
// /dev/null) becomes a Buffer by Buffer.from, which in Node 20 measures its UTF-8 length in passes
// of their own before it encodes it: on a JSON report of 8.5 MB (10,000 findings, Cyrillic
// excerpts) half of the 20 ms its pieces took to encode. Encoded into room for the longest
// encoding (3 bytes per UTF-16 unit) the text is read once.

/** Longer strings (an HTML page) are left to the stream: room for 3 bytes a unit would weigh three times their text. */
const MAX_ENCODED_HERE = 1 << 20;

/** `s` as the bytes the stream would write for it (its UTF-8, a lone surrogate as U+FFFD), or `s` itself when long. */
export function utf8(s: string): string | Uint8Array {
  if (s.length > MAX_ENCODED_HERE) return s;
  const bytes = Buffer.allocUnsafe(3 * s.length);
  return bytes.subarray(0, bytes.write(s));
}
