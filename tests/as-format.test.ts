// scripts/as-format.mjs: the eval scorer's lines written as another format and checked there. A
// finding must come back at the offsets it has in the plain lines, through every escape the format
// needs (XML/HTML entities, JSON and PO backslashes, Markdown backslashes) and the markup between
// units; else the scores per format (README) would measure the mapping, not the readers.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseBytesFormat, chooseFormat } from '../lib/formats/index.js';
import { adapters, mapBack, runAs } from '../scripts/format-adapters.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'as-format-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, lines: string[]) => {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
};
// Escapes before each break (a quote, an ampersand, angle brackets, a backslash, a tab, a character
// outside the BMP, Markdown's markup characters), an empty line (no unit), and a line opening with
// what would be Markdown block markup.
const target = file('lines.txt', [
  'BRICS and China. the G20 met.',
  'He said "yes" & <left> \\ then. the G20 met.',
  '',
  'Fun 😀\tday with *stars*, {{x}} and $5 here. the end came.',
  '# Notes [1] on | pipes. the rest followed.',
]);
const source = file('source.txt', [
  'BRICS und China. Die G20 trafen sich.',
  'Er sagte "ja" & <ging> \\ dann, die G20 trafen sich.',
  '',
  'Spaß 😀\tTag mit *Sternen*, {{x}} und 5 $ hier, das Ende kam.',
  '# Notizen [1] zu | Pipes, der Rest folgte.',
]);

const spans = (report: { findings?: Array<{ rule: string; start: number; end: number }> }) =>
  (report.findings ?? []).filter((f) => f.rule.includes('sentence-break')).map((f) => [f.start, f.end]);
function plain(args: string[]) {
  try {
    return JSON.parse(execFileSync(process.execPath, ['bin/mtqa.js', ...args], { cwd: root, encoding: 'utf8' }));
  } catch (e) {
    return JSON.parse((e as { stdout: string }).stdout);
  }
}

const alone = ['check', '--format', 'json', '--lang', 'en', target];
const withSource = ['check', '--format', 'json', '--lang', 'en', '--source', source, '--source-lang', 'de', target];
// The break after "here." is told only against its source, which has a comma there.
const breaks = [
  [15, 20],
  [59, 64],
  [155, 160],
];
const sourceBreaks = [
  [15, 20],
  [59, 64],
  [117, 122],
  [155, 160],
];

describe('as-format', () => {
  it('plain: the breaks after "China.", "then." and "pipes."; against the source also "here."', () => {
    expect(spans(plain(alone))).toEqual(breaks);
    expect(spans(plain(withSource))).toEqual(sourceBreaks);
  });

  it.each(Object.keys(adapters))('%s: the same offsets as plain', (format) => {
    expect(spans(runAs(format, alone))).toEqual(breaks);
  });

  it.each(Object.keys(adapters))('%s with --source: the same offsets as plain', (format) => {
    expect(spans(runAs(format, withSource))).toEqual(sourceBreaks);
  });

  it('puts the sources of PO and XLIFF in the file, with its languages', () => {
    const lines = ['a "b" & c'];
    const po = adapters.po.write(lines, { lang: 'en', sourceLang: 'de', source: ['x "y" & z'] }).text;
    expect(po).toContain('"Language: en\\n"');
    expect(po).toContain('msgctxt "1"\nmsgid "x \\"y\\" & z"\nmsgstr "a \\"b\\" & c"\n');
    const xlf = adapters.xliff.write(lines, { lang: 'en', sourceLang: 'de', source: ['x "y" & z'] }).text;
    expect(xlf).toContain('srcLang="de" trgLang="en"');
    expect(xlf).toContain('<source>x "y" &amp; z</source><target>a "b" &amp; c</target>');
  });

  // What each format must escape: white space that Android collapses and trims, a leading @ or ?
  // (an Android reference), apostrophes and quotes, backslashes, markup and entities, YAML's
  // comment and key marks, C comments (.strings), a character outside the BMP, a no-break space,
  // a CSV delimiter, a line long enough to be folded (YAML).
  const hard = [
    '  lead and  double  spaces, tab\there ',
    'it\'s "q" \\ back \\',
    '@start',
    '?start, then',
    'a & b < c > d &amp; <b>bold</b>',
    '😀 astral, nbsp\u00a0here',
    'key: value # c /* c */ // x',
    '\\n literal %s %1$d',
    'A line long enough for a YAML writer to fold it onto the next line once it runs past the eightieth column.',
  ];
  // The formats whose readers keep every character of a line; DOCX reads a tab as a space.
  it.each(['po', 'xliff', 'yaml', 'android', 'strings', 'xcstrings', 'resx', 'tmx', 'csv', 'tsv', 'docx'] as const)('%s: the reader reads each line back as written', (format) => {
    const adapter = adapters[format];
    const { text } = adapter.write(hard, { lang: 'en', sourceLang: 'de', source: hard.map((l) => `Q ${l}`) });
    const name = `values-en/lines.${adapter.ext}`;
    const read = typeof text === 'string' ? chooseFormat(name, text).read(text, { name }) : chooseBytesFormat(name, text)!.readBytes!(text);
    expect(read.units!.map((u) => read.text.slice(u.start, u.end))).toEqual(format === 'docx' ? hard.map((l) => l.replace('\t', ' ')) : hard);
    if (adapter.bilingual) {
      // The sources and the languages are in the file (a PO file declares its own language only).
      expect(read.units!.map((u) => read.source!.text.slice(u.sourceStart, u.sourceEnd))).toEqual(hard.map((l) => `Q ${l}`));
      expect([read.lang, read.source!.lang]).toEqual(['en', format === 'po' ? undefined : 'de']);
    }
  });

  it('writes a Word paragraph as several runs, split inside words and after sentence marks', () => {
    const xml = strFromU8(unzipSync(adapters.docx.write(['', 'BRICS and China. the G20 met.']).text)['word/document.xml']);
    expect(xml).toContain('<w:body><w:p/><w:p w14:paraId="00000002">');
    const runs = [...xml.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(runs).toEqual(['BRICS', ' and ', 'China', '.', ' the ', 'G20 m', 'et.']);
  });

  it('maps offsets inside an escape outward, and markup around a unit to its line', () => {
    const { text, units } = adapters.json.write(['', 'a"b']);
    const at = text.indexOf('a\\"b');
    expect(mapBack(units, at + 1, at + 2)).toEqual({ start: 2, end: 3 }); // the escape's "\" to its '"'
    expect(mapBack(units, at + 2, at + 3)).toEqual({ start: 2, end: 3 });
    expect(mapBack(units, at - 3, at + 99)).toEqual({ start: 1, end: 4 }); // key and closing brace
  });
});
