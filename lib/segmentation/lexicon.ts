// A language profile's word lists as sets, built once per profile.

import type { LanguageProfile } from '../languages/profile.js';

export interface Lexicon {
  abbreviations: ReadonlySet<string>;
  caseSensitiveAbbreviations: ReadonlySet<string>;
  functionWords: ReadonlySet<string>;
  fragmentWords: ReadonlySet<string>;
  lowercaseWords: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  sentenceStarters: ReadonlySet<string>;
  /** Whether r and l can carry a syllable (Czech "krk", Croatian "prst"): then no vowel proves nothing. */
  syllabicConsonants: boolean;
}

const cache = new WeakMap<LanguageProfile, Lexicon>();

const lower = (words: readonly string[] | undefined) => new Set((words ?? []).map((w) => w.toLowerCase()));

export function lexiconFor(profile: LanguageProfile): Lexicon {
  let lex = cache.get(profile);
  if (!lex) {
    lex = {
      abbreviations: lower(profile.abbreviations),
      caseSensitiveAbbreviations: new Set(profile.caseSensitiveAbbreviations ?? []),
      functionWords: lower(profile.functionWords),
      fragmentWords: lower(profile.fragmentWords),
      lowercaseWords: lower(profile.lowercaseWords),
      speechVerbs: lower(profile.speechVerbs),
      sentenceStarters: lower(profile.sentenceStarters),
      syllabicConsonants: profile.syllabicConsonants ?? false,
    };
    cache.set(profile, lex);
  }
  return lex;
}
