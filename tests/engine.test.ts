// The engine around the rules: a rule that throws is reported by id without costing the other
// rules their findings, and the report that carries the failure still matches the schema.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it, vi } from 'vitest';
import type { CheckContext } from '../lib/context.js';
import { analyse } from '../lib/engine.js';
import { RULES } from '../lib/rules/index.js';
import type { Rule } from '../lib/types.js';

/** Fault injection: a rule that reports once and then fails, as a bug would. */
const broken: Rule<CheckContext> = {
  meta: { ...RULES[0].meta, id: 'doubled-word' },
  check(_ctx, report) {
    report({ start: 0, end: 1, message: 'half done' });
    throw new RangeError('index out of range');
  },
};

describe('a rule that throws', () => {
  const text = 'We met the the minister. in Berlin.';
  const analysis = analyse(text, { lang: 'en', rules: [broken, ...RULES.filter((r) => r.meta.id !== 'doubled-word')] });

  it('is named with its error, and what it found before failing is dropped', () => {
    expect(analysis.ruleErrors).toEqual([{ rule: 'doubled-word', message: 'RangeError: index out of range' }]);
    expect(analysis.findings.some((f) => f.message === 'half done')).toBe(false);
  });

  it('leaves the other rules\' findings and the summary complete', () => {
    expect(analysis.findings.map((f) => f.rule)).toEqual(['stray-sentence-break']);
    expect(analysis.summary.findings).toBe(1);
  });

  it('gives a report the schema accepts', () => {
    const schema = JSON.parse(readFileSync(new URL('../schema/report.schema.json', import.meta.url), 'utf8'));
    const validate = new Ajv({ strict: true, allowUnionTypes: true }).compile(schema);
    const report = {
      schemaVersion: '1.1.0',
      tool: { name: 'mtqa', version: '0.1.0' },
      status: 'ok',
      source: { name: 'x', size: text.length, sha256: '' },
      language: analysis.language,
      summary: analysis.summary,
      findings: analysis.findings,
      ruleErrors: analysis.ruleErrors,
    };
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is absent when every rule ran', () => {
    expect(analyse(text, { lang: 'en' }).ruleErrors).toEqual([]);
  });
});

describe('with the source known', () => {
  // Two lines, each its own unit: a stray break the source does not have, and one outside any unit's reach.
  const text = 'The two sides will expand cooperation. in the field of energy.\nThey met in Berlin. the talks went on.';
  const source = 'Beide Seiten werden die Zusammenarbeit im Bereich der Energie ausbauen.\nSie trafen sich in Berlin. Die Gespräche dauerten an.';
  const pairs = [
    { index: 0, start: 0, end: 62, sourceStart: 0, sourceEnd: 72 },
    { index: 1, start: 63, end: text.length, sourceStart: 73, sourceEnd: source.length },
  ];
  /**
   * How many times each named rule's check ran on the translation and on the source during `run`
   * (spied on the registry's rule objects, which the bilingual rules also import and call).
   */
  function callsDuring(ids: readonly string[], run: () => void): Record<string, { target: number; source: number }> {
    const calls: Record<string, { target: number; source: number }> = {};
    const spies = ids.map((id) => {
      const rule = RULES.find((r) => r.meta.id === id)!;
      const check = rule.check.bind(rule);
      calls[id] = { target: 0, source: 0 };
      return vi.spyOn(rule, 'check').mockImplementation((ctx, report) => {
        calls[id][ctx.source ? 'target' : 'source']++;
        check(ctx, report);
      });
    });
    try {
      run();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    return calls;
  }

  it('runs a superseded rule once on each side: the engine and the superseding rule share its findings', () => {
    let findings: Array<[string, string]> = [];
    const calls = callsDuring(['stray-sentence-break', 'stranded-fragment'], () => {
      findings = analyse(text, { lang: 'en', source: { text: source, lang: 'de' }, pairs }).findings.map((f) => [f.rule, text.slice(f.start, f.end)]);
    });
    expect(findings).toEqual([
      ['sentence-break-mismatch', '. in'],
      ['sentence-break-mismatch', '. the'],
    ]);
    expect(calls).toEqual({ 'stray-sentence-break': { target: 1, source: 1 }, 'stranded-fragment': { target: 1, source: 1 } });
  });

  it('checks the source with a source-silenced rule only when the translation has a finding of it in a unit', () => {
    expect(callsDuring(['doubled-word'], () => analyse(text, { lang: 'en', source: { text: source, lang: 'de' }, pairs }))).toEqual({ 'doubled-word': { target: 1, source: 0 } });
    let doubled: string[] = [];
    const calls = callsDuring(['doubled-word'], () => {
      const pair = { index: 0, start: 0, end: 24, sourceStart: 0, sourceEnd: 28 };
      doubled = analyse('We met the the minister.', { lang: 'en', source: { text: 'Wir trafen den den Minister.', lang: 'de' }, pairs: [pair] }).findings.map((f) => f.rule);
    });
    expect(calls).toEqual({ 'doubled-word': { target: 1, source: 1 } });
    // The source has the same doubled word: the translation kept it.
    expect(doubled).not.toContain('doubled-word');
  });

  it('reports a superseded rule that throws as failed, and the rule that reads it too', () => {
    const stray = RULES.find((r) => r.meta.id === 'stray-sentence-break')!;
    const spy = vi.spyOn(stray, 'check').mockImplementation((ctx, report) => {
      report({ start: 0, end: 1, message: 'half done' });
      if (ctx.source) throw new RangeError('index out of range');
    });
    try {
      expect(analyse(text, { lang: 'en', source: { text: source, lang: 'de' }, pairs }).ruleErrors).toEqual([
        { rule: 'stray-sentence-break', message: 'RangeError: index out of range' },
        { rule: 'sentence-break-mismatch', message: 'RangeError: index out of range' },
      ]);
    } finally {
      spy.mockRestore();
    }
  });
});
