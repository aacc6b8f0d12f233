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
  | 'Thai'
  | 'Hangul'
  | 'Kana'
  | 'Han'
  | 'Other';

/** Scripts whose letters have an upper and a lower case. */
export const CASED_SCRIPTS: ReadonlySet<ScriptName> = new Set(['Latin', 'Cyrillic', 'Greek', 'Armenian']);

/** Script of a UTF-16 code unit, or undefined for non-letters (digits, punctuation, space). */
export function scriptOf(c: number): ScriptName | undefined {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 'Latin' : undefined;
  if (c < 0x250) return c === 0xd7 || c === 0xf7 || c < 0xc0 ? undefined : 'Latin';
  if (c < 0x2b0) return 'Latin';
  if (c >= 0x370 && c < 0x400) return 'Greek';
  if (c >= 0x400 && c < 0x530) return 'Cyrillic';
  if (c >= 0x530 && c < 0x590) return 'Armenian';
  if (c >= 0x590 && c < 0x600) return 'Hebrew';
  if (c >= 0x600 && c < 0x700) return 'Arabic';
  if (c >= 0x900 && c < 0x980) return 'Devanagari';
  if (c >= 0xe00 && c < 0xe80) return 'Thai';
  if (c >= 0x10a0 && c < 0x1100) return 'Georgian';
  if (c >= 0x1100 && c < 0x1200) return 'Hangul';
  if (c >= 0x1e00 && c < 0x1f00) return 'Latin';
  if (c >= 0x1f00 && c < 0x2000) return 'Greek';
  if (c >= 0x3040 && c < 0x3100) return 'Kana';
  if ((c >= 0x3400 && c < 0x4dc0) || (c >= 0x4e00 && c < 0xa000) || (c >= 0xf900 && c < 0xfb00)) return 'Han';
  if (c >= 0xac00 && c < 0xd7b0) return 'Hangul';
  if (c >= 0xff21 && c <= 0xff5a) return 'Latin';
  if (c >= 0x2000 && c < 0x3040) return undefined; // punctuation, symbols, CJK punctuation
  if (c >= 0xd800 && c < 0xe000) return undefined; // surrogates: emoji and rare scripts
  return 'Other';
}

export interface ScriptCounts {
  counts: Map<ScriptName, number>;
  letters: number;
}

/** Counts letters per script in text[start, end). */
export function countScripts(text: string, start = 0, end = text.length): ScriptCounts {
  const counts = new Map<ScriptName, number>();
  let letters = 0;
  for (let i = start; i < end; i++) {
    const s = scriptOf(text.charCodeAt(i));
    if (s === undefined) continue;
    letters++;
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return { counts, letters };
}

/** The script with the most letters; Kana wins over Han when present (Japanese mixes both). */
export function dominantScript({ counts, letters }: ScriptCounts): ScriptName | undefined {
  if (letters === 0) return undefined;
  let best: ScriptName | undefined;
  let bestN = 0;
  for (const [s, n] of counts) if (n > bestN) [best, bestN] = [s, n];
  const kana = counts.get('Kana') ?? 0;
  if (best === 'Han' && kana > bestN * 0.05) return 'Kana';
  return best;
}
