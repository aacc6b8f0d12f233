// Bilingual spreadsheets saved as CSV or TSV (RFC 4180: quoted fields may hold delimiters, line
// breaks and doubled quotes): one row per string, a source column and one or more target columns.
// The first row names the columns; the source and target columns are found by their names
// (source/target, original/translation…, or language codes such as en, de-DE, pt_BR: the first is
// the source, the others targets) or given by `columns` (the CLI's --columns SRC,TGT, by header
// name or 1-based number; by number, a first row that does not name those columns is data: the
// file has no header). An id or key column names the units; otherwise the spreadsheet row number does.
// A CSV's delimiter (comma, semicolon as Excel writes in many locales, or tab) is read from the header row.

import { BilingualBuilder, Pieces } from './bilingual.js';
import { FormatError, type FormatAbout, type FormatReader, type ReadOptions, type ReadResult } from './types.js';

interface Field {
  /** Range of the field's content (inside the quotes of a quoted field). */
  start: number;
  end: number;
  quoted: boolean;
}

/**
 * Splits the file into records of fields, keeping each field's place in the file. With `lenient`
 * (TSV, which many tools write without any quoting), a field that starts with a quote but is not
 * a well-formed quoted field is read as it stands; CSV requires RFC 4180 quoting.
 */
function* records(file: string, delimiter: number, lenient: boolean): Generator<Field[]> {
  let i = 0;
  const n = file.length;
  const endsField = (at: number) => at >= n || file.charCodeAt(at) === delimiter || file.charCodeAt(at) === 0x0a || file.charCodeAt(at) === 0x0d;
  while (i < n) {
    const fields: Field[] = [];
    for (;;) {
      let field: Field | undefined;
      if (file.charCodeAt(i) === 0x22) {
        let close = i + 1;
        for (;;) {
          close = file.indexOf('"', close);
          if (close < 0 || file.charCodeAt(close + 1) !== 0x22) break;
          close += 2;
        }
        if (close >= 0 && endsField(close + 1)) {
          field = { start: i + 1, end: close, quoted: true };
          i = close + 1;
        } else if (!lenient) {
          if (close < 0) throw new FormatError('A quoted field is never closed (a " is missing).', i);
          throw new FormatError('Text after the closing quote of a field (a quote inside a quoted field is written "").', close + 1);
        }
      }
      if (!field) {
        let j = i;
        while (!endsField(j)) j++;
        field = { start: i, end: j, quoted: false };
        i = j;
      }
      fields.push(field);
      if (i < n && file.charCodeAt(i) === delimiter) {
        i++;
        continue;
      }
      break;
    }
    if (file.charCodeAt(i) === 0x0d) i++;
    if (file.charCodeAt(i) === 0x0a) i++;
    yield fields;
  }
}

function fieldText(file: string, f: Field): string {
  const raw = file.slice(f.start, f.end);
  return f.quoted ? raw.replaceAll('""', '"') : raw;
}

/** A field's text as pieces: doubled quotes stand for one. */
function fieldPieces(file: string, f: Field): Pieces {
  const p = new Pieces(file);
  let at = f.start;
  if (f.quoted) {
    // Searched within the field: a search of the file would rescan it for every field.
    const raw = file.slice(f.start, f.end);
    for (let q = raw.indexOf('""'); q >= 0; q = raw.indexOf('""', q + 2)) {
      p.verbatim(at, f.start + q);
      p.replaced('"', f.start + q, f.start + q + 2);
      at = f.start + q + 2;
    }
  }
  p.verbatim(at, f.end);
  return p;
}

const SOURCE_NAMES = new Set(['source', 'src', 'source text', 'source_text', 'source string', 'source segment', 'original', 'original text']);
const TARGET_NAMES = new Set(['target', 'tgt', 'target text', 'target_text', 'target string', 'target segment', 'translation', 'translated', 'translated text']);
const ID_NAMES = new Set(['id', 'key', 'string id', 'string_id', 'tuid', 'msgid', 'identifier', 'name', 'resname']);
/** A language tag as spreadsheet headers write it: en, de-DE, pt_BR, zh-Hant-TW. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i;

interface Columns {
  /** Whether the first row names the columns (else it is the first row of data). */
  header: boolean;
  source: number;
  targets: number[];
  id?: number;
  /** Language of each column, when its header is a language tag. */
  langs: Array<string | undefined>;
}

