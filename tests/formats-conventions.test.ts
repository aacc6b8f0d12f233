// Conventions of real translation files that the bilingual checks must read as their tools do:
// gettext's no-c-format flag, Symfony's spaced Twig placeholders and pipe-separated plurals in XLIFF.
import { describe, expect, it } from 'vitest';
import { check } from './format-fixtures.js';

const placeholderFindings = (file: string, name: string, lang: string) =>
  check(file, name, { lang }).findings.filter((f) => f.rule === 'placeholder-mismatch').map((f) => [f.unit?.id, file.slice(f.start, f.end), f.message]);

describe('gettext flags', () => {
  it('reads no string marked no-c-format as a printf format', () => {
    const po = `msgid ""
msgstr ""
"Language: ru\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

#, no-c-format
msgid "Invalid %-encoding in URI"
msgstr "Неверная %-кодировка в URI"

#, c-format
msgid "Invalid %d-encoding in URI"
msgstr "Неверная кодировка в URI"
`;
    expect(placeholderFindings(po, 'flatpak.ru.po', 'ru')).toEqual([['Invalid %d-encoding in URI', 'Неверная кодировка в URI', 'Placeholder “%d” of the source is missing.']]);
  });
});

describe('Symfony XLIFF', () => {
  const xlf = (units: string) => `<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" target-language="pl" datatype="plaintext" original="file.ext">
    <body>
${units}
    </body>
  </file>
</xliff>
`;

  it('compares the placeholders of pipe-separated plurals by presence, whatever the number of forms', () => {
    const file = xlf(`      <trans-unit id="6">
        <source>You must select at least {{ limit }} choice.|You must select at least {{ limit }} choices.</source>
        <target>Musisz wybrać co najmniej {{ limit }} opcję.|Musisz wybrać co najmniej {{ limit }} opcje.|Musisz wybrać co najmniej {{ limit }} opcji.</target>
      </trans-unit>
      <trans-unit id="7">
        <source>This value is too long. It should have {{ limit }} character or less.|This value is too long. It should have {{ limit }} characters or less.</source>
        <target>Ta wartość jest zbyt długa. Powinna mieć {{ max }} znak lub mniej.|Ta wartość jest zbyt długa. Powinna mieć {{ max }} znaki lub mniej.</target>
      </trans-unit>`);
    // Each form against its source form: the last, and the form for one (whose count the source may say in words).
    expect(placeholderFindings(file, 'validators.pl.xlf', 'pl')).toEqual([
      ['7', '{{ max }}', 'Placeholder “{{ limit }}” was changed to “{{ max }}”.'],
      ['7', '{{ max }}', 'Placeholder “{{ max }}” is not in the source.'],
    ]);
  });

  it('measures the length of a pipe-separated plural per form', () => {
    const pairs = [
      ['This value should not be blank.', 'Ta wartość nie powinna być pusta.'],
      ['This value should be false.', 'Ta wartość powinna być fałszem.'],
      ['This value should be true.', 'Ta wartość powinna być prawdą.'],
      ['This value is not a valid email address.', 'Ta wartość nie jest prawidłowym adresem email.'],
      ['The file could not be found.', 'Nie odnaleziono pliku.'],
      ['The file is not readable.', 'Nie można przeczytać pliku.'],
      ['This value is not a valid URL.', 'Ta wartość nie jest prawidłowym adresem URL.'],
      ['The two values should be equal.', 'Obie wartości powinny być równe.'],
      ['This value is not a valid date.', 'Ta wartość nie jest prawidłową datą.'],
      ['This value is not a valid time.', 'Ta wartość nie jest prawidłowym czasem.'],
      ['You must select at least one choice.|You must select at least some choices.', 'Musisz wybrać co najmniej jedną opcję.|Musisz wybrać co najmniej kilka opcji.|Musisz wybrać co najmniej wiele opcji.|Musisz wybrać co najmniej parę opcji.'],
      ['This collection should contain one element or more.|This collection should contain many elements or more.', 'Ten zbiór powinien zawierać jeden lub więcej elementów.'],
    ];
    const file = xlf(pairs.map(([s, t], i) => `      <trans-unit id="${i + 1}"><source>${s}</source><target>${t}</target></trans-unit>`).join('\n'));
    expect(check(file, 'validators.pl.xlf', { lang: 'pl' }).findings.filter((f) => f.rule === 'length-ratio')).toEqual([]);
  });

  it('does not call a spaced Twig placeholder split when it is only missing', () => {
    const file = xlf(`      <trans-unit id="8">
        <source>Between {{ min }} and {{ max }} ({{ max }} at most).</source>
        <target>Od {{ min }} do {{ max }}.</target>
      </trans-unit>`);
    expect(placeholderFindings(file, 'validators.pl.xlf', 'pl')).toEqual([['8', 'Od {{ min }} do {{ max }}.', 'Placeholder “{{ max }}” of the source is missing.']]);
  });
});

