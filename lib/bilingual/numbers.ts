// Numbers in a segment, read the way each language may write them, so that the source's and the
// translation's can be compared by value: "3.5" and "3,5" are one number; "1,000", "1.000" and
// "1 000" may each be a thousand (or, with a comma or period, one with three decimals: both
// readings are kept); "18:30", "18.30 Uhr" and "6.30 pm" are one time, "18:00" also the hour 18;
// "1990s" is also "90" (Czech "90. léta", German "90er"); "1500-talet" also the 16th century; digits of any script (٣, ३, ３) count as
// theirs; "2510亿" and "251 billion" are one amount (scale words). Ordinal periods ("3. Mai") and
// suffixes ("3rd") are not part of the number.
//
// Soft numbers may answer a number of the other side but are never reported by themselves: parts
// of dates ("3.5.2024", "2024-05-03", "5/3/2024", "3.5.", the month in "12月11日"), which
// translation rewrites with month names and in another order; small ordinals ("1st", often
// written as words); digits glued to a word ("EM4", "RC2", "m2": codes and units); and a small
// number joined to a word ("3-way", "8-bit"), which translations write as a numeral prefix.

import { blank, type Range } from './protected.js';
import { cjkScaleAt } from './number-words.js';
import { DECIMAL_DIGIT, propertiesAt, width } from './unicode.js';

export interface NumberToken {
  start: number;
  end: number;
  /** Canonical readings: "1000", "1", "3.5", "18:30". */
  values: string[];
  /** May answer a number of the other side, but is not reported when nothing answers it. */
  soft: boolean;
  /** A small number joined to a word ("3-way", "8bit"): soft, as the other side may write a numeral prefix. */
  joined?: true;
  /**
   * Another way to read the token, as several numbers: "15 763" in a language that does not group
   * with spaces ("June 15 763 BC"), "3.5." as day and month. Tried when the token as a whole finds no match.
   */
  parts?: NumberToken[];
}

export interface NumberOptions {
  /** Whether the language groups digits with a plain space ("1 000"); thin and no-break spaces always group. */
  spaceGroups: boolean;
  /** The factor of a scale word right after offset `at` ("million", "万"), if any. */
  scale?: (at: number) => number | undefined;
}

/** A digit run with its inner separators; a space groups only before exactly three digits. */
/**
 * Built on first use, from strings: V8 verifies every `\p{…}` regex literal when it parses the
 * bundle (~1 M instructions each, even inside a function never called), and these serve only the
 * bilingual number check.
 */
