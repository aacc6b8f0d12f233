// Apple .strings and Xcode string catalogs (.xcstrings): the source the file carries (an Interface
// Builder comment, a genstrings key, the catalog's source language) is paired with each value, and
// findings point at the value's characters in the file.
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../lib/check.js';
import { appleStrings, stringsdict, xcstrings } from '../lib/formats/apple.js';
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

/** A .stringsdict of one key: its format and the cases of its variable `files`. */
const plist = (format: string, cases: Record<string, string>) =>
  '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n' +
  `  <key>files.count</key>\n  <dict>\n    <key>NSStringLocalizedFormatKey</key>\n    <string>${format}</string>\n    <key>files</key>\n    <dict>\n` +
  '      <key>NSStringFormatSpecTypeKey</key>\n      <string>NSStringPluralRuleType</string>\n      <key>NSStringFormatValueTypeKey</key>\n      <string>ld</string>\n' +
  Object.entries(cases).map(([k, v]) => `      <key>${k}</key>\n      <string>${v}</string>\n`).join('') +
  '    </dict>\n  </dict>\n</dict>\n</plist>\n';

const SOURCE_DICT = plist('%#@files@ in %@', { one: '1 file', other: '%ld files' });

describe('the .stringsdict reader', () => {
  it('reads the format and each case of its variables as units, the language from the lproj folder', () => {
    const read = stringsdict.read(plist('%#@files@ in „%@“', { one: 'eine Datei', other: '%ld Dateien &amp; Ordner' }), { name: 'App/de.lproj/Localizable.stringsdict' });
    expect(read.text).toBe('%#@files@ in „%@“\neine Datei\n%ld Dateien & Ordner\n');
    expect(read.units!.map((u) => [u.address.id, u.address.segment, u.count])).toEqual([
      ['files.count', undefined, undefined],
      ['files.count', 'files/one', 1],
      ['files.count', 'files/other', undefined],
    ]);
    expect(read.lang).toBe('de');
    expect(chooseFormat('Localizable.stringsdict', '<plist/>').meta.id).toBe('stringsdict');
  });

  it('pairs each case with the source file\'s, a form serving several counts with its plural, and compares placeholders', () => {
    const check = (lang: string, file: string) =>
      checkBytes(new TextEncoder().encode(file), { name: `${lang}.lproj/Localizable.stringsdict`, sourceDocument: { bytes: new TextEncoder().encode(SOURCE_DICT), name: 'en.lproj/Localizable.stringsdict', lang: 'en' } });
    // Russian "one" serves 1, 21, 31…: it writes the count, as the English plural does, not the English "1".
    const ru = plist('%#@files@ в %@', { one: '%ld файл', few: '%ld файла', many: '%ld файлов', other: '%ld файла' });
    // Polish "one" serves 1 alone: the count's placeholder for the source's "1" is the same number.
    const pl = plist('%#@files@ w %@', { one: '%ld plik', few: '%ld pliki', many: '%@ plików', other: '%ld pliku' });
    // …or, serving 1 alone, say it in words (a month left).
    expect(check('pl', plist('%#@files@ w %@', { one: 'jeden plik', few: '%ld pliki', many: '%ld plików', other: '%ld pliku' })).findings).toEqual([]);
    expect(check('ru', ru).findings).toEqual([]);
    const findings = check('pl', pl).findings;
    expect(findings.map((f) => [f.rule, pl.slice(f.start, f.end), f.unit?.segment, f.message])).toEqual([['placeholder-mismatch', '%@', 'files/many', 'Placeholder “%ld” was changed to “%@”.']]);
  });
});

