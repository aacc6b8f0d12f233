// Bundles a Lambda handler: esbuild's API with the settings in bundling.ts. The stack runs it at
// synth for each function (`tsx cdk/bundle.ts ENTRY OUTDIR`, see stack.ts), scripts/lambda-size.ts
// measures the checker's and tests/lambda-bundle.test.ts runs it, so the measured and tested bundle
// is the deployed one.
// esbuild's API rather than NodejsFunction's command line: a plugin makes the S3 client's schema
// module tree-shakable (see below), which no command-line flag can.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Metafile, type Plugin } from 'esbuild';
import { lazyImports } from '../scripts/lazy-imports.mjs';
import { wordLists } from '../scripts/word-lists.mjs';
import { LAMBDA_ALIASES, LAMBDA_BUNDLING } from './bundling.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/**
 * @aws-sdk/client-s3 describes all of S3's ~100 operations in one module of constants and arrays
 * (dist-es/schemas/schemas_0.js). esbuild drops the ones nothing uses, but only when it can see
 * they have no side effects, and computed keys
 * (`{ [_h]: … }`, `_h` a string constant of the same module) may in general run code. Writing each
 * such key as the string it names (`{ "http": … }`) changes nothing at run time and lets the schemas
 * of the operations the functions send stay alone: 54 KB less bundle and some 10 ms less cold
 * start. Fails the build if a module no longer looks like that (an SDK upgrade), rather than
 * quietly shipping it whole.
 */
const shakeableSchemas: Plugin = {
  name: 'shakeable-schemas',
  setup(b) {
    b.onLoad({ filter: /[\\/]@aws-sdk[\\/]client-s3[\\/]dist-es[\\/]schemas[\\/]schemas_0\.js$/ }, ({ path: file }) => {
      const source = readFileSync(file, 'utf8');
      const strings = new Map<string, string>();
      for (const m of source.matchAll(/^const (_\w+) = ("(?:[^"\\\n]|\\.)*");$/gm)) strings.set(m[1], m[2]);
      let replaced = 0;
      const contents = source.replace(/\[(_\w+)\]:/g, (key, name: string) => {
        const value = strings.get(name);
        // "__proto__" as a literal key would set the prototype, not a property.
        if (value === undefined || value === '"__proto__"') return key;
        replaced++;
        return `${value}:`;
      });
      if (replaced === 0) throw new Error(`${b.initialOptions.outfile}: no computed keys to rewrite in ${file}; check the shakeable-schemas plugin against this SDK version`);
      return { contents, loader: 'js' };
    });
  },
};

/**
 * The SDK clients import their whole package.json (a default import, which esbuild cannot trim)
 * to put its `version` in the user agent: 2.5 KB of scripts, dependencies and exports per client.
 * The bundle keeps the fields they read.
 */
const clientVersionOnly: Plugin = {
  name: 'client-version-only',
  setup(b) {
    b.onLoad({ filter: /[\\/]@aws-sdk[\\/]client-[\w-]+[\\/]package\.json$/ }, ({ path: file }) => {
      const { name, version } = JSON.parse(readFileSync(file, 'utf8')) as { name: string; version: string };
      return { contents: JSON.stringify({ name, version }), loader: 'json' };
    });
  },
};

/**
 * The SDK's Node hashes (SHA-256 for signing, SHA-1, MD5 and CRC32 for checksums) use node:crypto
 * and zlib, and carry a hash written in JavaScript for a Node without them, which the Lambda's
 * runtime (Node 24, not in FIPS mode) never is: 8 KB that never run. Each module keeps its native
 * class only. Fails the build if a module no longer looks like that (an SDK upgrade).
 */
const nativeHashesOnly: Plugin = {
  name: 'native-hashes-only',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist-es[\\/]submodules[\\/]\w+[\\/]\w+[\\/](?:Sha256|Sha1|Md5|Crc32)Node\.js$/ }, ({ path: file }) => {
      const source = readFileSync(file, 'utf8');
      const fallback = /^export const (\w+) = \w+ \? (buildNativeClass\(\w*\)) : (\w+Js);$/m.exec(source);
      const load = fallback && new RegExp(`^import \\{ ${fallback[3]} \\} from "\\./${fallback[3]}";\\n`, 'm');
      if (!fallback || !load?.test(source)) throw new Error(`${file}: no JavaScript fallback to leave out; check the native-hashes-only plugin against this SDK version`);
      return { contents: source.replace(load, '').replace(fallback[0], `export const ${fallback[1]} = ${fallback[2]};`), loader: 'js' };
    });
  },
};

