import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstAtOrAfter, firstOffsetAtOrAfter, lastAtOrBefore, lastNumberAtOrBefore, lastOffsetAtOrBefore } from '../lib/text/search.js';

// The two searches against the linear scans they stand for, on sorted keys with repeats.
const sortedKeys = fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 40 }).map((xs) => xs.sort((a, b) => a - b));

describe('binary search over sorted keys', () => {
  it('lastAtOrBefore is the last index whose key is at or before the value, -1 when none', () => {
    fc.assert(
      fc.property(sortedKeys, fc.integer({ min: -5, max: 55 }), (keys, value) => {
        let expected = -1;
        keys.forEach((k, i) => {
          if (k <= value) expected = i;
        });
        expect(lastAtOrBefore(keys.length, (i) => keys[i], value)).toBe(expected);
      }),
    );
  });

  it('lastNumberAtOrBefore answers as lastAtOrBefore over an array of numbers', () => {
    fc.assert(
      fc.property(sortedKeys, fc.integer({ min: -5, max: 55 }), (keys, value) => {
        expect(lastNumberAtOrBefore(keys, value)).toBe(lastAtOrBefore(keys.length, (i) => keys[i], value));
      }),
    );
  });

  it('lastOffsetAtOrBefore answers as lastAtOrBefore over the first `count` offsets of a typed array', () => {
    fc.assert(
      fc.property(sortedKeys, fc.nat(), fc.integer({ min: -5, max: 55 }), (keys, unused, value) => {
        // Room past the count, as a growing column has: what stands there is never read.
        const offsets = Int32Array.from([...keys, ...Array<number>(unused % 5).fill(-1)]);
        expect(lastOffsetAtOrBefore(offsets, keys.length, value)).toBe(lastAtOrBefore(keys.length, (i) => keys[i], value));
      }),
    );
  });

  it('firstAtOrAfter is the first index whose key is at or after the value, the count when none', () => {
    fc.assert(
      fc.property(sortedKeys, fc.integer({ min: -5, max: 55 }), (keys, value) => {
        const found = keys.findIndex((k) => k >= value);
        expect(firstAtOrAfter(keys.length, (i) => keys[i], value)).toBe(found < 0 ? keys.length : found);
      }),
    );
  });

  it('firstOffsetAtOrAfter answers as firstAtOrAfter over the first `count` offsets of a typed array', () => {
    fc.assert(
      fc.property(sortedKeys, fc.nat(), fc.integer({ min: -5, max: 55 }), (keys, unused, value) => {
        // Room past the count, as a growing column has: what stands there is never read.
        const offsets = Int32Array.from([...keys, ...Array<number>(unused % 5).fill(-1)]);
        expect(firstOffsetAtOrAfter(offsets, keys.length, value)).toBe(firstAtOrAfter(keys.length, (i) => keys[i], value));
      }),
    );
  });

  it('answers on the edges: no items, a value before the first and past the last', () => {
    expect(lastAtOrBefore(0, () => 0, 3)).toBe(-1);
    expect(firstAtOrAfter(0, () => 0, 3)).toBe(0);
    const keys = [2, 4, 4, 9];
    expect(lastAtOrBefore(keys.length, (i) => keys[i], 1)).toBe(-1);
    expect(lastAtOrBefore(keys.length, (i) => keys[i], 4)).toBe(2);
    expect(firstAtOrAfter(keys.length, (i) => keys[i], 4)).toBe(1);
    expect(firstAtOrAfter(keys.length, (i) => keys[i], 10)).toBe(4);
  });
});