describe('Angular XLIFF', () => {
  const file = `<?xml version="1.0" encoding="UTF-8" ?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" target-language="fr" datatype="plaintext" original="ng2.template">
    <body>
      <trans-unit id="1541521390115871091" datatype="html">
        <source>{VAR_PLURAL, plural, =1 {Profile} other {Profiles of <x id="INTERPOLATION" equiv-text="{{ name }}"/>}}</source>
        <target state="translated">{VAR_PLURAL, plural, =1 {Profil} other {Profils de <x id="INTERPOLATION" equiv-text="{{ name }}"/>}}</target>
      </trans-unit>
      <trans-unit id="103717583691217276" datatype="html">
        <source>Last <x id="INTERPOLATION" equiv-text="{{ numberOfDays }}"/> Days</source>
        <target state="translated"><x id="INTERPOLATION" equiv-text="{{ numberOfDays }}"/> derniers jours</target>
      </trans-unit>
      <trans-unit id="7309206099560156141" datatype="html">
        <source>{VAR_PLURAL, plural, =1 {activity} other {activities}}</source>
        <target state="translated">{VAR_PLURAL, plural, =1 {activité} other {activités activités}}</target>
      </trans-unit>
    </body>
  </file>
</xliff>
`;

  it('reads an ICU plural in a segment as its other form, on both sides, and finds what is in it', () => {
    const report = check(file, 'messages.fr.xlf', { lang: 'fr' });
    expect(report.findings.map((f) => [f.rule, f.unit?.id, file.slice(f.start, f.end)])).toEqual([['doubled-word', '7309206099560156141', 'activités activités']]);
  });

  it('reads the space between an edge placeholder and the text as the placeholder\'s, not the string\'s', async () => {
    const { xliff } = await import('../lib/formats/xliff.js');
    const read = xliff.read(file);
    expect(read.text).toBe('Profils de\nderniers jours\nactivités activités\n');
    expect(read.source!.text).toBe('Profiles of\nLast \uFFFC Days\nactivities\n');
    expect(read.units!.map((u) => u.codes?.map((c) => c.id))).toEqual([['INTERPOLATION'], ['INTERPOLATION'], undefined]);
  });
});

describe('subtitles saved with CR CR LF line ends', () => {
  // A CRLF file converted to CRLF again (editors and git's autocrlf on Windows): each "\r\r\n" is one line end.
  const srt = '1\r\r\n00:00:01,000 --> 00:00:03,000\r\r\nThe talks covered trade\r\r\nand energy.\r\r\n\r\r\n2\r\r\n00:00:03,500 --> 00:00:06,000\r\r\nThey agreed on a plan. the ministers\r\r\nmeet in May.\r\r\n';

  it('reads every cue and points at the artifact in the file', async () => {
    const { srt: reader } = await import('../lib/formats/subtitles.js');
    expect(reader.sniff!(srt)).toBe(true);
    expect(reader.read(srt).units!.map((u) => u.address.id)).toEqual(['1', '2']);
    const report = check(srt, 'talk.srt', { lang: 'en' });
    expect(report.findings.map((f) => [f.rule, f.unit?.id, srt.slice(f.start, f.end)])).toEqual([['stray-sentence-break', '2', '. the']]);
  });
});

