import type { Language } from './language.js';

export const ko: Language = {
  code: 'ko',
  franc: 'kor',
  name: 'Korean',
  script: 'Hangul',
  examples: [
    '양측은 에너지 분야의 협력을 확대하기로 합의했다.',
  ],
};
