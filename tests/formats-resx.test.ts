// .NET .resx files: string data read by name, the culture in the file name used, the neutral
// file paired as the source by name, and findings pointing at the value in the file.
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../lib/check.js';
import { chooseFormat } from '../lib/formats/index.js';
import { resx } from '../lib/formats/resx.js';

const bytes = (s: string) => new TextEncoder().encode(s);
const resxFile = (data: string) =>
  `<?xml version="1.0" encoding="utf-8"?>\n<root>\n  <resheader name="resmimetype">\n    <value>text/microsoft-resx</value>\n  </resheader>\n${data}</root>\n`;
const entry = (name: string, value: string) => `  <data name="${name}" xml:space="preserve">\n    <value>${value}</value>\n  </data>\n`;

describe('the .resx reader', () => {
  it('takes the culture from the file name and keeps white space', () => {
    const read = resx.read(resxFile(entry('A', 'Zwei  Leerzeichen') + entry('B', 'Zeile eins\nZeile zwei')), { name: 'Strings.pt-BR.resx' });
    expect(read.lang).toBe('pt-BR');
    expect(read.text).toBe('Zwei  Leerzeichen\nZeile eins\nZeile zwei\n');
    expect(resx.read(resxFile(entry('A', 'x')), { name: 'Strings.resx' }).lang).toBeUndefined();
  });

  it('pairs a translation with the neutral file by name and points findings at the value', () => {
    const source = resxFile(entry('Saved', 'The file was saved.') + entry('Count', 'Files: {0}'));
    const target = resxFile(entry('Count', 'Dateien:') + entry('Saved', 'Die Datei wurde gespeichert'));
    const report = checkBytes(bytes(target), { name: 'Strings.de.resx', sourceDocument: { bytes: bytes(source), name: 'Strings.resx', lang: 'en' } });
    expect(report.status).toBe('ok');
    expect(report.language?.code).toBe('de');
    const cut = report.findings.find((f) => f.rule === 'end-punctuation-mismatch');
    expect(cut?.unit?.id).toBe('Saved');
    expect(target.slice(cut!.start, cut!.end)).toContain('gespeichert');
    expect(report.findings.some((f) => f.unit?.id === 'Count')).toBe(true); // {0} lost
  });

  it('refuses another root element and is chosen by extension only', () => {
    expect(checkBytes(bytes('<resources><string name="a">b</string></resources>'), { name: 'x.resx' }).error?.code).toBe('invalid-format');
    expect(chooseFormat('Strings.de.resx', '<root/>').meta.id).toBe('resx');
    expect(chooseFormat('data.xml', resxFile(entry('A', 'b'))).meta.id).not.toBe('resx');
  });
});
