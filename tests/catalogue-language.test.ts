// Wrong-language documents and untranslated passages, beyond the rules' own examples: one finding
// for a whole document, merged runs, the language named in `data`, and the traps that must stay
// silent (names, glosses, brands, "NO TRANSLATION AVAILABLE" lines in a Russian file).
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/engine.js';
import { checkText } from '../lib/check.js';
import { RULES } from '../lib/rules/index.js';

const language = RULES.filter((r) => r.meta.category === 'language');
const check = (text: string, lang?: string) => analyse(text, { lang, rules: language }).findings;

const EN = [
  'The two sides agreed to expand cooperation in the field of energy.',
  'The treaty will be signed next year, the minister said on Monday.',
  'It is the first agreement of its kind between the two countries.',
];
const DE = [
  'Die beiden Seiten vereinbarten, die Zusammenarbeit im Bereich der Energie auszubauen.',
  'Der Vertrag wird im nächsten Jahr unterzeichnet, sagte der Minister am Montag.',
  'Es ist das erste Abkommen dieser Art zwischen den beiden Ländern.',
];
const CS = [
  'Obě strany se dohodly, že rozšíří spolupráci v oblasti energetiky.',
  'Smlouva bude podepsána příští rok, řekl ministr v pondělí.',
  'Je to první dohoda svého druhu mezi oběma zeměmi.',
];
const RU = [
  'Обе стороны договорились расширить сотрудничество в области энергетики.',
  'Договор будет подписан в следующем году, сказал министр в понедельник.',
  'Это первое соглашение такого рода между двумя странами.',
];
const UK = [
  'Обидві сторони домовилися розширити співпрацю в галузі енергетики.',
  'Угоду буде підписано наступного року, сказав міністр у понеділок.',
  'Це перша угода такого роду між двома країнами.',
];

describe('wrong-language document', () => {
  it('reports a whole document in another language once, with the language, and no passages', () => {
    const text = [...DE, ...DE, ...DE].join('\n');
    const findings = check(text, 'en');
    expect(findings.map((f) => f.rule)).toEqual(['wrong-language-document']);
    expect(findings[0]).toMatchObject({ start: 0, end: text.length, data: { language: 'de', expected: 'en' } });
  });

  it.each([
    ['cs', 'German', DE, 'de'],
    ['de', 'Czech', CS, 'cs'],
    ['uk', 'Russian', RU, 'ru'],
    ['ru', 'Ukrainian', UK, 'uk'],
    ['de', 'Cyrillic', RU, 'und'],
  ] as const)('declared %s, written in %s', (declared, _, sentences, found) => {
    const findings = check(sentences.join(' '), declared);
    expect(findings).toHaveLength(1);
    expect(findings[0].rule).toBe('wrong-language-document');
    if (found !== 'und') expect(findings[0].data?.language).toBe(found);
    else expect(findings[0].data?.script).toBe('Cyrillic');
  });

  it.each([
    ['en', 'Matsumoto Yoshiro in Kochihara District, Yamatsuri, Fukushima Prefecture.'],
    ['de', 'Südafrika ehrt De Klerk, den letzten Anführer der Apartheid'],
    ['hr', 'Sarah Palin govorila o PTSP-u Tracka Palina na skupu Donalda Trumpa'],
    ['ru', 'Нажмите и удерживайте кнопку питания электронной книги в течение 30 секунд.'],
    ['ru', 'Подписка начинается с момента онлайн-активации.'],
    ['uk', 'Мої сусіди завели собаку приблизно три роки тому.'],
  ])('a one-sentence document in its declared language is too short to contradict (%s): %s', (lang, text) => {
    expect(check(text, lang).filter((f) => f.rule === 'wrong-language-document')).toEqual([]);
  });

  it.each([
    'Де Клерк помер 11 листопада у віці 85 років, він боровся з раком.',
    'Навколишню територію закрили для транспорту та посилено охороняли.',
    'Однак ви не зобов\'язані брати участь у місіях за кордоном.',
    'Мої сусіди завели собаку приблизно три роки тому.',
  ])('a short Ukrainian document declared Russian is called Ukrainian or nothing, never Serbian or Bulgarian: %s', (text) => {
    for (const f of check(text, 'ru')) expect(f.data?.language).toBe('uk');
  });

  it('says nothing when the language was detected rather than declared', () => {
    expect(check(DE.join(' '))).toEqual([]);
  });

  it('keeps a document with a few lines in another language', () => {
    const lines = [...EN, ...EN, DE[0], ...EN, 'NO TRANSLATION AVAILABLE', ...EN];
    const findings = check(lines.join('\n'), 'en');
    expect(findings.map((f) => f.rule)).toEqual(['untranslated-passage']);
    expect(findings[0].data).toMatchObject({ language: 'de', method: 'statistics' });
  });
});

