// The mtqa command, in process (main) and once as the real binary.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../cli/mtqa.js';
import { doubledWord } from '../lib/rules/doubled-word.js';
import { runCli, scratchFiles } from './cli-harness.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { dir, file } = scratchFiles('mtqa-cli-');


const BROKEN = 'The sides will expand cooperation. in the field of energy.\n';
const CLEAN = 'The sides will expand cooperation in the field of energy. E.g. the U.S. agreed.\n';

describe('mtqa check', () => {
  it('exits 1 with findings and prints the report as JSON', async () => {
    const { code, out } = await runCli('check', '--format', 'json', '--lang', 'en', file('broken.txt', BROKEN));
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report.findings[0]).toMatchObject({ rule: 'stray-sentence-break', category: 'segmentation', start: 33, end: 37, line: 1, column: 34 });
  });

  it('exits 0 on clean text', async () => {
    const { code, out } = await runCli('check', '--format', 'json', file('clean.txt', CLEAN));
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ status: 'ok', findings: [], language: { code: 'en', source: 'detected' } });
  });

  it('prints ESLint-style output by default', async () => {
    const { out } = await runCli('check', file('broken2.txt', BROKEN));
    expect(out).toMatch(/broken2\.txt\n {2}1:34 {2}warning {2}Stray sentence break in .* {2}stray-sentence-break\n/);
    expect(out).toMatch(/✖ 1 problem \(0 errors, 1 warning\)/);
  });

  it('prints an array for several files', async () => {
    const { out } = await runCli('check', '-f', 'json', file('a.txt', BROKEN), file('b.txt', CLEAN));
    expect(JSON.parse(out)).toHaveLength(2);
  });

  it('exits 2 with a message on stderr for bad input and bad usage', async () => {
    const png = await runCli('check', '--format', 'json', file('x.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2])));
    expect(png.code).toBe(2);
    expect(png.err).toMatch(/x\.png: The file is a PNG image, not text/);
    expect(JSON.parse(png.out)).toMatchObject({ status: 'error', error: { code: 'binary' } });
    expect((await runCli('check', path.join(dir, 'missing.txt'))).code).toBe(2);
    expect((await runCli('check', '--lang', 'English', file('c.txt', CLEAN))).code).toBe(2);
    expect((await runCli('check', '--format', 'xml', file('d.txt', CLEAN))).code).toBe(2);
    expect((await runCli('check')).code).toBe(2);
    expect((await runCli('frobnicate')).code).toBe(2);
    expect((await runCli('fix', '--write', '-')).code).toBe(2);
  });
});

describe('mtqa check when something breaks', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reports a rule that throws with its id, keeps the other rules\' findings and exits 2', async () => {
    // Fault injection: no real input makes a rule throw, so one is made to.
    vi.spyOn(doubledWord, 'check').mockImplementation(() => {
      throw new TypeError('boom');
    });
    const { code, out, err } = await runCli('check', '--format', 'json', '--lang', 'en', file('fault.txt', 'We met the the minister. in Berlin.\n'));
    expect(code).toBe(2);
    expect(err).toMatch(/fault\.txt: rule doubled-word failed \(TypeError: boom\); its findings are missing/);
    const report = JSON.parse(out);
    expect(report.ruleErrors).toEqual([{ rule: 'doubled-word', message: 'TypeError: boom' }]);
    expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual(['stray-sentence-break']);
  });

  it('exits 2, not 1, when the command itself crashes', async () => {
    let err = '';
    const code = await main(['check', '--lang', 'en', file('crash.txt', CLEAN)], {
      out: () => {
        throw new Error('stdout closed');
      },
      err: (s) => (err += s),
      color: false,
    });
    expect(code).toBe(2);
    expect(err).toMatch(/mtqa: internal error: Error: stdout closed/);
  });

  it('stops quietly, exit 2, when the reader of its output goes away (| head)', async () => {
    const big = file('big.txt', `${BROKEN}\n`.repeat(2000));
    const child = spawn(process.execPath, ['bin/mtqa.js', 'check', '--format', 'json', '--lang', 'en', big], { cwd: root });
    child.stdout.destroy();
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(err).toBe('');
    expect(code).toBe(2);
  });
});

