import type { Language } from './language.js';

export const ta: Language = {
  code: 'ta',
  franc: 'tam',
  name: 'Tamil',
  script: 'Tamil',
  // Doubles words as grammar: "மெல்ல மெல்ல" (slowly), "சின்ன சின்ன" (little ones).
  reduplicates: 'words',
  // From Universal Dependencies Tamil TTB by the rules in language.ts (scripts/ud-caseless-words.py).
  fragmentWords: [
    'என்று', 'மற்றும்', 'என', 'போது', 'என்ற', 'தான்', 'குறித்து', 'மீது', 'சார்பில்', 'மூலம்', 'இருந்து',
    'வரை', 'சேர்ந்த', 'கொண்ட', 'என்பது', 'போல', 'படி', 'என்கிற', 'குறித்த', 'இடையே', 'இன்று', 'மேலும்',
    'ஆனால்', 'தொடர்ந்து', 'பின்னர்', 'இதுகுறித்து', 'இதனால்', 'ஏற்கெனவே', 'எனவே', 'இதுவரை', 'இணைந்து',
    'புதிதாக', 'இதையடுத்து', 'இப்போது', 'அப்போது', 'இதில்', 'இவ்வாறு', 'முறையாக', 'உடனடியாக', 'சமீபத்தில்',
  ],
  // From Universal Dependencies Tamil TTB as well (scripts/ud-caseless-words.py).
  neverDoubled: [
    'என்று', 'வேண்டும்', 'மற்றும்', 'என', 'பட்டது', 'பட்டு', 'போது', 'என்ற', 'குறித்து', 'வருகின்றனர்', 'மீது',
    'வருகிறது', 'சார்பில்', 'மூலம்', 'இருந்து', 'படுகிறது', 'வருகின்றன', 'போல', 'படி', 'இடையே', 'போன்ற',
    'மட்டுமே', 'எனத்', 'விட்டது', 'அருகே', 'கொண்டார்', 'படுகின்றனர்', 'தவிர', 'முடியும்', 'அல்லது', 'எனக்',
    'கூட', 'வருவது', 'என்பதை', 'இல்லாத', 'பட்டனர்', 'பட்டதற்கு', 'விட', 'கொள்கிறேன்', 'கொண்டனர்',
  ],
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'எரிசக்தி துறையில் ஒத்துழைப்பை விரிவுபடுத்த இரு நாடுகளும் ஒப்புக்கொண்டன.',
];