function pickColumns(header: string[], wanted: ReadOptions['columns']): Columns {
  const names = header.map((h) => h.trim().toLowerCase());
  const langs = header.map((h) => (LANGUAGE_TAG.test(h.trim()) ? h.trim().replace('_', '-') : undefined));
  const idColumn = names.findIndex((n) => ID_NAMES.has(n));
  const id = idColumn >= 0 ? idColumn : undefined;
  if (wanted) {
    const byNumber = wanted.every((w) => /^[0-9]+$/.test(w));
    const [source, target] = wanted.map((w) => {
      const k = /^[0-9]+$/.test(w) ? Number(w) - 1 : names.indexOf(w.trim().toLowerCase());
      if (k < 0 || (!byNumber && k >= header.length)) throw new FormatError(`There is no column '${w}'; the header names ${header.map((h) => `'${h}'`).join(', ')}.`, 0);
      return k;
    });
    // Columns given by number: the first row is a header only if it names them as one would.
    const named = (k: number) => SOURCE_NAMES.has(names[k] ?? '') || TARGET_NAMES.has(names[k] ?? '') || langs[k] !== undefined;
    return { header: !byNumber || (named(source) && named(target)), source, targets: [target], id: byNumber ? undefined : id, langs };
  }
  const source = names.findIndex((n) => SOURCE_NAMES.has(n));
  const target = names.findIndex((n) => TARGET_NAMES.has(n));
  if (source >= 0 && target >= 0) return { header: true, source, targets: [target], id, langs };
  const langColumns = langs.flatMap((l, k) => (l && k !== id ? [k] : []));
  if (langColumns.length >= 2) return { header: true, source: langColumns[0], targets: langColumns.slice(1), id, langs };
  throw new FormatError(
    `Cannot tell the source and target columns from the header (${header.map((h) => `'${h}'`).join(', ')}): ` +
      'name them source and target (or with language codes such as en and de), or give --columns SRC,TGT.',
    0,
  );
}

/** The delimiter of a CSV: the most frequent of comma, semicolon and tab in the header row. */
function csvDelimiter(file: string): number {
  const end = file.search(/[\r\n]/);
  const header = file.slice(0, end < 0 ? file.length : end).replace(/"[^"]*"/g, '');
  const count = (c: string) => header.split(c).length - 1;
  const [best] = [',', ';', '\t'].sort((a, b) => count(b) - count(a));
  return best.charCodeAt(0);
}

function readTable(file: string, delimiter: number, lenient: boolean, options: ReadOptions = {}): ReadResult {
  const rows = records(file, delimiter, lenient);
  const first = rows.next();
  if (first.done) throw new FormatError('The file has no header row.', 0);
  const columns = pickColumns(first.value.map((f) => fieldText(file, f)), options.columns);
  const out = new BilingualBuilder(file);
  let row = columns.header ? 1 : 0;
  for (const fields of columns.header ? rows : [first.value, ...rows]) {
    row++;
    const end = fields[fields.length - 1].end;
    if (fields.length === 1 && fields[0].start === fields[0].end && !fields[0].quoted) continue; // a blank line
    const source = fields[columns.source];
    const id = columns.id !== undefined && fields[columns.id] ? fieldText(file, fields[columns.id]) : String(row);
    for (const t of columns.targets) {
      const target = fields[t];
      if (!target) continue; // a short row: no cell for this language
      const lang = columns.langs[t];
      out.add(lang && columns.targets.length > 1 ? { id, segment: lang } : { id }, 'segment', fieldPieces(file, target), source && fieldPieces(file, source), end);
    }
  }
  return out.build(columns.langs[columns.targets[0]], columns.langs[columns.source]);
}

export const csv: FormatReader = {
  meta: {
    id: 'csv',
    name: 'CSV',
    extensions: ['csv'],
  },
  read: (text, options) => readTable(text, csvDelimiter(text), false, options),
};

export const tsv: FormatReader = {
  meta: {
    id: 'tsv',
    name: 'TSV',
    extensions: ['tsv', 'tab'],
  },
  read: (text, options) => readTable(text, 0x09, true, options),
};

const description = (what: string) =>
  `${what} with a header row: the source column and target column(s) found by header name (source/target, ` +
  'original/translation, language codes such as en and de) or given with --columns SRC,TGT; each target cell a ' +
  'unit (id from an id or key column, else the row number), its source cell kept for bilingual checks.';

/** What the readers read and their examples (see FormatAbout); the registry leaves them out. */
export const about: Readonly<Record<string, FormatAbout>> = {
  csv: {
    // Marked pure so that esbuild drops `about` whole, as it does the other readers' (a call may do anything).
    description: /* @__PURE__ */ description('Bilingual CSV (comma, semicolon or tab, quoted fields with line breaks)'),
    examples: [
      {
        file: 'id,en,de\r\nhello,"Hello, world.","Hallo, Welt."\r\nmulti,"Two lines.\r\nSecond ""one"".","Zwei Zeilen.\r\nZweite ""Zeile""."\r\n',
        text: 'Hallo, Welt.\nZwei Zeilen.\r\nZweite "Zeile".\n',
      },
    ],
  },
  tsv: {
    description: /* @__PURE__ */ description('Bilingual tab-separated values (as Excel saves "Unicode text", UTF-16; quotes optional)'),
    examples: [{ file: 'source\ttarget\nGood morning.\tGuten Morgen.\n', text: 'Guten Morgen.\n' }],
  },
};
