// The local pipeline (S3 emulator → handler) checks an upload of each markup and bilingual format
// as the CLI does: the reader chosen by the key's extension, the seed's eight findings with units.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalPipeline, type LocalPipeline } from '../functions/local/server.js';
import { SEED_FINDINGS, SEED_FINDINGS_WITH_SOURCE, SEED_RENDERINGS } from './format-fixtures.js';
import { memoryLogger, readReport } from './pipeline-harness.js';

const dir = mkdtempSync(path.join(tmpdir(), 'mtqa-local-formats-'));

describe('local pipeline, one upload per format', () => {
  let local: LocalPipeline;
  beforeAll(async () => {
    local = await startLocalPipeline({ port: 0, directory: dir, log: memoryLogger().log });
  });
  afterAll(async () => {
    await local?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a report per upload with the format, the eight findings and their units', async () => {
    const uploads = Object.entries(SEED_RENDERINGS).map(([key, { name, content }]) => ({ key: `incoming/${key}/${name}`, content }));
    for (const { key, content } of uploads) await local.s3.send(new PutObjectCommand({ Bucket: local.bucket, Key: key, Body: content }));
    await local.idle();
    for (const { key } of uploads) {
      const { report } = await readReport(local.s3, `reports/${key.slice('incoming/'.length)}.report.json`);
      expect(report.status, `${key}: ${report.error?.message}`).toBe('ok');
      expect(report.source.format).toBe(path.extname(key) === '.xlf' ? 'xliff' : path.extname(key).slice(1));
      expect(report.findings.map((f) => f.rule)).toEqual((report.sourceLanguage ? SEED_FINDINGS_WITH_SOURCE : SEED_FINDINGS).map((f) => f.rule));
      for (const f of report.findings) expect(f.unit?.id).toBeDefined();
    }
  });
});
