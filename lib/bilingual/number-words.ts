// Numbers written as words, per language, so that "3 people" may become "three people" (and
// "drei Leute" "3 Leute") without a number mismatch. Each language's words are registry data
// (`numberWords` in lib/languages/<code>.ts): cardinals 0-12, round tens, 100 and 1000 with their
// common inflected forms, the indefinite articles that stand for "1" ("a year", "ein Jahr"), and
// scale words that multiply the number before them ("3 million", "3 Millionen"). Languages
// without them compare digits only, and then small numbers are not reported missing.

import { languageFor } from '../languages/index.js';
import type { NumberWordTable } from '../languages/language.js';
import { lazyRegExp } from '../text/lazy-regexp.js';
import { CLDR_SCALES } from './scales.generated.js';
import { forEachFrontCoded } from '../text/front-coded.js';

interface Compiled {
  /** word → value */
  cardinals: Map<string, number>;
  scales: Map<string, number>;
  /** Cardinal forms of three letters or more (each composed, then decomposed), which may start a longer word, by their first character (in table order). */
  stems: Map<string, string[]>;
  /**
   * Words without a hyphen or an apostrophe as written in the text → their value as a number word, or null: prose
   * says the same few thousand words again and again, each lowercased and taken apart once.
   */
  wordCache: Map<string, number | null>;
}

/** Entries of a language's word cache past which it starts again (a bound on its memory). */
const MAX_CACHED_WORDS = 100_000;

const NONE: readonly string[] = [];

const compiled = new Map<string, Compiled>();

function compile(code: string): Compiled | undefined {
  const table = languageFor(code)?.numberWords;
  if (!table) return undefined;
  let c = compiled.get(code);
  if (!c) {
    // Each form composed, as the tables write it, and decomposed (NFD: "zwo" and U+0308 "lf"), as
    // a file may have it: words are looked up as they stand in the text, whose offsets they keep.
    const toMap = (t: NumberWordTable) => {
      const m = new Map<string, number>();
      for (const [value, forms] of Object.entries(t)) for (const w of forms.split('/')) m.set(w, Number(value)).set(w.normalize('NFD'), Number(value));
      return m;
    };
    const cardinals = toMap(table.cardinals);
    const stems = new Map<string, string[]>();
    for (const w of cardinals.keys()) {
      if (w.normalize('NFC').length < 3 || w.includes(' ')) continue;
      const list = stems.get(w[0]);
      if (list) list.push(w);
      else stems.set(w[0], [w]);
    }
    c = { cardinals, scales: toMap(table.scales), stems, wordCache: new Map() };
    compiled.set(code, c);
  }
  return c;
}

/** Whether mtqa knows how the language writes numbers as words. */
export function hasNumberWords(code: string): boolean {
  return languageFor(code)?.numberWords !== undefined;
}

/** A word: letters with their combining marks (a diacritic written apart, NFD, is no end of the word). */
const WORD = lazyRegExp(String.raw`[\p{L}\p{M}'’-]+`, 'gu');
/** What joins the parts of a compound number word: "dva-a-dvacet", "zwei-und-zwanzig", "twenty-two". */
const JOINER = /^(?:a|und|en|i|y|e|-)/u;

/** A number word with its value and place. */
export interface NumberWord {
  value: number;
  start: number;
  end: number;
}

/** What may stand between the words of one number: "one hundred and five", "treinta y ocho", "vingt et un". */
const WORD_JOINER = /^\s+(?:(?:and|y|e|et|i|und|en)\s+)?$/u;

/**
 * The values of the number words in text[start, end), with their places; one before a scale word also times it.
 * Compounds and inflected or derived forms count too: "zweiundzwanzig" 22, "dvaadvacetiletý" 22,
 * "šedesátých" 60, "dreihundert" 300; so do numbers of several words ("twenty eight", "three
 * hundred", "treinta y ocho") and, in any language, numbers in Chinese numerals ("五十", "十四億").
 */
