// What each object replacement character (U+FFFC) of a checked text stands for. Readers put one
// in place of inline code, a URL or an element ("with `map`" reads "with ￼"), so two sentences
// that differ only there read alike: a hash of the file's text the character replaces tells them
// apart (repeated-sentence compares sentences with it).

import { OBJECT_REPLACEMENT } from '../text/chars.js';
import type { OffsetMap } from './offset-map.js';

/** Offsets of a checked text's object replacement characters, ascending, and the hash of what each stands for. */
export interface ObjectKeys {
  at: Int32Array;
  key: Int32Array;
}

/** The object keys of `text` (read from `file` through `map`), or undefined when it has no object replacement character. */
export function objectKeys(text: string, map: OffsetMap, file: string): ObjectKeys | undefined {
  const at: number[] = [];
  for (let k = text.indexOf(OBJECT_REPLACEMENT); k >= 0; k = text.indexOf(OBJECT_REPLACEMENT, k + 1)) at.push(k);
  if (at.length === 0) return undefined;
  const key = new Int32Array(at.length);
  at.forEach((k, i) => {
    const { start, end } = map.toFileRange(k, k + 1);
    // FNV-1a over the file's code units.
    let h = 0x811c9dc5 | 0;
    for (let j = start; j < end; j++) h = Math.imul(h ^ file.charCodeAt(j), 0x01000193);
    key[i] = h;
  });
  return { at: Int32Array.from(at), key };
}
