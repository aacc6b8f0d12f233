import type { Language } from './language.js';

// Common words: the function words among the most frequent of OpenSubtitles 2018 (hermitdave/
// FrequencyWords, is_50k, its "ū" and "đ" read as the "þ" and "ð" they stand for). No group:
// Icelandic is not read by Scandinavians, and its þ and ð (one letter in eighteen) tell it apart.
// Left out: words the Scandinavian languages use among their 300 most frequent and do not list
// ("er", "allt", "upp", "hans", "hver", "enn"), which would be Icelandic evidence in their
// sentences, and "en", "sé" (top-60 words of Finnish and Spanish).
export const is: Language = {
  code: 'is',
  name: 'Icelandic',
  franc: 'isl',
  script: 'Latin',
  commonWords:
    'að það í ekki og við á þetta hann hvað með sem til fyrir af um var því hún þá svo eru ef þeir eins vera eftir hefur hér nú þegar frá hvernig út verður honum ekkert verið hana eða hafa þau hjá getur okkar þeim þess henni væri líka sér mjög vegna þessi einn gæti allir hafi þær yfir má sig heldur hefði voru mun ég þú',
  markers: 'þð',
  frequentMarkers: true,
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Báðir aðilar samþykktu að auka samstarf sitt á sviði orkumála.',
  'Samningurinn verður undirritaður á næsta ári, sagði ráðherrann eftir fundinn í Reykjavík.',
  'Takk fyrir þolinmæðina, pöntunin þín hefur þegar verið send og ætti að berast á morgun.',
];