export function numberWordsIn(code: string, text: string, start: number, end: number): NumberWord[] {
  const out = [...hanNumeralsIn(text, start, end), ...romanNumeralsIn(text, start, end)];
  const c = compile(code);
  if (!c) return out;
  const part = text.slice(start, end);
  const words = WORD();
  words.lastIndex = 0;
  let last: NumberWord | undefined;
  const take = (w: NumberWord) => {
    const between = last ? text.slice(last.end, w.start) : '';
    const joined = last && WORD_JOINER.test(between) ? joinedValue(last.value, w.value, !/[^\s]/u.test(between)) : undefined;
    if (last && joined !== undefined) {
      last.value = joined;
      last.end = w.end;
    } else out.push((last = w));
  };
  for (let m = words.exec(part); m !== null; m = words.exec(part)) {
    const word = m[0];
    const at = start + m.index;
    // Hyphenated parts and elided articles ("d’une") are taken apart each time; plain words once.
    if (word.includes('-') || word.includes("'") || word.includes('’')) {
      for (const w of wordValues(word.toLowerCase(), at, c)) take(w);
      continue;
    }
    let value = c.wordCache.get(word);
    if (value === undefined) {
      if (c.wordCache.size >= MAX_CACHED_WORDS) c.wordCache.clear();
      const lower = word.toLowerCase();
      c.wordCache.set(word, (value = c.cardinals.get(lower) ?? compoundValue(lower, c) ?? null));
    }
    // Its place as wordValues gives it: the lowercase's length (which "İ" changes).
    if (value !== null) take({ value, start: at, end: at + word.toLowerCase().length });
  }
  // A scale word after a number word multiplies it ("three million": 3,000,000, as "300万" writes
  // it), or not, where the other side's scale word is not known ("6 মিলিয়ন").
  const scaled: NumberWord[] = [];
  for (const w of out) {
    const factor = scaleAfter(code, text, w.end, end);
    if (factor !== undefined && w.value * factor <= Number.MAX_SAFE_INTEGER) scaled.push({ ...w, value: w.value * factor });
  }
  return scaled.length > 0 ? [...out, ...scaled] : out;
}

/**
 * The numbers in one word: the word as a number word, or else the numbers among its hyphenated
 * parts, each the longest run of parts that reads as one ("two-year-old" 2, "forty-five-minute" 45,
 * "mid-sixties" 60).
 */
function wordValues(word: string, at: number, c: Compiled): NumberWord[] {
  const whole = c.cardinals.get(word) ?? compoundValue(word, c);
  if (whole !== undefined) return [{ value: whole, start: at, end: at + word.length }];
  // An elided article or preposition before the number ("d’une heure", "l’un", "dell’otto"):
  // the word after the apostrophe.
  const elided = Math.max(word.lastIndexOf("'"), word.lastIndexOf('’')) + 1;
  if (elided > 0 && elided < word.length) return wordValues(word.slice(elided), at + elided, c);
  if (!word.includes('-')) return [];
  const parts = word.split('-');
  const out: NumberWord[] = [];
  let offset = 0;
  for (let i = 0; i < parts.length; ) {
    let found = false;
    for (let j = parts.length; j > i; j--) {
      const run = parts.slice(i, j).join('-');
      const value = run ? (c.cardinals.get(run) ?? compoundValue(run, c)) : undefined;
      if (value === undefined) continue;
      out.push({ value, start: at + offset, end: at + offset + run.length });
      offset += run.length + 1;
      i = j;
      found = true;
      break;
    }
    if (!found) offset += parts[i++].length + 1;
  }
  return out;
}

/**
 * Roman numerals of two letters or more ("Price III", "Ramesses II", "XIV"), well formed. The
 * lookahead comes before the lookbehind: at one place the two test the same, but a search that
 * rejects most places on their own character first runs five times as fast.
 */
const ROMAN = lazyRegExp(String.raw`(?=[IVXLCDM]{2})(?<![\p{L}\p{M}\p{N}])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![\p{L}\p{M}\p{N}])`, 'gu');
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** Regnal and ordinal numbers in Roman numerals, which translations write in digits ("Thutmose III", "ที่ 3", "3세"). */
function romanNumeralsIn(text: string, start: number, end: number): NumberWord[] {
  return numeralsIn(ROMAN(), text, start, end, (numeral) => {
    let value = 0;
    for (let i = 0; i < numeral.length; i++) {
      const v = ROMAN_VALUES[numeral[i]];
      value += i + 1 < numeral.length && v < ROMAN_VALUES[numeral[i + 1]] ? -v : v;
    }
    return value;
  });
}

