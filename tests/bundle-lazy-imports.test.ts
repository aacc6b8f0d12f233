// The CLI bundle initialises the HTML reader's packages on the first page read (scripts/lazy-imports.mjs
// gives html.ts stand-ins for them): bin/mtqa.js must read a page exactly as the sources do,
// character references in text and in shown attributes included, and know the named references of
// plain text as the sources do (lib/catalogue/entities.ts reaches entities through a stand-in too).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { checkText } from '../lib/check.js';
import { scratchFiles } from './cli-harness.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { file } = scratchFiles('mtqa-lazy-');

it('bin/mtqa.js reports on an HTML page as checkText does', () => {
  const page =
    '<html lang="en"><body><h1>What&rsquo;s new</h1><p>The update fixes the the crash .</p>' +
    '<img src="a.png" alt="Caf&eacute; &amp; bar settings"><p title="A &quot;quoted&quot; tip">Il sistema è stato aggiornato con successo oggi.</p></body></html>\n';
  const p = file('page.html', page);
  const r = spawnSync(process.execPath, ['bin/mtqa.js', 'check', '--format', 'json', p], { cwd: root, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  const report = JSON.parse(r.stdout);
  expect(report.source.format).toBe('html');
  expect(report.findings.length).toBeGreaterThan(0);
  expect(report).toEqual(JSON.parse(JSON.stringify(checkText(page, { name: p }))));
});

it('bin/mtqa.js knows the named references the sources know (entities reached through the stand-in)', () => {
  const text = 'Vorteile: &bullet; schnell &amp;rarr; sicher, AT&T; bleibt.\n';
  const p = file('text.txt', text);
  const r = spawnSync(process.execPath, ['bin/mtqa.js', 'check', '--format', 'json', p], { cwd: root, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  const report = JSON.parse(r.stdout);
  expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual(['html-entity', 'html-entity']);
  expect(report).toEqual(JSON.parse(JSON.stringify(checkText(text, { name: p }))));
});
