// Android string resources as apps keep them (res/values-XX/strings.xml): the reader is chosen by
// the root element, reads strings, plurals and string arrays as aapt2 compiles them, points every
// finding at the characters in the file, and pairs a translation with values/strings.xml by name.
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../lib/check.js';
import { android, folderLanguage } from '../lib/formats/android.js';
import { chooseFormat } from '../lib/formats/index.js';
import { check, expectFindings } from './format-fixtures.js';

const bytes = (s: string) => new TextEncoder().encode(s);

const GERMAN = `<?xml version="1.0" encoding="utf-8"?>
<resources xmlns:tools="http://schemas.android.com/tools" xmlns:xliff="urn:oasis:names:tc:xliff:document:1.2">
    <!-- Hauptbildschirm -->
    <string name="provider_authority" translatable="false">de.example.provider</string>
    <string name="home_new_title">Was gibt\\'s Neues</string>
    <string name="sync_msg">Die Abonnements werden mit dem Server abgeglichen.
        Das kann die die Weile dauern.</string>
    <string name="welcome">Hallo <xliff:g id="user" example="Ana">%1$s</xliff:g>, <b>willkommen</b> zurück!</string>
    <string name="alias">@string/home_new_title</string>
    <string name="quoted">"Bitte   warten…"</string>
    <string name="login_status"><![CDATA[Angemeldet als <i>%1$s</i>. <br/><br/>Abmelden? \\n Jetzt]]></string>
    <string name="html_help"><![CDATA[Lies <a href="https://example.org/hilfe">die Hilfe</a> &amp; die FAQ. dann frag im Forum.]]></string>
    <plurals name="num_episodes">
        <item quantity="one">Eine Episode</item>
        <item quantity="other">%d Episoden</item>
    </plurals>
    <string-array name="speeds">
        <item>Langsam</item>
        <item>Schnell</item>
    </string-array>
    <integer name="columns">3</integer>
    <color name="accent">#ff0000</color>
</resources>
`;

