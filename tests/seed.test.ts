// The document the project started from: a real machine-translated press release with eight
// artifacts. All eight must be found, and nothing else in it flagged as segmentation.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../lib/check.js';

const SEED = new URL('../seeds/000_3bf6eb0c58bdff8a.txt', import.meta.url);
// Offsets of the artifacts: "time. Again. Cementing", "partnership. comprehensive", "China. the G20",
// "cooperation. in", "sources. of growth", "market. more open", "China. coordination", "cooperation. at".
const ARTIFACTS = [520, 924, 1277, 1537, 1609, 1958, 2387, 2722];

describe('seed document', () => {
  const report = checkBytes(readFileSync(SEED), { name: 'seed.txt' });

  it('is detected as English', () => {
    expect(report.language).toMatchObject({ code: 'en', source: 'detected' });
    expect(report.language!.confidence).toBeGreaterThan(0.3);
  });

  it('finds the eight artifacts and no other segmentation finding', () => {
    const seg = report.findings.filter((f) => f.category === 'segmentation');
    expect(seg).toHaveLength(8);
    for (const at of ARTIFACTS) {
      expect(seg.some((f) => f.start - 3 <= at + 1 && at - 3 < Math.max(f.end, f.start + 1)), `artifact at ${at}`).toBe(true);
    }
  });

  it('gives positions and excerpts that point at the text', () => {
    const text = readFileSync(SEED, 'utf8');
    for (const f of report.findings) {
      const lineStart = text.split('\n').slice(0, f.line - 1).join('\n').length + (f.line > 1 ? 1 : 0);
      expect(lineStart + f.column - 1).toBe(f.start);
      expect(f.excerpt.text.slice(f.excerpt.start, f.excerpt.end)).toBe(text.slice(f.start, f.end).replace(/\n/g, ' '));
    }
  });

  it('suggests a join for the stray breaks', () => {
    const g20 = report.findings.find((f) => f.start === 1277)!;
    expect(g20.fix).toMatchObject({ description: 'join the two parts into one sentence', edits: [{ start: 1277, end: 1278, text: '' }] });
  });
});
