import type { Language } from './language.js';

export const el: Language = {
  code: 'el',
  franc: 'ell',
  name: 'Greek',
  script: 'Greek',
  examples: [
    'Οι δύο πλευρές συμφώνησαν να επεκτείνουν τη συνεργασία στον τομέα της ενέργειας.',
    'Η συνθήκη θα υπογραφεί τον επόμενο χρόνο, δήλωσε ο υπουργός μετά τις συνομιλίες στην Αθήνα.',
  ],
};
