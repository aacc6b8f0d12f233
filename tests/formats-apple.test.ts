// Apple .strings and Xcode string catalogs (.xcstrings): the source the file carries (an Interface
// Builder comment, a genstrings key, the catalog's source language) is paired with each value, and
// findings point at the value's characters in the file.
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../lib/check.js';
import { appleStrings, xcstrings } from '../lib/formats/apple.js';
import { chooseFormat } from '../lib/formats/index.js';

const utf16 = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);

const MAIN = `/* Class = "UILabel"; text = "Your files are synced."; ObjectID = "a1b-c2-d3e"; */
"a1b-c2-d3e.text" = "Ihre Dateien sind synchronisiert";

/* Class = "UIButton"; normalTitle = "Sign in"; ObjectID = "x9y-z8-w7v"; */
"x9y-z8-w7v.normalTitle" = "Anmelden";
`;

describe('the .strings reader', () => {
  it('reads UTF-16 with a BOM, takes the language from the lproj folder and the source from Interface Builder comments', () => {
    const report = checkBytes(utf16(MAIN), { name: 'de.lproj/Main.strings' });
    expect(report.status).toBe('ok');
    expect(report.source).toMatchObject({ encoding: 'utf-16le', format: 'strings' });
    expect(report.language?.code).toBe('de');
    const cut = report.findings.find((f) => f.rule === 'end-punctuation-mismatch');
    expect(cut).toBeDefined();
    expect(MAIN.slice(cut!.start, cut!.end)).toContain('synchronisiert');
    expect(cut!.unit).toMatchObject({ id: 'a1b-c2-d3e.text' });
    expect(cut!.line).toBe(2);
  });

  it('reads a genstrings key as the source, not an identifier key; decodes escapes, skips comments', () => {
    const file = '// note\n"Delete \\"%@\\"?" = "\\"%@\\" löschen?";\n"settings.title" = "Einstellungen";\nplain_key = "Text\\nzwei\\U00e4";\n"same";\n';
    const read = appleStrings.read(file);
    expect(read.text).toBe('"%@" löschen?\nEinstellungen\nText\nzweiä\n');
    expect(read.units!.map((u) => u.address.id)).toEqual(['Delete "%@"?', 'settings.title', 'plain_key']);
    expect(read.source!.text).toBe('Delete "%@"?\n');
    expect(read.units!.map((u) => u.sourceStart !== undefined)).toEqual([true, false, false]);
  });

  it('refuses a file that does not parse, where it stops', () => {
    const report = checkBytes(new TextEncoder().encode('"a" = "b";\n"c" = "d"\n"e" = "f";\n'), { name: 'x.strings' });
    expect(report.status).toBe('error');
    expect(report.error?.message).toBe("Not valid Apple .strings (line 3, column 1): expected ';' after the value");
  });

  it('is chosen by extension only', () => {
    expect(chooseFormat('Localizable.strings', '"a" = "b";').meta.id).toBe('strings');
    expect(chooseFormat('notes.txt', '"a" = "b";').meta.id).not.toBe('strings');
  });
});

const CATALOG = JSON.stringify(
  {
    sourceLanguage: 'en',
    strings: {
      'Done.': { localizations: { de: { stringUnit: { state: 'translated', value: 'Fertig' } }, ru: { stringUnit: { state: 'translated', value: 'Готово.' } } } },
      files: {
        localizations: {
          en: { variations: { plural: { one: { stringUnit: { state: 'translated', value: '%lld file' } }, other: { stringUnit: { state: 'translated', value: '%lld files' } } } } },
          ru: {
            variations: {
              plural: {
                one: { stringUnit: { state: 'translated', value: '%lld файл' } },
                few: { stringUnit: { state: 'translated', value: '%lld файла' } },
                other: { stringUnit: { state: 'translated', value: '%lld файлов' } },
              },
            },
          },
        },
      },
      Brand: { shouldTranslate: false, localizations: { de: { stringUnit: { state: 'translated', value: 'Marke' } } } },
    },
    version: '1.0',
  },
  null,
  2,
);

describe('the .xcstrings reader', () => {
  it('reads every language and variation as a unit, its source the source language\'s same form (else other, else the key)', () => {
    const read = xcstrings.read(CATALOG);
    expect(read.text).toBe('Fertig\nГотово.\n%lld файл\n%lld файла\n%lld файлов\n');
    expect(read.units!.map((u) => `${u.address.id} ${u.address.segment}`)).toEqual(['Done. de', 'Done. ru', 'files ru/plural/one', 'files ru/plural/few', 'files ru/plural/other']);
    const sourceOf = (k: number) => read.source!.text.slice(read.units![k].sourceStart, read.units![k].sourceEnd);
    expect([0, 1, 2, 3, 4].map(sourceOf)).toEqual(['Done.', 'Done.', '%lld file', '%lld files', '%lld files']);
    expect(read.source!.lang).toBe('en');
    expect(read.lang).toBeUndefined(); // two target languages
  });

  it('points findings at the value in the file and compares with the source', () => {
    const report = checkBytes(new TextEncoder().encode(CATALOG), { name: 'Localizable.xcstrings' });
    expect(report.status).toBe('ok');
    const cut = report.findings.find((f) => f.rule === 'end-punctuation-mismatch');
    expect(cut).toBeDefined();
    expect(CATALOG.slice(cut!.start, cut!.end)).toContain('Fertig');
    expect(cut!.unit).toMatchObject({ id: 'Done.', segment: 'de' });
  });
});
