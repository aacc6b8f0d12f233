import type { Language } from './language.js';

export const mr: Language = {
  code: 'mr',
  franc: 'mar',
  name: 'Marathi',
  script: 'Devanagari',
  // Doubles words as Hindi does ("हळू हळू" slowly, "पुन्हा पुन्हा" again and again).
  reduplicates: 'words',
  // From Universal Dependencies Marathi UFAL by the rules in language.ts (scripts/ud-caseless-words.py).
  fragmentWords: [
    'आणि', 'असे', 'व', 'परंतु', 'तर', 'पण', 'की', 'तरी', 'ना', 'नाहीतर', 'आणखी', 'कि', 'किंवा', 'नि',
    'अशी', 'तसा', 'पलीकडे', 'आता', 'कुठे', 'तेथे', 'आज', 'परत', 'पुन्हा', 'येथे', 'सकाळी', 'इतक्यात',
    'पायी', 'पुढे', 'रात्री', 'मग', 'खूप', 'खळखळ', 'आतून', 'मागून', 'तिकडे', 'टुणटुण', 'पटकन',
  ],
  // From Universal Dependencies Marathi UFAL as well (scripts/ud-caseless-words.py).
  neverDoubled: [
    'आहे', 'आणि', 'होती', 'होते', 'होता', 'व', 'परंतु', 'आहेत', 'असतो', 'शकत', 'कि', 'किंवा', 'होतो', 'असेल',
    'आहोत', 'नि', 'अशी', 'येई', 'तसा', 'असलेली', 'असतील', 'होतास', 'असले', 'पाहिजे', 'शकले', 'पलीकडे',
  ],
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'दोन्ही देशांनी ऊर्जा क्षेत्रातील सहकार्य वाढवण्यावर सहमती दर्शवली आहे.',
];
