// Text in decomposed form (NFD: a base letter and its combining marks, as macOS file names, some
// editors and copy-paste give it) is the same text as its composed form (NFC), and is checked as
// it stands (findings carry offsets into it, and fixes edit it): every rule example, decomposed,
// must give the findings it gives composed, at the same places in the decomposed text.
import { describe, expect, it } from 'vitest';
import { checkText } from '../lib/check.js';
import { analyse } from '../lib/engine.js';
import { RULES } from '../lib/rules/index.js';
import { numberWordsIn, scaleAfter } from '../lib/bilingual/number-words.js';
import { acceleratorsIn } from '../lib/bilingual/folded.js';
import { linksIn } from '../lib/bilingual/links.js';
import { isInterjection, ITEM_NUMBER } from '../lib/segmentation/style.js';
import type { Rule, RuleExample } from '../lib/types.js';
import { examplesOfRule } from './examples.js';
import { Info, lengthOfWord, lettersOfWord, tokenize } from '../lib/catalogue/tokens.js';
import { charactersIn } from '../lib/catalogue/charclass.js';

const lang = (rule: Rule, ex: RuleExample) => ex.lang ?? (rule.meta.languages === '*' ? 'en' : rule.meta.languages[0]);

/** Offset in text.normalize('NFD') of each UTF-16 offset of `text` (composed), and of its end. */
function decomposedOffsets(text: string): number[] {
  const at: number[] = [];
  let o = 0;
  for (const ch of text) {
    for (let k = 0; k < ch.length; k++) at.push(o);
    o += ch.normalize('NFD').length;
  }
  at.push(o);
  return at;
}

function findings(rule: Rule, ex: RuleExample, form: 'NFC' | 'NFD') {
  const text = ex.text.normalize(form);
  if (ex.source === undefined || ex.segments) {
    // Software strings (segments) pair line by line: their offsets move with the form too, so only the monolingual and document cases here.
    return analyse(text, { lang: lang(rule, ex) }).findings;
  }
  return checkText(text, {
    lang: lang(rule, ex),
    sourceDocument: { bytes: new TextEncoder().encode(ex.source.normalize(form)), name: 'source.txt', lang: ex.sourceLang },
  }).findings;
}

const decomposable = RULES.flatMap((rule) => {
  const { good, bad } = examplesOfRule(rule);
  // Mojibake decomposed is no longer what a wrong decoder writes: only the clean examples.
  return [...(rule.meta.id === 'mojibake' ? [] : bad), ...good].filter((ex) => !ex.segments && ex.text.normalize('NFC') === ex.text && ex.text.normalize('NFD') !== ex.text).map((ex) => [rule.meta.id, ex.text, rule, ex] as const);
});

function sameFindings(rule: Rule, ex: RuleExample): void {
  const at = decomposedOffsets(ex.text);
  // (Messages quote the text cut at a number of code units, which decomposed letters take more of.)
  const composed = findings(rule, ex, 'NFC').map((f) => ({ rule: f.rule, start: at[f.start], end: at[f.end] }));
  const decomposed = findings(rule, ex, 'NFD').map((f) => ({ rule: f.rule, start: f.start, end: f.end }));
  expect(decomposed).toEqual(composed);
}

describe('rule examples in decomposed form', () => {
  it('include examples with letters that decompose', () => {
    expect(decomposable.length).toBeGreaterThan(200);
  });

  // Not only diacritics on Latin, Greek and Cyrillic letters: Arabic hamza and madda, kana voicing
  // marks, and Hangul syllables as conjoining jamo (Indic two-part vowels: see below).
  it.each([
    ['Arabic', /[\u0653-\u0655]/],
    ['kana', /[\u3099\u309a]/],
    ['Hangul', /[\u1100-\u11ff]/],
  ])('include %s examples', (_, marks) => {
    expect(decomposable.filter(([, text]) => marks.test(text.normalize('NFD'))).length).toBeGreaterThan(0);
  });

  it.each(decomposable)('%s: %s', (_, __, rule, ex) => sameFindings(rule, ex));
});

describe('text in decomposed form', () => {
  // UD Turkish-IMST: a list labelled with number words, "üç)" two letters as "a)" is one.
  // WMT22 cs-en: a Czech one-letter abbreviation inside English, "č." (číslo) as "no." is.
  it.each([
    ['tr', 'Cevap hazır. bir) Lezzetine bayılmış. iki) Cimriymiş. üç) Çok pahalıymış.'],
    ['en', 'The transfer includes building no. /č. in the part of the municipality.'],
  ])('%s: %s', (lang, text) => {
    const at = decomposedOffsets(text);
    const composed = analyse(text, { lang }).findings.map((f) => ({ rule: f.rule, start: at[f.start], end: at[f.end] }));
    const decomposed = analyse(text.normalize('NFD'), { lang }).findings.map((f) => ({ rule: f.rule, start: f.start, end: f.end }));
    expect(decomposed).toEqual(composed);
  });
});

