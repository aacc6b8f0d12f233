// .NET resource files (.resx): each string <data name="…"><value>…</value></data> is a unit (id:
// its name). Data with a `type` or `mimetype` is no string (an icon, a point, a size), and WinForms
// designer metadata (`>>button1.Name`, `>>button1.Parent`) no text; <comment> is a note for
// translators. Values keep their white space (the designer writes xml:space="preserve"). The
// culture before the extension names the language (`Strings.de-DE.resx`); the neutral file
// (`Strings.resx`) is the source to give with --source, paired by name.

import { TextBuilder } from './offset-map.js';
import { escapeXml, Tok, XmlScanner } from './xml.js';
import { FormatError, type FormatAbout, type FormatReader, type ReadOptions, type ReadResult } from './types.js';

/** The culture a resource file's name carries before .resx (`Resources.pt-BR.resx`), as a BCP 47 tag. */
function cultureOf(name: string | undefined): string | undefined {
  return /\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.resx$/i.exec(name ?? '')?.[1];
}

function read(file: string, options?: ReadOptions): ReadResult {
  const sc = new XmlScanner(file);
  while (sc.next() !== Tok.Open && sc.kind !== Tok.End);
  const root = sc.name;
  if (root !== 'root') throw new FormatError(`The root element is <${root}>, not <root>.`, sc.start);
  const b = new TextBuilder(file);
  while (sc.next() !== Tok.End) {
    if (sc.kind !== Tok.Open || sc.depth !== 2) continue;
    const name = sc.attr('name');
    const element: string = sc.name;
    if (element !== 'data' || name === undefined || name.startsWith('>>') || sc.attr('type') !== undefined || sc.attr('mimetype') !== undefined) {
      sc.skipElement();
      continue;
    }
    while (sc.next() !== Tok.End && sc.depth >= 2) {
      if (sc.kind !== Tok.Open) continue;
      // (The scanner has moved on: its name and kind are no longer what TypeScript narrowed them to.)
      const child: string = sc.name;
      if (child !== 'value') {
        sc.skipElement();
        continue;
      }
      b.startUnit({ id: name }, 'segment');
      while (sc.next() !== Tok.End && sc.depth >= 3) {
        const kind = sc.kind as Tok;
        if (kind === Tok.Text || kind === Tok.CData) b.verbatim(sc.start, sc.end);
        else if (kind === Tok.Ref) b.replaced(sc.value, sc.start, sc.end);
        else if (kind === Tok.Open) {
          const start = sc.start;
          sc.skipElement();
          b.opaque('', start, sc.end);
        }
      }
      b.paragraphBreak(sc.start);
    }
  }
  const built = b.build();
  const result: ReadResult = { text: built.text, map: built.map, units: built.units };
  const lang = cultureOf(options?.name);
  if (lang) result.lang = lang;
  return result;
}

export const resx: FormatReader = {
  meta: { id: 'resx', name: '.NET resources', extensions: ['resx'] },
  read,
  escape: escapeXml,
};

/** What the reader reads and its examples (see FormatAbout); the registry leaves them out. */
export const about: Readonly<Record<string, FormatAbout>> = {
  resx: {
    description:
      '.NET resources (.resx): each string <data> value is a unit, id its name; typed data (icons, sizes), WinForms >> metadata and comments skipped; white space kept; the culture in the file name (Strings.de-DE.resx) is the language; the neutral .resx is the source (--source), paired by name.',
    examples: [
      {
        file:
          '<?xml version="1.0" encoding="utf-8"?>\n<root>\n  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>\n' +
          '  <data name="$this.Text" xml:space="preserve">\n    <value>Einstellungen &amp; Konten</value>\n  </data>\n' +
          '  <data name="btnSave.Location" type="System.Drawing.Point, System.Drawing"><value>12, 40</value></data>\n' +
          '  <data name="&gt;&gt;btnSave.Name" xml:space="preserve"><value>btnSave</value></data>\n' +
          '  <data name="Saved" xml:space="preserve">\n    <value>Gespeichert.</value>\n    <comment>Status bar</comment>\n  </data>\n</root>\n',
        text: 'Einstellungen & Konten\nGespeichert.\n',
      },
    ],
  },
};
