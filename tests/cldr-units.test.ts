// The unit and scale tables generated from Unicode CLDR (lib/bilingual/units.generated.ts,
// lib/bilingual/scales.generated.ts) must be what scripts/cldr-units.ts and scripts/cldr-scales.ts
// make from the installed cldr-core, cldr-units-full and cldr-numbers-full, and read as they say.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scaleAfter } from '../lib/bilingual/number-words.js';
import { conversions, isConversion, quantitiesIn, unitAfter } from '../lib/bilingual/units.js';
import { UNIT_FORMS, UNITS } from '../lib/bilingual/units.generated.js';
import { generate as generateScales } from '../scripts/cldr-scales.js';
import { generate as generateUnits } from '../scripts/cldr-units.js';

const committed = (file: string) => readFileSync(fileURLToPath(new URL(`../lib/bilingual/${file}`, import.meta.url)), 'utf8');

describe('CLDR units and scales', () => {
  it('are up to date with the CLDR packages (run npx tsx scripts/cldr-units.ts and scripts/cldr-scales.ts)', () => {
    expect(committed('units.generated.ts')).toBe(generateUnits());
    expect(committed('scales.generated.ts')).toBe(generateScales());
  });

  it('stay small (the modules ship in the Lambda bundle)', () => {
    expect(JSON.stringify(UNIT_FORMS).length).toBeLessThan(45_000);
    expect(committed('scales.generated.ts').length).toBeLessThan(6_000);
  });

  it('read a unit word after a number, with a hyphen, in any case, not inside a longer word', () => {
    const unit = (code: string, text: string) => unitAfter(code, text, text.search(/\d(?!.*\d)/u) + 1, text.length)?.units.map((i) => UNITS[i][0]);
    expect(unit('en', 'a 550 pound hog')).toEqual(['pound']);
    expect(unit('en', 'a 20-degree difference')).toEqual(['celsius', 'fahrenheit']);
    expect(unit('en', 'winds of 85 MPH')).toEqual(['mile-per-hour']);
    expect(unit('en', '300 km north')).toEqual(['kilometer']);
    expect(unit('de', '48 Kilometer weiter')).toEqual(['kilometer']);
    expect(unit('ja', '198センチの')).toBeUndefined();
    expect(unit('ja', '30マイルの')).toEqual(['mile']);
    expect(unit('en', '5 minutes')).toBeUndefined();
    expect(unit('en', '12 milestones')).toBeUndefined();
  });

  it('convert between the units of a quantity, as translators round', () => {
    const [mile, km, f] = ['mile', 'kilometer', 'fahrenheit'].map((id) => UNITS.findIndex((u) => u[0] === id));
    expect(isConversion(48, conversions(30, [mile]))).toBe(true);
    expect(isConversion(30, conversions(48, [km]))).toBe(true);
    expect(isConversion(27, conversions(80, [f]))).toBe(true);
    // A difference of temperatures converts without the offset: 10 °F more is 5.6 °C more.
    expect(isConversion(6, conversions(10, [f]))).toBe(true);
    expect(isConversion(40, conversions(30, [mile]))).toBe(false);
  });

  it('give a range its last number\'s unit, and a mixed quantity its second number', () => {
    const text = 'from 2 to 4 inches, a 6-foot-6 forward';
    const numbers = [...text.matchAll(/\d+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, value: Number(m[0]) }));
    const q = quantitiesIn('en', text, numbers, text.length, (x) => [x.value]);
    expect(q.map((x) => [x.number.value, x.values[0], x.parts.length, UNITS[x.units[0]][0]])).toEqual([
      [6, 6.5, 1, 'foot'],
      [4, 4, 0, 'inch'],
      [2, 2, 0, 'inch'],
    ]);
  });

  it('read the scale words of CLDR\'s compact decimal formats', () => {
    const after = (code: string, text: string) => scaleAfter(code, text, text.search(/\d(?!.*\d)/u) + 1, text.length);
    expect(after('en', '£125m')).toBe(1e6);
    expect(after('hi', '5 लाख')).toBe(1e5);
    expect(after('tr', '3 milyar')).toBe(1e9);
    expect(after('vi', '3 tỷ')).toBe(1e9);
    expect(after('ko', '4천만')).toBe(4e7 / 4);
    expect(after('zh', '550多万')).toBe(1e4);
  });
});
