// Translations and their source documents in the bucket (functions/sources.ts), against the real
// local S3 server: the sibling naming rule, the event path in every order (source before or after
// the translation, changed, deleted, repeated and late events, a change during a check), sources
// named by `source-key` metadata and their index, the bulk re-check's skip logic, local mode with
// its real work queue and its start-up scan, and the SQS re-queue the Lambda uses.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toSqsEvent } from '../functions/local/events.js';
import { emulatorClient, startEmulator, startLocalPipeline, type LocalPipeline } from '../functions/local/server.js';
import { formatOutcome } from '../functions/local/summary.js';
import { checkObject, type Outcome, type PipelineDeps } from '../functions/process.js';
import { decide, listingOf, recheckBatch } from '../functions/recheck.js';
import { SOURCE_DOCUMENT_ETAG_METADATA, SOURCE_DOCUMENT_METADATA } from '../functions/reports.js';
import { isSourceKey, siblingSourceKey, siblingTranslationKey, type RecheckMessage } from '../functions/sources.js';
import { createSqsHandler, sqsRequeue } from '../functions/sqs.js';
import type { SendMessageBatch } from '../functions/sqs-send.js';
import { BUCKET, CONFIG, deliver, exists, memoryLogger, readReport, recordCommands, startHarness, upload, type Harness } from './pipeline-harness.js';

// A line-aligned German source and its English translation: with the source, number-mismatch
// reports 3,5 → 4.5 (a finding only the source can give); with the corrected source, it does not.
const SOURCE = 'Der Ausschuss trat am Dienstag zusammen.\nEs gab 3,5 Millionen Euro.\n';
const SOURCE_FIXED = 'Der Ausschuss trat am Dienstag zusammen.\nEs gab 4,5 Millionen Euro.\n';
const TRANSLATION = 'The committee met on Tuesday.\nThere were 4.5 million euros.\n';

const reportOf = (key: string) => `reports/${key.slice('incoming/'.length)}.report.json`;
const rules = (findings: Array<{ rule: string }>) => findings.map((f) => f.rule);
const etagOf = (n: S3Event) => n.Records[0].s3.object.eTag;

describe('the sibling naming rule', () => {
  it('pairs dir/NAME.EXT with dir/NAME.src.EXT, both ways', () => {
    expect(siblingSourceKey('incoming/guide.de.md')).toBe('incoming/guide.de.src.md');
    expect(siblingTranslationKey('incoming/guide.de.src.md')).toBe('incoming/guide.de.md');
    expect(siblingSourceKey('incoming/a/b/report.txt')).toBe('incoming/a/b/report.src.txt');
    expect(siblingTranslationKey('incoming/a/b/report.src.txt')).toBe('incoming/a/b/report.txt');
    expect(isSourceKey('incoming/guide.de.src.md')).toBe(true);
    expect(isSourceKey('incoming/guide.de.md')).toBe(false);
  });

  it('gives no sibling to names without an extension, dot files, sources and names S3 could not hold', () => {
    expect(siblingSourceKey('incoming/README')).toBeUndefined();
    expect(siblingSourceKey('incoming/.md')).toBeUndefined();
    expect(siblingSourceKey('incoming/guide.src.md')).toBeUndefined();
    expect(siblingSourceKey('incoming/folder/')).toBeUndefined();
    expect(siblingSourceKey(`incoming/${'n'.repeat(1024 - 'incoming/'.length - 3)}.md`)).toBeUndefined();
    // Only the exact lowercase infix before the last extension makes a source.
    expect(isSourceKey('incoming/guide.SRC.md')).toBe(false);
    expect(isSourceKey('incoming/guide.src')).toBe(false);
    expect(isSourceKey('incoming/src.md')).toBe(false);
    // a.src.src.md is a source whose translation would be a source itself: it has none.
    expect(isSourceKey('incoming/a.src.src.md')).toBe(true);
    expect(siblingTranslationKey('incoming/a.src.src.md')).toBeUndefined();
  });
});

