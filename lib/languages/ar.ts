import type { Language } from './language.js';

export const ar: Language = {
  code: 'ar',
  franc: 'arb',
  name: 'Arabic',
  script: 'Arabic',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'اتفق الطرفان على توسيع التعاون في مجال الطاقة.',
];
