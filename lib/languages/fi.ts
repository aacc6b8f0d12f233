import type { Language } from './language.js';

export const fi: Language = {
  code: 'fi',
  name: 'Finnish',
  franc: 'fin',
  script: 'Latin',
  commonWords:
    'ja on ei että se oli hän kun mutta myös tai ovat joka sen niin ole kanssa jo vain olla olisi voi tämä tämän nyt kuin mukaan sekä jos mitä missä hänen he me te minä sinä sitä vaikka siitä kaikki mä mitään jälkeen sillä jotka eikä jonka niitä',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Molemmat osapuolet sopivat, että ne laajentavat yhteistyötä energia-alalla.',
  'Sopimus allekirjoitetaan ensi vuonna, ministeri sanoi Helsingissä käytyjen neuvottelujen jälkeen.',
  'Kiitos kärsivällisyydestäsi, tilauksesi on jo lähetetty ja sen pitäisi saapua huomenna.',
];
