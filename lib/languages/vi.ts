import type { Language } from './language.js';

export const vi: Language = {
  code: 'vi',
  franc: 'vie',
  name: 'Vietnamese',
  script: 'Latin',
  commonWords:
    'và của là có không được trong cho với này những các một người đã sẽ để khi từ đến như thì nhưng cũng rất tôi chúng anh chị họ ra vào',
  markers: 'ơư',
  frequentMarkers: true,
  spacedSyllables: true,
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Hai bên đã đồng ý mở rộng hợp tác trong lĩnh vực năng lượng.',
  'Hiệp ước sẽ được ký vào năm tới, bộ trưởng nói sau cuộc họp tại Hà Nội.',
  'Cảm ơn bạn đã kiên nhẫn, đơn hàng của bạn đã được gửi đi và sẽ đến vào ngày mai.',
];
