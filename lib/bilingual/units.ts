// Measurement units after a number, and the same quantity in another unit: a translation converts
// a source's "30 miles" to "48 km", "550 pounds" to "250 Kilo", "80 degrees" to "27 ºC", "10
// inches" to "25 cm", rounding as it goes. The units, their factors and each language's words for
// them are Unicode CLDR's (units.generated.ts, made by scripts/cldr-units.ts).

import { languageFor } from '../languages/index.js';
import { forEachFrontCoded } from '../text/front-coded.js';
import { MIXED_UNITS, UNIT_FORMS, UNIT_READINGS, UNITS } from './units.generated.js';

/**
 * How far a converted number may be from the exact conversion: translators round ("650 pounds"
 * is "290 kg", 294.8; "3 inches" "7,5 cm", 7.62; "a 20-degree difference" "12 ºC", 11.1).
 */
const ROUNDING = 0.1;

/** Scripts written without spaces between words, whose unit words run on into the next word ("マイルの", "英里的"). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]$/u;
const LETTER = /^[\p{L}\p{M}]/u;
/** What may stand between a number and its unit: a space or a hyphen ("550 pounds", "20-degree", "6-foot"). */
const SEPARATOR = /^[\s\u00a0\u202f-]?/u;

interface Forms {
  /** Unit word → indexes into UNITS. */
  units: Map<string, number[]>;
  longest: number;
}

const compiled = new Map<string, Forms>();

function formsOf(code: string): Forms {
  let forms = compiled.get(code);
  if (!forms) {
    const units = new Map<string, number[]>();
    // A unit word that is one of the language's common words ("in", an inch) is read as the word.
    const common = new Set((languageFor(code)?.commonWords ?? '').split(' '));
    for (const table of [UNIT_FORMS['*'], UNIT_FORMS[code]]) {
      if (!table) continue;
      forEachFrontCoded(table, (form, reading) => {
        if (!common.has(form)) units.set(form, UNIT_READINGS[reading].slice());
      });
    }
    let longest = 0;
    for (const w of units.keys()) longest = Math.max(longest, w.length);
    forms = { units, longest };
    compiled.set(code, forms);
  }
  return forms;
}

/** A unit word after a number: its units (indexes into UNITS, two for a word of both: "degrees") and where it ends. */
export interface UnitWord {
  units: number[];
  end: number;
  /** The word as written, lowercased ("miles", "°"). */
  form: string;
}

/** Unit words at least this long may be inflected where `inflected` allows it ("mérföldnyi", "mailin"). */
const MIN_STEM = 4;

/**
 * The unit word written right after a number that ends at `at`, or undefined. With `inflected`, a
 * unit word of MIN_STEM letters or more may run on into an ending: a translation's "230 mérföldnyi"
 * is in miles (the source's words must stand alone: "12 milestones" has no unit).
 */
export function unitAfter(code: string, text: string, at: number, end: number, inflected = false): UnitWord | undefined {
  const forms = formsOf(code);
  const sep = SEPARATOR.exec(text.slice(at, at + 1))![0].length;
  const rest = text.slice(at + sep, Math.min(end, at + sep + forms.longest + 1)).toLowerCase();
  for (let n = Math.min(forms.longest, rest.length); n > 0; n--) {
    const units = forms.units.get(rest.slice(0, n));
    if (units && (n === rest.length || !LETTER.test(rest.slice(n)) || UNSPACED.test(rest.slice(0, n)) || (inflected && n >= MIN_STEM))) return { units, end: at + sep + n, form: rest.slice(0, n) };
  }
  return undefined;
}

/** Whether text[start, end) has a word for one of `units` (an inflected one too): a quantity in them that may have lost its number ("300 km ( миль)"). */
export function mentionsUnit(code: string, text: string, start: number, end: number, units: readonly number[]): boolean {
  const lower = text.slice(start, end).toLowerCase();
  for (const [form, of] of formsOf(code).units) {
    if (form.length < 2 || !of.some((u) => units.includes(u))) continue;
    for (let i = lower.indexOf(form); i >= 0; i = lower.indexOf(form, i + 1)) {
      const before = i === 0 || !LETTER.test(lower[i - 1]);
      const after = i + form.length === lower.length || !LETTER.test(lower.slice(i + form.length)) || UNSPACED.test(form) || form.length >= MIN_STEM;
      if (before && after) return true;
    }
  }
  return false;
}

/**
 * What joins the numbers of a range that one unit word ends ("2 to 4 inches", "2-4 inches", "5 or
 * 6 miles", "2 bis 4 Zoll", "1－4インチ", "2〜3マイル"): a dash, wave dash or slash, or one short word.
 */
