// Translations and their source documents in the bucket. A translation finds its source in one of
// two ways:
// - its `source-key` metadata names it (any input, e.g. incoming/en/guide.md), or
// - a sibling source sits next to it: `dir/NAME.EXT` ↔ `dir/NAME.src.EXT` (guide.de.md with
//   guide.de.src.md). An object named like that is a source: it gets no report of its own.
// The metadata wins over the sibling. Either way the order of the uploads does not matter: the
// event of a source (created, overwritten or deleted) re-queues the translations that use it, and
// a report records the source's ETag, so that a report whose source changed is stale
// (recheck.ts). A sibling is found by its name; for `source-key`, which any translation may set,
// the source's translations are listed in a small index beside the reports,
// `<report prefix><source path>.links.json`, written when such a translation is checked.

import { createHash } from 'node:crypto';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, DeleteObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { CheckOptions } from '../lib/check.js';
import type { SourceDocumentInfo } from '../lib/types.js';
import type { PipelineConfig } from './config.js';
import { MAX_KEY_BYTES, normaliseEtag } from './keys.js';
import type { Logger } from './log.js';
import { isConditionFailed, isNotFound } from './s3.js';

/** Optional user metadata on an input object (`x-amz-meta-…`). */
export const METADATA = {
  /** ISO 639-1 code forcing the document language. */
  lang: 'lang',
  /** Format reader id (text, markdown, xliff…), when the name does not tell. */
  format: 'format',
  /** Key (in the same bucket, under the input prefix) of the document this one translates. */
  sourceKey: 'source-key',
  /** ISO 639-1 code of that source document. */
  sourceLang: 'source-lang',
} as const;

/** A language code from object metadata (`name` for the log), or undefined with a warning when it is not ISO 639-1. */
export function languageCode(value: string | undefined, name: string, log: Logger): string | undefined {
  const lang = value?.toLowerCase();
  if (lang === undefined) return undefined;
  if (/^[a-z]{2}$/.test(lang)) return lang;
  log.warn(`ignoring ${name} metadata that is not an ISO 639-1 code`, { [name]: lang.slice(0, 16) });
  return undefined;
}

/** What a report's source-document metadata holds when there was no source object to read. */
export const NO_SOURCE = '-';

function splitKey(key: string): { dir: string; name: string } {
  const slash = key.lastIndexOf('/');
  return { dir: key.slice(0, slash + 1), name: key.slice(slash + 1) };
}

/** The naming rule: `NAME.src.EXT` → NAME and EXT (NAME not empty, EXT without dots), or undefined. */
function sourceParts(name: string): { base: string; ext: string } | undefined {
  const m = /^(.+)\.src\.([^.]+)$/.exec(name);
  return m ? { base: m[1], ext: m[2] } : undefined;
}

/** Is this key a source document (`…/NAME.src.EXT`)? Sources are read with their translation, never checked alone. */
export function isSourceKey(key: string): boolean {
  return sourceParts(splitKey(key).name) !== undefined;
}

/** The sibling source key of a translation: `dir/NAME.EXT` → `dir/NAME.src.EXT`; undefined when the name has no extension or is a source. */
export function siblingSourceKey(key: string): string | undefined {
  const { dir, name } = splitKey(key);
  const m = /^(.+)(\.[^.]+)$/.exec(name);
  if (!m || isSourceKey(key)) return undefined;
  const sibling = `${dir}${m[1]}.src${m[2]}`; // sourceParts' rule, the other way round
  return Buffer.byteLength(sibling, 'utf8') <= MAX_KEY_BYTES ? sibling : undefined;
}

/** The translation a sibling source belongs to: `dir/NAME.src.EXT` → `dir/NAME.EXT` (undefined for other keys). */
export function siblingTranslationKey(key: string): string | undefined {
  const { dir, name } = splitKey(key);
  const parts = sourceParts(name);
  if (!parts) return undefined;
  const translation = `${dir}${parts.base}.${parts.ext}`;
  // `a.src.src.md` would pair with `a.src.md`, itself a source: no translation.
  return isSourceKey(translation) ? undefined : translation;
}

export type SourceVia = SourceDocumentInfo['via'];

/** Where a translation's source is (or should be), or why the named one cannot be used. */
export type SourceRef = { key: string; via: SourceVia } | { via: 'source-key'; error: string };

