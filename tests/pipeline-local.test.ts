// Local mode: the local S3 server's events reach the Lambda's handler, and `runLocal` (npm start)
// shows the seed report, processes later uploads and stops cleanly on SIGINT. Load shapes from
// the field: 1,000 uploads at 50 at a time, 20 rapid overwrites of 20 keys, deletions, and the
// keys at S3's limits. (Crashes and stops under load: pipeline-durability.test.ts.)

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DeleteObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runLocal } from '../functions/local/main.js';
import { emulatorClient, startLocalPipeline, type LocalPipeline } from '../functions/local/server.js';
import type { Outcome } from '../functions/process.js';
import { exists, freePort, memoryLogger, readReport } from './pipeline-harness.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mtqa-local-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('local pipeline', () => {
  let local: LocalPipeline;
  const outcomes: Outcome[] = [];
  beforeAll(async () => {
    local = await startLocalPipeline({ port: 0, directory: tempDir(), log: memoryLogger().log, onOutcome: (o) => outcomes.push(o) });
  });
  afterAll(async () => {
    await local?.close();
  });

  it('routes uploads under incoming/ to the handler, and nothing else', async () => {
    const put = (Key: string, Body: string | Uint8Array) => local.s3.send(new PutObjectCommand({ Bucket: local.bucket, Key, Body }));
    await put('incoming/one.txt', 'A sentence. and its broken tail.');
    await put('incoming/pic.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]));
    await put('reports/not-an-input.txt', 'ignored');
    await put('elsewhere/two.txt', 'ignored');
    await put('incoming/after.txt', 'The server keeps working.');
    await local.idle();
    // Uploads are checked concurrently, so they may finish in any order: which ones, not when.
    expect(outcomes.map((o) => o.key).sort()).toEqual(['incoming/after.txt', 'incoming/one.txt', 'incoming/pic.png']);
    expect((await readReport(local.s3, 'reports/one.txt.report.json')).report.findings.length).toBeGreaterThan(0);
    expect((await readReport(local.s3, 'reports/pic.png.report.json')).report.error?.code).toBe('binary');
    expect(await exists(local.s3, 'reports/after.txt.report.json')).toBe(true);
  });

  const put = (Key: string, Body: string | Uint8Array) => local.s3.send(new PutObjectCommand({ Bucket: local.bucket, Key, Body }));
  /** The report's source ETag equals the object's current one: the report describes what is stored. */
  async function reportIsCurrent(key: string): Promise<boolean> {
    const object = await local.s3.send(new HeadObjectCommand({ Bucket: local.bucket, Key: key }));
    const { report } = await readReport(local.s3, `reports/${key.slice('incoming/'.length)}.report.json`);
    return `"${report.source.etag}"` === object.ETag;
  }

  it('checks 1,000 uploads sent 50 at a time, one correct report each', { timeout: 300_000 }, async () => {
    const bodies = ['A clean sentence about the budget.', 'A break. in the middle.', 'Wiederholung Wiederholung Wiederholung Wiederholung.', ''];
    const keys = Array.from({ length: 1000 }, (_, i) => `incoming/burst/${i}.txt`);
    for (let i = 0; i < keys.length; i += 50) await Promise.all(keys.slice(i, i + 50).map((k, j) => put(k, `${bodies[(i + j) % 4]} ${i + j}`)));
    await local.idle();
    for (const key of keys) expect(await reportIsCurrent(key), key).toBe(true);
    const broken = (await readReport(local.s3, 'reports/burst/1.txt.report.json')).report;
    expect(broken.findings.some((f) => f.category === 'segmentation')).toBe(true);
  });

  it('ends 20 rapid overwrites of each of 20 keys with reports of the last versions', { timeout: 120_000 }, async () => {
    const keys = Array.from({ length: 20 }, (_, i) => `incoming/overwrite/${i}.txt`);
    for (let round = 0; round < 20; round++) await Promise.all(keys.map((k) => put(k, `Version ${round} of ${k}. ${round % 2 ? 'and a break.' : ''}`)));
    await local.idle();
    for (const key of keys) {
      expect(await reportIsCurrent(key), key).toBe(true);
      expect((await readReport(local.s3, `reports/${key.slice('incoming/'.length)}.report.json`)).report.findings).toEqual([]);
    }
  });

  it('removes the report of a deleted input', async () => {
    await put('incoming/short-lived.txt', 'Here. and gone.');
    await local.idle();
    expect(await exists(local.s3, 'reports/short-lived.txt.report.html')).toBe(true);
    await local.s3.send(new DeleteObjectCommand({ Bucket: local.bucket, Key: 'incoming/short-lived.txt' }));
    await local.idle();
    expect(await exists(local.s3, 'reports/short-lived.txt.report.json')).toBe(false);
    expect(outcomes.at(-1)).toMatchObject({ action: 'removed', reportKeys: ['reports/short-lived.txt.report.json', 'reports/short-lived.txt.report.html'] });
  });

  it('removes, on a re-check, reports whose input was deleted while nothing listened', async () => {
    await put('reports/ghost.txt.report.json', '{}');
    await put('reports/ghost.txt.report.html', '<p></p>');
    await put('reports/unrelated.json', 'not a report');
    expect(await local.recheck()).toMatchObject({ orphans: 1 });
    await local.idle();
    expect(await exists(local.s3, 'reports/ghost.txt.report.json')).toBe(false);
    expect(await exists(local.s3, 'reports/ghost.txt.report.html')).toBe(false);
    expect(await exists(local.s3, 'reports/unrelated.json')).toBe(true);
  });

  it('reports long names up to the limit and refuses, at upload, inputs whose report key S3 could not hold', async () => {
    // incoming/<name> → reports/<name>.report.json: 3 bytes shorter prefix, 12 bytes of suffix.
    const longest = `incoming/${'n'.repeat(1024 - 'reports/'.length - '.report.json'.length)}`;
    await put(longest, 'A long name. and a break.');
    await local.idle();
    expect(await reportIsCurrent(longest)).toBe(true);
    await expect(put(`${longest}x`, 'one byte more')).rejects.toMatchObject({ name: 'KeyTooLongError', message: expect.stringContaining('its report') });
    expect(await exists(local.s3, `${longest}x`)).toBe(false);
  });

  it('refuses ".." keys, checks a non-empty object whose key ends in "/", skips an empty folder marker', async () => {
    await expect(put('incoming/../outside.txt', 'x')).rejects.toMatchObject({ name: 'InvalidArgument' });
    await put('incoming/named-like-a-folder/', 'Content. in a file whose name ends in a slash.');
    await put('incoming/folder/', '');
    await local.idle();
    expect((await readReport(local.s3, 'reports/named-like-a-folder/.report.json')).report.findings.length).toBeGreaterThan(0);
    expect(await exists(local.s3, 'reports/folder/.report.json')).toBe(false);
    expect(outcomes.find((o) => o.key === 'incoming/folder/')).toMatchObject({ action: 'skipped', reason: 'folder-marker' });
  });
});

