// Repetition recall and precision measured on real text: loops, repeated sentences and doubled
// words planted into clean human references (../shared/eval, beside the checkout; read, never
// copied), the way MT decoders produce them. Deterministic: a seeded generator picks the lines
// and the plants.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/engine.js';
import { RULES } from '../lib/rules/index.js';
import { random } from './seeded-random.js';

const evalDir = fileURLToPath(new URL('../../shared/eval/', import.meta.url));
const files = ['dev-clean.jsonl', 'dev-clean-multi.jsonl'].map((f) => evalDir + f);
const haveEval = files.every((f) => existsSync(f));
const repetition = RULES.filter((r) => r.meta.category === 'repetition');

interface Planted {
  text: string;
  start: number;
  end: number;
}

/** A phrase of one to three words repeated to three or four copies, or the first sentence said twice, or a word doubled. */
function plant(line: string, rnd: () => number): Planted | undefined {
  const words = [...line.matchAll(/\p{L}+/gu)].map((m) => [m.index!, m.index! + m[0].length]);
  if (words.length < 8) return undefined;
  const kind = rnd();
  if (kind < 0.5) {
    const p = 1 + Math.floor(rnd() * 3);
    const k = Math.floor(rnd() * (words.length - p));
    const from = words[k][0];
    const unit = line.slice(from, words[k + p][0]); // the phrase and what separates it from the next word
    if (!/^[\p{L} ]+$/u.test(unit)) return undefined;
    const copies = 3 + Math.floor(rnd() * 2);
    const loop = unit.repeat(copies);
    return { text: line.slice(0, from) + loop + line.slice(from + unit.length), start: from, end: from + loop.length };
  }
  if (kind < 0.75) {
    const end = line.search(/\p{Ll}[.!?](\s|$)/u) + 1;
    if (end < 30) return undefined;
    const sentence = line.slice(0, end + 1);
    return { text: `${sentence} ${line}`, start: 0, end: 2 * sentence.length + 1 };
  }
  const k = 1 + Math.floor(rnd() * (words.length - 2));
  const [s, e] = words[k];
  const word = line.slice(s, e);
  if (word.length < 2 || line[e] !== ' ') return undefined;
  return { text: `${line.slice(0, e)} ${word}${line.slice(e)}`, start: s, end: e + word.length + 1 };
}

describe.skipIf(!haveEval)('repetition on loops planted in clean references', () => {
  // Vitest runs a skipped describe's body too, to list its tests: read nothing where the data is absent.
  const items = (haveEval ? files : []).flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { lang: string; text: string }),
  );
  const langs = [...new Set(items.map((it) => it.lang))];

  it.each(langs)('%s: recall and precision ≥ 0.9', (lang) => {
    const rnd = random(lang.charCodeAt(0) * 31 + lang.charCodeAt(1));
    const lines = items.filter((it) => it.lang === lang && !it.text.includes('\n'));
    const planted: Planted[] = [];
    for (let tries = 0; planted.length < 400 && tries < 20_000; tries++) {
      const p = plant(lines[Math.floor(rnd() * lines.length)].text, rnd);
      if (p) planted.push(p);
    }
    // One document, one planted line per line, as a segment-per-line file is checked.
    let offset = 0;
    const spans = planted.map((p) => {
      const span = { start: offset + p.start, end: offset + p.end };
      offset += p.text.length + 1;
      return span;
    });
    const findings = analyse(planted.map((p) => p.text).join('\n'), { lang, rules: repetition }).findings;
    const hit = (f: { start: number; end: number }, s: { start: number; end: number }) => f.start < s.end && s.start < f.end;
    const found = spans.filter((s) => findings.some((f) => hit(f, s))).length;
    const right = findings.filter((f) => spans.some((s) => hit(f, s))).length;
    const recall = found / spans.length;
    const precision = findings.length === 0 ? 1 : right / findings.length;
    expect({ lang, recall: recall >= 0.9, precision: precision >= 0.9 }, `recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}`).toEqual({
      lang,
      recall: true,
      precision: true,
    });
  });
});
