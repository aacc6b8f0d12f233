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

// Two of V8's heuristics, tuned for one short run over one large text. Both are read when V8
// decides, so setting them here, before any checking, takes effect (measured with `npm run bench`):
// - Young generation: kept at its starting size (1 MB a half) instead of growing to 16 MB a half
//   (30 MB of English: peak RSS 25 MiB and 7,000 page faults less, CPU unchanged); what
//   --max-semi-space-size does, which only Node's command line can give.
// - V8 11 (Node 20): a function is optimised after 4x the default work in it. The big scan functions
//   were compiled by TurboFan, and deoptimised, about twice as often as their final code needed
//   (1 MB of English: 164 optimisations -> 86, process CPU 1.03 -> 0.72 s; 30 MB unchanged).
//   Later V8s count invocations instead and print an error for the flag: it is not given there.
// - V8 11: TurboFan inlines into a function up to 250 bytes of bytecode in all instead of 920. The
//   big scans inline dozens of helpers each, and the compile ran on worker threads for a quarter of
//   the process's CPU (30 MB of mixed prose: 880 ms in 150 compilations, then 600 ms), more than
//   the less inlined code loses (whole process: 3 MB of English -15 %, 30 MB -4 % to -14 %).
//   Measured on Node 20 only, so not given to later V8s either.
v8.setFlagsFromString('--semi-space-growth-factor=1');
if (Number(process.versions.v8.split('.')[0]) <= 11) {
  v8.setFlagsFromString('--interrupt-budget=270336');
  v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=250');
}

// Node 22.1+ keeps V8's compiled code of the bundle in a cache on disk (os.tmpdir()/node-compile-cache,
// checked against the file's content and Node's version), sparing every later start the parse and
// compile of the bundle's functions. Node 20 has no such cache: there the call is skipped.
// NODE_DISABLE_COMPILE_CACHE=1 turns it off.
module.enableCompileCache?.();

try {
  const { main } = await import('../dist/cli.js');
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  crash(err);
}
