// Writing and removing the report objects of one input, safely under concurrency, and telling
// whether an existing report is current. A report is one or more artifacts (the JSON report, and
// whatever else the pipeline is configured to render); each artifact carries the same metadata:
// the sequencer of the event it was written for, the input's ETag and the mtqa version.
//
// A translation's report also records the state of its source document (sources.ts): how it was
// found and the ETag read, or that there was none.
//
// Write protocol, per artifact (see process.ts for the whole ordering strategy):
// 1. HEAD the artifact. If its sequencer is later than ours, a later event wrote it: stop.
// 2. HEAD the input. If it is gone or no longer the object we checked, stop: its own event (or the
//    next re-check) writes the right report. This is what makes writers without a sequencer (bulk
//    re-checks) safe. Likewise HEAD the translation's source: if it changed since it was read, its
//    own event re-queues this translation, so stop.
// 3. PUT conditionally on what step 1 saw (If-Match its ETag, or If-None-Match * when there was
//    none), so that two writers cannot interleave steps 1 and 3; the loser starts again.
// After all artifacts: HEAD the input once more. If it was deleted while we wrote, its removal
// event may already have been handled, so remove what we wrote (If-Match our own ETags).

import { DeleteObjectCommand, HeadObjectCommand, PutObjectCommand, type HeadObjectCommandOutput, type S3Client } from '@aws-sdk/client-s3';
import { VERSION } from '../lib/version.js';
import { compareSequencers, normaliseEtag } from './keys.js';
import type { Logger } from './log.js';
import { isConditionFailed, isNotFound } from './s3.js';
import { currentEtag, NO_SOURCE, type SourceRef, type SourceVia } from './sources.js';

/** User metadata on every report artifact. */
export const SEQUENCER_METADATA = 'mtqa-sequencer';
export const SOURCE_ETAG_METADATA = 'mtqa-source-etag';
export const VERSION_METADATA = 'mtqa-version';
/** Which renderings were written with it ("json" or "html,json"), so that turning one on makes reports stale. */
export const ARTIFACTS_METADATA = 'mtqa-artifacts';
/** For a translation: how its source document was found (`sibling`, `source-key`)… */
export const SOURCE_DOCUMENT_METADATA = 'mtqa-source-document';
/** …and the ETag of the source read, or "-" when there was none (sources.ts, NO_SOURCE). */
export const SOURCE_DOCUMENT_ETAG_METADATA = 'mtqa-source-document-etag';

/** Attempts at the HEAD-compare-conditional-PUT of an artifact before giving the record back to SQS. */
const WRITE_ATTEMPTS = 3;

export interface Artifact {
  /** "json", "html": what the artifact is, recorded in every artifact's metadata. */
  kind: string;
  key: string;
  body: string;
  contentType: string;
}

/** The input object a report describes, as it was when it was read. */
export interface CheckedObject {
  bucket: string;
  key: string;
  /** Unquoted. */
  etag: string;
  sequencer?: string;
  /** For a translation: its source as it was read (`key` absent when the named one could not be looked at). */
  sourceDocument?: { via: SourceVia; key?: string; etag: string };
}

export type WriteResult = 'written' | 'superseded' | 'stale' | 'deleted' | 'source-changed';

