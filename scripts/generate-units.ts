// Writes lib/catalogue/units.generated.ts: the word scan's table of what it reads of each UTF-16
// code unit (tokens.ts, Unit), worked out here from the character tables (charclass.ts, marks.ts)
// and stored as runs of equal entries. Built at start-up, the table was a loop over the 64K code
// units, most of it run by the interpreter before the JIT compiled it: 15 M instructions of every
// CLI start and cold Lambda (the runs, some 4 KB of source, cost 2 M). Run after changing those tables: `npx tsx scripts/generate-units.ts`;
// tests/catalogue-tokens.test.ts fails while the file is out of date.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CLASS, Compose, FOLD, isDiacritic, Kind, SCRIPT } from '../lib/catalogue/charclass.js';
import { MARK_FLAGS } from '../lib/catalogue/marks.js';
import { Info, Unit } from '../lib/catalogue/tokens.js';

const target = fileURLToPath(new URL('../lib/catalogue/units.generated.ts', import.meta.url));

/** The table entry of every code unit (see Unit in tokens.ts). */
/**
 * The code units that make one character with the unit before them (Compose.JoinsPrevious) and
 * those such a unit joins (Compose.TakesNext), read off the canonical decompositions of this
 * Node's Unicode data: for each character that NFC keeps, each unit of its decomposition (NFD)
 * past the first joins the one before it — alef and U+0653 for "آ", Bengali U+09C7 and U+09BE for
 * "ো", か and U+3099 for "が", Hangul jamo L, V and T for "각" (each unit of a jamo run takes the
 * next). A composition excluded from NFC ("क़", U+0958) is none. Left out: the diacritics
 * U+0300–U+036F, which are part of any letter before them (isDiacritic); units past the BMP (the
 * tables are of code units); and units of no word (class Other: Myanmar, Balinese).
 */
export function compositions(): Uint8Array {
  const compose = new Uint8Array(0x10000);
  for (let cp = 0; cp < 0x10000; cp++) {
    if (cp >= 0xd800 && cp < 0xe000) continue;
    const ch = String.fromCharCode(cp);
    const parts = ch.normalize('NFD');
    if (ch.normalize('NFC') !== ch || parts === ch) continue;
    for (let j = 1; j < parts.length; j++) {
      const a = parts.charCodeAt(j - 1);
      const b = parts.charCodeAt(j);
      if (isDiacritic(b) || CLASS[a] === Kind.Other || CLASS[b] === Kind.Other) continue;
      compose[a] |= Compose.TakesNext;
      compose[b] |= Compose.JoinsPrevious;
    }
  }
  return compose;
}

export function unitTable(): Int32Array {
  const compose = compositions();
  const byClass = new Int32Array(Kind.Ideo + 1);
  for (let k = 0; k <= Kind.Ideo; k++) {
    const digit = k === Kind.Digit ? Unit.Digit : 0;
    const notLower = k !== Kind.Lower ? Unit.NotLower : 0;
    const breaks = k === Kind.Other || k === Kind.Ideo ? Unit.Breaks : 0;
    byClass[k] = k | digit | notLower | breaks | Info.GapPunct;
  }
  const table = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const marked = MARK_FLAGS[c] !== 0 ? Unit.Marked : 0;
    const nonAscii = c >= 128 ? Unit.NonAscii : 0;
    const joins = (compose[c] & Compose.JoinsPrevious) !== 0 ? Unit.JoinsPrevious : 0;
    const takes = (compose[c] & Compose.TakesNext) !== 0 ? Unit.TakesNext : 0;
    table[c] = byClass[CLASS[c]] | nonAscii | marked | joins | takes | (SCRIPT[c] << Info.ScriptShift) | foldStep(c, FOLD[c]);
  }
  // ’ folds to ' in the hash (the two read as one).
  table[0x2019] = (table[0x2019] & 0xffff) | foldStep(0x2019, 39);
  const gap = (flags: number, units: number[]) => {
    for (const c of units) table[c] = (table[c] & ~Info.GapMask) | flags;
  };
  gap(Info.GapSpace, [32, 9, 0xa0, 0x202f, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x3000]);
  gap(Info.GapLine | Info.GapSpace, [10, 13, 0x2028, 0x2029, 11, 12]);
  gap(Info.GapEnd, [46, 33, 63, 0x2026, 0x3002, 0xff01, 0xff1f]);
  return table;
}

