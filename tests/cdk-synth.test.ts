// `npx cdk synth` as a user runs it: the real CLI, offline, without credentials. It bundles the
// handler with the local esbuild, runs cdk-nag, and the bundle it produces must load as ESM.

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { ESM_REQUIRE_BANNER } from '../cdk/bundling.js';

const run = promisify(execFile);
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = mkdtempSync(path.join(tmpdir(), 'mtqa-cdk-out-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The environment minus anything that could reach an AWS account. */
function offlineEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('AWS_') && !k.startsWith('CDK_')));
  return {
    ...env,
    AWS_EC2_METADATA_DISABLED: 'true',
    CDK_DISABLE_VERSION_CHECK: 'true',
    CDK_DISABLE_CLI_TELEMETRY: 'true',
  };
}

it('synthesises offline with bundling, passes cdk-nag, and every bundle imports', { timeout: 180_000 }, async () => {
  const cli = path.join(root, 'node_modules/aws-cdk/bin/cdk');
  await run(process.execPath, [cli, 'synth', '--quiet', '--no-notices', '--output', out], {
    cwd: root,
    env: offlineEnv(),
    timeout: 170_000,
  });
  expect(JSON.parse(readFileSync(path.join(out, 'Mtqa.template.json'), 'utf8')).Resources).toBeDefined();
  const report = JSON.parse(readFileSync(path.join(out, 'validation-report.json'), 'utf8')) as { pluginReports: Array<{ conclusion: string }> };
  expect(report.pluginReports.filter((r) => r.conclusion !== 'success')).toEqual([]);

  // Every function's bundle: minified ESM with the require banner and a source map, exporting
  // the handler its template names. Imported as Lambda would (a fresh process; no network: the S3
  // client is only constructed).
  const template = JSON.parse(readFileSync(path.join(out, 'Mtqa.template.json'), 'utf8')) as {
    Resources: Record<string, { Type: string; Properties: { Handler?: string }; Metadata?: Record<string, string> }>;
  };
  const functions = Object.values(template.Resources).filter((r) => r.Type === 'AWS::Lambda::Function' && r.Metadata?.['aws:asset:path']?.startsWith('asset.'));
  expect(functions.map((f) => f.Properties.Handler).sort()).toEqual(['index.batch', 'index.handler', 'index.summarise']);
  for (const fn of functions) {
    const bundle = path.join(out, fn.Metadata?.['aws:asset:path'] as string, 'index.mjs');
    const code = readFileSync(bundle, 'utf8');
    expect(code.startsWith(ESM_REQUIRE_BANNER)).toBe(true);
    expect(existsSync(`${bundle}.map`)).toBe(true);
    expect(statSync(bundle).size).toBeLessThan(2_000_000);
    const exported = (fn.Properties.Handler as string).slice('index.'.length);
    const { stdout } = await run(
      process.execPath,
      ['--input-type=module', '-e', `const m = await import(${JSON.stringify(bundle)}); console.log(typeof m[${JSON.stringify(exported)}]);`],
      { env: { ...offlineEnv(), AWS_REGION: 'us-east-1', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' }, timeout: 20_000 },
    );
    expect(stdout.trim()).toBe('function');
  }
});
