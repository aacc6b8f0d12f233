// Four of V8 11's (Node 20's) JIT heuristics, tuned for one short run over one text. All are read
// when V8 decides, so setting them before a check takes effect (measured with `npm run bench`).
// Measured on Node 20 only: later V8s count invocations instead of work and print an error for
// the budget flag, so none is given there.
// - A function is optimised after 4x the default work in it. The big scan functions were compiled
//   by TurboFan, and deoptimised, about twice as often as their final code needed (1 MB of
//   English: 164 optimisations -> 86, process CPU 1.03 -> 0.72 s; 30 MB unchanged). Below
//   SMALL_INPUT bytes after 16x: a run over 1 MB is over before most compiled code pays back its
//   compile (1 MB: 47 optimisations -> 22, in mixed prose 73 -> 33; process CPU -7 to -8 % at
//   1 MB and about -10 % at 2 MB of English, 3 MB unchanged), while 30 MB runs 10 % longer so.
// - TurboFan inlines into a function up to 250 bytes of bytecode in all instead of 920. The big
//   scans inline dozens of helpers each, and the compile ran on worker threads for a quarter of
//   the process's CPU (30 MB of mixed prose: 880 ms in 150 compilations, then 600 ms), more than
//   the less inlined code loses (whole process: 3 MB of English -15 %, 30 MB -4 % to -14 %).
// - TurboFan does not peel the first iteration off each loop. Peeling copies a loop's body so that
//   checks can be hoisted out of the rest; the scans' loops over typed columns and charCodeAt gain
//   less from it than the larger graphs cost to compile (whole process, medians of 5-21
//   interleaved runs in each of 5-8 sessions: 30 MB of English -6 to -14 %, long paragraphs 0 to
//   -12 %, 3 MB -4 to -17 %; mixed prose -3.5 to +1 %, 1 MB -16 to +22 %, 21 runs -5 %: noise).
// - A regular expression is compiled to machine code at its first use (lib/regexp-first-use.ts, where
//   the measurements are; the Lambda's core sets it too, on any V8).

import v8 from 'node:v8';
import { compileRegExpsAtFirstUse, compileRegExpsAtSecondUse } from '../lib/regexp-first-use.js';

const V8_11 = Number(process.versions.v8.split('.')[0]) <= 11;
/** V8 11's default interrupt budget (66 KB of bytecode work). */
const DEFAULT_BUDGET = 66 * 1024;
/** 4x V8 11's default. */
const BUDGET = 4 * DEFAULT_BUDGET;
/** Inputs shorter than this (bytes) get 4x BUDGET. */
const SMALL_INPUT = 2 * 1024 * 1024;

/** Sets the heuristics for a check of `inputBytes` bytes; for anything else (a server, several checks to come), those of a large text. */
export function tuneV8(inputBytes = Infinity): void {
  if (!V8_11) return;
  v8.setFlagsFromString(`--interrupt-budget=${inputBytes < SMALL_INPUT ? 4 * BUDGET : BUDGET}`);
  v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=250');
  v8.setFlagsFromString('--no-turbo-loop-peeling');
  compileRegExpsAtFirstUse();
}

/**
 * V8 11's defaults back, for bin/code-cache.js: V8 takes cached code only under the flags it was
 * made with, and the cache is read before any flag is set but written after a check.
 */
export function untuneV8(): void {
  if (!V8_11) return;
  v8.setFlagsFromString(`--interrupt-budget=${DEFAULT_BUDGET}`);
  v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=920');
  v8.setFlagsFromString('--turbo-loop-peeling');
  compileRegExpsAtSecondUse();
}