describe('untranslated passage', () => {
  it('merges adjacent foreign sentences into one span', () => {
    const text = `${EN[0]} ${DE[0]} ${DE[1]} ${EN[1]}`;
    const findings = check(text, 'en');
    expect(findings).toHaveLength(1);
    expect(text.slice(findings[0].start, findings[0].end)).toBe(`${DE[0]} ${DE[1]}`);
  });

  it.each([
    ['en', 'cs', EN, CS],
    ['cs', 'en', CS, EN],
    ['de', 'en', DE, EN],
    ['ru', 'uk', RU, UK],
    ['uk', 'ru', UK, RU],
  ] as const)('finds a %s text with a sentence in %s', (lang, found, host, guest) => {
    const text = `${host[0]} ${host[1]} ${guest[0]} ${host[2]}`;
    const findings = check(text, lang);
    expect(findings).toHaveLength(1);
    expect(findings[0].data?.language).toBe(found);
    expect(text.slice(findings[0].start, findings[0].end)).toBe(guest[0]);
  });

  it('finds a foreign script without statistics, and names its language', () => {
    const text = `${EN[0]} 双方同意扩大能源领域的合作。 ${EN[1]}`;
    const findings = check(text, 'en');
    expect(findings).toHaveLength(1);
    expect(findings[0].data).toMatchObject({ language: 'zh', script: 'Han', method: 'script' });
  });

  it.each([
    ['en', 'Vladimir Putin (Владимир Путин) met the press; the mattress measures 105х195 cm and WНO agreed.'],
    ['en', 'Check out the comment with ΦΙΛH on https://премияарсеньева.рф/ today.'],
    ['en', 'Pizza Delivery (Delivery・Catering) and XInhua All Media+丨Beijing Teenager Ice Hockey League.'],
    ['ru', 'NO TRANSLATION AVAILABLE'],
    ['ru', 'Используйте Norton Security Deluxe, Battery Powered Vacuum Pump и Royal Mail International Signed For.'],
    ['uk', 'Пристрій підтримує технологію комутації FTBTM (fade−thru−black) для плавних переходів.'],
    ['de', 'Die Band „The Rolling Stones“ spielte „Paint It Black“ in Berlin vor vollem Haus.'],
    ['cs', 'Film „Das Leben der Anderen“ získal Oscara za nejlepší cizojazyčný film v roce 2007.'],
  ])('stays silent on names, brands, glosses and URLs (%s): %s', (lang, text) => {
    expect(check(text, lang)).toEqual([]);
  });

  it('never reads across lines: items of a one-per-line file are judged apart', () => {
    const text = [EN[0], 'Die', 'Firma', 'und', 'der', EN[1]].join('\n');
    expect(check(text, 'en')).toEqual([]);
  });
});

