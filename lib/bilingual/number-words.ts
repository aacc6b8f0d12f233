// Numbers written as words, per language, so that "3 people" may become "three people" (and
// "drei Leute" "3 Leute") without a number mismatch. Each language's words are registry data
// (`numberWords` in lib/languages/<code>.ts): cardinals 0-12, round tens, 100 and 1000 with their
// common inflected forms, the indefinite articles that stand for "1" ("a year", "ein Jahr"), and
// scale words that multiply the number before them ("3 million", "3 Millionen"). Languages
// without them compare digits only, and then small numbers are not reported missing.

import { languageFor } from '../languages/index.js';
import type { NumberWordTable } from '../languages/language.js';
import { lazyRegExp } from '../text/lazy-regexp.js';

interface Compiled {
  /** word → value */
  cardinals: Map<string, number>;
  scales: Map<string, number>;
  /** Cardinal forms of three letters or more, which may start a longer word, by their first character (in table order). */
  stems: Map<string, string[]>;
}

const NONE: readonly string[] = [];

const compiled = new Map<string, Compiled>();

function compile(code: string): Compiled | undefined {
  const table = languageFor(code)?.numberWords;
  if (!table) return undefined;
  let c = compiled.get(code);
  if (!c) {
    const toMap = (t: NumberWordTable) => {
      const m = new Map<string, number>();
      for (const [value, forms] of Object.entries(t)) for (const w of forms.split('/')) m.set(w, Number(value));
      return m;
    };
    const cardinals = toMap(table.cardinals);
    const stems = new Map<string, string[]>();
    for (const w of cardinals.keys()) {
      if (w.length < 3 || w.includes(' ')) continue;
      const list = stems.get(w[0]);
      if (list) list.push(w);
      else stems.set(w[0], [w]);
    }
    c = { cardinals, scales: toMap(table.scales), stems };
    compiled.set(code, c);
  }
  return c;
}

/** Whether mtqa knows how the language writes numbers as words. */
export function hasNumberWords(code: string): boolean {
  return languageFor(code)?.numberWords !== undefined;
}

const WORD = lazyRegExp(String.raw`[\p{L}'’-]+`, 'gu');
/** What joins the parts of a compound number word: "dva-a-dvacet", "zwei-und-zwanzig", "twenty-two". */
const JOINER = /^(?:a|und|en|i|y|e|-)/u;

/**
 * The values of the number words in text[start, end), with their places (scales not included).
 * Compounds and inflected or derived forms count too: "zweiundzwanzig" 22, "dvaadvacetiletý" 22,
 * "šedesátých" 60, "dreihundert" 300.
 */
export function numberWordsIn(code: string, text: string, start: number, end: number): { value: number; start: number; end: number }[] {
  const c = compile(code);
  if (!c) return [];
  const out: { value: number; start: number; end: number }[] = [];
  const part = text.slice(start, end);
  const words = WORD();
  words.lastIndex = 0;
  for (let m = words.exec(part); m !== null; m = words.exec(part)) {
    const word = m[0].toLowerCase();
    const value = c.cardinals.get(word) ?? compoundValue(word, c);
    if (value !== undefined) out.push({ value, start: start + m.index, end: start + m.index + m[0].length });
  }
  return out;
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

/** Chinese, Japanese and Korean scale characters, written right after the digits ("2510亿", "3万"). */
const CJK_SCALES: Record<string, number> = { 千: 1e3, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12, 천: 1e3, 만: 1e4, 억: 1e8 };

const SCALE_WORD = lazyRegExp(String.raw`^[\s\u00a0\u202f]*([\p{L}]+)`, 'u');

/** The factor a scale word right after a number applies ("3 million", "3 Mio.", "2510亿"), or undefined. */
export function scaleAfter(code: string, text: string, at: number, end: number): number | undefined {
  const cjk = CJK_SCALES[text[at] === ' ' ? text[at + 1] : text[at]];
  if (cjk !== undefined) return cjk;
  const c = compile(code);
  if (!c) return undefined;
  const m = SCALE_WORD().exec(text.slice(at, Math.min(end, at + 24)));
  return m ? c.scales.get(m[1].toLowerCase()) : undefined;
}

/** Languages that group digits with a plain space ("1 000"); elsewhere "June 15 763" is two numbers. */
export function groupsWithSpace(code: string): boolean {
  return !NO_SPACE_GROUPING.has(code);
}
const NO_SPACE_GROUPING: ReadonlySet<string> = new Set(['en', 'zh', 'ja', 'ko', 'th', 'he', 'hi', 'bn', 'ar', 'fa', 'ur']);
