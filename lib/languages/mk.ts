import type { Language } from './language.js';

export const mk: Language = {
  code: 'mk',
  name: 'Macedonian',
  franc: 'mkd',
  script: 'Cyrillic',
  commonWords:
    'и во не на да се е за од со а тоа но како што кој која кое ќе би беше бил била било сум сме ги сите само веќе јас тој таа тие ние вие има нема по до при кон овој оваа',
  markers: 'ѓќѕ',
  group: 'bg-mk',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Двете страни се договорија да ја прошират соработката во областа на енергетиката.',
  'Договорот ќе биде потпишан следната година, изјави министерот по разговорите во Скопје.',
  'Ви благодариме за трпението, вашата нарачка е веќе испратена и треба да пристигне утре.',
];
