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
  // Non-ASCII characters as they are, not as \uXXXX escapes: the language data (franc's trigrams,
  // word lists in Cyrillic, Greek…) is a sixth of the bundle and would grow by half escaped.
  charset: 'utf8',
} as const;

/** Modules the bundle replaces (esbuild's `alias`, paths from the project root): see functions/lambda-credentials.ts. */
export const LAMBDA_ALIASES: Readonly<Record<string, string>> = {
  '@aws-sdk/credential-provider-node': './functions/lambda-credentials.ts',
};
