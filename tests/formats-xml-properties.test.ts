// Property tests over the markup and bilingual readers: random content written into each format
// (escaped as the format escapes it) is read back as exactly that content, every checked
// character maps back to the stretch of the file it was written as; and random damage to a valid
// file never makes the check throw: the result is a report, ok or an error naming the problem.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../lib/check.js';
import { formatById } from '../lib/formats/index.js';
import { escapeXml } from '../lib/formats/xml.js';
import { toDocx } from '../scripts/render-formats-xml.js';

const WORDS = ['the', 'China.', 'G20', 'a', 'Again.', 'in', 'é', 'Жить', '中国', '😀', ',', '3.5', 'U.S.', '"', "'", '(', ')', '&', '<', '>', '&amp;', 'a;b', '"quoted"', '?'];
const content = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 30 }).map((w) => w.join(' '));

/** Each format: a file holding `text` as a unit's target, and how each content character is written there. */
const FORMATS: Array<[string, string, (text: string) => string, (c: string) => string]> = [
  ['xliff', 'a.xlf', (t) => `<xliff version="1.2"><file target-language="en"><body><trans-unit id="1"><source>s</source><target>${escapeXml(t)}</target></trans-unit></body></file></xliff>`, escapeXml],
  ['xliff', 'b.xlf', (t) => `<xliff version="2.0" srcLang="de" trgLang="en"><file id="f"><unit id="u"><segment><source>s</source><target>${escapeXml(t)}</target></segment></unit></file></xliff>`, escapeXml],
  ['tmx', 'a.tmx', (t) => `<tmx version="1.4"><header srclang="de"/><body><tu><tuv xml:lang="de"><seg>s</seg></tuv><tuv xml:lang="en"><seg>${escapeXml(t)}</seg></tuv></tu></body></tmx>`, escapeXml],
  ['html', 'a.html', (t) => `<!DOCTYPE html><html><body><p>${escapeXml(t)}</p></body></html>`, escapeXml],
  ['csv', 'a.csv', (t) => `source,target\n"s","${t.replaceAll('"', '""')}"\n`, (c) => (c === '"' ? '""' : c)],
  ['tsv', 'a.tsv', (t) => `source\ttarget\ns\t"${t.replaceAll('"', '""')}"\n`, (c) => (c === '"' ? '""' : c)],
];

describe('markup and bilingual readers, random content', () => {
  for (const [id, name, render, escape] of FORMATS) {
    it(`${name}: reads the content back exactly, each character mapped to where it was written`, () => {
      const reader = formatById(id)!;
      fc.assert(
        fc.property(content, (text) => {
          const file = render(text);
          const read = reader.read(file);
          expect(read.text).toBe(`${text}\n`);
          // The file position of every checked character holds that character, as the format writes it.
          let at = render('\u0007').indexOf('\u0007'); // where the content starts
          for (let i = 0; i < text.length; i++) {
            const written = /[\uD800-\uDFFF]/.test(text[i]) ? text[i] : escape(text[i]);
            expect(read.map!.toFile(i, 'start')).toBe(at);
            expect(read.map!.toFile(i + 1, 'end')).toBe(at + written.length);
            at += written.length;
          }
        }),
        { numRuns: 60 },
      );
    });
  }
});

describe('damaged files', () => {
  const damage = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 4 }), fc.constantFrom('', '<', '>', '&', '"', '</', '/>', '<g>', ']]>', '<!--', '&#0;', '&lol;', '\u0000', 'é')), { minLength: 1, maxLength: 4 });
  const mutate = (file: string, edits: Array<[number, number, string]>) =>
    edits.reduce((f, [at, cut, insert]) => {
      const k = at % (f.length + 1);
      return f.slice(0, k) + insert + f.slice(k + cut);
    }, file);

  for (const [, name, render] of FORMATS) {
    it(`${name}: never throws; a report either way`, () => {
      fc.assert(
        fc.property(content, damage, (text, edits) => {
          const report = checkBytes(new TextEncoder().encode(mutate(render(text), edits)), { name, lang: 'en' });
          expect(['ok', 'error']).toContain(report.status);
          if (report.status === 'error') expect(report.error!.message.length).toBeGreaterThan(10);
        }),
        { numRuns: 80 },
      );
    });
  }

  it('a damaged .docx never throws', () => {
    const docx = toDocx([{ target: 'The sides will expand cooperation. in the field of energy.', source: '' }]);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { minLength: 1, maxLength: 6 }), (edits) => {
        const bytes = docx.slice();
        for (const [at, value] of edits) bytes[at % bytes.length] = value;
        expect(['ok', 'error']).toContain(checkBytes(bytes, { name: 'a.docx', lang: 'en' }).status);
      }),
      { numRuns: 150 },
    );
  });
});
