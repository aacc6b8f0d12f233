// What each object replacement character (U+FFFC) of a checked text stands for. Readers put one
// in place of inline code, a URL or an element ("with `map`" reads "with ￼"), so two sentences
// that differ only there read alike: a hash of the file's text the character replaces tells them
// apart (repeated-sentence compares sentences with it).

import { OBJECT_REPLACEMENT } from '../text/chars.js';
import type { OffsetMap } from './offset-map.js';
import { lazyRegExp } from '../text/lazy-regexp.js';

/** Offsets of a checked text's object replacement characters, ascending, and the hash of what each stands for. */
export interface ObjectKeys {
  at: Int32Array;
  key: Int32Array;
  /**
   * The lowercase names the file writes as inline code, one word each (`kubectl`, <code>rustc</code>,
   * `fs-extra`): programs, libraries and identifiers, which its sentences may open with as they are
   * written ("… the cluster. kubectl is supported").
   */
  codeNames: ReadonlySet<string>;
}

/** Inline code of one lowercase word: letters, digits, "_" and "-", as names of programs and identifiers are spelt. */
const CODE_NAME = lazyRegExp(String.raw`^\p{Ll}[\p{L}\p{M}\p{N}_-]*$`, 'u');
/** Longest stretch of the file (markup and name) read for a name: a longer one is code, not a name. */
const MAX_CODE_SPAN = 80;
/** The markup around inline code: backticks, tags, spaces. */
const CODE_MARKUP = /^(?:`+|<[^>]*>|\s)+|(?:`+|<[^>]*>|\s)+$/g;

/** The object keys of `text` (read from `file` through `map`), or undefined when it has no object replacement character. */
export function objectKeys(text: string, map: OffsetMap, file: string): ObjectKeys | undefined {
  const at: number[] = [];
  for (let k = text.indexOf(OBJECT_REPLACEMENT); k >= 0; k = text.indexOf(OBJECT_REPLACEMENT, k + 1)) at.push(k);
  if (at.length === 0) return undefined;
  const key = new Int32Array(at.length);
  const codeNames = new Set<string>();
  at.forEach((k, i) => {
    const { start, end } = map.toFileRange(k, k + 1);
    // FNV-1a over the file's code units.
    let h = 0x811c9dc5 | 0;
    for (let j = start; j < end; j++) h = Math.imul(h ^ file.charCodeAt(j), 0x01000193);
    key[i] = h;
    if (end - start <= MAX_CODE_SPAN) {
      const name = file.slice(start, end).replace(CODE_MARKUP, '');
      if (CODE_NAME().test(name)) codeNames.add(name);
    }
  });
  return { at: Int32Array.from(at), key, codeNames };
}
