// The local pipeline (S3 emulator → handler) checks an upload of every format as the CLI does: the
// reader chosen by the key's extension, the seed's eight findings, with units where the format has them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalPipeline, type LocalPipeline } from '../functions/local/server.js';
import { chooseFormat, FORMATS } from '../lib/formats/index.js';
import { RENDERINGS } from '../scripts/render-formats.js';
import { SEED_FINDINGS, SEED_FINDINGS_WITH_SOURCE, SEED_RENDERINGS, SEED_TEXT } from './format-fixtures.js';
import { memoryLogger, readReport } from './pipeline-harness.js';

const dir = mkdtempSync(path.join(tmpdir(), 'mtqa-local-formats-'));

/** The reader the pipeline must choose: by the key's extension, else (strings.xml) by the content. */
const formatOf = (key: string, content: string | Uint8Array) =>
  FORMATS.find((f) => f.meta.extensions.includes(path.extname(key).slice(1)))?.meta.id ?? chooseFormat(key, content as string).meta.id;

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
    const prose = SEED_TEXT.split('\n').filter((line) => line.trim() !== '');
    const uploads = [
      ...RENDERINGS.map(([name, render]) => ({ key: `incoming/text-like/${name.replace(/^doc/, 'seed')}`, content: render(prose) as string | Uint8Array })),
      ...Object.entries(SEED_RENDERINGS).map(([key, { name, content }]) => ({ key: `incoming/${key}/${name}`, content })),
    ];
    expect(new Set(uploads.map((u) => formatOf(u.key, u.content))).size).toBe(FORMATS.length);
    for (const { key, content } of uploads) await local.s3.send(new PutObjectCommand({ Bucket: local.bucket, Key: key, Body: content }));
    await local.idle();
    for (const { key, content } of uploads) {
      const { report } = await readReport(local.s3, `reports/${key.slice('incoming/'.length)}.report.json`);
      expect(report.status, `${key}: ${report.error?.message}`).toBe('ok');
      expect(report.source.format).toBe(formatOf(key, content));
      // The eight artifacts are segmentation findings; a bilingual format may add findings against its source.
      const segmentation = report.findings.filter((f) => f.category === 'segmentation');
      expect(segmentation.map((f) => f.rule), key).toEqual((report.sourceLanguage ? SEED_FINDINGS_WITH_SOURCE : SEED_FINDINGS).map((f) => f.rule));
      // Plain text has no units: its lines are its units, and line and column say where.
      if (report.source.format !== 'text') for (const f of segmentation) expect(f.unit?.id).toBeDefined();
    }
  });
});
