// Gettext PO and POT files: each msgstr (each plural form msgstr[n]) is a unit on its own line,
// its msgid the source, or msgid_plural for a plural form that serves more than the count 1 (by the
// header's Plural-Forms; see plural-forms.ts). Strings continued over several quoted
// lines are joined, C escapes decoded (a "\n" inside a string is a line end in the checked text).
// Fuzzy and obsolete (#~) entries are units too, marked in their state; #, flags (c-format,
// python-brace-format…) stay on the unit for placeholder checks. The header gives the language.
// Own line reader: it keeps offsets and is linear (the npm parsers keep no positions, and pofile
// is super-linear; see shared/research/formats-and-bilingual-qa.md).

import { MappedString } from './mapped-string.js';
import { DEFAULT_PLURAL_FORMS, readPluralForms } from './plural-forms.js';
import { TextBuilder } from './offset-map.js';
import { FormatError, type FormatAbout, type FormatReader, type ReadResult, type UnitAddress } from './types.js';

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\', '"': '"', "'": "'", '?': '?' };

interface Field {
  /** "msgctxt", "msgid", "msgid_plural", "msgstr" or "msgstr[n]". */
  keyword: string;
  value: MappedString;
  /** File offset after the field's last string. */
  end: number;
}

interface Entry {
  fields: Field[];
  flags: string[];
  obsolete: boolean;
  /** File offset of the entry's first line, for errors. */
  start: number;
}

const KEYWORD = /(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)[ \t]*/y;

/** Reads one quoted string starting at file[at] (a '"') into `value`; returns the offset after its closing quote. */
function readString(file: string, at: number, lineEnd: number, value: MappedString): number {
  if (file.charCodeAt(at) !== 34) throw new FormatError('expected a string in double quotes', at);
  let run = at + 1;
  let i = at + 1;
  for (;;) {
    if (i >= lineEnd) throw new FormatError('the string has no closing quote on its line', at);
    const c = file.charCodeAt(i);
    if (c === 34) break;
    if (c !== 92) {
      i++;
      continue;
    }
    value.verbatim(run, i);
    const e = file[i + 1];
    let end = i + 2;
    let decoded: string;
    if (e in SIMPLE_ESCAPES) decoded = SIMPLE_ESCAPES[e];
    else if (e >= '0' && e <= '7') {
      while (end < i + 4 && file[end] >= '0' && file[end] <= '7') end++;
      decoded = String.fromCharCode(parseInt(file.slice(i + 1, end), 8));
    } else if (e === 'x' && /[0-9a-fA-F]/.test(file[i + 2] ?? '')) {
      while (end < lineEnd && /[0-9a-fA-F]/.test(file[end]) && end < i + 4) end++;
      decoded = String.fromCharCode(parseInt(file.slice(i + 2, end), 16));
    } else {
      throw new FormatError(`unknown escape sequence \\${e ?? ''} in a string`, i);
    }
    value.replaced(decoded, i, end);
    i = end;
    run = end;
  }
  value.verbatim(run, i);
  let after = i + 1;
  while (after < lineEnd && (file[after] === ' ' || file[after] === '\t')) after++;
  if (after < lineEnd) throw new FormatError('unexpected text after the closing quote', after);
  return i + 1;
}

function lineEndAt(file: string, from: number): number {
  let i = from;
  while (i < file.length && file.charCodeAt(i) !== 10 && file.charCodeAt(i) !== 13) i++;
  return i;
}

/** The header's `Name: value` lines. */
function headerField(header: string, name: string): string | undefined {
  const m = new RegExp(`^${name}:[ \\t]*([^\\n]*)`, 'mi').exec(header);
  return m ? m[1].trim() || undefined : undefined;
}

