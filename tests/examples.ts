// The examples each rule and language carries beside it: the `examples` export of its own file
// (lib/rules/<rule id>.ts, lib/languages/<code>.ts), which the registries do not import so that the
// Lambda bundle leaves them out. Collected here off the registries, so adding a rule or a language
// with examples still adds their tests and no second list names them. The format readers' (their
// `about`, by format id) are collected off lib/formats/, whose files hold a reader or two each.
import { readdirSync } from 'node:fs';
import type { FormatAbout } from '../lib/formats/types.js';
import { LANGUAGES } from '../lib/languages/index.js';
import { RULES } from '../lib/rules/index.js';
import type { Rule, RuleExamples } from '../lib/types.js';

async function examplesOf<T>(file: string): Promise<T> {
  const { examples } = (await import(file)) as { examples?: T };
  if (examples === undefined) throw new Error(`${file} exports no examples`);
  return examples;
}

const ruleExamples = new Map<string, RuleExamples>(
  await Promise.all(RULES.map(async (r) => [r.meta.id, await examplesOf<RuleExamples>(`../lib/rules/${r.meta.id}.js`)] as const)),
);

const languageExamples = new Map<string, readonly string[]>(
  await Promise.all(LANGUAGES.map(async (l) => [l.code, await examplesOf<readonly string[]>(`../lib/languages/${l.code}.js`)] as const)),
);

const formatsFolder = new URL('../lib/formats/', import.meta.url);
const formatAbout = new Map<string, FormatAbout>();
for (const file of readdirSync(formatsFolder).filter((f) => f.endsWith('.ts'))) {
  const { about } = (await import(new URL(file, formatsFolder).href)) as { about?: Readonly<Record<string, FormatAbout>> };
  for (const [id, a] of Object.entries(about ?? {})) formatAbout.set(id, a);
}

/** Every format reader's description and examples, by format id. */
export const FORMAT_ABOUT: ReadonlyMap<string, FormatAbout> = formatAbout;

/** A rule's good and bad examples. */
export function examplesOfRule(rule: Rule): RuleExamples {
  return ruleExamples.get(rule.meta.id)!;
}

/** A registry language's example sentences. */
export function examplesOfLanguage(code: string): readonly string[] {
  const examples = languageExamples.get(code);
  if (!examples) throw new Error(`no language ${code} in the registry`);
  return examples;
}
