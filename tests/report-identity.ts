// The report-identity corpus: inputs whose reports must stay byte for byte the same unless a change
// to the findings is meant. Speed work (lib/catalogue, lib/segmentation, the engine, the readers)
// must not move a finding; tests/report-identity.test.ts compares every report with the digest
// stored in tests/report-identity.json, and `npm run identity:update` rewrites that file when
// findings change on purpose.
//
// A digest keeps the repository small and a diff readable: the SHA-256 of the whole report JSON
// (so nothing escapes), the language and summary, and one line per finding (position, rule, the
// flagged text, and a short hash of the finding's JSON, so a changed message or fix shows as the
// line of that finding).

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBytes, type CheckOptions } from '../lib/check.js';
import { applyEdits, buildPatch, collectEdits } from '../lib/fix.js';
import { LANGUAGES } from '../lib/languages/index.js';
import type { Report } from '../lib/types.js';
import { adversarialInputs, evalItems, longParagraphs, sampleLines, type EvalItem } from '../scripts/inputs.js';
import { examplesOfLanguage } from './examples.js';
import { RENDERINGS } from '../scripts/render-formats.js';
import { XML_RENDERINGS } from '../scripts/render-formats-xml.js';

const root = fileURLToPath(new URL('..', import.meta.url));
export const EXPECTED_FILE = path.join(root, 'tests/report-identity.json');
export const UPDATE_COMMAND = 'npm run identity:update';

export interface IdentityInput {
  /** Stable, readable name: what the input is and how it is checked. */
  id: string;
  bytes: Uint8Array;
  options: CheckOptions;
  /** Inputs built from ../shared/eval/ are missing where that data is. */
  fromEval?: boolean;
}

export interface Digest {
  /** SHA-256 of the input's bytes (and options): tells a changed input from a changed report. */
  input: string;
  /** SHA-256 of JSON.stringify(report). */
  report: string;
  language: string;
  summary: string;
  /** One line per finding, in report order; past MAX_LINES, the rest as a count and a hash. */
  findings: string[];
}

const MAX_LINES = 150;
const utf8 = (s: string) => new TextEncoder().encode(s);
const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

export function digest(input: IdentityInput, report: Report): Digest {
  const json = JSON.stringify(report);
  const l = report.language;
  const s = report.summary;
  const lines = report.findings.map((f) => {
    const flagged = f.excerpt.text.slice(f.excerpt.start, f.excerpt.end);
    const shown = flagged.length > 40 ? `${flagged.slice(0, 39)}…` : flagged;
    return `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule} “${shown}” ${sha256(JSON.stringify(f)).slice(0, 8)}`;
  });
  const findings = lines.length <= MAX_LINES ? lines : [...lines.slice(0, MAX_LINES), `… ${lines.length - MAX_LINES} more, ${sha256(lines.slice(MAX_LINES).join('\n')).slice(0, 8)}`];
  return {
    // The patch option is hashed as `true`, as it was written before it became the patch builder
    // itself, so that the stored digests still name the same inputs.
    input: sha256(JSON.stringify(input.options, (_, v: unknown) => (v instanceof Uint8Array ? sha256(v) : typeof v === 'function' ? true : v)) + sha256(input.bytes)),
    report: sha256(json),
    language: report.status === 'error' ? `error ${report.error?.code}` : l ? `${l.code} ${l.source} ${l.confidence} ${l.script}${l.mixture ? ` mixture ${l.mixture.map((m) => `${m.code}:${m.share}`).join(',')}` : ''}` : '',
    summary: s ? `${s.findings} findings, ${s.words} words, ${s.sentences} sentences${s.truncated ? ', truncated' : ''}${report.ruleErrors ? `, rule errors: ${report.ruleErrors.map((e) => e.rule).join(',')}` : ''}` : '',
    findings,
  };
}

export function checkInput(input: IdentityInput): Report {
  return checkBytes(input.bytes, input.options);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = path.join(dir, name);
      return statSync(p).isDirectory() ? filesUnder(p) : [p];
    });
}

