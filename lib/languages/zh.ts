import type { Language } from './language.js';

export const zh: Language = {
  code: 'zh',
  franc: 'cmn',
  name: 'Chinese',
  script: 'Han',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  '双方同意扩大能源领域的合作，条约将于明年签署。',
];