describe('the event path', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Delivers the notifications, then the re-check messages they queued, until none are left. */
  async function drain(notifications: Array<S3Event | RecheckMessage>): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    let next = notifications;
    while (next.length > 0) {
      const run = await deliver(h.s3, next);
      expect(run.response.batchItemFailures).toEqual([]);
      outcomes.push(...run.outcomes);
      next = run.requeued;
    }
    return outcomes;
  }

  async function reportMetadata(key: string): Promise<Record<string, string>> {
    return (await h.s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: reportOf(key) }))).Metadata ?? {};
  }

  it('checks a translation against a sibling source uploaded before it, and records which', async () => {
    const src = await upload(h, 'incoming/before/budget.de.src.txt', SOURCE);
    const first = await deliver(h.s3, [src]);
    expect(first.outcomes).toEqual([{ action: 'skipped', bucket: BUCKET, key: 'incoming/before/budget.de.src.txt', reason: 'source' }]);
    expect(first.requeued).toEqual([]);
    expect(await exists(h.s3, reportOf('incoming/before/budget.de.src.txt'))).toBe(false);

    const tr = await upload(h, 'incoming/before/budget.de.txt', TRANSLATION, { 'source-lang': 'de', lang: 'en' });
    const outcomes = await drain([tr]);
    expect(outcomes).toMatchObject([{ action: 'written', key: 'incoming/before/budget.de.txt' }]);
    const { report } = await readReport(h.s3, reportOf('incoming/before/budget.de.txt'));
    expect(report.source.sourceDocument).toEqual({
      key: 'incoming/before/budget.de.src.txt',
      via: 'sibling',
      etag: etagOf(src),
      size: Buffer.byteLength(SOURCE),
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(report.sourceLanguage).toMatchObject({ code: 'de', source: 'forced' });
    expect(rules(report.findings)).toContain('number-mismatch');
    expect(await reportMetadata('incoming/before/budget.de.txt')).toMatchObject({
      [SOURCE_DOCUMENT_METADATA]: 'sibling',
      [SOURCE_DOCUMENT_ETAG_METADATA]: etagOf(src),
    });
    // The review page shows the source beside the translation.
    const page = await h.s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'reports/before/budget.de.txt.report.html' }));
    expect(await page.Body?.transformToString()).toContain('Der Ausschuss trat am Dienstag zusammen.');
  });

  it('takes the source language from the source’s own lang metadata when the translation does not say', async () => {
    await upload(h, 'incoming/lang/x.txt', TRANSLATION, { lang: 'en' });
    const outcomes = await drain([await upload(h, 'incoming/lang/x.src.txt', SOURCE, { lang: 'de' })]);
    expect(outcomes).toMatchObject([{ reason: 'source' }, { action: 'written', key: 'incoming/lang/x.txt' }]);
    expect((await readReport(h.s3, reportOf('incoming/lang/x.txt'))).report.sourceLanguage).toMatchObject({ code: 'de', source: 'forced' });
  });

  it('re-checks a translation when its source arrives after it, changes, and is deleted', async () => {
    const key = 'incoming/after/budget.de.txt';
    const srcKey = 'incoming/after/budget.de.src.txt';
    await drain([await upload(h, key, TRANSLATION, { 'source-lang': 'de', lang: 'en' })]);
    const alone = (await readReport(h.s3, reportOf(key))).report;
    expect(alone.source.sourceDocument).toBeUndefined();
    expect(rules(alone.findings)).not.toContain('number-mismatch');
    expect(await reportMetadata(key)).toMatchObject({ [SOURCE_DOCUMENT_METADATA]: 'sibling', [SOURCE_DOCUMENT_ETAG_METADATA]: '-' });

    // The source arrives: its event re-queues the translation, whose re-check uses it.
    const src = await upload(h, srcKey, SOURCE);
    const run = await deliver(h.s3, [src]);
    expect(run.outcomes).toMatchObject([{ action: 'skipped', key: srcKey, reason: 'source', requeued: [key] }]);
    expect(run.requeued).toEqual([{ mtqa: 'recheck', bucket: BUCKET, key, source: srcKey }]);
    expect(await drain(run.requeued)).toMatchObject([{ action: 'written', key }]);
    const withSource = (await readReport(h.s3, reportOf(key))).report;
    expect(withSource.source.sourceDocument).toMatchObject({ key: srcKey, etag: etagOf(src) });
    expect(rules(withSource.findings)).toContain('number-mismatch');

    // The source is corrected: the translation's report follows it.
    const fixed = await upload(h, srcKey, SOURCE_FIXED);
    await drain([fixed]);
    const refreshed = (await readReport(h.s3, reportOf(key))).report;
    expect(refreshed.source.sourceDocument).toMatchObject({ key: srcKey, etag: etagOf(fixed) });
    expect(rules(refreshed.findings)).not.toContain('number-mismatch');

    // The source is deleted: the translation is checked alone again, and keeps its report.
    const before = h.events.length;
    await h.s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: srcKey }));
    const removal = h.events.slice(before)[0];
    const outcomes = await drain([removal]);
    expect(outcomes).toMatchObject([{ action: 'skipped', key: srcKey, reason: 'source' }, { action: 'written', key }]);
    const after = (await readReport(h.s3, reportOf(key))).report;
    expect(after.source.sourceDocument).toBeUndefined();
    expect(after.findings).toEqual(alone.findings);
  });

  it('does the work once under repeated and late events, whatever their order', async () => {
    const key = 'incoming/dup/budget.de.txt';
    const srcKey = 'incoming/dup/budget.de.src.txt';
    const tr = await upload(h, key, TRANSLATION, { 'source-lang': 'de', lang: 'en' });
    const oldSrc = await upload(h, srcKey, SOURCE);
    const newSrc = await upload(h, srcKey, SOURCE_FIXED);
    // Everything twice, the newest source's event first, the oldest last.
    const outcomes = await drain([newSrc, tr, newSrc, tr, oldSrc]);
    const written = outcomes.filter((o) => o.action === 'written');
    expect(written).toHaveLength(1);
    expect(outcomes.filter((o) => o.key === key && o.action === 'skipped').map((o) => o.action === 'skipped' && o.reason)).toEqual(
      Array(outcomes.filter((o) => o.key === key).length - 1).fill('current'),
    );
    const { report } = await readReport(h.s3, reportOf(key));
    expect(report.source.sourceDocument).toMatchObject({ etag: etagOf(newSrc) });
    expect(rules(report.findings)).not.toContain('number-mismatch');
    // The same re-check message again, much later: nothing to do.
    expect(await drain([{ mtqa: 'recheck', bucket: BUCKET, key, source: srcKey }])).toMatchObject([{ action: 'skipped', reason: 'current' }]);
  });

  it('writes no report against a source that changed during the check; the source’s event re-checks it', async () => {
    const key = 'incoming/race/budget.de.txt';
    const srcKey = 'incoming/race/budget.de.src.txt';
    await upload(h, srcKey, SOURCE);
    const tr = await upload(h, key, TRANSLATION, { 'source-lang': 'de', lang: 'en' });
    let changed: S3Event | undefined;
    const s3 = emulatorClient(h.emulator.endpoint);
    s3.middlewareStack.add(
      (next, context) => async (args) => {
        const result = await next(args);
        if (!changed && context.commandName === 'GetObjectCommand' && (args.input as { Key?: string }).Key === key) {
          changed = await upload(h, srcKey, SOURCE_FIXED);
        }
        return result;
      },
      { step: 'initialize', name: 'changeSource' },
    );
    const run = await deliver(s3, [tr]);
    s3.destroy();
    expect(run.outcomes).toMatchObject([{ action: 'skipped', reason: 'source-changed' }]);
    expect(await exists(h.s3, reportOf(key))).toBe(false);
    await drain([changed as S3Event]);
    expect((await readReport(h.s3, reportOf(key))).report.source.sourceDocument).toMatchObject({ etag: etagOf(changed as S3Event) });
  });

  it('keeps a source without a translation, and reports nothing for it', async () => {
    const srcKey = 'incoming/lonely/notes.src.md';
    const outcomes = await drain([await upload(h, srcKey, '# Notizen\n\nEin Absatz.\n')]);
    expect(outcomes).toEqual([{ action: 'skipped', bucket: BUCKET, key: srcKey, reason: 'source' }]);
    expect(await exists(h.s3, reportOf(srcKey))).toBe(false);
    expect(formatOutcome(outcomes[0])).toBe(`${srcKey}: a source document; incoming/lonely/notes.md will be checked against it\n`);
    const deps: PipelineDeps = { s3: h.s3, config: CONFIG, log: memoryLogger().log };
    expect(await checkObject(deps, { bucket: BUCKET, key: srcKey })).toMatchObject({ action: 'skipped', reason: 'source' });
    expect(await decide(deps, BUCKET, { Key: srcKey, Size: 10 }, { force: true })).toEqual({ check: false, reason: 'source' });
  });

  it('treats a source named by source-key metadata alike, through the source’s index', async () => {
    const key = 'incoming/named/de/budget.txt';
    const srcKey = 'incoming/named/en-original.txt';
    const indexKey = 'reports/named/en-original.txt.links.json';
    const meta = { 'source-key': srcKey, 'source-lang': 'de', lang: 'en' };
    // The translation first: its named source is not there yet, an input error that says so.
    const tr = await upload(h, key, TRANSLATION, meta);
    await drain([tr]);
    const missing = (await readReport(h.s3, reportOf(key))).report;
    expect(missing.error).toMatchObject({ code: 'invalid-source' });
    expect(missing.source.sourceDocument).toEqual({ key: srcKey, via: 'source-key' });
    expect(await exists(h.s3, indexKey)).toBe(true);

    // The source arrives: it is an ordinary input with its own report, and re-queues the translation.
    const src = await upload(h, srcKey, SOURCE);
    const outcomes = await drain([src]);
    expect(outcomes).toMatchObject([
      { action: 'written', key: srcKey, requeued: [key] },
      { action: 'written', key },
    ]);
    const checked = (await readReport(h.s3, reportOf(key))).report;
    expect(checked.status).toBe('ok');
    expect(checked.source.sourceDocument).toMatchObject({ key: srcKey, via: 'source-key', etag: etagOf(src) });
    expect(rules(checked.findings)).toContain('number-mismatch');

    // The bulk re-check sees a change of the source that no event announced.
    const deps: PipelineDeps = { s3: h.s3, config: CONFIG, log: memoryLogger().log };
    const listed = { Key: key, ETag: `"${etagOf(tr)}"` };
    expect(await decide(deps, BUCKET, listed)).toEqual({ check: false, reason: 'current' });
    await h.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: srcKey, Body: SOURCE_FIXED }));
    expect(await decide(deps, BUCKET, listed)).toEqual({ check: true });

    // The translation stops naming the source (a copy onto itself with new metadata): the
    // source's next event finds it no longer uses it and empties the index.
    await h.s3.send(
      new CopyObjectCommand({ Bucket: BUCKET, Key: key, CopySource: `${BUCKET}/${key}`, MetadataDirective: 'REPLACE', Metadata: { lang: 'en' } }),
    );
    const again = await drain([await upload(h, srcKey, SOURCE)]);
    expect(again).toMatchObject([{ key: srcKey, requeued: [key] }, { key, action: 'skipped', reason: 'stale' }]);
    expect(await exists(h.s3, indexKey)).toBe(false);
  });

  it('refuses a source-key that names the translation itself', async () => {
    const key = 'incoming/self.txt';
    await drain([await upload(h, key, 'A sentence.', { 'source-key': key })]);
    expect((await readReport(h.s3, reportOf(key))).report.error?.message).toContain('itself');
  });
});

