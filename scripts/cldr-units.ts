// Regenerates lib/bilingual/units.generated.ts from Unicode CLDR's unit data: the measurement units
// that translations convert (a US source's "30 miles" is "48 km" in German, its "80 degrees" "27 ºC"),
// each with its factor to the base unit of its quantity, and the words each registry language writes
// after a number for them ("miles", "mi", "mph"; "Meilen"; "миль"), so that number-mismatch can pair
// a source quantity with its conversion in the translation.
//
// The units: those CLDR's unit preferences (cldr-core, supplemental/unitPreferenceData.json) name
// for the quantities people convert between the metric and imperial systems — length, mass, area,
// volume, speed, temperature — that is, the units some region writes them in; mixed units
// ("foot-and-inch") left out. Their factors: CLDR's conversion data (supplemental/units.json:
// convertUnits, unitConstants, unitPrefixes), worked out here to numbers. Their words: the long
// and short unit patterns "{0} …" of each registry language (npm cldr-units-full,
// main/<code>/units.json), lowercase, every plural and case form.
// Run after updating the packages: `npx tsx scripts/cldr-units.ts`.
// tests/cldr-units.test.ts fails while the committed module is out of date.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES } from '../lib/languages/index.js';
import { frontCode } from './front-code.js';

const require = createRequire(import.meta.url);
const target = fileURLToPath(new URL('../lib/bilingual/units.generated.ts', import.meta.url));

/** The quantities whose units are converted in translation (the names of CLDR's unit preference categories). */
const CONVERTED_QUANTITIES = ['length', 'mass', 'area', 'volume', 'speed', 'temperature'];
/**
 * The usages whose units prose converts: each quantity's default and those of roads, people, land,
 * floors, weather, wind and vehicles; not cooking measures ("fluid": cups, teaspoons), focal
 * lengths or precipitation rates, which are not converted but kept.
 */
const USAGES = new Set(['default', 'road', 'visiblty', 'person', 'person-height', 'vehicle', 'rainfall', 'floor', 'geograph', 'land', 'oil', 'wind', 'weather']);
/** A unit word that this many languages write alike for one unit is a symbol ("km", "mph", "°F"): listed once for all. */
const SYMBOL_LANGUAGES = 8;

interface Conversion {
  _baseUnit: string;
  _factor?: string;
  _offset?: string;
  _systems?: string[];
}
interface UnitsData {
  supplemental: {
    unitPrefixes: Record<string, { _power10?: string; _power2?: string }>;
    unitConstants: Record<string, { _value: string }>;
    convertUnits: Record<string, Conversion>;
  };
}
interface Preferences {
  supplemental: { unitPreferenceData: Record<string, Record<string, Record<string, Array<{ unit: string }>>>> };
}
interface UnitNames {
  main: Record<string, { units: Record<'long' | 'short', Record<string, Record<string, string>>> }>;
}

const packageDir = (name: string) => {
  const pkgFile = require.resolve(`${name}/package.json`);
  return { dir: path.dirname(pkgFile), version: (JSON.parse(readFileSync(pkgFile, 'utf8')) as { version: string }).version };
};

/** A CLDR factor expression: products of numbers and constants, "numerator/denominator" ("ft_to_m*5280", "ft3_to_m3/12*12*12"). */
function evaluate(expression: string, constants: Record<string, { _value: string }>): number {
  const product = (terms: string) =>
    terms
      .split('*')
      .map((t) => t.trim())
      .reduce((acc, t) => acc * (t in constants ? evaluate(constants[t]._value, constants) : Number(t)), 1);
  const [num, den] = expression.split('/');
  return den === undefined ? product(num) : product(num) / product(den);
}

