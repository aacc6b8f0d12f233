// Chunks written in ASCII alone, for scripts/build.mjs (see asciiOnly).
import { readFileSync, writeFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Writes the characters past ASCII left in a chunk as \u escapes, and moves its source map's
 * columns along. esbuild escapes them in strings but leaves them in regular expression literals
 * and String.raw templates (the \p-class expressions, the word lists of a few languages): one of
 * them and V8 holds the whole chunk as UTF-16, decoded from UTF-8 first, twice the bytes to scan.
 * A RegExp reads an escape as the character it names (in both modes; `source` shows the escape),
 * and every String.raw here is an expression's source. A 13-byte check: 5,528 -> 5,139 page faults
 * (means of 10 interleaved runs; a fresh page costs some 14 us here), 955.6 -> 949.7 M instructions
 * (cachegrind, medians of 6 and 8 runs, -0.6 %); `mtqa --version` 843.6 -> 835.0 M (-1.0 %).
 */
export function asciiOnly(file) {
  const code = readFileSync(file, 'utf8');
  if (!/[^\x00-\x7f]/.test(code)) return;
  // Per generated line, [column, shift]: columns from `column` on move right by `shift`. A unit
  // (half of a surrogate pair alike) becomes six characters.
  const moves = [];
  const lines = code.split('\n').map((line) => {
    const moved = [];
    let shift = 0;
    const escaped = line.replace(/[^\x00-\x7f]/g, (c, column) => {
      moved.push([column + 1, (shift += 5)]);
      return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
    moves.push(moved);
    return escaped;
  });
  writeFileSync(file, lines.join('\n'));
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  // A line's segments start with their generated column, relative to the segment before on the
  // line; the other fields are relative across lines, and stay.
  map.mappings = map.mappings
    .split(';')
    .map((segments, n) => {
      const moved = moves[n];
      if (!moved || moved.length === 0 || segments === '') return segments;
      let column = 0;
      let previous = 0;
      let k = 0;
      let shift = 0;
      return segments
        .split(',')
        .map((segment) => {
          const [delta, length] = vlqDecode(segment);
          column += delta;
          while (k < moved.length && moved[k][0] <= column) shift = moved[k++][1];
          const at = column + shift;
          const out = vlqEncode(at - previous) + segment.slice(length);
          previous = at;
          return out;
        })
        .join(',');
    })
    .join(';');
  writeFileSync(`${file}.map`, JSON.stringify(map));
}

/** The first Base64 VLQ number of a source map segment, and the characters it took. */
function vlqDecode(s) {
  let value = 0;
  let i = 0;
  for (let bits = 0; ; bits += 5) {
    const digit = BASE64.indexOf(s[i++]);
    value += (digit & 31) * 2 ** bits;
    if ((digit & 32) === 0) break;
  }
  return [value % 2 === 1 ? -(value - 1) / 2 : value / 2, i];
}

/** `n` as a Base64 VLQ number. */
function vlqEncode(n) {
  let value = n < 0 ? -2 * n + 1 : 2 * n;
  let s = '';
  do {
    const digit = value % 32;
    value = Math.floor(value / 32);
    s += BASE64[digit + (value > 0 ? 32 : 0)];
  } while (value > 0);
  return s;
}