describe('the bulk re-check with sources', () => {
  let h: Harness;
  let deps: PipelineDeps;
  beforeAll(async () => {
    h = await startHarness();
    deps = { s3: h.s3, config: CONFIG, log: memoryLogger().log };
  });
  afterAll(async () => {
    await h?.close();
  });

  const put = async (Key: string, Body: string) => {
    const { ETag } = await h.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key, Body, Metadata: { 'source-lang': 'de', lang: 'en' } }));
    return { Key, ETag, Size: Buffer.byteLength(Body) };
  };

  it('checks a translation whose sibling source appeared, changed or went since its report, and skips it otherwise', async () => {
    const tr = await put('incoming/bulk/a.de.txt', TRANSLATION);
    await checkObject(deps, { bucket: BUCKET, key: tr.Key });
    expect(await decide(deps, BUCKET, tr)).toEqual({ check: false, reason: 'current' });

    const src = await put('incoming/bulk/a.de.src.txt', SOURCE);
    expect(await decide(deps, BUCKET, tr)).toEqual({ check: true });
    await checkObject(deps, { bucket: BUCKET, key: tr.Key });
    expect(await decide(deps, BUCKET, tr)).toEqual({ check: false, reason: 'current' });

    await put(src.Key, SOURCE_FIXED);
    expect(await decide(deps, BUCKET, tr)).toEqual({ check: true });
    await checkObject(deps, { bucket: BUCKET, key: tr.Key });
    expect(await decide(deps, BUCKET, tr)).toEqual({ check: false, reason: 'current' });

    await h.s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: src.Key }));
    expect(await decide(deps, BUCKET, tr)).toEqual({ check: true });
  });

  it('answers from the listing where it can: a complete one spares every HEAD of a source, a partial one those it holds', async () => {
    const tr = await put('incoming/listed/b.de.txt', TRANSLATION);
    const src = await put('incoming/listed/b.de.src.txt', SOURCE);
    await checkObject(deps, { bucket: BUCKET, key: tr.Key });
    const s3 = emulatorClient(h.emulator.endpoint);
    const sent = recordCommands(s3);
    const counted = { ...deps, s3 };
    const headsOfSource = () => sent.filter((c) => c.name === 'HeadObjectCommand' && c.input.Key === src.Key).length;
    expect(await decide(counted, BUCKET, tr, { listing: listingOf([tr, src], true) })).toEqual({ check: false, reason: 'current' });
    expect(await decide(counted, BUCKET, tr, { listing: listingOf([tr, src], false) })).toEqual({ check: false, reason: 'current' });
    expect(headsOfSource()).toBe(0);
    // A complete listing without the source: it is gone, no HEAD needed either.
    expect(await decide(counted, BUCKET, tr, { listing: listingOf([tr], true) })).toEqual({ check: true });
    expect(headsOfSource()).toBe(0);
    expect(await decide(counted, BUCKET, tr, { listing: listingOf([tr], false) })).toEqual({ check: false, reason: 'current' });
    expect(headsOfSource()).toBe(1);
    s3.destroy();
  });

  it('counts sources as skipped in a batch and checks their stale translations', async () => {
    const items = [
      await put('incoming/batch/c.de.src.txt', SOURCE),
      await put('incoming/batch/c.de.txt', TRANSLATION),
      await put('incoming/batch/d.src.md', '# Allein\n'),
    ];
    expect(await recheckBatch(deps, BUCKET, items)).toEqual({ checked: 1, skipped: 2, failed: 0, failures: [] });
    expect((await readReport(h.s3, reportOf('incoming/batch/c.de.txt'))).report.source.sourceDocument?.key).toBe('incoming/batch/c.de.src.txt');
    expect(await recheckBatch(deps, BUCKET, items)).toEqual({ checked: 0, skipped: 3, failed: 0, failures: [] });
    // The next run's listing holds the changed source (a change after the listing has its own event).
    items[0] = await put('incoming/batch/c.de.src.txt', SOURCE_FIXED);
    expect(await recheckBatch(deps, BUCKET, items)).toEqual({ checked: 1, skipped: 2, failed: 0, failures: [] });
  });
});