describe('a word written once composed and once decomposed', () => {
  // Copy-paste from a file in NFD into one in NFC mixes the forms: the same word either way.
  it.each([
    ['vi', 'Hợp đồng của của công ty đã được ký.', 'của', 'doubled-word'],
    ['de', 'Ich weiß, dass für für die Aufgabe Zeit bleibt.', 'für', 'doubled-word'],
    ['fr', 'Il a été été choisi pour la mission.', 'été', 'doubled-word'],
    ['ar', 'سافر إلى إلى القاهرة.', 'إلى', 'doubled-word'],
  ])('%s: %s', (lang, text, word, rule) => {
    const composed = analyse(text, { lang }).findings.filter((f) => f.rule === rule);
    expect(composed).toHaveLength(1);
    // The second copy decomposed, then the first: the finding spans both copies, as written.
    const first = text.indexOf(word);
    const second = text.indexOf(word, first + word.length);
    const grow = word.normalize('NFD').length - word.length;
    for (const at of [second, first]) {
      const mixed = text.slice(0, at) + word.normalize('NFD') + text.slice(at + word.length);
      const moved = (o: number) => (o > at ? o + grow : o);
      expect(analyse(mixed, { lang }).findings.filter((f) => f.rule === rule).map((f) => [f.start, f.end])).toEqual(composed.map((f) => [moved(f.start), moved(f.end)]));
    }
  });
});

describe('number words in decomposed form', () => {
  it.each([
    ['de', 'Zuerst zwölf, dann dreiundzwanzig; zwölf-jährig.'],
    ['cs', 'Třicet dva lidí a čtyři sta aut, čtyřicetiletý.'],
    ['pt', 'Três dias e dezesseis horas.'],
  ])('%s: %s', (lang, text) => {
    const at = decomposedOffsets(text);
    const nfd = text.normalize('NFD');
    const composed = numberWordsIn(lang, text, 0, text.length);
    expect(composed.length).toBeGreaterThan(0);
    expect(numberWordsIn(lang, nfd, 0, nfd.length)).toEqual(composed.map((w) => ({ ...w, start: at[w.start], end: at[w.end] })));
  });

  it('read scale words decomposed', () => {
    for (const [lang, text] of [['cs', '3 tisíc'], ['cs', '5 milionů'], ['pl', '2 tysiące']]) {
      const nfd = text.normalize('NFD');
      expect(scaleAfter(lang, nfd, 1, nfd.length)).toBe(scaleAfter(lang, text, 1, text.length));
    }
  });
});

describe('excerpts of decomposed text', () => {
  // Whatever the offset 40 code units from a finding falls on, the excerpt holds whole letters.
  const parted = (s: string, i: number) => i > 0 && i < s.length && (/\p{M}/u.test(s[i]) || /[\udc00-\udfff]/.test(s[i]));
  it.each([0, 1, 2, 3, 4, 5])('shifted by %i', (shift) => {
    const around = 'Crème brûlée, naïve café 😀 Ústí nad Labem, '.normalize('NFD');
    const text = around + 'x'.repeat(shift) + ' we saw the the harbour ' + 'y'.repeat(shift) + ', ' + around + 'and left.';
    const found = analyse(text, { lang: 'en' }).findings.filter((f) => f.rule === 'doubled-word');
    expect(found).toHaveLength(1);
    for (const f of found) {
      const { excerpt } = f;
      const lead = excerpt.text.startsWith('…') ? 1 : 0;
      const from = f.start - (excerpt.start - lead);
      const to = from + excerpt.text.length - lead - (excerpt.text.endsWith('…') ? 1 : 0);
      expect(text.slice(from, to)).toBe(excerpt.text.slice(lead, excerpt.text.length - (excerpt.text.endsWith('…') ? 1 : 0)));
      expect([parted(text, from), parted(text, to)]).toEqual([false, false]);
    }
  });

  it('quote whole letters in a message', () => {
    const text = 'You can check all the settings in one place. Pomocí jediného ovládacího panelu můžete kontrolovat nastavení zabezpečení a ochrany identity. It takes a minute.'.normalize('NFD');
    const [f] = analyse(text, { lang: 'en' }).findings.filter((x) => x.rule === 'untranslated-passage');
    expect(f.message).toContain('“Pomocí jediného ovládacího panelu mů…”'.normalize('NFD'));
  });
});

