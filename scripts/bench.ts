// npm run bench: what the checker costs, next to one regex pass over the same text in the same run.
// MB = 10^6 bytes of UTF-8 input; times are CPU time (process.cpuUsage / resourceUsage: user +
// system, all threads), which a shared machine disturbs less than wall time. Every figure is
// measured several times and printed as median (min–max), so the noise is on the page; ratios taken
// in the same run hold better than absolute figures.
//
// Prose is built at run time from the clean human text of ../shared/eval/ (never copied into the
// project): English, mixed de/cs/ru/uk/hr, and the mixed prose with 20 lines to a paragraph.
//
//   npm run bench                      1, 10 and 30 MB (a few minutes on an idle machine)
//   npm run bench -- --full            also 100 MB
//   npm run bench -- --only=scans,process   some sections: scans, scaling, process, repeat, memory, formats, adversarial
//
// Sections:
// - scans and rules: MB/s of each shared scan (language detection and line index, tokens, marks,
//   mojibake, boundaries, layout, document language) and of each rule on a context whose scans are
//   done, at 10 MB; analyse() whole, its first call and warm calls apart, and the naive regex beside them.
// - scaling: analyse() from 1 to 30 (100) MB, and its ratio to the naive regex at each size.
// - whole process: `mtqa check --format json FILE` against a node process running only the naive
//   regex over the same file; CPU of each process, peak RSS against 3 × input + 150 MiB, and minor
//   page faults per MB (touching a fresh page costs about 14 µs on these machines).
// - repeat: the same 3 MB file checked again and again in one process, as a CLI call with many files
//   or a warm Lambda does, in every format: each check must cost what the first warm one did (a
//   V8 pathology once made the text reader 100× slower from the fifth check on).
// - memory: what each stage of a 30 MB check (reading, decoding, the reader, each scan and rule)
//   adds to the peak RSS of a fresh process.
// - formats: the same prose as plain text and rendered into every format mtqa reads, checked end
//   to end from the file (read, rules, findings mapped back), and a 48 MB XLIFF next to 50 MB of text.
// - adversarial 1 MB inputs.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBytes, MAX_INPUT_BYTES } from '../lib/check.js';
import { CheckContext } from '../lib/context.js';
import { analyse, ruleApplies } from '../lib/engine.js';
import { RULES } from '../lib/rules/index.js';
import { adversarialInputs, evalItems, longParagraphs, repeatTo, sampleLines } from './inputs.js';
import { RENDERINGS } from './render-formats.js';
import { toXliff12, XML_RENDERINGS, type Paragraph } from './render-formats-xml.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const MB = 1e6;
const MiB = 2 ** 20;
const args = process.argv.slice(2);
const full = args.includes('--full');
const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const SECTIONS = ['scans', 'scaling', 'process', 'repeat', 'memory', 'formats', 'adversarial'];
const USAGE = `usage: npm run bench [-- --full] [-- --only=SECTION,…]\n  --full  also 100 MB\n  sections: ${SECTIONS.join(', ')}`;
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
// A mistyped section or option would otherwise run the whole bench (minutes) or measure nothing.
const unknown = [...args.filter((a) => a !== '--full' && !a.startsWith('--only=')), ...(only ?? []).filter((s) => !SECTIONS.includes(s))];
if (unknown.length > 0) {
  console.error(`bench: unknown ${unknown.join(', ')}\n${USAGE}`);
  process.exit(2);
}
const wanted = (section: string) => !only || only.includes(section);
const SIZES = full ? [1, 10, 30, 100] : [1, 10, 30];
/** Repetitions of each measurement (after one untimed warm-up run in-process). */
const RUNS = 3;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** The naive detector of the issue: a sentence mark after a letter or digit, then a lowercase word. */
const NAIVE = /([\p{L}\p{N}])([.!?])["”’)\]]*\s+(?=\p{Ll})/gu;
function naivePass(text: string): number {
  let n = 0;
  NAIVE.lastIndex = 0;
  while (NAIVE.exec(text)) n++;
  return n;
}

// ---------------------------------------------------------------------------------------------
// Measuring

interface Stats {
  min: number;
  median: number;
  max: number;
}

function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], median: s[s.length >> 1], max: s[s.length - 1] };
}

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};

