// Whether a rule runs on a text: its languages, and its needs (letter case, a known source).
// Apart from the engine so that rules can ask it about the source side without importing the engine.

import type { CheckContext } from './context.js';
import type { Rule } from './types.js';

export function ruleApplies(rule: Rule<CheckContext>, ctx: CheckContext): boolean {
  const { languages, needsCase, needsSource } = rule.meta;
  if (needsCase && !ctx.cased) return false;
  if (needsSource && !ctx.source) return false;
  return languages === '*' || languages.includes(ctx.language.code);
}
