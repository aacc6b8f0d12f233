import type { Language } from './language.js';

export const ka: Language = {
  code: 'ka',
  name: 'Georgian',
  script: 'Georgian',
  examples: [
    'ორივე მხარე შეთანხმდა ენერგეტიკის სფეროში თანამშრომლობის გაფართოებაზე.',
  ],
};