async function head(s3: S3Client, bucket: string, key: string): Promise<HeadObjectCommandOutput | undefined> {
  try {
    return await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}

/** Is the input still the object we checked? */
async function inputState(s3: S3Client, object: CheckedObject): Promise<'same' | 'stale' | 'deleted'> {
  const current = await head(s3, object.bucket, object.key);
  if (!current) return 'deleted';
  return normaliseEtag(current.ETag) === object.etag ? 'same' : 'stale';
}

/** Is the translation's source still what was read (the same ETag, or still absent)? */
async function sourceState(s3: S3Client, object: CheckedObject): Promise<'same' | 'source-changed'> {
  const source = object.sourceDocument;
  if (source?.key === undefined) return 'same';
  return (await currentEtag(s3, object.bucket, source.key)) === source.etag ? 'same' : 'source-changed';
}

/**
 * True when an existing report (its HEAD) describes this input ETag, was written by this mtqa
 * version, and came with the renderings now configured (`kinds`, e.g. "html,json"): re-checking
 * would write the same report. Reports written before this metadata existed count as stale.
 */
export function isCurrent(report: HeadObjectCommandOutput | undefined, etag: string, kinds: string): boolean {
  const meta = report?.Metadata ?? {};
  return meta[SOURCE_ETAG_METADATA] === etag && meta[VERSION_METADATA] === VERSION && meta[ARTIFACTS_METADATA] === kinds;
}

/**
 * True when the source document a translation's report recorded is still the one there (the same
 * ETag, or still none) and found the same way. `ref` is where the translation's source is now
 * (sources.ts, sourceRefOf); `etagOf` answers an object's current ETag or NO_SOURCE.
 */
export async function sourceIsCurrent(
  report: HeadObjectCommandOutput,
  ref: SourceRef | undefined,
  etagOf: (key: string) => Promise<string>,
): Promise<boolean> {
  const meta = report.Metadata ?? {};
  if (ref === undefined) return meta[SOURCE_DOCUMENT_METADATA] === undefined;
  if (meta[SOURCE_DOCUMENT_METADATA] !== ref.via) return false;
  return meta[SOURCE_DOCUMENT_ETAG_METADATA] === ('error' in ref ? NO_SOURCE : await etagOf(ref.key));
}

export async function headReport(s3: S3Client, bucket: string, reportKey: string): Promise<HeadObjectCommandOutput | undefined> {
  return head(s3, bucket, reportKey);
}

async function writeOne(s3: S3Client, log: Logger, object: CheckedObject, artifact: Artifact, kinds: string): Promise<WriteResult | { etag: string }> {
  for (let attempt = 1; attempt <= WRITE_ATTEMPTS; attempt++) {
    const existing = await head(s3, object.bucket, artifact.key);
    const existingSequencer = existing?.Metadata?.[SEQUENCER_METADATA];
    if (existingSequencer && object.sequencer && compareSequencers(existingSequencer, object.sequencer) > 0) return 'superseded';
    const state = await inputState(s3, object);
    if (state !== 'same') return state;
    if ((await sourceState(s3, object)) !== 'same') return 'source-changed';
    try {
      const put = await s3.send(
        new PutObjectCommand({
          Bucket: object.bucket,
          Key: artifact.key,
          Body: artifact.body,
          ContentType: artifact.contentType,
          Metadata: {
            ...(object.sequencer && { [SEQUENCER_METADATA]: object.sequencer }),
            [SOURCE_ETAG_METADATA]: object.etag,
            [VERSION_METADATA]: VERSION,
            [ARTIFACTS_METADATA]: kinds,
            ...(object.sourceDocument && {
              [SOURCE_DOCUMENT_METADATA]: object.sourceDocument.via,
              [SOURCE_DOCUMENT_ETAG_METADATA]: object.sourceDocument.etag,
            }),
          },
          ...(existing?.ETag ? { IfMatch: existing.ETag } : { IfNoneMatch: '*' }),
        }),
      );
      return { etag: put.ETag ?? '' };
    } catch (err) {
      if (!isConditionFailed(err)) throw err;
      log.info('report changed while writing; comparing again', { reportKey: artifact.key, attempt });
    }
  }
  throw new Error(`The report ${artifact.key} kept changing during ${WRITE_ATTEMPTS} write attempts.`);
}

/** Writes every artifact of a report (see the protocol above). */
export async function writeArtifacts(s3: S3Client, log: Logger, object: CheckedObject, artifacts: Artifact[]): Promise<WriteResult> {
  const written: Array<{ key: string; etag: string }> = [];
  const kinds = artifacts
    .map((a) => a.kind)
    .sort()
    .join(',');
  for (const artifact of artifacts) {
    const result = await writeOne(s3, log, object, artifact, kinds);
    if (typeof result === 'string') {
      if (result !== 'deleted') return result;
      await removeOwn(s3, object.bucket, written);
      return 'deleted';
    }
    written.push({ key: artifact.key, etag: result.etag });
  }
  if ((await inputState(s3, object)) === 'deleted') {
    await removeOwn(s3, object.bucket, written);
    return 'deleted';
  }
  return 'written';
}

/** Removes artifacts this invocation wrote, unless someone has replaced them since. */
async function removeOwn(s3: S3Client, bucket: string, written: Array<{ key: string; etag: string }>): Promise<void> {
  for (const { key, etag } of written) {
    try {
      await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key, IfMatch: etag }));
    } catch (err) {
      if (!isConditionFailed(err) && !isNotFound(err)) throw err;
    }
  }
}

/**
 * Removes the report artifacts of a deleted input. Each is deleted only if it was not written for
 * a later event than the removal (the key may have been uploaded again since), and only as the
 * version that was compared (If-Match). Returns the keys removed.
 */
export async function removeArtifacts(s3: S3Client, bucket: string, keys: string[], sequencer: string | undefined): Promise<string[]> {
  const removed: string[] = [];
  for (const key of keys) {
    for (let attempt = 1; attempt <= WRITE_ATTEMPTS; attempt++) {
      const existing = await head(s3, bucket, key);
      if (!existing) break;
      const existingSequencer = existing.Metadata?.[SEQUENCER_METADATA];
      if (existingSequencer && sequencer && compareSequencers(existingSequencer, sequencer) > 0) break;
      try {
        await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key, IfMatch: existing.ETag }));
        removed.push(key);
        break;
      } catch (err) {
        if (isNotFound(err)) break;
        if (!isConditionFailed(err) || attempt === WRITE_ATTEMPTS) throw err;
      }
    }
  }
  return removed;
}
