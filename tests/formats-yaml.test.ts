// YAML locale files (Rails, Symfony): ids below the language root pair a translation with its
// source file, scalars fold as YAML folds them, findings point at the characters in the file.
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../lib/check.js';
import { chooseFormat } from '../lib/formats/index.js';
import { yaml } from '../lib/formats/yaml.js';

const bytes = (s: string) => new TextEncoder().encode(s);

const EN = `en:
  greeting: "Welcome back, %{name}."
  notice:
    saved: The file was saved.
  posts:
    zero: No posts
    one: "%{count} post"
    other: "%{count} posts"
`;

const DE = `---
de:
  greeting: "Willkommen zurück, %{name}."
  notice:
    saved: Die Datei wurde
      gespeichert
  posts:
    zero: Keine Beiträge
    one: "%{count} Beitrag"
    other: "%{count} Beiträge"
`;

describe('the YAML reader', () => {
  it('reads a Rails file: the root names the language and is left out of the ids', () => {
    const read = yaml.read(DE);
    expect(read.lang).toBe('de');
    expect(read.units!.map((u) => u.address.id)).toEqual(['greeting', 'notice.saved', 'posts.zero', 'posts.one', 'posts.other']);
    expect(read.text).toBe('Willkommen zurück, %{name}.\nDie Datei wurde gespeichert\nKeine Beiträge\n%{count} Beitrag\n%{count} Beiträge\n');
    expect(read.units!.map((u) => u.count)).toEqual([undefined, undefined, 0, 1, undefined]);
  });

  it('pairs a translation with its source file by id and points findings into the file', () => {
    const report = checkBytes(bytes(DE), { name: 'config/locales/de.yml', sourceDocument: { bytes: bytes(EN), name: 'config/locales/en.yml' } });
    expect(report.status).toBe('ok');
    expect(report.language?.code).toBe('de');
    const cut = report.findings.find((f) => f.rule === 'end-punctuation-mismatch');
    expect(cut?.unit?.id).toBe('notice.saved');
    expect(DE.slice(cut!.start, cut!.end)).toContain('gespeichert');
    expect(cut!.line).toBe(6);
  });

  it('lets a plural form for one count write its %{count} in words, as Rails passes the count under that name', () => {
    const en = 'en:\n  posts:\n    zero: "%{count} posts"\n    one: "%{count} post"\n    other: "%{count} posts"\n';
    const de = 'de:\n  posts:\n    zero: Keine Beiträge\n    one: Ein Beitrag\n    other: Beiträge\n';
    const report = checkBytes(bytes(de), { name: 'de.yml', sourceDocument: { bytes: bytes(en), name: 'en.yml' } });
    expect(report.findings.filter((f) => f.rule === 'placeholder-mismatch').map((f) => f.unit?.id)).toEqual(['posts.other']);
  });

  it('reads sequences (also at their key\'s indentation), block scalars and Symfony files named by language', () => {
    const file = 'date:\n  day_names:\n  - Sonntag\n  - Montag\n  formats: {short: "%d.%m."}\n  order:\n    - :day\nhelp: |-\n  Zeile eins.\n\n  Zeile zwei.\nlong: >\n  ein\n  Satz.\n';
    const read = yaml.read(file, { name: 'translations/messages.fr.yaml' });
    expect(read.lang).toBe('fr');
    expect(read.units!.map((u) => u.address.id)).toEqual(['date.day_names.0', 'date.day_names.1', 'help', 'long']);
    expect(read.text).toBe('Sonntag\nMontag\nZeile eins.\n\nZeile zwei.\nein Satz.\n');
  });

  it('reads an anchored value on the lines below its key or item ("- &name"), not the anchor and its keys as text', () => {
    const file = 'attributes:\n- &project\n  name: project\n  help: The project of the resource.\n  property: core/project\nlabels: &labels\n  title: Titel\n';
    const read = yaml.read(file, { name: 'messages.de.yaml' });
    expect(read.units!.map((u) => u.address.id)).toEqual(['attributes.0.name', 'attributes.0.help', 'attributes.0.property', 'labels.title']);
    expect(read.text).toBe('project\nThe project of the resource.\ncore/project\nTitel\n');
  });

  it('reads a file that is a sequence of messages (go-i18n v1, early Hugo): each id names its translation, and is no text', () => {
    const file =
      '- id: greeting\n  translation: "Hallo, {{.Name}}!"\n- id: "unread"\n  translation:\n    one: "{{.Count}} ungelesene Nachricht"\n    other: "{{.Count}} ungelesene Nachrichten"\n' +
      '- translation: Ohne Kennung\n- Nur ein Eintrag\n';
    const read = yaml.read(file, { name: 'i18n/de-DE.all.yaml' });
    expect(read.lang).toBe('de-DE');
    expect(read.units!.map((u) => u.address.id)).toEqual(['greeting', 'unread.one', 'unread.other', '2.translation', '3']);
    expect(read.text).toBe('Hallo, {{.Name}}!\n{{.Count}} ungelesene Nachricht\n{{.Count}} ungelesene Nachrichten\nOhne Kennung\nNur ein Eintrag\n');
    // Paired with its source by id, whatever the order of the items.
    const en = '- id: unread\n  translation:\n    one: "{{.Count}} unread message"\n    other: "{{.Count}} unread messages"\n- id: greeting\n  translation: "Hello, {{.Name}}!"\n';
    const de = '- id: greeting\n  translation: "Hallo!"\n- id: unread\n  translation:\n    one: "Eine ungelesene Nachricht"\n    other: "{{.Count}} ungelesene Nachrichten"\n';
    const report = checkBytes(bytes(de), { name: 'de.all.yaml', sourceDocument: { bytes: bytes(en), name: 'en.all.yaml' } });
    expect(report.findings.filter((f) => f.rule === 'placeholder-mismatch').map((f) => f.unit?.id)).toEqual(['greeting']);
    const error = (s: string) => checkBytes(bytes(s), { name: 'x.yml' }).error?.message;
    expect(error('- a\nb: c\n')).toMatch(/line 2.*'key: value' where the sequence has items/);
    expect(error('a: b\n- c\n')).toMatch(/line 2.*'- item' where the mapping has keys/);
  });

  it("names a message by an id written after its translation (a go-i18n item's keys are in any order)", () => {
    const file = '- translation: "Hallo!"\n  id: greeting\n- translation:\n    one: "Eine Nachricht"\n    other: "{{.Count}} Nachrichten"\n  id: "unread"\n';
    const read = yaml.read(file, { name: 'de.all.yaml' });
    expect(read.units!.map((u) => u.address.id)).toEqual(['greeting', 'unread.one', 'unread.other']);
    expect(read.text).toBe('Hallo!\nEine Nachricht\n{{.Count}} Nachrichten\n');
  });

  it('decodes double-quoted escapes and folds quoted lines', () => {
    const read = yaml.read('a: "Tab\\there \\u00e9\\\n  joined"\nb: \'it\'\'s\n\n  new\'\n');
    expect(read.text).toBe("Tab\there éjoined\nit's\nnew\n");
  });

  it('refuses what it does not read, with the line', () => {
    const error = (s: string) => checkBytes(bytes(s), { name: 'x.yml' }).error?.message;
    expect(error('a:\n\tb: c\n')).toMatch(/line 2.*a tab in indentation/);
    expect(error('a: "open\nb: c\n')).toMatch(/line 1.*no closing quote/);
    expect(error('a:\n  b: c\n d: e\n')).toMatch(/line 3.*indentation matches no enclosing key/);
    expect(error('a: plain text\n  b: c\n')).toMatch(/line 2.*'key: value' inside a plain scalar/);
  });

  it('is chosen by extension', () => {
    expect(chooseFormat('de.yml', 'de:\n  a: b\n').meta.id).toBe('yaml');
    expect(chooseFormat('messages.fr.yaml', 'a: b\n').meta.id).toBe('yaml');
  });
});
