import type { Language } from './language.js';

export const ca: Language = {
  code: 'ca',
  name: 'Catalan',
  script: 'Latin',
  commonWords:
    'i de la el els les a que en un una per amb no es del al als és són va ha han més però com això aquest aquesta seu seva també molt quan on jo ell ella nosaltres pel',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Les dues parts van acordar ampliar la cooperació en l\'àmbit de l\'energia.',
  'El tractat se signarà l\'any vinent, va dir el ministre després de la reunió a Barcelona.',
  'Gràcies per la vostra paciència, la vostra comanda ja s\'ha enviat i hauria d\'arribar demà.',
];
