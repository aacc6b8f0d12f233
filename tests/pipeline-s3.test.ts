// The handler against a real S3-compatible server over HTTP: upload → event → report.

import { readFileSync } from 'node:fs';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toNotification } from '../functions/local/events.js';
import { emulatorClient } from '../functions/local/server.js';
import { createSqsHandler } from '../functions/sqs.js';
import {
  BUCKET,
  CONFIG,
  deliver,
  exists,
  memoryLogger,
  readReport,
  recordCommands,
  startHarness,
  upload,
  type Harness,
} from './pipeline-harness.js';
import { SEED_RENDERINGS } from './format-fixtures.js';

const SEED = readFileSync(new URL('../seeds/000_3bf6eb0c58bdff8a.txt', import.meta.url));

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('upload → event → report', () => {
  it('writes the seed report with its eight segmentation findings and the exact source', async () => {
    const n = await upload(h, 'incoming/seed.txt', SEED);
    const run = await deliver(h.s3, [n]);
    expect(run.response.batchItemFailures).toEqual([]);
    const { report, sequencer } = await readReport(h.s3, 'reports/seed.txt.report.json');
    expect(report.status).toBe('ok');
    expect(report.summary?.byCategory).toEqual({ segmentation: 8 });
    expect(report.findings.every((f) => f.category === 'segmentation')).toBe(true);
    const object = n.Records[0].s3.object;
    expect(report.source).toMatchObject({ bucket: BUCKET, key: 'incoming/seed.txt', etag: object.eTag, sequencer: object.sequencer });
    expect(sequencer).toBe(object.sequencer);
    // Logs carry identifiers and counts, never document text.
    expect(run.lines.join('')).not.toContain('Mishustin');
    expect(JSON.parse(run.lines.at(-1) ?? '{}')).toMatchObject({ message: 'report written', findings: 8, requestId: 'test' });
  });

  it('writes the HTML review page beside the report, with the findings in the text', async () => {
    const got = await h.s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'reports/seed.txt.report.html' }));
    expect(got.ContentType).toBe('text/html; charset=utf-8');
    const page = (await got.Body?.transformToString()) ?? '';
    expect(page).toContain('Stranded fragment');
    expect(page).toContain('Mishustin');
    expect(got.Metadata).toMatchObject({ 'mtqa-artifacts': 'html,json', 'mtqa-source-etag': expect.any(String) });
  });

  it('writes the review page of a Word upload from its bytes, unit by unit', async () => {
    const docx = SEED_RENDERINGS['seed.docx'].content;
    const n = await upload(h, 'incoming/seed.docx', docx);
    await deliver(h.s3, [n]);
    const { report } = await readReport(h.s3, 'reports/seed.docx.report.json');
    expect(report.source.format).toBe('docx');
    expect(report.findings).toHaveLength(8);
    const got = await h.s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'reports/seed.docx.report.html' }));
    const page = (await got.Body?.transformToString()) ?? '';
    expect(page).toContain('Stranded fragment');
    expect(page).toContain('Mishustin');
    expect(page).not.toContain('w:document');
  });

  it('writes no review page when HTML reports are off', async () => {
    const n = await upload(h, 'incoming/no-html.txt', 'Only JSON. here.');
    await deliver(h.s3, [n], { ...CONFIG, htmlReports: false });
    expect(await exists(h.s3, 'reports/no-html.txt.report.html')).toBe(false);
    const json = await h.s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'reports/no-html.txt.report.json' }));
    expect(json.Metadata?.['mtqa-artifacts']).toBe('json');
  });

  it('skips a duplicate event: its report is current and stays byte-identical', async () => {
    const n = await upload(h, 'incoming/dup.txt', SEED);
    await deliver(h.s3, [n]);
    const first = await readReport(h.s3, 'reports/dup.txt.report.json');
    const again = await deliver(h.s3, [n, n]);
    expect(again.outcomes).toMatchObject([{ action: 'skipped', reason: 'current' }, { action: 'skipped', reason: 'current' }]);
    const second = await readReport(h.s3, 'reports/dup.txt.report.json');
    expect(second.text).toBe(first.text);
    expect(second.etag).toBe(first.etag);
  });

  it.each([
    ['incoming/with space.txt', 'incoming/with+space.txt'],
    ['incoming/a+b.txt', 'incoming/a%2Bb.txt'],
    ['incoming/100%.txt', 'incoming/100%25.txt'],
    ['incoming/ünï cödé/文件 (1).txt', 'incoming/%C3%BCn%C3%AF+c%C3%B6d%C3%A9/%E6%96%87%E4%BB%B6+%281%29.txt'],
  ])('handles the key %s (S3 sends %s)', async (key, encoded) => {
    const n = await upload(h, key, 'A short sentence. and a broken one.');
    expect(n.Records[0].s3.object.key).toBe(encoded);
    const run = await deliver(h.s3, [n]);
    expect(run.outcomes).toMatchObject([{ action: 'written', key }]);
    const { report } = await readReport(h.s3, `reports/${key.slice('incoming/'.length)}.report.json`);
    expect(report.source.key).toBe(key);
  });

  it('forces the language from the object’s lang metadata', async () => {
    const n = await upload(h, 'incoming/lang.txt', 'Ein kurzer Satz. Noch ein Satz.', { lang: 'de' });
    await deliver(h.s3, [n]);
    const { report } = await readReport(h.s3, 'reports/lang.txt.report.json');
    expect(report.language).toMatchObject({ code: 'de', source: 'forced' });
  });
});

