import type { Language } from './language.js';

export const sl: Language = {
  code: 'sl',
  name: 'Slovene',
  franc: 'slv',
  script: 'Latin',
  commonWords:
    'in je v na se da za od s so a o to ki kot pa ali bil bila bilo biti sem smo jih iz ne bo bi vse samo že tudi še pri po z bodo lahko zelo kjer ko tako tega ter ga če ker več nekaj kaj seveda ampak pred naj saj pač niso jaz zaradi predvsem oziroma veliko',
  group: 'hbs',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Obe strani sta se dogovorili, da bosta razširili sodelovanje na področju energetike.',
  'Pogodba bo podpisana prihodnje leto, je po pogovorih v Ljubljani povedal minister.',
  'Hvala za vašo potrpežljivost, vaše naročilo smo že poslali in bi moralo prispeti jutri.',
];
