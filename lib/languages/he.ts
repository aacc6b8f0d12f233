import type { Language } from './language.js';

export const he: Language = {
  code: 'he',
  name: 'Hebrew',
  script: 'Hebrew',
  examples: [
    'שני הצדדים הסכימו להרחיב את שיתוף הפעולה בתחום האנרגיה.',
  ],
};