describe('object metadata for the checker', () => {
  it('checks a translation against the source document its source-key metadata names', async () => {
    await upload(h, 'incoming/en/budget.txt', 'The committee met on Tuesday.\nIt agreed on the budget.\n');
    const n = await upload(h, 'incoming/de/budget.txt', 'Der Ausschuss trat am Dienstag zusammen.\nEr einigte sich auf den Haushalt.\n', {
      'source-key': 'incoming/en/budget.txt',
      'source-lang': 'en',
    });
    await deliver(h.s3, [n]);
    const { report } = await readReport(h.s3, 'reports/de/budget.txt.report.json');
    expect(report.status).toBe('ok');
    expect(report.sourceLanguage).toMatchObject({ code: 'en', source: 'forced' });
  });

  it('reports a source-key that names nothing, or names something outside the inputs, as an input error', async () => {
    const missing = await upload(h, 'incoming/de/orphan.txt', 'Ein Satz.', { 'source-key': 'incoming/en/none.txt' });
    const outside = await upload(h, 'incoming/de/outside.txt', 'Ein Satz.', { 'source-key': 'elsewhere/en.txt' });
    await deliver(h.s3, [missing, outside]);
    expect((await readReport(h.s3, 'reports/de/orphan.txt.report.json')).report.error).toMatchObject({ code: 'invalid-source' });
    expect((await readReport(h.s3, 'reports/de/outside.txt.report.json')).report.error?.message).toContain('incoming/');
  });

  it('reads the input with the format its format metadata names', async () => {
    const named = await upload(h, 'incoming/fmt/plain.data', 'A sentence. and a break.', { format: 'text' });
    const unknown = await upload(h, 'incoming/fmt/unknown.data', 'A sentence.', { format: 'no-such-format' });
    await deliver(h.s3, [named, unknown]);
    expect((await readReport(h.s3, 'reports/fmt/plain.data.report.json')).report.source.format).toBe('text');
    expect((await readReport(h.s3, 'reports/fmt/unknown.data.report.json')).report.error?.code).toBe('invalid-format');
  });
});

describe('duplicated, late and out-of-order events', () => {
  it('skips the event of an overwritten upload: the report describes the newer one', async () => {
    const old = await upload(h, 'incoming/v.txt', 'First version. it has a break.');
    const neu = await upload(h, 'incoming/v.txt', 'Second version, clean.');
    const run = await deliver(h.s3, [neu, old]);
    expect(run.outcomes.map((o) => (o.action === 'skipped' ? o.reason : o.action))).toEqual(['written', 'stale']);
    const { report } = await readReport(h.s3, 'reports/v.txt.report.json');
    expect(report.source.etag).toBe(neu.Records[0].s3.object.eTag);
  });

  it('never lets an older sequencer overwrite a report written for a newer one', async () => {
    const first = await upload(h, 'incoming/same.txt', SEED);
    const second = await upload(h, 'incoming/same.txt', SEED); // same bytes, so the same ETag
    const run = await deliver(h.s3, [second, first]);
    expect(run.outcomes.map((o) => (o.action === 'skipped' ? o.reason : o.action))).toEqual(['written', 'superseded']);
    expect((await readReport(h.s3, 'reports/same.txt.report.json')).sequencer).toBe(second.Records[0].s3.object.sequencer);
  });

  it('logs and skips an object deleted before processing', async () => {
    const n = await upload(h, 'incoming/gone.txt', 'Soon gone.');
    await h.s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: 'incoming/gone.txt' }));
    const run = await deliver(h.s3, [n]);
    expect(run.response.batchItemFailures).toEqual([]);
    expect(run.outcomes).toMatchObject([{ action: 'skipped', reason: 'deleted' }]);
    expect(run.lines.some((l) => JSON.parse(l).level === 'WARN')).toBe(true);
    expect(await exists(h.s3, 'reports/gone.txt.report.json')).toBe(false);
  });
});

