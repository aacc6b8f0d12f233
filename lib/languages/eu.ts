import type { Language } from './language.js';

// Common words: the function words among the most frequent of OpenSubtitles 2018 (hermitdave/
// FrequencyWords, eu_50k), checked against stopwords-iso and Unicode's Unilex frequencies; without
// "ni" (Slovene, Catalan, Spanish) and "nor" (English). No markers: Basque writes with the letters
// of Spanish.
export const eu: Language = {
  code: 'eu',
  name: 'Basque',
  franc: 'eus',
  script: 'Latin',
  commonWords:
    'eta ez da bat du zer egin baina hori nire naiz izan zure dago zara hau ere dugu zen egiten dira hemen zuen ezin oso bere zu nik orain izango zergatik asko dute beste gara nola edo gure zuk dena baino dela bezala non den gehiago batean bi ditut gero gabe horrela inoiz orduan beti bera arte ditu lehen beraz baita zein zuten duela hauek horiek ziren zituen',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Bi aldeek energiaren arloko lankidetza zabaltzea adostu dute, eta akordioa oso garrantzitsua da.',
  'Akordioa datorren urtean sinatuko da, esan zuen ministroak Bilbon egin zen bileraren ondoren.',
  'Eskerrik asko zure pazientziagatik, zure eskaera dagoeneko bidali da eta bihar iritsi beharko litzateke.',
];
