import type { Language } from './language.js';

export const he: Language = {
  code: 'he',
  name: 'Hebrew',
  script: 'Hebrew',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'שני הצדדים הסכימו להרחיב את שיתוף הפעולה בתחום האנרגיה.',
];
