#!/usr/bin/env node
// The mtqa command. The CLI is bundled into dist/ by `npm run build` (run by `npm ci` via prepare).
// A crash exits 2 like any other error, never 1 (which means "findings"): while loading the
// bundle, inside a command, or later in a callback of the local pipeline.
const crash = (err) => {
  process.stderr.write(`mtqa: internal error: ${err?.stack ?? err}\n`);
  process.exit(2);
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

try {
  const { main } = await import('../dist/cli.js');
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  crash(err);
}
