import type { Language } from './language.js';

export const he: Language = {
  code: 'he',
  name: 'Hebrew',
  script: 'Hebrew',
  // From Universal Dependencies Hebrew HTB by the rules in language.ts (scripts/ud-caseless-words.py).
  fragmentWords: [
    'של', 'על', 'את', 'כי', 'עם', 'בין', 'אבל', 'או', 'עד', 'אם', 'אך', 'כדי', 'אל', 'כמו', 'נגד',
    'כאשר', 'גם', 'רק', 'יותר', 'ביותר', 'אף', 'אז', 'שם', 'מדי', 'אמנם', 'מאוד', 'עוד', 'אתמול',
    'אפילו', 'אולי', 'כאן', 'בלבד',
  ],
  nonInitialWords: ['של', 'היה'],
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'שני הצדדים הסכימו להרחיב את שיתוף הפעולה בתחום האנרגיה.',
];
