// Measures the checker Lambda's bundle: bundles functions/handler.ts with the stack's esbuild settings
// (cdk/bundling.ts, through cdk/bundle.ts), prints its size (index.mjs, the chunks and the data files
// beside it, and what of it a cold start reads) and its largest parts (esbuild's metafile, by package or lib/
// folder, and the SDK's by submodule), then imports it in fresh Node processes and prints the time
// the import took (module load and top-level code: S3 client construction, no network), as wall time and as the CPU time
// of the process during the import. On a shared machine the wall time carries the load; the CPU
// time is the steadier figure. min/median/max over the runs state the noise.
// The checker core is loaded at the first check (functions/core.ts), so the import leaves that work
// to it: the CPU time of an import followed by a first check of the seed text (3 KB) is printed too,
// from the same bundle with the core's loader exported beside the handler (scripts/lambda-probe.ts).
// Usage: npx tsx scripts/lambda-size.ts [runs=15]

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundleLambda, CHECKER_ENTRY } from '../cdk/bundle.js';

const runs = Number(process.argv[2] ?? 15);
const out = mkdtempSync(path.join(tmpdir(), 'mtqa-lambda-'));
const file = path.join(out, 'index.mjs');
const probeFile = path.join(out, 'probe', 'index.mjs');
const seed = fileURLToPath(new URL('../seeds/000_3bf6eb0c58bdff8a.txt', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));

/** node_modules/@scope/pkg/… → @scope/pkg; lib/rules/x.ts → lib/rules. */
function part(input: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  return pkg ? pkg[1] : path.dirname(input);
}

/**
 * Finer, inside the SDK's packages, which bundle several libraries each (@smithy/core's schema,
 * protocols, event-streams…): …/@smithy/core/dist-es/submodules/protocols/json/x.js →
 * @smithy/core protocols/json; a module outside the submodules → its package.
 */
function sdkPart(input: string): string {
  const sub = /node_modules\/((?:@[^/]+\/)?[^/]+)\/dist-es\/submodules\/([^/]+(?:\/[^/.]+(?=\/))?)/.exec(input);
  return sub ? `${sub[1]} ${sub[2]}` : part(input);
}

try {
  const metafile = await bundleLambda(CHECKER_ENTRY, file);
  // index.mjs and its chunks (esbuild's paths are relative to the project root).
  const outputs = Object.entries(metafile.outputs)
    .filter(([f]) => f.endsWith('.mjs'))
    .map(([f, o]) => ({ file: path.resolve(root, f), ...o }));
  type Output = (typeof outputs)[number];
  const size = (files: Iterable<Output>) => [...files].reduce((n, o) => n + o.bytes, 0);
  // What a cold start reads: the entry and what it imports statically, transitively (the chunks
  // imported dynamically, the core's, wait for their first use).
  const byFile = new Map(outputs.map((o) => [o.file, o]));
  const coldStart = new Set<Output>();
  const read = (o: Output): void => {
    if (coldStart.has(o)) return;
    coldStart.add(o);
    for (const i of o.imports) if (i.kind === 'import-statement' && !i.external) read(byFile.get(path.resolve(root, i.path))!);
  };
  read(byFile.get(file)!);
  // Files the build writes beside the code (cdk/bundle.ts's SOURCE_TABLES_FILE), read at first use: in the size, not in a cold start.
  const data = readdirSync(out).filter((f) => f.endsWith('.json')).map((f) => path.join(out, f));
  const dataBytes = data.reduce((n, f) => n + statSync(f).size, 0);
  const gzipped = [...outputs.map((o) => o.file), ...data].reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0);
  const maps = outputs.reduce((n, o) => n + statSync(`${o.file}.map`).size, 0);
  console.log(`bundle: ${size(outputs) + dataBytes} bytes minified in ${outputs.length + data.length} files (${gzipped} gzipped), maps ${maps} bytes`);
  if (data.length > 0) console.log(`  of which data read at first use: ${data.map((f) => `${path.basename(f)} ${statSync(f).size}`).join(', ')} bytes`);
  for (const o of outputs) console.log(`  ${path.basename(o.file)} ${o.bytes}`);
  console.log(`read at a cold start: ${size(coldStart)} bytes (${[...coldStart].map((o) => path.basename(o.file)).join(', ')})`);
  const sizes = (partOf: (input: string) => string) => {
    const parts = new Map<string, number>();
    for (const o of outputs) {
      for (const [input, { bytesInOutput }] of Object.entries(o.inputs)) parts.set(partOf(input), (parts.get(partOf(input)) ?? 0) + bytesInOutput);
    }
    return [...parts].sort((a, b) => b[1] - a[1]);
  };
  const isSdk = (p: string) => /^@(aws-sdk|smithy|aws)\//.test(p);
  const kB = (parts: [string, number][]) => parts.map(([p, b]) => `${p} ${(b / 1000).toFixed(1)}`).join(', ');
  const largest = sizes(part);
  const sdk = largest.filter(([p]) => isSdk(p)).reduce((n, [, b]) => n + b, 0);
  console.log(`largest parts (kB): ${kB(largest.slice(0, 14))}; AWS SDK in all ${(sdk / 1000).toFixed(1)}`);
  console.log(`AWS SDK's largest parts (kB): ${kB(sizes(sdkPart).filter(([p]) => isSdk(p)).slice(0, 24))}`);

  await bundleLambda('scripts/lambda-probe.ts', probeFile);
  const probe =
    'const c = process.cpuUsage(); const t = performance.now(); ' +
    `await import(${JSON.stringify(file)}); ` +
    'const u = process.cpuUsage(c); process.stdout.write(JSON.stringify([performance.now() - t, (u.user + u.system) / 1000]));';
  const firstCheck =
    `const bytes = (await import('node:fs')).readFileSync(${JSON.stringify(seed)}); const c = process.cpuUsage(); ` +
    `const { loadCore } = await import(${JSON.stringify(probeFile)}); (await loadCore()).checkBytes(bytes, { name: 'seed.txt' }); ` +
    'const u = process.cpuUsage(c); process.stdout.write(JSON.stringify((u.user + u.system) / 1000));';
  const env = { ...process.env, AWS_REGION: 'us-east-1', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
  const node = (script: string): unknown => JSON.parse(execFileSync(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', script], { env, encoding: 'utf8' }));
  const load = loadavg()[0];
  const samples = Array.from({ length: runs }, () => node(probe) as [number, number]);
  const checks = Array.from({ length: runs }, () => node(firstCheck) as number);
  const stats = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return `min ${s[0].toFixed(1)}, median ${s[Math.floor(s.length / 2)].toFixed(1)}, max ${s[s.length - 1].toFixed(1)} ms`;
  };
  console.log(`cold import (${runs} fresh processes, Node ${process.versions.node}, --enable-source-maps, load average ${load.toFixed(1)} on ${availableParallelism()} cores):`);
  console.log(`  wall ${stats(samples.map((s) => s[0]))}`);
  console.log(`  CPU  ${stats(samples.map((s) => s[1]))}`);
  console.log(`  CPU of the import and a first check of ${path.basename(seed)}: ${stats(checks)}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