/** The source of the input `key` with this object metadata: `source-key` first, then the sibling; undefined when it has neither. */
export function sourceRefOf(key: string, metadata: Record<string, string> | undefined, config: PipelineConfig): SourceRef | undefined {
  const named = metadata?.[METADATA.sourceKey];
  if (named !== undefined) {
    if (!named.startsWith(config.inputPrefix)) return { via: 'source-key', error: `The source-key "${named}" must name an object under ${config.inputPrefix}.` };
    if (named === key) return { via: 'source-key', error: `The source-key "${named}" names the translation itself.` };
    return { key: named, via: 'source-key' };
  }
  const sibling = siblingSourceKey(key);
  return sibling === undefined ? undefined : { key: sibling, via: 'sibling' };
}

/** The ETag of an object now (unquoted), or NO_SOURCE when there is none. */
export async function currentEtag(s3: S3Client, bucket: string, key: string): Promise<string> {
  try {
    return normaliseEtag((await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))).ETag) ?? NO_SOURCE;
  } catch (err) {
    if (isNotFound(err)) return NO_SOURCE;
    throw err;
  }
}

/** What a check learnt about the translation's source. */
export interface SourceRead {
  /** How it was found, and its ETag as read or NO_SOURCE: recorded in the report's metadata and checked again before each write (reports.ts). */
  state: { via: SourceVia; key?: string; etag: string };
  /** For the report's `source.sourceDocument`; absent for a sibling that is not there. */
  info?: SourceDocumentInfo;
  /** The bytes to check against. */
  document?: NonNullable<CheckOptions['sourceDocument']>;
  /** Why the translation cannot be checked (an `invalid-source` report). */
  error?: string;
}

/**
 * Reads the source `ref` names. A sibling that is not there means no source; a missing `source-key`
 * source is an input error of the translation, reported as such rather than checked without it.
 * With `bytes: false` only the source's state is read (HEAD): the translation will not be checked.
 */
export async function readSource(
  s3: S3Client,
  bucket: string,
  ref: SourceRef,
  options: { maxBytes: number; log: Logger; sourceLang?: string; bytes?: boolean },
): Promise<SourceRead> {
  if ('error' in ref) return { state: { via: ref.via, etag: NO_SOURCE }, error: ref.error };
  const state = (etag: string) => ({ via: ref.via, key: ref.key, etag });
  const missing = (): SourceRead =>
    ref.via === 'sibling'
      ? { state: state(NO_SOURCE) }
      : { state: state(NO_SOURCE), info: { key: ref.key, via: ref.via }, error: `The source-key "${ref.key}" names no object in the bucket.` };
  if (options.bytes === false) {
    const etag = await currentEtag(s3, bucket, ref.key);
    return etag === NO_SOURCE ? missing() : { state: state(etag), info: { key: ref.key, via: ref.via, etag } };
  }
  try {
    const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: ref.key }));
    const size = got.ContentLength ?? 0;
    const etag = normaliseEtag(got.ETag) ?? NO_SOURCE;
    const info: SourceDocumentInfo = { key: ref.key, via: ref.via, etag, ...(got.VersionId && { versionId: got.VersionId }), size };
    if (size > options.maxBytes) {
      (got.Body as { destroy?: () => void } | undefined)?.destroy?.();
      return { state: state(etag), info, error: `The source ${ref.key} is ${size} bytes; the limit is ${options.maxBytes} bytes.` };
    }
    const bytes = await readBody(got.Body, size);
    info.sha256 = createHash('sha256').update(bytes).digest('hex');
    // The translation's source-lang first, else the source's own lang.
    const lang = options.sourceLang ?? languageCode(got.Metadata?.[METADATA.lang], METADATA.lang, options.log);
    return { state: state(etag), info, document: { bytes, name: ref.key, lang } };
  } catch (err) {
    if (isNotFound(err)) return missing();
    throw err;
  }
}

/**
 * The body into one buffer of the announced length: half the peak memory of collecting chunks and
 * concatenating them, which matters for the largest inputs.
 */
export async function readBody(body: unknown, length: number): Promise<Uint8Array> {
  if (!body) throw new Error('GetObject returned no body');
  const out = new Uint8Array(length);
  let offset = 0;
  for await (const chunk of body as AsyncIterable<Uint8Array>) {
    if (offset + chunk.length > length) throw new Error('GetObject returned more bytes than its Content-Length');
    out.set(chunk, offset);
    offset += chunk.length;
  }
  if (offset !== length) throw new Error(`GetObject ended after ${offset} of ${length} bytes`);
  return out;
}

// The index of translations that name a source by `source-key`.

/** Attempts at a read-modify-conditional-write of an index before giving the message back to the queue. */
const LINK_ATTEMPTS = 5;

/**
 * `<input prefix><path>` → `<report prefix><path>.links.json`: beside the reports, never read as
 * one (reports end in `.report.json`/`.report.html`), and no longer than the source's own report
 * key, so it fits wherever that does.
 */
