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
  // "İstanbul'da", "npm'den": the apostrophe sets a proper noun's suffixes off (TDK's spelling rules).
  properNounApostrophe: true,
  // Verbs of saying, which follow the words said (Language.speechVerbs): the forms of "demek" (to
  // say) and the quotative "diye", from UD Turkish IMST, BOUN, Kenet and Penn (the files in reach:
  // the train files of the last three are over the fetch limit) by
  // scripts/ud-speech-verbs.py (diye 64 and demek 44 of the 118 lowercase words after a quotation
  // inside a sentence).
  speechVerbs: [
    'dedi', 'dedikleri', 'dediler', 'dedim', 'dediği', 'dediğin', 'dediğini', 'demedi', 'demekti', 'demektir', 'demeyin',
    'demez', 'demiyorum', 'demiş', 'demişim', 'demişler', 'demişlerdi', 'demişti', 'denebilir', 'denecek', 'denen',
    'denilen', 'denir', 'deniyordu', 'denmez', 'der', 'derdi', 'derim', 'derler', 'dersiniz', 'desek', 'deyince', 'deyip',
    'diye', 'diyebilir', 'diyebiliriz', 'diyecek', 'diyen', 'diyerek', 'diyor', 'diyordu', 'diyorduk', 'diyordum',
    'diyorlar', 'diyorum',
  ],
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'İki taraf enerji alanındaki işbirliğini genişletme konusunda anlaştı.',
  'Anlaşma gelecek yıl imzalanacak, dedi bakan Ankara\'daki görüşmelerin ardından.',
  'Sabrınız için teşekkür ederiz, siparişiniz zaten gönderildi ve yarın elinizde olmalı.',
];
