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
