// Runs every rule's own good and bad examples (lib/rules/*.ts meta.examples): adding a rule with
// examples adds its tests. A bad example must yield a finding of that rule overlapping `flags`;
// a good one none of that rule.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/engine.js';
import { RULES } from '../lib/rules/index.js';
import type { Rule, RuleExample } from '../lib/types.js';

function langOf(rule: Rule, ex: RuleExample): string {
  if (ex.lang) return ex.lang;
  return rule.meta.languages === '*' ? 'en' : rule.meta.languages[0];
}

describe.each(RULES.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
  it('documents itself', () => {
    expect(rule.meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(rule.meta.description.length).toBeGreaterThan(20);
    expect(rule.meta.examples.bad.length).toBeGreaterThan(0);
    expect(rule.meta.examples.good.length).toBeGreaterThan(0);
    for (const ex of rule.meta.examples.bad) expect(ex.flags && ex.text.includes(ex.flags), `flags of "${ex.text}"`).toBeTruthy();
  });

  it.each(rule.meta.examples.bad.map((ex) => [ex.text, ex] as const))('flags: %s', (_, ex) => {
    const { findings } = analyse(ex.text, { lang: langOf(rule, ex) });
    const mine = findings.filter((f) => f.rule === id);
    const at = ex.text.indexOf(ex.flags!);
    const hit = mine.some((f) => f.start < at + ex.flags!.length && at < Math.max(f.end, f.start + 1));
    expect(hit, `findings: ${JSON.stringify(mine.map((f) => [f.start, f.end, f.message]))}`).toBe(true);
  });

  it.each(rule.meta.examples.good.map((ex) => [ex.text, ex] as const))('stays silent on: %s', (_, ex) => {
    const { findings } = analyse(ex.text, { lang: langOf(rule, ex) });
    expect(findings.filter((f) => f.rule === id).map((f) => f.message)).toEqual([]);
  });
});

describe('rule catalogue', () => {
  it('has unique ids', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
