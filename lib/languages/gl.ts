import type { Language } from './language.js';

// Common words: the function words among the most frequent of OpenSubtitles 2018 (hermitdave/
// FrequencyWords, gl_50k), checked against stopwords-iso.
export const gl: Language = {
  code: 'gl',
  name: 'Galician',
  script: 'Latin',
  commonWords:
    'que a o non de e é un os unha se para por do en da as como está máis no ao pero eu na con á iso xa hai cando ou súa seu moi ten quen lle tamén das min sen polo pola che ela moito nin co coa despois dun aínda',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Ambas as partes acordaron ampliar a cooperación no ámbito da enerxía.',
  'O acordo asinarase o ano que vén, dixo o ministro despois da reunión en Santiago.',
  'Grazas pola súa paciencia, o seu pedido xa foi enviado e debería chegar mañá.',
];
