import type { Language } from './language.js';

export const el: Language = {
  code: 'el',
  franc: 'ell',
  name: 'Greek',
  script: 'Greek',
  // The most frequent function words of the Greek UD treebank (GDT, news and Wikipedia), with the
  // pronouns and particles of dialogue that it lacks (εγώ, εσύ, τι, γιατί, ναι: subtitle frequencies).
  // Greek is the registry's only Greek-script language: the list serves the segmentation rules
  // (Lexicon.registered), not detection.
  // Its question mark, U+037E, is canonically the ASCII ";", which most Greek text types.
  sentenceTerminals: ';',
  commonWords:
    'και της να την του το στην των στο με για η που από τα σε τη τους θα τις οι στη ότι στις ο τον είναι δεν στον στα κατά μας αλλά ένα μια μία ένας έναν ενός αυτό αυτή αυτά ενώ στους ως ή προς καθώς ήταν όπως έχει έχουν μεταξύ μετά σας μέχρι επίσης μου σου ώστε μόνο όχι αν εάν όπου όταν κάθε πιο πριν χωρίς εδώ πολύ όσο ήδη μην τώρα οποία οποίο εγώ εσύ εμείς τι γιατί πώς πως ναι δε κι έτσι κάτι είμαι είσαι',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Οι δύο πλευρές συμφώνησαν να επεκτείνουν τη συνεργασία στον τομέα της ενέργειας.',
  'Η συνθήκη θα υπογραφεί τον επόμενο χρόνο, δήλωσε ο υπουργός μετά τις συνομιλίες στην Αθήνα.',
];
