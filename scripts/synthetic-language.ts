// npm run synthetic-language: precision and recall of the `language` findings on untranslated text
// planted into clean human text, per language pair. The labelled dev sets hold hardly any
// untranslated segments, so this builds them from real sentences: documents of clean reference
// lines in one language (../shared/eval/dev-clean*.jsonl), into which it plants real lines of
// another language, either the source lines of the MT sets (dev.jsonl, dev-multi.jsonl carry them
// as `src`: copied source text is what users meet) or reference lines of another language. Half
// are planted as lines of their own, half appended to a host line (a sentence left untranslated
// inside a translated segment). The document is checked with --lang of the host, as the scorer
// does; a planted span some language finding overlaps is found, a finding that overlaps none is
// a false alarm. Deterministic (fixed seed). Reads the eval data at run time; copies none of it.
//
//   npm run synthetic-language [-- --verbose]
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyse } from '../lib/engine.js';
import { sameOrClose } from '../lib/languages/index.js';
import { RULES } from '../lib/rules/index.js';

const EVAL = fileURLToPath(new URL('../../shared/eval/', import.meta.url));
const LANGUAGE_RULES = RULES.filter((r) => r.meta.category === 'language');

export interface PairResult {
  host: string;
  guest: string;
  planted: number;
  found: number;
  falseAlarms: number;
  /** Words of host text in the documents, for alarms per 10k words. */
  hostWords: number;
  misses: string[];
  alarms: string[];
  /** Planted spans and hits by length: short (< 40 letters), medium (< 100), long. */
  byLength: Record<'short' | 'medium' | 'long', { planted: number; found: number }>;
}

export interface SyntheticOptions {
  /** Host lines per document. */
  hostLines?: number;
  /** Lines planted per document (half on lines of their own, half inside a host line). */
  plants?: number;
  seed?: number;
  /** Host languages (default: every language of the clean files). */
  hosts?: string[];
}

export function evalDataAvailable(): boolean {
  return ['dev.jsonl', 'dev-multi.jsonl', 'dev-clean.jsonl', 'dev-clean-multi.jsonl'].every((f) => existsSync(EVAL + f));
}

interface Item {
  id: string;
  lang: string;
  text: string;
  src?: string;
}

function load(file: string): Item[] {
  return readFileSync(EVAL + file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Item);
}

const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;
const wordCount = (s: string) => (s.match(/\p{L}+/gu) ?? []).length;