describe('codes, units and numbers are no evidence of a language', () => {
  // "de", "en", "per" are Catalan, Spanish, French or Dutch words; in a list of language codes or
  // next to a number they are codes and units, and a span needs real words of its own.
  it.each([
    ['en', 'Segmentation alarms on clean text: 0.16 per 10k words (en), 0.10 (de, cs, ru, uk, hr).'],
    ['en', `${EN[0]} Recall was 0.95 (en), 0.92 (de, fr, ru, uk, cs, hr), per 10k words.`],
    ['de', `${DE[0]} Fehlalarme: 0,16 pro 10k Wörter (en), 0,10 (de, cs, ru, uk, hr).`],
    ['cs', `${CS[0]} Jazyky (en, de, fr, es, ca, it, pt) a formáty mp3, mp4 jsou podporovány.`],
    ['ru', `${RU[0]} Поддерживаются языки (en, de, fr, es, it, pt, nl) и форматы mp3, mp4.`],
    ['fr', 'Les taux sont de 0,16 pour 10k mots (en), 0,10 (de, cs, ru, uk, hr) et 5km, 10km par jour.'],
  ])('a list of language codes or units stays silent (%s): %s', (lang, text) => {
    expect(check(text, lang)).toEqual([]);
  });

  it('does not read a document of figures and codes as another language', () => {
    const doc = '# Measurements\n\nThe checker was measured on clean human references.\n\n| measure | value |\n|---|---|\n| false alarms | 0.16 per 10k words (en), 0.10 (de, cs, ru, uk, hr) |\n| recall | 0.95 (en), 0.92 (de, fr, ru, uk, cs, hr) |\n';
    const report = checkText(doc, { name: 'a.md' });
    expect(report.language).toMatchObject({ code: 'en' });
    expect(report.findings.filter((f) => f.category === 'language')).toEqual([]);
  });

  it.each([
    ['en', 'The minister spoke on Monday. El 5 de mayo de 2020 los dos países firmaron un acuerdo de cooperación en el campo de la energía. The talks ended.', 'es'],
    ['en', 'The minister spoke on Monday. Die beiden Seiten haben am 3. Mai 2021 in Berlin einen Vertrag über 10 Mio. Euro unterzeichnet. The talks ended.', 'de'],
    ['de', 'Der Minister sprach am Montag. On 5 May 2020 the two countries signed an agreement worth 10m euros for their cooperation. Die Gespräche endeten.', 'en'],
  ])('a passage with dates and figures is still found (%s)', (lang, text, found) => {
    const findings = check(text, lang);
    expect(findings.map((f) => [f.rule, f.data?.language])).toEqual([['untranslated-passage', found]]);
  });
});

describe('the most frequent words of a language are its own evidence', () => {
  // Italian "a", "i", "o", Spanish "a", "o", "ni" and French "à", "a", "y" are among their
  // languages' most frequent words; without them a short sentence reads as Catalan, Romanian,
  // Croatian or Spanish.
  const IT = 'Il ministro ha incontrato il suo omologo lunedì a Roma. Il trattato sarà firmato il prossimo anno, ha detto il ministro.';
  const ES = 'El ministro se reunió con su homólogo el lunes en Madrid. El tratado se firmará el próximo año, dijo el ministro.';
  const FR = 'Le ministre a rencontré son homologue lundi à Paris. Le traité sera signé l\'année prochaine, a dit le ministre.';
  it.each([
    ['it', `${IT}\nUn giorno le macchine riusciranno a risolvere tutti i problemi.\nNon so se picchiare le ragazze o cominciare a baciarle.\nA Milano i ricercatori hanno isolato un nuovo virus.`],
    ['es', `${ES}\nA buen árbol te arrimas, buena sombra te cobija.\nDía martes, ni te cases ni te embarques.\nA los argentinos no les hace falta luz, o eso dicen.`],
    ['fr', `${FR}\nS'il y a dépassement, le noyau panique.\nIl y a un fichier à lire.`],
  ])('short sentences of the document\'s own language stay silent (%s)', (lang, text) => {
    expect(check(text, lang)).toEqual([]);
  });

  it.each([
    ['it', `${IT} La cooperació entre els dos països és molt important per a tothom i per al futur.`, 'ca'],
    ['it', `${IT} Os dois países assinaram um acordo de cooperação no domínio da energia e dos transportes.`, 'pt'],
    ['es', `${ES} Cele două țări au semnat un acord de cooperare în domeniul energiei și al transporturilor.`, 'ro'],
    ['es', `${ES} Le due parti hanno concordato di ampliare la cooperazione nel settore dell'energia e dei trasporti.`, 'it'],
    ['fr', `${FR} Las dos partes acordaron que ampliarían su cooperación en el ámbito de la energía y que el tratado se firmará el próximo año.`, 'es'],
  ])('a passage in a close language is still found (%s)', (lang, text, found) => {
    expect(check(text, lang).map((f) => f.data?.language)).toEqual([found]);
  });
});