describe('mtqa fix', () => {
  it('prints a unified diff of the safe fixes', async () => {
    const { out } = await runCli('fix', file('f.txt', BROKEN));
    expect(out).toContain('-The sides will expand cooperation. in the field of energy.');
    expect(out).toContain('+The sides will expand cooperation in the field of energy.');
  });

  it('counts fixes, not edits, when it writes them', async () => {
    // One fix with two edits: drop the full stop, lowercase "Again".
    const p = file('two-edits.txt', 'They drew up a plan for some time. Again. Cementing the ties is the trend.\n');
    const { err } = await runCli('fix', '--write', '--lang', 'en', p);
    expect(err).toBe(`mtqa: ${p}: applied 1 fix\n`);
    expect(readFileSync(p, 'utf8')).toBe('They drew up a plan for some time again. Cementing the ties is the trend.\n');
  });

  it('writes the fixes back in the file encoding (UTF-16LE with BOM)', async () => {
    const p = file('u16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BROKEN.replace('\n', '\r\n'), 'utf16le')]));
    expect((await runCli('fix', '--write', p)).code).toBe(1);
    const bytes = readFileSync(p);
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(bytes.subarray(2).toString('utf16le')).toBe('The sides will expand cooperation in the field of energy.\r\n');
  });
});

describe('mtqa fix on a file in the legacy encoding it declares', () => {
  const po = (msgstr: string) => `msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n"Language: fr\\n"\n\nmsgid "It is done."\nmsgstr "${msgstr}"\n`;

  it('writes the fixes back in that encoding', async () => {
    const p = file('fr.po', Buffer.from(po('Déjà le fichier est est là.'), 'latin1'));
    expect((await runCli('fix', '--write', p)).err).toBe(`mtqa: ${p}: applied 1 fix\n`);
    expect(readFileSync(p)).toEqual(Buffer.from(po('Déjà le fichier est là.'), 'latin1'));
  });

  it('refuses to write what the encoding would not give back byte for byte', async () => {
    // Shift_JIS writes "≒" as 81 E0 and, in NEC's extension, as 87 90: the file's own bytes would not come back.
    const head = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=Shift_JIS\\n"\n"Language: fr\\n"\n\nmsgid "It is done."\nmsgstr "Le fichier est est là ';
    const bytes = Buffer.concat([Buffer.from(head.replace('à', 'a'), 'latin1'), Buffer.from([0x87, 0x90]), Buffer.from(' 5."\n', 'latin1')]);
    const p = file('fr-sjis.po', bytes);
    const { err } = await runCli('fix', '--write', p);
    expect(err).toMatch(/fixes not applied: the fixed text cannot be written back in shift_jis byte for byte/);
    expect(readFileSync(p)).toEqual(bytes);
  });
});

describe('bin/mtqa.js', () => {
  it('runs as a command with the documented contract', () => {
    const p = file('bin.txt', BROKEN);
    const r = spawnSync(process.execPath, ['bin/mtqa.js', 'check', '--format', 'json', '--lang', 'en', p], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).findings).toHaveLength(1);
    expect(execFileSync(process.execPath, ['bin/mtqa.js', '--version'], { cwd: root, encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('sets no V8 flag before the Node modules it imports have loaded, where Node keeps no compile cache', () => {
    // A flag set earlier makes V8 refuse Node's built-in code cache for each of them (see bin/mtqa.js).
    const hook = `import v8 from 'node:v8';
      const set = v8.setFlagsFromString;
      v8.setFlagsFromString = (flag) => { process.stderr.write(\`FLAG \${flag} crypto:\${process.moduleLoadList.includes('NativeModule crypto')}\\n\`); set(flag); };`;
    const p = file('flags.txt', CLEAN);
    const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(hook)}`, 'bin/mtqa.js', 'check', p], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const flags = r.stderr.split('\n').filter((l) => l.startsWith('FLAG '));
    expect(flags.length).toBeGreaterThan(0);
    const compileCache = 'enableCompileCache' in module;
    if (!compileCache) expect(flags.filter((l) => !l.endsWith('crypto:true'))).toEqual([]);
  });
});
