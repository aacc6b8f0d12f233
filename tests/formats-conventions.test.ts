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
    expect(placeholderFindings(file, 'validators.pl.xlf', 'pl')).toEqual([['7', '{{ max }}', 'Placeholder “{{ limit }}” was changed to “{{ max }}”.']]);
  });

  it('does not call a spaced Twig placeholder split when it is only missing', () => {
    const file = xlf(`      <trans-unit id="8">
        <source>Between {{ min }} and {{ max }} ({{ max }} at most).</source>
        <target>Od {{ min }} do {{ max }}.</target>
      </trans-unit>`);
    expect(placeholderFindings(file, 'validators.pl.xlf', 'pl')).toEqual([['8', 'Od {{ min }} do {{ max }}.', 'Placeholder “{{ max }}” of the source is missing.']]);
  });
});