/** The fold of c as the table holds it: the step from c to its fold, modulo 2^16. */
function foldStep(c: number, fold: number): number {
  return ((fold - c) & 0xffff) << Unit.FoldShift;
}

export function unitsSource(): string {
  const table = unitTable();
  // The distinct entries, commonest first (the most runs then have an index of one character).
  const runsOf = new Map<number, number>();
  for (let c = 0; c < table.length; c++) if (c === 0 || table[c] !== table[c - 1]) runsOf.set(table[c], (runsOf.get(table[c]) ?? 0) + 1);
  const values = [...runsOf.keys()].sort((a, b) => runsOf.get(b)! - runsOf.get(a)! || a - b);
  const index = new Map(values.map((v, k) => [v, k]));
  let runs = '';
  for (let c = 0; c < table.length; ) {
    let e = c + 1;
    while (e < table.length && table[e] === table[c]) e++;
    runs += encodeNumber(index.get(table[c])!) + encodeNumber(e - c);
    c = e;
  }
  const hex = (v: number) => `0x${(v >>> 0).toString(16)}`;
  const rows: string[] = [];
  for (let i = 0; i < values.length; i += 12) rows.push(`  ${values.slice(i, i + 12).map(hex).join(', ')},`);
  const chunks: string[] = [];
  for (let i = 0; i < runs.length; i += 96) chunks.push(`  ${JSON.stringify(runs.slice(i, i + 96))} +`);
  chunks[chunks.length - 1] = chunks[chunks.length - 1].slice(0, -2) + ';';
  const compose = compositions();
  const ranges: number[] = [];
  for (let c = 0; c < compose.length; c++) {
    if (compose[c] !== 0 && (c === 0 || compose[c] !== compose[c - 1])) ranges.push(c, c, compose[c]);
    else if (compose[c] !== 0) ranges[ranges.length - 2] = c;
  }
  const composeRows: string[] = [];
  for (let i = 0; i < ranges.length; i += 12) composeRows.push(`  ${ranges.slice(i, i + 12).map((v, k) => ((i + k) % 3 === 2 ? String(v) : hex(v))).join(', ')},`);
  return [
    '// Generated by scripts/generate-units.ts from the character tables (charclass.ts, marks.ts) and the canonical compositions: do not edit.',
    "// The word scan's entry for each UTF-16 code unit (Unit in tokens.ts), as runs of equal entries.",
    '/** The distinct entries, commonest first. */',
    'export const UNIT_VALUES: readonly number[] = [',
    ...rows,
    '];',
    '/** From U+0000 on, each run as two numbers: the index of its entry in UNIT_VALUES, then its length (see encodeNumber in scripts/generate-units.ts). */',
    'export const UNIT_RUNS =',
    ...chunks,
    '/** The units of canonical compositions (Compose in charclass.ts; see compositions in scripts/generate-units.ts), as from, to (inclusive), Compose bits. */',
    'export const COMPOSE_RANGES: readonly number[] = [',
    ...composeRows,
    '];',
    '',
  ].join('\n');
}

/**
 * n in the characters U+003F to U+007E, five bits a character from the highest, each but the
 * last with 32 added (what unitTable in tokens.ts reads).
 */
function encodeNumber(n: number): string {
  let out = String.fromCharCode(63 + (n & 31));
  for (n >>>= 5; n > 0; n >>>= 5) out = String.fromCharCode(63 + 32 + (n & 31)) + out;
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(target, unitsSource());
  console.log(`lib/catalogue/units.generated.ts: ${unitsSource().split('\n').length} lines`);
}
