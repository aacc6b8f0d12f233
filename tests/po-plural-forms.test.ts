// Gettext plural forms: which form serves the count 1 alone (checked against msgid) and which serve
// many counts (checked against msgid_plural), from the header's Plural-Forms formula.
import { describe, expect, it } from 'vitest';
import { checkText } from '../lib/check.js';
import { DEFAULT_PLURAL_FORMS, readPluralForms } from '../lib/formats/plural-forms.js';

const singleCounts = (value: string) => readPluralForms(value)?.singleCounts;

describe('readPluralForms', () => {
  it('reads the formulas of gettext’s manual', () => {
    expect(singleCounts(DEFAULT_PLURAL_FORMS)).toEqual([1, undefined]);
    expect(singleCounts('nplurals=1; plural=0;')).toEqual([undefined]);
    // French: form 0 serves 0 and 1.
    expect(singleCounts('nplurals=2; plural=n>1;')).toEqual([undefined, undefined]);
    // Russian: form 0 serves 1, 21, 31…
    expect(singleCounts('nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);')).toEqual([undefined, undefined, undefined]);
    // Czech: 1 alone, then 2–4, then the rest.
    expect(singleCounts('nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;')).toEqual([1, undefined, undefined]);
    // Arabic: 0, 1 and 2 have forms of their own.
    expect(singleCounts('nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;')).toEqual([0, 1, 2, undefined, undefined, undefined]);
    // Slovenian: unary minus-free, nested parentheses, the dual.
    expect(singleCounts('nplurals=4; plural=(n%100==1 ? 0 : n%100==2 ? 1 : n%100==3 || n%100==4 ? 2 : 3);')).toEqual([undefined, undefined, undefined, undefined]);
    // The form the count 1 takes: Arabic's second, Russian's first (with 21, 31…).
    expect(readPluralForms('nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;')?.formOfOne).toBe(1);
    expect(readPluralForms('nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);')?.formOfOne).toBe(0);
  });

  it('refuses what is no formula rather than guess', () => {
    for (const bad of ['', 'nplurals=2;', 'nplurals=2; plural=n !=;', 'nplurals=2; plural=n/0;', 'nplurals=2; plural=n;', 'nplurals=2; plural=process.exit();', 'nplurals=2; plural=(n != 1;']) {
      expect(singleCounts(bad), bad).toBeUndefined();
    }
  });
});

const header = (pluralForms: string) =>
  `msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Plural-Forms: ${pluralForms}\\n"\n\n`;
const RUSSIAN = 'nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);';

describe('PO plural forms against their source', () => {
  it('checks a form that serves many counts against msgid_plural: the count is no number to copy', () => {
    const file = `${header(RUSSIAN)}msgid "1 color"\nmsgid_plural "{num} colors"\nmsgstr[0] "{num} цвет"\nmsgstr[1] "{num} цвета"\nmsgstr[2] "{num} цветов"\n`;
    const report = checkText(file, { name: 'ru.po' });
    expect(report.status).toBe('ok');
    expect(report.findings).toEqual([]);
  });

  it('checks the form for the count 1 alone against msgid, the others against msgid_plural', () => {
    const file = `${header('nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;').replace('ru', 'cs')}msgid "One color"\nmsgid_plural "{num} colors"\nmsgstr[0] "barva"\nmsgstr[1] "barvy"\nmsgstr[2] "{num} barev"\n`;
    const report = checkText(file, { name: 'cs.po' });
    // "barva" for one colour needs no count; "barvy" (2 to 4 colours) does.
    expect(report.findings.map((f) => [f.rule, file.slice(f.start, f.end)])).toEqual([['placeholder-mismatch', 'barvy']]);
  });

  it('keeps msgstr[0] on msgid without a header (gettext’s default, English-like) or with a formula it cannot read', () => {
    for (const head of ['', header('nplurals=2; plural=n ?? 1;')]) {
      const file = `${head}msgid "One file"\nmsgid_plural "%d files"\nmsgstr[0] "Один файл"\nmsgstr[1] "%d файла"\n`;
      const report = checkText(file, { name: 'ru.po', lang: 'ru' });
      expect(report.findings).toEqual([]);
    }
  });

  it('compares plural forms with the same form of other entries, not with each other', () => {
    const entry = (id: string, forms: string[]) => `msgid "${id}"\nmsgid_plural "{num} ${id}s"\n${forms.map((f, i) => `msgstr[${i}] "${f}"`).join('\n')}\n\n`;
    const file = header(RUSSIAN) + entry('color', ['{num} цвет', '{num} цвета', '{num} цветов']) + entry('color', ['{num} цвет', '{num} цвета', '{num} оттенков']);
    const report = checkText(file, { name: 'ru.po' });
    expect(report.findings.map((f) => [f.rule, file.slice(f.start, f.end)])).toEqual([['inconsistent-translation', '{num} оттенков']]);
    // One translation for both forms of an entry says nothing about two sources.
    const de = `msgid "One file"\nmsgid_plural "%d files"\nmsgstr[0] "%d Datei(en)"\nmsgstr[1] "%d Datei(en)"\n`;
    expect(checkText(de, { name: 'de.po', lang: 'de' }).findings).toEqual([]);
  });
});

