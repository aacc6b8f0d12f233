// Spacing and punctuation at segment joins, pairing of brackets and quotes in both layouts (prose
// paragraphs and one sentence per line), full-width punctuation, and the traps that must stay
// silent. Fixes must produce the corrected text.
import { describe, expect, it } from 'vitest';
import { analyse, MAX_FINDINGS } from '../lib/engine.js';
import { applyEdits, collectEdits } from '../lib/fix.js';
import { RULES } from '../lib/rules/index.js';

const punctuation = RULES.filter((r) => r.meta.category === 'punctuation');
const check = (text: string, lang = 'en') => analyse(text, { lang, rules: punctuation }).findings;
const rules = (text: string, lang = 'en') => check(text, lang).map((f) => f.rule);
const fixed = (text: string, lang = 'en') => applyEdits(text, collectEdits(check(text, lang)));

describe('missing-space-after-sentence', () => {
  it('inserts the space', () => {
    expect(fixed('The minister arrived on Monday.The talks lasted three hours.')).toBe('The minister arrived on Monday. The talks lasted three hours.');
  });

  it.each([
    ['en', 'He left early.It was late.'],
    ['de', 'Er ging früh.Die Nacht war kalt.'],
    ['cs', 'Odešel brzy.To bylo pozdě.'],
    ['ru', 'Он ушёл рано.Это было поздно.'],
    ['uk', 'Він пішов рано.Це було пізно.'],
  ])('finds a join before a function word (%s)', (lang, text) => {
    expect(rules(text, lang)).toEqual(['missing-space-after-sentence']);
  });

  it('needs a function word or a spaced sentence end in the paragraph', () => {
    expect(rules('The vote was close.Democrats won by two seats.')).toEqual([]);
    expect(rules('The vote was close.Democrats won by two seats. Turnout was high.')).toEqual(['missing-space-after-sentence']);
  });

  it.each([
    'According to data from Gazeta.Ru and Booking.Com, sales rose.',
    'Call Math.Max(a, b) or System.IO.File.Exists(path) in C#.',
    'She read J.R.R.Tolkien and met Dr.Watson at St.Paul.',
    'Open Report.Docx and Budget.Xlsx before the call.',
    'See Yahoo!News, WoW!Korea and the U.S.A.The end.',
    'The index rose by 3.The end came later.',
  ])('stays silent on names, domains, code and abbreviations: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('space-before-punctuation', () => {
  it('reports spaces before punctuation where they are systematic, and removes them', () => {
    const text = 'The talks took place in Berlin , and both sides agreed , as expected .';
    expect(rules(text)).toEqual(['space-before-punctuation', 'space-before-punctuation', 'space-before-punctuation']);
    expect(fixed(text)).toBe('The talks took place in Berlin, and both sides agreed, as expected.');
  });

  it('leaves a single slip in a large text alone, but not when the whole text is spaced', () => {
    const careful = 'The talks went well, and both sides agreed, as expected. '.repeat(40);
    expect(rules(`${careful}\nThe talks went well , and both sides agreed.`)).toEqual([]);
    const tokenized = 'The talks went well , and both sides agreed .\n'.repeat(5);
    expect(rules(tokenized)).toHaveLength(10);
  });

  it('respects French spacing before ; : ! ? but not before a comma', () => {
    expect(rules('Il a dit : « oui » ; puis : quelle joie ! Vraiment ?', 'fr')).toEqual([]);
    expect(rules('Il est parti , puis revenu , enfin reparti .', 'fr')).toHaveLength(3);
  });

  it.each([
    'Thanks :) see you ;-) and :P and :( too.',
    'It runs on .NET and costs .5 dollars. Wait ... what ?!',
    'Rangers drew 2 : 2, kick-off at 19 : 30.',
    'Tiger : Crunchy wafers ; Owl : soft ones.',
    'Smells like a basement !!! Really ??',
  ])('stays silent on smileys, .NET, decimals, scores and labels: %s', (text) => {
    expect(rules(`${text} ${text} ${text}`)).toEqual([]);
  });
});

describe('doubled-punctuation', () => {
  it('keeps one comma with a safe fix, one full stop with an unsafe one', () => {
    const findings = check('The talks ended,, and both sides left.. The end.');
    expect(findings.map((f) => f.fix?.safe)).toEqual([true, false]);
    expect(fixed('The talks ended,, and both sides left.')).toBe('The talks ended, and both sides left.');
  });

  it.each([
    'Wait... what? It was him.. then he left. He said so..',
    'Streets like Vranovská etc., Washington, D.C., and the U.S.A., too.',
    'Count 1..10, open ../lib/index.js, use std::vector and a::b.',
    'Really?! No way!! Are you sure??',
  ])('stays silent on ellipses, abbreviations, ranges and emphasis: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('unpaired-bracket', () => {
  it.each([
    ['en', 'The treaty (signed in 2019 was ratified last week.', '('],
    ['de', 'Der Vertrag wurde 2019 unterzeichnet] und ratifiziert.', ']'],
    ['cs', 'Smlouva (podepsaná v roce 2019 byla ratifikována.', '('],
    ['ru', 'Договор (подписанный в 2019 году был ратифицирован.', '('],
  ])('finds a bracket without its partner (%s)', (lang, text, bracket) => {
    const findings = check(text, lang);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual([bracket]);
  });

  it('pairs a parenthesis split over two lines of a one-sentence-per-line file', () => {
    expect(rules('It was something like paper plates (or something close to them.\nOr straws?).')).toEqual([]);
  });

  it.each([
    'Options: a) cheap, b) fast, 1) now, iv) later.',
    'Thanks :) see you ;-) bye =) sad :( and :-(',
    'Спасибо большое))) Увидимся) Пока(((',
    'I can bring it tomorrow)',
    'Visit (Apple Daily Chart: the website）and more.',
    '【Official】 Sale （limited） (really) [yes] {ok}',
  ])('stays silent on labels, smileys and paired brackets: %s', (text) => {
    expect(rules(text).filter((r) => r === 'unpaired-bracket')).toEqual([]);
  });
});

describe('unpaired-quote', () => {
  it('in prose, finds a quotation that never closes in its paragraph', () => {
    const text = 'He said “we are ready and left. Nobody followed.\nShe stayed. It was late.';
    expect(check(text).map((f) => text.slice(f.start, f.end))).toEqual(['“']);
  });

  it('in one-sentence-per-line files, leaves quotations over several lines alone', () => {
    const lines = ['The minister spoke.', '“We are ready.', 'We will win,” he said.', 'The talks ended.'];
    expect(rules(lines.join('\n'))).toEqual([]);
  });

  it('in any layout, finds an opening mark typed where the closing one belongs', () => {
    const lines = ['One.', 'No effect on the „signed „ and „final“ deal.', 'Three.'];
    expect(rules(lines.join('\n'), 'de')).toEqual(['unpaired-quote']);
  });

  it.each([
    ['en', 'He said “yes” and “no.” A 15" screen and a 5\' 11" frame. "Fine," she said.'],
    ['de', 'Er sagte: „Ja.“ Sie las »Faust« und „Die Verwandlung”. Er nannte es „gut".'],
    ['cs', 'Řekl: „Ano.“ A „ne“. Pak řekl "možná".'],
    ['ru', 'Он сказал: «Да». Она ответила: «Хорошо, „пусть“ так».'],
    ['uk', 'Він сказав: «Так». Вона відповіла: «Добре».'],
    ['sv', 'Han sa: ”Vi är redo.”'],
    ['en', '“The first paragraph of a long quotation. It goes on.\n“The second paragraph, which ends it. Here.”'],
  ])('stays silent on paired quotations in every style (%s): %s', (lang, text) => {
    expect(rules(text, lang)).toEqual([]);
  });
});

describe('fullwidth-punctuation', () => {
  it('writes the ASCII mark with a space after it', () => {
    expect(fixed('Why are there six wontons？Nobody knows，really。')).toBe('Why are there six wontons? Nobody knows, really.');
  });

  it('stays silent next to Chinese or Japanese', () => {
    expect(rules('The motto 发现未来，分享科学 and 「東京」。')).toEqual([]);
  });
});

describe('adversarial input', () => {
  const MB = 1 << 20;
  const rep = (s: string) => s.repeat(Math.ceil(MB / s.length)).slice(0, MB);
  // Speed is measured by `npm run bench` (which runs these inputs too), never by a timed test on
  // a shared machine. Here: the checker finishes on each, and its output stays bounded by the caps.
  it.each([
    ['only dots', rep('.')],
    ['"a. " repeated', rep('a. ')],
    ['one 1 MB word', rep('abcdefghij')],
    ['only spaces', rep(' ')],
    ['the the the', rep('the ')],
    ['quotation marks', rep('"')],
    ['opening brackets', rep('(')],
    ['opening quotes with words', rep('„a ')],
    ['mojibake', rep('Ã©')],
    ['entities', rep('&amp;')],
    ['spaced commas', rep('a , ')],
  ])('%s (1 MB): a bounded report', (_, text) => {
    const { findings, summary } = analyse(text, { lang: 'en' });
    expect(findings.length).toBeLessThanOrEqual(MAX_FINDINGS);
    expect(summary.findings).toBe(findings.length);
  });
});
