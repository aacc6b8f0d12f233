import type { Language } from './language.js';

export const bn: Language = {
  code: 'bn',
  franc: 'ben',
  name: 'Bengali',
  script: 'Bengali',
  // Doubles words as grammar: "মাঝে মাঝে" (sometimes), "কি কি" (what all), "ধীরে ধীরে" (slowly).
  reduplicates: 'words',
  // From Universal Dependencies Bengali BRU by the rules in language.ts (scripts/ud-caseless-words.py):
  // a treebank of 56 sentences, so few words.
  fragmentWords: ['যদি', 'তারপর', 'জন্য', 'নিয়ে', 'মাঝে', 'আগে', 'তাহলে', 'এখন'],
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'দুই দেশ জ্বালানি খাতে সহযোগিতা বাড়াতে সম্মত হয়েছে।',
];
