// Bundles the Lambda handler with the stack's settings (cdk/bundling.ts) through esbuild's API, as
// NodejsFunction does through its command line: what scripts/lambda-size.ts measures and
// tests/lambda-bundle.test.ts runs is the deployed bundle.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { LAMBDA_ALIASES, LAMBDA_BUNDLING } from '../cdk/bundling.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Writes the bundle to `outfile` (and its source map beside it); returns esbuild's metafile. */
export async function bundleLambda(outfile: string): Promise<Metafile> {
  const result = await build({
    entryPoints: [path.join(root, 'functions/handler.ts')],
    outfile,
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
    absWorkingDir: root,
    metafile: true,
    logLevel: 'warning',
  });
  return result.metafile;
}
