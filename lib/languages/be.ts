import type { Language } from './language.js';

export const be: Language = {
  code: 'be',
  franc: 'bel',
  name: 'Belarusian',
  script: 'Cyrillic',
  commonWords:
    'і ў не на што з па гэта як ён а да у за аб ад так яго для але яна ж яны быў было б усе толькі ўжо мы вы які якія калі яшчэ пры ці таксама каб дзе гэты гэтая няма можна вельмі пасля сябе свой',
  markers: 'ўі',
  frequentMarkers: true,
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Абодва бакі дамовіліся пашырыць супрацоўніцтва ў галіне энергетыкі.',
  'Дагавор будзе падпісаны ў наступным годзе, сказаў міністр пасля перамоваў у Мінску.',
  'Дзякуй за ваша цярпенне, ваша замова ўжо адпраўлена і павінна прыйсці заўтра.',
];
