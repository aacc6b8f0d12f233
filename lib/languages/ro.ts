import type { Language } from './language.js';

export const ro: Language = {
  code: 'ro',
  franc: 'ron',
  name: 'Romanian',
  script: 'Latin',
  commonWords:
    'și de la în a cu pe care nu este o un să din că se mai pentru sunt fost au ce acest această lui al ale fi sau dar ca după prin despre până ei el ea noi vă le lor cum când unde foarte',
  markers: 'ășțşţ',
  frequentMarkers: true,
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Cele două părți au convenit să extindă cooperarea în domeniul energiei și al transporturilor.',
  'Tratatul va fi semnat anul viitor, a declarat ministrul după întâlnirea de la București.',
  'Vă mulțumim pentru răbdare, comanda dumneavoastră a fost deja expediată și ar trebui să ajungă mâine.',
];
