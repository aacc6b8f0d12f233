import type { Language } from './language.js';

export const ka: Language = {
  code: 'ka',
  name: 'Georgian',
  script: 'Georgian',
  // From Universal Dependencies Georgian GNC and GLC by the rules in language.ts (scripts/ud-caseless-words.py).
  fragmentWords: [
    'და', 'რომ', 'მაგრამ', 'თუ', 'როგორც', 'ან', 'შემდეგ', 'რაც', 'შესახებ', 'თუმცა', 'შორის',
    'როცა', 'მიერ', 'ხოლო', 'რადგან', 'გამო', 'როდესაც', 'ვიდრე', 'ანუ', 'რათა', 'კი', 'მხოლოდ',
    'უფრო', 'ისე', 'კიდევ', 'ასე', 'მაშინ', 'ახლა', 'უკვე', 'მაინც', 'სულ', 'ისევ', 'დღეს', 'ერთად',
    'მერე', 'ჯერ', 'ხშირად', 'აქ', 'იქ', 'ცოტა',
  ],
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'ორივე მხარე შეთანხმდა ენერგეტიკის სფეროში თანამშრომლობის გაფართოებაზე.',
];
