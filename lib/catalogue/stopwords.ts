// Common-word lookup for the language rules: one open-addressing table from the tokenizer's
// case-folded word hash to a bit mask of the registry languages that use the word. A lookup is a
// couple of typed-array reads, cheap enough to run on every word of a 30 MB text. Bits are
// numbered per script (bit k of a Cyrillic word is the k-th Cyrillic language): a word is only
// ever compared with languages of its own script, and so up to 31 languages fit per script (31,
// not 32: detection and the sentence measure take `(1 << n) - 1` for "all of the script's languages").

import { LANGUAGES, type Language } from '../languages/index.js';
import { WordHash, wordHashAt } from './charclass.js';
import { COMMON_WORD_ENTRIES, LONGEST_COMMON_WORD } from './common-words.generated.js';

export { wordHashAt, wordHashStep } from './charclass.js';

/** The word hash of no code unit yet (FNV-1a's offset basis). */
export const WORD_HASH_BASIS: number = WordHash.Basis;

/** The tokenizer's hash (FNV-1a over folded code units, ’ read as '). */
export function wordHash(word: string): number {
  return wordHashAt(word, 0, word.length);
}

/** Per script, the languages that have common words, in registry order: bit k is the k-th. */
const WORD_LANGUAGES = wordLanguagesByScript();

// The tables are built in functions, not by loops in the module body: in the Lambda bundle that body
// is one huge function, and a loop in it costs milliseconds of cold start before it does any work.
/** Per script, the languages that have common words, in registry order (scripts/generate-common-words.ts numbers their bits by it too). */
export function wordLanguagesByScript(): Map<string, Language[]> {
  const byScript = new Map<string, Language[]>();
  for (const l of LANGUAGES) {
    if (!l.commonWords) continue;
    const list = byScript.get(l.script) ?? [];
    if (list.length === 31) throw new Error(`more than 31 ${l.script} languages with common words: widen the masks`);
    list.push(l);
    byScript.set(l.script, list);
  }
  return byScript;
}

/** The languages of `script` that have common words; a mask's bit k is element k. */
export function wordLanguages(script: string): readonly Language[] {
  return WORD_LANGUAGES.get(script) ?? [];
}

/** The bit of `code` in the masks of words of its script (0 when it has no common words). */
export function commonWordBit(code: string): number {
  for (const list of WORD_LANGUAGES.values()) {
    const k = list.findIndex((l) => l.code === code);
    if (k >= 0) return 1 << k;
  }
  return 0;
}

/**
 * The layout of the common-word table, one Int32Array: as enum members, which the bundler writes
 * into stopwordMask() as literals, so that the lookup inlined into SentenceJudge.measure() loads
 * one module variable, not three (the slots, the presence bits, the size), and its index
 * arithmetic needs no overflow checks. Slot i is [2i] (the word's hash) and [2i + 1] (its mask; 0
 * for an empty slot, as every word has a language): a probe reads one cache line, where separate
 * key, mask and used arrays cost three (most words of a text are not common words and probe to an
 * empty slot). From `Present` on, bit (hash >>> 16) is set for every common word's hash.
 */
const enum Layout {
  /** Slots: a power of two, at least twice the distinct common words (some 2,070, 250 of them from UD). */
  Size = 8192,
  Present = 2 * Size,
  /** 65,536 presence bits. */
  PresentWords = 1 << 11,
}

/** Slots of the common-word table (Layout.Size), for scripts/generate-common-words.ts. */
export const COMMON_WORD_SLOTS: number = Layout.Size;

/** Length of the longest common word: longer words need no lookup. */
export const MAX_STOPWORD = LONGEST_COMMON_WORD;

/**
 * The table, from the registry's common words as scripts/generate-common-words.ts hashed them
 * (hashing them here cost some 17 M instructions of every start, CLI or cold Lambda), each placed
 * as the lookup probes for it. The entries are read as an Int32Array over their bytes, in the
 * platform's order, little-endian on every platform Node runs mtqa on (x86-64, arm64), as the
 * generator wrote them: reading each with Buffer#readInt32LE cost 7 M instructions more in V8's
 * interpreter, where this runs once.
 */
function commonWordTable(): Int32Array {
  const bytes = Buffer.from(COMMON_WORD_ENTRIES, 'base64');
  const entries = new Int32Array(bytes.length >> 2);
  new Uint8Array(entries.buffer).set(bytes);
  const table = new Int32Array(Layout.Present + Layout.PresentWords);
  // By mask: the mask, its number of words, their hashes.
  for (let i = 0; i < entries.length; ) {
    const mask = entries[i];
    const end = Math.min(i + 2 + entries[i + 1], entries.length);
    for (i += 2; i < end; i++) {
      const hash = entries[i];
      let slot = hash & (Layout.Size - 1);
      while (table[2 * slot + 1] !== 0) slot = (slot + 1) & (Layout.Size - 1);
      table[2 * slot] = hash;
      table[2 * slot + 1] = mask;
      table[Layout.Present + (hash >>> 21)] |= 1 << ((hash >>> 16) & 31);
    }
  }
  return table;
}

/**
 * The common-word table, for stopwordMaskIn: a loop over every word of a text holds it in a local,
 * where each of stopwordMask's reads of the module variable was a load and two checks of it.
 */
export const COMMON_WORDS: Int32Array = commonWordTable();

/** Bit mask (see wordLanguages) of the languages with this word among their common words. */
export function stopwordMask(hash: number): number {
  return stopwordMaskIn(COMMON_WORDS, hash);
}

/** stopwordMask(hash), read from `words`, which is COMMON_WORDS. */
export function stopwordMaskIn(words: Int32Array, hash: number): number {
  // One bit in 65,536 per common word (8 KB, where the slots are 32): about 98 % of the other
  // words, half the words of a text, are turned away without touching the slots.
  if ((words[Layout.Present + (hash >>> 21)] & (1 << ((hash >>> 16) & 31))) === 0) return 0;
  for (let slot = hash & (Layout.Size - 1); ; slot = (slot + 1) & (Layout.Size - 1)) {
    const mask = words[2 * slot + 1];
    if (mask === 0 || words[2 * slot] === hash) return mask >>> 0;
  }
}
