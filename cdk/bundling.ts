// How the Lambda is bundled (by cdk/bundle.ts, for the stack, scripts/lambda-size.ts and the
// bundle's test alike, so that the measured bundle is the deployed one). The target follows the
// function's runtime in stack.ts.

/** ESM output cannot `require`; CommonJS dependencies inside the bundle still do. */
export const ESM_REQUIRE_BANNER = "import{createRequire}from'module';const require=createRequire(import.meta.url);";

export const LAMBDA_BUNDLING = {
  minify: true,
  sourceMap: true,
  // The stack traces need file names and lines, not the sources: keep the map small.
  sourcesContent: false,
  target: 'node24',
  // Prefer packages' ESM builds, which tree-shake better.
  mainFields: ['module', 'main'],
  banner: ESM_REQUIRE_BANNER,
  // The checker loads its core at the first check (functions/core.ts). Split, that dynamic import is
  // a file of its own beside index.mjs (with the code only it uses), which a cold start neither
  // reads nor parses; in one file its code would be parsed at every cold start.
  splitting: true,
  // Characters past ASCII as escapes (esbuild's in strings, then scripts/ascii-only.mjs's in regular
  // expressions and String.raw, cdk/bundle.ts), as in the CLI's dist/: one such character and V8
  // holds the whole chunk as UTF-16 (the core's chunk had 17,596, index.mjs one ’ in a message).
  // Measured against the utf8 charset: the bundle 798 -> 862 KB (+8 %), gzipped 312.5 -> 313.2 KB;
  // an import and first check of the seed: peak RSS 67.3 -> 65.8 MB, page faults 8,923 -> 8,834
  // (medians of 10 interleaved runs), CPU and instructions within their noise (~1,205 M); the cold
  // import alone unchanged (~825 M instructions, ~5,000 faults).
  charset: 'ascii',
} as const;

/** Modules the bundle replaces (esbuild's `alias`, paths from the project root): see functions/lambda-credentials.ts. */
export const LAMBDA_ALIASES: Readonly<Record<string, string>> = {
  '@aws-sdk/credential-provider-node': './functions/lambda-credentials.ts',
};
