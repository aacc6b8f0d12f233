// Giving back the memory of large typed arrays a stage is done with, before the garbage collector
// would: their backing stores leave the process only with the array objects, at a full GC, and a
// check may run none before its peak (the bytes of 30 MB of English, freed once decoded: 29 MiB).

/**
 * Buffers smaller than this are left to the garbage collector. The first detach in a process
 * throws away the compiled code of every function that reads a typed array (V8 then checks each
 * read for a detached buffer, which its code had assumed none was): the next check runs and
 * compiles it all again, as the first did. Checks of 3 MB of English repeated in one process (a
 * warm Lambda, a CLI call with several files): the second at 7-8 MB/s with detaching, 17-19 MB/s
 * without; the columns of such a check are a few MB, which the garbage collector soon takes. The
 * columns worth giving back before it does are those of large texts (30 MB of English: its input
 * bytes and word hashes are each over this size), whose single check that deoptimisation, at its
 * end, costs next to nothing.
 */
export const MIN_FREED_BYTES = 16 * 2 ** 20;

/**
 * Frees the memory of each array of MIN_FREED_BYTES or more now: its ArrayBuffer is moved
 * (detached) into a clone that is garbage at once and goes at the next minor GC; the array reads
 * as empty from then on. A view on part of a buffer (Node's pool of small Buffers) is left alone;
 * a buffer listed twice is freed once.
 */
export function free(arrays: readonly ArrayBufferView[]): void {
  const buffers = new Set<ArrayBuffer>();
  for (const a of arrays) {
    const buffer = a.buffer;
    if (buffer instanceof ArrayBuffer && a.byteOffset === 0 && a.byteLength === buffer.byteLength && buffer.byteLength >= MIN_FREED_BYTES) buffers.add(buffer);
  }
  for (const buffer of buffers) {
    try {
      structuredClone(buffer, { transfer: [buffer] });
    } catch {
      // A buffer Node marks untransferable: it stays for the garbage collector.
    }
  }
}
