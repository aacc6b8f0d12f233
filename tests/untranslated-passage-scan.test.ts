// The passage rule stops its scan where nothing more can change the report: with a detected
// language once the passages cover half the text (nothing is reported then), with a given one
// when the report is full (passages are reported as found, script runs first, then sentence runs);
// with a detected one too, once the report is full and the passages cannot come to cover half.
import { describe, expect, it } from 'vitest';
import { CheckContext } from '../lib/context.js';
import { analyse, MAX_FINDINGS, MAX_FINDINGS_PER_RULE_AND_LINE } from '../lib/engine.js';
import { untranslatedPassage } from '../lib/rules/untranslated-passage.js';
import type { RawFinding } from '../lib/types.js';

const en = 'The minister met his counterpart on Monday and they talked about the weather for a long time.';
const de = 'Die beiden Seiten vereinbarten, die Zusammenarbeit im Bereich der Energie auszubauen und zu vertiefen.';
const ru = 'Обе стороны договорились расширить сотрудничество в области энергетики.';

const passages = (text: string, lang?: string) => analyse(text, { lang }).findings.filter((f) => f.rule === 'untranslated-passage');

describe('untranslated-passage scan', () => {
  it('reports nothing for a detected language whose passages cover half the text, all of them for a given one', () => {
    const text = [en, de, en, de, de, en].join('\n');
    expect(analyse(text).language).toMatchObject({ code: 'en', source: 'detected' });
    expect(passages(text)).toEqual([]);
    expect(passages(text, 'en')).toHaveLength(3);
  });

  it('reports a given language’s passages as it finds them, script runs first, and stops where the report does', () => {
    const text = [de, ru, en, de, ru, en].join('\n');
    const ctx = () => new CheckContext(text, { lang: 'en' });
    const all: RawFinding[] = [];
    untranslatedPassage.check(ctx(), (f) => all.push(f));
    expect(all.map((f) => f.data?.method)).toEqual(['script', 'script', 'statistics', 'statistics']);
    for (let n = 1; n <= all.length; n++) {
      const seen: RawFinding[] = [];
      const full = Symbol('full');
      try {
        untranslatedPassage.check(ctx(), (f) => {
          seen.push(f);
          if (seen.length === n) throw full;
        });
      } catch (err) {
        expect(err).toBe(full);
      }
      expect(seen).toEqual(all.slice(0, n));
    }
  });

  /** English lines of some variety (one line over and over is read as no language). */
  const ENGLISH_LINES = [
    en,
    'Both sides agreed that they would expand their cooperation in the field of energy.',
    'The treaty will be signed next year, after the parliaments of both countries have approved it.',
    'Please restart the device and then try again before you call our support line.',
    'We arrived at the village too late, and the storm did not calm down all night.',
    'She said that the new library would open in the spring, once the roof was repaired.',
    'Most of the people who live here work in the harbour or on the farms around the town.',
    'If you want to change your password, open the settings and choose the security tab.',
    'The report was published on Friday, but nobody seems to have read it yet.',
    'He has been writing about the history of this region for more than twenty years.',
  ];

  it('stops a detected language’s scan once the report is full and the passages cannot cover half the text', () => {
    const english = ENGLISH_LINES.slice(0, 5);
    const short = 'Обе стороны договорились.';
    const lines: string[] = [];
    for (let i = 0; i <= MAX_FINDINGS; i++) lines.push(english[i % english.length], short);
    // Sentence runs, found after the script runs: past the report's end, and no way to half.
    lines.push(de, en, de);
    const text = lines.join('\n');
    const detected = new CheckContext(text);
    expect(detected.language).toMatchObject({ code: 'en', source: 'detected' });
    expect(detected.language.mixture).toBeUndefined();
    const all: RawFinding[] = [];
    untranslatedPassage.check(new CheckContext(text, { lang: 'en' }), (f) => all.push(f));
    const seen: RawFinding[] = [];
    untranslatedPassage.check(detected, (f) => seen.push(f));
    expect(all.filter((f) => f.data?.method === 'statistics')).toHaveLength(2);
    expect(seen.length).toBeGreaterThan(MAX_FINDINGS);
    expect(seen).toEqual(all.slice(0, seen.length));
    expect(seen.filter((f) => f.data?.method === 'statistics')).toEqual([]);
  });

  it('reports nothing where the passages come to cover just over half the text after the report is full', () => {
    // Lines in German, each with MAX_FINDINGS_PER_RULE_AND_LINE Cyrillic runs among its words, and
    // English lines between them. The Cyrillic runs, found first, fill the report and cover a
    // seventh of the text; the German sentence runs found after them cover their lines again, Cyrillic
    // included: just over half of the text with `englishLines` English lines to each German one,
    // just under with one more. Neither German nor Cyrillic letters are a quarter of the text's: no mixture.
    const english = ENGLISH_LINES;
    const german = ['und die Kinder', 'der Eltern', 'sind in der Schule', 'mit dem Lehrer', 'auf den Tisch'];
    const textWith = (englishLines: number) => {
      const lines: string[] = [];
      for (let i = 0; i * MAX_FINDINGS_PER_RULE_AND_LINE <= MAX_FINDINGS; i++) {
        for (let k = 0; k < englishLines; k++) lines.push(english[(i + k) % english.length]);
        const words = ['Die Eltern'];
        for (let j = 0; j < MAX_FINDINGS_PER_RULE_AND_LINE; j++) words.push('обе стороны', german[(i + j) % german.length]);
        lines.push(`${words.join(' ')}.`);
      }
      return lines.join('\n');
    };
    const covered = (passages: RawFinding[]) => passages.reduce((n, f) => n + f.end - f.start, 0);
    for (const [englishLines, over] of [
      [29, true],
      [30, false],
    ] as const) {
      const text = textWith(englishLines);
      const detected = new CheckContext(text);
      expect(detected.language).toMatchObject({ code: 'en', source: 'detected' });
      expect(detected.language.mixture).toBeUndefined();
      const all: RawFinding[] = [];
      untranslatedPassage.check(new CheckContext(text, { lang: 'en' }), (f) => all.push(f));
      const script = all.filter((f) => f.data?.method === 'script');
      expect(script.length).toBeGreaterThan(MAX_FINDINGS);
      expect(2 * covered(script)).toBeLessThan(text.length);
      expect(2 * covered(all) > text.length).toBe(over);
      expect(Math.abs(2 * covered(all) - text.length)).toBeLessThan(text.length / 50);
      const seen: RawFinding[] = [];
      untranslatedPassage.check(detected, (f) => seen.push(f));
      if (over) expect(seen).toEqual([]);
      else {
        expect(seen.length).toBeGreaterThan(MAX_FINDINGS);
        expect(seen).toEqual(all.slice(0, seen.length));
      }
    }
  });

  it('does not count command lines, which are not reported, toward a full report', () => {
    // A usage text quoting a command on every line: each command is a run of Latin words in a
    // Cyrillic text, found as a passage and left out as a command line. More of them than the
    // report holds must not stop the scan before the Russian sentence after them.
    const ukrainian = [
      'Щоб продовжити перебазування після того, як ви розв’язали конфлікт, виконайте git rebase --continue',
      'Якщо ви хочете виправити останній коміт, але ще не надіслали його на сервер, скористайтеся командою git commit --amend --no-edit',
      'Для перегляду історії змін у цьому сховищі, де кожен коміт займає один рядок, введіть git log --oneline --graph',
      'Коли потрібно завантажити всі зміни з віддаленого сервера, а також нові гілки, запустіть git fetch --all --prune',
      'Він був дуже обережний із цим злиттям, тому вона сказала йому, що можна виконати git merge --abort --quiet',
    ];
    const russian = 'Обе стороны договорились расширить сотрудничество в области энергетики и подписать новое соглашение в следующем году.';
    const lines: string[] = [];
    for (let i = 0; i <= MAX_FINDINGS; i++) lines.push(ukrainian[i % ukrainian.length]);
    lines.push(russian);
    const text = lines.join('\n');
    expect(analyse(text).language).toMatchObject({ code: 'uk', source: 'detected' });
    expect(passages(text).map((f) => [f.line, f.message])).toEqual([
      [MAX_FINDINGS + 2, 'Untranslated passage: “Обе стороны договорились расширить сотру…” is in Russian inside a text in Ukrainian.'],
    ]);
  });
});
