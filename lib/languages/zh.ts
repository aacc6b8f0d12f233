import type { Language } from './language.js';

export const zh: Language = {
  code: 'zh',
  franc: 'cmn',
  name: 'Chinese',
  script: 'Han',
  // From Universal Dependencies Chinese GSD and GSDSimp (the same sentences in traditional and simplified characters); the words that never open a sentence from their dev and test files and Chinese PUD by the rules in language.ts (scripts/ud-caseless-words.py --unspaced).
  fragmentWords: [
    '的', '在', '和', '與', '中', '也', '及', '上', '而', '後', '並', '市', '之', '時', '大', '但', '所', '來', '對', '將',
    '曾', '最', '約', '只', '已', '再', '共', '通常', '均', '正式', '更', '已經', '相當', '仍', '非常', '逐漸', '正', '幾乎',
    '一直', '完全', '与', '后', '并', '时', '来', '对', '将', '约', '已经', '相当', '逐渐', '几乎',
  ],
  // The enclitics by head direction and word-start share (的 了), and the sentence particles UD's
  // relation names (吗 吧 呢 嗎: discourse:sp), from GSD, GSDSimp, PUD, HK, Beginner and CFL (dev
  // and test files; the train files were not at hand).
  nonInitialWords: ['的', '了', '吗', '吧', '呢', '嗎'],
  sentenceParticles: ['吗', '吧', '呢', '嗎'],
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  '双方同意扩大能源领域的合作，条约将于明年签署。',
];
