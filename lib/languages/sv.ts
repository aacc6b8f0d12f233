import type { Language } from './language.js';

export const sv: Language = {
  code: 'sv',
  franc: 'swe',
  name: 'Swedish',
  script: 'Latin',
  commonWords:
    'och i att det som en på är av för med till den inte har om de ett var jag men så från kan han hon vi ni man sig hade skulle efter också när eller vid under mot över detta denna',
  markers: 'å',
  group: 'nordic',
  bareAbbreviations: true,
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Båda parter kom överens om att utöka samarbetet inom energiområdet.',
  'Avtalet kommer att undertecknas nästa år, sade ministern efter mötet i Stockholm.',
  'Tack för ditt tålamod, din beställning har redan skickats och bör komma fram i morgon.',
];
