import type { Language } from './language.js';

export const ja: Language = {
  code: 'ja',
  franc: 'jpn',
  name: 'Japanese',
  script: 'Kana',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  '両国はエネルギー分野での協力を拡大することで合意した。',
];
