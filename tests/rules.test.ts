// Runs every rule's own good and bad examples (the `examples` beside it in lib/rules/*.ts), RuleTester-style:
// adding a rule with examples adds its tests. A bad example lists exactly the findings the rule
// reports (flagged text, message, severity) and the text after its safe fixes; a good one must
// give no finding of that rule. An example with a `source` is checked against it line by line,
// as `mtqa check --source` does; a bilingual finding also names the source text it points at.
import { describe, expect, it } from 'vitest';
import { checkText } from '../lib/check.js';
import { analyse } from '../lib/engine.js';
import { applyEdits, collectEdits } from '../lib/fix.js';
import { RULES } from '../lib/rules/index.js';
import type { Rule, RuleExample } from '../lib/types.js';
import { ruleDescription } from '../scripts/update-schema.js';
import { examplesOfRule } from './examples.js';

function langOf(rule: Rule, ex: RuleExample): string {
  if (ex.lang) return ex.lang;
  return rule.meta.languages === '*' ? 'en' : rule.meta.languages[0];
}

function findingsOf(rule: Rule, ex: RuleExample) {
  if (ex.source === undefined) return analyse(ex.text, { lang: langOf(rule, ex) }).findings.filter((f) => f.rule === rule.meta.id);
  if (ex.segments) {
    // Software strings come from format readers; here each line is one, paired with the source's line.
    const lines = (s: string) => [...s.matchAll(/[^\n]*\n?/g)].filter((m) => m[0]).map((m) => ({ start: m.index, end: m.index + m[0].replace(/\n$/, '').length }));
    const [t, s] = [lines(ex.text), lines(ex.source)];
    const pairs = t.map((l, index) => ({ index, start: l.start, end: l.end, sourceStart: s[index].start, sourceEnd: s[index].end, kind: 'segment' as const }));
    return analyse(ex.text, { lang: langOf(rule, ex), source: { text: ex.source, lang: ex.sourceLang }, pairs }).findings.filter((f) => f.rule === rule.meta.id);
  }
  const report = checkText(ex.text, {
    lang: langOf(rule, ex),
    sourceDocument: { bytes: new TextEncoder().encode(ex.source), name: 'source.txt', lang: ex.sourceLang },
  });
  expect(report.error).toBeUndefined();
  return report.findings.filter((f) => f.rule === rule.meta.id);
}

describe.each(RULES.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
  const examples = examplesOfRule(rule);
  it('documents itself', () => {
    expect(rule.meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(ruleDescription(rule).length).toBeGreaterThan(20);
    expect(examples.bad.length).toBeGreaterThan(0);
    expect(examples.good.length).toBeGreaterThan(0);
    for (const ex of examples.bad) {
      expect(ex.findings?.length, `bad example "${ex.text}" lists its findings`).toBeGreaterThan(0);
      for (const f of ex.findings!) expect(ex.text.includes(f.flagged), `"${f.flagged}" in "${ex.text}"`).toBe(true);
    }
    for (const ex of examples.good) expect(ex.findings ?? [], `good example "${ex.text}" lists findings`).toEqual([]);
    if (rule.meta.needsSource) {
      for (const ex of [...examples.bad, ...examples.good]) expect(ex.source, `source of "${ex.text}"`).toBeDefined();
    }
  });

  it.each(examples.bad.map((ex) => [ex.text, ex] as const))('flags: %s', (_, ex) => {
    const mine = findingsOf(rule, ex);
    const actual = mine.map((f) => ({
      flagged: ex.text.slice(f.start, f.end),
      start: f.start,
      message: f.message,
      severity: f.severity,
      sourceFlagged: f.sourceSpan?.text,
    }));
    const expected = ex.findings!.map((e) => ({
      flagged: e.flagged,
      start: e.start ?? ex.text.indexOf(e.flagged),
      message: e.message,
      severity: e.severity ?? rule.meta.severity,
      sourceFlagged: e.sourceFlagged,
    }));
    expect(actual).toEqual(expected);
    const safe = collectEdits(mine);
    if (ex.output === undefined) expect(safe, 'no safe fix expected').toEqual([]);
    else expect(applyEdits(ex.text, safe)).toBe(ex.output);
  });

  it.each(examples.good.map((ex) => [ex.text, ex] as const))('stays silent on: %s', (_, ex) => {
    expect(findingsOf(rule, ex).map((f) => f.message)).toEqual([]);
  });

  // A monolingual rule's good example with a source shows the source silencing it: alone, the text is flagged.
  const silenced = rule.meta.needsSource ? [] : examples.good.filter((ex) => ex.source !== undefined);
  it.each(silenced.map((ex) => [ex.text, ex] as const))('is silenced by the source of: %s', (_, ex) => {
    expect(rule.meta.silencedBySource).toBeDefined();
    expect(findingsOf(rule, { ...ex, source: undefined }).length).toBeGreaterThan(0);
  });
});

describe('rule catalogue', () => {
  it('has unique ids', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
