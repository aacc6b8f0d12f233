import type { Language } from './language.js';

export const nb: Language = {
  code: 'nb',
  name: 'Norwegian',
  franc: 'nob',
  script: 'Latin',
  commonWords:
    'og i å det som en på er av for med til den ikke har om de et var jeg men så fra kan han hun vi seg hadde skal vil etter også når eller ved under mot over denne dette ble blir',
  markers: 'æø',
  group: 'nordic',
  bareAbbreviations: true,
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Begge parter ble enige om å utvide samarbeidet på energiområdet.',
  'Avtalen vil bli undertegnet neste år, sa ministeren etter møtet i Oslo.',
  'Takk for tålmodigheten, bestillingen din er allerede sendt og bør komme fram i morgen.',
];