let built: ReturnType<typeof buildPatterns> | undefined;
const patterns = () => (built ??= buildPatterns());
function buildPatterns() {
  return {
    NUMBER: new RegExp(String.raw`\p{Nd}+(?:(?:[.,\u060c\u066b\u066c'\u2019]|[ \u00a0\u202f](?=\p{Nd}{3}(?!\p{Nd})))\p{Nd}+)*`, 'gu'),
    /** Letters of scripts that space their words: a digit glued to one is part of a code ("RC2"). */
    SPACED_LETTER: new RegExp(
      String.raw`[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Hangul}` +
        String.raw`\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}` +
        String.raw`\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Ethiopic}_]`,
      'u',
    ),
    /**
     * A Myanmar digit typed for the letter it looks like: ၀ for ဝ ("ပါ၀င်", "၀င်ရန်"), ၄ for ၎
     * ("၄င်း"). A digit takes no vowel sign, medial or killed final consonant: one followed by
     * them is the onset of a syllable, a letter.
     */
    MYANMAR_DIGIT: /^[\u1040-\u1049]$/u,
    MYANMAR_SYLLABLE_REST: /^(?:[\u102B-\u103E]|[\u1000-\u1021]\u103A)/u,
    /** A name in angle brackets, a usage text's metavariable ("<branch1>", "<cabang 1>"), around a number: its rest up to '>'. */
    BRACKET_NAME_REST: new RegExp(String.raw`^[^<>\n]{0,40}>`, 'u'),
    /** "18:30" (a full-width colon too: "5：30"), and with an "h" between hours and minutes as French and Portuguese write them ("18h30", "18 h 30", CLDR's "HH 'h' mm"). */
    TIME: new RegExp(String.raw`^(\p{Nd}{1,2})(?:[:\uff1a]|[ \u00a0\u202f]?h[ \u00a0\u202f]?)(\p{Nd}{2})(?::\p{Nd}{2})?(?!\p{Nd})`, 'u'),
    /** Chinese, Japanese and Korean times: "1時25分", "11時半", "10点30分", "7시 55분", "7시 반". */
    CJK_TIME: new RegExp(String.raw`^(\p{Nd}{1,2})\s?[時时点點시](?:\s?(\p{Nd}{1,2})\s?[分분]|\s?([半반]))?`, 'u'),
    /** Minutes and seconds in Chinese, Japanese and Korean ("3分35秒", "3분 35초"), which the source writes "3:35". */
    CJK_MINUTES: new RegExp(String.raw`^(\p{Nd}{1,2})\s?[分분]\s?(\p{Nd}{1,2})\s?[秒초]`, 'u'),
    /** A day and month with a slash ("2/1", "12/25"): rewritten with month names in translation. */
    DAY_MONTH: new RegExp(String.raw`^(\p{Nd}{1,2})\/(\p{Nd}{1,2})(?![\p{Nd}/])`, 'u'),
    DATE_SEPARATED: new RegExp(String.raw`^(\p{Nd}{1,4})([./-])(\p{Nd}{1,2})\2(\p{Nd}{2,4})(?!\p{Nd})`, 'u'),
    MERIDIEM: new RegExp(String.raw`^[\s\u00a0\u202f]*(?:[ap]\.?\s?m\.?)(?![\p{L}\p{M}])`, 'iu'),
    TIME_WORD: new RegExp(String.raw`^[\s\u00a0\u202f]*(?:h|hod|uhr|ч|год|sati?|godz|heures?|hrs?)(?![\p{L}\p{M}])`, 'iu'),
    /** Vietnamese names a month by its number after "tháng" ("tháng 6", June; "3 tháng" is three months): a part of a date. */
    MONTH_BEFORE: new RegExp(String.raw`(?:^|[^\p{L}\p{M}])th(?:á|a\u0301)ng[ \u00a0]$`, 'iu'),
    /** An ordinal suffix: 1st, 2nd, 3rd, 4th; 1er, 2e, 2ème; 1º, 1ª; 1-й, 1-го. */
    ORDINAL_SUFFIX: new RegExp(String.raw`^(?:st|nd|rd|th|er|re|e|ème|eme|º|ª|°(?!\s?[CF]\b)|-?(?:й|го|я|е|ї|ий|ого|а))(?![\p{L}\p{M}])`, 'u'),
    /** The last two digits of a decade ("1990s", "1990-ті", "1990er"). */
    DECADE_SUFFIX: new RegExp(String.raw`^(?:s|'s|’s|er|ies|-ті|-х|-е|-ies)(?![\p{L}\p{M}])`, 'u'),
    /** A century named by its hundreds, as the Nordic languages and Finnish name it ("1500-talet", "700-tallet", "1500-luvulla": the 16th and 8th centuries). */
    CENTURY_SUFFIX: /^-(?:tal|luv|luk)/u,
    DIGIT: new RegExp(String.raw`\p{Nd}`, 'u'),
    NON_DIGIT: new RegExp(String.raw`[^\p{Nd}]`, 'u'),
    NON_DIGITS: new RegExp(String.raw`[^\p{Nd}]`, 'gu'),
    DAY_DOT_MONTH: new RegExp(String.raw`^\p{Nd}{1,2}\.\p{Nd}{1,2}$`, 'u'),
    /** A word the number is joined to: "3-way", "8-bit", "7bit", "3D" (a cased letter right after the digits). */
    JOINED_WORD: new RegExp(String.raw`^(?:[-\u2010]\p{L}|[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}])`, 'u'),
  };
}
/**
 * The largest number that languages write as a numeral prefix of a compound ("3-way merge": Polish
 * "trójstronne", Portuguese "tri-junção", Ukrainian "тристоронній"; "8-bit": "ośmiobitowe").
 */
