import type { Language } from './language.js';

export const ko: Language = {
  code: 'ko',
  franc: 'kor',
  name: 'Korean',
  script: 'Hangul',
  // Adverbs and counters doubled for emphasis or distribution, written apart: "매우 매우", "하나씩 하나씩".
  reduplicates: 'words',
  // From Universal Dependencies Korean GSD and PUD by the rules in language.ts (scripts/ud-caseless-words.py).
  fragmentWords: [
    '및', '때문에', '그러나', '그리고', '또는', '가운데', '이상', '위에', '만에', '중에', '앞에', '옆에', '후에', '안에', '안에서', '옆',
    '아래에', '중에서', '외', '내에', '더', '가장', '또한', '좀', '잘', '정말', '특히', '함께', '또', '많이', '너무', '모두', '다시',
    '지금', '직접', '어떻게', '최근', '다', '자주', '현재',
  ],
  // From Universal Dependencies Korean Kaist and GSD, dev and test (scripts/ud-korean-particles.py):
  // the object particle 을 (2,977 of 3,183 words ending in it, 201 more the adnominal ending of 있을,
  // 먹을) and 를 (1,737 of 1,746); neither ends any of the 6,292 sentences.
  nonFinalEndings: ['을', '를'],
  nominalizers: ['ㅁ', '것', '기'],
  nonFinalNouns: ['가을', '마을'],
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  '양측은 에너지 분야의 협력을 확대하기로 합의했다.',
];