/**
 * Two S3 features that no command the functions send can reach, which the S3 client wires in at
 * construction all the same:
 * - Event streams (SelectObjectContent's records; GetObject, HeadObject, PutObject, DeleteObject
 *   have none): the client builds their marshaller when it is created, and the protocol imports
 *   their serde when a response is one. 11 KB of codec, framing and marshallers.
 * - S3 Express One Zone sessions (directory buckets, "name--zone--x-s3"): the client creates their
 *   identity provider and cache, and the CreateSession command that feeds them; the middleware
 *   asks for a session only when the endpoint names the "sigv4-s3express" scheme. 3 KB.
 * - Request bodies in XML (CreateBucket, PutObjectTagging, DeleteObjects…): the REST-XML protocol
 *   builds its XML serializer when it is created, but GetObject, HeadObject and DeleteObject send
 *   no body, and PutObject's body is its stream, sent as it is; headers, query and path go through
 *   the protocol's string serializer. 7 KB of serializer and XML builder. The stand-in's flush
 *   throws as the serializer's own does when nothing was written.
 * - Adaptive retries (client-side rate limiting): the functions make every client with retryMode
 *   "standard" (S3_RETRY in functions/s3.ts), which an AWS_RETRY_MODE in the environment does not
 *   override. 3 KB of strategy and token-bucket rate limiter.
 * - Web streams (a ReadableStream where Node's streams are expected): the stream helpers on Node
 *   hand one to their browser twins, but the Node HTTP handler's responses are Node streams
 *   (IncomingMessage: the body's mixin, the checksum stream that validates it) and the functions
 *   send strings and bytes, never a stream (no aws-chunked encoding). 3.3 KB of web-stream mixin,
 *   checksum stream and chunked encoder with their base64 and UTF-8 helpers (the browser base64
 *   builds its alphabet tables when the bundle starts); a cold import ran 784-792 M -> 759-765 M
 *   instructions (cachegrind, one thread, 4 runs each: more than 3 KB of code explain). The mixin's stand-in
 *   throws inside its caller's try, which then reports the stream as an unexpected implementation,
 *   as it does for any stream that is neither.
 * Each is replaced by a stand-in that throws if it is ever used after all (a new command, a
 * directory bucket), naming this file. Each rewrite must match exactly once: the build fails
 * if a module no longer looks like that (an SDK upgrade).
 */
/** The stand-in of a stream helper's browser twin (see web streams above). */
const WEB_STREAMS_UNREACHED = '() => { throw new Error("web streams are left out of the Lambda bundle (cdk/bundle.ts)"); }';

