// npm run synthetic-breaks [-- FILE.jsonl]: recall on breaks injected into clean human text, per
// language. The labelled dev set is English only; this shows how the abbreviation and one-letter
// word knowledge of the other profiles holds up. In a sample of the clean items (default: both
// ../shared/eval/dev-clean*.jsonl) it puts a period before one lowercase word in the middle of a
// sentence ("cooperation in the" → "cooperation. in the") and checks that a segmentation finding
// starts at it. Lists the words before the misses. Deterministic (fixed seed).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyse } from '../lib/engine.js';

const evalDir = fileURLToPath(new URL('../../shared/eval/', import.meta.url));
const files = process.argv.slice(2).length ? process.argv.slice(2) : ['dev-clean.jsonl', 'dev-clean-multi.jsonl'].map((f) => evalDir + f);
const SAMPLE = 0.15;

let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;

interface Case {
  text: string;
  at: number;
  before: string;
}

const byLang = new Map<string, Case[]>();
for (const file of files) {
  if (!existsSync(file)) {
    console.error(`${file}: not found`);
    process.exitCode = 2;
    continue;
  }
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const { lang, text } = JSON.parse(line) as { lang: string; text: string };
    if (text.length < 60 || random() > SAMPLE) continue;
    const gaps: Array<[number, string]> = [];
    const word = /(\p{L}[\p{L}\p{N}'’-]*) (?=\p{Ll})/gu;
    for (let m = word.exec(text); m; m = word.exec(text)) if (m.index > 10) gaps.push([m.index + m[1].length, m[1]]);
    if (gaps.length === 0) continue;
    const [at, before] = gaps[Math.floor(random() * gaps.length)];
    const cases = byLang.get(lang) ?? [];
    cases.push({ text: `${text.slice(0, at)}.${text.slice(at)}`, at, before });
    byLang.set(lang, cases);
  }
}

for (const [lang, cases] of [...byLang].sort()) {
  const starts: number[] = [];
  let offset = 0;
  for (const c of cases) {
    starts.push(offset + c.at);
    offset += c.text.length + 1;
  }
  const text = cases.map((c) => c.text).join('\n');
  const found = new Set(analyse(text, { lang }).findings.filter((f) => f.category === 'segmentation').map((f) => f.start));
  const missed = new Map<string, number>();
  cases.forEach((c, i) => {
    if (!found.has(starts[i])) missed.set(c.before.toLowerCase(), (missed.get(c.before.toLowerCase()) ?? 0) + 1);
  });
  const misses = [...missed.values()].reduce((a, b) => a + b, 0);
  const top = [...missed].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([w, n]) => `${w}×${n}`);
  console.log(`${lang.padEnd(3)} recall ${((cases.length - misses) / cases.length).toFixed(3)} (${cases.length - misses}/${cases.length})  missed after: ${top.join(' ')}`);
}
