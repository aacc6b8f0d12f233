// The abbreviation base generated from Unicode CLDR (lib/languages/cldr-abbreviations.ts) must be
// what scripts/cldr-abbreviations.ts makes from the installed cldr-segments-full, and it must
// reach every language by its code, profiled or not.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLDR_ABBREVIATIONS, CLDR_DATE_ABBREVIATIONS, CLDR_SCALE_ABBREVIATIONS } from '../lib/languages/cldr-abbreviations.js';
import { genericProfile, PROFILES } from '../lib/languages/index.js';
import { lexiconFor } from '../lib/segmentation/lexicon.js';
import { generate } from '../scripts/cldr-abbreviations.js';

describe('CLDR abbreviations', () => {
  it('are up to date with cldr-segments-full (run npx tsx scripts/cldr-abbreviations.ts)', () => {
    const committed = readFileSync(fileURLToPath(new URL('../lib/languages/cldr-abbreviations.ts', import.meta.url)), 'utf8');
    expect(committed).toBe(generate());
  });

  it('stay small (the module ships in the Lambda bundle)', () => {
    expect(JSON.stringify(CLDR_ABBREVIATIONS).length).toBeLessThan(8_000);
    expect(JSON.stringify(CLDR_DATE_ABBREVIATIONS).length).toBeLessThan(6_000);
    expect(JSON.stringify(CLDR_SCALE_ABBREVIATIONS).length).toBeLessThan(1_000);
  });

  it('are the base of every profile with CLDR data, without the language\'s function words and ordinary words', () => {
    for (const profile of PROFILES) {
      const standard = (CLDR_ABBREVIATIONS[profile.code] ?? '').split(' ').filter((w) => w && w === w.toLowerCase());
      const lex = lexiconFor(profile);
      const ordinary = new Set(profile.notAbbreviations ?? []);
      for (const w of standard) if (!lex.functionWords.has(w) && !ordinary.has(w)) expect(lex.abbreviations.has(w), `${profile.code}: ${w}`).toBe(true);
    }
    expect(lexiconFor(PROFILES.find((p) => p.code === 'de')!).abbreviations.has('am')).toBe(false);
    // An ordinary word CLDR lists counts only when capitalised.
    const es = lexiconFor(PROFILES.find((p) => p.code === 'es')!);
    expect([es.abbreviations.has('mar'), es.caseSensitiveAbbreviations.has('Mar')]).toEqual([false, true]);
  });

  it('hold the clipped date names of the registry languages, not those written in full', () => {
    const es = lexiconFor(PROFILES.find((p) => p.code === 'es')!);
    // "set." is septiembre in Peru and Uruguay (es-PE, es-UY).
    expect(['set', 'lun', 'mar'].map((w) => es.dateAbbreviations.has(w))).toEqual([true, true, true]);
    const ru = lexiconFor(PROFILES.find((p) => p.code === 'ru')!);
    expect([ru.dateAbbreviations.has('сент'), ru.dateAbbreviations.has('мая')]).toEqual([true, false]);
    // A function word of the language is not one ("po", Monday in Czech, is "after").
    expect(lexiconFor(PROFILES.find((p) => p.code === 'cs')!).dateAbbreviations.has('po')).toBe(false);
  });

  it('hold the number scales the registry languages abbreviate with a period, not those written without one', () => {
    // Lithuanian and Danish have no profile; Russian writes "тыс." but "млн" (no period).
    // (The lexicon holds a word with diacritics composed and decomposed, for text in either form.)
    const lt = lexiconFor(genericProfile('lt')).scaleAbbreviations;
    expect([...new Set([...lt].map((w) => w.normalize('NFC')))].sort()).toEqual(['mln', 'mlrd', 'trln', 'tūkst']);
    expect(lt.has('tūkst'.normalize('NFD'))).toBe(true);
    expect(lexiconFor(genericProfile('da')).scaleAbbreviations.has('mia')).toBe(true);
    const ru = lexiconFor(PROFILES.find((p) => p.code === 'ru')!);
    expect([ru.scaleAbbreviations.has('тыс'), ru.scaleAbbreviations.has('млн')]).toEqual([true, false]);
  });

  it('reach a language without a profile by its code', () => {
    const lex = lexiconFor(genericProfile('it'));
    expect(lex.abbreviations.has('dott')).toBe(true);
    expect(lex.abbreviations.has('subsp')).toBe(true);
  });
});