/** A planted line must be a sentence, not a name or a number: three words, or four Han/Kana characters. */
function plantable(s: string): boolean {
  return !/[\r\n]/.test(s) && (wordCount(s) >= 3 || (s.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length >= 4);
}

export function syntheticLanguage(options: SyntheticOptions = {}): PairResult[] {
  const { hostLines = 300, plants = 30 } = options;
  let seed = options.seed ?? 7;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];

  const clean = new Map<string, string[]>();
  for (const it of [...load('dev-clean.jsonl'), ...load('dev-clean-multi.jsonl')]) {
    if (!clean.has(it.lang)) clean.set(it.lang, []);
    clean.get(it.lang)!.push(it.text);
  }
  // Guests: the MT sets' source lines (unique), and the clean lines of other languages.
  const guests = new Map<string, Set<string>>();
  for (const it of [...load('dev.jsonl'), ...load('dev-multi.jsonl')]) {
    const lang = it.id.split('/')[1]?.split('-')[0];
    if (!lang || !it.src || !plantable(it.src)) continue;
    if (!guests.has(lang)) guests.set(lang, new Set());
    guests.get(lang)!.add(it.src.trim());
  }
  for (const [lang, texts] of clean) {
    if (!guests.has(lang)) guests.set(lang, new Set());
    for (let k = 0; k < 400; k++) {
      const t = pick(texts);
      if (plantable(t)) guests.get(lang)!.add(t);
    }
  }

  const results: PairResult[] = [];
  for (const host of options.hosts ?? [...clean.keys()].sort()) {
    const hostPool = clean.get(host)!;
    for (const guest of [...guests.keys()].sort()) {
      if (sameOrClose(host, guest)) continue;
      const pool = [...guests.get(guest)!];
      const lines: string[] = [];
      const spans: Array<[number, number, string]> = [];
      const plantAt = new Set<number>();
      while (plantAt.size < plants) plantAt.add(Math.floor(random() * hostLines));
      let offset = 0;
      let hostWords = 0;
      for (let i = 0; i < hostLines; i++) {
        const h = pick(hostPool);
        hostWords += wordCount(h);
        if (!plantAt.has(i)) {
          lines.push(h);
          offset += h.length + 1;
          continue;
        }
        const g = pick(pool);
        // Inside a line only after a sentence end: a host line without one would run on into the plant.
        if (spans.length % 2 === 0 || !/[.!?…"”»)]$/.test(h)) {
          // A line of its own, after the host line.
          lines.push(h, g);
          spans.push([offset + h.length + 1, offset + h.length + 1 + g.length, g]);
          offset += h.length + g.length + 2;
        } else {
          // Inside the host line, as one more sentence.
          const line = `${h} ${g}`;
          lines.push(line);
          spans.push([offset + h.length + 1, offset + line.length, g]);
          offset += line.length + 1;
        }
      }
      const text = lines.join('\n');
      const findings = analyse(text, { lang: host, rules: LANGUAGE_RULES }).findings;
      const r: PairResult = {
        host,
        guest,
        planted: spans.length,
        found: 0,
        falseAlarms: 0,
        hostWords,
        misses: [],
        alarms: [],
        byLength: { short: { planted: 0, found: 0 }, medium: { planted: 0, found: 0 }, long: { planted: 0, found: 0 } },
      };
      for (const [s, e, g] of spans) {
        const n = letters(g);
        const bucket = r.byLength[n < 40 ? 'short' : n < 100 ? 'medium' : 'long'];
        bucket.planted++;
        if (findings.some((f) => f.start < e && f.end > s)) {
          r.found++;
          bucket.found++;
        } else r.misses.push(g);
      }
      for (const f of findings) {
        if (spans.some(([s, e]) => f.start < e && f.end > s)) continue;
        r.falseAlarms++;
        r.alarms.push(`${f.rule} [${f.data?.language}] ${text.slice(f.start, Math.min(f.end, f.start + 120))}`);
      }
      results.push(r);
    }
  }
  return results;
}

/** Precision and recall over some pairs. */
export function totals(results: PairResult[]): { planted: number; found: number; falseAlarms: number; precision: number; recall: number } {
  const planted = results.reduce((a, r) => a + r.planted, 0);
  const found = results.reduce((a, r) => a + r.found, 0);
  const falseAlarms = results.reduce((a, r) => a + r.falseAlarms, 0);
  return { planted, found, falseAlarms, precision: found / (found + falseAlarms || 1), recall: found / (planted || 1) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!evalDataAvailable()) {
    console.error(`eval data not found in ${EVAL}`);
    process.exit(2);
  }
  const verbose = process.argv.includes('--verbose');
  const results = syntheticLanguage();
  const f = (x: number) => x.toFixed(3);
  for (const r of results) {
    const t = totals([r]);
    console.log(`${r.host} ← ${r.guest.padEnd(3)} planted ${String(r.planted).padStart(3)}  P=${f(t.precision)} R=${f(t.recall)}  false alarms ${r.falseAlarms}`);
    if (verbose) {
      for (const m of r.misses) console.log(`    missed: ${m.slice(0, 140)}`);
      for (const a of r.alarms) console.log(`    alarm:  ${a}`);
    }
  }
  const all = totals(results);
  const lengths = (['short', 'medium', 'long'] as const).map((k) => {
    const planted = results.reduce((a, r) => a + r.byLength[k].planted, 0);
    const found = results.reduce((a, r) => a + r.byLength[k].found, 0);
    return `${k} ${f(found / (planted || 1))} (${planted})`;
  });
  const words = results.reduce((a, r) => a + r.hostWords, 0);
  console.log(`recall by length: ${lengths.join(', ')}`);
  console.log(`alarms per 10k host words: ${((all.falseAlarms / words) * 1e4).toFixed(2)}`);
  console.log(`all: planted ${all.planted} found ${all.found} false alarms ${all.falseAlarms}  P=${f(all.precision)} R=${f(all.recall)}`);
}
