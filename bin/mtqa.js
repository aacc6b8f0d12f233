#!/usr/bin/env node
// The mtqa command. The CLI is bundled into dist/ by `npm run build` (run by `npm ci` via prepare).
// A crash exits 2 like any other error, never 1 (which means "findings"): while loading the
// bundle, inside a command, or later in a callback of the local pipeline.
import module from 'node:module';
import v8 from 'node:v8';

const crash = (err) => {
  process.stderr.write(`mtqa: internal error: ${err?.stack ?? err}\n`);
  process.exit(2);
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);
// The reader of standard output went away (`mtqa check … | head`): no one is left to tell and
// there is no bug to report. Exit 2 like any failure (the output is incomplete), quietly.
process.stdout.on('error', (err) => (err?.code === 'EPIPE' ? process.exit(2) : crash(err)));

// The young generation is kept at its starting size (1 MB a half) instead of growing to 16 MB a
// half (30 MB of English: peak RSS 25 MiB and 7,000 page faults less, CPU unchanged); what
// --max-semi-space-size does, which only Node's command line can give. Read when V8 decides, so
// setting it before any checking takes effect. The JIT's heuristics are set by the CLI
// (cli/v8-tuning.ts), which knows the size of each text it checks.
//
// The old generation may grow by 10 % of what a full collection left alive before the next one,
// not by V8's own factor (1.1x to 4x by its measure of the collector's speed). A format read out
// of markup holds the decoded file (twice its size as a string) beside the texts it reads from it,
// then drops it: with V8's factor the heap grew by all of that before a collection freed any. A
// 37.5 MB XLIFF: peak RSS 308-353 MiB (median 345) over seven runs -> 297-303 (299) over six (GC
// timing), CPU within noise; plain text, whose heap is its one live text, unchanged (50 MB: 282
// and 256 MiB; instructions on 10 MB of English and mixed prose unchanged).
//
// V8 accepts compiled code from a cache only if it was made under the same flags. Node's own
// modules (node:crypto and the rest the bundle imports) are compiled from the code cache built
// into Node, made under the default flags: a flag set before they load has each compiled from
// source instead (a 13-byte check, uninstrumented Node 20: some 25 M instructions, 3 %, more). So
// the flags are set once the bundle and Node's modules are loaded, but where Node keeps the bundle's
// own code in a cache (below): that cache is written at exit, under the flags set then, and read
// at the next start, before the bundle loads, under those in force then: both must be the same.
// Node 20's cache (bin/code-cache.js) is written by us after the check: every flag set here and by
// the CLI is set back to V8's default first.
const HEAP_GROWTH = [
  ['--semi-space-growth-factor=1', '--semi-space-growth-factor=2'],
  ['--heap-growing-percent=10', '--heap-growing-percent=0'],
];
const setHeapGrowth = (tuned = true) => {
  for (const [flag, v8Default] of HEAP_GROWTH) v8.setFlagsFromString(tuned ? flag : v8Default);
};

// Node 22.1+ keeps V8's compiled code of the bundle in a cache on disk (os.tmpdir()/node-compile-cache,
// checked against the file's content and Node's version), sparing every later start the parse and
// compile of the bundle's functions. NODE_DISABLE_COMPILE_CACHE=1 turns it off. Node 20 has no such
// cache: there the CLI is one CommonJS script whose code bin/code-cache.js keeps beside it.
const compileCache = typeof module.enableCompileCache === 'function';
if (compileCache) {
  setHeapGrowth();
  module.enableCompileCache();
}

try {
  const cli = compileCache
    ? { exports: await import('../dist/cli.js') }
    : (await import('./code-cache.js')).requireCached(new URL('../dist/cli.cjs', import.meta.url));
  const { main, tuneV8, untuneV8 } = cli.exports;
  if (!compileCache) setHeapGrowth();
  tuneV8();
  const argv = process.argv.slice(2);
  process.exitCode = await main(argv);
  // The code a check of a text has compiled is what the next check needs: a cache written after
  // --version or a failed check would hold little, and stay.
  if (cli.save && argv[0] === 'check' && process.exitCode !== 2) {
    untuneV8();
    setHeapGrowth(false);
    cli.save();
  }
} catch (err) {
  crash(err);
}
