import type { Language } from './language.js';

export const th: Language = {
  code: 'th',
  franc: 'tha',
  name: 'Thai',
  script: 'Thai',
  examples: [
    'ทั้งสองฝ่ายตกลงที่จะขยายความร่วมมือด้านพลังงาน',
  ],
};
