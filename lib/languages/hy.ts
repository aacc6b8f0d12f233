import type { Language } from './language.js';

export const hy: Language = {
  code: 'hy',
  name: 'Armenian',
  script: 'Armenian',
  examples: [
    'Երկու կողմերը պայմանավորվեցին ընդլայնել համագործակցությունը էներգետիկայի ոլորտում։',
  ],
};
