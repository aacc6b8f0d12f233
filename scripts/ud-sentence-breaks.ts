// npx tsx scripts/ud-sentence-breaks.ts FILE.conllu…: the sentence-break findings (stray-sentence-break,
// stranded-fragment) on human text of Universal Dependencies treebanks, per 10,000 words: each is a
// false alarm, bar the few sentences a treebank splits wrongly. Give it the test splits that
// scripts/ud-abbreviations.py holds out (see there): of a language with two treebanks or more, its
// PUD or else the one with the smallest test split; of a language with one, its test split.
//
// Per treebank, its first SENTENCES sentences (the `# text` lines) in documents of DOCUMENT
// sentences, joined by spaces as a paragraph is; the language is the code the file name starts
// with (UD's "no" is nb), and only registry languages are read. UD_VERBOSE=1 prints each finding in
// its context.
import { readFileSync } from 'node:fs';
import { analyse } from '../lib/engine.js';
import { languageFor } from '../lib/languages/index.js';
import { RULES } from '../lib/rules/index.js';

const SENTENCES = 1500;
const DOCUMENT = 30;
const UD_CODES: Record<string, string> = { no: 'nb' };
const BREAK_RULES = RULES.filter((r) => r.meta.id === 'stray-sentence-break' || r.meta.id === 'stranded-fragment');

const rows = new Map<string, { treebanks: string[]; words: number; findings: number }>();
for (const file of process.argv.slice(2)) {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const ud = name.split('_')[0];
  const lang = UD_CODES[ud] ?? ud;
  if (!languageFor(lang)) continue;
  const sentences = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('# text = '))
    .slice(0, SENTENCES)
    .map((l) => l.slice('# text = '.length).trim());
  const row = rows.get(lang) ?? { treebanks: [], words: 0, findings: 0 };
  row.treebanks.push(name.replace(/-ud-test\.conllu$/, ''));
  for (let i = 0; i < sentences.length; i += DOCUMENT) {
    const text = sentences.slice(i, i + DOCUMENT).join(' ');
    row.words += text.split(/\s+/).filter(Boolean).length;
    for (const f of analyse(text, { lang, rules: BREAK_RULES }).findings) {
      row.findings++;
      if (process.env.UD_VERBOSE) console.log(`${lang} ${f.rule}: …${text.slice(Math.max(0, f.start - 40), f.end + 30)}…`);
    }
  }
  rows.set(lang, row);
}
let words = 0;
let findings = 0;
for (const [lang, row] of [...rows].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (row.words === 0) continue;
  console.log(`${lang.padEnd(4)}${String(row.words).padStart(8)}${String(row.findings).padStart(6)}${((row.findings / row.words) * 1e4).toFixed(2).padStart(8)}  ${row.treebanks.join(' ')}`);
  words += row.words;
  findings += row.findings;
}
console.log(`all ${String(words).padStart(8)}${String(findings).padStart(6)}${((findings / words) * 1e4).toFixed(2).padStart(8)}`);
