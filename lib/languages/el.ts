import type { Language } from './language.js';

export const el: Language = {
  code: 'el',
  franc: 'ell',
  name: 'Greek',
  script: 'Greek',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Οι δύο πλευρές συμφώνησαν να επεκτείνουν τη συνεργασία στον τομέα της ενέργειας.',
  'Η συνθήκη θα υπογραφεί τον επόμενο χρόνο, δήλωσε ο υπουργός μετά τις συνομιλίες στην Αθήνα.',
];
