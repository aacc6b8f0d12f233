import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../lib/text/lines.js';

// lineFrom steps forward from a known line: for offsets walked in text order it must name the
// line lineOf (a bisection) names, whatever the line breaks (LF, CRLF, CR, empty lines).
describe('LineIndex.lineFrom', () => {
  it('is lineOf for offsets in text order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', ' ', '\n', '\r\n', '\r', 'bc'), { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 20 }), (parts, picks) => {
        const text = parts.join('');
        const lines = new LineIndex(text);
        const offsets = picks.map((p) => p % (text.length + 1)).sort((a, b) => a - b);
        let line = 0;
        for (const at of offsets) {
          line = lines.lineFrom(line, at);
          expect(line).toBe(lines.lineOf(at));
        }
      }),
    );
  });
});
