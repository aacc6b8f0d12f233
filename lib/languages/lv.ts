import type { Language } from './language.js';

export const lv: Language = {
  code: 'lv',
  name: 'Latvian',
  franc: 'lvs',
  script: 'Latin',
  commonWords:
    'un ir ar ka par no uz kas bet vai tas to arī lai kā ko viņš viņa mēs jūs es tu bija būs nav jau tikai vēl pēc pie līdz savu šis šī tā kad',
  markers: 'āēīķļņģ',
  frequentMarkers: true,
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Abas puses vienojās paplašināt sadarbību enerģētikas jomā.',
  'Līgums tiks parakstīts nākamgad, pēc sarunām Rīgā sacīja ministrs.',
  'Paldies par pacietību, jūsu pasūtījums jau ir nosūtīts un tam vajadzētu pienākt rīt.',
];
