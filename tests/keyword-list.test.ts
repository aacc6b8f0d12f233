// inKeywordList reads the line around a span once: its answer is a property of the line (or of the
// lines the span crosses), wherever on it the span stands.
import { describe, expect, it } from 'vitest';
import { inKeywordList } from '../lib/text/keyword-list.js';

/** inKeywordList for the span marked [ ] in `marked` (the brackets taken out). */
function listed(marked: string): boolean {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return inKeywordList(marked.replace('[', '').replace(']', ''), start, end);
}

describe('inKeywordList', () => {
  it.each([
    // Separators between letters, before, after and around the span.
    ['k,K,[Kelvin],kelvin', true],
    ['[k],K,Kelvin,kelvin', true],
    ['k,K,Kelvin,[kelvin]', true],
    ['[calculation;arithmetic];scientific;', true],
    ['Font per négyzethüvelyk,[psi],x', true],
    // One separator is no list; decimals are no separators.
    ['[alpha],beta', false],
    ['[1,5],3,2 and 4,4', false],
    // A separator followed by a space, anywhere on the line, makes it running text.
    ['a,b,c, [d]', false],
    ['[a],b,c and d, e', false],
    ['a,b;c; [d]', false],
    ['a,b,c,\u00a0[d]', false],
    // Only the span's line counts: the lines before and after it are not read.
    ['one, two, three\n[a],b,c\nfour, five', true],
    ['a,b,c\n[running text]\nd,e,f', false],
    // A span across a line end reads every line it touches, and only those.
    ['a,[b\nc], d', false],
    ['x, y\na,[b\nc],d', true],
    ['a,[b\nc],d', true],
    // A separator at the line's first or last character has no letter beside it.
    [',a,[b]\n', false],
    ['[a],b,\n,c', false],
    [',[a],b,c,', true],
  ])('%j → %s', (marked, expected) => {
    expect(listed(marked)).toBe(expected);
  });
});
