import type { Language } from './language.js';

export const hu: Language = {
  code: 'hu',
  franc: 'hun',
  name: 'Hungarian',
  script: 'Latin',
  commonWords:
    'a az és hogy nem is egy van meg de el ez már csak mint még volt ki be fel azt ha vagy ezt kell lesz után között pedig sem szerint minden nagyon amely aki itt ott',
  markers: 'őű',
  examples: [
    'A két fél megállapodott abban, hogy bővítik az együttműködést az energetika területén.',
    'A szerződést jövőre írják alá, mondta a miniszter a budapesti tárgyalások után.',
    'Köszönjük a türelmét, a rendelését már elküldtük, és holnap meg kell érkeznie.',
  ],
};
