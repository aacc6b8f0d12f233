// Texts compared with case, spacing, punctuation and keyboard accelerators left aside (the
// consistency check groups a file's units by their sources and by their translations this way),
// and the grouping itself. Grouping by the folded strings built a second copy of every unit's text
// on both sides and hashed each as a map key (a 37 MB XLIFF: 120 MiB more at the peak, a quarter
// of the bilingual check's time); here a unit's folded text is hashed as it is read off the text,
// and built only where it is not plain (a placeholder, an accelerator, a character whose
// lowercase depends on its neighbours) or where two units' hashes agree and their texts differ.

import { placeholdersIn } from './placeholders.js';
import { propertiesAt, PUNCT_OR_SYMBOL, SPACE, unitProperties, width } from './unicode.js';
import { lazyRegExp } from '../text/lazy-regexp.js';
import { SHAPELESS } from '../text/invisible.js';

/**
 * A keyboard accelerator: GTK's "_" and Qt's or Windows' "&" before a letter ("Parent _Folder",
 * "O_phavsmappe"), or one appended in brackets, as CJK and Indic translations write it
 * ("最初修改(_F)", "৭ ঘর (_7)" for "_7 places").
 */
export const ACCELERATOR = lazyRegExp(String.raw`\s*[(（][_&][\p{L}\p{Nd}]\p{M}*[)）]|[_&](?=\p{L})`, 'gu');

/** The accelerators in text[start, end) (see ACCELERATOR), in order. */
export function acceleratorsIn(text: string, start: number, end: number): { start: number; end: number }[] {
  const part = text.slice(start, end);
  if (!part.includes('_') && !part.includes('&')) return [];
  return [...part.matchAll(ACCELERATOR())].map((m) => ({ start: start + m.index, end: start + m.index + m[0].length }));
}

/**
 * Invisible characters that change no letter's shape (SHAPELESS: a soft hyphen, a zero-width space,
 * direction marks…) are folded away, as spacing is: two translations that differ by a line-break
 * hint (Khmer writes one between words) read alike.
 */
const INVISIBLE_UNITS = new Set(Array.from(SHAPELESS, (c) => c.charCodeAt(0)));
const INVISIBLE_RUN = lazyRegExp(`[${SHAPELESS}]+`, 'g');

/** What marks a placeholder's key in a folded text (a private-use character: neither punctuation nor a letter). */
const PLACEHOLDER = '\ue000';

/**
 * Case, spacing, punctuation and keyboard accelerators left aside; a placeholder stays a token of
 * its own, so "Delete node %s?" is not "Delete Node(s)".
 */
export function folded(text: string): string {
  let kept = '';
  let at = 0;
  for (const ph of placeholdersIn(text, 0, text.length)) {
    kept += `${text.slice(at, ph.start)} ${PLACEHOLDER}${ph.key} `;
    at = ph.end;
  }
  kept += text.slice(at);
  // Both forms of an accelerator have a "_" or "&": most texts have neither and skip the pattern.
  if (kept.includes('_') || kept.includes('&')) kept = kept.replace(ACCELERATOR(), '');
  return squeezed(kept.replace(INVISIBLE_RUN(), '').toLowerCase());
}

/**
 * `s.replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim()` in one walk, by table: each run
 * of punctuation, symbols and white space becomes one space, none at either end. A run that is one
 * space already (between most words) is kept in place, so most texts come back unsliced.
 */
function squeezed(s: string): string {
  const n = s.length;
  let out = '';
  /** Start of the stretch not yet copied to `out`. */
  let from = 0;
  let i = 0;
  while (i < n) {
    const w = width(s, i);
    if ((propertiesAt(s, i) & (PUNCT_OR_SYMBOL | SPACE)) === 0) {
      i += w;
      continue;
    }
    const run = i;
    i += w;
    while (i < n && (propertiesAt(s, i) & (PUNCT_OR_SYMBOL | SPACE)) !== 0) i += width(s, i);
    // One space between two kept characters stays where it is.
    if (run > 0 && i < n && i === run + 1 && s.charCodeAt(run) === 32) continue;
    out += s.slice(from, run);
    if (run > 0 && i < n) out += ' ';
    from = i;
  }
  return from === 0 ? s : out + s.slice(from);
}

// FNV-1a over the folded text's code units.
const BASIS = 0x811c9dc5 | 0;
const PRIME = 0x01000193;
/** Long words counted up to this (a key holds the count in two bits). */
const MAX_WORDS = 3;

