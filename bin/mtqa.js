#!/usr/bin/env node
// The mtqa command. The CLI is bundled into dist/ by `npm run build` (run by `npm ci` via prepare).
// A crash exits 2 like any other error, never 1 (which means "findings"): while loading the
// bundle, inside a command, or later in a callback of the local pipeline.
import module from 'node:module';

const crash = (err) => {
  process.stderr.write(`mtqa: internal error: ${err?.stack ?? err}\n`);
  process.exit(2);
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

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
