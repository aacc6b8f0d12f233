import type { Language } from './language.js';

export const ur: Language = {
  code: 'ur',
  franc: 'urd',
  name: 'Urdu',
  script: 'Arabic',
  // As Hindi: "ساتھ ساتھ" (along with), "علیحدہ علیحدہ" (separately), "چھوٹے چھوٹے".
  reduplicates: 'phrases',
  // From Universal Dependencies Urdu UDTB by the rules in language.ts (scripts/ud-caseless-words.py).
  // UDTB spells the postposition "میں" as مےں.
  fragmentWords: [
    'کے', 'کی', 'مےں', 'نے', 'سے', 'کو', 'اور', 'کا', 'کہ', 'پر', 'بھی', 'لئے', 'مسٹر', 'و', 'بعد', 'جانب',
    'ساتھ', 'تک', 'ہی', 'لیکن', 'پہلے', 'دوبارہ', 'پھر', 'بہت', 'جلد', 'مسلسل', 'ہمیشہ', 'انتہائی', 'تاحال',
    'چاہے', 'دراصل', 'آگے', 'اچانک', 'بحفاظت', 'ہنوز', 'ہرگز', 'خاصکر', 'بہم', 'بہرحال', 'شاید',
  ],
  nonInitialWords: ['کے', 'کی', 'نے', 'سے', 'کو', 'کا', 'پر'],
  // From Universal Dependencies Urdu UDTB as well (scripts/ud-caseless-words.py).
  neverDoubled: [
    'مےں', 'نے', 'سے', 'کو', 'اور', 'کا', 'کہ', 'پر', 'بھی', 'لئے', 'ہےں', 'گیا', 'تھا', 'مسٹر', 'و', 'گئی',
    'جا', 'جانب', 'گئے', 'تک', 'ہی', 'لیکن', 'جبکہ', 'خلاف', 'تو', 'علاوہ', 'صرف', 'تاہم', 'یا', 'تحت', 'لیے',
    'زیر', 'مطابق', 'سکتا', 'جناب', 'قبل', 'بموجب', 'وجہ', 'سکتی', 'باوجود',
  ],
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'دونوں ملکوں نے توانائی کے شعبے میں تعاون بڑھانے پر اتفاق کیا۔',
];