const MAX_NUMERAL_PREFIX = 10;
/** Date and rank markers in Chinese, Japanese and Korean ("12月", "12월", "1位", "20世纪"): the numbers are written otherwise in translation. */
const CJK_DATE_OR_RANK = /^\s?(?:[月월位]|世[纪紀])/u;
/** "第1" (the first): an ordinal. */
const CJK_ORDINAL_BEFORE = /第\s?$/u;
/** Largest ordinal that counts as small (days of the month included). */
const SMALL_ORDINAL = 31;

/** The digit value of a decimal digit of any script (its offset from the zero of its run of ten). */
function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  let zero = c;
  while (zero > 0 && patterns().DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
  return (c - zero) % 10;
}

/** ASCII digits for a run of digits of any script. */
function asciiDigits(s: string): string {
  let out = '';
  for (const ch of s) out += String(digitValue(ch.codePointAt(0)!));
  return out;
}

const integer = (digits: string) => digits.replace(/^0+(?=\d)/, '');

function decimal(int: string, frac: string): string {
  const f = frac.replace(/0+$/, '');
  return f ? `${integer(int)}.${f}` : integer(int);
}

/**
 * Whether text[start, end) has a decimal digit of any script: without one it has no number. Read
 * off the property table, without a copy of each unit for a regex to search.
 */
export function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += width(text, i)) {
    // A surrogate pair cut by the end is no character (as in the slice).
    if (i + 1 === end && (text.charCodeAt(i) & 0xfc00) === 0xd800) return false;
    if ((propertiesAt(text, i) & DECIMAL_DIGIT) !== 0) return true;
  }
  return false;
}

/**
 * Whether the number at part[at, at + length) is inside a name in angle brackets ("<file1>",
 * "<cabang 1>", "<远程1>"), which a translator translates with its number, or spaces otherwise: a
 * code's, like one glued to a word.
 */
function inBracketName(part: string, at: number, length: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i <= 40 && part[i] !== '<' && part[i] !== '>' && part[i] !== '\n') i--;
  return i >= 0 && part[i] === '<' && i < at - 1 && patterns().BRACKET_NAME_REST.test(part.slice(at + length, at + length + 41));
}

