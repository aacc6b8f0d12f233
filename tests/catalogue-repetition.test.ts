// Loops, repeated sentences and doubled words beyond the rules' own examples: spans cover the
// repeats, safe fixes keep one copy, the rules never report the same repeat twice, and what is
// repeated on purpose stays silent in every language.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/engine.js';
import { applyEdits, collectEdits } from '../lib/fix.js';
import { RULES } from '../lib/rules/index.js';

const repetition = RULES.filter((r) => r.meta.category === 'repetition');
const check = (text: string, lang = 'en') => analyse(text, { lang, rules: repetition }).findings;
const fixed = (text: string, lang = 'en') => applyEdits(text, collectEdits(check(text, lang)));

describe('repetition-loop', () => {
  it('covers all repeats and keeps one with its safe fix', () => {
    const text = 'It was the fault of the fault of the fault of the fault of the government.';
    const [f] = check(text);
    expect(f.rule).toBe('repetition-loop');
    expect(text.slice(f.start, f.end)).toBe('the fault of the fault of the fault of the fault of');
    expect(f.data).toEqual({ repeats: 4, words: 3 });
    expect(fixed(text)).toBe('It was the fault of the government.');
  });

  it('finds a loop that runs to the end of the segment, mid-phrase', () => {
    const text = 'La culpa es de la culpa de la culpa de la culpa de la culpa de la';
    const [f] = check(text, 'es');
    expect(f.rule).toBe('repetition-loop');
    expect(fixed(text, 'es')).toBe('La culpa es de la culpa de la');
  });

  it('reports the smallest unit once, not every multiple of it', () => {
    const findings = check('No no no no no no no no no no no no, I said.');
    expect(findings).toHaveLength(1);
    expect(findings[0].data).toMatchObject({ words: 1, repeats: 12 });
  });

  it('finds loops in Chinese and Japanese, where words are not spaced', () => {
    expect(check('我们我们我们我们我们去了学校。', 'zh').map((f) => f.rule)).toEqual(['repetition-loop']);
  });

  it.each([
    ['en', 'Location, location, location: the three rules of real estate.'],
    ['en', 'Ha ha ha ha ha ha ha, very funny.'],
    ['en', 'Tick tock tick tock tick tock, the clock went on.'],
    ['en', 'We tried over and over and over again.'],
    ['en', 'Section 1.1.1 and then 2 2 2 in the table.'],
    ['de', 'Er sagte: „Ja, ja, ja, ich komme ja schon.“'],
    ['cs', 'Jerry: bla bla bla tvoje chyba, zatracená děcka.'],
    ['ru', 'Джерри: бла-бла-бла, это твоя вина.'],
    ['uk', 'Так, так, так, я вже йду.'],
  ])('stays silent on repetition on purpose (%s): %s', (lang, text) => {
    expect(check(text, lang)).toEqual([]);
  });

  it('does not cross line breaks: repeated items of a one-per-line file are not a loop', () => {
    expect(check('The meeting is over.\nThe meeting is over.\nThe meeting is over.\nThe meeting is over.')).toEqual([]);
  });
});

describe('repeated-sentence', () => {
  it('reports a sentence said twice, and keeps one copy', () => {
    const text = 'The treaty was signed in Berlin yesterday. The treaty was signed in Berlin yesterday. It enters into force in May.';
    const findings = check(text);
    expect(findings.map((f) => f.rule)).toEqual(['repeated-sentence']);
    expect(fixed(text)).toBe('The treaty was signed in Berlin yesterday. It enters into force in May.');
  });

  it('leaves three copies of a short sentence to the loop rule (one finding, not two)', () => {
    const findings = check("You're sleeping too much. You're sleeping too much. You're sleeping too much.");
    expect(findings.map((f) => f.rule)).toEqual(['repetition-loop']);
  });

  it('reports long sentences repeated three times itself', () => {
    const s = 'The agreement on the expansion of cooperation in the field of energy and transport was signed today.';
    const findings = check(`${s} ${s} ${s}`);
    expect(findings.map((f) => [f.rule, f.data?.copies])).toEqual([['repeated-sentence', 3]]);
  });
});