/** CPU seconds of `runs` calls of fn after one untimed call (the JIT's; not for long calls, which warm up within). */
function cpu(fn: () => unknown, runs = RUNS, warmUp = true): Stats {
  gc();
  if (warmUp) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    fn();
    times.push(cpuSeconds(c));
  }
  return stats(times);
}

/** Calls after the first that analyse()'s warm figure is the median of. */
const WARM_RUNS = 6;

/** CPU seconds of fn's first call in this process (compiled as it runs), and of WARM_RUNS calls after it. */
function coldAndWarm(fn: () => unknown): { cold: number; warm: Stats } {
  gc();
  const first = process.cpuUsage();
  fn();
  const cold = cpuSeconds(first);
  return { cold, warm: cpu(fn, WARM_RUNS, false) };
}

/** CPU seconds of `runs` calls of `measured`, each after its own untimed `prepare`. */
function cpuPrepared<T>(prepare: () => T, measured: (t: T) => unknown, runs = RUNS): Stats {
  gc();
  measured(prepare());
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = prepare();
    const c = process.cpuUsage();
    measured(t);
    times.push(cpuSeconds(c));
  }
  return stats(times);
}

/** Throughput: "median (min–max)" MB/s from CPU seconds; work under 0.2 ms is past what the clock tells. */
function rate(mb: number, s: Stats, width = 18): string {
  if (s.median < 2e-4) return `> ${(mb / 2e-4).toFixed(0)}`.padStart(width);
  const f = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
  return `${f(mb / s.median)} (${f(mb / s.max)}–${f(mb / Math.max(s.min, 2e-4))})`.padStart(width);
}
const ratio = (a: Stats, b: Stats) => (a.median / b.median).toFixed(2);
const pad = (s: string | number, n: number) => String(s).padStart(n);

interface Usage {
  cpu: number;
  maxRssMiB: number;
  minorFaults: number;
}

