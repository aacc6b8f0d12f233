// Bundles the CLI into dist/ with esbuild (run by `npm ci` through "prepare", and by `npm run build`).
// The checker's dependencies (htmlparser2, entities, diff, trigram-utils) are bundled in: loaded
// as packages, Node resolved, read and compiled each of their ~40 files on every start, about 60 ms
// of CPU per `mtqa check`. The AWS SDK stays external: only local mode uses it, and it is installed
// beside the bundle. Code splitting keeps the local-mode server (S3 emulator, AWS SDK) and the HTML
// review page out of the startup path of `mtqa check`.
import { build } from 'esbuild';
import { existsSync, rmSync, symlinkSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

// Start clean: code splitting names chunks by content hash, so old ones would pile up.
rmSync(path.join(root, 'dist'), { recursive: true, force: true });

// The HTML reader's packages start only when a page is first read: a check of any other format
// never needs them, and their top level (entities decompresses its decode tries) costs ~15 M
// instructions at every start (a 13-byte text check: 903.3 M -> 887.9 M). The HTML reader imports
// them as usual, so tests and tsx run it unchanged; in the bundle each import is replaced by a
// stand-in with the same exports that require()s the package on first use, and esbuild
// initialises a required module lazily. A new import from these packages in html.ts needs its
// export here (the bundle fails to build without it).
const LAZY_IMPORTS = {
  htmlparser2: `let m; export class Parser { constructor(...a) { return new (m ??= require('htmlparser2')).Parser(...a); } }`,
  'entities/decode': `let m; export function decodeHTMLAttribute(s) { return (m ??= require('entities/decode')).decodeHTMLAttribute(s); }`,
};
const lazyImports = {
  name: 'lazy-imports',
  setup(b) {
    const importer = path.join(root, 'lib/formats/html.ts');
    const filter = new RegExp(`^(?:${Object.keys(LAZY_IMPORTS).join('|')})$`);
    b.onResolve({ filter }, (args) => (args.importer === importer ? { path: args.path, namespace: 'lazy' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({ contents: LAZY_IMPORTS[args.path], resolveDir: root, loader: 'js' }));
  },
};

await build({
  entryPoints: { cli: path.join(root, 'cli/mtqa.ts') },
  outdir: path.join(root, 'dist'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['@aws-sdk/*'],
  // Whitespace and syntax minification shrink what V8 scans and parses on every start (a 13-byte
  // check runs ~2% fewer instructions); identifiers are kept so stack traces stay readable even
  // without the source map.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: true,
  plugins: [lazyImports],
  logLevel: 'warning',
});

// npm links the bins of dependencies only; link ours too so node_modules/.bin/mtqa exists.
const binDir = path.join(root, 'node_modules/.bin');
if (existsSync(binDir)) {
  const link = path.join(binDir, 'mtqa');
  rmSync(link, { force: true });
  symlinkSync('../../bin/mtqa.js', link);
}