describe('the Android reader', () => {
  it('is chosen by the root element <resources>, whatever the file is called', () => {
    expect(chooseFormat('values-de/strings.xml', GERMAN).meta.id).toBe('android');
    expect(chooseFormat('layout/main.xml', '<?xml version="1.0"?>\n<LinearLayout android:id="@+id/x"/>').meta.id).not.toBe('android');
  });

  it('takes an empty <resources> for a locale nobody has translated yet, not for plain text', () => {
    // Translation platforms (Weblate, Transifex) commit such files for every language they offer (K-9 Mail: values-pt, values-enm).
    for (const empty of ['<?xml version="1.0" encoding="utf-8"?>\n<resources></resources>\n', '<?xml version="1.0" encoding="utf-8"?>\n<resources xmlns:tools="http://schemas.android.com/tools">\n  <!-- nothing yet -->\n</resources>\n', '<resources/>']) {
      expect(chooseFormat('values-pt/strings.xml', empty).meta.id).toBe('android');
      const report = checkBytes(bytes(empty), { name: 'values-pt/strings.xml', sourceDocument: { name: 'values/strings.xml', bytes: bytes(GERMAN) } });
      expect(report.status, report.error?.message).toBe('ok');
      expect(report.findings).toEqual([]);
    }
  });

  it('reads strings, plural items and array items as aapt2 compiles them, and nothing else', () => {
    const read = android.read(GERMAN);
    expect(read.text).toBe(
      "Was gibt's Neues\n" +
        'Die Abonnements werden mit dem Server abgeglichen. Das kann die die Weile dauern.\n' +
        'Hallo \uFFFC, willkommen zurück!\n' +
        'Bitte   warten…\n' +
        'Angemeldet als %1$s.\n\nAbmelden?\nJetzt\n' +
        'Lies die Hilfe & die FAQ. dann frag im Forum.\n' +
        'Eine Episode\n%d Episoden\nLangsam\nSchnell\n',
    );
    expect(read.units!.map((u) => [u.address.id, u.address.segment])).toEqual([
      ['home_new_title', undefined],
      ['sync_msg', undefined],
      ['welcome', undefined],
      ['quoted', undefined],
      ['login_status', undefined],
      ['html_help', undefined],
      ['num_episodes', 'one'],
      ['num_episodes', 'other'],
      ['speeds', '0'],
      ['speeds', '1'],
    ]);
  });

  it('maps checked text back to the characters of the file', () => {
    const read = android.read(GERMAN);
    const at = (word: string) => {
      const k = read.text.indexOf(word);
      const r = read.map!.toFileRange(k, k + word.length);
      return GERMAN.slice(r.start, r.end);
    };
    expect(at("gibt's")).toBe("gibt\\'s");
    expect(at('abgeglichen. Das')).toBe('abgeglichen.\n        Das');
    expect(at('Hallo \uFFFC,')).toBe('Hallo <xliff:g id="user" example="Ana">%1$s</xliff:g>,');
    expect(at('Hilfe & die')).toBe('Hilfe</a> &amp; die');
    expect(at('%d Episoden')).toBe('%d Episoden');
  });

  it('finds artifacts in the strings and points at them in the file, not at markup', () => {
    const report = check(GERMAN, 'values-de/strings.xml', { lang: 'de' });
    expectFindings(report, GERMAN, [
      { rule: 'doubled-word', flagged: 'die die', unit: { id: 'sync_msg' } },
      { rule: 'stray-sentence-break', flagged: '. dann', unit: { id: 'html_help' } },
    ]);
  });

  it('pairs a translation with values/strings.xml by name and plural quantity (--source)', () => {
    const source = `<resources>
    <string name="welcome">Hello <xliff:g id="user">%1$s</xliff:g>, welcome back!</string>
    <string name="saved">Saved %1$d of %2$d files.</string>
    <plurals name="num_episodes"><item quantity="one">%d episode</item><item quantity="other">%d episodes</item></plurals>
</resources>`;
    const target = `<resources>
    <string name="saved">%1$d von %3$d Dateien gespeichert.</string>
    <string name="welcome">Hallo <xliff:g id="user">%1$s</xliff:g>, willkommen zurück!</string>
    <plurals name="num_episodes"><item quantity="one">%d Episode</item><item quantity="other">Episoden</item></plurals>
</resources>`;
    const report = checkBytes(bytes(target), { name: 'values-de/strings.xml', lang: 'de', sourceDocument: { bytes: bytes(source), name: 'values/strings.xml', lang: 'en' } });
    expect(report.status).toBe('ok');
    const got = report.findings.filter((f) => f.rule === 'placeholder-mismatch').map((f) => [f.unit?.id, f.unit?.segment, target.slice(f.start, f.end)]);
    expect(got).toEqual([
      ['saved', undefined, '%3$d'],
      ['num_episodes', 'other', 'Episoden'],
    ]);
  });

  it('takes the language from the resource folder', () => {
    expect(['res/values-de/strings.xml', 'values-pt-rBR/strings.xml', 'res\\values-b+sr+Latn\\strings.xml', 'values-mcc310-mnc004-es/strings.xml', 'values/strings.xml', 'values-night/strings.xml', 'strings.xml'].map(folderLanguage)).toEqual([
      'de',
      'pt-BR',
      'sr-Latn',
      'es',
      undefined,
      undefined,
      undefined,
    ]);
    expect(android.read(GERMAN, { name: 'app/src/main/res/values-de/strings.xml' }).lang).toBe('de');
  });

  it('lets a plural item that serves one count alone say it in words, by CLDR for the folder\'s language', () => {
    const source = '<resources><plurals name="n"><item quantity="one">%d episode left</item><item quantity="other">%d episodes left</item></plurals></resources>';
    const run = (folder: string, items: string) =>
      checkBytes(bytes(`<resources><plurals name="n">${items}</plurals></resources>`), {
        name: `res/${folder}/strings.xml`,
        sourceDocument: { bytes: bytes(source), name: 'res/values/strings.xml', lang: 'en' },
      }).findings.filter((f) => f.rule === 'placeholder-mismatch').map((f) => f.unit?.segment);
    // German "one" is 1 alone: "Eine Episode" is right.
    expect(run('values-de', '<item quantity="one">Eine Episode übrig</item><item quantity="other">%d Episoden übrig</item>')).toEqual([]);
    // Russian "one" serves 1, 21, 31…: without the number, 21 reads "one episode".
    expect(run('values-ru', '<item quantity="one">Осталась одна серия</item><item quantity="other">Осталось %d серий</item>')).toEqual(['one']);
    // Forms the source language lacks are checked against its "other".
    expect(run('values-ru', '<item quantity="one">Осталась %d серия</item><item quantity="few">Осталось несколько серий</item><item quantity="many">Осталось %d серий</item><item quantity="other">Осталось %d серии</item>')).toEqual(['few']);
  });

  it('reports the plural quantities a language uses that an item set lacks, and those it does not use (CLDR)', () => {
    const source = '<resources><plurals name="n"><item quantity="one">%d episode left</item><item quantity="other">%d episodes left</item></plurals></resources>';
    const run = (folder: string, items: string) => {
      const file = `<resources><plurals name="n">${items}</plurals></resources>`;
      return checkBytes(bytes(file), { name: `res/${folder}/strings.xml`, sourceDocument: { bytes: bytes(source), name: 'res/values/strings.xml', lang: 'en' } })
        .findings.filter((f) => f.rule === 'unit-status')
        .map((f) => [f.severity, file.slice(f.start, f.end), f.message]);
    };
    expect(run('values-uk', '<item quantity="one">Залишилася %d серія</item><item quantity="other">Залишилося %d серій</item>')).toEqual([
      ['warning', 'Залишилося %d серій', 'The plural lacks “few” and “many”, which Ukrainian uses (CLDR): the counts that take them show this “other” form.'],
    ]);
    // Android reads "zero" only where the language has it: Japanese has "other" alone.
    expect(run('values-ja', '<item quantity="zero">エピソードなし</item><item quantity="other">残り %d 話</item>')).toEqual([
      ['info', 'エピソードなし', 'Japanese has no plural form “zero” (CLDR): this form is never shown.'],
    ]);
    expect(run('values-de', '<item quantity="one">Eine Episode übrig</item><item quantity="other">%d Episoden übrig</item>')).toEqual([]);
  });

  it('refuses a file that is not well-formed, naming where', () => {
    const report = check('<resources>\n<string name="a">Tom & Jerry</string>\n</resources>', 'strings.xml', { lang: 'en' });
    expect(report.status).toBe('error');
    expect(report.error?.message).toMatch(/line 2/);
  });
});
