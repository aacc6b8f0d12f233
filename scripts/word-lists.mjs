// The language entries (lib/languages/xx.ts) hold some 6,300 words in arrays of string literals,
// which a bundle writes as ["und","oder",…]: two quotes and a comma per word. In the Lambda's bundle
// (cdk/bundle.ts) each such array of 8 words or more is written as one string split at spaces
// ("und oder …".split(" ")), the same array of the same strings: 10 KB less bundle, and an import
// and first check of the seed text run no more instructions (1,074.6 M -> 1,073.6 M). The CLI's
// bundle keeps the arrays: there the split cost more than the literals' parse saved (a 13-byte
// check 872.6 M -> 875.1 M), and its size matters less. The entries stay as
// they are, arrays that read one word a line or under a comment; tests/word-lists.test.ts
// compares the registry built both ways.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Shorter arrays gain nothing over the `.split(" ")` they would need. */
const MIN_WORDS = 8;
/** Between the elements: white space, commas, line comments. A word: no quote, backslash, space or line end. */
const TOKEN = /\s+|\/\/[^\n]*|,|'([^'\\\s]+)'|(\])/y;

/**
 * `source` with each array literal of MIN_WORDS or more single-quoted words written as a split
 * string; an array with anything else in it (a word with a space or an escape, an expression) stays.
 */
export function compactWordLists(source) {
  let out = '';
  let copied = 0;
  for (let open = source.indexOf('['); open >= 0; open = source.indexOf('[', open + 1)) {
    const words = [];
    let end = -1;
    TOKEN.lastIndex = open + 1;
    for (let m = TOKEN.exec(source); m; m = TOKEN.exec(source)) {
      if (m[1] !== undefined) words.push(m[1]);
      if (m[2] !== undefined) {
        end = TOKEN.lastIndex;
        break;
      }
    }
    if (end < 0 || words.length < MIN_WORDS) continue;
    out += `${source.slice(copied, open)}'${words.join(' ')}'.split(' ')`;
    copied = end;
    open = end - 1;
  }
  return out + source.slice(copied);
}

/** The esbuild plugin: the language entries of the project at `root`, compacted. */
export function wordLists(root) {
  const entries = new RegExp(`^${path.resolve(root).replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}[\\\\/]lib[\\\\/]languages[\\\\/][a-z]{2}\\.ts$`);
  return {
    name: 'word-lists',
    setup(b) {
      b.onLoad({ filter: entries }, (args) => ({ contents: compactWordLists(readFileSync(args.path, 'utf8')), loader: 'ts' }));
    },
  };
}
