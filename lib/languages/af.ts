import type { Language } from './language.js';

// Common words: the function words among the most frequent of OpenSubtitles 2018 (hermitdave/
// FrequencyWords, af_full), checked against stopwords-iso. No group with Dutch: Afrikaans writes
// its own function words ("die", "nie", "ek", "jy", "hulle", "vir", "sal" against "de", "niet",
// "ik", "je", "zij", "voor", "zal"), so the words tell the two apart, and Dutch in an Afrikaans
// translation (or the reverse) is a real slip. Left out, then: the words Dutch uses among its 300
// most frequent and does not list ("wat", "of", "geen", "waar", "hier", "ons"…), Afrikaans
// evidence in every Dutch sentence that has them (Dutch UDHR article 5 was read as Afrikaans),
// and "so", "as" (top-100 words of Italian, Slovak, French).
export const af: Language = {
  code: 'af',
  name: 'Afrikaans',
  franc: 'afr',
  script: 'Latin',
  commonWords:
    'die nie ek is het jy my en van in te hy vir sy maar sal kan om met dat hulle was op aan wees nog dan ook word by sê hierdie soos oor een uit sou deur almal ander baie julle daardie mekaar hul teen sonder terwyl egter reeds moes ná',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Albei partye het ooreengekom om die samewerking op die gebied van energie uit te brei.',
  'Die ooreenkoms sal volgende jaar onderteken word, het die minister ná die vergadering in Pretoria gesê.',
  'Dankie vir u geduld, u bestelling is reeds gestuur en behoort môre by u aan te kom.',
];
