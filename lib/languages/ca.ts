import type { Language } from './language.js';

// Common words: the first list, and the function words among the 150 most frequent of OpenSubtitles
// 2018 (hermitdave/FrequencyWords, ca_50k) that Spanish does not write alike among its own most
// frequent without listing them ("aquí", "tan", "van", "ser" left out), nor another language among
// its most frequent words ("ja" German, Czech, Croatian; "tot", "hem" Dutch; "mai" Italian and
// Romanian; "meu", "havia" Portuguese; "qui", "et" French; "em", "us", "li", "ho", "sense" left
// out). With the first list alone, a short Catalan line read as Spanish on the words the two share
// ("el camí «%s» no existeix (ni al disc ni a l'índex)").
export const ca: Language = {
  code: 'ca',
  name: 'Catalan',
  franc: 'cat',
  script: 'Latin',
  commonWords:
    'i de la el els les a que en un una per amb no es del al als és són va ha han més però com això aquest aquesta seu seva també molt quan on jo ell ella nosaltres pel ' +
    'què hi si ens ara només tots cap res ni fins encara sobre abans després dels pels allà així perquè doncs meva teva seves vaig vam està estat sigui',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Les dues parts van acordar ampliar la cooperació en l\'àmbit de l\'energia.',
  'El tractat se signarà l\'any vinent, va dir el ministre després de la reunió a Barcelona.',
  'Gràcies per la vostra paciència, la vostra comanda ja s\'ha enviat i hauria d\'arribar demà.',
];
