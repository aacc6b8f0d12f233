import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainText } from '../lib/formats/text.js';
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

// The plain-text reader hands the line index it found to the checks: it must be the one the
// index finds itself, line starts and line ends alike, whatever the line breaks.
describe('the plain-text reader\'s line index', () => {
  it('is the LineIndex of its text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', ' ', '\t', '\n', '\r\n', '\r', 'bc', 'Word. '), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const read = plainText.read(text);
        if (read.map) return; // joined wrapped lines: a text of its own, indexed by the checks
        expect(read.lines).toBeDefined();
        const own = new LineIndex(text);
        expect([...read.lines!.starts]).toEqual([...own.starts]);
        for (let i = 0; i < own.count; i++) expect(read.lines!.lineEnd(i)).toBe(own.lineEnd(i));
      }),
    );
  });
});
