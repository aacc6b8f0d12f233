// The alphabets of the registry languages (lib/languages/alphabets.generated.ts, from CLDR) as one
// lookup per character: a mask of the languages of the character's script whose alphabet has it
// (bits as in stopwords.ts: the k-th language of the script with common words).

import { ALPHABETS } from '../languages/alphabets.generated.js';
import { LOANWORD_LETTERS, MARKED_WITHIN } from '../languages/letters.generated.js';
import { LANGUAGES, type Language } from '../languages/index.js';
import { wordLanguages } from './stopwords.js';

/** Letters below this code point are looked up (Latin Extended Additional included). */
export const LETTER_LIMIT = 0x1f00;
/** Per letter (either case), the languages whose alphabet has it. */
export const MAIN = new Uint32Array(LETTER_LIMIT);
/**
 * Per ASCII letter (either case), the languages whose native words write it: MAIN less the letters
 * CLDR lists that a language's treebanks show in loanwords only (LOANWORD_LETTERS: Estonian y,
 * Italian k). For a passage's spelling only (asciiUnlikeWords): a document's detection keeps them,
 * as half of a German and English text is English words with y.
 */
export const NATIVE_ASCII = new Uint32Array(128);
/**
 * Per code unit below U+00C0: the languages whose alphabet lacks it where it is an ASCII letter
 * (see isAsciiLetter), ~MAIN; 0 for every other unit. A word's ASCII letters are read against the
 * alphabets with one lookup each (see tallyWords in detect.ts), where a test for a letter and then a
 * lookup cost a tenth of the language votes on mixed prose.
 */
export const ASCII_LACKING = new Int32Array(0xc0);
const missing = new Map<string, number>();
fillAlphabets();

/**
 * In a function, not a loop in the module body (see stopwords.ts), and by code unit rather than
 * with string iterators, which cost more than the work in V8's interpreter, where this runs once. A
 * surrogate is beyond LETTER_LIMIT, like the letter it is half of.
 */
function fillAlphabets(): void {
  for (const l of LANGUAGES) {
    const k = wordLanguages(l.script).indexOf(l);
    if (k < 0) continue;
    const alphabet = ALPHABETS[l.code];
    if (alphabet === undefined) {
      missing.set(l.script, (missing.get(l.script) ?? 0) | (1 << k));
      continue;
    }
    const loanwords = LOANWORD_LETTERS[l.code] ?? '';
    for (let i = 0; i < alphabet.length; i++) {
      const lower = alphabet.charCodeAt(i);
      if (lower < LETTER_LIMIT) MAIN[lower] |= 1 << k;
      const upper = alphabet[i].toUpperCase();
      if (upper.length === 1 && upper.charCodeAt(0) < LETTER_LIMIT) MAIN[upper.charCodeAt(0)] |= 1 << k;
      if (lower < 128 && !loanwords.includes(alphabet[i])) {
        NATIVE_ASCII[lower] |= 1 << k;
        NATIVE_ASCII[upper.charCodeAt(0)] |= 1 << k;
      }
    }
  }
  for (let c = 0; c < ASCII_LACKING.length; c++) if (isAsciiLetter(c)) ASCII_LACKING[c] = ~MAIN[c];
}

/** The languages of `script` without a generated alphabet: every letter counts as theirs. */
export function withoutAlphabet(script: string): number {
  return missing.get(script) ?? 0;
}

/**
 * Whether code unit `c` is an ASCII letter: read against the alphabets too, as not every alphabet has
 * them all (Latvian, Croatian, Slovenian write no y, q, w or x; Polish no v; Icelandic no c or z).
 */
export function isAsciiLetter(c: number): boolean {
  return ((c | 0x20) - 0x61) >>> 0 < 26;
}

/**
 * Whether text[start, end) is as long as the sentences of `language` that hold its marker letters
 * (MARKED_WITHIN, from its treebanks) and holds none: then it is not in that language, whatever
 * words it shares with it. Lithuanian "Kita vertus, nusprendus dirbti namuose atsisakoma ne tik to,
 * kas darbe erzina, bet ir to, kas džiugina." has Latvian's "ne", "tik", "to", "kas", "bet", "ir",
 * and not one of the ā ē ī ķ ļ ņ ģ that Latvian sentences hold from 25 letters on. Counted whether
 * or not the document's alphabet has them too (Bulgarian ъ is Russian's as well).
 */
export function lacksMarkers(text: string, start: number, end: number, language: Language): boolean {
  const within = MARKED_WITHIN[language.code];
  if (within === undefined || !language.markers) return false;
  let letters = 0;
  for (let i = start; i < end; i++) {
    const c = text[i];
    const lower = c.toLowerCase();
    if (language.markers.includes(lower)) return false;
    if (lower !== c.toUpperCase()) letters++;
  }
  return letters >= within;
}