describe('local mode', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const tempDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mtqa-local-src-'));
    dirs.push(dir);
    return dir;
  };

  let local: LocalPipeline;
  const outcomes: Outcome[] = [];
  let directory: string;
  beforeAll(async () => {
    directory = tempDir();
    local = await startLocalPipeline({ port: 0, directory, log: memoryLogger().log, onOutcome: (o) => outcomes.push(o) });
  });
  afterAll(async () => {
    await local?.close();
  });

  const put = (s3: S3Client, Key: string, Body: string) =>
    s3.send(new PutObjectCommand({ Bucket: local.bucket, Key, Body, Metadata: { 'source-lang': 'de', lang: 'en' } }));
  const sourceEtag = async (key: string) => (await readReport(local.s3, reportOf(key))).report.source.sourceDocument?.etag;

  it('re-checks translations through its work queue, in whatever order translation and source arrive', async () => {
    const pairs = Array.from({ length: 10 }, (_, i) => ({ key: `incoming/pairs/${i}.de.txt`, src: `incoming/pairs/${i}.de.src.txt` }));
    // Half with the source first, half with the translation first, all at once.
    await Promise.all(pairs.map(({ key, src }, i) => (i % 2 ? put(local.s3, key, TRANSLATION).then(() => put(local.s3, src, SOURCE)) : put(local.s3, src, SOURCE).then(() => put(local.s3, key, TRANSLATION)))));
    // And every source changed again while those are in flight.
    const changed = await Promise.all(pairs.map(({ src }) => put(local.s3, src, SOURCE_FIXED)));
    await local.idle();
    for (const [i, { key, src }] of pairs.entries()) {
      expect(await sourceEtag(key), key).toBe(changed[i].ETag?.replace(/"/g, ''));
      expect(rules((await readReport(local.s3, reportOf(key))).report.findings), key).not.toContain('number-mismatch');
      expect(await exists(local.s3, reportOf(src))).toBe(false);
    }
    expect(formatOutcome(outcomes.find((o) => o.key === pairs[1].src && o.requeued) as Outcome)).toBe(
      `${pairs[1].src}: a source document (re-checking ${pairs[1].key}, which uses it as source)\n`,
    );
  });

  it('picks up, at start, a source that changed while nothing listened', async () => {
    const key = 'incoming/offline/x.de.txt';
    const src = 'incoming/offline/x.de.src.txt';
    await put(local.s3, src, SOURCE);
    await put(local.s3, key, TRANSLATION);
    await local.idle();
    await local.close();
    // The bucket changes with no pipeline running: only the S3 server, on the same folder.
    const bare = await startEmulator({ port: 0, directory });
    const s3 = emulatorClient(bare.endpoint);
    const { ETag } = await put(s3, src, SOURCE_FIXED);
    s3.destroy();
    await bare.close();

    local = await startLocalPipeline({ port: 0, directory, log: memoryLogger().log, onOutcome: (o) => outcomes.push(o) });
    expect(await local.recheck()).toMatchObject({ queued: 1 });
    await local.idle();
    expect(await sourceEtag(key)).toBe(ETag?.replace(/"/g, ''));
    // Nothing stale is left: a second scan queues nothing (sources are never queued).
    expect(await local.recheck()).toMatchObject({ queued: 0 });
  });
});

describe('re-queueing on AWS (SQS)', () => {
  /** A SendMessageBatch that records its calls, and refuses entries of the batches `refuse` names. */
  function fakeSqs(refuse: number[] = []): { client: SendMessageBatch; batches: Array<{ QueueUrl?: string; Entries?: Array<{ Id?: string; MessageBody?: string }> }> } {
    const batches: Array<{ QueueUrl?: string; Entries?: Array<{ Id?: string; MessageBody?: string }> }> = [];
    const client: SendMessageBatch = async (QueueUrl, Entries) => {
      batches.push({ QueueUrl, Entries });
      const failed = refuse.includes(batches.length - 1) ? [{ Id: '0', Code: 'InternalError', SenderFault: false, Message: 'try again' }] : [];
      return { Successful: [], Failed: failed };
    };
    return { client, batches };
  }

  const messages: RecheckMessage[] = Array.from({ length: 23 }, (_, i) => ({ mtqa: 'recheck', bucket: BUCKET, key: `incoming/t${i}.txt`, source: 'incoming/s.txt' }));

  it('sends the re-check messages to the function’s own queue in batches of ten, as bodies its handler reads', async () => {
    const { client, batches } = fakeSqs();
    await sqsRequeue(client, 'https://sqs.example/queue')(messages);
    expect(batches.map((b) => [b.QueueUrl, b.Entries?.length])).toEqual([
      ['https://sqs.example/queue', 10],
      ['https://sqs.example/queue', 10],
      ['https://sqs.example/queue', 3],
    ]);
    const bodies = batches.flatMap((b) => b.Entries ?? []).map((e) => JSON.parse(e.MessageBody as string) as RecheckMessage);
    expect(bodies).toEqual(messages);

    // The handler takes such a body as a re-check: a translation that does not exist is skipped.
    const h = await startHarness();
    try {
      const outcomes: Outcome[] = [];
      const handler = createSqsHandler({ s3: h.s3, config: CONFIG, log: memoryLogger().log, onOutcome: (o) => outcomes.push(o), requeue: async () => undefined });
      const response = await handler(toSqsEvent(bodies[0]));
      expect(response.batchItemFailures).toEqual([]);
      expect(outcomes).toEqual([{ action: 'skipped', bucket: BUCKET, key: 'incoming/t0.txt', reason: 'deleted' }]);
    } finally {
      await h.close();
    }
  });

  it('re-checks only inputs, whoever sent the message', async () => {
    const h = await startHarness();
    try {
      const run = await deliver(h.s3, [{ mtqa: 'recheck', bucket: BUCKET, key: 'reports/x.txt.report.json', source: 'incoming/x.src.txt' }]);
      expect(run.outcomes).toMatchObject([{ action: 'skipped', reason: 'report-prefix' }]);
    } finally {
      await h.close();
    }
  });

  it('fails the source’s message when SQS refuses an entry, or when no queue is configured, so that SQS delivers it again', async () => {
    await expect(sqsRequeue(fakeSqs([1]).client, 'https://sqs.example/queue')(messages)).rejects.toThrow(/refused 1 re-check message/);
    await expect(sqsRequeue(fakeSqs().client, undefined)(messages)).rejects.toThrow(/QUEUE_URL/);
    const h = await startHarness();
    try {
      await upload(h, 'incoming/q/a.txt', TRANSLATION);
      const src = await upload(h, 'incoming/q/a.src.txt', SOURCE);
      const handler = createSqsHandler({ s3: h.s3, config: CONFIG, log: memoryLogger().log, requeue: sqsRequeue(fakeSqs([0]).client, 'https://sqs.example/queue') });
      const event = toSqsEvent(src);
      expect((await handler(event)).batchItemFailures).toEqual([{ itemIdentifier: event.Records[0].messageId }]);
    } finally {
      await h.close();
    }
  });
});
