import type { Language } from './language.js';

export const ar: Language = {
  code: 'ar',
  franc: 'arb',
  name: 'Arabic',
  script: 'Arabic',
  examples: [
    'اتفق الطرفان على توسيع التعاون في مجال الطاقة.',
  ],
};