function read(file: string): ReadResult {
  const target = new TextBuilder(file);
  const source = new TextBuilder(file);
  const sourceRanges: Array<[number, number]> = [];
  const unitFlags: string[][] = [];
  const unitCounts: (number | undefined)[] = [];
  const singularRanges: Array<[number, number] | undefined> = [];
  let lang: string | undefined;
  let forms = readPluralForms(DEFAULT_PLURAL_FORMS)!;
  let entry: Entry | undefined;
  let field: Field | undefined;
  let entryNumber = 0;
  let pendingFlags: string[] = [];

  const flush = () => {
    if (!entry) return;
    const e = entry;
    entry = undefined;
    field = undefined;
    const get = (k: string) => e.fields.find((f) => f.keyword === k);
    const msgid = get('msgid');
    if (!msgid) throw new FormatError('an entry without msgid', e.start);
    const strs = e.fields.filter((f) => f.keyword.startsWith('msgstr'));
    if (strs.length === 0) throw new FormatError('an entry without msgstr', e.start);
    const ctxt = get('msgctxt');
    const plural = get('msgid_plural');
    if (msgid.value.textLength === 0 && !ctxt && !e.obsolete) {
      lang = headerField(strs[0].value.text, 'Language');
      const pluralForms = headerField(strs[0].value.text, 'Plural-Forms');
      forms = (pluralForms && readPluralForms(pluralForms)) || forms;
      return;
    }
    entryNumber++;
    const sourceRange = (f: Field): [number, number] => {
      const start = source.textLength;
      f.value.emit(source, 0, f.value.textLength);
      const range: [number, number] = [start, source.textLength];
      source.paragraphBreak(f.end);
      return range;
    };
    const idRange = sourceRange(msgid);
    const pluralRange = plural ? sourceRange(plural) : idRange;
    const fuzzy = e.flags.includes('fuzzy');
    const flags = e.flags.filter((f) => f !== 'fuzzy');
    for (const s of strs) {
      const address: UnitAddress = { id: msgid.value.text || `#${entryNumber}` };
      if (ctxt) address.key = ctxt.value.text;
      if (plural) address.segment = s.keyword;
      if (e.obsolete) address.state = 'obsolete';
      else if (fuzzy) address.state = 'fuzzy';
      target.startUnit(address, 'segment');
      s.value.emit(target, 0, s.value.textLength);
      target.paragraphBreak(s.end);
      // A form that serves the count 1 alone translates the singular; any other, the plural.
      const form = /\[(\d+)\]/.exec(s.keyword);
      const count = plural && form ? forms.singleCounts[Number(form[1])] : undefined;
      sourceRanges.push(plural && form && count !== 1 ? pluralRange : idRange);
      singularRanges.push(plural && form && count === undefined && Number(form[1]) === forms.formOfOne ? idRange : undefined);
      unitFlags.push(flags);
      unitCounts.push(count);
    }
  };

  let lineStart = 0;
  while (lineStart <= file.length) {
    const lineEnd = lineEndAt(file, lineStart);
    let i = lineStart;
    while (i < lineEnd && (file[i] === ' ' || file[i] === '\t')) i++;
    let obsolete = false;
    if (file.startsWith('#~', i) && file[i + 2] !== '|') {
      obsolete = true;
      i += 2;
      while (i < lineEnd && (file[i] === ' ' || file[i] === '\t')) i++;
    }
    const c = file[i];
    if (i >= lineEnd) {
      if (!obsolete) {
        flush();
        pendingFlags = [];
      }
    } else if (c === '#') {
      // A comment after the strings starts the next entry.
      if (entry && field?.keyword.startsWith('msgstr')) flush();
      if (file[i + 1] === ',') {
        for (const flag of file.slice(i + 2, lineEnd).split(',')) if (flag.trim()) pendingFlags.push(flag.trim());
      }
    } else if (c === '"') {
      if (!field) throw new FormatError('a string with no keyword (msgid, msgstr…) before it', i);
      // The quotes between two lines of one string are markup the text flows through.
      field.value.opaque('', field.end - 1, i + 1);
      field.end = readString(file, i, lineEnd, field.value);
    } else {
      KEYWORD.lastIndex = i;
      const m = KEYWORD.exec(file);
      if (!m || m.index !== i) throw new FormatError('expected msgid, msgstr, msgctxt, a quoted string or a # comment', i);
      const keyword = m[1];
      if (keyword === 'msgctxt' || keyword === 'msgid') {
        if (entry && (entry.fields.some((f) => f.keyword.startsWith('msgstr')) || entry.fields.some((f) => f.keyword === keyword))) flush();
      }
      if (keyword.startsWith('msgstr') && !entry?.fields.some((f) => f.keyword === 'msgid')) throw new FormatError(`${keyword} without a msgid before it`, i);
      if (keyword === 'msgid_plural' && !entry?.fields.some((f) => f.keyword === 'msgid')) throw new FormatError('msgid_plural without a msgid before it', i);
      if (!entry) {
        entry = { fields: [], flags: pendingFlags, obsolete, start: lineStart };
        pendingFlags = [];
      }
      const value = new MappedString(file);
      field = { keyword, value, end: 0 };
      field.end = readString(file, i + m[0].length, lineEnd, value);
      entry.fields.push(field);
    }
    if (lineEnd >= file.length) break;
    lineStart = lineEnd + (file.charCodeAt(lineEnd) === 13 && file.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  flush();

  const built = target.build();
  const src = source.build();
  built.units.forEach((u, k) => {
    [u.sourceStart, u.sourceEnd] = sourceRanges[k];
    if (unitFlags[k].length > 0) u.flags = unitFlags[k];
    if (unitCounts[k] !== undefined) u.count = unitCounts[k];
    if (singularRanges[k]) [u.singularStart, u.singularEnd] = singularRanges[k]!;
  });
  return { text: built.text, map: built.map, units: built.units, source: { text: src.text, map: src.map }, lang };
}

/** Whether the first lines past comments hold a msgid or msgctxt. */
function sniff(text: string): boolean {
  const head = text.slice(0, 4096).split(/\r\n|\r|\n/);
  for (const line of head) {
    const l = line.trim();
    if (l === '' || l.startsWith('#')) continue;
    return /^msg(?:ctxt|id)\s+"/.test(l);
  }
  return false;
}

export const po: FormatReader = {
  meta: {
    id: 'po',
    name: 'Gettext PO',
    extensions: ['po', 'pot'],
  },
  sniff,
  read,
  escape: (text) => text.replace(/[\\"\n\t\r]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : `\\${c}`)),
};

/** What the reader reads and its examples (see FormatAbout); the registry leaves them out. */
export const about: Readonly<Record<string, FormatAbout>> = {
  po: {
    description:
      'Gettext PO/POT: each msgstr and plural form is a unit (id: msgid, key: msgctxt, segment: msgstr[n], state: fuzzy or obsolete, flags from #,) with its msgid as source, or msgid_plural for a plural form that serves more counts than 1 (by Plural-Forms); continued strings joined, C escapes decoded; Language: from the header.',
    examples: [
      {
        file: 'msgid ""\nmsgstr "Language: de\\n"\n\n#, fuzzy, c-format\nmsgid "Open %s"\nmsgstr ""\n"%s \\"öffnen\\". "\n"Jetzt."\n',
        text: '%s "öffnen". Jetzt.\n',
      },
      {
        file: 'msgid "One file"\nmsgid_plural "%d files"\nmsgstr[0] "Eine Datei"\nmsgstr[1] "%d Dateien"\n\n#~ msgid "Old"\n#~ msgstr "Alt"\n',
        text: 'Eine Datei\n%d Dateien\nAlt\n',
      },
    ],
  },
};
