// The HTML reader's packages start only when a page is first read: a check of any other format
// never needs them, and their top level (entities decompresses its decode tries) costs ~15 M
// instructions at every start (a 13-byte text check with the CLI: 903.3 M -> 887.9 M). The HTML
// reader imports them as usual, so tests and tsx run it unchanged; in a bundle (the CLI's
// scripts/build.mjs, the Lambda's cdk/bundle.ts) each import is replaced by a stand-in with the
// same exports that require()s the module (of htmlparser2, its Parser module) on first use, and
// esbuild initialises a required module lazily. lib/catalogue/entities.ts, which every start loads,
// reaches entities' table through html-references.ts the same way, at the first named reference.
// A new import of these modules needs its export here (the build fails without it).
// A module required is kept whole, its imports only as far as they are used: html.ts reaches
// entities through html-references.ts, not by requiring entities/decode, whose string decoders
// (decodeHTML, decodeXML… beside the EntityDecoder the tokenizer uses) would then all ship.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The module of htmlparser2 that defines Parser, the one export html.ts uses. A stand-in that
 * required the package would bundle its whole index, required modules being kept whole:
 * parseDocument and parseFeed with the DOM packages behind them (domhandler, domutils,
 * dom-serializer and entities' encoders), 17 KB of the Lambda bundle that never run.
 */
function parserModule(root) {
  const file = path.join(path.dirname(createRequire(path.join(root, 'package.json')).resolve('htmlparser2')), 'Parser.js');
  if (!/^export class Parser\b/m.test(readFileSync(file, 'utf8'))) throw new Error(`${file} does not define Parser: check scripts/lazy-imports.mjs against this htmlparser2`);
  return file;
}

/** The stand-ins' code, for the project at `root`. */
function standIns(root) {
  return {
    htmlparser2: `let m; export class Parser { constructor(...a) { return new (m ??= require(${JSON.stringify(parserModule(root))})).Parser(...a); } }`,
    [REFERENCES]: `let m; const r = () => (m ??= require(${JSON.stringify(path.join(root, 'lib/formats/html-references.ts'))})); export function decodeAttributeReference(s) { return r().decodeAttributeReference(s); } export function namedReferenceText(s) { return r().namedReferenceText(s); }`,
  };
}

/** html-references.ts as its importers name it: html.ts beside it, lib/catalogue/entities.ts from catalogue. */
const REFERENCES = 'html-references';
const IMPORTERS = { htmlparser2: ['lib/formats/html.ts'], [REFERENCES]: ['lib/formats/html.ts', 'lib/catalogue/entities.ts'] };
const SPECIFIERS = { htmlparser2: 'htmlparser2', './html-references.js': REFERENCES, '../formats/html-references.js': REFERENCES };

/** The esbuild plugin, for a bundle of the project at `root`. */
export function lazyImports(root) {
  const STAND_INS = standIns(root);
  const filter = new RegExp(`^(?:${Object.keys(SPECIFIERS).map((k) => k.replace(/[.]/g, '\\.')).join('|')})$`);
  return {
    name: 'lazy-imports',
    setup(b) {
      b.onResolve({ filter }, (args) => {
        const module = SPECIFIERS[args.path];
        return IMPORTERS[module].some((f) => args.importer === path.join(root, f)) ? { path: module, namespace: 'lazy' } : undefined;
      });
      b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({ contents: STAND_INS[args.path], resolveDir: root, loader: 'js' }));
    },
  };
}
