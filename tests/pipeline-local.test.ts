// Local mode: the emulator's events reach the Lambda's handler, and `runLocal` (npm start) shows
// the seed report, processes later uploads and stops cleanly on SIGINT.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runLocal } from '../functions/local/main.js';
import { emulatorClient, startLocalPipeline, type LocalPipeline } from '../functions/local/server.js';
import type { Outcome } from '../functions/process.js';
import { exists, memoryLogger, readReport } from './pipeline-harness.js';

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
    expect(outcomes.map((o) => o.key)).toEqual(['incoming/one.txt', 'incoming/pic.png', 'incoming/after.txt']);
    expect((await readReport(local.s3, 'reports/one.txt.report.json')).report.findings.length).toBeGreaterThan(0);
    expect((await readReport(local.s3, 'reports/pic.png.report.json')).report.error?.code).toBe('binary');
    expect(await exists(local.s3, 'reports/after.txt.report.json')).toBe(true);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

describe('runLocal (npm start)', () => {
  it('prints the seed report and usage, reports later uploads, and exits 0 on SIGINT', async () => {
    const port = await freePort();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '-e', "const m = await import('./functions/local/main.ts'); process.exitCode = await m.runLocal();"],
      {
        cwd: root,
        env: { ...process.env, MTQA_LOCAL_PORT: String(port), MTQA_LOCAL_DIR: tempDir(), LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
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
