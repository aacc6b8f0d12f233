import type { Language } from './language.js';

export const hi: Language = {
  code: 'hi',
  franc: 'hin',
  name: 'Hindi',
  script: 'Devanagari',
  examples: [
    'दोनों पक्षों ने ऊर्जा के क्षेत्र में सहयोग बढ़ाने पर सहमति व्यक्त की।',
  ],
};
