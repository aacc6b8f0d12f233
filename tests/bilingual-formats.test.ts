// The bilingual checks on the files CAT tools and gettext hand over, read by mtqa's own readers
// (lib/formats): findings name the unit, point into the file at the translation, and their source
// span points into the same file at the source; unfinished units are reported as such only.
import { describe, expect, it } from 'vitest';
import { checkText } from '../lib/check.js';

/** The findings of a file as [rule, flagged file text, unit id, source span's file text]. */
function check(name: string, file: string) {
  const report = checkText(file, { name });
  expect(report.status, report.error?.message).toBe('ok');
  return report.findings.map((f) => {
    const src = f.sourceSpan && file.slice(f.sourceSpan.start, f.sourceSpan.end);
    return [f.rule, file.slice(f.start, f.end), f.unit?.id, src];
  });
}

/** Where `needle` starts in `file`, as 1-based line and column. */
function at(file: string, needle: string, from = 0): { line: number; column: number } {
  const i = file.indexOf(needle, from);
  const before = file.slice(0, i).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

describe('XLIFF 1.2', () => {
  const file = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="ui.properties" source-language="en" target-language="de" datatype="plaintext">
    <body>
      <trans-unit id="pages">
        <source>Page 12 of 40.</source>
        <target state="translated">Seite 12 von 41.</target>
      </trans-unit>
      <trans-unit id="save">
        <source><g id="1">Save</g> the file<x id="2"/></source>
        <target state="translated"><g id="1">Datei</g> speichern</target>
      </trans-unit>
      <trans-unit id="todo">
        <source>Delete 3 files?</source>
        <target state="needs-translation">Delete 3 files?</target>
      </trans-unit>
      <trans-unit id="energy">
        <source>The sides will expand cooperation in the field of energy.</source>
        <target state="translated">Die Seiten bauen die Zusammenarbeit aus. im Bereich Energie.</target>
      </trans-unit>
      <trans-unit id="edge">
        <source><x id="1"/>Open the menu.</source>
        <target state="final">Menü öffnen.<x id="1"/></target>
      </trans-unit>
    </body>
  </file>
</xliff>
`;

  it('reports each unit against its own source, and an unfinished one as such only', () => {
    expect(check('ui.xlf', file)).toEqual([
      ['number-mismatch', '41', 'pages', '40'],
      ['tag-mismatch', 'Datei</g> speichern', 'save', 'Save</g> the file'],
      ['unit-status', 'Delete 3 files?', 'todo', 'Delete 3 files?'],
      ['sentence-break-mismatch', '. im', 'energy', 'The sides will expand cooperation in the field of energy.'],
    ]);
  });

  it('points the source span at the source in the file', () => {
    const f = checkText(file, { name: 'ui.xlf' }).findings.find((x) => x.rule === 'number-mismatch')!;
    expect(f.sourceSpan).toMatchObject({ text: '40', ...at(file, '40.</source>') });
    expect({ line: f.line, column: f.column }).toEqual(at(file, '41.</target>'));
  });
});

describe('Symfony plural forms', () => {
  // Each form is checked against the source form of its interval or CLDR category (Polish "few",
  // which English lacks, against the English last form): a form other than the last was markup.
  const xliff = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="validators" source-language="en" target-language="pl" datatype="plaintext">
    <body>
      <trans-unit id="entries">
        <source>{0} No entries.|{1} One entry.|]1,Inf[ %count% entries.</source>
        <target>{0} Nie ma wpisów.|{1} Są 2 wpisy.|]1,Inf[ Są %count% wpisy.</target>
      </trans-unit>
      <trans-unit id="limit">
        <source>It should have one item.|It should have {{ limit }} items.</source>
        <target>Powinien mieć jeden element.|Powinien mieć elementy.|Powinien mieć {{ limit }} elementów.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
`;

  it('checks every form of an XLIFF segment against the matching form of its source', () => {
    expect(check('validators.pl.xlf', xliff)).toEqual([
      ['number-mismatch', '2', 'entries', undefined],
      ['placeholder-mismatch', 'Powinien mieć elementy.', 'limit', '{{ limit }}'],
    ]);
  });

  it('pairs the forms of a YAML file with the same forms of its source file', () => {
    const source = "entries: '{0} No entries.|{1} One entry.|]1,Inf[ %count% entries.'\n";
    const target = "entries: '{0} Keine Einträge.|{1} 2 Einträge.|]1,Inf[ %count% Einträge.'\n";
    const report = checkText(target, { name: 'messages.de.yml', sourceDocument: { bytes: new TextEncoder().encode(source), name: 'messages.en.yml' } });
    expect(report.findings.map((f) => [f.rule, target.slice(f.start, f.end), f.unit?.segment])).toEqual([['number-mismatch', '2', 'count:{1}']]);
  });
});

describe('Markdown with its source document', () => {
  it('keeps the title of a work a list item links to, not a list item of words kept', () => {
    const source = '# Resources\n\n- [ARC Toolkit](https://example.org/arc-toolkit)\n- Check the contrast of every page you add.\n';
    const target = '# 資料\n\n- [ARC Toolkit](https://example.org/arc-toolkit)\n- Check the contrast of every page you add.\n';
    const report = checkText(target, { name: 'resources.md', lang: 'ja', sourceDocument: { bytes: new TextEncoder().encode(source), name: 'resources.md', lang: 'en' } });
    expect(report.findings.filter((f) => f.rule === 'untranslated-segment').map((f) => target.slice(f.start, f.end))).toEqual(['Check the contrast of every page you add.']);
  });
});

describe('PO', () => {
  const file = `msgid ""
msgstr ""
"Language: de\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

#, c-format
msgid "%d files deleted"
msgstr "%s Dateien gelöscht"

#, fuzzy
msgid "Page %d of %d"
msgstr "Seite %d"

msgid "Name: "
msgstr "Name:"

msgid "Save the file now"
msgstr "Save the file now"

msgid "Visit https://example.com/help for 3 more tips."
msgstr "Auf https://example.com/hilfe finden Sie 3 weitere Tipps"
`;

  it('reports placeholders, white space, untranslated entries, links and end marks; a fuzzy entry as such only', () => {
    expect(check('de.po', file)).toEqual([
      ['placeholder-mismatch', '%s', '%d files deleted', '%d'],
      ['unit-status', 'Seite %d', 'Page %d of %d', 'Page %d of %d'],
      ['whitespace-mismatch', ':', 'Name: ', ' '],
      ['untranslated-segment', 'Save the file now', 'Save the file now', 'Save the file now'],
      ['url-mismatch', 'https://example.com/hilfe', 'Visit https://example.com/help for 3 more tips.', 'https://example.com/help'],
      ['end-punctuation-mismatch', 'Tipps', 'Visit https://example.com/help for 3 more tips.', '.'],
    ]);
  });
});

describe('PO of Sphinx documentation', () => {
  // Excerpts of the Python documentation's translations (PSF licence): literal blocks are entries
  // of their own, paragraphs carry reStructuredText's inline literals, roles and links.
  const file = `msgid ""
msgstr ""
"Language: pt_BR\\n"

msgid ""
">>> animals = 'eels'\\n"
">>> print(f'My hovercraft is full of {animals}.')\\n"
"My hovercraft is full of eels."
msgstr ""
">>> animais = 'enguias'\\n"
">>> print(f'Meu hovercraft está cheio de {animais}.')\\n"
"Meu hovercraft está cheio de enguias."

msgid ""
"def tail(filename, n=10):\\n"
"    'Return the last n lines of a file'\\n"
"    with open(filename) as f:\\n"
"        return deque(f, n)"
msgstr ""
"def tail(filename, n=10):\\n"
"    'Return the last n lines of a file'\\n"
"    with open(filename) as f:\\n"
"        return deque(f, n)"

msgid "squares = [x**2 for x in range(10)]"
msgstr "squares = [x**2 for x in range(10)]"

msgid ""
">>> s = 'supercalifragilisticexpialidocious'\\n"
">>> len(s)\\n"
"34\\n"
"\\n"
">>> s[:5]\\n"
"'super'"
msgstr ">>> s = 'supercalifragilisticexpialidocious'>>> len(s)34>>> s[:5]'super'"

msgid "\`\`t1 = t2 * i or t1 = i * t2\`\`"
msgstr "\`\`t1 = t2 * i or t1 = i * t2\`\`"

msgid "Raises an :ref:\`auditing event <auditing>\` \`\`os.walk\`\` with arguments \`\`top\`\`, \`\`topdown\`\`, \`\`onerror\`\`, \`\`followlinks\`\`."
msgstr "Levanta um :ref:\`evento de auditoria <auditing>\` \`\`os.walk\`\` com os argumentos \`\`top\`\`, \`\`topdown\`\`, \`\`onerror\`\`, \`\`followlinks\`\`."

msgid "For more info, see :ref:\`the FAQ entry on positional-only parameters <faq-positional-only-arguments>\`."
msgstr "Para mais informações, veja :ref:\`the FAQ entry on positional-only parameters <faq-positional-only-arguments>\`."

msgid "Note, the *default* will be \`\`None\`\` unless explicitly set to *0*."
msgstr "Observe que o *default* será \`\`None\`\`, a menos que seja definido explicitamente como \`\`1\`\`."
`;

  it('leaves the code of literal blocks and of inline literals and roles alone, but not a lost line break nor a role\'s title or a number', () => {
    expect(check('pt_BR.po', file).map(([rule, flagged]) => [rule, flagged])).toEqual([
      ['whitespace-mismatch', ">>> s = 'supercalifragilisticexpialidocious'>>> len(s)34>>> s[:5]'super'"],
      ['untranslated-segment', 'the FAQ entry on positional-only parameters'],
      ['number-mismatch', '1'],
    ]);
  });
});

describe('PO empty entries', () => {
  it('places each on its own msgstr line, named by its own msgid, however many there are', () => {
    const empty = Array.from({ length: 60 }, (_, k) => `msgid "Open file ${k}"\nmsgstr ""\n`).join('\n');
    const file = `msgid ""\nmsgstr ""\n"Language: de\\n"\n\n${empty}\nmsgid "Save file"\nmsgstr "Datei speichern"\n\nmsgid "Quit now"\nmsgstr ""\n`;
    const findings = checkText(file, { name: 'de.po' }).findings.filter((f) => f.rule === 'unit-status');
    // More than the per-line cap (50): each entry is a line of its own.
    expect(findings).toHaveLength(61);
    expect(findings.map((f) => [f.unit?.id, f.line])).toEqual([
      ...Array.from({ length: 60 }, (_, k) => [`Open file ${k}`, at(file, `msgid "Open file ${k}"`).line + 1]),
      ['Quit now', at(file, 'msgid "Quit now"').line + 1],
    ]);
  });
});

describe('PO with keys for msgids', () => {
  it('compares nothing with a source that is a key, and nothing in obsolete entries', () => {
    const file = 'msgid ""\nmsgstr ""\n"Language: de\\n"\n\nmsgid "menu.file.open2"\nmsgstr "Datei öffnen"\n\nmsgid "saveButtonLabel"\nmsgstr "Speichern (3)"\n\nmsgid "translator-credits"\nmsgstr "Jan Novák <jan@example.cz>, 2019"\n\n#~ msgid "Page 12 of 40"\n#~ msgstr "Seite 12 von 41"\n';
    expect(check('keys.po', file)).toEqual([]);
  });
});

describe('PO obsolete entries', () => {
  it('are silent on a fault copied from their msgid, and still report their own', () => {
    const file = 'msgid ""\nmsgstr ""\n"Language: pt\\n"\n\n#~ msgid "Start group [(]"\n#~ msgstr "Iniciar grupo [(]"\n\n#~ msgid "&#xB1;"\n#~ msgstr "&#xB1;"\n\n#~ msgid "Close group"\n#~ msgstr "Fechar (o grupo"\n';
    expect(check('calc.pt.po', file)).toEqual([['unpaired-bracket', '(', 'Close group', undefined]]);
  });

  it('report what is wrong in them as info: no program shows them', () => {
    const file = 'msgid ""\nmsgstr ""\n"Language: he\\n"\n\nmsgid "Open"\nmsgstr "פתח"\n\n#~ msgid "If set to true, newly opened windows will have the side pane visible."\n#~ msgstr "If set to true, newly opened windows will have the side pane visible."\n\nmsgid "Close the window"\nmsgstr "סגור (את החלון"\n';
    const report = checkText(file, { name: 'nautilus.he.po' });
    expect(report.findings.map((f) => [f.rule, f.severity, f.unit?.id])).toEqual([
      ['untranslated-passage', 'info', 'If set to true, newly opened windows will have the side pane visible.'],
      ['unpaired-bracket', 'warning', 'Close the window'],
    ]);
  });
});

describe('TMX', () => {
  const file =
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="de" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>\n' +
    '<tu tuid="7"><tuv xml:lang="de"><seg>Mit <bpt i="1">&lt;b&gt;</bpt>3,5 %<ept i="1">&lt;/b&gt;</ept> Zinsen.</seg></tuv>' +
    '<tuv xml:lang="en"><seg>At <bpt i="1">&lt;b&gt;</bpt>3.8%<ept i="1">&lt;/b&gt;</ept> interest.</seg></tuv></tu>\n' +
    '<tu tuid="8"><tuv xml:lang="de"><seg>Am 3. Mai um 18.30 Uhr.</seg></tuv><tuv xml:lang="en"><seg>On 3 May at 6.30 pm.</seg></tuv></tu>\n</body></tmx>\n';

  it('compares numbers across decimal conventions, codes aside', () => {
    expect(check('memory.tmx', file)).toEqual([['number-mismatch', '3.8', '7', '3,5']]);
  });
});

describe('CSV with a source column', () => {
  const file = 'id,en,de\r\nhello,"Hello, {name}!","Hallo, {nom}!"\r\nmulti,"Two lines.\r\nSecond one.","Zwei Zeilen. Zweite."\r\n';

  it('reports a translated placeholder and, in a software string, a lost line break', () => {
    expect(check('strings.csv', file)).toEqual([
      ['placeholder-mismatch', '{nom}', 'hello', '{name}'],
      ['whitespace-mismatch', 'Zwei Zeilen. Zweite.', 'multi', 'Two lines.\r\nSecond one.'],
    ]);
  });
});

describe('the language of the source a bilingual file holds', () => {
  const po = 'msgid ""\nmsgstr ""\n"Language: en\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Datei speichern"\nmsgstr "Save file"\n\nmsgid "Die Datei wurde gespeichert."\nmsgstr "The file was saved."\n';
  const xliff = (srcLang: string) =>
    `<?xml version="1.0"?>\n<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="${srcLang}" trgLang="de">\n<file id="f"><unit id="u1"><segment><source>Save file</source><target>Datei speichern</target></segment></unit></file></xliff>\n`;

  it('is --source-lang where the file declares none (a PO file), the file\'s own where it does', () => {
    expect(checkText(po, { name: 'de.po', sourceLang: 'de' }).sourceLanguage).toMatchObject({ code: 'de', source: 'forced' });
    expect(checkText(xliff('en'), { name: 'a.xlf', sourceLang: 'fr' }).sourceLanguage).toMatchObject({ code: 'en', source: 'declared' });
  });
});
