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
// setting it here, before any checking, takes effect. The JIT's heuristics are set by the CLI
// (cli/v8-tuning.ts), which knows the size of each text it checks.
v8.setFlagsFromString('--semi-space-growth-factor=1');

// Node 22.1+ keeps V8's compiled code of the bundle in a cache on disk (os.tmpdir()/node-compile-cache,
// checked against the file's content and Node's version), sparing every later start the parse and
// compile of the bundle's functions. Node 20 has no such cache: there the call is skipped.
// NODE_DISABLE_COMPILE_CACHE=1 turns it off.
module.enableCompileCache?.();

try {
  const { main, tuneV8 } = await import('../dist/cli.js');
  tuneV8();
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  crash(err);
}
