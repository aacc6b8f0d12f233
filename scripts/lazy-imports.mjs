// The HTML reader's packages start only when a page is first read: a check of any other format
// never needs them, and their top level (entities decompresses its decode tries) costs ~15 M
// instructions at every start (a 13-byte text check with the CLI: 903.3 M -> 887.9 M). The HTML
// reader imports them as usual, so tests and tsx run it unchanged; in a bundle (the CLI's
// scripts/build.mjs, the Lambda's cdk/bundle.ts) each import is replaced by a stand-in with the
// same exports that require()s the package on first use, and esbuild initialises a required module
// lazily. A new import from these packages in html.ts needs its export here (the build fails without it).
import path from 'node:path';

const STAND_INS = {
  htmlparser2: `let m; export class Parser { constructor(...a) { return new (m ??= require('htmlparser2')).Parser(...a); } }`,
  'entities/decode': `let m; export function decodeHTMLAttribute(s) { return (m ??= require('entities/decode')).decodeHTMLAttribute(s); }`,
};

/** The esbuild plugin, for a bundle of the project at `root`. */
export function lazyImports(root) {
  const importer = path.join(root, 'lib/formats/html.ts');
  const filter = new RegExp(`^(?:${Object.keys(STAND_INS).join('|')})$`);
  return {
    name: 'lazy-imports',
    setup(b) {
      b.onResolve({ filter }, (args) => (args.importer === importer ? { path: args.path, namespace: 'lazy' } : undefined));
      b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({ contents: STAND_INS[args.path], resolveDir: root, loader: 'js' }));
    },
  };
}