/** `lower` of a code unit + 1 (0: not looked up yet), or NOT_PLAIN where the folded text must be built. */
let lowerTable: Int32Array | undefined;
const NOT_PLAIN = -1;

/**
 * The lowercase of code unit c + 1 (as String#toLowerCase maps it), or NOT_PLAIN for what the
 * walk cannot fold by itself: surrogates, "İ" (lowercased to two code units), "Σ" (σ or ς by its
 * neighbours), and the characters that may start a placeholder or an accelerator.
 */
function lowerPlusOne(c: number): number {
  const table = (lowerTable ??= new Int32Array(0x10000));
  let v = table[c];
  if (v === 0) {
    const lower = String.fromCharCode(c).toLowerCase();
    const plain = lower.length === 1 && (c & 0xf800) !== 0xd800 && c !== 0x3a3 && !'%{$@&_'.includes(lower);
    table[c] = v = plain ? lower.charCodeAt(0) + 1 : NOT_PLAIN;
  }
  return v;
}

/**
 * A key of text[start, end)'s folded text: its hash, times 4, plus its words of two characters or
 * more (as many as MAX_WORDS). Equal folded texts have equal keys; unequal ones almost always differ.
 */
function foldKey(text: string, start: number, end: number): number {
  let h = BASIS;
  let words = 0;
  let wordLength = 0;
  let gap = false;
  for (let i = start; i < end; i++) {
    const lower = lowerPlusOne(text.charCodeAt(i)) - 1;
    if (lower < 0) return keyOfFolded(folded(text.slice(start, end)));
    if (lower >= 0xad && INVISIBLE_UNITS.has(lower)) continue;
    if ((unitProperties(lower) & (PUNCT_OR_SYMBOL | SPACE)) !== 0) {
      // A run of them is one space between two kept characters, none at either end (after a
      // kept character, wordLength is 1 or more).
      if (wordLength > 0) gap = true;
      continue;
    }
    if (gap) {
      h = Math.imul(h ^ 32, PRIME);
      if (wordLength >= 2 && words < MAX_WORDS) words++;
      wordLength = 0;
      gap = false;
    }
    h = Math.imul(h ^ lower, PRIME);
    wordLength++;
  }
  if (wordLength >= 2 && words < MAX_WORDS) words++;
  return (h >>> 0) * 4 + words;
}

/** foldKey of a folded text, read as it is. */
function keyOfFolded(f: string): number {
  let h = BASIS;
  let words = 0;
  let wordLength = 0;
  for (let i = 0; i < f.length; i++) {
    const c = f.charCodeAt(i);
    h = Math.imul(h ^ c, PRIME);
    if (c !== 32) wordLength++;
    else {
      if (wordLength >= 2 && words < MAX_WORDS) words++;
      wordLength = 0;
    }
  }
  if (wordLength >= 2 && words < MAX_WORDS) words++;
  return (h >>> 0) * 4 + words;
}

/** Whether text[a, aEnd) and text[b, bEnd) fold alike: the same text does, without folding it. */
function sameFolded(text: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a === bEnd - b) {
    let i = 0;
    while (a + i < aEnd && text.charCodeAt(a + i) === text.charCodeAt(b + i)) i++;
    if (a + i === aEnd) return true;
  }
  return folded(text.slice(a, aEnd)) === folded(text.slice(b, bEnd));
}

/**
 * The items grouped by the folded form of their text (text[startOf(x), endOf(x))) within their
 * context (contextOf), in order of first appearance. Items whose folded text has fewer than
 * `minWords` words of two characters or more (at most 3) are left out.
 */
export function foldedGroups<T>(
  items: readonly T[],
  text: string,
  startOf: (x: T) => number,
  endOf: (x: T) => number,
  contextOf: (x: T) => string,
  minWords: number,
): T[][] {
  const byContext = new Map<string, Map<number, T[][]>>();
  const out: T[][] = [];
  for (const x of items) {
    const start = startOf(x);
    const end = endOf(x);
    const key = foldKey(text, start, end);
    if (key % 4 < minWords) continue;
    const context = contextOf(x);
    let byKey = byContext.get(context);
    if (!byKey) byContext.set(context, (byKey = new Map()));
    let bucket = byKey.get(key);
    if (!bucket) byKey.set(key, (bucket = []));
    const group = bucket.find((g) => sameFolded(text, startOf(g[0]), endOf(g[0]), start, end));
    if (group) group.push(x);
    else {
      bucket.push([x]);
      out.push(bucket[bucket.length - 1]);
    }
  }
  return out;
}
