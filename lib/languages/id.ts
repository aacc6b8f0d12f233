import type { Language } from './language.js';

export const id: Language = {
  code: 'id',
  franc: 'ind',
  name: 'Indonesian',
  script: 'Latin',
  // Reduplication makes plurals and intensives ("kelenteng-kelenteng", often written apart: "undang undang").
  reduplicates: 'words',
  commonWords:
    'yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena ada oleh saya kami kita mereka dia anda atau tetapi sudah telah bisa dapat lebih sangat',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Kedua belah pihak sepakat untuk memperluas kerja sama di bidang energi.',
  'Perjanjian itu akan ditandatangani tahun depan, kata menteri setelah pertemuan di Jakarta.',
  'Terima kasih atas kesabaran Anda, pesanan Anda sudah dikirim dan seharusnya tiba besok.',
];
