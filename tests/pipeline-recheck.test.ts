// The bulk re-check's logic (what to skip, what to check, what to report) against the real local
// S3 server: the same functions the AWS batch and summary Lambdas run (functions/recheck.ts), and
// the report lifecycle rules they share with the event path (functions/reports.ts). Races are
// made real by a client hook that changes the bucket at a chosen moment of a check.

import { DeleteObjectCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatorClient } from '../functions/local/server.js';
import { checkObject, processRecord, type PipelineDeps } from '../functions/process.js';
import { decide, recheckBatch, summariseRun, type ListedObject } from '../functions/recheck.js';
import { SOURCE_ETAG_METADATA, VERSION_METADATA } from '../functions/reports.js';
import { VERSION } from '../lib/version.js';
import { BUCKET, CONFIG, deliver, exists, memoryLogger, readReport, startHarness, upload, type Harness } from './pipeline-harness.js';

let h: Harness;
let deps: PipelineDeps;
beforeAll(async () => {
  h = await startHarness();
  deps = { s3: h.s3, config: CONFIG, log: memoryLogger().log };
});
afterAll(async () => {
  await h?.close();
});

/** Uploads and returns the object as a listing shows it. */
async function stored(key: string, body: string): Promise<ListedObject> {
  const { ETag } = await h.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body }));
  return { Key: key, ETag, Size: Buffer.byteLength(body) };
}

const reportOf = (key: string) => `reports/${key.slice('incoming/'.length)}.report.json`;

/** A client that runs `hook` once, right after the first `command` on `key` has answered. */
function clientWithHook(command: string, key: string, hook: () => Promise<void>): S3Client {
  const s3 = emulatorClient(h.emulator.endpoint);
  let fired = false;
  s3.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      if (!fired && context.commandName === command && (args.input as { Key?: string }).Key === key) {
        fired = true;
        await hook();
      }
      return result;
    },
    { step: 'initialize', name: 'raceHook' },
  );
  return s3;
}

describe('what a re-check skips and checks', () => {
  it('checks inputs without a report, skips current reports, re-checks stale ones', async () => {
    const fresh = await stored('incoming/rc/fresh.txt', 'No report yet. and a break.');
    expect(await decide(deps, BUCKET, fresh)).toEqual({ check: true });
    await checkObject(deps, { bucket: BUCKET, key: fresh.Key });
    expect(await decide(deps, BUCKET, fresh)).toEqual({ check: false, reason: 'current' });
    expect(await decide(deps, BUCKET, fresh, { force: true })).toEqual({ check: true });

    // The same key with new content: the report describes the old ETag.
    const changed = await stored('incoming/rc/fresh.txt', 'New content.');
    expect(await decide(deps, BUCKET, changed)).toEqual({ check: true });

    // A report written by another mtqa version is stale even for the same ETag.
    const old = await stored('incoming/rc/old.txt', 'Checked by an older mtqa.');
    await h.s3.send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: reportOf(old.Key),
        Body: '{}',
        Metadata: { [SOURCE_ETAG_METADATA]: (old.ETag as string).replace(/"/g, ''), [VERSION_METADATA]: '0.0.1' },
      }),
    );
    expect(await decide(deps, BUCKET, old)).toEqual({ check: true });
    expect(VERSION).not.toBe('0.0.1');
  });

  it('re-checks reports written without the review page once HTML reports are turned on', async () => {
    const item = await stored('incoming/rc/json-only.txt', 'Checked before pages existed.');
    const jsonOnly = { ...deps, config: { ...CONFIG, htmlReports: false } };
    await checkObject(jsonOnly, { bucket: BUCKET, key: item.Key });
    expect(await decide(jsonOnly, BUCKET, item)).toEqual({ check: false, reason: 'current' });
    expect(await decide(deps, BUCKET, item)).toEqual({ check: true });
    await checkObject(deps, { bucket: BUCKET, key: item.Key });
    expect(await exists(h.s3, 'reports/rc/json-only.txt.report.html')).toBe(true);
    expect(await decide(deps, BUCKET, item)).toEqual({ check: false, reason: 'current' });
  });

  it('skips what is not a document to check', async () => {
    expect(await decide(deps, BUCKET, { Key: 'incoming/rc/folder/', Size: 0 })).toEqual({ check: false, reason: 'folder-marker' });
    expect(await decide(deps, BUCKET, { Key: 'elsewhere/x.txt', Size: 3 })).toEqual({ check: false, reason: 'outside-input-prefix' });
    expect(await decide(deps, BUCKET, { Key: 'reports/x.txt.report.json', Size: 3 })).toEqual({ check: false, reason: 'report-prefix' });
  });
});

describe('a batch', () => {
  it('counts checked, skipped and failed objects, and a second run skips everything', async () => {
    const items = [
      await stored('incoming/batch/a.txt', 'First. and broken.'),
      await stored('incoming/batch/b.txt', 'Second, clean.'),
      await stored('incoming/batch/c.txt', 'Third, clean.'),
      { Key: 'incoming/batch/folder/', Size: 0 },
    ];
    await checkObject(deps, { bucket: BUCKET, key: 'incoming/batch/c.txt' });
    // One object fails to download (a fault the server would not make by itself).
    const s3 = emulatorClient(h.emulator.endpoint);
    s3.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'GetObjectCommand' && (args.input as { Key?: string }).Key === 'incoming/batch/b.txt') throw new Error('connection reset');
        return next(args);
      },
      { step: 'initialize', name: 'failOne' },
    );
    const first = await recheckBatch({ ...deps, s3 }, BUCKET, items);
    s3.destroy();
    expect(first).toEqual({ checked: 1, skipped: 2, failed: 1, failures: [{ key: 'incoming/batch/b.txt', error: 'Error: connection reset' }] });
    expect(await exists(h.s3, 'reports/batch/a.txt.report.json')).toBe(true);

    const again = await recheckBatch(deps, BUCKET, items);
    expect(again).toEqual({ checked: 1, skipped: 3, failed: 0, failures: [] });
    const third = await recheckBatch(deps, BUCKET, items);
    expect(third).toEqual({ checked: 0, skipped: 4, failed: 0, failures: [] });
  });

  it('starts no object it may not finish before the function times out', async () => {
    const item = await stored('incoming/batch/late.txt', 'Too late.');
    const result = await recheckBatch(deps, BUCKET, [item], { timeLeftMs: () => 30_000, reserveMs: 60_000 });
    expect(result).toMatchObject({ checked: 0, failed: 1, failures: [{ key: item.Key, error: expect.stringContaining('run the re-check again') }] });
    expect(await exists(h.s3, 'reports/batch/late.txt.report.json')).toBe(false);
  });
});

