// The engine around the rules: a rule that throws is reported by id without costing the other
// rules their findings, and the report that carries the failure still matches the schema.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
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