export function linksKeyOf(sourceKey: string, config: PipelineConfig): string | undefined {
  if (!sourceKey.startsWith(config.inputPrefix)) return undefined;
  const key = `${config.reportPrefix}${sourceKey.slice(config.inputPrefix.length)}.links.json`;
  return Buffer.byteLength(key, 'utf8') <= MAX_KEY_BYTES ? key : undefined;
}

interface Links {
  translations: string[];
  /** Quoted, as S3 returns it, for If-Match; undefined when the index does not exist. */
  etag?: string;
}

async function readLinks(s3: S3Client, bucket: string, key: string): Promise<Links> {
  try {
    const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    const parsed = JSON.parse((await got.Body?.transformToString()) ?? '{}') as { translations?: unknown };
    const translations = Array.isArray(parsed.translations) ? parsed.translations.filter((t): t is string => typeof t === 'string') : [];
    return { translations, etag: got.ETag };
  } catch (err) {
    if (isNotFound(err)) return { translations: [] };
    throw err;
  }
}

/**
 * Applies `change` (true when it changed something) to the index of `sourceKey` with conditional
 * writes, so that concurrent translations of one source each get in; an emptied index is deleted.
 */
async function updateLinks(s3: S3Client, bucket: string, linksKey: string, sourceKey: string, change: (t: Set<string>) => boolean): Promise<void> {
  for (let attempt = 1; attempt <= LINK_ATTEMPTS; attempt++) {
    const links = await readLinks(s3, bucket, linksKey);
    const translations = new Set(links.translations);
    if (!change(translations)) return;
    try {
      if (translations.size === 0) {
        if (links.etag) await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: linksKey, IfMatch: links.etag }));
        return;
      }
      const body = `${JSON.stringify({ source: sourceKey, translations: [...translations].sort() }, null, 2)}\n`;
      await s3.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: linksKey,
          Body: body,
          ContentType: 'application/json; charset=utf-8',
          ...(links.etag ? { IfMatch: links.etag } : { IfNoneMatch: '*' }),
        }),
      );
      return;
    } catch (err) {
      if (!isConditionFailed(err) && !isNotFound(err)) throw err;
    }
  }
  throw new Error(`The index ${linksKey} kept changing during ${LINK_ATTEMPTS} write attempts.`);
}

/** Records that `translationKey` names `sourceKey` by `source-key`, so that the source's events re-queue it. */
export async function linkTranslation(s3: S3Client, log: Logger, bucket: string, config: PipelineConfig, sourceKey: string, translationKey: string): Promise<void> {
  const linksKey = linksKeyOf(sourceKey, config);
  if (linksKey === undefined) {
    log.warn('source key too long for its index: its changes re-check this translation only in bulk re-checks', { sourceKey });
    return;
  }
  await updateLinks(s3, bucket, linksKey, sourceKey, (t) => {
    if (t.has(translationKey)) return false;
    t.add(translationKey);
    return true;
  });
}

/** Forgets `translationKey` in the index of `sourceKey` (it was deleted, or names another source now). */
export async function unlinkTranslation(s3: S3Client, bucket: string, config: PipelineConfig, sourceKey: string, translationKey: string): Promise<void> {
  const linksKey = linksKeyOf(sourceKey, config);
  if (linksKey !== undefined) await updateLinks(s3, bucket, linksKey, sourceKey, (t) => t.delete(translationKey));
}

/** The translations that use `key` as their source: its sibling translation if there is one, and those its index lists. */
export async function translationsOf(s3: S3Client, bucket: string, config: PipelineConfig, key: string): Promise<string[]> {
  const found: string[] = [];
  const sibling = siblingTranslationKey(key);
  if (sibling !== undefined && (await currentEtag(s3, bucket, sibling)) !== NO_SOURCE) found.push(sibling);
  const linksKey = linksKeyOf(key, config);
  if (linksKey !== undefined) found.push(...(await readLinks(s3, bucket, linksKey)).translations);
  return [...new Set(found)];
}

// Re-queueing: a source's event asks for its translations to be checked again.

/** The queue message that asks for a translation to be re-checked because its source changed. */
export interface RecheckMessage {
  mtqa: 'recheck';
  bucket: string;
  /** The translation. */
  key: string;
  /** The source whose event asked for it. */
  source: string;
}

/** Puts re-check messages on the queue the events come from (SQS on AWS, the work queue locally). */
export type Requeue = (messages: RecheckMessage[]) => Promise<void>;

export function isRecheckMessage(body: unknown): body is RecheckMessage {
  const m = body as Partial<RecheckMessage> | null;
  return m?.mtqa === 'recheck' && typeof m.bucket === 'string' && typeof m.key === 'string' && typeof m.source === 'string';
}