describe('races with uploads and deletions', () => {
  it('never overwrites the report of an upload that replaced the object during the check', async () => {
    const key = 'incoming/race/replaced.txt';
    await stored(key, 'The old version. with a break.');
    const s3 = clientWithHook('GetObjectCommand', key, async () => {
      // The new upload's event is handled while the re-check is still checking the old bytes.
      const event = await upload(h, key, 'The new version.');
      await deliver(h.s3, [event]);
    });
    const outcome = await checkObject({ ...deps, s3 }, { bucket: BUCKET, key });
    s3.destroy();
    expect(outcome).toMatchObject({ action: 'skipped', reason: 'stale' });
    const head = await h.s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
    const { report } = await readReport(h.s3, reportOf(key));
    expect(`"${report.source.etag}"`).toBe(head.ETag);
    expect(report.findings).toEqual([]);
  });

  it('writes no report for an object deleted during its check', async () => {
    const key = 'incoming/race/deleted.txt';
    await stored(key, 'Gone soon.');
    const s3 = clientWithHook('GetObjectCommand', key, async () => {
      await h.s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: key }));
    });
    const outcome = await checkObject({ ...deps, s3 }, { bucket: BUCKET, key });
    s3.destroy();
    expect(outcome).toMatchObject({ action: 'skipped', reason: 'deleted' });
    expect(await exists(h.s3, reportOf(key))).toBe(false);
  });

  it('removes a report it wrote when the object was deleted just as it was written', async () => {
    const key = 'incoming/race/deleted-late.txt';
    await stored(key, 'Gone right after the report.');
    const s3 = clientWithHook('PutObjectCommand', reportOf(key), async () => {
      await h.s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: key }));
    });
    const outcome = await checkObject({ ...deps, s3 }, { bucket: BUCKET, key });
    s3.destroy();
    expect(outcome).toMatchObject({ action: 'skipped', reason: 'deleted' });
    expect(await exists(h.s3, reportOf(key))).toBe(false);
  });

  it('keeps the report when a removal event arrives after the key was uploaded again', async () => {
    const key = 'incoming/race/again.txt';
    const first = await upload(h, key, 'First life.');
    await deliver(h.s3, [first]);
    const before = h.events.length;
    await h.s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: key }));
    const removal = h.events.slice(before)[0];
    const second = await upload(h, key, 'Second life.');
    await deliver(h.s3, [second]);
    // The removal is delivered late, after the second upload's report.
    const late = await processRecord({ ...deps, requeue: async () => undefined }, removal.Records[0]);
    expect(late).toMatchObject({ action: 'skipped', reason: 'stale' });
    expect((await readReport(h.s3, reportOf(key))).report.source.etag).toBe(second.Records[0].s3.object.eTag);
  });
});

describe('the run summary', () => {
  it('adds up succeeded and failed batches from the result manifest and writes summary.json', async () => {
    const put = (Key: string, value: unknown) => h.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key, Body: JSON.stringify(value) }));
    const run = 'recheck-runs/map-run-1';
    const batch = (checked: number, skipped: number, failures: Array<{ key: string; error: string }>) =>
      JSON.stringify({ checked, skipped, failed: failures.length, failures });
    await put(`${run}/SUCCEEDED_0.json`, [
      { Status: 'SUCCEEDED', Output: batch(3, 17, []) },
      { Status: 'SUCCEEDED', Output: batch(1, 18, [{ key: 'incoming/x.txt', error: 'Error: boom' }]) },
    ]);
    await put(`${run}/FAILED_0.json`, [
      { Status: 'FAILED', Error: 'Sandbox.Timedout', Cause: 'Task timed out', Input: JSON.stringify({ Items: [{ Key: 'incoming/y.txt' }, { Key: 'incoming/z.txt' }] }) },
    ]);
    await put(`${run}/manifest.json`, {
      ResultFiles: { SUCCEEDED: [{ Key: `${run}/SUCCEEDED_0.json` }], FAILED: [{ Key: `${run}/FAILED_0.json` }], PENDING: [] },
    });
    const summary = await summariseRun(deps, {
      execution: 'exec-1',
      prefix: 'incoming/',
      force: false,
      results: { Bucket: BUCKET, Key: `${run}/manifest.json` },
      runsPrefix: 'recheck-runs/',
    });
    expect(summary).toMatchObject({ checked: 4, skipped: 35, failed: 3, failedBatches: 1, summaryKey: 'recheck-runs/exec-1/summary.json' });
    expect(summary.failures.map((f) => f.key)).toEqual(['incoming/x.txt', 'incoming/y.txt', 'incoming/z.txt']);
    expect(summary.failures[1].error).toContain('Sandbox.Timedout');
    const written = await h.s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'recheck-runs/exec-1/summary.json' }));
    expect(written.ContentType).toBe('application/json; charset=utf-8');
  });
});
