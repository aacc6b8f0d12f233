// The local S3 server's storage: one file per object, named by the SHA-256 of its key, so that
// every valid S3 key (any UTF-8 up to 1,024 bytes, any characters, "/" at the end) maps to a safe
// file name and no key can reach outside the data folder. Each file holds the body followed by its
// metadata (JSON) and the metadata's length, and is written to a temp file, flushed and renamed into
// place: a crash leaves either the old object or the new one, never a torn one. Readers open the
// file first and take the metadata from that same file, so a concurrent overwrite cannot mix two
// versions. Listing uses an in-memory index in S3's order (UTF-8 bytes), rebuilt from the files on
// start.

import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { noSuchKey, preconditionFailed, S3Error } from './errors.js';

export interface ObjectMeta {
  key: string;
  size: number;
  /** Quoted, as S3 sends it: "\"<md5 hex>\"" or "\"<md5 of part md5s>-<parts>\"". */
  etag: string;
  lastModified: number;
  /** Hex, increasing for every change in this store (S3's event sequencer). */
  sequencer: string;
  contentType: string;
  /** Stored content headers: content-encoding, content-disposition, content-language, cache-control, expires. */
  headers: Record<string, string>;
  /** User metadata, lower-case names without "x-amz-meta-". */
  metadata: Record<string, string>;
}

export type NewObject = Pick<ObjectMeta, 'contentType' | 'headers' | 'metadata'>;

/** Conditional write or delete: the S3 headers If-Match (an ETag or "*") and If-None-Match ("*"). */
export interface WriteConditions {
  ifMatch?: string;
  ifNoneMatch?: string;
}

const TRAILER_LENGTH_BYTES = 4;

/** S3 orders keys by their UTF-8 bytes, which is code-point order; JS compares UTF-16 units. */
export function compareKeys(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (U+D800–DFFF) encode code points above U+FFFF: move them above U+E000–FFFF.
    x = x >= 0xd800 && x <= 0xdfff ? x + 0x2000 : x >= 0xe000 ? x - 0x800 : x;
    y = y >= 0xd800 && y <= 0xdfff ? y + 0x2000 : y >= 0xe000 ? y - 0x800 : y;
    return x - y;
  }
  return a.length - b.length;
}

