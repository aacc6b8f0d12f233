// Bilingual spreadsheets as CSV and TSV: quoted fields with line breaks and doubled quotes, BOM,
// Excel's semicolons and UTF-16 "Unicode text", columns by header name, language code or --columns.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../cli/mtqa.js';
import { csv, tsv } from '../lib/formats/csv.js';
import { check, expectFindings } from './format-fixtures.js';

export const CSV = [
  'id,source,target,notes',
  'intro,"Die Seiten bauen die Zusammenarbeit aus.","The sides will expand cooperation. in the field of energy.",',
  'multi,"Erste Zeile.\r\nZweite Zeile, mit ""Zitat"".","First line.\r\nSecond line, with ""quote"". and more.",checked',
  'names,"AT&T und R&D.","AT&T and R&D met, Inc. and Ltd. agreed.","a, b"',
  '',
].join('\r\n');

const dir = mkdtempSync(path.join(tmpdir(), 'mtqa-tables-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CSV', () => {
  it('finds the planted breaks by row id at their place in the file, across quoted line breaks and doubled quotes', () => {
    expectFindings(check(CSV, 'strings.csv', { lang: 'en' }), CSV, [
      { rule: 'sentence-break-mismatch', flagged: '. in', unit: { id: 'intro' } },
      { rule: 'sentence-break-mismatch', flagged: '. and more.', unit: { id: 'multi' } },
    ]);
  });

  it('keeps each row\'s source, paired, and cells with line breaks as lines of their own', () => {
    const read = csv.read(CSV);
    expect(read.text).toBe('The sides will expand cooperation. in the field of energy.\nFirst line.\r\nSecond line, with "quote". and more.\nAT&T and R&D met, Inc. and Ltd. agreed.\n');
    const u = read.units![1];
    expect(read.source!.text.slice(u.sourceStart, u.sourceEnd)).toBe('Erste Zeile.\r\nZweite Zeile, mit "Zitat".');
  });

  it('takes language codes in the header: the first is the source, each other column a target', () => {
    const read = csv.read('key;en-GB;de_DE;fr\nhello;Hello.;Hallo.;Bonjour.\n');
    expect(read.text).toBe('Hallo.\nBonjour.\n');
    expect(read.units!.map((u) => u.address)).toEqual([
      { id: 'hello', segment: 'de-DE' },
      { id: 'hello', segment: 'fr' },
    ]);
    expect(read.source!.lang).toBe('en-GB');
    expect(read.lang).toBe('de-DE');
  });

  it('names rows by their spreadsheet row number without an id column', () => {
    const read = csv.read('Source Text,Translation\n"A.","B."\n\n"C.","D."\n');
    expect(read.units!.map((u) => u.address.id)).toEqual(['2', '4']);
  });

  it('says which columns it needs when the header does not tell', () => {
    const r = check('English,Deutsch\nHello.,Hallo.\n', 'x.csv');
    expect(r.error).toEqual({
      code: 'invalid-format',
      message:
        "Not valid CSV (line 1, column 1): Cannot tell the source and target columns from the header ('English', 'Deutsch'): " +
        'name them source and target (or with language codes such as en and de), or give --columns SRC,TGT.',
    });
    expect(check('English,Deutsch\nHello.,Hallo. and\n', 'x.csv', { columns: ['English', 'Deutsch'] }).status).toBe('ok');
    expect(check('English,Deutsch\nHello.,Hallo. and\n', 'x.csv', { columns: ['1', '2'] }).status).toBe('ok');
    expect(check('English,Deutsch\nHello.,Hallo.\n', 'x.csv', { columns: ['English', 'German'] }).error?.message).toMatch(/There is no column 'German'/);
  });

  it('with columns given by number, reads a first row that does not name them as data (a file without a header)', () => {
    const headerless = csv.read('Good morning.,Guten Morgen.\nThank you.,Danke.\n', { columns: ['1', '2'] });
    expect(headerless.text).toBe('Guten Morgen.\nDanke.\n');
    expect(headerless.units!.map((u) => u.address.id)).toEqual(['1', '2']);
    expect(csv.read('source,target\nThank you.,Danke.\n', { columns: ['1', '2'] }).text).toBe('Danke.\n');
  });

  it('reports a quote that is never closed with its line and column', () => {
    expect(check('source,target\n"a","b\n', 'x.csv').error?.message).toBe('Not valid CSV (line 2, column 5): A quoted field is never closed (a " is missing).');
  });

  it('takes --columns on the command line', async () => {
    const file = path.join(dir, 'glossary.csv');
    writeFileSync(file, 'English,Deutsch\nGood morning.,Guten Morgen.\n');
    let out = '';
    const io = { out: (s: string) => (out += s), err: () => {}, color: false };
    expect(await main(['check', '--format', 'json', '--columns', 'English,Deutsch', file], io)).toBe(0);
    expect(JSON.parse(out).source.format).toBe('csv');
    expect(await main(['check', '--columns', 'English', file], io)).toBe(2);
  });
});

describe('TSV', () => {
  it('reads Excel\'s UTF-16 "Unicode text" with a BOM', () => {
    const text = 'source\ttarget\nDie Seiten bauen aus.\tThe sides will expand cooperation. in energy.\n';
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const report = check(bytes, 'export.txt.tsv', { lang: 'en' });
    expect(report.source).toMatchObject({ format: 'tsv', encoding: 'utf-16le', bom: true });
    expectFindings(report, text, [{ rule: 'sentence-break-mismatch', flagged: '. in energy.', unit: { id: '2' } }]);
  });

  it('reads fields that start with a quote as they stand unless they are quoted fields (many tools never quote TSV)', () => {
    const read = tsv.read('source\ttarget\n"Ja", sagte er.\t"Yes", he said.\n"a\tb"\t"c\nd"\n');
    expect(read.text).toBe('"Yes", he said.\nc\nd\n');
    expect(read.source!.text).toBe('"Ja", sagte er.\na\tb\n');
  });
});