describe('runLocal (npm start)', () => {
  it('prints the seed report and usage, reports later uploads, and exits 0 on SIGINT', async () => {
    const port = await freePort();
    // What `npm start` runs: the built CLI (the suite's global setup builds it).
    const child = spawn(process.execPath, [path.join(root, 'bin', 'mtqa.js'), 'local'], {
      cwd: root,
      env: { ...process.env, MTQA_LOCAL_PORT: String(port), MTQA_LOCAL_DIR: tempDir(), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const waitFor = async (text: string) => {
      for (let i = 0; i < 300 && !out.includes(text); i++) await new Promise((r) => setTimeout(r, 100));
      if (!out.includes(text)) throw new Error(`timed out waiting for "${text}"; stdout: ${out}; stderr: ${err}`);
    };
    try {
      await waitFor('Press Ctrl+C');
      expect(out).toContain('8 findings: segmentation 8');
      // The seed's review page opens in a browser from the printed (presigned) link.
      const link = /review page: (http:\S+)/.exec(out)?.[1] as string;
      expect(link).toContain(`http://127.0.0.1:${port}/mtqa-local/reports/000_3bf6eb0c58bdff8a.txt.report.html?X-Amz-`);
      const page = await fetch(link);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await page.text()).toContain('Stranded fragment');
      expect(out).toContain(`--endpoint-url http://127.0.0.1:${port}`);
      const s3 = emulatorClient(`http://127.0.0.1:${port}`);
      await s3.send(new PutObjectCommand({ Bucket: 'mtqa-local', Key: 'incoming/later.txt', Body: 'Late upload. here.' }));
      s3.destroy();
      await waitFor('incoming/later.txt → reports/later.txt.report.json');
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
    expect(err).toBe('');
  });
});

describe('runLocal start-up errors', () => {
  it('returns 1 with a readable message when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    vi.stubEnv('MTQA_LOCAL_PORT', String(port));
    vi.stubEnv('MTQA_LOCAL_DIR', tempDir());
    try {
      expect(await runLocal()).toBe(1);
      expect(stderr.mock.calls.join('')).toContain('the port is in use');
    } finally {
      vi.unstubAllEnvs();
      stderr.mockRestore();
      blocker.close();
    }
  });
});
