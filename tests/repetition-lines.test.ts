// A repetition loop never crosses a line break, and the rule scans blocks of several thousand
// words of whole lines at a time (lib/rules/repetition-loop.ts). So its findings on a text must be
// the findings on each of its lines checked alone, shifted to the line's offset, in line order:
// a run cut wrongly at a line start or a block's edge, or a block's loops reported out of order
// (which decides what a full report keeps), breaks the equality. Random texts of many lines, some
// longer than a block, from a small vocabulary that makes runs of every period up to ten.
import { describe, expect, it } from 'vitest';
import { CheckContext } from '../lib/context.js';
import { repetitionLoop } from '../lib/rules/repetition-loop.js';
import type { RawFinding } from '../lib/types.js';
import { random } from './seeded-random.js';

const WORDS = ['the', 'council', 'of', 'Europe', 'said', 'ha', 'No', 'no', 'very', 'good', 'and', 'we', 'will', 'see'];

/** A line of `n` words: mostly drawn at random, with phrases of 1-10 words repeated 2-5 times in a row. */
function line(rnd: () => number, n: number): string {
  const out: string[] = [];
  while (out.length < n) {
    if (rnd() < 0.08) {
      const p = 1 + Math.floor(rnd() * 10);
      const unit = Array.from({ length: p }, () => WORDS[Math.floor(rnd() * WORDS.length)]);
      const copies = 2 + Math.floor(rnd() * 4);
      for (let c = 0; c < copies; c++) out.push(...unit);
    } else out.push(WORDS[Math.floor(rnd() * WORDS.length)]);
    if (rnd() < 0.05) out[out.length - 1] += rnd() < 0.5 ? ',' : '.';
  }
  return out.slice(0, n).join(' ');
}

function findings(text: string): RawFinding[] {
  const found: RawFinding[] = [];
  repetitionLoop.check(new CheckContext(text, { lang: 'en' }), (f) => found.push(f));
  return found;
}

function shifted(f: RawFinding, by: number): RawFinding {
  const fix = f.fix && { ...f.fix, edits: f.fix.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) };
  return { ...f, start: f.start + by, end: f.end + by, ...(fix && { fix }) };
}

describe('repetition-loop across lines and blocks', () => {
  it.each([1, 2, 3])('finds on a text what it finds on each line alone (seed %i)', (seed) => {
    const rnd = random(seed);
    // Short and long lines, some past a block of words, and lines that repeat the one before
    // (a run of matching words that crosses the line break).
    const lines: string[] = [];
    while (lines.length < 400) {
      const r = rnd();
      if (r < 0.1 && lines.length > 0) lines.push(lines[lines.length - 1]);
      else if (r < 0.13) lines.push(line(rnd, 4000 + Math.floor(rnd() * 6000)));
      else if (r < 0.16) lines.push('');
      else lines.push(line(rnd, 1 + Math.floor(rnd() * 60)));
    }
    const text = lines.join('\n');
    const expected: RawFinding[] = [];
    let offset = 0;
    for (const l of lines) {
      for (const f of findings(l)) expected.push(shifted(f, offset));
      offset += l.length + 1;
    }
    expect(expected.length).toBeGreaterThan(100);
    expect(findings(text)).toEqual(expected);
  });
});
