import type { Language } from './language.js';

export const sk: Language = {
  code: 'sk',
  name: 'Slovak',
  franc: 'slk',
  script: 'Latin',
  commonWords:
    'a je sa na v že to s z o do vo k ale ako pre by sú byť som jeho ktoré ktorý ktorá tiež už len tak po od pri podľa bol bola bolo nie však keď alebo aj medzi si sme ste ich ktorí ešte iba veľmi viac než čo kde kedy pred cez ku budú môžu majú za vám nám vás nás ho mu ju jej ten tá tento táto toto tieto bude má ak lebo pretože preto teda ani nič tam tu on ona ono oni',
  markers: 'ľĺŕôä',
  group: 'cs-sk',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Obe strany sa dohodli, že rozšíria spoluprácu v oblasti energetiky a dopravy.',
  'Zmluva bude podpísaná budúci rok, povedal minister po rokovaní v Bratislave.',
  'Ďakujeme vám za trpezlivosť, vašu objednávku sme už odoslali a mala by prísť zajtra.',
];