/** The factor to its base unit of a unit id: a simple unit, with an SI prefix, a power ("square-", "cubic-") or "-per-". */
function factorOf(id: string, data: UnitsData['supplemental']): number {
  const per = id.indexOf('-per-');
  if (per > 0) return factorOf(id.slice(0, per), data) / factorOf(id.slice(per + 5), data);
  const power = /^(square|cubic)-/.exec(id);
  if (power) return factorOf(id.slice(power[0].length), data) ** (power[1] === 'square' ? 2 : 3);
  const simple = data.convertUnits[id];
  if (simple) return simple._factor ? evaluate(simple._factor, data.unitConstants) : 1;
  for (const [prefix, { _power10 }] of Object.entries(data.unitPrefixes)) {
    if (_power10 !== undefined && id.startsWith(prefix) && data.convertUnits[id.slice(prefix.length)]) return 10 ** Number(_power10) * factorOf(id.slice(prefix.length), data);
  }
  throw new Error(`no conversion for ${id}`);
}

/** The module's source text, from the installed cldr-core and cldr-units-full. */
export function generate(): string {
  const core = packageDir('cldr-core');
  const names = packageDir('cldr-units-full');
  const data = (JSON.parse(readFileSync(path.join(core.dir, 'supplemental/units.json'), 'utf8')) as UnitsData).supplemental;
  const prefs = (JSON.parse(readFileSync(path.join(core.dir, 'supplemental/unitPreferenceData.json'), 'utf8')) as Preferences).supplemental.unitPreferenceData;
  const units = new Map<string, { quantity: string; factor: number; offset: number }>();
  const mixed = new Set<string>();
  for (const quantity of CONVERTED_QUANTITIES) {
    for (const [usage, regions] of Object.entries(prefs[quantity])) {
      if (!USAGES.has(usage) || (quantity === 'speed' && usage === 'rainfall')) continue;
      for (const list of Object.values(regions)) {
        for (const { unit } of list) {
          if (unit.includes('-and-')) mixed.add(unit);
          if (unit.includes('-and-') || units.has(unit)) continue;
          const offset = data.convertUnits[unit]?._offset;
          units.set(unit, { quantity, factor: factorOf(unit, data), offset: offset ? evaluate(offset, data.unitConstants) : 0 });
        }
      }
    }
  }
  const ids = [...units.keys()].sort();
  // A degree of no scale ("80 degrees", "80°") is read as either temperature; CLDR writes it as the
  // generic temperature and as the angle, whose words are the ones prose uses ("degrees").
  const generic = ['temperature-generic', 'angle-degree'];
  const codes = new Set(LANGUAGES.map((l) => l.code));
  const perLanguage = new Map<string, Map<string, string>>();
  for (const locale of readdirSync(path.join(names.dir, 'main')).sort()) {
    // A language's own locale and its regional ones ("en-GB" writes "kilometres"), not another script's ("sr-Latn").
    const [code, region, ...rest] = locale.split('-');
    if (!codes.has(code) || rest.length > 0 || (region !== undefined && !/^(?:[A-Z]{2}|\d{3})$/.test(region))) continue;
    const table = (JSON.parse(readFileSync(path.join(names.dir, 'main', locale, 'units.json'), 'utf8')) as UnitNames).main[locale].units;
    if (!perLanguage.has(code)) perLanguage.set(code, new Map());
    const forms = perLanguage.get(code)!;
    for (const width of ['long', 'short'] as const) {
      for (const [key, entry] of Object.entries(table[width])) {
        const id = key.slice(key.indexOf('-') + 1);
        const readings = generic.includes(key) ? ['celsius', 'fahrenheit'] : units.has(id) && key.startsWith(`${units.get(id)!.quantity}-`) ? [id] : [];
        if (readings.length === 0) continue;
        const value = readings.map((u) => ids.indexOf(u)).sort((a, b) => a - b).join(',');
        for (const [k, pattern] of Object.entries(entry)) {
          if (!k.startsWith('unitPattern-count-')) continue;
          const m = /^\{0\}[\s\u00a0\u202f]?([^{}]+)$/u.exec(pattern);
          if (!m) continue;
          const form = m[1].trim().toLowerCase();
          // A word two units share in one language (Swedish "mil", a mile and a Scandinavian mile): both readings.
          const had = forms.get(form);
          forms.set(form, had && had !== value ? [...new Set([...had.split(','), ...value.split(',')])].map(Number).sort((a, b) => a - b).join(',') : value);
        }
      }
    }
  }
  // Symbols: the same word for the same units in many languages, listed once under '*'.
  const count = new Map<string, number>();
  for (const forms of perLanguage.values()) for (const [f, r] of forms) count.set(`${f}=${r}`, (count.get(`${f}=${r}`) ?? 0) + 1);
  const symbols = new Set([...count].filter(([, n]) => n >= SYMBOL_LANGUAGES).map(([entry]) => entry));
  // The readings, as indexes into UNIT_READINGS: each unit alone (its own index), then the sets of two.
  const readings = ids.map((_, i) => String(i));
  const readingOf = (r: string) => {
    if (!readings.includes(r)) readings.push(r);
    return readings.indexOf(r);
  };
  const encode = (entries: [form: string, reading: string][]) => frontCode(entries.map(([f, r]) => [f, readingOf(r)]));
  const formLines = [`  '*': ${JSON.stringify(encode([...symbols].map((e) => e.split('=') as [string, string])))},`];
  const common = new Map(LANGUAGES.map((l) => [l.code, new Set((l.commonWords ?? '').split(' '))]));
  for (const [code, forms] of perLanguage) {
    // A language's unit words that are its common words are read as the words (lib/bilingual/units.ts): left out.
    const own = [...forms].filter(([f, r]) => !symbols.has(`${f}=${r}`) && !common.get(code)!.has(f));
    if (own.length > 0) formLines.push(`  ${code}: ${JSON.stringify(encode(own))},`);
  }
  return [
    `// Generated by scripts/cldr-units.ts from cldr-core ${core.version} (unit conversions and preferences) and`,
    `// cldr-units-full ${names.version} (unit patterns). Do not edit; regenerate.`,
    '// Unicode License v3 (https://www.unicode.org/license.txt).',
    '',
    '/** The units translations convert: [id, quantity, factor to the quantity\'s base unit, offset (temperatures)]. */',
    'export const UNITS: ReadonlyArray<readonly [id: string, quantity: string, factor: number, offset: number]> = [',
    ...ids.map((id) => {
      const u = units.get(id)!;
      return `  [${JSON.stringify(id)}, ${JSON.stringify(u.quantity)}, ${Number(u.factor.toPrecision(12))}, ${Number(u.offset.toPrecision(12))}],`;
    }),
    '];',
    '',
    '/** Mixed units ("6-foot-6", 6 feet 6 inches): a unit, and that of the number after it, as indexes into UNITS. */',
    `export const MIXED_UNITS: ReadonlyArray<readonly [number, number]> = ${JSON.stringify(
      [...mixed]
        .sort()
        .map((m) => m.split('-and-').map((u) => ids.indexOf(u)))
        .filter((pair) => pair.every((i) => i >= 0)),
    )};`,
    '',
    '/** The units a unit word may be, as indexes into UNITS: each unit alone, then the words of two ("degrees": Celsius or Fahrenheit). */',
    `export const UNIT_READINGS: ReadonlyArray<readonly number[]> = ${JSON.stringify(readings.map((r) => r.split(',').map(Number)))};`,
    '',
    '/**',
    ' * Per language, the words written after a number for each unit, lowercase; under \'*\' the symbols of all.',
    ' * Front-coded (lib/text/front-coded.ts), each word\'s value an index into UNIT_READINGS.',
    ' * A language\'s unit words that are its common words are left out (unit words: lib/bilingual/units.ts).',
    ' */',
    'export const UNIT_FORMS: Readonly<Record<string, string>> = {',
    ...formLines,
    '};',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(target, generate());
