// The languages the checker has knowledge for. Add one by writing its profile file and listing it here.
import { cs } from './cs.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { hr } from './hr.js';
import { it } from './it.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { ru } from './ru.js';
import { uk } from './uk.js';
import type { LanguageProfile } from './profile.js';

export type { LanguageProfile } from './profile.js';

export const PROFILES: readonly LanguageProfile[] = [en, de, fr, es, it, pt, nl, cs, pl, hr, ru, uk];

const byCode = new Map(PROFILES.map((p) => [p.code, p]));
const byFranc = new Map(PROFILES.map((p) => [p.franc, p]));

export function profileFor(code: string): LanguageProfile | undefined {
  return byCode.get(code);
}

export function profileForFranc(iso6393: string): LanguageProfile | undefined {
  return byFranc.get(iso6393);
}

/**
 * Stand-in for a language without a profile: no abbreviation knowledge, so it assumes the cautious
 * reading everywhere (a number before a period may be an ordinal).
 */
export function genericProfile(code: string): LanguageProfile {
  return {
    code,
    franc: 'und',
    name: code,
    script: 'Latin',
    abbreviations: [],
    ordinalDot: true,
    yearOrdinals: true,
    functionWords: [],
    fragmentWords: [],
    lowercaseWords: [],
    speechVerbs: [],
  };
}
