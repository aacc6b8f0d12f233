import type { Language } from './language.js';

export const ko: Language = {
  code: 'ko',
  franc: 'kor',
  name: 'Korean',
  script: 'Hangul',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  '양측은 에너지 분야의 협력을 확대하기로 합의했다.',
];
