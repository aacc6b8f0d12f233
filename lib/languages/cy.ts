import type { Language } from './language.js';

// Common words: the function words among the most frequent of Unicode's Unilex (data/frequency/cy,
// a web crawl; OpenSubtitles has no Welsh list). Markers: ŵ and ŷ, which no other registry
// language writes.
export const cy: Language = {
  code: 'cy',
  name: 'Welsh',
  script: 'Latin',
  commonWords:
    'yn y i a wedi mae yr bod ac gan fod cael ond roedd mewn oedd bydd un yng sydd fel wrth gyda â hyn ym nhw fydd gael hefyd ddim dros yw cyn nad ein pan rhai yma neu mwy hyd unrhyw yna rhwng fy dim ers mai rydym eraill iddo nid byddai hwn hon eich ydy oes sut pob trwy drwy',
  markers: 'ŵŷ',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Cytunodd y ddwy ochr i ehangu eu cydweithrediad ym maes ynni.',
  "Bydd y cytundeb yn cael ei lofnodi y flwyddyn nesaf, meddai'r gweinidog ar ôl y cyfarfod yng Nghaerdydd.",
  'Diolch am eich amynedd, mae eich archeb eisoes wedi ei hanfon a dylai gyrraedd yfory.',
];