/** The matches of global regex `re` in text[start, end) that `valueOf` reads as a number, with their places. */
function numeralsIn(re: RegExp, text: string, start: number, end: number, valueOf: (numeral: string) => number | undefined): NumberWord[] {
  const out: NumberWord[] = [];
  const part = text.slice(start, end);
  re.lastIndex = 0;
  for (let m = re.exec(part); m !== null; m = re.exec(part)) {
    const value = valueOf(m[0]);
    if (value !== undefined) out.push({ value, start: start + m.index, end: start + m.index + m[0].length });
  }
  return out;
}

/**
 * The value of two number words in a row as one number, as number words combine in the languages
 * that write them apart: a fraction before "a" ("half a"), a multiplier after a smaller number ("three hundred"), units after tens
 * ("twenty eight"), the rest after hundreds or thousands ("one hundred five"). Undefined when they
 * are two numbers ("one two", "five ten").
 */
function joinedValue(a: number, b: number, spaced = false): number | undefined {
  // A fraction of one, with nothing but a space between: "half an inch", "half a million" (not "half-time and a").
  if (a > 0 && a < 1 && b === 1) return spaced ? a : undefined;
  if ((b === 100 || b === 1000) && a < b) return a * b;
  if (a >= 20 && a < 100 && a % 10 === 0 && b < 10) return a + b;
  if (a >= 100 && a % 100 === 0 && b < 100) return a + b;
  if (a >= 1000 && a % 1000 === 0 && b < 1000) return a + b;
  return undefined;
}

/** Chinese numerals (also Japanese), by value: digits, the units 十 百 千, and the myriads 万 億 兆. */
const HAN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const HAN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const HAN_MYRIADS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12 };
const HAN_NUMERAL = lazyRegExp('[〇零一二两兩三四五六七八九十百千万萬亿億兆]+', 'gu');

/**
 * Numbers written in Chinese numerals ("五十" 50, "十四億" 1.4e9, "七百五十万" 7.5e6, "二〇二〇" 2020),
 * which a translation into or from Chinese or Japanese writes for the other side's digits. A lone
 * digit character is left out: 一 and 二 are parts of common words ("一起", "统一").
 */
function hanNumeralsIn(text: string, start: number, end: number): NumberWord[] {
  return numeralsIn(HAN_NUMERAL(), text, start, end, (numeral) => (numeral.length < 2 ? undefined : hanValue(numeral)));
}

function hanValue(numeral: string): number | undefined {
  // Digit by digit, as years are written ("二〇二〇"): no unit at all.
  if ([...numeral].every((ch) => ch in HAN_DIGITS)) return Number([...numeral].map((ch) => HAN_DIGITS[ch]).join(''));
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of numeral) {
    if (ch in HAN_DIGITS) digit = HAN_DIGITS[ch];
    else if (ch in HAN_UNITS) {
      section += (digit ?? 1) * HAN_UNITS[ch];
      digit = undefined;
    } else {
      total += (section + (digit ?? 0) || 1) * HAN_MYRIADS[ch];
      section = 0;
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/** The value of a word made of number words (each of three letters or more) and joiners, with any ending. */
function compoundValue(word: string, c: Compiled): number | undefined {
  let rest = word;
  let total = 0;
  let parts = 0;
  for (;;) {
    let best = '';
    // Only the stems that start with rest's first character can start it.
    for (const w of c.stems.get(rest[0]) ?? NONE) if (w.length > best.length && rest.startsWith(w)) best = w;
    if (!best) break;
    const v = c.cardinals.get(best)!;
    total = v >= 100 && total > 0 && total < v ? total * v : total + v;
    parts++;
    rest = rest.slice(best.length);
    const joined = JOINER.exec(rest);
    if (joined && (c.stems.get(rest[joined[0].length]) ?? NONE).some((w) => rest.startsWith(w, joined[0].length))) rest = rest.slice(joined[0].length);
  }
  return parts > 0 && word.length - rest.length >= 4 ? total : undefined;
}

/**
 * Chinese, Japanese and Korean scale characters written right after digits ("2510亿", "3万", "4천
 * 2백만"): the myriads, which close a group, and the units of a group (十 百 千), which multiply the
 * digits before them within it ("4千万" is 4000 myriads).
 */
const CJK_MYRIADS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12, 만: 1e4, 억: 1e8, 조: 1e12 };
const CJK_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1e3, 십: 10, 백: 100, 천: 1e3 };

