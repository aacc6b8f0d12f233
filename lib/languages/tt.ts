import type { Language } from './language.js';

// Common words: the function words among the most frequent of Unicode's Unilex (data/frequency/tt,
// a web crawl; OpenSubtitles has no Tatar list), without "да", "ни", "без" and "була", which are
// Russian, Bulgarian or Ukrainian words as well. Markers: ә ө ү җ ң һ, the letters Tatar adds to the Russian alphabet (one letter in eight);
// җ is its own among the registry's languages.
export const tt: Language = {
  code: 'tt',
  name: 'Tatar',
  franc: 'tat',
  script: 'Cyrillic',
  commonWords:
    'дә белән һәм бу дип ул өчен бер иде бар түгел генә бик гына инде ә икән кирәк аның шул үз әле турында күп юк буенча дигән булган алар булып алып иң ике мин әмма әлеге итеп шулай соң бит ук тә яңа торган аны исә менә кебек башка итә хәзер кадәр тагын тик безнең тиеш булса шуңа арасында үзе анда ничек һәр мондый мөмкин нинди шундый шушы бөтен чөнки аша яки',
  markers: 'әөүҗңһ',
  frequentMarkers: true,
  reduplicates: 'phrases',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Ике як энергетика өлкәсендә хезмәттәшлекне киңәйтергә килеште.',
  'Килешүгә киләсе елда кул куелачак, диде министр Казандагы очрашудан соң.',
  'Сабырлыгыгыз өчен рәхмәт, сезнең заказ инде җибәрелде һәм ул иртәгә килеп җитәргә тиеш.',
];