describe('no loops on the function’s own output', () => {
  it('has no notification for writes under reports/, and skips one if it comes anyway', async () => {
    const before = h.events.length;
    await h.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'reports/x.txt.report.json', Body: '{}' }));
    const emitted = h.events.slice(before);
    expect(emitted).toHaveLength(1);
    expect(toNotification(emitted[0], CONFIG.inputPrefix)).toBeUndefined();
    const run = await deliver(h.s3, [emitted[0]]);
    expect(run.outcomes).toMatchObject([{ action: 'skipped', reason: 'report-prefix' }]);
  });
});

describe('bad input gets an error report, not a failure', () => {
  const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  it.each([
    ['image.png', PNG, 'binary'],
    ['latin1.txt', Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]), 'invalid-encoding'],
    ['empty.txt', new Uint8Array(0), 'empty'],
  ])('%s → %s', async (name, bytes, code) => {
    const run = await deliver(h.s3, [await upload(h, `incoming/${name}`, bytes)]);
    expect(run.response.batchItemFailures).toEqual([]);
    const { report } = await readReport(h.s3, `reports/${name}.report.json`);
    expect(report.status).toBe('error');
    expect(report.error?.code).toBe(code);
    expect(report.error?.message.length).toBeGreaterThan(10);
  });

  it('decides "too-large" from HEAD without downloading', async () => {
    const n = await upload(h, 'incoming/big.txt', 'x'.repeat(2048));
    const s3 = emulatorClient(h.emulator.endpoint);
    const sent = recordCommands(s3);
    await deliver(s3, [n], { ...CONFIG, maxBytes: 1024 });
    s3.destroy();
    expect(sent.filter((c) => c.name === 'GetObjectCommand' && c.input.Key === n.Records[0].s3.object.key)).toEqual([]);
    const { report } = await readReport(h.s3, 'reports/big.txt.report.json');
    expect(report.error).toMatchObject({ code: 'too-large' });
    expect(report.source.size).toBe(2048);
  });

  it('checks a 50 MiB file (the default limit) and refuses one byte more', async () => {
    const line = 'The committee met on Tuesday and agreed on the budget for next year.\n';
    const limit = CONFIG.maxBytes;
    const body = Buffer.alloc(limit + 1, ' ');
    for (let o = 0; o + line.length <= limit; o += line.length) body.write(line, o, 'latin1');
    const atLimit = await upload(h, 'incoming/fifty.txt', body.subarray(0, limit));
    const over = await upload(h, 'incoming/fifty-plus.txt', body);
    const run = await deliver(h.s3, [atLimit, over]);
    expect(run.response.batchItemFailures).toEqual([]);
    const ok = (await readReport(h.s3, 'reports/fifty.txt.report.json')).report;
    expect(ok.status).toBe('ok');
    expect(ok.source.size).toBe(limit);
    const refused = (await readReport(h.s3, 'reports/fifty-plus.txt.report.json')).report;
    expect(refused.error?.code).toBe('too-large');
  });
});

describe('messages that are not S3 events', () => {
  it('ignores the S3 test event and fails unreadable messages so they reach the DLQ', async () => {
    const { log } = memoryLogger();
    const handler = createSqsHandler({ s3: h.s3, config: CONFIG, log, requeue: async () => undefined });
    const message = (messageId: string, body: string) => ({
      messageId,
      receiptHandle: 'r',
      body,
      attributes: { ApproximateReceiveCount: '1', SentTimestamp: '0', SenderId: 's', ApproximateFirstReceiveTimestamp: '0' },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:q',
      awsRegion: 'us-east-1',
    });
    const res = await handler({
      Records: [
        message('test', JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: BUCKET })),
        message('junk', 'not json'),
        message('other', JSON.stringify({ hello: 'world' })),
      ],
    });
    expect(res.batchItemFailures).toEqual([{ itemIdentifier: 'junk' }, { itemIdentifier: 'other' }]);
  });
});
