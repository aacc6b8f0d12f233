// Measures the Lambda bundle: bundles functions/handler.ts with the stack's esbuild settings
// (cdk/bundling.ts), prints its size, then imports it in fresh Node processes and prints the time
// the import took (module load and top-level code: S3 client construction, no network).
// Usage: npx tsx scripts/lambda-size.ts [runs=10]

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { LAMBDA_BUNDLING } from '../cdk/bundling.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const runs = Number(process.argv[2] ?? 10);
const out = mkdtempSync(path.join(tmpdir(), 'mtqa-lambda-'));
const file = path.join(out, 'index.mjs');

try {
  await build({
    entryPoints: [path.join(root, 'functions/handler.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: LAMBDA_BUNDLING.target,
    minify: LAMBDA_BUNDLING.minify,
    sourcemap: LAMBDA_BUNDLING.sourceMap,
    sourcesContent: LAMBDA_BUNDLING.sourcesContent,
    mainFields: [...LAMBDA_BUNDLING.mainFields],
    banner: { js: LAMBDA_BUNDLING.banner },
    logLevel: 'warning',
  });
  const bytes = statSync(file).size;
  console.log(`bundle: ${bytes} bytes minified (${gzipSync(readFileSync(file)).length} gzipped), map ${statSync(`${file}.map`).size} bytes`);

  const probe = `const t = performance.now(); await import(${JSON.stringify(file)}); process.stdout.write(String(performance.now() - t));`;
  const env = { ...process.env, AWS_REGION: 'us-east-1', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
  const times = Array.from({ length: runs }, () =>
    Number(execFileSync(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', probe], { env, encoding: 'utf8' })),
  ).sort((a, b) => a - b);
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  console.log(
    `cold import (${runs} fresh processes, Node ${process.versions.node}, --enable-source-maps): ` +
      `min ${ms(times[0])}, median ${ms(times[Math.floor(runs / 2)])}, max ${ms(times[runs - 1])}`,
  );
} finally {
  rmSync(out, { recursive: true, force: true });
}
