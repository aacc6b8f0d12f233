// Reads named entries of a ZIP archive (the container of DOCX), defensively. Only the central
// directory is trusted for the list of entries, and only the entries a reader asks for are ever
// inflated, so an archive nested inside is never opened. Zip bombs are refused before or while
// inflating, within the normal time and memory budget:
// - more than MAX_ENTRIES entries (a directory of millions of entries);
// - the entries asked for declaring more than MAX_UNZIPPED_BYTES together;
// - an entry that inflates to more, or less, than it declares (zlib stops at the declared size,
//   so a lying header costs no more memory than an honest one);
// - encrypted entries, compression other than stored/deflate, ZIP64, duplicate names, and ranges
//   outside the file (overlapping-entry bombs need an entry to be read twice: duplicates are refused).
// Inflating uses node:zlib (native, and nothing added to the bundle), loaded at the first entry
// inflated: loading it costs about 4 ms of CPU, which a check of anything but a DOCX never needs.
// (A static import loads it with the reader registry at every start; read() is synchronous, so
// not a dynamic import() either.)

import { createRequire } from 'node:module';
import { FormatError } from './types.js';

let zlib: typeof import('node:zlib') | undefined;
const inflateRawSync: typeof import('node:zlib').inflateRawSync = (data, options) =>
  (zlib ??= createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib')).inflateRawSync(data, options);

/** More entries than any real document container has (a large DOCX has a few hundred). */
export const MAX_ENTRIES = 10_000;
/** The entries one reader inflates, together: far more XML than a 50 MB document holds. */
export const MAX_UNZIPPED_BYTES = 128 * 1024 * 1024;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export class ZipArchive {
  private readonly entries = new Map<string, Entry>();
  private readonly view: DataView;
  private inflated = 0;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const v = this.view;
    const eocd = this.findEndOfCentralDirectory();
    const count = v.getUint16(eocd + 10, true);
    const dirOffset = v.getUint32(eocd + 16, true);
    if (count === 0xffff || dirOffset === 0xffffffff) throw new FormatError('The archive is a ZIP64 archive, which no document of this size needs.');
    if (count > MAX_ENTRIES) throw new FormatError(`The archive lists ${count} entries; the limit is ${MAX_ENTRIES} (a document has a few hundred at most).`);
    let at = dirOffset;
    for (let k = 0; k < count; k++) {
      if (at + 46 > bytes.length || v.getUint32(at, true) !== CENTRAL) throw new FormatError('The archive\'s central directory is damaged.');
      const nameLength = v.getUint16(at + 28, true);
      const entry: Entry = {
        name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
        flags: v.getUint16(at + 8, true),
        method: v.getUint16(at + 10, true),
        compressedSize: v.getUint32(at + 20, true),
        size: v.getUint32(at + 24, true),
        localOffset: v.getUint32(at + 42, true),
      };
      if (this.entries.has(entry.name)) throw new FormatError(`The archive holds '${entry.name}' twice.`);
      this.entries.set(entry.name, entry);
      at += 46 + nameLength + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
    }
  }

  private findEndOfCentralDirectory(): number {
    const last = this.bytes.length - 22;
    for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
      if (this.view.getUint32(at, true) === EOCD) return at;
    }
    throw new FormatError('The file starts like a ZIP archive but has no central directory (truncated or damaged).');
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  get names(): string[] {
    return [...this.entries.keys()];
  }

  /** The entry's bytes, inflated within the limits above. */
  read(name: string): Uint8Array {
    const e = this.entries.get(name);
    if (!e) throw new FormatError(`The archive has no '${name}'.`);
    if (e.flags & 1) throw new FormatError(`'${name}' is encrypted (the document is password-protected).`);
    if (e.method !== 0 && e.method !== 8) throw new FormatError(`'${name}' uses compression method ${e.method}; only stored and deflate are read.`);
    this.inflated += e.size;
    if (this.inflated > MAX_UNZIPPED_BYTES) {
      throw new FormatError(`The archive's text parts declare more than ${MAX_UNZIPPED_BYTES} bytes uncompressed; refused as a possible zip bomb.`);
    }
    const v = this.view;
    const local = e.localOffset;
    if (local + 30 > this.bytes.length || v.getUint32(local, true) !== LOCAL) throw new FormatError(`The archive's entry for '${name}' is damaged.`);
    const start = local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true);
    if (start + e.compressedSize > this.bytes.length) throw new FormatError(`'${name}' runs past the end of the archive (truncated).`);
    const data = this.bytes.subarray(start, start + e.compressedSize);
    let out: Uint8Array;
    if (e.method === 0) out = data;
    else {
      try {
        // One byte more than declared: an entry that lies about its size stops there.
        out = inflateRawSync(data, { maxOutputLength: e.size + 1 });
      } catch (err) {
        const tooLarge = (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError;
        throw new FormatError(tooLarge ? `'${name}' inflates to more than the ${e.size} bytes it declares; refused as a possible zip bomb.` : `'${name}' is not valid deflate data.`);
      }
    }
    if (out.length !== e.size) throw new FormatError(`'${name}' holds ${out.length > e.size ? 'more' : 'fewer'} bytes than it declares (${e.size}).`);
    return out;
  }
}
