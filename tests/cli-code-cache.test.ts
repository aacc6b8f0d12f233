// Node 20's code cache of the CLI (bin/code-cache.js): a check with the cache reports as one without
// it, and a cache that is damaged, made for other source or under other V8 flags, or that cannot be
// written, costs only the parse it would have spared. Node 22.1+ uses Node's own compile cache.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runInThisContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { scratchFiles } from './cli-harness.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { dir, file } = scratchFiles('mtqa-code-cache-');
// A copy of the command of its own, so that this file's caches are not those of the other tests.
const bin = path.join(dir, 'bin/mtqa.js');
const cacheFile = path.join(dir, `dist/cli.cjs.${process.version}-${process.arch}.v8-cache`);
const TEXT = 'The sides will expand cooperation. in the field of energy. The the report is ready.\n';

const run = (...args: string[]) => spawnSync(process.execPath, [...args], { cwd: dir, encoding: 'utf8' });
const check = (...nodeFlags: string[]) => run(...nodeFlags, bin, 'check', '--format', 'json', file('text.txt', TEXT));

describe.skipIf('enableCompileCache' in module)('the CLI on Node 20', () => {
  let expected: string;
  beforeAll(() => {
    mkdirSync(path.join(dir, 'dist'));
    cpSync(path.join(root, 'bin'), path.join(dir, 'bin'), { recursive: true });
    cpSync(path.join(root, 'dist/cli.cjs'), path.join(dir, 'dist/cli.cjs'));
    // The report of the ES modules, without any cache.
    expected = run(path.join(root, 'bin/mtqa.js'), 'check', '--format', 'json', file('text.txt', TEXT)).stdout;
  });
  const report = (r: ReturnType<typeof run>) => {
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    return r.stdout;
  };

  it('writes the cache after a check, not after --version, and reads it', () => {
    run(bin, '--version');
    expect(existsSync(cacheFile)).toBe(false);
    expect(report(check())).toBe(expected);
    const written = statSync(cacheFile).mtimeMs;
    expect(report(check())).toBe(expected);
    expect(statSync(cacheFile).mtimeMs).toBe(written);
    expect(readdirSync(path.join(dir, 'dist')).sort()).toEqual(['cli.cjs', path.basename(cacheFile)]);
  });

  it('writes a damaged cache anew', () => {
    const cache = readFileSync(cacheFile);
    cache.fill(0x5a, cache.length >> 1, (cache.length >> 1) + 64);
    writeFileSync(cacheFile, cache);
    expect(report(check())).toBe(expected);
    expect(readFileSync(cacheFile).equals(cache)).toBe(false);
    writeFileSync(cacheFile, 'not a cache');
    expect(report(check())).toBe(expected);
    expect(readFileSync(cacheFile).length).toBeGreaterThan(1000);
  });

  it('takes no cache made under other V8 flags', () => {
    const before = readFileSync(cacheFile);
    expect(report(check('--no-opt'))).toBe(expected);
    expect(readFileSync(cacheFile).equals(before)).toBe(false);
    expect(report(check())).toBe(expected);
  });

  it('goes on without a cache it cannot write', () => {
    // A folder where the cache would be: neither read nor renamed over (as a read-only folder, which root may still write).
    rmSync(cacheFile);
    mkdirSync(cacheFile);
    expect(report(check())).toBe(expected);
    expect(statSync(cacheFile).isDirectory()).toBe(true);
    expect(readdirSync(path.join(dir, 'dist')).filter((f) => /\.\d+$/.test(f))).toEqual([]);
  });

  it('runs the bundle as strict code, as the ES modules are', () => {
    // A sloppy function has own 'caller' and 'arguments'; the wrapper's "use strict" must come first.
    const wrapper = runInThisContext(readFileSync(path.join(root, 'dist/cli.cjs'), 'utf8'));
    expect(Object.hasOwn(wrapper, 'caller')).toBe(false);
  });

  it('takes no cache made for other source of the same length', () => {
    // V8 checks only the source's length: the stored CRC-32 tells the rest.
    const script = path.join(dir, 'answer.cjs');
    writeFileSync(script, '(function (exports, require, module) { module.exports = () => 1; })');
    const load = `import { requireCached } from ${JSON.stringify(path.join(dir, 'bin/code-cache.js'))};
      const r = requireCached(new URL(${JSON.stringify(pathToFileURL(script).href)})); process.stdout.write(String(r.exports())); r.save?.();`;
    expect(run('--input-type=module', '-e', load).stdout).toBe('1');
    expect(existsSync(`${script}.${process.version}-${process.arch}.v8-cache`)).toBe(true);
    expect(run('--input-type=module', '-e', load).stdout).toBe('1');
    writeFileSync(script, '(function (exports, require, module) { module.exports = () => 2; })');
    expect(run('--input-type=module', '-e', load).stdout).toBe('2');
  });
});
