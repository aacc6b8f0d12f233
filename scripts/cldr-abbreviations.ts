// Regenerates lib/languages/cldr-abbreviations.ts from Unicode CLDR's sentence-break suppressions
// (npm cldr-segments-full, segments/<lang>/suppressions.json): the abbreviations after which CLDR
// says a sentence does not end. They are the base of every profile's abbreviation knowledge
// (lib/segmentation/lexicon.ts adds each profile's own list on top). Beside them, CLDR's
// abbreviated month and weekday names (npm cldr-dates-full, main/<locale>/ca-gregorian.json) of
// the registry's languages: clipped date words ("Set.", "lun.", "вер.") that many of the
// languages' ordinary words share, so they are read as abbreviations only in a date. And the
// number scales CLDR abbreviates with a period (npm cldr-numbers-full, main/<locale>/numbers.json,
// the short decimal formats: Lithuanian "0 tūkst.", Danish "0 mia.", Czech "0 mil."), read as
// abbreviations only after a number ("230 tūkst. tonų"); and the time units its relative times
// clip after a count (main/<locale>/dateFields.json: Latvian "pirms {0} mēn.", Slovenian "čez {0}
// min."), abbreviations only after a number too.
// Run after updating any of the packages: `npx tsx scripts/cldr-abbreviations.ts`.
// tests/cldr-abbreviations.test.ts fails while the committed module is out of date.
//
// Only what mtqa uses is kept: the standard suppressions of each language that has them, without
// single letters (initials are recognised by shape), in the form the lexicon looks up: no final
// period, no space after an inner period ("D. h." → "D.h", "a. e. c." → "a.e.c").
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES } from '../lib/languages/index.js';

const require = createRequire(import.meta.url);
const target = fileURLToPath(new URL('../lib/languages/cldr-abbreviations.ts', import.meta.url));

interface Suppressions {
  segments: { segmentations?: { SentenceBreak?: { standard?: Array<{ suppression: string }> } } };
}

interface Numbers {
  main: Record<string, { numbers: Record<string, { short?: { decimalFormat: Record<string, string> } }> }>;
}

interface Gregorian {
  main: Record<string, { dates: { calendars: { gregorian: Record<'months' | 'days', Record<'format' | 'stand-alone', Record<'abbreviated' | 'wide', Record<string, string>>>> } } }>;
}

const packageDir = (name: string) => {
  const pkgFile = require.resolve(`${name}/package.json`);
  return { dir: path.dirname(pkgFile), version: (JSON.parse(readFileSync(pkgFile, 'utf8')) as { version: string }).version };
};

/**
 * The abbreviated month and weekday names of each registry language, from its locale and its
 * regional ones ("es-PE" writes "set." for septiembre); not those in another script ("sr-Latn").
 * Lowercase, without the final period; only words of letters (not "1月"), of two letters or more,
 * and only clipped ones: a name written in full ("mai", "июль", "domingo") ends a sentence like any word.
 */
function dateLines(dir: string): string[] {
  const codes = new Set(LANGUAGES.map((l) => l.code));
  const words = new Map<string, Set<string>>();
  for (const locale of readdirSync(path.join(dir, 'main')).sort()) {
    const [code, region, ...rest] = locale.split('-');
    if (!codes.has(code) || rest.length > 0 || (region !== undefined && !/^(?:[A-Z]{2}|\d{3})$/.test(region))) continue;
    const data = JSON.parse(readFileSync(path.join(dir, 'main', locale, 'ca-gregorian.json'), 'utf8')) as Gregorian;
    const gregorian = data.main[locale].dates.calendars.gregorian;
    for (const kind of ['months', 'days'] as const) {
      const full = new Set(['format', 'stand-alone'].flatMap((c) => Object.values(gregorian[kind][c as 'format'].wide)).map((w) => w.toLowerCase()));
      for (const context of ['format', 'stand-alone'] as const) {
        for (const name of Object.values(gregorian[kind][context].abbreviated)) {
          const word = name.replace(/\.$/, '').toLowerCase();
          if (word.length < 2 || full.has(word) || !/^\p{L}[\p{L}.]*$/u.test(word)) continue;
          if (!words.has(code)) words.set(code, new Set());
          words.get(code)!.add(word);
        }
      }
    }
  }
  return [...words.keys()].sort().map((code) => `  ${code}: '${[...words.get(code)!].sort().join(' ')}',`);
}

/** Registry languages' locales in `dir`/main: their own and regional ones ("es-PE"), not those of another script ("sr-Latn"). */
function registryLocales(dir: string): Array<{ code: string; locale: string }> {
  const codes = new Set(LANGUAGES.map((l) => l.code));
  return readdirSync(path.join(dir, 'main'))
    .sort()
    .flatMap((locale) => {
      const [code, region, ...rest] = locale.split('-');
      return codes.has(code) && rest.length === 0 && (region === undefined || /^(?:[A-Z]{2}|\d{3})$/.test(region)) ? [{ code, locale }] : [];
    });
}

/**
 * The number scales each registry language abbreviates with a period, from the short decimal
 * formats of its locales ("0 tūkst'.'", "0 mia'.'": the period is quoted in the pattern).
 * Lowercase, without the period; only words of letters, of two letters or more.
 */
