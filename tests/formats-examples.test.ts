// Every format reader's own examples (the `about` beside it in lib/formats/) give the checked text they promise.
// Readers of formats that are not text (DOCX) get their example's XML inside a real zip.
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../lib/formats/index.js';
import { FORMAT_ABOUT } from './examples.js';
import { docxFile } from './format-fixtures.js';

describe('format readers', () => {
  for (const reader of FORMATS) {
    it(`${reader.meta.id}: describes itself and reads its examples`, () => {
      const { description, examples } = FORMAT_ABOUT.get(reader.meta.id) ?? { description: '', examples: [] };
      expect(description).not.toBe('');
      expect(examples.length).toBeGreaterThan(0);
      expect(reader.meta.id).toMatch(/^[a-z0-9-]+$/);
      for (const ex of examples) {
        const read = reader.readBytes ? reader.readBytes(docxFile({ 'word/document.xml': ex.file })) : reader.read(ex.file);
        expect(read.text).toBe(ex.text);
      }
    });
  }

  it('describe only formats the registry has', () => {
    expect([...FORMAT_ABOUT.keys()].sort()).toEqual(FORMATS.map((f) => f.meta.id).sort());
  });

  it('claim distinct extensions', () => {
    const all = FORMATS.flatMap((f) => f.meta.extensions);
    expect(new Set(all).size).toBe(all.length);
  });
});
