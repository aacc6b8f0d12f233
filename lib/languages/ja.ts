import type { Language } from './language.js';

export const ja: Language = {
  code: 'ja',
  franc: 'jpn',
  name: 'Japanese',
  script: 'Kana',
  examples: [
    '両国はエネルギー分野での協力を拡大することで合意した。',
  ],
};
