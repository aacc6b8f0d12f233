import type { Language } from './language.js';

export const hi: Language = {
  code: 'hi',
  franc: 'hin',
  name: 'Hindi',
  script: 'Devanagari',
  reduplicates: true,
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'दोनों पक्षों ने ऊर्जा के क्षेत्र में सहयोग बढ़ाने पर सहमति व्यक्त की।',
];
