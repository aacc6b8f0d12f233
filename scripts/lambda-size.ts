// Measures the checker Lambda's bundle: bundles functions/handler.ts with the stack's esbuild settings
// (cdk/bundling.ts, through cdk/bundle.ts), prints its size and its largest parts (esbuild's metafile, by package or lib/
// folder), then imports it in fresh Node processes and prints the time the import took (module
// load and top-level code: S3 client construction, no network), as wall time and as the CPU time
// of the process during the import. On a shared machine the wall time carries the load; the CPU
// time is the steadier figure. min/median/max over the runs state the noise.
// Usage: npx tsx scripts/lambda-size.ts [runs=15]

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleLambda, CHECKER_ENTRY } from '../cdk/bundle.js';

const runs = Number(process.argv[2] ?? 15);
const out = mkdtempSync(path.join(tmpdir(), 'mtqa-lambda-'));
const file = path.join(out, 'index.mjs');

/** node_modules/@scope/pkg/… → @scope/pkg; lib/rules/x.ts → lib/rules. */
function part(input: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  return pkg ? pkg[1] : path.dirname(input);
}

try {
  const metafile = await bundleLambda(CHECKER_ENTRY, file);
  const bytes = statSync(file).size;
  console.log(`bundle: ${bytes} bytes minified (${gzipSync(readFileSync(file)).length} gzipped), map ${statSync(`${file}.map`).size} bytes`);
  const parts = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(Object.values(metafile.outputs).find((o) => o.entryPoint)!.inputs)) {
    parts.set(part(input), (parts.get(part(input)) ?? 0) + bytesInOutput);
  }
  const largest = [...parts].sort((a, b) => b[1] - a[1]);
  const sdk = largest.filter(([p]) => /^@(aws-sdk|smithy|aws)\//.test(p)).reduce((n, [, b]) => n + b, 0);
  console.log(`largest parts (kB): ${largest.slice(0, 14).map(([p, b]) => `${p} ${(b / 1000).toFixed(0)}`).join(', ')}; AWS SDK in all ${(sdk / 1000).toFixed(0)}`);

  const probe =
    'const c = process.cpuUsage(); const t = performance.now(); ' +
    `await import(${JSON.stringify(file)}); ` +
    'const u = process.cpuUsage(c); process.stdout.write(JSON.stringify([performance.now() - t, (u.user + u.system) / 1000]));';
  const env = { ...process.env, AWS_REGION: 'us-east-1', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
  const load = loadavg()[0];
  const samples = Array.from({ length: runs }, () => JSON.parse(execFileSync(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', probe], { env, encoding: 'utf8' })) as [number, number]);
  const stats = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return `min ${s[0].toFixed(1)}, median ${s[Math.floor(s.length / 2)].toFixed(1)}, max ${s[s.length - 1].toFixed(1)} ms`;
  };
  console.log(`cold import (${runs} fresh processes, Node ${process.versions.node}, --enable-source-maps, load average ${load.toFixed(1)} on ${availableParallelism()} cores):`);
  console.log(`  wall ${stats(samples.map((s) => s[0]))}`);
  console.log(`  CPU  ${stats(samples.map((s) => s[1]))}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
