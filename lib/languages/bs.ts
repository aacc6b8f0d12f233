import type { Language } from './language.js';

export const bs: Language = {
  code: 'bs',
  franc: 'bos',
  name: 'Bosnian',
  script: 'Latin',
  // Official in both alphabets: a document in Cyrillic is Bosnian still, not untranslated Serbian.
  alsoWritten: ['Cyrillic'],
  // Bosnian Cyrillic, one letter per Latin letter or digraph (lj, nj, dž).
  transliteration: {
    a: 'а', b: 'б', c: 'ц', č: 'ч', ć: 'ћ', d: 'д', dž: 'џ', đ: 'ђ', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'ј', k: 'к',
    l: 'л', lj: 'љ', m: 'м', n: 'н', nj: 'њ', o: 'о', p: 'п', r: 'р', s: 'с', š: 'ш', t: 'т', u: 'у', v: 'в', z: 'з', ž: 'ж',
  },
  commonWords:
    'i je u na se da za od s su a o to ali kao što koji koja koje bio bila bilo biti sam smo ih iz ne će bi sve samo već kako jer prema još do po te li ga pa sa uz pri kroz ja ti on ona oni vi ste nije nisu može ima nema također ovo taj mi mu ta pod nad bez gdje kada ni vrlo zbog nakon ovaj ova ako ju bih kad tako sada više među oko prije dok čak',
  markers: 'đ',
  group: 'hbs',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Obje strane su se dogovorile da će proširiti saradnju u oblasti energetike.',
  'Sporazum će biti potpisan naredne godine, rekao je ministar nakon sastanka u Sarajevu.',
  'Hvala vam na strpljenju, vaša narudžba je već poslana i trebala bi stići sutra.',
];