const work = mkdtempSync(path.join(tmpdir(), 'mtqa-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

/** Runs `node [nodeArgs…]` to its end and returns its CPU, peak RSS and minor page faults. */
function processUsage(nodeArgs: string[]): Usage {
  const file = path.join(work, 'rusage.json');
  try {
    execFileSync(process.execPath, ['--import', path.join(root, 'scripts/bench-rusage.mjs'), ...nodeArgs], {
      env: { ...process.env, MTQA_BENCH_RUSAGE: file },
      stdio: ['ignore', 'ignore', 'inherit'],
      maxBuffer: 1 << 30,
    });
  } catch (err) {
    // mtqa exits 1 when it has findings: that is a result, not a failure.
    if ((err as { status?: number }).status !== 1) throw err;
  }
  const u = JSON.parse(readFileSync(file, 'utf8')) as NodeJS.ResourceUsage & { peakRssKiB: number };
  return { cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, maxRssMiB: (u.peakRssKiB * 1024) / MiB, minorFaults: u.minorPageFault };
}

// ---------------------------------------------------------------------------------------------
// Inputs

const english = sampleLines(evalItems('dev-clean.jsonl').map((i) => i.text), MB);
const multi = sampleLines(evalItems('dev-clean-multi.jsonl').map((i) => i.text), MB);
if (!english || !multi) {
  console.error('npm run bench needs the clean text of ../shared/eval/ (dev-clean.jsonl, dev-clean-multi.jsonl).');
  process.exit(2);
}
const CORPORA: ReadonlyArray<[name: string, base: string]> = [
  ['English', english],
  ['mixed de/cs/ru/uk/hr', multi],
  ['mixed, long paragraphs', longParagraphs(multi)],
];
const sized = (base: string, mb: number) => repeatTo(base, mb * MB);
const megabytes = (text: string) => Buffer.byteLength(text) / MB;

const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
console.log(`mtqa bench: node ${process.version} ${process.arch}, ${availableParallelism()} cores, load average ${load()}`);
console.log(`CPU time; each figure median (min–max) of ${RUNS} runs after a warm-up unless said; MB = 10^6 bytes of UTF-8.`);
console.log('Prose from ../shared/eval clean human text (about 1 MB of lines, repeated); language detected as by `mtqa check`.');

// ---------------------------------------------------------------------------------------------
// Shared scans and rules, at 10 MB

if (wanted('scans')) {
  const SIZE = 10;
  console.log(`\nScans and rules at ${SIZE} MB: MB/s, median (min–max). A scan runs on a fresh context whose earlier scans are`);
  console.log('done; a rule on a context with every scan done (its own work only, not the findings it reports).');
  const texts = CORPORA.map(([, base]) => sized(base, SIZE));
  const mbs = texts.map(megabytes);
  const header = (first: string) => console.log(first.padEnd(36) + CORPORA.map(([name]) => name.padStart(24)).join(''));
  const row = (name: string, measure: (text: string) => Stats) => {
    const cells = texts.map((t, k) => rate(mbs[k], measure(t), 24));
    console.log(name.padEnd(36) + cells.join(''));
  };
  header('');
  const naive = texts.map((t) => cpu(() => naivePass(t)));
  // analyse() cold and warm, both printed: a whole `mtqa check` is one cold call, and the first few
  // calls in a process are the JIT's (a median of three after one warm-up was mostly that).
  const whole = texts.map((t) => coldAndWarm(() => analyse(t)));
  const single = (s: number): Stats => ({ min: s, median: s, max: s });
  console.log('naive regex'.padEnd(36) + naive.map((s, k) => rate(mbs[k], s, 24)).join(''));
  console.log('analyse(), all rules: first call'.padEnd(36) + whole.map(({ cold }, k) => rate(mbs[k], single(cold), 24)).join(''));
  console.log(`  then warm (${WARM_RUNS} calls)`.padEnd(36) + whole.map(({ warm }, k) => rate(mbs[k], warm, 24)).join(''));
  console.log('  first call ÷ naive regex (CPU)'.padEnd(36) + whole.map(({ cold }, k) => pad(`${ratio(single(cold), naive[k])}×`, 24)).join(''));
  console.log('  warm ÷ naive regex (CPU)'.padEnd(36) + whole.map(({ warm }, k) => pad(`${ratio(warm, naive[k])}×`, 24)).join(''));
  console.log('  (first call: cold only in the first column; the later corpora run code the earlier ones compiled)');

  // Each scan after the ones before it in this order (a scan reads those it needs).
  const SCANS: ReadonlyArray<[string, (ctx: CheckContext) => unknown]> = [
    // One walk over the text finds both (see tokenize).
    ['tokens and marks', (c) => c.tokens],
    ['mojibake', (c) => c.mojibake],
    ['boundaries', (c) => c.boundaries],
    ['layout (segment per line)', (c) => c.segmentPerLine],
    ['document language', (c) => c.documentLanguage],
  ];
  console.log('scans');
  row('  context: language, line index', (t) => cpu(() => new CheckContext(t)));
  SCANS.forEach(([name, scan], k) => {
    row(`  ${name}`, (t) =>
      cpuPrepared(
        () => {
          const ctx = new CheckContext(t);
          for (const [, before] of SCANS.slice(0, k)) before(ctx);
          return ctx;
        },
        scan,
      ),
    );
  });
  console.log('rules');
  const contexts = texts.map((t) => {
    const ctx = new CheckContext(t);
    for (const [, scan] of SCANS) scan(ctx);
    return ctx;
  });
  for (const rule of RULES) {
    const cells = contexts.map((ctx, k) => {
      if (!ruleApplies(rule, ctx)) return 'does not apply'.padStart(24);
      let found = 0;
      const s = cpu(() => rule.check(ctx, () => found++));
      return rate(mbs[k], s, 24);
    });
    console.log(`  ${rule.meta.id}`.padEnd(36) + cells.join(''));
  }
  console.log(`load average ${load()}`);
}

// ---------------------------------------------------------------------------------------------
// Scaling, in-process

if (wanted('scaling')) {
  console.log(`\nScaling: analyse() MB/s from 1 to ${SIZES.at(-1)} MB, and its CPU time ÷ the naive regex's on the same text`);
  console.log('corpus'.padEnd(26) + 'size'.padStart(8) + 'analyse() MB/s'.padStart(24) + 'naive regex MB/s'.padStart(24) + '÷ naive'.padStart(10) + 'findings'.padStart(10));
  for (const [name, base] of CORPORA) {
    for (const size of SIZES) {
      const text = sized(base, size);
      const mb = megabytes(text);
      const warmUp = size < 30;
      const naive = cpu(() => naivePass(text), RUNS, warmUp);
      let findings = 0;
      const whole = cpu(() => (findings = analyse(text).findings.length), RUNS, warmUp);
      console.log(`${name.padEnd(26)}${pad(`${size} MB`, 8)}${rate(mb, whole, 24)}${rate(mb, naive, 24)}${pad(`${ratio(whole, naive)}×`, 10)}${pad(findings, 10)}`);
    }
  }
  console.log(`load average ${load()}`);
}

// ---------------------------------------------------------------------------------------------
// Whole process: the CLI against a process running only the naive regex

if (wanted('process')) {
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
  const cli = path.join(root, 'bin/mtqa.js');
  const regexScript = `const text = require('node:fs').readFileSync(process.argv[1], 'utf8'); let n = 0; const re = ${NAIVE}; while (re.exec(text)) n++; console.log(n);`;
  console.log('\nWhole process: `mtqa check --format json FILE` and `node -e <naive regex over FILE>`, CPU of each process from');
  console.log('start to exit (3 runs, median (min–max)); peak RSS of the check against 3 × input + 150 MiB; minor page faults per MB');
  console.log(
    'corpus'.padEnd(26) + 'size'.padStart(7) + 'mtqa CPU s'.padStart(22) + 'regex CPU s'.padStart(20) + '÷ regex'.padStart(9) + 'mtqa MB/s'.padStart(11) + 'peak RSS MiB'.padStart(14) + 'limit'.padStart(7) + 'faults/MB'.padStart(11),
  );
  const seconds = (s: Stats) => `${s.median.toFixed(2)} (${s.min.toFixed(2)}–${s.max.toFixed(2)})`;
  const sizes = SIZES.filter((size) => size * MB <= MAX_INPUT_BYTES);
  if (sizes.length < SIZES.length) console.log(`(not above ${MAX_INPUT_BYTES / MiB} MiB: mtqa refuses larger files as too large)`);
  for (const [name, base] of CORPORA) {
    for (const size of sizes) {
      const file = path.join(work, `input-${size}.txt`);
      writeFileSync(file, sized(base, size));
      const mb = size;
      const mtqa: Usage[] = [];
      const regex: Usage[] = [];
      for (let i = 0; i < 3; i++) {
        mtqa.push(processUsage([cli, 'check', '--format', 'json', file]));
        regex.push(processUsage(['-e', regexScript, file]));
      }
      const m = stats(mtqa.map((u) => u.cpu));
      const r = stats(regex.map((u) => u.cpu));
      const rss = stats(mtqa.map((u) => u.maxRssMiB)).median;
      const limit = (3 * mb * MB) / MiB + 150;
      const faults = stats(mtqa.map((u) => u.minorFaults)).median / mb;
      console.log(
        `${name.padEnd(26)}${pad(`${size} MB`, 7)}${pad(seconds(m), 22)}${pad(seconds(r), 20)}${pad(`${ratio(m, r)}×`, 9)}${pad((mb / m.median).toFixed(1), 11)}${pad(rss.toFixed(0), 14)}${pad(limit.toFixed(0), 7)}${pad(faults.toFixed(0), 11)}`,
      );
      rmSync(file);
    }
  }
  console.log(`load average ${load()}`);
}

// ---------------------------------------------------------------------------------------------
// Repeated checks in one process

if (wanted('repeat')) {
  const SIZE = 3;
  const CHECKS = 12;
  console.log(`\nRepeat: a ${SIZE} MB file checked ${CHECKS} times in this process by checkBytes (a CLI call with many files, a warm`);
  console.log('Lambda), MB/s of each check: the first, then the median and the slowest of the others.');
  console.log('file'.padEnd(40) + '1st'.padStart(8) + 'median'.padStart(8) + 'slowest'.padStart(9));
  const englishParagraphs = sized(english, SIZE).split('\n');
  const files: Array<[string, string | Uint8Array]> = [
    ...CORPORA.map(([name, base]) => [`${name} (.txt)`, sized(base, SIZE)] as [string, string]),
    ...RENDERINGS.filter(([name]) => name !== 'doc.txt').map(([name, render]) => [`English (${name})`, render(englishParagraphs)] as [string, string]),
    ...XML_RENDERINGS.map(([name, render]) => [`English (${name})`, render(englishParagraphs.map((p) => ({ target: p, source: p })))] as [string, string | Uint8Array]),
  ];
  for (const [label, file] of files) {
    const bytes = typeof file === 'string' ? Buffer.from(file) : file;
    const name = /\(([^)]+)\)$/.exec(label)![1];
    const mb = bytes.length / MB;
    const times: number[] = [];
    gc();
    for (let i = 0; i < CHECKS; i++) {
      const c = process.cpuUsage();
      checkBytes(bytes, { name });
      times.push(cpuSeconds(c));
    }
    const later = stats(times.slice(1));
    const f = (t: number) => pad((mb / t).toFixed(1), 8);
    console.log(`${label.padEnd(40)}${f(times[0])}${f(later.median)}${pad((mb / later.max).toFixed(1), 9)}`);
  }
  console.log(`load average ${load()}`);
}

// ---------------------------------------------------------------------------------------------
// Memory: where the peak of a 30 MB check goes

if (wanted('memory')) {
  const SIZE = 30;
  console.log(`\nMemory: what each stage of a ${SIZE} MB check adds to the peak RSS of a fresh process (MiB; scripts/bench-memory.ts,`);
  console.log('run through tsx, whose own share is in the first line). Stages adding under 1 MiB are left out.');
  const runs = CORPORA.map(([, base]) => {
    const file = path.join(work, 'memory.txt');
    writeFileSync(file, sized(base, SIZE));
    const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/bench-memory.ts'), file], { encoding: 'utf8', maxBuffer: 1 << 26 });
    rmSync(file);
    return JSON.parse(out) as { stages: Array<[string, number]>; peak: number };
  });
  console.log('stage'.padEnd(40) + CORPORA.map(([name]) => name.padStart(24)).join(''));
  runs[0].stages.forEach(([name], k) => {
    const cells = runs.map((r) => r.stages.find(([n]) => n === name)?.[1] ?? 0);
    if (k > 0 && cells.every((c) => c < 1)) return;
    console.log(name.padEnd(40) + cells.map((c) => pad(c.toFixed(0), 24)).join(''));
  });
  console.log('peak RSS'.padEnd(40) + runs.map((r) => pad(r.peak.toFixed(0), 24)).join(''));
}

// ---------------------------------------------------------------------------------------------
// Formats: the same prose in every format

if (wanted('formats')) {
  // The English prose as paragraphs of four lines, each its own source (the bilingual formats
  // carry it twice: source and target).
  const prose = (bytes: number): Paragraph[] => {
    const lines = sized(english, bytes / MB).split('\n');
    const out: Paragraph[] = [];
    for (let i = 0; i < lines.length; i += 4) {
      const p = lines.slice(i, i + 4).join(' ');
      out.push({ target: p, source: p });
    }
    return out;
  };
  const SIZE = 10;
  const paragraphs = prose(SIZE * MB);
  const plain = paragraphs.map((p) => p.target).join('\n') + '\n';
  const proseMB = megabytes(plain);
  console.log(`\nFormats: ${proseMB.toFixed(0)} MB of English prose as plain text (a paragraph per line) and rendered into each format,`);
  console.log('checked end to end from the bytes (--lang en). "prose MB/s" divides the prose\'s size by the time, so markup does not');
  console.log('flatter a format; × text is the format\'s CPU time ÷ plain text\'s. 3 runs.');
  console.log('format'.padEnd(24) + 'file MB'.padStart(9) + 'file MB/s'.padStart(20) + 'prose MB/s'.padStart(12) + '× text'.padStart(9) + 'findings'.padStart(10));
  const files: Array<[string, string | Uint8Array]> = [
    ['doc.txt', plain],
    ...RENDERINGS.filter(([name]) => name !== 'doc.txt').map(([name, render]) => [name, render(paragraphs.map((p) => p.target))] as [string, string]),
    ...XML_RENDERINGS.map(([name, render]) => [name, render(paragraphs)] as [string, string | Uint8Array]),
  ];
  let textTime: Stats | undefined;
  for (const [name, file] of files) {
    const bytes = typeof file === 'string' ? Buffer.from(file) : file;
    let findings = 0;
    let format = '';
    const s = cpu(() => {
      const report = checkBytes(bytes, { name, lang: 'en' });
      findings = report.findings.length;
      format = report.source.format ?? '';
    }, 3);
    textTime ??= s;
    console.log(`${`${format} (${name})`.padEnd(24)}${pad((bytes.length / MB).toFixed(1), 9)}${rate(bytes.length / MB, s, 20)}${pad((proseMB / s.median).toFixed(1), 12)}${pad(ratio(s, textTime), 9)}${pad(findings, 10)}`);
  }
  // At the size limit, as whole processes: time and peak memory.
  const cli = path.join(root, 'bin/mtqa.js');
  // The limit is the issue's, of the input file: 3 × its size + 150 MiB (the XLIFF's markup counts).
  const xliff = toXliff12(prose(16.5 * MB));
  const big: Array<[string, string]> = [
    ['50 MB plain text', sized(english, 50)],
    [`${megabytes(xliff).toFixed(1)} MB XLIFF 1.2 (16.5 MB of prose twice)`, xliff],
  ];
  console.log('At the size limit, `mtqa check --format json --lang en`, one process each:');
  for (const [name, content] of big) {
    const file = path.join(work, name.includes('XLIFF') ? 'big.xlf' : 'big.txt');
    writeFileSync(file, content);
    const u = processUsage([cli, 'check', '--format', 'json', '--lang', 'en', file]);
    const mb = Buffer.byteLength(content) / MB;
    console.log(`  ${name.padEnd(44)} CPU ${u.cpu.toFixed(1)} s, peak RSS ${u.maxRssMiB.toFixed(0)} MiB (limit ${((3 * mb * MB) / MiB + 150).toFixed(0)}), ${(u.minorFaults / mb).toFixed(0)} faults/MB`);
    rmSync(file);
  }
  console.log(`load average ${load()}`);
}

// ---------------------------------------------------------------------------------------------
// Adversarial inputs

if (wanted('adversarial')) {
  console.log('\nAdversarial 1 MB inputs (analyse, --lang en)     CPU seconds, median (min–max)   findings  truncated');
  for (const [name, text] of adversarialInputs(MB, english)) {
    let r: ReturnType<typeof analyse> | undefined;
    const s = cpu(() => (r = analyse(text, { lang: 'en' })), 3);
    console.log(`${name.padEnd(48)}${pad(`${s.median.toFixed(3)} (${s.min.toFixed(3)}–${s.max.toFixed(3)})`, 26)}${pad(r!.findings.length, 11)}  ${r!.summary.truncated}`);
  }
}