/** The run of scale characters after a number that ends at `at` (one space allowed before it): the group unit, the myriad and where it ends. */
export function cjkScaleAt(text: string, at: number): { unit: number; myriad: number; end: number } | undefined {
  // "550多万", "3余万": more than 5.5 million, some 30,000.
  let i = text[at] === ' ' ? at + 1 : at;
  if (text[i] === '多' || text[i] === '余' || text[i] === '餘') i++;
  let unit = 1;
  let myriad = 1;
  for (let width = 1; i < text.length; i += width) {
    const ch = hangulAt(text, i) ?? text[i];
    width = ch === text[i] ? 1 : hangulWidth(text, i);
    if (ch in CJK_UNITS && myriad === 1) unit *= CJK_UNITS[ch];
    else if (ch in CJK_MYRIADS) myriad *= CJK_MYRIADS[ch];
    else break;
  }
  return unit === 1 && myriad === 1 ? undefined : { unit, myriad, end: i };
}

/**
 * The Hangul syllable that decomposed (NFD) text spells at `at` with its jamo, leading, vowel and
 * maybe trailing ("억" as ᄋ ᅥ ᆨ), composed; undefined where no leading jamo stands.
 */
function hangulAt(text: string, at: number): string | undefined {
  const c = text.charCodeAt(at);
  return c >= 0x1100 && c <= 0x1112 ? text.slice(at, at + hangulWidth(text, at)).normalize('NFC') : undefined;
}

/** Code units of the decomposed syllable at `at`: a leading and a vowel jamo, and a trailing one if it follows. */
function hangulWidth(text: string, at: number): number {
  const t = text.charCodeAt(at + 2);
  return t >= 0x11a8 && t <= 0x11c2 ? 3 : 2;
}

const SCALE_WORD = lazyRegExp(String.raw`^[\s\u00a0\u202f]*([\p{L}\p{M}]+)`, 'u');

/** Each language's scale words from CLDR's compact decimal formats ("M", "Mio.", "млрд", "लाख"), parsed once. */
const cldrScales = new Map<string, Map<string, number>>();

function cldrScalesOf(code: string): Map<string, number> {
  let m = cldrScales.get(code);
  if (!m) {
    m = new Map();
    const words = m;
    forEachFrontCoded(CLDR_SCALES[code] ?? '', (word, power) => words.set(word, 10 ** power));
    cldrScales.set(code, m);
  }
  return m;
}

/** The factor a scale word right after a number applies ("3 million", "3 Mio.", "£125m", "2510亿", "4千万"), or undefined. */
export function scaleAfter(code: string, text: string, at: number, end: number): number | undefined {
  const cjk = cjkScaleAt(text, at);
  if (cjk !== undefined) return cjk.unit * cjk.myriad;
  const m = SCALE_WORD().exec(text.slice(at, Math.min(end, at + 24)));
  if (!m) return undefined;
  const word = m[1].toLowerCase();
  return compile(code)?.scales.get(word) ?? cldrScalesOf(code).get(word);
}

/** Languages that group digits with a plain space ("1 000"); elsewhere "June 15 763" is two numbers. */
export function groupsWithSpace(code: string): boolean {
  return !NO_SPACE_GROUPING.has(code);
}
const NO_SPACE_GROUPING: ReadonlySet<string> = new Set(['en', 'zh', 'ja', 'ko', 'th', 'he', 'hi', 'bn', 'ar', 'fa', 'ur']);