/** Every number in text[start, end), skipping the ranges in `skip` (placeholders, URLs, tags…). */
export function numbersIn(text: string, start: number, end: number, skip: readonly Range[], options: NumberOptions): NumberToken[] {
  const part = blank(text, start, end, skip);
  const out: NumberToken[] = [];
  const re = patterns();
  re.NUMBER.lastIndex = 0;
  for (let m = re.NUMBER.exec(part); m !== null; m = re.NUMBER.exec(part)) {
    // "%2$" numbers an argument, of any format (a strftime field numbered for reordering: "%2$-d"), not a quantity.
    if (part[m.index - 1] === '%' && part[m.index + m[0].length] === '$') continue;
    if (re.MYANMAR_DIGIT.test(m[0]) && re.MYANMAR_SYLLABLE_REST.test(part.slice(m.index + 1))) continue;
    const at = start + m.index;
    const rest = part.slice(m.index);
    const glued = (m.index > 0 && re.SPACED_LETTER.test(part[m.index - 1])) || inBracketName(part, m.index, m[0].length);
    const cjkTime = re.CJK_TIME.exec(rest);
    if (cjkTime && (cjkTime[2] !== undefined || cjkTime[3] !== undefined)) {
      const min = cjkTime[3] !== undefined ? '30' : asciiDigits(cjkTime[2]).padStart(2, '0');
      const h = integer(asciiDigits(cjkTime[1]));
      out.push({ start: at, end: at + cjkTime[0].length, values: [`${h}:${min}`, `${(Number(h) % 12) + 12}:${min}`], soft: false });
      re.NUMBER.lastIndex = m.index + cjkTime[0].length;
      continue;
    }
    const minutes = re.CJK_MINUTES.exec(rest);
    if (minutes) {
      out.push({ start: at, end: at + minutes[0].length, values: [`${integer(asciiDigits(minutes[1]))}:${asciiDigits(minutes[2]).padStart(2, '0')}`], soft: false });
      re.NUMBER.lastIndex = m.index + minutes[0].length;
      continue;
    }
    const dayMonth = re.DAY_MONTH.exec(rest);
    if (dayMonth && Number(asciiDigits(dayMonth[1])) <= 31 && Number(asciiDigits(dayMonth[2])) <= 31) {
      for (const piece of [dayMonth[1], dayMonth[2]]) {
        const k = rest.indexOf(piece, piece === dayMonth[2] ? dayMonth[1].length : 0);
        out.push({ start: at + k, end: at + k + piece.length, values: [integer(asciiDigits(piece))], soft: true });
      }
      re.NUMBER.lastIndex = m.index + dayMonth[0].length;
      continue;
    }
    const time = re.TIME.exec(rest);
    // Past 24 hours, minutes and seconds ("27:37", as "27分37秒" writes it) or a score ("38:17"), also two numbers.
    if (time && time[0].includes(':') && (Number(asciiDigits(time[1])) > 24 || Number(asciiDigits(time[2])) > 59)) {
      out.push({ start: at, end: at + time[0].length, values: [`${integer(asciiDigits(time[1]))}:${asciiDigits(time[2])}`], soft: glued, parts: piecesOf(time[0], at, glued) });
      re.NUMBER.lastIndex = m.index + time[0].length;
      continue;
    }
    if (time && Number(asciiDigits(time[1])) <= 24 && Number(asciiDigits(time[2])) <= 59) {
      const h = integer(asciiDigits(time[1]));
      const min = asciiDigits(time[2]);
      const values = [`${h}:${min}`];
      if (re.MERIDIEM.test(rest.slice(time[0].length))) values.push(`${(Number(h) % 12) + 12}:${min}`);
      if (min === '00') values.push(...values.map((v) => v.slice(0, v.indexOf(':'))));
      out.push({ start: at, end: at + time[0].length, values, soft: glued });
      re.NUMBER.lastIndex = m.index + time[0].length;
      continue;
    }
    const date = re.DATE_SEPARATED.exec(rest);
    if (date && looksLikeDate(date)) {
      let offset = 0;
      for (const piece of [date[1], date[3], date[4]]) {
        const k = rest.indexOf(piece, offset);
        out.push({ start: at + k, end: at + k + piece.length, values: [integer(asciiDigits(piece))], soft: true });
        offset = k + piece.length;
      }
      re.NUMBER.lastIndex = m.index + date[0].length;
      continue;
    }
    const token = m[0];
    const after = part.slice(m.index + token.length);
    const readings = readingsOf(token, after);
    if (readings === 'sequence') {
      // A version or dotted code ("12.34.56"): its parts, in order.
      out.push(...piecesOf(token, at, glued));
      continue;
    }
    const values = [...readings];
    const factor = options.scale?.(at + token.length);
    if (factor) values.push(...readings.map((r) => scaled(r, factor)));
    if (/^\d{3}0$/.test(values[0]) && re.DECADE_SUFFIX.test(after)) values.push(values[0].slice(2));
    if (/^\d+00$/.test(values[0]) && re.CENTURY_SUFFIX.test(after)) values.push(String(Number(values[0]) / 100 + 1));
    const ordinal = /^\d+$/.test(values[0]) && Number(values[0]) <= SMALL_ORDINAL && (re.ORDINAL_SUFFIX.test(after) || CJK_ORDINAL_BEFORE.test(part.slice(0, m.index)));
    const numeralPrefix = /^\d+$/.test(values[0]) && Number(values[0]) <= MAX_NUMERAL_PREFIX && re.JOINED_WORD.test(after);
    // "3 p.m." is the hour 15 that a translation writes "15:00" or "15 h".
    if (/^\d+$/.test(values[0]) && Number(values[0]) >= 1 && Number(values[0]) <= 12) {
      const meridiem = re.MERIDIEM.exec(after);
      if (meridiem) {
        const hour = (Number(values[0]) % 12) + (/p/i.test(meridiem[0]) ? 12 : 0);
        if (String(hour) !== values[0]) values.push(String(hour));
        values.push(`${hour}:00`);
      }
    }
    const month = /^\d+$/.test(values[0]) && Number(values[0]) <= 12 && re.MONTH_BEFORE.test(part.slice(Math.max(0, m.index - 8), m.index));
    const n: NumberToken = { start: at, end: at + token.length, values, soft: glued || ordinal || numeralPrefix || month || CJK_DATE_OR_RANK.test(after) };
    if (numeralPrefix) n.joined = true;
    // "June 15 763 BC" where the language does not group with a plain space; "3.5." as day and month.
    const spacedApart = !options.spaceGroups && / /.test(token);
    const dayAndMonth = re.DAY_DOT_MONTH.test(token) && after.startsWith('.');
    if (spacedApart || dayAndMonth) {
      n.parts = piecesOf(token, at, glued || dayAndMonth);
      if (dayAndMonth) n.soft = true;
    }
    out.push(n);
  }
  return mergeCjkAmounts(out, text, options);
}

