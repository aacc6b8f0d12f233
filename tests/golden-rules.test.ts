// pySBD's "Golden Rules" (English) and hard cases in the spirit of LanguageTool's segmentation
// rules: correct text, each a trap for a sentence splitter. None may get a segmentation finding.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/engine.js';

const GOLDEN: Array<[lang: string, text: string]> = [
  ['en', 'Hello World. My name is Jonas.'],
  ['en', 'What is your name? My name is Jonas.'],
  ['en', 'There it is! I found it.'],
  ['en', 'My name is Jonas E. Smith.'],
  ['en', 'Please turn to p. 55.'],
  ['en', 'Were Jane and co. at the party?'],
  ['en', 'They closed the deal with Pitt, Briggs & Co. at noon.'],
  ['en', "Let's ask Jane and co. They should know."],
  ['en', 'I can see Mt. Fuji from here.'],
  ['en', "St. Michael's Church is on 5th st. near the light."],
  ['en', "That is JFK Jr.'s book."],
  ['en', 'I visited the U.S.A. last year.'],
  ['en', 'I live in the E.U. How about you?'],
  ['en', 'I have lived in the U.S. for 20 years.'],
  ['en', 'At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.'],
  ['en', 'She has $100.00 in her bag. She has $100.00. It is in her bag.'],
  ['en', 'He teaches science (He previously worked for 5 years as an engineer.) at the local University.'],
  ['en', 'Her email is Jane.Doe@example.com. I sent her an email.'],
  ['en', 'The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.'],
  ['en', "She turned to him, 'This is great.' she said."],
  ['en', 'She turned to him, "This is great." she said.'],
  ['en', 'Hello!! Long time no see. Hello?? Who is there? Hello!? Is that you?'],
  ['en', '1.) The first item 2.) The second item'],
  ['en', 'a. The first item b. The second item c. The third list item'],
  ['en', 'This is a sentence\ncut off in the middle because pdf.'],
  ['en', 'You can find it at N°. 1026.253.553. That is where the treasure is.'],
  ['en', 'She works at Yahoo! in the accounting department.'],
  ['en', 'We make a good team, you and I. Did you see Albert I. Jones yesterday?'],
  ['en', 'Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”'],
  ['en', 'I never meant that.... She left the store.'],
  ['en', 'I wasn’t really ... well, what I mean...see . . . what I\'m saying, the thing is . . . I didn’t mean it.'],
  ['en', 'One further habit which was somewhat weakened . . . was that of combining words into self-constructed compounds.'],
  ['en', 'Saint Maximus (died 250) is a Christian saint and martyr.[1] The emperor Decius published a decree in 250.'],
  ['en', 'Differing agendas can potentially create an understanding gap in a consultation.11 12 Take the example of hypertension.'],
  ['en', 'The nurse gave him 5 mg i.v. and 10 mg p.o. every 4 hrs. as needed.'],
  ['en', 'See Smith et al. for details, and cf. the appendix; vs. the old model it is approx. twice as fast.'],
  ['en', 'Prices rose 2.5 percent in Q3. The S&P 500 fell 1.2 pct. on Friday.'],
  ['en', 'Who am I? asked Berset, who usually has an answer.'],
  ['en', 'Download report.pdf. then open the file mtqa.config.json in an editor.'],
  ['en', 'we went out last night. it was fun. then we came home. lol'],
  ['de', 'Das gilt z. B. für Berlin, d. h. für die ganze Stadt, u. a. am 3. und 4. Juni bzw. im Mai.'],
  ['de', 'Er kam am 22. April 2023 nach Berlin, ca. 10 Min. später folgten Nr. 5 und Nr. 6 usw. bis zum Ende.'],
  ['de', '„Warum?“ fragte er. „Hallo?“ in unfreundlichem Ton sagte sie nichts.'],
  ['fr', 'M. Dupont et Mme Martin sont arrivés, p. ex. à 10 h. environ, etc. et ils sont repartis.'],
  ['es', 'El Sr. García y la Sra. López llegaron a las 10 a. m. y hablaron, etc. durante horas.'],
  ['cs', 'Přišel 22. května, tj. v pondělí, resp. ráno, např. s Ing. Novákem a spol. s r. o. firmou.'],
  ['pl', 'Przyjechał 22. maja, tj. w poniedziałek, m.in. z dr. Nowakiem, ok. godz. 10.'],
  ['ru', 'Он прибыл в 2023 г. в Москву, т. е. в понедельник, и т. д. и т. п., около 5 тыс. руб. на человека.'],
  ['uk', 'Він прибув у 2023 р. до Києва, див. мапу, близько 5 тис. грн. на людину, т. зв. внесок.'],
  ['hr', 'Stigao je 29. rujna 1918. u Zagreb, tj. u ponedjeljak, npr. s dr. Horvatom.'],
  // Abbreviations from Unicode CLDR and the international list, spaced and clipped forms.
  ['es', 'La evaluación del día Lun. 15 de Mar. fue la siguiente: los EE. UU. y la UE, p. ej. el acuerdo.'],
  ['it', 'Ricordatevi che dom. 25 Set. sarà il compleanno del dott. Rossi.'],
  ['fr', 'Il est né en 52 av. J.-C. à Rome (par ex. selon le dict. de référence).'],
  ['pt', 'O psicol. responsável e o eng. civil chegaram.'],
  ['da', 'Were Jane and co. at the party with Pitt, Briggs & Co. at noon?'],
  ['de', 'Die Art wurde von Müller et al. beschrieben (ebd. S. 5), vgl. Quercus robur subsp. robur.'],
  ['nl', 'Afkorting aanw. vnw.'],
  // A language without a profile: a closing quote and a lowercase word are a speech tag.
  ['da', 'She turned to him, "This is great." she said.'],
  // Questions in a series, inside an aside, inside a sentence, and titles.
  ['kk', 'Оқушылар үйі, ауыл шаруашылығы – кім? не?'],
  ['en', 'He left early (why? because he was tired) and the quiz show Who Wants to Be a Millionaire? was on.'],
  ['es', 'Le pregunté ¿qué haces? y me dijo que nada.'],
];

describe('golden rules: correct text stays silent', () => {
  it.each(GOLDEN)('%s: %s', (lang, text) => {
    const seg = analyse(text, { lang }).findings.filter((f) => f.category === 'segmentation');
    expect(seg.map((f) => `${f.rule} at “${text.slice(Math.max(0, f.start - 15), f.end + 5)}”`)).toEqual([]);
  });
});
