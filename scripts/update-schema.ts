// Rewrites the rule catalogue inside schema/report.schema.json from lib/rules (id, category,
// severity and description of each rule), so the published schema documents every rule.
// Run after adding or changing a rule: `npx tsx scripts/update-schema.ts`. tests/report-schema.test.ts
// fails while the schema is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULES } from '../lib/rules/index.js';
import type { Rule } from '../lib/types.js';

const file = fileURLToPath(new URL('../schema/report.schema.json', import.meta.url));

/** A rule's description: the `description` export of its file, which the registry does not import. */
async function descriptionOf(id: string): Promise<string> {
  const file = `../lib/rules/${id}.js`;
  const { description } = (await import(file)) as { description?: string };
  if (description === undefined) throw new Error(`lib/rules/${id}.ts exports no description`);
  return description;
}

const descriptions = new Map<string, string>(await Promise.all(RULES.map(async ({ meta }) => [meta.id, await descriptionOf(meta.id)] as const)));

export function ruleDescription(rule: Rule): string {
  return descriptions.get(rule.meta.id)!;
}

export function ruleCatalogue() {
  return {
    description: 'Every rule mtqa has, with its category, default severity and what it finds.',
    oneOf: RULES.map(({ meta }) => ({
      const: meta.id,
      description: `[${meta.category}, ${meta.severity}, ${meta.mqm}] ${descriptions.get(meta.id)}`,
    })),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const schema = JSON.parse(readFileSync(file, 'utf8'));
  schema.definitions.ruleId = ruleCatalogue();
  writeFileSync(file, JSON.stringify(schema, null, 2) + '\n');
  console.log(`schema/report.schema.json: ${RULES.length} rules`);
}