/** The digit runs of a token, each a number of its own. */
function piecesOf(token: string, at: number, soft: boolean): NumberToken[] {
  const out: NumberToken[] = [];
  let offset = 0;
  for (const piece of token.split(patterns().NON_DIGIT)) {
    const k = token.indexOf(piece, offset);
    out.push({ start: at + k, end: at + k + piece.length, values: [integer(asciiDigits(piece))], soft });
    offset = k + piece.length;
  }
  return out;
}

/** A token's reading as a whole number, all its digits ("5,000": 5000, not 5), or undefined. */
function wholeValue(t: NumberToken, text: string): number | undefined {
  const digits = integer(asciiDigits(text.slice(t.start, t.end).replace(patterns().NON_DIGITS, '')));
  return t.values.includes(digits) ? Number(digits) : undefined;
}

/**
 * "４億５０００万", "1억 4천 2백만", "37万5,000": an amount written in groups with falling scale
 * characters is one sum (450,000,000; 142,000,000; 375,000). Within a group the units (千, 百)
 * multiply their digits; each myriad (万, 億) closes a group and multiplies it.
 */
function mergeCjkAmounts(tokens: NumberToken[], text: string, options: NumberOptions): NumberToken[] {
  if (!options.scale) return tokens;
  const out: NumberToken[] = [];
  for (let i = 0; i < tokens.length; ) {
    let total = 0;
    let group = 0;
    let lastMyriad = Infinity;
    let lastUnit = Infinity;
    let j = i;
    let from = tokens[i].start;
    for (; j < tokens.length; j++) {
      const t = tokens[j];
      const n = wholeValue(t, text);
      if (n === undefined || (j > i && !/^ ?$/u.test(text.slice(from, t.start)))) break;
      const run = cjkScaleAt(text, t.end);
      if (!run) {
        // Digits closing the amount after its last myriad ("37万5,000").
        if (j > i && group === 0 && n < lastMyriad) {
          total += n;
          j++;
        }
        break;
      }
      const myriad = run.myriad > 1 ? run.myriad : 1;
      if (myriad >= lastMyriad || (myriad === 1 && run.unit >= lastUnit)) break;
      group += n * run.unit;
      lastUnit = run.unit;
      if (myriad > 1) {
        total += group * myriad;
        group = 0;
        lastMyriad = myriad;
        lastUnit = Infinity;
      }
      from = run.end;
    }
    total += group;
    if (j - i >= 2 && Number.isSafeInteger(total)) {
      const parts = tokens.slice(i, j);
      out.push({ start: tokens[i].start, end: tokens[j - 1].end, values: [String(total)], soft: parts.every((t) => t.soft) });
      i = j;
    } else out.push(tokens[i++]);
  }
  return out;
}

