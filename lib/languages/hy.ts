import type { Language } from './language.js';

export const hy: Language = {
  code: 'hy',
  name: 'Armenian',
  script: 'Armenian',
  // The most frequent function words of the Armenian UD treebank (ArmTDP: fiction, press, non-fiction),
  // with the second-person pronouns of dialogue (դու, դուք, քո, ձեր). Both spellings of "and" (the
  // ligature և, and եւ). The list serves the segmentation rules (Lexicon.registered), not detection.
  // The full stop ։ is often typed as the colon it looks like: Armenian has no colon of its own
  // (the mid-dot ․ does its work).
  sentenceTerminals: ':',
  // Its period is the միջակետ, typed for ․: the sentence goes on after it (in ArmTDP, 35 of the
  // test set's 125 periods inside a sentence stand before a lowercase word).
  periodInsideSentence: true,
  commonWords:
    'է և եւ են ու որ էր մի համար ես էլ այդ այս ենք նաև եմ հետ թե մասին մեջ ոչ բայց ինչ իր իսկ նրա մեր այն հետո ինչպես էի ավելի վրա իրենց բոլոր որը իմ նա էին որոնք միայն երբ դա մենք մինչև չեն ի նրանք այլ կամ չէ ինձ արդեն շատ որպես ամեն այստեղ ևս որտեղ նրանց եթե քան չի չեմ մեկ սակայն դու դուք քո ձեր',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Երկու կողմերը պայմանավորվեցին ընդլայնել համագործակցությունը էներգետիկայի ոլորտում։',
];
