// Growing the typed-array columns that scans fill (words, sentence marks, line starts): typed
// arrays have a fixed length, so a full one is replaced by a longer copy.

/** A copy of `a` with room for `length` elements (the rest zero). */
export function grown<A extends Int32Array | Uint16Array | Uint8Array>(a: A, length: number): A {
  const b = new (a.constructor as new (length: number) => A)(length);
  b.set(a);
  return b;
}
