// npm run bench: throughput of the checker core (MB/s of UTF-8 input, MB = 10^6 bytes) next to a
// single-regex pass over the same text in the same run, scaling from 1 to 30 MB, peak memory, and
// adversarial 1 MB inputs. Prints the median of 3 runs after a warm-up run; numbers on a shared
// machine are noisy, ratios within one run hold better.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyse } from '../lib/engine.js';
import { checkText } from '../lib/check.js';
import { chooseFormat } from '../lib/formats/index.js';
import { RENDERINGS } from './render-formats.js';

const evalDir = fileURLToPath(new URL('../../shared/eval/', import.meta.url));
const RUNS = 3;
const MB = 1e6;

/**
 * About 1 MB of a JSONL file's texts, one per line, taken evenly across the file, so that 1, 10
 * and 30 MB inputs (repeats of it) have the same content mix and scaling is measured alone.
 */
function corpus(file: string): string {
  const path = `${evalDir}${file}`;
  if (!existsSync(path)) return '';
  const texts = readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const total = texts.reduce((n, t) => n + Buffer.byteLength(t) + 1, 0);
  const step = Math.max(1, Math.floor(total / MB));
  return texts.filter((_, i) => i % step === 0).join('\n');
}

/** `text` repeated to about `bytes` of UTF-8, as one flat string like a file read from disk. */
function repeatTo(text: string, bytes: number): string {
  const size = Buffer.byteLength(text);
  const s = text.repeat(Math.ceil(bytes / size)).slice(0, Math.floor((text.length * bytes) / size));
  return Buffer.from(s).toString();
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/**
 * Median seconds of RUNS calls after one untimed call. The heap is collected once before, not
 * before every call: a forced collection shrinks the heap and the next call pays to regrow it,
 * which a long-lived process (a warm Lambda) does not.
 */
function time(fn: () => unknown): number {
  globalThis.gc?.();
  fn();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return median(times);
}

// Two single-regex passes for scale: the bare mark scan (a floor no checker can beat) and the
// one-regex checker the baseline score comes from (word, mark, lowercase word: P 0.23).
const markRegex = /[.!?]\s+\p{Ll}/gu;
const checkerRegex = /([\p{L}\p{N}]+)([.!?])\s+(\p{Ll}+)/gu;
const regexPass = (re: RegExp, text: string) => {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text)) n++;
  return n;
};

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
sampler.unref();
const fmt = (x: number, d = 1) => x.toFixed(d).padStart(8);

const english = corpus('dev-clean.jsonl') || readFileSync(new URL('../seeds/000_3bf6eb0c58bdff8a.txt', import.meta.url), 'utf8');
const multi = corpus('dev-clean-multi.jsonl');
// Warm-up, so the first measurement is not the JIT's.
analyse(repeatTo(english, MB), { lang: 'en' });
console.log(`node ${process.version}, ${process.arch}; corpus: ${existsSync(evalDir) ? '../shared/eval clean human text, repeated' : 'seed document, repeated'}`);

console.log('\nThroughput (MB/s, median of 3)      size  markRE  1-RE-chk    mtqa  mtqa/1-RE  findings');
for (const [name, base, lang] of [
  ['English, --lang en', english, 'en'],
  ['English, detected', english, undefined],
  ['de/cs/ru/uk/hr mixed, detected', multi, undefined],
] as const) {
  if (!base) continue;
  for (const size of [1, 10, 30]) {
    const text = repeatTo(base, size * MB);
    const bytes = Buffer.byteLength(text) / MB;
    const tMark = time(() => regexPass(markRegex, text));
    const tRegex = time(() => regexPass(checkerRegex, text));
    let findings = 0;
    const tCheck = time(() => (findings = analyse(text, { lang }).findings.length));
    console.log(`${name.padEnd(32)} ${fmt(bytes, 0)} MB ${fmt(bytes / tMark)} ${fmt(bytes / tRegex)} ${fmt(bytes / tCheck)} ${fmt(tRegex / tCheck, 2)} ${String(findings).padStart(9)}`);
  }
}

console.log('\nAdversarial 1 MB inputs                    seconds  findings  truncated');
const adversarial: Array<[string, string]> = [
  ['only dots', '.'.repeat(MB)],
  ['"a. " repeated', 'a. '.repeat(MB / 3)],
  ['one line, a break every 30 chars', 'Word one. in two. Then three. '.repeat(MB / 30)],
  ['30-char lines, each with a break', 'Word one. in two. Then three.\n'.repeat(MB / 30)],
  ['"time. Again. " (every word a fragment)', 'For time. Again. '.repeat(MB / 17)],
  ['one 1 MB word', 'a'.repeat(MB)],
  ['only spaces', ' '.repeat(MB)],
  ['no newline at all', repeatTo(english.replace(/\n/g, ' '), MB)],
  ['"the " repeated', 'the '.repeat(MB / 4)],
  ['only newlines', '\n'.repeat(MB)],
  ['"?!" and quotes', '"?!" '.repeat(MB / 5)],
];
for (const [name, text] of adversarial) {
  let r: ReturnType<typeof analyse> | undefined;
  const t = time(() => (r = analyse(text, { lang: 'en' })));
  console.log(`${name.padEnd(42)} ${fmt(t, 3)} ${String(r!.findings.length).padStart(9)}  ${r!.summary.truncated}`);
}

