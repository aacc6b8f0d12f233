// Wrong-language documents and untranslated passages, beyond the rules' own examples: one finding
// for a whole document, merged runs, the language named in `data`, and the traps that must stay
// silent (names, glosses, brands, "NO TRANSLATION AVAILABLE" lines in a Russian file).
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/engine.js';
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
