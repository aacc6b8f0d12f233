import type { Language } from './language.js';

export const ar: Language = {
  code: 'ar',
  franc: 'arb',
  name: 'Arabic',
  script: 'Arabic',
  // From Universal Dependencies Arabic PUD by the rules in language.ts (scripts/ud-caseless-words.py).
  fragmentWords: [
    'في', 'من', 'أن', 'على', 'إلى', 'مع', 'عن', 'خلال', 'لكن', 'بعد', 'بين', 'قد', 'قبل', 'أو', 'مثل',
    'عندما', 'حتى', 'حيث', 'كما', 'إذا', 'أيضاً', 'هناك', 'نحو', 'فقط', 'جداً', 'تقريباً', 'عادةً',
    'مجدداً', 'هنا', 'ربما', 'خصوصاً', 'كيف', 'لاحقاً', 'غالباً', 'نادراً', 'أحياناً', 'دوماً',
    'مؤخراً', 'فحسب', 'تماماً',
  ],
  // From Universal Dependencies Arabic PUD as well (scripts/ud-caseless-words.py).
  neverDoubled: [
    'أن', 'على', 'إلى', 'مع', 'عن', 'خلال', 'لكن', 'بعد', 'بين', 'قد', 'قبل', 'أو', 'مثل', 'عندما', 'حتى',
    'حيث', 'كما', 'إذا', 'عند', 'دون', 'منذ', 'حول', 'تحت', 'ضد', 'عبر', 'فيما', 'ثم', 'مما', 'أمام', 'كي',
    'جراء', 'إلا', 'فوق', 'داخل', 'بل', 'حين', 'وفق', 'سوى', 'لدى', 'تجاه',
  ],
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'اتفق الطرفان على توسيع التعاون في مجال الطاقة.',
  'وقالت الوزارة إن المحادثات ستستأنف الأسبوع المقبل في العاصمة.',
];
