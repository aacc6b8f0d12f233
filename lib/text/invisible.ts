// The characters that take no space and show nothing in most editors (Unicode format characters,
// Default_Ignorable, that translated text meets in practice), in one table: the mark scan flags them,
// the invisible-character rule names them, bilingual comparisons fold them away, the review page boxes
// them. Each has a legitimate use, so the kind says what it does to the text around it.

/**
 * - `hint`: a line-break or joining hint, or a byte-order mark: changes nothing drawn.
 * - `joiner`: changes how the letters on either side are drawn (Persian, Indic, emoji sequences).
 * - `mark`: a direction mark, an invisible strong letter that places neutral punctuation.
 * - `embedding`: opens or closes a bidirectional embedding, override or isolate, and can reorder a whole run.
 */
export type InvisibleKind = 'hint' | 'joiner' | 'mark' | 'embedding';

export const INVISIBLE_CHARACTERS: Readonly<Record<string, { name: string; kind: InvisibleKind }>> = {
  '\u00ad': { name: 'soft hyphen', kind: 'hint' },
  '\u061c': { name: 'Arabic letter mark', kind: 'mark' },
  '\u200b': { name: 'zero-width space', kind: 'hint' },
  '\u200c': { name: 'zero-width non-joiner', kind: 'joiner' },
  '\u200d': { name: 'zero-width joiner', kind: 'joiner' },
  '\u200e': { name: 'left-to-right mark', kind: 'mark' },
  '\u200f': { name: 'right-to-left mark', kind: 'mark' },
  '\u202a': { name: 'left-to-right embedding', kind: 'embedding' },
  '\u202b': { name: 'right-to-left embedding', kind: 'embedding' },
  '\u202c': { name: 'pop directional formatting', kind: 'embedding' },
  '\u202d': { name: 'left-to-right override', kind: 'embedding' },
  '\u202e': { name: 'right-to-left override', kind: 'embedding' },
  '\u2060': { name: 'word joiner', kind: 'hint' },
  '\u2066': { name: 'left-to-right isolate', kind: 'embedding' },
  '\u2067': { name: 'right-to-left isolate', kind: 'embedding' },
  '\u2068': { name: 'first strong isolate', kind: 'embedding' },
  '\u2069': { name: 'pop directional isolate', kind: 'embedding' },
  '\ufeff': { name: 'zero-width no-break space (byte-order mark)', kind: 'hint' },
};

/** The characters of INVISIBLE_CHARACTERS whose kind is one of `kinds`, as one string (for a character class or a table). */
export function invisibles(...kinds: InvisibleKind[]): string {
  return Object.keys(INVISIBLE_CHARACTERS)
    .filter((c) => kinds.includes(INVISIBLE_CHARACTERS[c].kind))
    .join('');
}

/** Every character of INVISIBLE_CHARACTERS, as one string. */
export const INVISIBLES = Object.keys(INVISIBLE_CHARACTERS).join('');

/** Every invisible character but the joiners: they show nothing and change no letter's shape, so two texts that differ only by them read alike. */
export const SHAPELESS = invisibles('hint', 'mark', 'embedding');
