import type { Language } from './language.js';

export const ka: Language = {
  code: 'ka',
  name: 'Georgian',
  script: 'Georgian',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'ორივე მხარე შეთანხმდა ენერგეტიკის სფეროში თანამშრომლობის გაფართოებაზე.',
];
