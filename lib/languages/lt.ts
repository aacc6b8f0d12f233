import type { Language } from './language.js';

export const lt: Language = {
  code: 'lt',
  name: 'Lithuanian',
  franc: 'lit',
  script: 'Latin',
  commonWords:
    'ir kad su į iš bet tai tas kaip o ar jis ji mes jūs aš tu buvo bus nėra jau tik dar po prie iki savo šis ši kuris kuri nes taip pat apie už per nuo jų dėl būtų bei mūsų būti kai kurie ką prieš juos jei kurios ant tačiau nors arba jog jie jeigu kurių mano',
  markers: 'ėįų',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Abi šalys susitarė išplėsti bendradarbiavimą energetikos srityje.',
  'Sutartis bus pasirašyta kitais metais, po derybų Vilniuje sakė ministras.',
  'Dėkojame už kantrybę, jūsų užsakymas jau išsiųstas ir turėtų atkeliauti rytoj.',
];
