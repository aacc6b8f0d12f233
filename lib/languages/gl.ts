import type { Language } from './language.js';

// Common words: the function words among the most frequent of OpenSubtitles 2018 (hermitdave/
// FrequencyWords, gl_50k), checked against stopwords-iso; the top 150 only, and without the words
// Portuguese or Spanish use among their 300 most frequent and do not list ("todo", "isto", "onde",
// "aquí", "así"…), Galician evidence in their sentences ("nun", 153rd, is Asturian's "not": it
// made Asturian sentences Galician). No group: Galician writes its most frequent words its own
// way ("non", "unha", "xa", "lle" against "não", "uma", "já", "lhe" and "no", "una", "ya", "le"),
// and Portuguese or Spanish in a Galician translation is a slip to report; a group could hold
// only one of the two anyway.
export const gl: Language = {
  code: 'gl',
  name: 'Galician',
  franc: 'glg',
  script: 'Latin',
  commonWords:
    'que a o non de e é un os unha se para por do en da as como está máis no ao pero eu na con á iso xa hai cando ou súa seu moi ten quen lle tamén das min sen polo pola che ela moito nin co coa despois dun aínda todo',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Ambas as partes acordaron ampliar a cooperación no ámbito da enerxía.',
  'O acordo asinarase o ano que vén, dixo o ministro despois da reunión en Santiago.',
  'Grazas pola súa paciencia, o seu pedido xa foi enviado e debería chegar mañá.',
];
