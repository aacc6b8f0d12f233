import type { Language } from './language.js';

// Common words: the function words among the most frequent of OpenSubtitles 2018 (hermitdave/
// FrequencyWords, kk_full) and Unicode's Unilex (data/frequency/kk, news). Markers: the letters
// Kazakh adds to the Russian alphabet, one letter in eight of its text.
export const kk: Language = {
  code: 'kk',
  franc: 'kaz',
  name: 'Kazakh',
  script: 'Cyrillic',
  commonWords:
    'және мен пен бен деп бойынша туралы үшін бір ол оның олар олардың бұл осы сол де дейін кейін бар жоқ емес деген өз мүмкін ал бірақ ең барлық біз сіз сен ғана тек егер сияқты қалай қайда неге кім өте әлі енді тағы бірге арқылы болып болады болды болған еді екен менің біздің оны оған',
  markers: 'әғқңөұүһ',
  frequentMarkers: true,
  reduplicates: 'phrases',
  // Verbs of saying, which follow the words said (Language.speechVerbs): the forms of "деу" (to
  // say), from UD Kazakh KTB by scripts/ud-speech-verbs.py (all 18 lowercase words after a
  // quotation inside a sentence).
  speechVerbs: ['деген', 'деді', 'дейді', 'деп', 'десең'],
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Екі тарап энергетика саласындағы ынтымақтастықты кеңейтуге келісті.',
  'Келісімге келесі жылы қол қойылады, деді министр Астанадағы кездесуден кейін.',
  'Шыдамдылығыңыз үшін рахмет, тапсырысыңыз жіберілді және ертең жетуі тиіс.',
];