describe('plural forms against the CLDR categories of their language', () => {
  const source = (name: string, lang?: string) => ({ bytes: new TextEncoder().encode(SOURCE_DICT), name, lang });
  const check = (name: string, file: string, sourceDocument = source('en.lproj/Localizable.stringsdict')) => checkBytes(new TextEncoder().encode(file), { name, sourceDocument });
  const found = (file: string, report: ReturnType<typeof checkBytes>) => report.findings.map((f) => [f.rule, f.severity, file.slice(f.start, f.end), f.unit?.segment, f.message]);

  it('takes the source language from --source-lang where the folder names none (Base.lproj), else from its text', () => {
    // Polish "one" serves 1 alone, as the English source's does: it may say it in words.
    const pl = plist('%#@files@ w %@', { one: 'jeden plik', few: '%ld pliki', many: '%ld plików', other: '%ld pliku' });
    expect(check('pl.lproj/Localizable.stringsdict', pl, source('Base.lproj/Localizable.stringsdict', 'en')).findings).toEqual([]);
    expect(check('pl.lproj/Localizable.stringsdict', pl, source('Base.lproj/Localizable.stringsdict')).findings).toEqual([]);
    // Read alone, a file outside a folder takes the language given, or the one detected.
    expect(stringsdict.read(pl, { name: 'Localizable.stringsdict' }).needsLanguage).toBe(true);
    expect(stringsdict.read(pl, { name: 'Localizable.stringsdict', lang: 'pl' }).units!.map((u) => u.count)).toEqual([undefined, 1, undefined, undefined, undefined]);
    // The folder says how the app reads the file: it wins over the language given.
    expect(stringsdict.read(pl, { name: 'ru.lproj/Localizable.stringsdict', lang: 'pl' }).units!.map((u) => u.count)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('reports the categories a plural lacks on its other form, and a form of a category the language does not use', () => {
    // Russian "2 файла" needs "few": without it 2, 3, 4 take "other".
    const ru = plist('%#@files@ в %@', { one: '%ld файл', other: '%ld файлов' });
    expect(found(ru, check('ru.lproj/Localizable.stringsdict', ru))).toEqual([
      ['unit-status', 'warning', '%ld файлов', 'files/other', 'The plural lacks “few” and “many”, which Russian uses (CLDR): the counts that take them show this “other” form.'],
    ]);
    // Chinese has "other" alone: a "one" is never shown, and not compared with the source's "1 file".
    const zh = plist('%#@files@，位于 %@', { one: '一个文件', other: '%ld 个文件' });
    expect(found(zh, check('zh-Hant.lproj/Localizable.stringsdict', zh))).toEqual([
      ['unit-status', 'info', '一个文件', 'files/one', 'Chinese has no plural form “one” (CLDR): this form is never shown.'],
    ]);
    // Apple's "zero" serves 0 in every language; French "many" (a million and more) is not asked for.
    const fr = plist('%#@files@ dans %@', { zero: 'Aucun fichier', one: '%ld fichier', other: '%ld fichiers' });
    expect(found(fr, check('fr.lproj/Localizable.stringsdict', fr))).toEqual([]);
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
    // Its Russian plural lacks "many" (5 файлов, 11 файлов): those counts show "%lld файлов" of "other" anyway, but only by chance.
    const plural = report.findings.filter((f) => f.rule === 'unit-status');
    expect(plural.map((f) => [f.severity, CATALOG.slice(f.start, f.end), f.unit?.segment, f.message])).toEqual([
      ['warning', '%lld файлов', 'ru/plural/other', 'The plural lacks “many”, which Russian uses (CLDR): the counts that take it show this “other” form.'],
    ]);
  });

  it('reads a plural form of a category the language does not use as never shown, not against the source', () => {
    const catalog = JSON.stringify({
      sourceLanguage: 'en',
      strings: {
        '%lld files': {
          localizations: {
            en: { variations: { plural: { one: { stringUnit: { state: 'translated', value: '%lld file' } }, other: { stringUnit: { state: 'translated', value: '%lld files' } } } } },
            'zh-Hant': { variations: { plural: { one: { stringUnit: { state: 'translated', value: '一個檔案' } }, other: { stringUnit: { state: 'translated', value: '%lld 個檔案' } } } } },
          },
        },
      },
      version: '1.0',
    });
    const report = checkBytes(new TextEncoder().encode(catalog), { name: 'Localizable.xcstrings' });
    expect(report.findings.map((f) => [f.rule, f.severity, catalog.slice(f.start, f.end), f.unit?.segment, f.message])).toEqual([
      ['unit-status', 'info', '一個檔案', 'zh-Hant/plural/one', 'Chinese has no plural form “one” (CLDR): this form is never shown.'],
    ]);
  });

  it('reports what is wrong in a form no count selects as info, as in an obsolete entry', () => {
    const catalog = JSON.stringify({
      sourceLanguage: 'en',
      strings: {
        '%lld new posts': {
          localizations: {
            en: { variations: { plural: { one: { stringUnit: { state: 'translated', value: '%lld new post' } }, other: { stringUnit: { state: 'translated', value: '%lld new posts' } } } } },
            'zh-Hant': { variations: { plural: { one: { stringUnit: { state: 'translated', value: 'There is one new post for you to read' } }, other: { stringUnit: { state: 'translated', value: '您有 %lld 篇新嘟文可以閱讀' } } } } },
          },
        },
      },
      version: '1.0',
    });
    const report = checkBytes(new TextEncoder().encode(catalog), { name: 'Localizable.xcstrings' });
    expect(report.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['unit-status', 'info'],
      ['untranslated-passage', 'info'],
    ]);
  });

  it('pairs a substitution with the source\'s of the same argument, whatever each language names it', () => {
    const plural = (one: string, other: string) => ({ plural: { one: { stringUnit: { state: 'translated', value: one } }, other: { stringUnit: { state: 'translated', value: other } } } });
    const catalog = JSON.stringify({
      sourceLanguage: 'en',
      strings: {
        'n posts from n people %lld %lld': {
          localizations: {
            en: {
              stringUnit: { state: 'translated', value: '%#@arg1@ from %#@arg2@' },
              substitutions: { arg1: { argNum: 1, formatSpecifier: 'lld', variations: plural('%arg post', '%arg posts') }, arg2: { argNum: 2, formatSpecifier: 'lld', variations: plural('%arg person', '%arg people') } },
            },
            // Named by the translator, numbered by their place in the value.
            de: {
              stringUnit: { state: 'translated', value: '%#@count_posts@ von %#@count_people@' },
              substitutions: { count_people: { formatSpecifier: 'lld', variations: plural('%arg Person', '%arg Personen') }, count_posts: { formatSpecifier: 'lld', variations: plural('%arg Beitrag', '%arg Beiträge') } },
            },
          },
        },
      },
      version: '1.0',
    });
    const read = xcstrings.read(catalog);
    const pairs = read.units!.map((u) => `${u.address.segment}: ${read.text.slice(u.start, u.end)} = ${read.source!.text.slice(u.sourceStart, u.sourceEnd)}`);
    expect(pairs).toEqual([
      'de: %#@count_posts@ von %#@count_people@ = %#@arg1@ from %#@arg2@',
      'de/substitutions/count_people/plural/one: %arg Person = %arg person',
      'de/substitutions/count_people/plural/other: %arg Personen = %arg people',
      'de/substitutions/count_posts/plural/one: %arg Beitrag = %arg post',
      'de/substitutions/count_posts/plural/other: %arg Beiträge = %arg posts',
    ]);
  });

  it("reads a substitution's %arg as its formatSpecifier when comparing placeholders with the source", () => {
    const plural = (one: string, other: string) => ({ plural: { one: { stringUnit: { state: 'translated', value: one } }, other: { stringUnit: { state: 'translated', value: other } } } });
    const items = (one: string, other: string) => ({ stringUnit: { state: 'translated', value: '%#@items@' }, substitutions: { items: { argNum: 1, formatSpecifier: 'lld', variations: plural(one, other) } } });
    const catalog = JSON.stringify({
      sourceLanguage: 'en',
      strings: {
        '%lld items': {
          localizations: {
            en: items('%lld item', '%lld items'),
            de: items('%arg Element', '%arg Elemente'),
            fr: items('%arg élément', '%@ éléments'),
          },
        },
        // The source writes Apple's stand-in, the translation the conversion it stands for.
        '%lld posts': { localizations: { en: items('%arg post', '%arg posts'), eu: items('%lld argitalpen', '%lld argitalpen') } },
      },
      version: '1.0',
    });
    const report = checkBytes(new TextEncoder().encode(catalog), { name: 'Localizable.xcstrings' });
    const mismatches = report.findings.filter((f) => f.rule === 'placeholder-mismatch');
    expect(mismatches.map((f) => [catalog.slice(f.start, f.end), f.unit?.segment, f.message])).toEqual([['%@', 'fr/substitutions/items/plural/other', 'Placeholder “%lld” was changed to “%@”.']]);
  });

  it('reads a plural form for 1, 21, 31… against an English form for 1 that writes the count out', () => {
    const forms = (cases: Record<string, string>) => ({ variations: { plural: Object.fromEntries(Object.entries(cases).map(([k, value]) => [k, { stringUnit: { state: 'translated', value } }])) } });
    const catalog = JSON.stringify({
      sourceLanguage: 'en',
      strings: { '%lld files': { localizations: { en: forms({ one: '1 file', other: '%lld files' }), ru: forms({ one: '%lld файл', few: '%lld файла', many: '%lld файлов', other: '%lld файла' }) } } },
      version: '1.0',
    });
    expect(xcstrings.read(catalog).units!.map((u) => [u.address.segment, u.count, u.sourceCount])).toEqual([
      ['ru/plural/one', undefined, 1],
      ['ru/plural/few', undefined, undefined],
      ['ru/plural/many', undefined, undefined],
      ['ru/plural/other', undefined, undefined],
    ]);
    expect(checkBytes(new TextEncoder().encode(catalog), { name: 'Localizable.xcstrings' }).findings).toEqual([]);
  });

  it('reads one language alone when asked for it', () => {
    const read = xcstrings.read(CATALOG, { lang: 'ru' });
    expect(read.text).toBe('Готово.\n%lld файл\n%lld файла\n%lld файлов\n');
    expect(read.lang).toBe('ru');
    expect(read.languages).toBeUndefined();
    expect(xcstrings.read(CATALOG).languages).toEqual(['de', 'ru']);
  });

  it('checks each language of a catalog in that language, units numbered in the whole file', () => {
    // Every catalog Xcode writes holds all of an app's languages: read as one text in none of them,
    // each was an untranslated passage in the others (IceCubesApp: 1,750 in 42k words).
    const catalog = JSON.stringify({
      sourceLanguage: 'en',
      strings: Object.fromEntries(
        [
          ['Delete this account', 'Dieses Konto löschen', 'Удалить эту учётную запись', 'このアカウントを削除'],
          ['Show the original post', 'Den ursprünglichen Beitrag anzeigen', 'Показать исходную публикацию', '元の投稿を表示'],
          ['Mute the conversation', 'Die Unterhaltung stummschalten', 'Заглушить этот разговор', 'この会話をミュート'],
        ].map(([key, de, ru, ja]) => [key, { localizations: Object.fromEntries(Object.entries({ de, ru, ja }).map(([l, value]) => [l, { stringUnit: { state: 'translated', value } }])) }]),
      ),
      version: '1.0',
    });
    const report = checkBytes(new TextEncoder().encode(catalog), { name: 'Localizable.xcstrings' });
    expect(report.status).toBe('ok');
    expect(report.findings).toEqual([]);
    expect(report.language).toMatchObject({ code: 'de', source: 'declared', mixture: [{ code: 'de', share: expect.any(Number) }, { code: 'ru', share: expect.any(Number) }, { code: 'ja', share: expect.any(Number) }] });
    expect(report.summary).toMatchObject({ findings: 0 });
    // --lang checks that language alone; the whole catalog's counts are its languages' together.
    const alone = ['de', 'ru', 'ja'].map((lang) => checkBytes(new TextEncoder().encode(catalog), { name: 'Localizable.xcstrings', lang }));
    expect(alone.map((a) => a.language!.code)).toEqual(['de', 'ru', 'ja']);
    expect(report.summary!.words).toBe(alone.reduce((n, a) => n + a.summary!.words, 0));
    expect(report.summary!.characters).toBe(alone.reduce((n, a) => n + a.summary!.characters, 0));
    // A planted slip is reported in its own language, its unit numbered as in the whole catalog.
    const slipped = catalog.replace('Удалить эту учётную запись', 'Удалить эту. учётную запись');
    const r = checkBytes(new TextEncoder().encode(slipped), { name: 'Localizable.xcstrings' });
    expect(r.findings.map((f) => [f.rule, f.unit?.id, f.unit?.segment, f.unit?.index])).toEqual([['sentence-break-mismatch', 'Delete this account', 'ru', 1]]);
  });
});