const UNREACHED_SDK_FEATURES: readonly { file: RegExp; edits: readonly [from: string, to: string][] }[] = [
  {
    file: /[\\/]@aws-sdk[\\/]client-s3[\\/]dist-es[\\/]runtimeConfig\.js$/,
    edits: [['import { eventStreamSerdeProvider } from "@smithy/core/event-streams";', 'const eventStreamSerdeProvider = () => undefined;']],
  },
  {
    file: /[\\/]@smithy[\\/]core[\\/]dist-es[\\/]submodules[\\/]protocols[\\/]HttpProtocol\.js$/,
    edits: [['await import("@smithy/core/event-streams")', 'await Promise.reject(new Error("event streams are left out of the Lambda bundle (cdk/bundle.ts)"))']],
  },
  {
    file: /[\\/]@aws-sdk[\\/]middleware-sdk-s3[\\/]dist-es[\\/]submodules[\\/]s3[\\/]middleware-s3-configuration[\\/]s3Configuration\.js$/,
    edits: [
      ['import { S3ExpressIdentityProviderImpl } from "../middleware-s3-express/classes/S3ExpressIdentityProviderImpl";\n', ''],
      [
        'new S3ExpressIdentityProviderImpl(async (key) => s3ClientProvider().send(new CreateSessionCommandCtor({\n                Bucket: key,\n            })))',
        '{ getS3ExpressIdentity: async () => { throw new Error("S3 Express One Zone (directory buckets) is left out of the Lambda bundle (cdk/bundle.ts)"); } }',
      ],
    ],
  },
  {
    file: /[\\/]@aws-sdk[\\/]client-s3[\\/]dist-es[\\/]S3Client\.js$/,
    edits: [
      ['import { CreateSessionCommand, } from "./commands/CreateSessionCommand";\n', ''],
      ['{ session: [() => this, CreateSessionCommand] }', '{ session: [] }'],
    ],
  },
  {
    file: /[\\/]@aws-sdk[\\/]core[\\/]dist-es[\\/]submodules[\\/]protocols[\\/]xml[\\/]XmlCodec\.js$/,
    edits: [
      ['import { XmlShapeSerializer } from "./XmlShapeSerializer";\n', ''],
      [
        'const serializer = new XmlShapeSerializer(this.settings);',
        'const unreached = () => { throw new Error("XML request bodies are left out of the Lambda bundle (cdk/bundle.ts)"); };\n        const serializer = { setSerdeContext() { }, write: unreached, flush: unreached };',
      ],
    ],
  },
  {
    file: /[\\/]@smithy[\\/]core[\\/]dist-es[\\/]submodules[\\/]retry[\\/]middleware-retry[\\/]configurations\.js$/,
    edits: [
      [
        'import { AdaptiveRetryStrategy } from "../util-retry/AdaptiveRetryStrategy";',
        'class AdaptiveRetryStrategy { constructor() { throw new Error("adaptive retries are left out of the Lambda bundle (cdk/bundle.ts)"); } }',
      ],
    ],
  },
  {
    file: /[\\/]@smithy[\\/]core[\\/]dist-es[\\/]submodules[\\/]serde[\\/]util-stream[\\/]sdk-stream-mixin\.js$/,
    edits: [['import { sdkStreamMixin as sdkStreamMixinReadableStream } from "./sdk-stream-mixin.browser";', `const sdkStreamMixinReadableStream = ${WEB_STREAMS_UNREACHED};`]],
  },
  {
    file: /[\\/]@smithy[\\/]core[\\/]dist-es[\\/]submodules[\\/]serde[\\/]util-stream[\\/]checksum[\\/]createChecksumStream\.js$/,
    edits: [['import { createChecksumStream as createChecksumStreamWeb, } from "./createChecksumStream.browser";', `const createChecksumStreamWeb = ${WEB_STREAMS_UNREACHED};`]],
  },
  {
    file: /[\\/]@smithy[\\/]core[\\/]dist-es[\\/]submodules[\\/]serde[\\/]util-stream[\\/]getAwsChunkedEncodingStream\.js$/,
    edits: [['import { getAwsChunkedEncodingStream as getAwsChunkedEncodingStreamBrowser } from "./getAwsChunkedEncodingStream.browser";', `const getAwsChunkedEncodingStreamBrowser = ${WEB_STREAMS_UNREACHED};`]],
  },
];

const unreachedSdkFeatures: Plugin = {
  name: 'unreached-sdk-features',
  setup(b) {
    for (const { file: filter, edits } of UNREACHED_SDK_FEATURES) {
      b.onLoad({ filter }, ({ path: file }) => {
        let contents = readFileSync(file, 'utf8');
        for (const [from, to] of edits) {
          const parts = contents.split(from);
          if (parts.length !== 2) throw new Error(`${file}: ${JSON.stringify(from)} occurs ${parts.length - 1} times, not once; check the unreached-sdk-features plugin against this SDK version`);
          contents = parts.join(to);
        }
        return { contents, loader: 'js' };
      });
    }
  },
};

/** The file beside the bundle that holds the tables of SOURCE_TABLES. */
export const SOURCE_TABLES_FILE = 'source-tables.json';

/**
 * Tables that only a check with a source reads (a source document, or a bilingual file's source
 * column): the unit words of CLDR (lib/bilingual/units.ts) and its scale words
 * (lib/bilingual/number-words.ts), which number-mismatch reads when it compares a source's
 * quantities with the translation's. In the bundle they are not in the core's chunk, which every
 * check reads and parses, but in SOURCE_TABLES_FILE beside it, as JSON, which the chunk reads
 * at the first lookup of one of them: a target-only check never reads those 47 KB. Each table is a
 * record of strings looked up by language, so that a Proxy whose `get` reads the record in the file
 * does what the object itself did. The module's other exports stay in the chunk, as their values.
 */
const SOURCE_TABLES: Readonly<Record<string, readonly string[]>> = {
  'lib/bilingual/units.generated.ts': ['UNIT_FORMS'],
  'lib/bilingual/scales.generated.ts': ['CLDR_SCALES'],
};

