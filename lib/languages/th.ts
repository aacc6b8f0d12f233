import type { Language } from './language.js';

export const th: Language = {
  code: 'th',
  franc: 'tha',
  name: 'Thai',
  script: 'Thai',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'ทั้งสองฝ่ายตกลงที่จะขยายความร่วมมือด้านพลังงาน',
];
