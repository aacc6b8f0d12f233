// npm run synthetic-breaks [-- FILE.jsonl …]: recall on sentence breaks injected into clean human
// text, per language and per shape of break, and the findings the same lines get elsewhere.
//
// Input: JSON lines {lang, text} (and optionally {reg}, a register name reported beside the
// language); default: ../shared/eval/dev-clean*.jsonl. Any corpus of clean text can be given, e.g.
// prose extracted from Debian packages (fortunes-*, game dialogue), to measure other registers.
//
// Shapes, each the way segment-by-segment translation breaks a sentence:
//   word       a period before a lowercase word in mid-sentence ("cooperation. in the field")
//   function   the same, before a function word of the language ("China. the G20", "Chinou. a")
//   clause     a comma before a lowercase word becomes a period (a clause split off: "the plan. which")
//   wrap       a break at any word, as at the line end of a wrapped source; the next word keeps its
//              case (German nouns stay capitalised: those are out of reach of a case signal)
//   fragment   the last one to three words of a sentence cut off ("hospitalized. patients.")
//   capital    a mid-sentence break whose continuation the translation capitalised ("cooperation.
//              In the field of energy."): only a fragment check can see these
// (a period, or the language's own full stop where its period is none: Armenian ։),
// and in a script without case (a language whose registry entry lists the caseless words, see
// Language.fragmentWords), where no letter shows where a sentence goes on:
//   stranded   one of the language's fragment words made a sentence of its own after a sentence
//              end, before the next sentence ("議論されてきた。再び。中国と", "זמן מה. שוב. חיזוק")
//   particle   a break before one of its words that never open a sentence ("協力。を拡大",
//              "देशों। के बीच")
// The two are drawn only for those languages, so the others' samples stay as they were.
// A case is found when a segmentation finding starts within 3 characters of the injected mark (or
// covers it). Deterministic (fixed seed).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyse } from '../lib/engine.js';
import { genericProfile, isProfile, languageFor, profileFor } from '../lib/languages/index.js';
import type { Language } from '../lib/languages/language.js';
import { CASED_SCRIPTS, type ScriptName } from '../lib/text/script.js';
import { RULES } from '../lib/rules/index.js';

const evalDir = fileURLToPath(new URL('../../shared/eval/', import.meta.url));
const files = process.argv.slice(2).length ? process.argv.slice(2) : ['dev-clean.jsonl', 'dev-clean-multi.jsonl'].map((f) => evalDir + f);
/** Items sampled per (language, register) and shape, at most. */
const PER_SHAPE = 600;
/** Items per analysed text: well below the findings cap of one document. */
const CHUNK = 1500;
const TOLERANCE = 3;

const SEGMENTATION = RULES.filter((r) => r.meta.category === 'segmentation');
const SHAPES = ['word', 'function', 'clause', 'wrap', 'fragment', 'capital', 'stranded', 'particle'] as const;
const CASELESS_SHAPES: ReadonlySet<Shape> = new Set(['stranded', 'particle']);
type Shape = (typeof SHAPES)[number];

let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];

interface Case {
  text: string;
  /** Offset of the injected mark. */
  at: number;
  before: string;
}

