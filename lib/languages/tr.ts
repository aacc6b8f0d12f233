import type { Language } from './language.js';

export const tr: Language = {
  code: 'tr',
  franc: 'tur',
  name: 'Turkish',
  script: 'Latin',
  commonWords:
    've bir bu da de için ile çok ne gibi daha olarak var ama en kadar sonra olan o ben sen biz siz onlar ki mi değil her şey göre kendi olduğu ise veya hem şu',
  markers: 'ğış',
  frequentMarkers: true,
  reduplicates: 'phrases',
  // The quotative "diye" and the forms of "demek" (to say) that close unquoted speech
  // ("Kıraathanesi mi? diye sordu", "Geldik! dedi"): in UD Turkish IMST the words after a "?" or
  // "!" inside a sentence are these (diye 62, dedi 16, dedim 7, of 95).
  speechVerbs: [
    'diye', 'deyip', 'deyince', 'derken', 'dedi', 'dedim', 'dedin', 'dedik', 'dediniz', 'dediler', 'demiş', 'demişti',
    'der', 'derim', 'dersin', 'deriz', 'derler', 'diyor', 'diyorum', 'diyordu', 'denir', 'deniyordu',
  ],
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'İki taraf enerji alanındaki işbirliğini genişletme konusunda anlaştı.',
  'Anlaşma gelecek yıl imzalanacak, dedi bakan Ankara\'daki görüşmelerin ardından.',
  'Sabrınız için teşekkür ederiz, siparişiniz zaten gönderildi ve yarın elinizde olmalı.',
];
