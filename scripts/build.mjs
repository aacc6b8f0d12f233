// Bundles the CLI into dist/ with esbuild (run by `npm ci` through "prepare", and by `npm run build`).
// The checker's dependencies (htmlparser2, entities, diff, trigram-utils) are bundled in: loaded
// as packages, Node resolved, read and compiled each of their ~40 files on every start, about 60 ms
// of CPU per `mtqa check`. The AWS SDK stays external: only local mode uses it, and it is installed
// beside the bundle. Code splitting keeps the local-mode server (S3 emulator, AWS SDK) and the HTML
// review page out of the startup path of `mtqa check`; htmlparser2 and entities start on the first
// HTML page read (lazy-imports.mjs).
import { build } from 'esbuild';
import { existsSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { asciiOnly } from './ascii-only.mjs';
import { lazyImports } from './lazy-imports.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

// Start clean: code splitting names chunks by content hash, so old ones would pile up.
rmSync(path.join(root, 'dist'), { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: ['@aws-sdk/*'],
  // Whitespace and syntax minification shrink what V8 scans and parses on every start (a 13-byte
  // check runs ~2% fewer instructions); identifiers are kept so stack traces stay readable even
  // without the source map.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: true,
  plugins: [lazyImports(root)],
  logLevel: 'warning',
};
const entry = path.join(root, 'cli/mtqa.ts');

// For Node 22.1+, which keeps V8's code of ES modules in its compile cache.
await build({ ...common, entryPoints: { cli: entry }, outdir: path.join(root, 'dist'), splitting: true, format: 'esm' });

// For Node 20, which has no compile cache: the same CLI as one CommonJS script, which bin/mtqa.js
// compiles with V8's code from a cache of its own (bin/code-cache.js; V8 takes cached code for a
// script, not for an ES module). One file: esbuild splits ES modules only, so the local mode, the
// review page and the fixer are in it too, started on first use as in the chunks. The two uses of
// import.meta.url (where the package is, a require() of node:zlib) take the script's own URL. The
// script is the function require() would wrap a module's code in, written out so that V8 compiles
// the file's text itself, not a copy of its megabyte inside a wrapper; strict as the ES modules are.
await build({
  ...common,
  entryPoints: [entry],
  outfile: path.join(root, 'dist/cli.cjs'),
  format: 'cjs',
  define: { 'import.meta.url': '__import_meta_url' },
  banner: { js: '(function (exports, require, module, __filename, __dirname) {"use strict";var __import_meta_url=require("node:url").pathToFileURL(__filename).href;' },
  footer: { js: '})' },
});

// V8 reads a chunk with a character past ASCII as UTF-16: see ascii-only.mjs.
for (const file of readdirSync(path.join(root, 'dist'))) if (/\.c?js$/.test(file)) asciiOnly(path.join(root, 'dist', file));

// npm links the bins of dependencies only; link ours too so node_modules/.bin/mtqa exists.
const binDir = path.join(root, 'node_modules/.bin');
if (existsSync(binDir)) {
  const link = path.join(binDir, 'mtqa');
  rmSync(link, { force: true });
  symlinkSync('../../bin/mtqa.js', link);
}