function scaleLines(dir: string): string[] {
  const words = new Map<string, Set<string>>();
  for (const { code, locale } of registryLocales(dir)) {
    const data = JSON.parse(readFileSync(path.join(dir, 'main', locale, 'numbers.json'), 'utf8')) as Numbers;
    for (const [key, formats] of Object.entries(data.main[locale].numbers)) {
      if (!key.startsWith('decimalFormats-numberSystem-') || !formats.short) continue;
      for (const pattern of Object.values(formats.short.decimalFormat)) {
        for (const [, word] of pattern.matchAll(/(\p{L}+)'\.'/gu)) {
          if (word.length < 2) continue;
          if (!words.has(code)) words.set(code, new Set());
          words.get(code)!.add(word.toLowerCase());
        }
      }
    }
  }
  return [...words.keys()].sort().map((code) => `  ${code}: '${[...words.get(code)!].sort().join(' ')}',`);
}

interface DateFields {
  main: Record<string, { dates: { fields: Record<string, Record<string, unknown>> } }>;
}

/**
 * The time units each registry language abbreviates with a period after a count, from the
 * relative times of its locales' short and narrow date fields (npm cldr-dates-full,
 * main/<locale>/dateFields.json: Latvian "pirms {0} mēn.", Slovenian "čez {0} min.", Portuguese
 * "há {0} seg."). Lowercase, without the period; only words of letters, of two letters or more
 * (a lone letter after a count is an initial by shape).
 */
function unitLines(dir: string): string[] {
  const words = new Map<string, Set<string>>();
  for (const { code, locale } of registryLocales(dir)) {
    const data = JSON.parse(readFileSync(path.join(dir, 'main', locale, 'dateFields.json'), 'utf8')) as DateFields;
    for (const [field, forms] of Object.entries(data.main[locale].dates.fields)) {
      if (!/^(?:year|quarter|month|week|day|hour|minute|second)-(?:short|narrow)$/.test(field)) continue;
      for (const [key, patterns] of Object.entries(forms)) {
        if (!key.startsWith('relativeTime-type-')) continue;
        for (const pattern of Object.values(patterns as Record<string, string>)) {
          for (const [, word] of pattern.matchAll(/\{0\}\s*(\p{L}+)\./gu)) {
            if (word.length < 2) continue;
            if (!words.has(code)) words.set(code, new Set());
            words.get(code)!.add(word.toLowerCase());
          }
        }
      }
    }
  }
  return [...words.keys()].sort().map((code) => `  ${code}: '${[...words.get(code)!].sort().join(' ')}',`);
}

/** The module's source text, from the installed cldr-segments-full, cldr-dates-full and cldr-numbers-full. */
export function generate(): string {
  const { dir: segmentsDir, version } = packageDir('cldr-segments-full');
  const dates = packageDir('cldr-dates-full');
  const numbers = packageDir('cldr-numbers-full');
  const dir = path.join(segmentsDir, 'segments');
  const lines: string[] = [];
  for (const lang of readdirSync(dir).sort()) {
    const data = JSON.parse(readFileSync(path.join(dir, lang, 'suppressions.json'), 'utf8')) as Suppressions;
    const entries = data.segments.segmentations?.SentenceBreak?.standard ?? [];
    const words = new Set<string>();
    for (const { suppression } of entries) {
      // A few entries lack their final period (data slips such as "D.C"): not suppressions.
      if (!suppression.endsWith('.')) continue;
      const word = suppression.slice(0, -1).replace(/\.\s+/g, '.');
      if (word.length < 2 || /\s/.test(word)) continue;
      words.add(word);
    }
    if (words.size === 0) continue;
    lines.push(`  ${/^[a-z]+$/.test(lang) ? lang : `'${lang}'`}: '${[...words].sort().join(' ').replace(/'/g, "\\'")}',`);
  }
  return [
    `// Generated by scripts/cldr-abbreviations.ts from cldr-segments-full ${version}, cldr-dates-full ${dates.version}`,
    `// and cldr-numbers-full ${numbers.version}: Unicode CLDR's sentence-break suppressions, abbreviated date names`,
    '// abbreviated number scales and time units. Do not edit; regenerate.',
    '// Unicode License v3 (https://www.unicode.org/license.txt).',
    '',
    `export const CLDR_VERSION = '${version}';`,
    '',
    '/**',
    ' * Abbreviations per language code, separated by spaces, without their final period. An entry in',
    ' * lowercase matches in any case; one with a capital matches only as written ("So." is Sonntag, "so" a word).',
    ' */',
    'export const CLDR_ABBREVIATIONS: Readonly<Record<string, string>> = {',
    ...lines,
    '};',
    '',
    '/**',
    " * Abbreviated month and weekday names per registry language, lowercase, without the final period",
    ' * ("set", "lun", "вер"). Many are words too (Spanish "mar", Czech "led"): they are abbreviations only in a date.',
    ' */',
    'export const CLDR_DATE_ABBREVIATIONS: Readonly<Record<string, string>> = {',
    ...dateLines(dates.dir),
    '};',
    '',
    '/**',
    ' * Number scales per registry language that CLDR abbreviates with a period, lowercase, without it',
    ' * ("tūkst", "mia", "mil"): abbreviations only after a number ("230 tūkst. tonų").',
    ' */',
    'export const CLDR_SCALE_ABBREVIATIONS: Readonly<Record<string, string>> = {',
    ...scaleLines(numbers.dir),
    '};',
    '',
    '/**',
    ' * Time units per registry language that CLDR abbreviates with a period after a count in its',
    ' * relative times, lowercase, without it ("mēn", "min", "seg"): abbreviations only after a number.',
    ' */',
    'export const CLDR_UNIT_ABBREVIATIONS: Readonly<Record<string, string>> = {',
    ...unitLines(dates.dir),
    '};',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(target, generate());
  console.log(`${path.relative(process.cwd(), target)} written`);
}