describe('doubled-word', () => {
  it('drops the second word with a safe fix for function words, unsafe for others', () => {
    const findings = check('He went to the the shop and bought bread bread.');
    expect(findings.map((f) => [f.rule, f.fix?.safe])).toEqual([
      ['doubled-word', true],
      ['doubled-word', false],
    ]);
    expect(fixed('He went to the the shop.')).toBe('He went to the shop.');
  });

  it.each([
    ['en', 'She had had enough; I think that that is true; what it is is a mystery.'],
    ['en', 'Duran Duran played in Bora Bora; Sirhan Sirhan was there; Kurri Kurri High School.'],
    ['en', 'Bye bye! No no, not that. The photos were so so, really really bad, far far away.'],
    ['en', 'The files are on server SERVER in location LOCATION; it works very VERY well.'],
    ['de', 'Ich weiß, dass die die Aufgabe lösen. Kinder, die die Regel kennen. Gebt ihr ihr das Buch? Ja ja, nach Bora Bora.'],
    ['es', 'Cantaba la la la y decía no no.'],
    ['cs', 'Odmítli se se mnou bavit. Tak tak to stihl.'],
    ['hr', 'Svejedno je je li TV isključen. Bilo što što bi pomoglo.'],
    ['fr', 'Nous nous sommes vus. Vous vous êtes trompés.'],
    ['ru', 'Он сказал: да да, конечно. Вот вот начнётся.'],
  ])('stays silent on doublings that are meant (%s): %s', (lang, text) => {
    expect(check(text, lang)).toEqual([]);
  });

  it.each([
    ['en', 'It is a a vintage.', 'a a'],
    ['de', 'Wir fahren mit mit dem Zug.', 'mit mit'],
    ['es', 'Vamos a a la playa.', 'a a'],
    ['cs', 'Jedeme do do Prahy.', 'do do'],
    ['pl', 'Jedziemy do do Warszawy.', 'do do'],
    ['ru', 'Мы едем в в Москву.', 'в в'],
    ['uk', 'Ми їдемо до до Києва.', 'до до'],
    ['de', 'Ich glaube, dass es es nicht gibt.', 'es es'],
    ['de', 'Das ist die Wiederholung Wiederholung des Fehlers.', 'Wiederholung Wiederholung'],
    ['de', 'Er hat keine Zeit Zeit für uns.', 'Zeit Zeit'],
    ['fr', 'Il a vu la la maison.', 'la la'],
    ['it', 'Ho visto la la casa.', 'la la'],
    ['de', 'Die Produkte sind heute auf dem dem Markt.', 'dem dem'],
    ['de', 'Die Wahl in Bulgarien Bulgarien war knapp.', 'Bulgarien Bulgarien'],
    ['de', 'Tippen Sie Sie auf das Symbol.', 'Sie Sie'],
    ['en', 'The talks with Xi Jinping Jinping ended.', 'Jinping Jinping'],
  ])('finds a doubled function word (%s): %s', (lang, text, doubled) => {
    const findings = check(text, lang);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual([doubled]);
  });
});

describe('doubled-word and spacing', () => {
  it.each([
    ['en', 'No, no no, not that one.', 'No,no no, not that one.'],
    ['de', 'Nein, nein nein, das nicht.', 'Nein ,nein nein , das nicht.'],
    ['ru', 'Нет, нет нет, не это.', 'Нет ,нет нет , не это.'],
  ])('three in a row stay three however the commas are spaced (%s)', (lang, spaced, unspaced) => {
    expect(check(spaced, lang)).toEqual([]);
    expect(check(unspaced, lang)).toEqual([]);
  });
});

describe('doubled-word: what the document repeats', () => {
  it.each([
    ['it', ['Una battuta. -- Paolo, "TABLOID TABLOID"', 'Un\'altra. -- Luca, "TABLOID TABLOID"', 'L\'ultima. -- Anna, "TABLOID TABLOID"']],
    ['de', ['Refrain: still still, leise.', 'Und wieder: still still.', 'Zum Schluss: still still.']],
    ['cs', ['Jen pomalu pomalu.', 'Zase pomalu pomalu, prosím.', 'Vždycky pomalu pomalu.']],
  ])('a content word doubled three times in the document is deliberate (%s)', (lang, lines) => {
    expect(check(lines.join('\n'), lang).filter((f) => f.rule === 'doubled-word')).toEqual([]);
  });

  it.each([
    ['en', ['He said the the first word.', 'Then the the second one.', 'And the the third.'], 3],
    ['de', ['Die Wahl in Bulgarien Bulgarien war knapp.', 'Der Rest war ruhig.'], 1],
  ])('a doubled function word, or a content word doubled once, is still a slip (%s)', (lang, lines, n) => {
    expect(check(lines.join('\n'), lang).filter((f) => f.rule === 'doubled-word')).toHaveLength(n);
  });
});

describe('doubled-word where the language reduplicates', () => {
  it.each([
    ['tr', 'Verileri tek tek işleyip sonuçları ayrı ayrı kaydediyoruz, yavaş yavaş ilerliyoruz.'],
    ['kk', 'Балалар бірте бірте үйреніп, жай жай жүріп келеді.'],
    ['hi', 'वह धीरे धीरे चलता है और बार बार पीछे देखता है।'],
    ['ko', '그것은 매우 매우 섬세한 떨림이었다. 회사들이 하나씩 하나씩 넘어갔다.'],
    ['id', 'Tata bahasanya mirip dengan tata bahasa bahasa Semitik, dan undang undang melindungi hak hak mereka.'],
  ])('a content word doubled is grammar (%s)', (lang, text) => {
    expect(check(text, lang).filter((f) => f.rule === 'doubled-word')).toEqual([]);
  });

  it('a doubled function word is still a slip (tr)', () => {
    const text = 'Bu model ve ve veri kümesi birlikte çalışır.';
    expect(check(text, 'tr').filter((f) => f.rule === 'doubled-word').map((f) => text.slice(f.start, f.end))).toEqual(['ve ve']);
  });

  it('where only words reduplicate, a doubled function word and a phrase said twice are still slips (id)', () => {
    const text = 'Ini adalah buku yang yang saya baca kemarin. Mereka menanam pohon kelapa sawit pohon kelapa sawit di lahan itu.';
    const found = check(text, 'id').filter((f) => f.rule === 'doubled-word' || f.rule === 'repetition-loop');
    expect(found.map((f) => [f.rule, text.slice(f.start, f.end)])).toEqual([
      ['doubled-word', 'yang yang'],
      ['repetition-loop', 'pohon kelapa sawit pohon kelapa sawit'],
    ]);
  });
});
