import type { Language } from './language.js';

export const hy: Language = {
  code: 'hy',
  name: 'Armenian',
  script: 'Armenian',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Երկու կողմերը պայմանավորվեցին ընդլայնել համագործակցությունը էներգետիկայի ոլորտում։',
];