describe('PO plural forms for one count alone', () => {
  const ARABIC = 'nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;';
  const arabic = (forms: string[]) =>
    `${header(ARABIC).replace('ru', 'ar')}msgid "Deleted %d file from “%s”"\nmsgid_plural "Deleted %d files from “%s”"\n${forms.map((f, i) => `msgstr[${i}] "${f}"`).join('\n')}\n`;

  it('may write the count in words (zero, one, the dual), as msgfmt allows', () => {
    const file = arabic(['لم يُحذف أي ملف من “%2$s”', 'حُذف ملف واحد من “%2$s”', 'حُذف ملفان من “%2$s”', 'حُذف %Id ملفات من “%s”', 'حُذف %Id ملفًا من “%s”', 'حُذف %Id ملف من “%s”']);
    expect(checkText(file, { name: 'ar.po' }).findings).toEqual([]);
  });

  it('may leave out the one conversion there is, the count formatted ("%s bytes"), in a form for one count', () => {
    const file = `${header(ARABIC).replace('ru', 'ar')}msgid "%s byte"\nmsgid_plural "%s bytes"\n${['لا بايت', 'بايت واحد', 'بايتان', '%s بايتات', '%s بايتًا', '%s بايت'].map((f, i) => `msgstr[${i}] "${f}"`).join('\n')}\n`;
    expect(checkText(file, { name: 'ar.po' }).findings).toEqual([]);
    // …but not in a form for many counts.
    const many = file.replace('msgstr[3] "%s بايتات"', 'msgstr[3] "بايتات"');
    expect(checkText(many, { name: 'ar.po' }).findings.map((f) => f.message)).toEqual(['Placeholder “%s” of the source is missing.']);
  });

  it('may leave out a brace field formatted as a number ("{n:L}"), or the one field there is, in a form for one count', () => {
    const HEBREW = 'nplurals=3; plural=(n == 1) ? 0 : (n == 2) ? 1 : 2;';
    const hebrew = (msgid: string, plural: string, forms: string[]) =>
      `${header(HEBREW).replace('ru', 'he')}msgid "${msgid}"\nmsgid_plural "${plural}"\n${forms.map((f, i) => `msgstr[${i}] "${f}"`).join('\n')}\n`;
    const days = hebrew('{days:L} day from now', '{days:L} days from now', ['בעוד יום מעכשיו', 'בעוד יומיים מעכשיו', 'בעוד {days:L} ימים מעכשיו']);
    expect(checkText(days, { name: 'he.po' }).findings).toEqual([]);
    const path = hebrew("Blocklist '{path}' has {count:L} entry", "Blocklist '{path}' has {count:L} entries", [
      'ברשימת החסימה ‚{path}’ יש רשומה אחת',
      'ברשימת החסימה ‚{path}’ יש שתי רשומות',
      'ברשימת החסימה ‚{path}’ יש {count:L} רשומות',
    ]);
    expect(checkText(path, { name: 'he.po' }).findings).toEqual([]);
    // A field of text ("{path}") stays, and any field stays in a form for many counts.
    const lost = path.replace('‚{path}’ יש רשומה', 'יש רשומה').replace('יש {count:L} רשומות', 'יש רשומות');
    expect(checkText(lost, { name: 'he.po' }).findings.map((f) => f.message)).toEqual([
      'Placeholder “{path}” of the source is missing.',
      'Placeholder “{count:L}” of the source is missing.',
    ]);
  });

  it('tells a form for 1, 21, 31… that follows a singular without the count apart (info)', () => {
    const RUSSIAN = 'nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);';
    const file = `${header(RUSSIAN)}msgid "Delete this file?"\nmsgid_plural "Delete these %d files?"\nmsgstr[0] "Удалить этот файл?"\nmsgstr[1] "Удалить эти %d файла?"\nmsgstr[2] "Удалить эти файлы?"\n`;
    expect(checkText(file, { name: 'ru.po' }).findings.map((f) => [f.severity, file.slice(f.start, f.end), f.message])).toEqual([
      ['info', 'Удалить этот файл?', 'Placeholder “%d” of the plural source is missing, as in the singular; this form also serves counts other than 1.'],
      ['error', 'Удалить эти файлы?', 'Placeholder “%d” of the source is missing.'],
    ]);
  });

  it('still needs the count in a form for many counts, and the other arguments in their places', () => {
    const file = arabic(['لم يُحذف أي ملف من “%2$s”', 'حُذف ملف واحد من “%s”', 'حُذف ملفان من “%2$s”', 'حُذف ملفات من “%s”', 'حُذف %Id ملفًا من “%s”', 'حُذف %Id ملف من “%s”']);
    const report = checkText(file, { name: 'ar.po' });
    // Unnumbered, "%s" would take the count's argument.
    expect(report.findings.map((f) => [f.rule, file.slice(f.start, f.end), f.message])).toEqual([
      ['placeholder-mismatch', '%s', 'Placeholder “%s” was changed to “%s”.'],
      ['placeholder-mismatch', 'حُذف ملفات من “%s”', 'Placeholder “%s” of the source is missing.'],
      ['placeholder-mismatch', '%s', 'Placeholder “%d” was changed to “%s”.'],
    ]);
  });
});
