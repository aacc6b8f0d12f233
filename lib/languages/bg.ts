import type { Language } from './language.js';

export const bg: Language = {
  code: 'bg',
  franc: 'bul',
  name: 'Bulgarian',
  script: 'Cyrillic',
  commonWords:
    'и в не на че с по това как той а към от за така го но тя са бе да се ще е си ли който която които което като при след през тази този тези има няма много още само вече ние вие те аз му ни всички бъде със им във беше него съм бяха срещу пред ти преди сме',
  markers: 'ъ',
  group: 'bg-mk',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Двете страни се договориха да разширят сътрудничеството в областта на енергетиката.',
  'Договорът ще бъде подписан следващата година, каза министърът след разговорите в София.',
  'Благодарим ви за търпението, поръчката ви вече е изпратена и трябва да пристигне утре.',
];
