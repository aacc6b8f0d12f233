import type { Language } from './language.js';

export const ja: Language = {
  code: 'ja',
  franc: 'jpn',
  name: 'Japanese',
  script: 'Kana',
  // From Universal Dependencies Japanese GSD by the rules in language.ts (scripts/ud-caseless-words.py).
  fragmentWords: [
    'の', 'に', 'て', 'は', 'が', 'を', 'で', 'と', 'も', 'から', 'や', 'か', '的', 'など', 'まで', 'より', 'また', 'へ',
    'だけ', 'ば', 'とても', '初めて', 'こう', 'よく', 'ほとんど', 'かなり', 'あまり', '最も', 'どう', 'やはり', 'さらに', 'まず', 'もう',
    '特に', '今後', '最近', '少し', '色々', 'かつて', '必ず',
  ],
  nonInitialWords: ['の', 'に', 'は', 'が', 'た', 'を', 'で', 'し', 'も'],
  conjunctiveWords: ['が', 'で', 'し'],
  // From its dev and test files (the train file was not at hand): Han, Katakana (and ー), Latin, digits; kana.
  unfinishedEndings: String.raw`\p{sc=Han}\p{sc=Katakana}ー\p{sc=Latin}\p{Nd}えきくけげこさしじずせちっつてでとどなにのへまみめもらりれを`,
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  '両国はエネルギー分野での協力を拡大することで合意した。',
];