/** ETags compare without their quotes; "*" matches any existing object. */
export function etagMatches(condition: string, etag: string): boolean {
  return condition
    .split(',')
    .map((c) => c.trim().replace(/^W\//, '').replace(/^"|"$/g, ''))
    .some((c) => c === '*' || c === etag.replace(/^"|"$/g, ''));
}

export function checkWriteConditions(current: ObjectMeta | undefined, conditions: WriteConditions): void {
  if (conditions.ifNoneMatch !== undefined) {
    if (conditions.ifNoneMatch.trim() !== '*') {
      throw new S3Error(501, 'NotImplemented', 'If-None-Match on a write takes only "*".');
    }
    if (current) throw preconditionFailed();
  }
  if (conditions.ifMatch !== undefined) {
    if (!current) throw noSuchKey();
    if (!etagMatches(conditions.ifMatch, current.etag)) throw preconditionFailed();
  }
}

/** A file being written in the temp folder; once its stream has finished, BucketStore.commit makes it an object. */
export interface TempFile {
  path: string;
  stream: WriteStream;
}

/** An object opened for reading: its metadata and a reader over (part of) its body. */
export interface OpenObject {
  meta: ObjectMeta;
  read(range?: { start: number; end: number }): Readable;
  close(): Promise<void>;
}

async function readTrailer(handle: FileHandle): Promise<{ meta: ObjectMeta; bodyBytes: number }> {
  const { size } = await handle.stat();
  const lengthBuf = Buffer.alloc(TRAILER_LENGTH_BYTES);
  await handle.read(lengthBuf, 0, TRAILER_LENGTH_BYTES, size - TRAILER_LENGTH_BYTES);
  const length = lengthBuf.readUInt32BE(0);
  const json = Buffer.alloc(length);
  await handle.read(json, 0, length, size - TRAILER_LENGTH_BYTES - length);
  const meta = JSON.parse(json.toString('utf8')) as ObjectMeta;
  return { meta, bodyBytes: size - TRAILER_LENGTH_BYTES - length };
}

export class BucketStore {
  private readonly index = new Map<string, ObjectMeta>();
  /** Keys in S3 order, for listing. */
  private sorted: string[] = [];
  private readonly locks = new Map<string, Promise<unknown>>();
  private lastSequencer = 0n;

  private constructor(
    readonly name: string,
    private readonly dir: string,
  ) {}

  /** Opens (creating if needed) the bucket folder, drops temp files left by a crash, loads the index. */
  static async open(root: string, name: string): Promise<BucketStore> {
    const store = new BucketStore(name, path.join(root, name));
    await rm(store.tempDir, { recursive: true, force: true });
    await mkdir(store.tempDir, { recursive: true });
    await mkdir(store.objectsDir, { recursive: true });
    await mkdir(store.uploadsDir, { recursive: true });
    for (const shard of await readdir(store.objectsDir)) {
      for (const file of await readdir(path.join(store.objectsDir, shard))) {
        const handle = await open(path.join(store.objectsDir, shard, file), 'r');
        try {
          const { meta } = await readTrailer(handle);
          store.index.set(meta.key, meta);
          const seq = BigInt(`0x${meta.sequencer}`);
          if (seq > store.lastSequencer) store.lastSequencer = seq;
        } finally {
          await handle.close();
        }
      }
    }
    store.sorted = [...store.index.keys()].sort(compareKeys);
    return store;
  }

  get tempDir(): string {
    return path.join(this.dir, 'tmp');
  }
  private get objectsDir(): string {
    return path.join(this.dir, 'objects');
  }
  /** Multipart uploads in progress, one folder each. */
  get uploadsDir(): string {
    return path.join(this.dir, 'uploads');
  }

  private fileOf(key: string): string {
    const hash = createHash('sha256').update(key, 'utf8').digest('hex');
    return path.join(this.objectsDir, hash.slice(0, 2), hash);
  }

  get(key: string): ObjectMeta | undefined {
    return this.index.get(key);
  }

  get size(): number {
    return this.index.size;
  }

  /** Runs `fn` while no other write or delete of `key` runs (S3 serialises them per key too). */
  private async withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(key) ?? Promise.resolve();
    const run = previous.then(fn, fn);
    const tail = run.catch(() => undefined);
    this.locks.set(key, tail);
    try {
      return await run;
    } finally {
      if (this.locks.get(key) === tail) this.locks.delete(key);
    }
  }

  /**
   * Sequencers grow with every change, also across restarts (the index holds the highest one),
   * and start from the clock so that a fresh store still sorts after an older report's metadata.
   */
  private nextSequencer(): string {
    const fromClock = BigInt(Date.now()) << 16n;
    this.lastSequencer = fromClock > this.lastSequencer ? fromClock : this.lastSequencer + 1n;
    return this.lastSequencer.toString(16).toUpperCase().padStart(16, '0');
  }

  createTemp(): TempFile {
    const file = path.join(this.tempDir, randomBytes(12).toString('hex'));
    return { path: file, stream: createWriteStream(file, { flags: 'wx' }) };
  }

  async discard(temp: TempFile): Promise<void> {
    temp.stream.destroy();
    await rm(temp.path, { force: true });
  }

  /**
   * Makes a fully written temp file the object `key`, if the conditions hold against the current
   * object at that moment. The metadata is appended and the file flushed before the rename.
   */
  async commit(
    key: string,
    tempPath: string,
    body: { size: number; etag: string },
    object: NewObject,
    conditions: WriteConditions = {},
  ): Promise<{ meta: ObjectMeta; previous?: ObjectMeta }> {
    try {
      return await this.withLock(key, async () => {
        const previous = this.index.get(key);
        checkWriteConditions(previous, conditions);
        const meta: ObjectMeta = { key, ...body, ...object, lastModified: Date.now(), sequencer: this.nextSequencer() };
        const json = Buffer.from(JSON.stringify(meta), 'utf8');
        const length = Buffer.alloc(TRAILER_LENGTH_BYTES);
        length.writeUInt32BE(json.length, 0);
        const handle = await open(tempPath, 'a');
        try {
          await handle.write(Buffer.concat([json, length]));
          await handle.datasync();
        } finally {
          await handle.close();
        }
        const target = this.fileOf(key);
        await mkdir(path.dirname(target), { recursive: true });
        await rename(tempPath, target);
        this.index.set(key, meta);
        if (!previous) this.insertSorted(key);
        return { meta, previous };
      });
    } finally {
      await rm(tempPath, { force: true });
    }
  }

  /** Deletes `key`; returns the deleted object's metadata, or undefined if there was none. */
  async delete(key: string, conditions: WriteConditions = {}): Promise<ObjectMeta | undefined> {
    return this.withLock(key, async () => {
      const previous = this.index.get(key);
      // S3: DELETE with If-Match on a missing key is a 404; without conditions a missing key is fine.
      checkWriteConditions(previous, { ifMatch: conditions.ifMatch });
      if (!previous) return undefined;
      await unlink(this.fileOf(key));
      this.index.delete(key);
      this.sorted.splice(this.position(key), 1);
      return { ...previous, sequencer: this.nextSequencer() };
    });
  }

  /** Opens the object for reading; throws NoSuchKey if it does not exist. */
  async open(key: string): Promise<OpenObject> {
    let handle: FileHandle;
    try {
      handle = await open(this.fileOf(key), 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw noSuchKey();
      throw err;
    }
    try {
      const { meta, bodyBytes } = await readTrailer(handle);
      return {
        meta,
        read: (range) =>
          createReadStream('', {
            fd: handle,
            autoClose: false,
            start: range?.start ?? 0,
            end: range ? range.end : bodyBytes - 1,
          }),
        close: () => handle.close(),
      };
    } catch (err) {
      await handle.close();
      throw err;
    }
  }

  /** Index of the first key >= `key` in S3 order. */
  private position(key: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareKeys(this.sorted[mid], key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private insertSorted(key: string): void {
    this.sorted.splice(this.position(key), 0, key);
  }

  /**
   * One page of a listing in S3's order: keys after `startAfter` under `prefix`, keys sharing a
   * part up to `delimiter` rolled up into common prefixes (each counted once toward maxKeys).
   */
  list(options: { prefix: string; delimiter?: string; startAfter?: string; maxKeys: number }): {
    contents: ObjectMeta[];
    commonPrefixes: string[];
    isTruncated: boolean;
    /** The last key or common prefix returned: where the next page starts. */
    last?: string;
  } {
    const { prefix, delimiter, startAfter, maxKeys } = options;
    const contents: ObjectMeta[] = [];
    const commonPrefixes: string[] = [];
    let last: string | undefined;
    const from = startAfter !== undefined && compareKeys(startAfter, prefix) > 0 ? startAfter : prefix;
    let i = this.position(from);
    while (i < this.sorted.length) {
      const key = this.sorted[i];
      if (!key.startsWith(prefix)) break;
      if (startAfter !== undefined && compareKeys(key, startAfter) <= 0) {
        i++;
        continue;
      }
      const cut = delimiter ? key.indexOf(delimiter, prefix.length) : -1;
      const common = cut >= 0 ? key.slice(0, cut + (delimiter as string).length) : undefined;
      // A common prefix at or before the marker was returned on an earlier page.
      if (common !== undefined && startAfter !== undefined && compareKeys(common, startAfter) <= 0) {
        i++;
        continue;
      }
      if (contents.length + commonPrefixes.length === maxKeys) return { contents, commonPrefixes, isTruncated: true, last };
      if (common !== undefined) {
        commonPrefixes.push(common);
        last = common;
        while (i < this.sorted.length && this.sorted[i].startsWith(common)) i++;
      } else {
        contents.push(this.index.get(key) as ObjectMeta);
        last = key;
        i++;
      }
    }
    return { contents, commonPrefixes, isTruncated: false, last };
  }
}
