// The passage rule stops its scan where nothing more can change the report: with a detected
// language once the passages cover half the text (nothing is reported then), with a given one
// when the report is full (passages are reported as found, script runs first, then sentence runs).
import { describe, expect, it } from 'vitest';
import { CheckContext } from '../lib/context.js';
import { analyse } from '../lib/engine.js';
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
});
