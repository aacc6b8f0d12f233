// checkBytes with `consume`: the caller is done with the bytes, so the check frees them once
// decoded (the CLI's check --format json/stylish). The report must not change.
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../lib/check.js';
import { docxFile, wordDocument } from './format-fixtures.js';

const TEXT = 'The committee met on Monday. it adopted the report.\nThe meeting ended. Everybody left.\n';
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

  it('frees a buffer the bytes span whole, and leaves a view on part of a buffer alone', () => {
    const whole = new Uint8Array(Buffer.from(TEXT));
    checkBytes(whole, { name: 'a.txt', consume: true });
    expect(whole.buffer.byteLength).toBe(0);

    const shared = Buffer.from(`xx${TEXT}`);
    const part = shared.subarray(2);
    const report = checkBytes(part, { name: 'b.txt', consume: true });
    expect(report.status).toBe('ok');
    expect(shared.toString()).toBe(`xx${TEXT}`);

    const kept = Buffer.from(TEXT);
    checkBytes(kept, { name: 'c.txt' });
    expect(kept.toString()).toBe(TEXT);
  });
});
