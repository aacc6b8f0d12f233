// The CLI on formats: a folder of mixed files, each read by its reader; `fix --write` on each format
// changes only the bytes of its edits and leaves a file its own reader still reads; escapes.
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../lib/check.js';
import { applyEdits, collectEdits } from '../lib/fix.js';
import { chooseFormat, formatById } from '../lib/formats/index.js';
import type { Report } from '../lib/types.js';
import { runCli, scratchFiles } from './cli-harness.js';

const fixtures = new URL('fixtures/formats/', import.meta.url).pathname;
const { dir } = scratchFiles('mtqa-formats-');


describe('mtqa check on a folder', () => {
  const folder = path.join(dir, 'site');
  cpSync(fixtures, folder, { recursive: true });
  writeFileSync(path.join(folder, '.draft.md'), 'Hidden. the draft is not checked.\n');
  writeFileSync(path.join(folder, 'logo.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2]));
  writeFileSync(path.join(folder, 'script.js'), 'const a = 1; // not. a format mtqa reads\n');
  writeFileSync(path.join(folder, 'empty.md'), '');
  writeFileSync(path.join(folder, 'cover.txt'), new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 1]));

  it('checks every file of a known format recursively, each with its reader, and skips hidden, binary and empty files', async () => {
    const { code, out, err } = await runCli('check', '--format', 'json', folder);
    expect(code).toBe(1);
    const reports = JSON.parse(out) as Report[];
    const rel = (r: Report) => path.relative(folder, r.source.name);
    expect(reports.map((r) => [rel(r), r.source.format])).toEqual([
      [path.join('_locales', 'de', 'messages.json'), 'json'],
      ['app.de.po', 'po'],
      ['app_fr.arb', 'json'],
      ['formatjs.en.json', 'json'],
      ['i18next.de.json', 'json'],
      ['interview.srt', 'srt'],
      ['newsletter.txt', 'text'],
      ['release-notes.md', 'markdown'],
      ['talk.vtt', 'vtt'],
    ]);
    expect(reports.every((r) => r.status === 'ok' && r.findings.length > 0)).toBe(true);
    expect(err).toBe(`mtqa: ${folder}: skipped 2 binary or empty files\n`);
  });

  it('says so when a folder holds nothing to check', async () => {
    const none = path.join(dir, 'none');
    cpSync(path.join(folder, 'script.js'), path.join(none, 'script.js'));
    const { code, err } = await runCli('check', none);
    expect(code).toBe(2);
    expect(err).toMatch(/no file of a format mtqa reads \(.*\bmd\b.*\) in /);
  });
});

describe('mtqa fix --write on formats', () => {
  const names = readdirSync(fixtures, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(fixtures, path.join(e.parentPath, e.name)));

  for (const name of names) {
    it(`${name}: only the edits change, and the file still reads as its format`, async () => {
      const file = path.join(dir, 'fix', name);
      cpSync(path.join(fixtures, name), file);
      const before = readFileSync(file, 'utf8');
      const report = checkText(before, { name: file });
      const edits = collectEdits(report.findings);
      expect(edits.length).toBeGreaterThan(0);
      expect((await runCli('fix', '--write', file)).code).toBe(1);
      const after = readFileSync(file, 'utf8');
      expect(after).toBe(applyEdits(before, edits));
      const reader = chooseFormat(file, after);
      expect(() => reader.read(after)).not.toThrow();
      expect(checkText(after, { name: file }).findings.length).toBeLessThan(report.findings.length);
    });
  }
});

describe('fixes in formats', () => {
  it('are never safe across markup', () => {
    const report = checkText('We met the **the** minister and the team.\n', { name: 'a.md', lang: 'en' });
    const doubled = report.findings.find((f) => f.rule === 'doubled-word')!;
    expect(doubled.fix?.safe).toBe(false);
    const plain = checkText('We met the the minister and the team.\n', { name: 'a.txt', lang: 'en' });
    expect(plain.findings.find((f) => f.rule === 'doubled-word')!.fix?.safe).toBe(true);
  });

  it('are escaped for the format they are written into', () => {
    expect(formatById('po')!.escape!('say "hi"\\\n')).toBe('say \\"hi\\"\\\\\\n');
    expect(formatById('json')!.escape!('say "hi"\\\n\u0001')).toBe('say \\"hi\\"\\\\\\n\\u0001');
    expect(formatById('vtt')!.escape!('a < b & c')).toBe('a &lt; b &amp; c');
    expect(formatById('markdown')!.escape!('*a* [b] <c>')).toBe('\\*a\\* \\[b\\] \\<c\\>');
    // YAML's scalar styles escape differently: text that needs it is not written (the fix is shown, not applied).
    expect(formatById('yaml')!.escape!('Straße')).toBe('Straße');
    expect(formatById('yaml')!.escape!('say "hi"')).toBeUndefined();
    expect(formatById('yaml')!.escape!('a: b')).toBeUndefined();
  });
});
