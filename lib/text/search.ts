// Binary search over anything in ascending order: lines, units, pairs, boundaries, tokens and runs
// are all kept sorted by offset, and each asks one of two questions of them.

/**
 * Index of the last of `count` items whose key is at or before `value` (keys ascending), or -1
 * when even the first key is past it: "which line, unit or piece holds this offset".
 */
export function lastAtOrBefore(count: number, keyAt: (i: number) => number, value: number): number {
  if (count === 0 || keyAt(0) > value) return -1;
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (keyAt(mid) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * lastAtOrBefore over the first `count` of ascending offsets kept in a typed array (line starts),
 * read in place: no key function made at each call, and no call through one for each step.
 */
export function lastOffsetAtOrBefore(offsets: Int32Array, count: number, value: number): number {
  if (count === 0 || offsets[0] > value) return -1;
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * lastAtOrBefore over an array of ascending numbers (the ends of a file's inline spans), read in
 * place: a key function over the array, made at each call, costs the caller a closure and the
 * context it captures, allocated at every call even where the array is empty (most texts).
 */
export function lastNumberAtOrBefore(values: readonly number[], value: number): number {
  const count = values.length;
  if (count === 0 || values[0] > value) return -1;
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (values[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Index of the first of `count` items whose key is at or after `value` (keys ascending), or
 * `count` when none is: "where do the items from this offset on begin".
 */
export function firstAtOrAfter(count: number, keyAt: (i: number) => number, value: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyAt(mid) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * firstAtOrAfter over the first `count` of ascending offsets kept in a typed array (word starts,
 * boundary marks), read in place: one call site calling closures of several callers loses its
 * optimised code each time a new caller's closure comes by.
 */
export function firstOffsetAtOrAfter(offsets: Int32Array, count: number, value: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