// A pattern over letters (\p{L}) reads a decomposed letter as a letter and a mark (\p{M}) that is
// none: each class of pattern that did so takes the marks with their letter now.
describe('patterns read a letter with its marks', () => {
  const nfd = (s: string) => s.normalize('NFD');

  it('a run of letters: an e-mail address with diacritics is one link', () => {
    const text = 'Schreiben Sie an josé.müller@café.de oder rufen Sie an.';
    const at = decomposedOffsets(text);
    const composed = linksIn(text, 0, text.length).map((l) => [at[l.start], at[l.end]]);
    expect(composed).toHaveLength(1);
    expect(linksIn(nfd(text), 0, nfd(text).length).map((l) => [l.start, l.end])).toEqual(composed);
  });

  it('a word boundary: a letter before its diacritic does not end a word ("MÍ" is no Roman numeral)', () => {
    const text = 'A MÍ no me gusta, dijo en el capítulo XIV.';
    const at = decomposedOffsets(text);
    const composed = numberWordsIn('es', text, 0, text.length).map((w) => ({ ...w, start: at[w.start], end: at[w.end] }));
    expect(composed.map((w) => w.value)).toEqual([14]);
    expect(numberWordsIn('es', nfd(text), 0, nfd(text).length)).toEqual(composed);
  });

  it('one letter: a list label or an accelerator key with a diacritic', () => {
    for (const label of ['é) ', 'Ü. ']) {
      const itemNumber = ITEM_NUMBER();
      itemNumber.lastIndex = 0;
      const composed = itemNumber.test(label);
      itemNumber.lastIndex = 0;
      expect([composed, itemNumber.test(nfd(label))]).toEqual([true, true]);
    }
    expect(acceleratorsIn(nfd('Fichier (&É)'), 0, nfd('Fichier (&É)').length)).toEqual([{ start: 7, end: 13 }]);
  });

  it('a repeated letter: an interjection drawn out with diacritics', () => {
    const lex = { interjections: new Set<string>() };
    expect(['Hééé', 'Ôôôh'].map((w) => isInterjection(nfd(w), lex))).toEqual(['Hééé', 'Ôôôh'].map((w) => isInterjection(w, lex)));
    expect(isInterjection('Hééé', lex)).toBe(true);
    // "eeé" is no letter three times.
    expect(isInterjection(nfd('Heeé'), lex)).toBe(isInterjection('Heeé', lex));
  });
});

describe('passages in decomposed form', () => {
  // A run in another script is named (by its words, alphabet, franc) from 30 characters on: 27
  // composed, 30 code units decomposed, and it was named Catalan.
  it('are named from as many characters as composed', () => {
    const text = 'Вчера вечером он долго молчал, а потом сказал. Ça va très bien, chère amie. И ушёл домой.';
    const named = (t: string) => analyse(t, { lang: 'ru' }).findings.filter((f) => f.rule === 'untranslated-passage').map((f) => f.data?.language);
    expect(named(text)).toEqual(['und']);
    expect(named(text.normalize('NFD'))).toEqual(named(text));
  });
});

describe('words whose units compose past the diacritics', () => {
  // Canonical compositions outside U+0300–U+036F: Arabic hamza and madda, Hangul syllables as
  // conjoining jamo, kana voicing marks, Indic two-part vowel signs (Bengali "ো", Tamil "ோ") and nukta.
  const word = (text: string) => {
    const t = tokenize(text);
    expect(t.count).toBe(1);
    return { hash: t.hash[0], decomposed: (t.info[0] & Info.Decomposed) !== 0, units: lengthOfWord(t, 0), letters: lettersOfWord(text, t, 0) };
  };

  it.each(['إلى', 'آخر', 'ۓ', '한국어', '발짝', 'がぎ', 'パ', 'কোথায়', 'নৌকা', 'போல்', 'ஔவை', 'ऩ', 'ಕೋ', 'ො'])('%s: one word, hashed and counted composed', (composed) => {
    const nfd = composed.normalize('NFD');
    expect(nfd).not.toBe(composed);
    // Kana are a word each: the first of them, with its voicing mark.
    const first = /^\p{Script=Hiragana}/u.test(composed) ? composed.slice(0, 1) : composed;
    const nfdFirst = first.normalize('NFD');
    expect(word(nfdFirst)).toEqual({ ...word(first), decomposed: true, units: nfdFirst.length });
    expect(charactersIn(nfd, 0, nfd.length)).toBe(composed.length);
  });

  it.each([
    ['a vowel sign that composes with no consonant', 'কা'],
    ['a nukta whose composition NFC excludes', 'क़'.normalize('NFD')],
  ])('not %s', (_, text) => {
    expect(text.normalize('NFC')).toBe(text);
    expect(word(text).decomposed).toBe(false);
    expect(charactersIn(text, 0, text.length)).toBe(text.length);
  });

  // A kana takes either voicing mark, though only some have a composed form with it: "か" and
  // U+309A is the nasal "ga" of Japanese dictionaries, one character that NFC leaves apart.
  it('a kana with a voicing mark is one character, composed form or none', () => {
    expect(word('か\u309a')).toMatchObject({ units: 2, letters: 1 });
  });

  it('a run of Korean words written once as syllables and once as jamo is no repetition loop', () => {
    const text = '영국은 한 발짝 ' + '한 발짝'.normalize('NFD') + ' 개혁을 추진해 왔다.';
    expect(analyse(text, { lang: 'ko' }).findings).toEqual([]);
  });
});
