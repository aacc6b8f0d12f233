import type { Language } from './language.js';

// Common words: the function words among the most frequent of Unicode's Unilex (data/frequency/cy,
// a web crawl; OpenSubtitles has no Welsh list), without "ni", a top-20 word of Slovene and the
// "neither" of Catalan and Spanish (it made a Catalan sentence Welsh), and "bob", "beth", "dan",
// English names. Its short words ("a", "i", "o", "yn", "ei", "er", "at") stay: without them Welsh
// interface strings ("… at wrthrych er mwyn ei newid") read as foreign. The pronouns of dialogue
// "chi", "ti", "fe" (26th, 62nd and 63rd words of UD Welsh CCG) are in: without them a spoken line
// ("Chlywodd e monot ti.", "Lle ti 'di cadw'r cwpana' te?") read as Italian. Markers: ŵ and ŷ, which no
// other registry language writes.
export const cy: Language = {
  code: 'cy',
  name: 'Welsh',
  franc: 'cym',
  script: 'Latin',
  commonWords:
    'yn y i o ar a wedi mae yr bod ac gan fod cael ond roedd mewn oedd bydd un yng sydd fel wrth gyda â hyn ym nhw fydd gael hefyd ddim dros yw cyn nad ein pan rhai yma neu mwy hyd unrhyw yna rhwng fy dim ers mai rydym eraill iddo nid byddai hwn hon eich ydy oes sut pob trwy drwy ei am eu na er at os mi hi chi ti fe',
  markers: 'ŵŷ',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Cytunodd y ddwy ochr i ehangu eu cydweithrediad ym maes ynni.',
  "Bydd y cytundeb yn cael ei lofnodi y flwyddyn nesaf, meddai'r gweinidog ar ôl y cyfarfod yng Nghaerdydd.",
  'Diolch am eich amynedd, mae eich archeb eisoes wedi ei hanfon a dylai gyrraedd yfory.',
];
