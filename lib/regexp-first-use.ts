// V8 runs a regular expression in its interpreter at the first use, from bytecode, and compiles
// it to machine code at the second. Of the 70-odd expressions a check runs, all but a few run more
// than once (1 MB of English: 59 of 71; mixed prose: 72 of 78), so each was parsed and compiled
// twice, and a compile costs hundreds of thousands of instructions where a \p{L} or \p{M} class is
// built from ICU's tables. Compiled to machine code at the first use instead:
// - the CLI (cli/v8-tuning.ts; whole process, cachegrind): 1 MB of English -1.7 %, mixed -3.3 %,
//   long paragraphs -2.3 %; 10 MB -1.3 / -2.6 / -2.1 %; 30 MB of English -0.6 %; a 29-byte check
//   unchanged;
// - the Lambda's core (functions/core-exports.ts; the core loaded and its checks run, Node 20,
//   cachegrind): the seed's first check unchanged (-0.1 %), a warm sequence of the seed, 20 KB of
//   mixed prose and 100 KB of English -0.6 %, 1 MB of mixed prose -2.4 %.
// The flag is V8's `regexp_tier_up` (with `regexp_tier_up_ticks` 1) in V8 11 and in the V8 of
// Node 24 alike. It is read at each expression's first run, so setting it once the code is loaded
// takes effect; set earlier, it would cost more than it saves: V8 takes Node's built-in modules
// from the code cache in Node's binary only under the flags that cache was made with.

import v8 from 'node:v8';

/** Has V8 compile each regular expression to machine code at its first use, for the whole process. */
export function compileRegExpsAtFirstUse(): void {
  v8.setFlagsFromString('--no-regexp-tier-up');
}

/** V8's default back (for the CLI's code cache on Node 20, written under the flags it is read under: cli/v8-tuning.ts). */
export function compileRegExpsAtSecondUse(): void {
  v8.setFlagsFromString('--regexp-tier-up');
}
