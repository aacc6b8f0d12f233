import type { Language } from './language.js';

export const da: Language = {
  code: 'da',
  name: 'Danish',
  franc: 'dan',
  script: 'Latin',
  commonWords:
    'og i at det en på er af for med til den ikke har om de et var jeg men så fra kan han hun vi som der sig havde skal vil efter også når eller ved under mod over denne dette blev blive',
  markers: 'æø',
  group: 'nordic',
  bareAbbreviations: true,
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Begge parter blev enige om at udvide samarbejdet på energiområdet.',
  'Aftalen vil blive underskrevet næste år, sagde ministeren efter mødet i København.',
  'Tak for din tålmodighed, din ordre er allerede sendt og bør ankomme i morgen.',
];
