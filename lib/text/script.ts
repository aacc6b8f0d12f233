// Writing-system of letters by code-point range. Cheap and statistics-free: the first signal for
// language detection, for "is there letter case here at all", and for foreign-script spans.

export type ScriptName =
  | 'Latin'
  | 'Cyrillic'
  | 'Greek'
  | 'Armenian'
  | 'Georgian'
  | 'Hebrew'
  | 'Arabic'
  | 'Devanagari'
  | 'Bengali'
  | 'Tamil'
  | 'Thai'
  | 'Hangul'
  | 'Kana'
  | 'Han'
  | 'Other';

/** Scripts whose letters have an upper and a lower case. */
export const CASED_SCRIPTS: ReadonlySet<ScriptName> = new Set(['Latin', 'Cyrillic', 'Greek', 'Armenian']);

/**
 * Scripts by code-unit range [from, to): where ranges overlap the later one counts, and a code unit
 * in none is 'Other'; undefined marks what is not a letter (digits, punctuation, space). The one
 * list behind scriptOf and the scanners' per-code-unit table (catalogue/charclass.ts), both filled
 * range by range: a call per code unit would cost a cold start some 10 ms.
 */
export const SCRIPT_RANGES: ReadonlyArray<readonly [from: number, to: number, script: ScriptName | undefined]> = [
  [0x0, 0xc0, undefined],
  [0x41, 0x5b, 'Latin'],
  [0x61, 0x7b, 'Latin'],
  [0xc0, 0x2b0, 'Latin'],
  // Combining diacritics: part of the letter before them (decomposed text, NFD), counted with it.
  [0x300, 0x370, undefined],
  [0xd7, 0xd8, undefined], // ×
  [0xf7, 0xf8, undefined], // ÷
  [0x370, 0x400, 'Greek'],
  [0x400, 0x530, 'Cyrillic'],
  [0x530, 0x590, 'Armenian'],
  [0x590, 0x600, 'Hebrew'],
  [0x600, 0x700, 'Arabic'],
  [0x900, 0x980, 'Devanagari'],
  [0x980, 0xa00, 'Bengali'],
  [0xb80, 0xc00, 'Tamil'],
  [0xe00, 0xe80, 'Thai'],
  [0x10a0, 0x1100, 'Georgian'],
  [0x1100, 0x1200, 'Hangul'],
  [0x1e00, 0x1f00, 'Latin'],
  [0x1f00, 0x2000, 'Greek'],
  [0x2000, 0x3040, undefined], // punctuation, symbols, CJK punctuation
  // Extensions of the scripts above, whose letters charclass.ts takes from the Unicode data: a
  // Mesoamerican saltillo (ꞌ), a Cyrillic titlo letter or a Georgian capital (Mtavruli) is of its word's script.
  [0x1c80, 0x1c90, 'Cyrillic'],
  [0x1c90, 0x1cc0, 'Georgian'],
  [0x2c60, 0x2c80, 'Latin'],
  [0x2de0, 0x2e00, 'Cyrillic'],
  [0xa640, 0xa6a0, 'Cyrillic'],
  [0xa720, 0xa800, 'Latin'],
  [0xab30, 0xab70, 'Latin'],
  [0x3040, 0x3100, 'Kana'],
  [0x3400, 0x4dc0, 'Han'],
  [0x4e00, 0xa000, 'Han'],
  [0xac00, 0xd7b0, 'Hangul'],
  [0xd800, 0xe000, undefined], // surrogates: emoji and rare scripts
  [0xf900, 0xfb00, 'Han'],
  [0xff21, 0xff5b, 'Latin'], // fullwidth Latin
];

/** What SCRIPT_BY_UNIT's values stand for: 0 'Other', 1 not a letter, then the scripts as SCRIPT_RANGES first names them. */
const UNIT_SCRIPTS: readonly (ScriptName | undefined)[] = ['Other', undefined, ...new Set(SCRIPT_RANGES.flatMap(([, , s]) => (s ? [s] : [])))];
const SCRIPT_BY_UNIT = new Uint8Array(0x10000);
fillScripts();

/** In a function, not a loop in the module body: see identity() in catalogue/charclass.ts. */
function fillScripts(): void {
  for (const [from, to, script] of SCRIPT_RANGES) SCRIPT_BY_UNIT.fill(UNIT_SCRIPTS.indexOf(script), from, to);
}

/** Script of a UTF-16 code unit, or undefined for non-letters (digits, punctuation, space). */
export function scriptOf(c: number): ScriptName | undefined {
  return c < 0x10000 ? UNIT_SCRIPTS[SCRIPT_BY_UNIT[c]] : 'Other';
}

export interface ScriptCounts {
  counts: Map<ScriptName, number>;
  letters: number;
}

/** SCRIPT_BY_UNIT's value for what is not a letter. */
const NOT_A_LETTER = UNIT_SCRIPTS.indexOf(undefined);
/** countScripts' letters per script code, and the codes in the order first seen; all zero between calls. */
const TALLY = new Int32Array(UNIT_SCRIPTS.length);
const SEEN = new Uint8Array(UNIT_SCRIPTS.length);

/**
 * Counts letters per script in text[start, end); the map lists the scripts in the order their
 * first letter comes (dominantScript breaks ties by it). Counted per script code in a typed
 * array, not by a map lookup and update per letter.
 */
export function countScripts(text: string, start = 0, end = text.length): ScriptCounts {
  let letters = 0;
  let seen = 0;
  for (let i = start; i < end; i++) {
    const code = SCRIPT_BY_UNIT[text.charCodeAt(i)];
    if (code === NOT_A_LETTER) continue;
    letters++;
    if (TALLY[code]++ === 0) SEEN[seen++] = code;
  }
  const counts = new Map<ScriptName, number>();
  for (let j = 0; j < seen; j++) {
    const code = SEEN[j];
    counts.set(UNIT_SCRIPTS[code]!, TALLY[code]);
    TALLY[code] = 0;
  }
  return { counts, letters };
}

/** The script with the most letters; Kana wins over Han when present (Japanese mixes both). */
export function dominantScript({ counts, letters }: ScriptCounts): ScriptName | undefined {
  if (letters === 0) return undefined;
  let best: ScriptName | undefined;
  let bestN = 0;
  for (const [s, n] of counts) {
    if (n <= bestN) continue;
    best = s;
    bestN = n;
  }
  const kana = counts.get('Kana') ?? 0;
  if (best === 'Han' && kana > bestN * 0.05) return 'Kana';
  return best;
}
