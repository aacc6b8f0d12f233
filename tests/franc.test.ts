// mtqa's franc (lib/languages/franc.ts over franc.generated.ts) answers as franc-all does (its models,
// franc-min's script expressions), number for number, for every question mtqa asks: `only` a set of
// registry languages. The generated models follow the registry and the installed franc-all.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { francAll as francReference } from 'franc-all';
import { expressions as francMinScripts } from 'franc-min/expressions.js';
import { data as francData } from 'franc-all/data.js';
import { describe, expect, it } from 'vitest';
import { francAll, francRivalLead } from '../lib/languages/franc.js';
import { FRANC_CODES, francCodes, LANGUAGES } from '../lib/languages/index.js';
import { francRivalsSource, francSource } from '../scripts/generate-franc.js';
import { FRANC_RIVAL_NEIGHBOURS, FRANC_RIVALS } from '../lib/languages/franc-rivals.generated.js';
import { examplesOfLanguage } from './examples.js';
import { evalItems, sampleLines } from '../scripts/inputs.js';

describe('franc over the registry languages', () => {
  it('has models generated from the registry and the installed franc-all', () => {
    const file = readFileSync(fileURLToPath(new URL('../lib/languages/franc.generated.ts', import.meta.url)), 'utf8');
    expect(file, 'run `npx tsx scripts/generate-franc.ts`').toBe(francSource());
  });

  // Texts in every registry language and script, whole and cut short (franc's answers on short text
  // are the unstable ones), in several languages at once, and with nothing franc can read.
  const examples = LANGUAGES.flatMap((l) => examplesOfLanguage(l.code));
  const clean = [...evalItems('dev-clean.jsonl'), ...evalItems('dev-clean-multi.jsonl')].map((it) => it.text);
  const texts = [
    ...examples,
    ...examples.flatMap((e) => [e.slice(0, 12), e.slice(0, 25), e.slice(5, 60)]),
    ...sampleLines(clean, 25_000).split('\n'),
    LANGUAGES.map((l) => examplesOfLanguage(l.code)[0]).join(' '),
    examples.join(' '),
    '1234 5678 90.',
    '',
    '!!! ??? ... --- +++ ###',
    'বাংলা ভাষা একটি ইন্দো-আর্য ভাষা',
    // Code units franc's script expressions match in pairs (surrogates) and past them (fullwidth).
    '𠀀𠀁漢字，中文。😀 𝐀𝐁 text ｶﾀｶﾅ',
    'Обе стороны договорились ｶﾀｶﾅ，',
  ];
  const scripts = [...new Set(LANGUAGES.map((l) => l.script))];
  const onlySets = [
    ...scripts.map((s) => francCodes(s)).filter((o) => o.length > 0),
    [...FRANC_CODES],
    ['eng', 'deu'],
    ['ces', 'pol', 'hrv'],
    ['rus', 'ukr'],
    ['srp', 'bos', 'hrv'],
    ['spa'],
  ];

  it('answers as franc-all for every set of registry languages', () => {
    let compared = 0;
    for (const text of texts) {
      for (const only of onlySets) {
        for (const minLength of [10, 20]) {
          expect(francAll(text, { only, minLength }), `${JSON.stringify(text.slice(0, 40))} among ${only.join(',')}`).toEqual(francReference(text, { only, minLength }));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(5000);
  });

  it('without `only`, chooses among the registry languages of the script (franc-all: among all of its 414)', () => {
    // A language franc names by its script alone (Greek, Bengali) needs no model; "und" neither. A
    // script franc-min has no expression for (Armenian, Georgian) is none franc.ts sees: "und".
    const byScriptAlone = (code: string) => !Object.values(francData).some((models) => code in models);
    for (const text of texts) {
      const all = francReference(text);
      const named = all.length === 1 && byScriptAlone(all[0][0]);
      const expected = named && !(all[0][0] in francMinScripts) && all[0][0] !== 'und' ? [['und', 1]] : named ? all : francReference(text, { only: [...FRANC_CODES] });
      expect(francAll(text), JSON.stringify(text.slice(0, 40))).toEqual(expected);
    }
  });

  it('has rival models generated from the registry, the installed franc-all and CLDR', () => {
    const file = readFileSync(fileURLToPath(new URL('../lib/languages/franc-rivals.generated.ts', import.meta.url)), 'utf8');
    expect(file, 'run `npx tsx scripts/generate-franc.ts`').toBe(francRivalsSource());
    // The neighbours detection read as registry languages are rivals; CLDR's aliases of registry languages are not.
    expect(Object.keys(FRANC_RIVALS.Latin)).toEqual(expect.arrayContaining(['fur', 'roh', 'cos', 'pcm', 'ina', 'kea', 'sco', 'oci']));
    expect(Object.keys(FRANC_RIVALS.Arabic ?? {})).not.toContain('prs');
    expect(Object.keys(FRANC_RIVALS.Latin)).not.toContain('cnr');
  });

  it("gives the rivals' lead as franc-all's scores among the given registry languages and their rivals", () => {
    let compared = 0;
    for (const text of texts) {
      const lead = francRivalLead(text, ['eng', 'fra', 'ita']);
      if (!lead) continue;
      const only = ['eng', 'fra', 'ita', ...Object.keys(FRANC_RIVALS.Latin).filter((code) => /eng|fra|ita/.test(FRANC_RIVAL_NEIGHBOURS[code]))];
      const ranked = new Map(francReference(text, { only }));
      const own = Math.max(ranked.get('eng') ?? 0, ranked.get('fra') ?? 0, ranked.get('ita') ?? 0);
      expect(lead.lead, JSON.stringify(text.slice(0, 40))).toBeCloseTo((ranked.get(lead.code) ?? 0) - own, 9);
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });
});