/** d.m.yyyy, yyyy-mm-dd, m/d/yy: a four-digit part, or a two-digit year after day and month. */
function looksLikeDate(m: RegExpExecArray): boolean {
  const [a, b, c] = [m[1], m[3], m[4]];
  if (a.length === 4) return c.length === 2 && Number(asciiDigits(b)) <= 12;
  return a.length <= 2 && Number(asciiDigits(a)) <= 31 && Number(asciiDigits(b)) <= 31;
}

/** A number's readings, or 'sequence' for dotted codes. */
function readingsOf(token: string, after: string): string[] | 'sequence' {
  const groups = token.split(patterns().NON_DIGIT).map(asciiDigits);
  const seps = token.match(patterns().NON_DIGITS) ?? [];
  if (seps.length === 0) return [integer(groups[0])];
  const spaced = (s: string) => s === ' ' || s === '\u00a0' || s === '\u202f' || s === "'" || s === '\u2019' || s === '\u066c';
  const grouped = (gs: string[]) => gs[0].length <= 3 && gs.slice(1).every((g) => g.length === 3);
  const last = seps[seps.length - 1];
  const marks = seps.filter((s) => !spaced(s));
  if (marks.length === 0) return grouped(groups) ? [integer(groups.join(''))] : 'sequence';
  const distinct = new Set(marks);
  if (marks.length === 1 && !spaced(last)) {
    // One period or comma (or the Arabic decimal separator), after any space groups.
    const [int, frac] = [groups.slice(0, -1).join(''), groups[groups.length - 1]];
    const readings = [decimal(int, frac)];
    if (last !== '\u066b' && frac.length === 3 && grouped(groups)) readings.push(integer(int + frac));
    const time = timeReading(int, frac, after);
    if (time) readings.push(...time);
    return readings;
  }
  if (distinct.size === 1) return grouped(groups) ? [integer(groups.join(''))] : 'sequence';
  // Two kinds of mark: the last one is the decimal separator ("1,000.50", "1.000,50").
  if (distinct.size === 2 && marks.filter((s) => s === last).length === 1 && grouped(groups.slice(0, -1))) {
    return [decimal(groups.slice(0, -1).join(''), groups[groups.length - 1])];
  }
  return 'sequence';
}

/** "18.30" before "Uhr"/"h", or "6.30 pm", is a time; so may be any h.mm with mm < 60 before a space or punctuation. */
function timeReading(int: string, frac: string, after: string): string[] | undefined {
  if (frac.length !== 2 || int.length > 2 || Number(int) > 24 || Number(frac) > 59) return undefined;
  const h = integer(int);
  const readings = [`${h}:${frac}`];
  if (patterns().MERIDIEM.test(after)) readings.push(`${(Number(h) % 12) + 12}:${frac}`);
  else if (!patterns().TIME_WORD.test(after) && after.length > 0 && !/^[\s\u00a0\u202f.,;)]/.test(after)) return undefined;
  return readings;
}

function scaled(reading: string, factor: number): string {
  if (reading.includes(':')) return reading;
  const value = Number(reading) * factor;
  return Number.isSafeInteger(value) ? String(value) : reading;
}
