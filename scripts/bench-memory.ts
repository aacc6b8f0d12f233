// Child of scripts/bench.ts (memory section): checks FILE stage by stage in a fresh process and
// prints, as JSON, how much each stage raised the process's peak RSS (MiB): reading the bytes,
// decoding, the format reader, the context (language, line index), each shared scan, each rule.
// No forced garbage collection: garbage left by one stage counts where the heap grows for it.
import { readFileSync } from 'node:fs';
import { CheckContext } from '../lib/context.js';
import { decode } from '../lib/decode.js';
import { ruleApplies } from '../lib/engine.js';
import { chooseFormat } from '../lib/formats/index.js';
import { RULES } from '../lib/rules/index.js';
import { peakRssKiB } from './bench-rusage.mjs';

const file = process.argv[2];
const stages: Array<[string, number]> = [];
let last = peakRssKiB();
const stage = (name: string) => {
  const now = peakRssKiB();
  stages.push([name, (now - last) / 1024]);
  last = now;
};
stages.push(['process before the check', last / 1024]);
const bytes = readFileSync(file);
stage('input bytes');
const { text } = decode(bytes);
stage('decoded text');
const read = chooseFormat(file, text).read(text);
stage('format reader');
const ctx = new CheckContext(read.text);
stage('context: language, line index');
for (const [name, scan] of [
  ['tokens and marks', () => ctx.tokens],
  ['mojibake', () => ctx.mojibake],
  ['boundaries', () => ctx.boundaries],
  ['layout', () => ctx.segmentPerLine],
  ['document language', () => ctx.documentLanguage],
] as const) {
  scan();
  stage(`scan: ${name}`);
}
for (const rule of RULES) {
  if (!ruleApplies(rule, ctx)) continue;
  rule.check(ctx, () => {});
  stage(`rule: ${rule.meta.id}`);
}
process.stdout.write(JSON.stringify({ stages, peak: peakRssKiB() / 1024 }));