// Formats: the same prose rendered into each format (scripts/render-formats.ts), checked end to
// end (read, rules, findings mapped back) next to the prose as plain text, one paragraph per line.
// "prose MB/s" divides the prose's size by the time, so markup overhead does not flatter a format.
console.log('\nFormats (checkText, --lang en)      prose  file MB  read s  check s  file MB/s  prose MB/s  ×text  findings');
for (const size of [1, 10]) {
  const lines = repeatTo(english, size * MB).split('\n');
  const paragraphs: string[] = [];
  for (let i = 0; i < lines.length; i += 4) paragraphs.push(lines.slice(i, i + 4).join(' '));
  const prose = paragraphs.join('\n');
  const proseMB = Buffer.byteLength(prose) / MB;
  let plainTime = 0;
  for (const [name, render] of [['plain.txt', () => prose] as const, ...RENDERINGS]) {
    const file = render(paragraphs);
    const reader = chooseFormat(name, file);
    const fileMB = Buffer.byteLength(file) / MB;
    const tRead = time(() => reader.read(file));
    let findings = 0;
    const tCheck = time(() => (findings = checkText(file, { name, lang: 'en' }).findings.length));
    if (name === 'plain.txt') plainTime = tCheck;
    const label = `${reader.meta.id}${name === 'doc.txt' ? ' (wrapped)' : ''}`;
    console.log(
      `${label.padEnd(32)} ${fmt(proseMB, 0)} ${fmt(fileMB)} ${fmt(tRead, 2)} ${fmt(tCheck, 2)} ${fmt(fileMB / tCheck, 1).padStart(10)} ${fmt(proseMB / tCheck, 1).padStart(11)} ${fmt(tCheck / plainTime, 2).padStart(6)} ${String(findings).padStart(9)}`,
    );
  }
}

peakRss = Math.max(peakRss, process.memoryUsage().rss);
console.log(`\nPeak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB (includes the 30 MB inputs held as strings).`);

// Formats: the same prose as plain text and rendered into each markup or bilingual format
// (scripts/render-formats-xml.ts), checked end to end from the file's bytes (decode, read, rules,
// mapping back). "prose MB/s" counts the plain text's bytes, so the formats compare on equal work.
const { XML_RENDERINGS, toXliff12 } = await import('./render-formats-xml.js');
const { checkBytes } = await import('../lib/check.js');
const prose = english.split('\n').filter((l) => l.trim() !== '');
const paragraphsOf = (bytes: number) => repeatTo(prose.join('\n') + '\n', bytes).split('\n').slice(0, -1).map((p) => ({ target: p, source: p }));
const measure = (name: string, file: string | Uint8Array, proseMB: number, textSeconds: number) => {
  const bytes = typeof file === 'string' ? Buffer.from(file) : file;
  let findings = 0;
  const t = time(() => (findings = checkBytes(bytes, { name, lang: 'en' }).findings.length));
  console.log(`${name.padEnd(40)} ${fmt(bytes.length / MB, 0)} MB ${fmt(bytes.length / MB / t)} ${fmt(proseMB / t).padStart(11)} ${fmt(textSeconds / t, 2)} ${String(findings).padStart(9)}`);
  return t;
};
console.log('\nFormats, same prose (median of 3)          size  file MB/s  prose MB/s  text/fmt  findings');
const paragraphs = paragraphsOf(10 * MB);
const plain = paragraphs.map((p) => p.target).join('\n') + '\n';
const proseMB = Buffer.byteLength(plain) / MB;
const textSeconds = measure('doc.txt', plain, proseMB, 1);
for (const [name, render] of XML_RENDERINGS) measure(name, render(paragraphs), proseMB, textSeconds);
// A 48 MB XLIFF (16.5 MB of prose as source and as target, and the markup) next to a 50 MB text file.
const big = paragraphsOf(16.5 * MB);
const bigText = repeatTo(prose.join('\n') + '\n', 50 * MB);
const bigSeconds = measure('50 MB text', bigText, Buffer.byteLength(bigText) / MB, 1);
measure('48 MB XLIFF 1.2, vs 50 MB text', toXliff12(big), 16.5, bigSeconds);