const RANGE = /^[\s\u00a0\u202f]*(?:[-\u2010-\u2015/\u301c\uff0d\uff5e]|\p{L}{1,4})[\s\u00a0\u202f]*$/u;

/** A number with its value, and where it stands. */
interface Placed {
  start: number;
  end: number;
}

/**
 * The quantities among numbers in text (any order): each number with a unit word after it
 * (inflected too, with `inflected`: see unitAfter), or the first of a range whose last has one; a mixed quantity's second number ("6-foot-6") is part of
 * the first's, and returned as such in `parts`.
 */
export function quantitiesIn<T extends Placed>(code: string, text: string, numbers: readonly T[], end: number, valuesOf: (x: T) => number[], inflected = false): Array<{ number: T; parts: T[]; values: number[]; units: number[]; bareDegree: boolean }> {
  const sorted = [...numbers].sort((a, b) => a.start - b.start);
  const out: Array<{ number: T; parts: T[]; values: number[]; units: number[]; bareDegree: boolean }> = [];
  let next: { units: number[]; bareDegree: boolean } | undefined;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const x = sorted[i];
    const after = sorted[i + 1];
    const word = unitAfter(code, text, x.end, end, inflected);
    let units = word?.units;
    let bareDegree = word?.form === '°';
    if (!units && next && after && RANGE.test(text.slice(x.end, after.start))) ({ units, bareDegree } = next);
    if (!units) {
      next = undefined;
      continue;
    }
    let values = valuesOf(x);
    const parts: T[] = [];
    // "6-foot-6": the number right after the unit word is in the next smaller unit of a mixed unit.
    const smaller = MIXED_UNITS.find(([big]) => units!.includes(big));
    if (word && smaller && after && /^[\s\u00a0\u202f-]?$/u.test(text.slice(word.end, after.start)) && !unitAfter(code, text, after.end, end, inflected)) {
      const [big, small] = smaller;
      const rest = valuesOf(after)[0];
      values = values.map((v) => v + (rest * UNITS[small][2]) / UNITS[big][2]);
      units = [big];
      parts.push(after);
      const taken = out.findIndex((q) => q.number === after);
      if (taken >= 0) out.splice(taken, 1);
    }
    out.push({ number: x, parts, values, units, bareDegree });
    next = { units, bareDegree };
  }
  return out;
}

/**
 * Whether `value` is `exact` as a translator writes it: within ROUNDING of it, or a small one
 * rounded or cut to a whole number ("1 inch": "2" or "3 cm", 2.54; "10 degrees more": "5 °C", 5.6).
 */
function rounds(value: number, exact: number): boolean {
  return Math.abs(value - exact) <= ROUNDING * Math.abs(exact) || value === Math.round(exact) || (exact >= 1 && value === Math.trunc(exact));
}

/** A quantity's value in another unit (an index into UNITS). */
export interface Converted {
  value: number;
  unit: number;
  /**
   * Whether the source wrote the bare symbol "°", a temperature's in either scale or an angle's
   * ("a 180° turn"; CLDR gives it to both): then only a translation that names the one unit
   * converted to is a conversion ("27 °C"), not a bare number or the same "°".
   */
  ambiguous: boolean;
}

/**
 * The value, in each other unit of its quantity, of `value` in one of `units`. A temperature may be
 * a difference ("10 degrees above average": 6 °C), converted without the offset of the scales.
 */
export function conversions(value: number, units: readonly number[], ambiguous = false): Converted[] {
  const out: Converted[] = [];
  for (const from of units) {
    const [, quantity, factor, offset] = UNITS[from];
    for (let to = 0; to < UNITS.length; to++) {
      const [, q, f, o] = UNITS[to];
      if (q !== quantity || to === from) continue;
      out.push({ value: (value * factor + offset - o) / f, unit: to, ambiguous });
      if (offset !== 0 || o !== 0) out.push({ value: (value * factor) / f, unit: to, ambiguous });
    }
  }
  return out;
}

/**
 * Whether `value` is one of `converted`, as a translator rounds it; when the number has a unit
 * word of the quantity (`units`), in that unit: "230 millas" is no conversion of "130 miles",
 * though 209 km would be. A unit word of another quantity may be the start of the unit ("137 км на
 * годину", km per hour) and does not count.
 */
export function isConversion(value: number, converted: readonly Converted[], units?: readonly number[]): boolean {
  return converted.some((c) => {
    if (!rounds(value, c.value)) return false;
    if (c.ambiguous) return units?.length === 1 && units[0] === c.unit;
    const quantity = UNITS[c.unit][1];
    return !units || units.includes(c.unit) || !units.some((u) => UNITS[u][1] === quantity);
  });
}
