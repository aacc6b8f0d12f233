import type { Language } from './language.js';

export const hi: Language = {
  code: 'hi',
  franc: 'hin',
  name: 'Hindi',
  script: 'Devanagari',
  reduplicates: 'phrases',
  // From Universal Dependencies Hindi PUD by the rules in language.ts (scripts/ud-caseless-words.py).
  fragmentWords: [
    'के', 'में', 'की', 'और', 'से', 'को', 'का', 'ने', 'कि', 'पर', 'लिए', 'साथ', 'तक', 'बाद', 'भी',
    'लेकिन', 'ही', 'द्वारा', 'वाले', 'पहले', 'फिर', 'वापस', 'लगातार', 'शायद', 'अक्सर', 'अंततः',
    'हमेशा', 'संभवतः', 'तुरंत', 'आखिरकार', 'परिणामस्वरूप', 'बेशक', 'खासकर', 'दुर्भाग्यवश', 'अनुमानतः',
    'आमतौर', 'क्रमशः', 'हल्की', 'सामान्यतया', 'जल्दी',
  ],
  nonInitialWords: ['के', 'में', 'है', 'की', 'से', 'को', 'का', 'ने'],
  // From Universal Dependencies Hindi PUD as well (scripts/ud-caseless-words.py).
  neverDoubled: [
    'के', 'में', 'और', 'से', 'को', 'का', 'ने', 'कि', 'पर', 'लिए', 'गया', 'साथ', 'तक', 'भी', 'लेकिन', 'गयी',
    'ही', 'द्वारा', 'वाले', 'गए', 'जाता', 'सकता', 'तो', 'बीच', 'जब', 'बारे', 'रहे', 'जा', 'जैसे', 'दौरान',
    'वाली', 'क्योंकि', 'सकते', 'हालांकि', 'अनुसार', 'यदि', 'सकती', 'खिलाफ', 'जबकि', 'ईसा',
  ],
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'दोनों पक्षों ने ऊर्जा के क्षेत्र में सहयोग बढ़ाने पर सहमति व्यक्त की।',
];
