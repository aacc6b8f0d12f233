// Growing the typed-array columns that scans fill (words, sentence marks, line starts): typed
// arrays have a fixed length, so a full one is replaced by a longer copy.

/** A copy of `a` with room for `length` elements (the rest zero). */
export function grown<A extends Int32Array | Uint16Array | Uint8Array>(a: A, length: number): A {
  const b = new (a.constructor as new (length: number) => A)(length);
  b.set(a);
  return b;
}

/**
 * Ascending offsets a scan collects, in a typed array reserved from an estimate of their number:
 * a plain array grown by push reallocates itself over and over, and each larger copy lands on
 * fresh pages (a large text's hundreds of thousands of sentence marks faulted in some 25 ms that
 * way); the pages of a reservation the scan does not reach are never touched.
 */
export class Offsets {
  count = 0;
  at: Int32Array;

  constructor(expected: number) {
    this.at = new Int32Array(Math.max(16, expected));
  }

  push(offset: number): void {
    if (this.count === this.at.length) this.at = grown(this.at, 2 * this.count);
    this.at[this.count++] = offset;
  }
}

/**
 * Memory a check may overwrite (the input's bytes once decoded, ContextOptions.scratch), handed
 * out front to back as typed-array columns. A column laid here sits on pages the read of the file
 * faulted in already, not on fresh ones, and adds nothing to the process's peak RSS. Its elements
 * hold old bytes, not zeros: only for columns whose elements are written before they are read.
 */
export class Scratch {
  #used = 0;

  constructor(readonly buffer: ArrayBuffer) {}

  /** Bytes left to hand out. */
  get room(): number {
    return this.buffer.byteLength - this.#used;
  }

  /** `length` elements of `Type` from the room left, aligned for it; undefined when the room is too small. */
  take<A extends Int32Array | Uint16Array | Uint8Array>(Type: ColumnType<A>, length: number): A | undefined {
    const size = Type.BYTES_PER_ELEMENT;
    const offset = Math.ceil(this.#used / size) * size;
    if (offset + length * size > this.buffer.byteLength) return undefined;
    this.#used = offset + length * size;
    return new Type(this.buffer, offset, length);
  }

  /**
   * The columns taken last, in the order taken, cut to their first `length` elements and moved
   * together (a block move within the buffer, onto pages in use already), with the room after them
   * handed out again: a scan reserves for the most it may need, and what the next scans take lands
   * where its reserve went unused rather than on fresh pages. Columns not of this buffer (those
   * that did not fit) are returned as they are. Nothing may have been taken after the columns.
   */
  shrink<T extends readonly (Int32Array | Uint16Array | Uint8Array)[]>(columns: readonly [...T], length: number): T {
    const bytes = new Uint8Array(this.buffer);
    let used = -1;
    const shrunk = columns.map((column) => {
      if (column.buffer !== this.buffer) return column;
      const size = column.BYTES_PER_ELEMENT;
      const offset = used < 0 ? column.byteOffset : Math.ceil(used / size) * size;
      if (offset !== column.byteOffset) bytes.copyWithin(offset, column.byteOffset, column.byteOffset + length * size);
      used = offset + length * size;
      return new (column.constructor as ColumnType<typeof column>)(this.buffer, offset, length);
    });
    if (used >= 0) this.#used = used;
    return shrunk as unknown as T;
  }
}

interface ColumnType<A> {
  new (buffer: ArrayBuffer, byteOffset: number, length: number): A;
  readonly BYTES_PER_ELEMENT: number;
}
