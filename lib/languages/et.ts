import type { Language } from './language.js';

export const et: Language = {
  code: 'et',
  name: 'Estonian',
  franc: 'ekk',
  script: 'Latin',
  // The pronouns in their short forms too, which speech and most prose use ("ma", "sa", "me", "te":
  // in UD Estonian EDT "ma" is the 16th word, beside "mina" at 126th), and "nagu" (as, like; 22nd):
  // without them a line of dialogue ("Ma ju teadsin, et sa tuled.") had no Estonian word.
  commonWords:
    'ja on ei et see oli ta kui aga ka või nad mis oma ning siis kes selle seda mida veel ainult väga nii kuid pärast poolt juba tema meie teie mina sina oleks ma sa me te nagu',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Mõlemad pooled leppisid kokku, et laiendavad koostööd energeetika valdkonnas.',
  'Leping allkirjastatakse järgmisel aastal, ütles minister pärast kohtumist Tallinnas.',
  'Täname teid kannatlikkuse eest, teie tellimus on juba teele pandud ja peaks homme kohale jõudma.',
];