const WORD = /(\p{L}[\p{L}\p{N}'’-]*)(,?) (?=(\p{L}))/gu;

/**
 * The language's entry when it is written without case and lists its caseless words (see
 * Language.fragmentWords); for a language outside the registry, the stand-in profile a text in it
 * is read with, when its treebanks gave it such words (lib/languages/caseless-words.generated.ts).
 */
function caselessEntry(lang: string): Language | undefined {
  const l = languageFor(lang) ?? genericProfile(lang);
  return (!isProfile(l) || !languageFor(lang)) && (l.fragmentWords?.length || l.nonInitialWords?.length) ? l : undefined;
}

/**
 * The full stop a caseless text ends its sentences with: Han and Kana 。; in Devanagari, Bengali and
 * Arabic script the script's own (Hindi and Bengali ।, Urdu ۔) where the text writes it, else the period (Marathi and
 * Persian end their sentences with periods); outside the registry, a script's own where the text
 * writes it (OWN_STOPS).
 */
function fullStop(l: Language, text: string): string {
  if (l.script === 'Han' || l.script === 'Kana') return '。';
  const own = l.script === 'Devanagari' || l.script === 'Bengali' ? '।' : l.script === 'Arabic' ? '۔' : undefined;
  if (!languageFor(l.code)) return ownStop(text) ?? '.';
  return own && text.includes(own) ? own : '.';
}

/** Full stops of caseless scripts outside the registry's (Ethiopic ። and ፡፡, Myanmar ။, Khmer ។), and the danda (Gurmukhi), first first. */
const OWN_STOPS = ['\u1362', '\u1361\u1361', '\u104b', '\u17d4', '\u0964', '\u06d4'];
function ownStop(text: string): string | undefined {
  return OWN_STOPS.find((s) => text.includes(s));
}

/**
 * The mark a cased language ends its sentences with, where a break is planted: the period, or
 * Armenian ։ (its period is a stop inside the sentence, Language.periodInsideSentence); in a
 * language outside the registry, its script's own full stop where the text writes one.
 */
function casedStop(lang: string, text: string): string {
  const l = languageFor(lang);
  if (!l) return ownStop(text) ?? '.';
  return l.periodInsideSentence ? '\u0589' : '.';
}

/**
 * The mark the shapes of cased text plant (wrap, word…): casedStop, but in a registry language
 * written without case, its full stop (fullStop). A period planted in a text that ends its sentences
 * with the danda (Bengali, Nepali) is read as an abbreviation's, as it should be, and so measured
 * nothing.
 */
function plantedStop(lang: string, text: string): string {
  const l = languageFor(lang);
  return l && !CASED_SCRIPTS.has(l.script as ScriptName) ? fullStop(l, text) : casedStop(lang, text);
}

/** A letter of a script without case (or a combining mark, which Devanagari words end in). */
const CASELESS_LETTER = /[\p{Lo}\u10d0-\u10fa\u10fd-\u10ff\p{M}]/u;

/** Injects one break of a caseless shape into `text` in language `l`, or undefined where the text offers no place. */
function injectCaseless(text: string, shape: Shape, l: Language): Case | undefined {
  const stop = fullStop(l, text);
  const unspaced = l.script === 'Han' || l.script === 'Kana' || l.script === 'Thai';
  const gap = unspaced ? '' : ' ';
  if (shape === 'stranded') {
    // After a sentence end that another sentence follows.
    const ends: number[] = [];
    for (let i = text.indexOf(stop); i >= 0; i = text.indexOf(stop, i + 1)) {
      if (i > 10 && CASELESS_LETTER.test(text.charAt(i - 1)) && CASELESS_LETTER.test(text.slice(i + stop.length).trimStart().charAt(0))) ends.push(i);
    }
    if (!ends.length || !l.fragmentWords?.length) return undefined;
    const end = pick(ends) + stop.length;
    const word = pick([...l.fragmentWords]);
    return { text: `${text.slice(0, end)}${gap}${word}${stop}${text.slice(end)}`, at: end + gap.length, before: word };
  }
  // particle: a never-initial word inside a sentence, after a letter (and a space where words are spaced).
  const places: Array<{ at: number; word: string }> = [];
  for (const word of l.nonInitialWords ?? []) {
    for (let i = text.indexOf(word, 1); i >= 0; i = text.indexOf(word, i + 1)) {
      const before = unspaced ? i - 1 : i - 2;
      if (before < 10 || (!unspaced && text.charAt(i - 1) !== ' ') || !CASELESS_LETTER.test(text.charAt(before))) continue;
      if (!unspaced && CASELESS_LETTER.test(text.charAt(i + word.length))) continue;
      places.push({ at: unspaced ? i : i - 1, word });
    }
  }
  if (!places.length) return undefined;
  const p = pick(places.sort((a, b) => a.at - b.at));
  return { text: `${text.slice(0, p.at)}${stop}${text.slice(p.at)}`, at: p.at, before: p.word };
}

/** Injects one break of `shape` into `text`, or returns undefined when the text offers no place. */
function inject(text: string, shape: Shape, functionWords: ReadonlySet<string>, caseless: Language | undefined, stop: string): Case | undefined {
  if (CASELESS_SHAPES.has(shape)) return caseless && injectCaseless(text, shape, caseless);
  const gaps: Array<{ end: number; word: string; comma: boolean; nextLower: boolean; nextWord: string }> = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    if (m.index < 10) continue;
    const end = m.index + m[1].length;
    const next = /^[\p{L}\p{N}'’-]+/u.exec(text.slice(end + m[2].length + 1))?.[0] ?? '';
    gaps.push({ end, word: m[1], comma: m[2] === ',', nextLower: /\p{Ll}/u.test(m[3]), nextWord: next });
  }
  const at = (end: number, rest: string) => ({ text: `${text.slice(0, end)}${stop}${rest}`, at: end, before: '' });
  switch (shape) {
    case 'word':
    case 'function': {
      const ok = gaps.filter((g) => !g.comma && g.nextLower && (shape === 'word' || functionWords.has(g.nextWord.toLowerCase())));
      if (!ok.length) return undefined;
      const g = pick(ok);
      return { ...at(g.end, text.slice(g.end)), before: g.word };
    }
    case 'clause': {
      const ok = gaps.filter((g) => g.comma && g.nextLower);
      if (!ok.length) return undefined;
      const g = pick(ok);
      return { ...at(g.end, text.slice(g.end + 1)), before: g.word };
    }
    case 'wrap': {
      const ok = gaps.filter((g) => !g.comma);
      if (!ok.length) return undefined;
      const g = pick(ok);
      return { ...at(g.end, text.slice(g.end)), before: g.word };
    }
    case 'capital': {
      const ok = gaps.filter((g) => !g.comma && g.nextLower);
      if (!ok.length) return undefined;
      const g = pick(ok);
      const rest = text.slice(g.end);
      const i = rest.search(/\p{L}/u);
      return { ...at(g.end, rest.slice(0, i) + rest.charAt(i).toUpperCase() + rest.slice(i + 1)), before: g.word };
    }
    case 'fragment': {
      // The last 1–3 words before a sentence-final period, when all are lowercase words.
      const ends: number[] = [];
      for (let i = text.indexOf(stop); i >= 0; i = text.indexOf(stop, i + 1)) if (i > 20 && /\p{Ll}/u.test(text.charAt(i - 1)) && (i + 1 === text.length || text.charAt(i + 1) === ' ')) ends.push(i);
      if (!ends.length) return undefined;
      const end = pick(ends);
      const words = 1 + Math.floor(random() * 3);
      const m = new RegExp(`(\\p{L}[\\p{L}'’-]*) ((?:\\p{Ll}[\\p{L}'’-]* ?){${words}})$`, 'u').exec(text.slice(0, end));
      if (!m || m[2].split(' ').filter(Boolean).length !== words) return undefined;
      const cut = m.index + m[1].length;
      return { ...at(cut, text.slice(cut)), before: m[1] };
    }
  }
}

/** The DILUTE clean items analysed after planted item k of a group (SYNTHETIC_DILUTE). */
function cleanAfter(all: ReadonlyArray<{ text: string }>, k: number): string[] {
  return Array.from({ length: DILUTE }, (_, j) => all[(k * DILUTE + j + 1) % all.length].text);
}

const groups = new Map<string, Array<{ lang: string; text: string }>>();
for (const file of files) {
  if (!existsSync(file)) {
    console.error(`${file}: not found`);
    process.exitCode = 2;
    continue;
  }
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const { lang, text, reg } = JSON.parse(line) as { lang: string; text: string; reg?: string };
    if (text.length < 60) continue;
    const key = reg ? `${lang}/${reg}` : lang;
    const items = groups.get(key) ?? [];
    items.push({ lang, text: text.replace(/\s*\n\s*/g, ' ') });
    groups.set(key, items);
  }
}

const header = `${'group'.padEnd(16)}${SHAPES.map((s) => s.padStart(15)).join('')}   other findings per 10k words`;
console.log(header);
const totals = new Map<Shape, [number, number]>();
const missedAfter = new Map<string, Map<string, number>>();
/**
 * With SYNTHETIC_DILUTE=N, each planted item is analysed with N clean items of its group after it
 * (found in none): a rule that learns from the document (what ends its sentences) then reads one
 * break in some 4N sentences, as in a translation, not one in every item.
 */
const DILUTE = Number(process.env.SYNTHETIC_DILUTE ?? 0);
/** With SYNTHETIC_CONTEXT=N, up to N missed cases per language and shape, as the text around the mark. */
const CONTEXTS = Number(process.env.SYNTHETIC_CONTEXT ?? 0);
const missedContexts = new Map<string, string[]>();
for (const [key, all] of [...groups].sort()) {
  const lang = all[0].lang;
  const functionWords = new Set(profileFor(lang)?.functionWords ?? []);
  const caseless = caselessEntry(lang);
  const cells: string[] = [];
  let others = 0;
  let words = 0;
  for (const shape of SHAPES) {
    if (CASELESS_SHAPES.has(shape) && !caseless) {
      cells.push('—'.padStart(15));
      continue;
    }
    // A fixed sample per shape: every shape sees comparable text.
    const sample: Array<Case & { lang: string }> = [];
    for (const item of all) {
      if (sample.length >= PER_SHAPE) break;
      if (random() > Math.max(0.05, PER_SHAPE / all.length)) continue;
      const c = inject(item.text, shape, functionWords, caseless, plantedStop(lang, item.text));
      if (c) sample.push({ ...c, lang });
    }
    let found = 0;
    for (let from = 0; from < sample.length; from += CHUNK) {
      const chunk = sample.slice(from, from + CHUNK);
      const starts: number[] = [];
      let offset = 0;
      chunk.forEach((c, i) => {
        starts.push(offset);
        offset += c.text.length + 1;
        if (DILUTE) for (const clean of cleanAfter(all, from + i)) offset += clean.length + 1;
      });
      const text = chunk.map((c, i) => (DILUTE ? [c.text, ...cleanAfter(all, from + i)].join('\n') : c.text)).join('\n');
      const findings = analyse(text, { lang, rules: SEGMENTATION }).findings;
      const hit = new Set<number>();
      for (const f of findings) {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (starts[mid] <= f.start) lo = mid;
          else hi = mid - 1;
        }
        const mark = starts[lo] + chunk[lo].at;
        if (f.start <= mark + TOLERANCE && Math.max(f.end, f.start + 1) > mark - TOLERANCE) hit.add(lo);
        else if (shape === 'word') others++;
      }
      if (shape === 'word') words += (text.match(/\p{L}+/gu) ?? []).length;
      found += hit.size;
      chunk.forEach((c, i) => {
        if (hit.has(i)) return;
        const m = missedAfter.get(`${lang} ${shape}`) ?? new Map<string, number>();
        const w = c.before.toLowerCase();
        m.set(w, (m.get(w) ?? 0) + 1);
        missedAfter.set(`${lang} ${shape}`, m);
        const contexts = missedContexts.get(`${lang} ${shape}`) ?? [];
        if (contexts.length < CONTEXTS) contexts.push(`${c.text.slice(Math.max(0, c.at - 40), c.at)}⟦⟧${c.text.slice(c.at, c.at + 40)}`);
        missedContexts.set(`${lang} ${shape}`, contexts);
      });
    }
    const t = totals.get(shape) ?? [0, 0];
    totals.set(shape, [t[0] + found, t[1] + sample.length]);
    cells.push(sample.length ? `${(found / sample.length).toFixed(2)} (${String(sample.length).padStart(3)})`.padStart(15) : '—'.padStart(15));
  }
  console.log(`${key.padEnd(16)}${cells.join('')}   ${words ? ((others / words) * 1e4).toFixed(2) : '—'}`);
}
console.log(`${'all'.padEnd(16)}${SHAPES.map((s) => { const [f, n] = totals.get(s) ?? [0, 0]; return (n ? `${(f / n).toFixed(2)} (${n})` : '—').padStart(15); }).join('')}`);
if (process.env.SYNTHETIC_VERBOSE) {
  for (const [k, m] of [...missedAfter].sort()) {
    const top = [...m].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([w, n]) => `${w}×${n}`);
    console.log(`missed ${k}: ${top.join(' ')}`);
  }
}
for (const [k, contexts] of [...missedContexts].sort()) for (const c of contexts) console.log(`missed ${k}: ${c}`);
