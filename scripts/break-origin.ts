// How well mtqa tells a sentence break copied from the source from one the translation invented,
// on the labelled WMT data in ../shared/eval (gold BREAK-SRC: the source has the same wrong break;
// BREAK: it has none). Each file's items are grouped by language pair and checked against their
// sources line by line, as `score.mjs --with-source` does; a segmentation finding within 3
// characters of a labelled break says "copied" when its `data.sourceBreak` is "same".
//
// usage: npm run break-origin [-- FILE.jsonl…]   (default: dev.jsonl and dev-multi.jsonl)
// Prints per file and in total: breaks found, accuracy of copied-vs-invented on them, confusion.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkText } from '../lib/check.js';
import type { Finding } from '../lib/types.js';

interface Gold {
  start: number;
  end: number;
  label: string;
}
interface Item {
  id: string;
  lang: string;
  src: string;
  text: string;
  gold: Gold[];
}

const TOL = 3;
const evalDir = fileURLToPath(new URL('../../shared/eval/', import.meta.url));
const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : [`${evalDir}dev.jsonl`, `${evalDir}dev-multi.jsonl`];

/** WMT ids read wmtNN/<sl>-<tl>/…: the source language of an item. */
const sourceLang = (it: Item) => (it.id.split('/')[1] ?? '').split('-')[0];

/** Segmentation findings per item, from one bilingual check per language pair. */
function findingsByItem(items: Item[]): Map<string, Finding[]> {
  const groups = new Map<string, Item[]>();
  for (const it of items) {
    const key = `${sourceLang(it)}-${it.lang}`;
    groups.set(key, [...(groups.get(key) ?? []), it]);
  }
  const out = new Map<string, Finding[]>();
  for (const group of groups.values()) {
    const text = group.map((it) => it.text).join('\n') + '\n';
    const source = group.map((it) => it.src.replace(/[\r\n]+/g, ' ')).join('\n') + '\n';
    const report = checkText(text, {
      lang: group[0].lang,
      sourceDocument: { bytes: new TextEncoder().encode(source), name: 'source.txt', lang: sourceLang(group[0]) },
    });
    if (report.status !== 'ok') throw new Error(report.error?.message);
    const starts: number[] = [];
    let offset = 0;
    for (const it of group) {
      starts.push(offset);
      out.set(it.id, []);
      offset += it.text.length + 1;
    }
    for (const f of report.findings) {
      if (f.category !== 'segmentation') continue;
      let k = starts.length - 1;
      while (starts[k] > f.start) k--;
      out.get(group[k].id)!.push({ ...f, start: f.start - starts[k], end: f.end - starts[k] });
    }
  }
  return out;
}

const near = (f: Finding, g: Gold) => f.start < g.end + TOL && g.start - TOL < Math.max(f.end, f.start + 1);

const total = { right: 0, found: 0, labelled: 0 };
for (const file of files) {
  const items: Item[] = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const found = findingsByItem(items.filter((it) => it.src !== undefined));
  // confusion[gold][predicted]
  const confusion: Record<string, Record<string, number>> = { BREAK: { copied: 0, invented: 0 }, 'BREAK-SRC': { copied: 0, invented: 0 } };
  let labelled = 0;
  const wrong: string[] = [];
  for (const it of items) {
    for (const g of it.gold) {
      if (g.label !== 'BREAK' && g.label !== 'BREAK-SRC') continue;
      labelled++;
      const f = (found.get(it.id) ?? []).find((x) => near(x, g));
      if (!f) continue;
      const predicted = f.data?.sourceBreak === 'same' ? 'copied' : 'invented';
      confusion[g.label][predicted]++;
      if ((predicted === 'copied') !== (g.label === 'BREAK-SRC')) wrong.push(`  ${g.label} read as ${predicted}: ${it.id} @${g.start} …${it.text.slice(Math.max(0, g.start - 30), g.end + 25)}…`);
    }
  }
  const right = confusion.BREAK.invented + confusion['BREAK-SRC'].copied;
  const n = right + confusion.BREAK.copied + confusion['BREAK-SRC'].invented;
  total.right += right;
  total.found += n;
  total.labelled += labelled;
  console.log(`${file.split('/').pop()}: ${n} of ${labelled} labelled breaks found; copied-vs-invented accuracy ${(right / (n || 1)).toFixed(3)}`);
  console.log(`  BREAK: ${confusion.BREAK.invented} invented, ${confusion.BREAK.copied} read as copied; BREAK-SRC: ${confusion['BREAK-SRC'].copied} copied, ${confusion['BREAK-SRC'].invented} read as invented`);
  if (process.env.VERBOSE) console.log(wrong.join('\n'));
}
console.log(`all: ${total.found} of ${total.labelled} labelled breaks found; accuracy=${(total.right / (total.found || 1)).toFixed(3)}`);
