// The consistency check's grouping by folded text (lib/bilingual/folded.ts) hashes a plain text's
// folded form as it reads the text: its groups must be those of the folded strings themselves,
// on the texts where folding is not plain (placeholders, accelerators, "İ", final sigma,
// characters past the BMP) and on random mixes of them.
import { describe, expect, it } from 'vitest';
import { folded, foldedGroups } from '../lib/bilingual/folded.js';
import { random as seededRandom } from './seeded-random.js';

/** The groups as grouping by the folded strings makes them (indices into `texts`). */
function byFoldedStrings(texts: readonly string[], minWords: number): number[][] {
  const longWords = (f: string) => f.split(' ').filter((w) => w.length >= 2).length;
  const groups = new Map<string, number[]>();
  texts.forEach((t, i) => {
    const f = folded(t);
    if (longWords(f) < minWords) return;
    const g = groups.get(f);
    if (g) g.push(i);
    else groups.set(f, [i]);
  });
  return [...groups.values()];
}

function byFoldedGroups(texts: readonly string[], minWords: number): number[][] {
  const text = texts.join('\n');
  const starts: number[] = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    at += t.length + 1;
  }
  return foldedGroups(texts.map((_, i) => i), text, (i) => starts[i], (i) => starts[i] + texts[i].length, () => '', minWords);
}

describe('foldedGroups', () => {
  it('groups texts that differ in case, spacing and punctuation only', () => {
    const texts = ['Save file', 'save  FILE.', '“Save” — file!', 'Save files', 'Save %s file', 'Save %d file', '_Save file', 'Ab'];
    expect(byFoldedGroups(texts, 2)).toEqual([[0, 1, 2, 6], [3], [4], [5]]);
    expect(byFoldedGroups(texts, 0)).toEqual(byFoldedStrings(texts, 0));
  });

  it('folds away the invisible characters that change no letter’s shape, not the joiners', () => {
    const texts = ['Save file', 'Sa\u00adve\u200b file', '\u202bSave file\u202c', '\u2067Save\u2069 file\u200f', 'Sa\u200dve file', 'Sa\u200cve file'];
    expect(byFoldedGroups(texts, 2)).toEqual([[0, 1, 2, 3], [4], [5]]);
    expect(byFoldedGroups(texts, 2)).toEqual(byFoldedStrings(texts, 2));
  });

  it('agrees with the folded strings where lowercasing is not one code unit for one', () => {
    const texts = ['İstanbul ist', 'i̇stanbul ist', 'ΟΔΟΣ ΟΔΟΣ', 'οδος οδος', 'οδοσ οδοσ', 'οδος  οδος.', '𐐀𐐁 ab', '𐐨𐐩 ab', 'ǅa ǆa', 'Ǆa ǆa'];
    expect(byFoldedGroups(texts, 0)).toEqual(byFoldedStrings(texts, 0));
    expect(byFoldedGroups(texts, 2)).toEqual(byFoldedStrings(texts, 2));
  });

  it('agrees with the folded strings on random mixes of the hard cases', () => {
    const random = seededRandom(7);
    const pieces = ['a', 'B', ' ', '  ', '.', ',', '“', 'Σ', 'σ', 'ς', 'İ', 'i̇', 'I', '%s', '%1$s', '{0}', '_', '&', '(_F)', '😀', '\ud801\udc00', '\ud801\udc28', 'ß', 'Ⓐ', 'ⓐ', '\u00a0', 'ab', 'AB', '\ue000', '—', 'É', 'e\u0301', '\ud800', '\u200b', '\u202e', '\u200d'];
    for (let trial = 0; trial < 500; trial++) {
      const base = Array.from({ length: 5 }, () => Array.from({ length: Math.floor(random() * 7) }, () => pieces[Math.floor(random() * pieces.length)]).join(''));
      const texts = Array.from({ length: 10 }, () => {
        const t = base[Math.floor(random() * base.length)];
        return random() < 0.3 ? t.toUpperCase() : t;
      });
      for (const minWords of [0, 2]) expect(byFoldedGroups(texts, minWords), JSON.stringify(texts)).toEqual(byFoldedStrings(texts, minWords));
    }
  });
});
