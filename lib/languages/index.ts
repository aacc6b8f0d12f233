// The languages the checker has knowledge for. Add one by writing its profile file and listing it here.
import { en } from './en.js';
import type { LanguageProfile } from './profile.js';

export type { LanguageProfile } from './profile.js';

export const PROFILES: readonly LanguageProfile[] = [en];

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
    functionWords: [],
    fragmentWords: [],
    lowercaseWords: [],
    speechVerbs: [],
  };
}
