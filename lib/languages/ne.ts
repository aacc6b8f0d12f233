import type { Language } from './language.js';

export const ne: Language = {
  code: 'ne',
  franc: 'npi',
  name: 'Nepali',
  script: 'Devanagari',
  // Doubles words as Hindi does ("बिस्तारै बिस्तारै" slowly, "पटक पटक" again and again).
  reduplicates: 'words',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'दुवै देशले ऊर्जा क्षेत्रमा सहयोग बढाउन सहमति जनाएका छन्।',
];
