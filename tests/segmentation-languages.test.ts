// The same kind of machine-translation break in every profiled language, next to the
// abbreviations, ordinals and spaced abbreviations of that language that must stay silent.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/engine.js';
import { languageFor } from '../lib/languages/index.js';
import { transliterate } from '../lib/segmentation/lexicon.js';

const CASES: Array<[lang: string, text: string, breakAt: string]> = [
  ['en', 'The two sides will strengthen cooperation. in the field of energy. Mr. Smith arrived at 10 a.m. and said e.g. that the U.S. agreed.', '. in'],
  ['de', 'Beide Seiten werden die Zusammenarbeit stärken. im Bereich der Energie. Am 22. Mai kam Dr. Müller, d. h. am Montag, bzw. z. B. um 10 Uhr.', '. im'],
  ['fr', "Les deux parties vont renforcer la coopération. dans le domaine de l'énergie. M. Dupont est arrivé et a dit p. ex. que c'était important.", '. dans'],
  ['es', 'Las dos partes ampliarán la cooperación. en el ámbito de la energía. El Sr. García habló con la Sra. López, etc. que estaba allí.', '. en'],
  ['it', "Le due parti rafforzeranno la cooperazione. nel campo dell'energia. Il sig. Rossi è arrivato, ecc. e poi è partito.", '. nel'],
  ['pt', 'As duas partes vão reforçar a cooperação. no domínio da energia. O Sr. Silva chegou às 10h, etc. e depois saiu.', '. no'],
  ['nl', 'Beide partijen zullen de samenwerking versterken. op het gebied van energie. Dhr. Jansen kwam o.a. om 10 uur, bijv. met de trein.', '. op'],
  ['cs', 'Obě strany posílí spolupráci. v oblasti energetiky. Ing. Novák přišel 22. května, tj. v pondělí, resp. ráno.', '. v'],
  ['pl', 'Obie strony wzmocnią współpracę. w dziedzinie energii. Dr Nowak przyjechał 22. maja, tj. w poniedziałek, m.in. rano.', '. w'],
  ['hr', 'Obje strane će ojačati suradnju. u području energetike. Dr. Horvat je stigao 22. svibnja, tj. u ponedjeljak.', '. u'],
  ['ru', 'Обе стороны расширят сотрудничество. в области энергетики. Г-н Иванов прибыл 22 мая 2023 г. в Москву, т. е. в понедельник.', '. в'],
  ['uk', 'Обидві сторони розширять співпрацю. у галузі енергетики. Пан Іваненко прибув 22 травня 2023 р. до Києва, тобто в понеділок.', '. у'],
];

describe.each(CASES)('%s', (lang, text, breakAt) => {
  it('flags the break and nothing else, with --lang', () => {
    const seg = analyse(text, { lang }).findings.filter((f) => f.category === 'segmentation');
    expect(seg.map((f) => text.slice(f.start, f.start + breakAt.length))).toEqual([breakAt]);
  });

  it('detects the language on its own', () => {
    expect(analyse(text).language.code).toBe(lang);
  });
});

describe('one-letter words', () => {
  const seg = (text: string, lang: string) =>
    analyse(text, { lang }).findings.filter((f) => f.category === 'segmentation').map((f) => text.slice(f.start, f.start + 4));

  it.each([
    ['en', 'They found that there was a. difference of a hundred yen between the two.', '. di'],
    ['ru', 'Товары следует возвратить в. течение 30 дней после покупки.', '. те'],
    ['cs', 'Zboží je opět skladem a připraveno k. odeslání nebo vrácení peněz.', '. od'],
    ['uk', 'Перевірте збережені адреси в. програмі та спробуйте ще раз.', '. пр'],
    ['de', 'Schließen Sie das Kabel an den Computer. an. Dann starten Sie neu.', '. an'],
  ])('a break after a one-letter word of the language (%s)', (lang, text, at) => {
    expect(seg(text, lang)).toEqual([at]);
  });

  it.each([
    ['ru', 'Это было в XIX в. в России, и т. д. и т. п.'],
    ['pl', 'To było w XX w. w Polsce, m.in. w Krakowie.'],
    ['en', 'a. the lessee shall pay; b. the lessor shall repair (c. the roof).'],
    ['cs', 'Firma Novák s. r. o. a k. ú. Kamýk, a. s. v likvidaci.'],
  ])('list labels, spaced abbreviations and "XIX в." stay silent (%s)', (lang, text) => {
    expect(seg(text, lang)).toEqual([]);
  });
});

describe('years before a period', () => {
  const seg = (text: string, lang: string) => analyse(text, { lang }).findings.filter((f) => f.category === 'segmentation').length;

  it('end the sentence where ordinals are short numbers (cs, de, pl)', () => {
    expect(seg('Smlouva byla podepsána v roce 2020. v létě ji obě strany potvrdily.', 'cs')).toBe(1);
    expect(seg('Der Vertrag wurde im Jahr 2020. im Sommer bestätigt.', 'de')).toBe(1);
    expect(seg('Umowa została podpisana w 2020. w lecie obie strony ją potwierdziły.', 'pl')).toBe(1);
  });

  it('are ordinals in Croatian ("u lipnju 2017. održao")', () => {
    expect(seg('Trump je u lipnju 2017. održao prijateljski sastanak, od 1995. do 2007. godine.', 'hr')).toBe(0);
  });
});

describe('registry languages without a full profile', () => {
  const seg = (text: string, lang: string) =>
    analyse(text, { lang }).findings.filter((f) => f.category === 'segmentation').map((f) => text.slice(f.start, f.start + 4));

  // A period after one of the language's common words, however short, in each script it is written in.
  it.each([
    ['sv', 'Regeringen vill stärka samarbetet med. de nordiska länderna under nästa år.', '. de'],
    ['ro', 'Cele două părți vor extinde cooperarea în. domeniul energiei în anul următor.', '. do'],
    ['tr', 'İki taraf enerji alanında işbirliğini ve. ticareti genişletmeyi kabul etti.', '. ti'],
    ['bg', 'Двете страни ще разширят сътрудничеството в. областта на енергетиката.', '. об'],
    ['sr', 'Две стране ће проширити сарадњу у. области енергетике следеће године.', '. об'],
    ['sr', 'Dve strane će proširiti saradnju u. oblasti energetike sledeće godine.', '. ob'],
    ['bs', 'Obje strane će proširiti saradnju u. oblasti energetike naredne godine.', '. ob'],
    ['bs', 'Обје стране ће проширити сарадњу у. области енергетике наредне године.', '. об'],
  ])('%s: %s', (lang, text, breakAt) => {
    expect(seg(text, lang)).toEqual([breakAt]);
  });

  // Without a profile's abbreviations, a one-letter word after a number may abbreviate a unit (век, storočie).
  it.each([
    ['bg', 'През XIX в. се появяват първите вестници в страната.'],
    ['sk', 'Hrad bol postavený v 13 s. po Kristovi a prestavaný neskôr.'],
    // Nor in a run of spaced initials, each letter a word abbreviated ("a. s." akciová spoločnosť, "t. j." to jest).
    ['sk', 'Spoločnosť Slovnaft, a. s. oznámila zisk, t. j. viac než vlani.'],
  ])('%s: %s', (lang, text) => {
    expect(seg(text, lang)).toEqual([]);
  });

  it('spell a digraph as one letter', () => {
    expect(transliterate('љубав', languageFor('sr')!.transliteration!)).toBe('ljubav');
    expect(transliterate('njih ljudi', languageFor('bs')!.transliteration!)).toBe('њих људи');
  });
});
