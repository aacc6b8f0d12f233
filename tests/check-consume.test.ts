// checkBytes with `consume`: the caller is done with the bytes, so the check may lay its word
// columns in them once decoded (the CLI's check --format json/stylish). The report must not change.
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../lib/check.js';
import { emptyMarks } from '../lib/catalogue/marks.js';
import { lengthOfWord, tokenize } from '../lib/catalogue/tokens.js';
import { docxFile, wordDocument } from './format-fixtures.js';

const TEXT = 'The committee met on Monday. it adopted the report.\nThe meeting ended. Everybody left.\n';
/** Past the size from which the word scan lays its columns in the consumed bytes (see tokenize). */
const PROSE = [
  'The committee met on Monday. it adopted the report.',
  'Everybody left the meeting before the vote was taken.',
  'Their «proposal» was read out twice, and nobody objected to it.',
  'A new chair will be elected in the spring, when the members return.',
  'The budget for next year was approved without any changes…',
];
const LARGE = Array.from({ length: 1200 }, (_, i) => `${PROSE[i % 5]} ${PROSE[(3 * i + 1) % 5]}\n`).join('');
const DOCX = () => docxFile({ 'word/document.xml': wordDocument(`<w:p><w:r><w:t>${TEXT.trim()}</w:t></w:r></w:p>`) });

describe('checkBytes with consume', () => {
  it('reports the same as without, for text and for a format read from bytes', () => {
    for (const [name, make] of [
      ['notes.txt', () => Buffer.from(TEXT)],
      ['notes.docx', DOCX],
    ] as const) {
      const kept = checkBytes(make(), { name });
      const consumed = checkBytes(make(), { name, consume: true });
      expect(consumed).toEqual(kept);
      expect(kept.findings.length).toBeGreaterThan(0);
    }
  });

  it('never detaches the bytes (V8 would deoptimize every typed-array read), and leaves a view on part of a buffer alone', () => {
    for (const [name, make] of [
      ['a.txt', () => new Uint8Array(Buffer.from(TEXT))],
      ['big.txt', () => new Uint8Array(Buffer.from(LARGE))],
      ['a.docx', () => new Uint8Array(DOCX())],
    ] as const) {
      const whole = make();
      const size = whole.byteLength;
      checkBytes(whole, { name, consume: true });
      expect(whole.buffer.byteLength).toBe(size);
    }

    const shared = Buffer.from(`xx${TEXT}`);
    const part = shared.subarray(2);
    const report = checkBytes(part, { name: 'b.txt', consume: true });
    expect(report.status).toBe('ok');
    expect(shared.toString()).toBe(`xx${TEXT}`);

    const kept = Buffer.from(TEXT);
    checkBytes(kept, { name: 'c.txt' });
    expect(kept.toString()).toBe(TEXT);
  });

  it('lays the word columns of a large text in the consumed bytes: same report, same words', () => {
    expect(LARGE.length).toBeGreaterThan(1 << 16);
    const kept = checkBytes(Buffer.from(LARGE), { name: 'large.txt' });
    const consumed = new Uint8Array(Buffer.from(LARGE));
    expect(checkBytes(consumed, { name: 'large.txt', consume: true })).toEqual(kept);
    expect(kept.findings.length).toBeGreaterThan(0);

    // Scratch memory holds old bytes, not zeros: the columns read the same.
    const scratch = new Uint8Array(LARGE.length).fill(0xa7).buffer;
    const fresh = tokenize(LARGE, emptyMarks(LARGE.length));
    const laid = tokenize(LARGE, emptyMarks(LARGE.length), scratch);
    expect(laid.start.buffer).toBe(scratch);
    expect(laid.count).toBe(fresh.count);
    for (let i = 0; i < fresh.count; i++) {
      expect([laid.start[i], lengthOfWord(laid, i), laid.hash[i], laid.info[i]]).toEqual([fresh.start[i], lengthOfWord(fresh, i), fresh.hash[i], fresh.info[i]]);
    }
  });
});
