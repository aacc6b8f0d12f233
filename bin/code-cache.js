// Node 20 has no compile cache (module.enableCompileCache, Node 22.1+): every `mtqa check` parsed
// the bundle's megabyte and compiled the functions it ran again, a third of the instructions of a
// check of a 3 KB text. So bin/mtqa.js loads the CLI there as one CommonJS script (dist/cli.cjs,
// scripts/build.mjs) whose code V8 writes after a check into a cache beside it and takes from it at
// the next start (seed check, cachegrind: 840 -> 700 M instructions).
//
// Any failure falls back to a plain compile: no cache, a cache V8 refuses (another V8, other
// flags), one made for other source or damaged (V8 itself checks only the source's length, and its
// own data for damage only under a flag: a CRC-32 of the source and the cache is stored with it, as
// Node 22 does in its compile cache; sha256 cost 50 M instructions, CRC-32 5 M), or a folder we may
// not write to. Written to a file of its own, then renamed over the cache, so a reader never sees
// half of one. Node before 20.15 has no zlib.crc32: no cache there.
import { closeSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import zlib from 'node:zlib';

const DIGEST_BYTES = 4;
const digest = (source, data) => {
  const bytes = Buffer.alloc(DIGEST_BYTES);
  bytes.writeUInt32LE(zlib.crc32(data, zlib.crc32(source)));
  return bytes;
};

/** The cached code of `source` in `cacheFile` if it was made for it, else undefined. */
function readCache(cacheFile, source) {
  try {
    const file = readFileSync(cacheFile);
    const data = file.subarray(DIGEST_BYTES);
    return digest(source, data).equals(file.subarray(0, DIGEST_BYTES)) ? data : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(cacheFile, source, script) {
  const temporary = `${cacheFile}.${process.pid}`;
  let fd;
  try {
    // Opened before the code is serialised: where the folder is read-only, nothing is spent.
    fd = openSync(temporary, 'wx');
    const data = script.createCachedData();
    writeSync(fd, digest(source, data));
    writeSync(fd, data);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, cacheFile);
  } catch {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temporary);
    } catch {
      // Never created.
    }
  }
}

/**
 * Runs the CommonJS module at `url`, written as its wrapper function, as require() would, with
 * V8's code from its cache when the cache holds code for it. `save`, there when there was no cache
 * to take, writes it: call it once the module has done its work (the functions compiled then are
 * cached too), under the V8 flags in force when requireCached was called.
 */
export function requireCached(url) {
  const file = fileURLToPath(url);
  const source = readFileSync(file);
  const cacheFile = `${file}.${process.version}-${process.arch}.v8-cache`;
  const cacheable = typeof zlib.crc32 === 'function';
  const cachedData = cacheable ? readCache(cacheFile, source) : undefined;
  // The script's value is the function require() wraps a module's code in (scripts/build.mjs).
  const script = new vm.Script(source.toString('utf8'), { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  // Bound, not a closure: a closure here would keep the file's bytes alive to the end of the process.
  const save = cacheable && (cachedData === undefined || script.cachedDataRejected) ? writeCache.bind(undefined, cacheFile, source, script) : undefined;
  return { exports: module.exports, save };
}