/** Every input of the corpus, in a fixed order. */
export function identityCorpus(): IdentityInput[] {
  const inputs: IdentityInput[] = [];
  // The id is the file name (which picks the reader, as on the command line) and the options.
  const add: Add = (name, content, options = {}, fromEval = false) => {
    const flags = [options.lang && `--lang ${options.lang}`, options.sourceDocument && `--source ${options.sourceDocument.name}`, options.patch && '--patch', options.maxBytes && `--max-bytes ${options.maxBytes}`];
    const id = [name, ...flags.filter(Boolean)].join(' ');
    inputs.push({ id, bytes: typeof content === 'string' ? utf8(content) : content, options: { name, ...options }, fromEval });
  };

  // The seed: detected, forced, with the patch of its safe fixes, as a bilingual pair with its
  // repaired self as the source, and in other encodings and line ends.
  const seedPath = path.join(root, 'seeds/000_3bf6eb0c58bdff8a.txt');
  const seed = readFileSync(seedPath, 'utf8');
  add('seed.txt', seed);
  add('seed.txt', seed, { lang: 'en', patch: buildPatch });
  add('seed.txt', seed, { lang: 'de' });
  const repaired = applyEdits(seed, collectEdits(checkBytes(utf8(seed), { name: 'seed.txt' }).findings, true));
  add('seed.txt', seed, { sourceDocument: { bytes: utf8(repaired), name: 'seed-repaired.txt', lang: 'en' } });
  add('seed-crlf.txt', seed.replace(/\n/g, '\r\n'));
  add('seed-utf16le.txt', new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(seed, 'utf16le'))]));

  // Every fixture file, checked as the CLI checks it.
  const fixtures = path.join(root, 'tests/fixtures');
  for (const file of filesUnder(fixtures)) add(`fixtures/${path.relative(fixtures, file).split(path.sep).join('/')}`, readFileSync(file));

  // The seed rendered into each format, as the format tests render it.
  const paragraphs = seed.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  for (const [name, render] of RENDERINGS) add(`rendering/${name}`, render(paragraphs));
  const pairs = seed
    .split('\n')
    .map((line, i) => ({ target: line, source: repaired.split('\n')[i] }))
    .filter((p) => p.target.trim() !== '');
  for (const [name, render] of XML_RENDERINGS) add(`rendering/${name}`, render(pairs));

  // Inputs that are refused: each error report is part of the contract too.
  add('error/empty.txt', '');
  add('error/binary.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3]));
  add('error/invalid-utf8.txt', new Uint8Array([0x61, 0x62, 0xc3, 0x28, 0x63]));
  add('error/too-large.txt', seed, { maxBytes: 100 });
  add('error/broken.xlf', '<xliff version="1.2"><file><body><trans-unit id="1"><target>Hi</trans-unit></body></file></xliff>');

  // Adversarial inputs (the benchmark's, at 100 kB): caps, huge tokens, no line end.
  for (const [name, text] of adversarialInputs(100_000, seed)) add(`adversarial/${name}.txt`, text, { lang: 'en' });
  // Past the findings cap (a finding on each of 12,000 lines): which findings are kept, the rest
  // of the rules stopped early, and the report marked truncated.
  add('adversarial/over the findings cap.txt', 'Yes,, we can (really.\n'.repeat(12_000), { lang: 'en' });

  // Mixed languages from the registry's own example sentences: every language a paragraph of its
  // own (detected), and English with a sentence of every other language planted in it.
  const examples = LANGUAGES.map((l) => examplesOfLanguage(l.code).join(' '));
  add('mixed/registry-examples.txt', examples.join('\n'));
  const english = examplesOfLanguage('en');
  add(
    'mixed/english-with-planted.txt',
    LANGUAGES.filter((l) => l.code !== 'en')
      .map((l, i) => `${english[i % english.length]} ${examplesOfLanguage(l.code)[0]} ${english[(i + 1) % english.length]}`)
      .join('\n'),
    { lang: 'en' },
  );

  // Real text from ../shared/eval/ (read at run time, never copied): the labelled MT output per
  // language, with and without its source, and samples of the clean human text.
  addEval(add);
  return inputs;
}

type Add = (name: string, content: string | Uint8Array, options?: CheckOptions, fromEval?: boolean) => void;

function byKey(items: EvalItem[], key: (it: EvalItem) => string): Map<string, EvalItem[]> {
  const groups = new Map<string, EvalItem[]>();
  for (const it of items) groups.set(key(it), [...(groups.get(key(it)) ?? []), it]);
  return groups;
}

function addEval(add: Add): void {
  for (const file of ['dev.jsonl', 'dev-multi.jsonl']) {
    const items = evalItems(file);
    for (const [lang, group] of byKey(items, (it) => it.lang)) {
      add(`eval/${file}.${lang}.txt`, group.map((it) => it.text).join('\n'), { lang }, true);
    }
    // With the source, by language pair (the id reads wmt22/<src>-<tgt>/…), as score.mjs --with-source.
    for (const [pair, group] of byKey(items.filter((it) => it.src !== undefined), (it) => it.id.split('/')[1])) {
      const [srcLang, lang] = pair.split('-');
      const source = { bytes: utf8(group.map((it) => it.src!.replace(/\n/g, ' ')).join('\n')), name: `${file}.${pair}.source.txt`, lang: srcLang };
      add(`eval/${file}.${pair}.txt`, group.map((it) => it.text).join('\n'), { lang, sourceDocument: source }, true);
    }
  }
  const clean = evalItems('dev-clean.jsonl').map((it) => it.text);
  if (clean.length > 0) {
    const en = sampleLines(clean, 150_000);
    add('eval/dev-clean.en.txt', en, { lang: 'en' }, true);
    add('eval/dev-clean.en-long-paragraphs.txt', longParagraphs(en), {}, true);
  }
  const multi = evalItems('dev-clean-multi.jsonl');
  if (multi.length > 0) {
    const perLanguage = [...byKey(multi, (it) => it.lang)].map(([lang, group]) => [lang, sampleLines(group.map((it) => it.text), 40_000)] as const);
    for (const [lang, text] of perLanguage) add(`eval/dev-clean-multi.${lang}.txt`, text, { lang }, true);
    // All five languages interleaved line by line, detected: a mixed document.
    const lines = perLanguage.map(([, text]) => text.split('\n'));
    const interleaved: string[] = [];
    for (let i = 0; i < Math.max(...lines.map((l) => l.length)); i++) for (const l of lines) if (i < l.length) interleaved.push(l[i]);
    add('eval/dev-clean-multi.mixed.txt', interleaved.join('\n'), {}, true);
    add('eval/dev-clean-multi.mixed-long-paragraphs.txt', longParagraphs(interleaved.join('\n')), {}, true);
  }
}

export function readExpected(): Record<string, Digest> {
  try {
    return JSON.parse(readFileSync(EXPECTED_FILE, 'utf8')) as Record<string, Digest>;
  } catch {
    return {};
  }
}