const sourceTables: Plugin = {
  name: 'source-tables',
  setup(b) {
    const tables: Record<string, Record<string, string>> = {};
    const files = new Map(Object.entries(SOURCE_TABLES).map(([f, names]) => [path.join(root, f), names]));
    b.onLoad({ filter: /[\\/]lib[\\/]bilingual[\\/]\w+\.generated\.ts$/ }, async ({ path: file }) => {
      const names = files.get(file);
      if (!names) return undefined;
      const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      const lines = [
        'import { readFileSync } from "node:fs";',
        `let tables; const table = (name) => new Proxy({}, { get: (_, key) => (tables ??= JSON.parse(readFileSync(new URL(${JSON.stringify(`./${SOURCE_TABLES_FILE}`)}, import.meta.url), "utf8")))[name][key] });`,
      ];
      for (const [name, value] of Object.entries(module)) {
        if (names.includes(name)) {
          if (Object.values(value as object).some((v) => typeof v !== 'string')) throw new Error(`${file}: ${name} is not a record of strings; check the source-tables plugin`);
          tables[name] = value as Record<string, string>;
          lines.push(`export const ${name} = table(${JSON.stringify(name)});`);
        } else lines.push(`export const ${name} = ${JSON.stringify(value)};`);
      }
      for (const name of names) if (!(name in module)) throw new Error(`${file} exports no ${name}; check the source-tables plugin`);
      return { contents: lines.join('\n'), loader: 'js' };
    });
    b.onEnd(() => {
      if (Object.keys(tables).length > 0) writeFileSync(path.join(b.initialOptions.outdir!, SOURCE_TABLES_FILE), JSON.stringify(tables));
    });
  },
};

/**
 * Packages that only code the bundle drops imports, dynamically. Split, esbuild writes a chunk for
 * every dynamic import it meets, even in a function tree shaking leaves out: the SDK's browser
 * user-agent parser (`import("bowser")` in @aws-sdk/core, 35 KB) would ship and never load. They
 * stay external, and the build fails if an output imports one after all (an SDK upgrade that uses it
 * on Node), rather than ship a bundle that cannot load it.
 */
const UNREACHED_IMPORTS: readonly string[] = ['bowser'];

/** The checker's entry: the function S3 uploads reach. */
export const CHECKER_ENTRY = 'functions/handler.ts';

/**
 * Writes the bundle of `entry` (a path from the project root) to `outfile` (`….mjs`), with the
 * chunks it loads later and the source maps beside it; returns esbuild's metafile.
 */
export async function bundleLambda(entry: string, outfile: string): Promise<Metafile> {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    outdir: path.dirname(outfile),
    entryNames: path.basename(outfile, '.mjs'),
    outExtension: { '.js': '.mjs' },
    splitting: LAMBDA_BUNDLING.splitting,
    chunkNames: '[name]-[hash]',
    external: [...UNREACHED_IMPORTS],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: LAMBDA_BUNDLING.target,
    minify: LAMBDA_BUNDLING.minify,
    sourcemap: LAMBDA_BUNDLING.sourceMap,
    sourcesContent: LAMBDA_BUNDLING.sourcesContent,
    mainFields: [...LAMBDA_BUNDLING.mainFields],
    banner: { js: LAMBDA_BUNDLING.banner },
    charset: LAMBDA_BUNDLING.charset,
    alias: { ...LAMBDA_ALIASES },
    plugins: [shakeableSchemas, clientVersionOnly, nativeHashesOnly, unreachedSdkFeatures, sourceTables, lazyImports(root), wordLists(root)],
    absWorkingDir: root,
    metafile: true,
    logLevel: 'warning',
  });
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    const unreached = output.imports.find((i) => i.external && UNREACHED_IMPORTS.includes(i.path));
    if (unreached) throw new Error(`${file} imports ${unreached.path}, which cdk/bundle.ts leaves out as never imported: bundle it again`);
  }
  return result.metafile;
}

// `tsx cdk/bundle.ts ENTRY OUTDIR`: the stack's local bundling step.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [entry, outdir] = process.argv.slice(2);
  if (!entry || !outdir) throw new Error('usage: tsx cdk/bundle.ts ENTRY OUTDIR');
  await bundleLambda(entry, path.join(path.resolve(outdir), 'index.mjs'));
}
