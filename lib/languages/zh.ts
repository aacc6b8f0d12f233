import type { Language } from './language.js';

export const zh: Language = {
  code: 'zh',
  franc: 'cmn',
  name: 'Chinese',
  script: 'Han',
  examples: [
    '双方同意扩大能源领域的合作，条约将于明年签署。',
  ],
};
