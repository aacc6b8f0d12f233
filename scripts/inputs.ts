// Inputs that the benchmark (scripts/bench.ts) and the report-identity corpus
// (tests/report-identity.ts) share: prose built at run time from the labelled data in
// ../shared/eval/ (never copied into the project), and adversarial inputs at any size.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const EVAL_DIR = fileURLToPath(new URL('../../shared/eval/', import.meta.url));

export interface EvalItem {
  id: string;
  lang: string;
  text: string;
  src?: string;
}

/** The items of a JSONL file in ../shared/eval/, or [] when the data is not there. */
export function evalItems(file: string): EvalItem[] {
  const path = `${EVAL_DIR}${file}`;
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as EvalItem);
}

/**
 * About `bytes` of the texts, one per line, taken evenly across the list, so that inputs of
 * different sizes (repeats of it) have the same content mix.
 */
export function sampleLines(texts: readonly string[], bytes: number): string {
  const total = texts.reduce((n, t) => n + Buffer.byteLength(t) + 1, 0);
  const step = Math.max(1, Math.floor(total / bytes));
  return texts.filter((_, i) => i % step === 0).join('\n');
}

/**
 * `text` repeated to about `bytes` of UTF-8, as one flat string like a file read from disk. The
 * part short of a whole repeat is lines taken evenly across `text`, not its head: the eval sample
 * is ordered by language, so a head would make 1 MB of the mixed prose a different text from
 * 10 MB of it (Czech and German without the Cyrillic tail).
 */
export function repeatTo(text: string, bytes: number): string {
  const size = Buffer.byteLength(text);
  const whole = Math.floor(bytes / size);
  const share = bytes / size - whole;
  const lines = text.split('\n');
  // Line i is taken when the running share passes a whole number at it: `share` of the lines, evenly.
  const part = lines.filter((_, i) => Math.floor((i + 1) * share) > Math.floor(i * share));
  return [...Array<string>(whole).fill(text), ...(part.length ? [part.join('\n')] : [])].join('\n');
}

/** Every `n` lines joined into one paragraph: long lines, as a word processor's export has. */
export function longParagraphs(text: string, n = 20): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += n) out.push(lines.slice(i, i + n).join(' '));
  return out.join('\n');
}

/** `text` repeated and cut to about `bytes` of UTF-8 (a surrogate pair cut in two is U+FFFD). */
function repeatedHead(text: string, bytes: number): string {
  const size = Buffer.byteLength(text);
  const s = text.repeat(Math.ceil(bytes / size)).slice(0, Math.floor((text.length * bytes) / size));
  return Buffer.from(s).toString();
}

/**
 * Inputs that once were, or could be, slow or output-bound: every token a candidate, one huge
 * token, no line end at all. `size` is their length in characters; `prose` feeds the one made of
 * real text.
 */
export function adversarialInputs(size: number, prose: string): Array<[string, string]> {
  const times = (s: string) => s.repeat(Math.max(1, Math.floor(size / s.length)));
  return [
    ['only dots', '.'.repeat(size)],
    ['"a. " repeated', times('a. ')],
    ['one line, a break every 30 chars', times('Word one. in two. Then three. ')],
    ['30-char lines, each with a break', times('Word one. in two. Then three.\n')],
    ['"time. Again. " (every word a fragment)', times('For time. Again. ')],
    ['one huge word', 'a'.repeat(size)],
    ['only spaces', ' '.repeat(size)],
    ['no newline at all', repeatedHead(prose.replace(/\n/g, ' '), size)],
    ['"the " repeated', times('the ')],
    ['only newlines', '\n'.repeat(size)],
    ['"?!" and quotes', times('"?!" ')],
  ];
}
