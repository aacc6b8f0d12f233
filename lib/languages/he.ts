import type { Language } from './language.js';

export const he: Language = {
  code: 'he',
  name: 'Hebrew',
  script: 'Hebrew',
  // From Universal Dependencies Hebrew HTB and IAHLTwiki by the rules in language.ts (scripts/ud-caseless-words.py).
  fragmentWords: [
    'של', 'על', 'את', 'כי', 'עם', 'בין', 'או', 'עד', 'אך', 'אם', 'כמו', 'אל', 'אבל', 'אשר', 'כדי',
    'נגד', 'לאחר', 'כאשר', 'אלא', 'לפני', 'גם', 'רק', 'יותר', 'אף', 'ביותר', 'אז', 'עוד', 'בעיקר',
    'בלבד', 'מאוד', 'מדי', 'כיום', 'כמעט', 'אולי', 'אמנם', 'יחד', 'היום', 'למשל', 'אתמול', 'אכן',
  ],
  nonInitialWords: ['של'],
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'שני הצדדים הסכימו להרחיב את שיתוף הפעולה בתחום האנרגיה.',
];
