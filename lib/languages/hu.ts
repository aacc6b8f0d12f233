import type { Language } from './language.js';

export const hu: Language = {
  code: 'hu',
  franc: 'hun',
  name: 'Hungarian',
  script: 'Latin',
  commonWords:
    'a az és hogy nem is egy van meg de el ez már csak mint még volt ki be fel azt ha vagy ezt kell lesz után között pedig sem szerint minden nagyon amely aki itt ott',
  markers: 'őű',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'A két fél megállapodott abban, hogy bővítik az együttműködést az energetika területén.',
  'A szerződést jövőre írják alá, mondta a miniszter a budapesti tárgyalások után.',
  'Köszönjük a türelmét, a rendelését már elküldtük, és holnap meg kell érkeznie.',
];
