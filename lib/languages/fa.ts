import type { Language } from './language.js';

export const fa: Language = {
  code: 'fa',
  franc: 'pes',
  name: 'Persian',
  script: 'Arabic',
  // Doubles single words as grammar: "آرام آرام" (slowly), "یکی یکی" (one by one), "قطره قطره".
  reduplicates: 'words',
  // From Universal Dependencies Persian PerDT and Seraji by the rules in language.ts (scripts/ud-caseless-words.py).
  fragmentWords: [
    'و', 'در', 'به', 'را', 'از', 'با', 'برای', 'بر', 'تا', 'اگر', 'یا', 'روی', 'اما', 'بعد', 'نسبت', 'توسط',
    'ولی', 'چون', 'قبل', 'بین', 'پس', 'تنها', 'بسیار', 'حتی', 'همچنین', 'بلکه', 'بالا', 'فقط', 'شاید',
    'خیلی', 'اکنون', 'هنوز', 'کمی', 'البته', 'همچنان', 'بنابراین', 'سپس', 'حداقل', 'همواره', 'کاملاً',
  ],
  nonInitialWords: ['را', 'است', 'بود'],
  // From Universal Dependencies Persian PerDT and Seraji as well (scripts/ud-caseless-words.py).
  neverDoubled: [
    'و', 'در', 'به', 'را', 'از', 'با', 'است', 'برای', 'بود', 'بر', 'تا', 'اگر', 'باید', 'باشد', 'یا', 'بودند',
    'خواهند', 'اما', 'خواهم', 'می‌توان', 'باشند', 'توسط', 'ولی', 'بودم', 'بدون', 'خواهیم', 'باشید', 'درباره',
    'خواهید', 'زیرا', 'تحت', 'باشیم', 'جز', 'دربارهٔ', 'توی', 'بودیم', 'می‌باشد', 'باشم', 'چنانچه', 'نزد',
  ],
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'دو کشور بر گسترش همکاری در زمینه انرژی توافق کردند.',
];