describe('plural forms the source language lacks', () => {
  it('checks an i18next "_few" key against the source\'s "_other"', async () => {
    const { checkBytes } = await import('../lib/check.js');
    const bytes = (s: string) => new TextEncoder().encode(s);
    const source = '{"items_one": "Deleted {{count}} item.", "items_other": "Deleted {{count}} items."}';
    const target = '{"items_one": "Удалён {{count}} элемент.", "items_few": "Deleted {{count}} items.", "items_many": "Удалено {{count}} элементов.", "items_other": "Удалено {{count}} элемента."}';
    const report = checkBytes(bytes(target), { name: 'ru.json', lang: 'ru', sourceDocument: { bytes: bytes(source), name: 'en.json', lang: 'en' } });
    expect(report.findings.filter((f) => f.rule === 'untranslated-segment').map((f) => [f.unit?.id, target.slice(f.start, f.end)])).toEqual([['/items_few', 'Deleted {{count}} items.']]);
  });
});

describe('JSON messages against their source (--source)', () => {
  const run = async (source: string, target: string) => {
    const { checkBytes } = await import('../lib/check.js');
    const bytes = (s: string) => new TextEncoder().encode(s);
    const report = checkBytes(bytes(target), { name: 'de.json', lang: 'de', sourceDocument: { bytes: bytes(source), name: 'en.json', lang: 'en' } });
    return report.findings.filter((f) => f.rule === 'tag-mismatch').map((f) => [f.unit?.id, f.unit?.segment, f.message]);
  };

  it('compares placeholders and tags as inline codes', async () => {
    expect(
      await run(
        '{"greet": "Hello {{ name }}, see <1>the guide</1>.", "saved": "Saved {{count}} files", "quoted": "You picked {value}."}',
        '{"greet": "Hallo {{nom}}, siehe die Anleitung.", "saved": "{{ count, number }} Dateien gespeichert", "quoted": "Gewählt: \'{value}\'."}',
      ),
    ).toEqual([
      ['/greet', undefined, 'Inline code {{name}} of the source is missing.'],
      ['/greet', undefined, 'Inline opening code 1 of the source is missing.'],
      ['/greet', undefined, 'Inline closing code 1 of the source is missing.'],
      ['/greet', undefined, 'Inline code {{nom}} is not in the source.'],
      // ICU quotes: '{value}' is the text "{value}", no placeholder.
      ['/quoted', undefined, 'Inline code {value} of the source is missing.'],
    ]);
  });

  it('lets a form for one count say it in words, and no other form', async () => {
    expect(
      await run(
        '{"files_one": "{{count}} file", "files_other": "{{count}} files", "n": "{n, plural, =1 {# file} one {# file} other {# files}}"}',
        '{"files_one": "Eine Datei", "files_other": "Dateien", "n": "{n, plural, =1 {Eine Datei} one {eine Datei} other {Dateien}}"}',
      ),
    ).toEqual([
      ['/files_other', undefined, 'Inline code {{count}} of the source is missing.'],
      ['/n', undefined, 'Inline code # of the source is missing.'],
    ]);
  });

  it('reads vue-i18n plural forms ("|") as a choice: other inline, the forms for 0 and 1 free to say the count in words', async () => {
    const { checkBytes } = await import('../lib/check.js');
    const bytes = (s: string) => new TextEncoder().encode(s);
    // Arabic writes six forms (vue's own rule) for English's three; "{'"'}" is a literal quote, "@:key" a linked message.
    const source = '{"day": "in 0 days|tomorrow|in {n} days", "posts": "{0} Posts|{0} Post|{0} Posts", "save": "Use the {\'\\"\'}@:save{\'\\"\'} button.", "sep": "Separate them with \'|\' from the rest."}';
    const target = '{"day": "in 0 Tagen|morgen|in Tagen", "posts": "Keine Beiträge|1 Beitrag|{0} Beiträge", "save": "Nutze die Schaltfläche „@:save“.", "sep": "Trenne sie mit \'|\' vom Rest."}';
    const report = checkBytes(bytes(target), { name: 'de.json', lang: 'de', sourceDocument: { bytes: bytes(source), name: 'en.json', lang: 'en' } });
    expect(report.findings.filter((f) => f.rule !== 'end-punctuation-mismatch').map((f) => [f.rule, f.unit?.id, f.unit?.segment, target.slice(f.start, f.end)])).toEqual([
      ['tag-mismatch', '/day', undefined, 'in Tagen'],
    ]);
    const { json } = await import('../lib/formats/json.js');
    expect(json.read(source).text).toBe('in \uFFFC days\nin 0 days\ntomorrow\n\uFFFC Posts\n\uFFFC Posts\n\uFFFC Post\nUse the "\uFFFC" button.\nSeparate them with \'|\' from the rest.\n');
  });
});
