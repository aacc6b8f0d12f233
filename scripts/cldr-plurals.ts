// Regenerates lib/formats/cldr-plurals.ts from Unicode CLDR's cardinal plural rules (npm cldr-core,
// supplemental/plurals.json): for each language, its plural categories, whether each serves an
// integer count from 0 to 999 (the counts msgfmt tries, as plural-forms.ts does), and the one count
// it serves when it serves one alone. What a localization file's plural forms (a .stringsdict
// variable, an Xcode catalog's or an Android <plurals>' items) must cover, and which of them may
// say their count in words ("Eine Datei", Arabic's dual "ملفان").
// Run after updating cldr-core: `npx tsx scripts/cldr-plurals.ts`.
// tests/plural-categories.test.ts fails while the committed module is out of date.
//
// A category that serves no such count is marked "~": French, Spanish, Italian and Portuguese
// "many" serves a million and its multiples ("1 million de fichiers"), Czech and Slovak "many"
// decimals ("1,5 souboru"); app strings rarely count to those and their files rarely write them, so
// they are not asked for, but a form written for them is used.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const target = fileURLToPath(new URL('../lib/formats/cldr-plurals.ts', import.meta.url));

/** The counts a category is tried on. */
const COUNTS = 1000;

/**
 * A CLDR plural condition ("v = 0 and i % 10 = 2..4 and i % 100 != 12..14 or …") as a test of an
 * integer count: for integers n = i and the fraction operands (v, w, f, t) and the exponent (e, c) are 0.
 */
function condition(rule: string): (n: number) => boolean {
  const text = rule.split('@')[0].trim();
  if (text === '') return () => true;
  const ors = text.split(/\s+or\s+/).map((and) =>
    and.split(/\s+and\s+/).map((relation) => {
      const m = /^([nivwftec])(?:\s*%\s*(\d+))?\s*(!?=)\s*([\d.,\s]+)$/.exec(relation.trim());
      if (!m) throw new Error(`unknown relation: ${relation}`);
      const [, operand, mod, op, list] = m;
      const ranges = list.split(',').map((r) => r.trim().split('..').map(Number));
      return (n: number) => {
        let x = operand === 'n' || operand === 'i' ? n : 0;
        if (mod) x %= Number(mod);
        const inList = ranges.some(([a, b = a]) => x >= a && x <= b);
        return op === '=' ? inList : !inList;
      };
    }),
  );
  return (n) => ors.some((and) => and.every((r) => r(n)));
}

/** The integer samples a rule lists, those below COUNTS ("@integer 2~4, 22~24, …"). */
function samples(rule: string): number[] {
  const m = /@integer([^@]*)/.exec(rule);
  if (!m) return [];
  const out: number[] = [];
  for (const s of m[1].split(',').map((x) => x.trim())) {
    const r = /^(\d+)(?:~(\d+))?$/.exec(s);
    if (!r) continue;
    for (let n = Number(r[1]); n <= Number(r[2] ?? r[1]) && n < COUNTS; n++) out.push(n);
  }
  return out;
}

const ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** A language's categories as the module writes them: "one:1 few ~many other" (":1" the one count a category serves alone, "~" none from 0 to 999). */
function categoriesOf(lang: string, rules: Record<string, string>): string {
  const categories = ORDER.filter((c) => rules[`pluralRule-count-${c}`] !== undefined);
  const tests = categories.map((c) => (c === 'other' ? () => true : condition(rules[`pluralRule-count-${c}`])));
  const served = categories.map(() => [] as number[]);
  for (let n = 0; n < COUNTS; n++) served[tests.findIndex((t) => t(n))].push(n);
  // The rules' own samples must fall in their categories: the reading of the rules is checked against CLDR's.
  categories.forEach((c, k) => {
    for (const n of samples(rules[`pluralRule-count-${c}`])) if (!served[k].includes(n)) throw new Error(`${lang}: ${n} is a sample of ${c}, read otherwise`);
  });
  return categories
    .map((c, k) => (served[k].length === 0 && c !== 'other' ? `~${c}` : served[k].length === 1 ? `${c}:${served[k][0]}` : c))
    .join(' ');
}

export function generate(): string {
  const pkgFile = require.resolve('cldr-core/package.json');
  const version = (JSON.parse(readFileSync(pkgFile, 'utf8')) as { version: string }).version;
  const plurals = JSON.parse(readFileSync(path.join(path.dirname(pkgFile), 'supplemental', 'plurals.json'), 'utf8')) as {
    supplemental: { 'plurals-type-cardinal': Record<string, Record<string, string>> };
  };
  const rules = { ...plurals.supplemental['plurals-type-cardinal'] };
  // Codes CLDR has replaced but files still use for folders (Apple's "iw.lproj", Android's "values-in"): two letters, as folders name them.
  const aliases = (JSON.parse(readFileSync(path.join(path.dirname(pkgFile), 'supplemental', 'aliases.json'), 'utf8')) as {
    supplemental: { metadata: { alias: { languageAlias: Record<string, { _replacement: string }> } } };
  }).supplemental.metadata.alias.languageAlias;
  for (const [code, { _replacement: to }] of Object.entries(aliases)) if (/^[a-z]{2}$/.test(code) && !rules[code] && rules[to]) rules[code] = rules[to];
  // Grouped by their categories, so that the module stays small: most languages share a few sets.
  const byCategories = new Map<string, string[]>();
  for (const lang of Object.keys(rules).sort()) {
    const c = categoriesOf(lang, rules[lang]);
    byCategories.set(c, [...(byCategories.get(c) ?? []), lang]);
  }
  return [
    `// Generated by scripts/cldr-plurals.ts from cldr-core ${version} (supplemental/plurals.json). Do not edit.`,
    '',
    '/**',
    ' * The plural categories of the CLDR locales, by category set: each key lists the categories ("one:1":',
    ' * the one integer count it serves alone; "~many": it serves none from 0 to 999), each value the',
    ' * locales that have them.',
    ' */',
    'export const CLDR_PLURALS: Readonly<Record<string, string>> = {',
    ...[...byCategories].map(([c, langs]) => `  ${JSON.stringify(c)}: ${JSON.stringify(langs.join(' '))},`),
    '};',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(target, generate());
  console.log(`${path.relative(process.cwd(), target)} written`);
}
