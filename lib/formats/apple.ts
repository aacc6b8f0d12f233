// Apple localization files.
// `.strings`: `"key" = "value";` entries between C and // comments, in UTF-16 or UTF-8 (decode.ts
// reads either by its byte order mark). Each value is a unit (id: its key), its escapes decoded
// (\" \\ \n \t \r, \Uxxxx, octal). The file carries its source in two layouts: Interface Builder's
// exports write the development-language text into the comment above each entry
// (`/* Class = "UIButton"; normalTitle = "Sign in"; ObjectID = "x1"; */ "x1.normalTitle" = "…";`,
// the property after the key's last dot), and genstrings makes the development-language text the
// key (`"Sign in" = "Anmelden";`): a key that is no identifier (white space, punctuation other than
// . _ -) is read as the source. The folder names the language (`de.lproj/Localizable.strings`).
// `.xcstrings` (Xcode string catalogs): JSON with `sourceLanguage` and, under each key, the
// localizations of every language. Each language's `stringUnit` value, and each variation's
// (plural, device, substitutions), is a unit (id: the key, segment: language and variation,
// `de/plural/one`); its source is the source language's localization of the same variation (a
// plural category the source lacks takes its `other`; a substitution the one of the same argument,
// whatever each language names it), else the key. `shouldTranslate: false` is skipped.
// A catalog of several languages (as Xcode writes them) is read one language at a time (see
// target-languages.ts); a substitution's `%arg` is its argument in its `formatSpecifier`.
// `.stringsdict` (plural rules, a property list): see readStringsdict.

import { decodeString, jsonEscape, parse, skipString, type StringValue } from './json.js';
import { MappedString } from './mapped-string.js';
import { TextBuilder } from './offset-map.js';
import { PLURAL_CATEGORIES, pluralNotes, singleCountOf } from './plural-categories.js';
import { targetLanguages } from './target-languages.js';
import { escapeXml, Tok, XmlScanner } from './xml.js';
import { FormatError, type FormatAbout, type FormatReader, type ReadOptions, type ReadResult, type Unit, type UnitAddress } from './types.js';

/** What a unit says besides its text: the count a plural form and its source's serve, what `%arg` stands for. */
type UnitExtras = Partial<Pick<Unit, 'count' | 'sourceCount' | 'argFormat' | 'sourceArgFormat' | 'plural'>>;

/** Target and source texts built side by side: each unit's source, when it has one, is a line of the source text. */
class Pairs {
  private readonly target: TextBuilder;
  private readonly source: TextBuilder;
  private readonly ranges: Array<[number, number] | undefined> = [];
  private readonly extras: Array<UnitExtras | undefined> = [];
  /** Source lines already written, by the file offset they come from (a catalog's languages share them). */
  private readonly written = new Map<number, [number, number]>();

  constructor(file: string) {
    this.target = new TextBuilder(file);
    this.source = new TextBuilder(file);
  }

  /** Adds a unit; returns its ordinal, for note. */
  add(address: UnitAddress, value: MappedString, end: number, source?: { at: number; text: MappedString; end: number }, extras?: UnitExtras): number {
    let range: [number, number] | undefined;
    if (source) {
      range = this.written.get(source.at);
      if (!range) {
        const start = this.source.textLength;
        source.text.emit(this.source, 0, source.text.textLength);
        range = [start, this.source.textLength];
        this.source.paragraphBreak(source.end);
        this.written.set(source.at, range);
      }
    }
    this.target.startUnit(address, 'segment');
    value.emit(this.target, 0, value.textLength);
    this.target.paragraphBreak(end);
    this.ranges.push(range);
    this.extras.push(extras);
    return this.extras.length - 1;
  }

  /** Adds to what unit k says: what is known once its plural group is read whole. */
  note(k: number, extras: UnitExtras): void {
    this.extras[k] = { ...this.extras[k], ...extras };
  }

  /** Notes the forms of a plural group (unit ordinals, their categories and texts) against the language's CLDR categories. */
  notePlurals(group: ReadonlyArray<readonly [number, string, string]>, lang: string | undefined): void {
    pluralNotes(group.map(([, c, text]) => [c, text]), lang, true).forEach((plural, i) => {
      if (plural) this.note(group[i][0], { plural });
    });
  }

  build(lang?: string, sourceLang?: string): ReadResult {
    const t = this.target.build();
    t.units.forEach((u, k) => {
      if (this.ranges[k]) [u.sourceStart, u.sourceEnd] = this.ranges[k];
      const extras = this.extras[k];
      if (extras) for (const [name, v] of Object.entries(extras)) if (v !== undefined) Object.assign(u, { [name]: v });
    });
    const result: ReadResult = { text: t.text, map: t.map, units: t.units };
    if (this.written.size > 0) {
      const s = this.source.build();
      result.source = { text: s.text, map: s.map };
      if (sourceLang) result.source.lang = sourceLang;
    }
    if (lang) result.lang = lang;
    return result;
  }
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '"': '"', "'": "'", '\\': '\\' };

/** The quoted string that opens at file[at], escapes decoded, and the offset after its closing quote. */
function quoted(file: string, at: number): { text: MappedString; end: number } {
  const text = new MappedString(file);
  let run = at + 1;
  for (let i = at + 1; i < file.length; ) {
    const c = file[i];
    if (c === '"') {
      text.verbatim(run, i);
      return { text, end: i + 1 };
    }
    if (c !== '\\') {
      i++;
      continue;
    }
    text.verbatim(run, i);
    const e = file[i + 1] ?? '';
    const hex = /^[uU]([0-9a-fA-F]{4})/.exec(file.slice(i + 1, i + 6));
    const octal = /^[0-7]{1,3}/.exec(file.slice(i + 1, i + 4));
    const end = hex ? i + 6 : octal ? i + 1 + octal[0].length : i + 2;
    // An escape the property-list parser does not know stands for its character.
    text.replaced(hex ? String.fromCharCode(parseInt(hex[1], 16)) : octal ? String.fromCharCode(parseInt(octal[0], 8)) : (ESCAPES[e] ?? e), i, end);
    i = run = end;
  }
  throw new FormatError('the string has no closing quote', at);
}

/** A key that reads as words rather than an identifier: genstrings' development-language text. */
const TEXT_KEY = /[^\w.-]/;
const UNQUOTED = /[\w.$:/+-]+/y;

/** The language an Apple resource folder names (`de.lproj`, `pt-BR.lproj`, `zh-Hans.lproj`; not `Base.lproj`). */
function lprojLanguage(path: string | undefined): string | undefined {
  const parts = (path ?? '').split(/[\\/]/);
  const m = /^([a-z]{2,3}(?:[-_][A-Za-z0-9]+)*)\.lproj$/.exec(parts[parts.length - 2] ?? '');
  return m?.[1].replace(/_/g, '-');
}

function readStrings(file: string, options?: ReadOptions): ReadResult {
  const out = new Pairs(file);
  let i = 0;
  /** The block comment just before the entry: [start of its content, its end]. */
  let comment: [number, number] | undefined;
  const space = () => {
    for (;;) {
      while (i < file.length && /\s/.test(file[i])) i++;
      if (file.startsWith('/*', i)) {
        const end = file.indexOf('*/', i + 2);
        if (end < 0) throw new FormatError('the comment has no closing */', i);
        comment = [i + 2, end];
        i = end + 2;
      } else if (file.startsWith('//', i)) {
        while (i < file.length && file[i] !== '\n') i++;
      } else return;
    }
  };
  const expect = (c: string, what: string) => {
    space();
    if (file[i] !== c) throw new FormatError(`expected ${what}`, i);
    i++;
  };
  for (space(); i < file.length; space()) {
    const above = comment;
    let key: { text: MappedString; end: number; at: number };
    if (file[i] === '"') key = { ...quoted(file, i), at: i };
    else {
      UNQUOTED.lastIndex = i;
      if (!UNQUOTED.test(file)) throw new FormatError('expected a key: a string in double quotes', i);
      const text = new MappedString(file);
      text.verbatim(i, UNQUOTED.lastIndex);
      key = { text, end: UNQUOTED.lastIndex, at: i };
    }
    i = key.end;
    comment = undefined;
    space();
    // `"key";` alone: the key is its own value, nothing translated.
    if (file[i] === ';') {
      i++;
      continue;
    }
    expect('=', "'=' after the key");
    space();
    if (file[i] !== '"') throw new FormatError('expected a value: a string in double quotes', i);
    const value = quoted(file, i);
    i = value.end;
    expect(';', "';' after the value");
    const id = key.text.text;
    out.add({ id }, value.text, value.end - 1, sourceOf(file, id, above) ?? (TEXT_KEY.test(id) ? { ...key, end: key.end - 1 } : undefined));
  }
  return out.build(lprojLanguage(options?.name));
}

/** The development-language text an Interface Builder comment gives for the key's property. */
function sourceOf(file: string, key: string, comment: [number, number] | undefined): { at: number; text: MappedString; end: number } | undefined {
  if (!comment) return undefined;
  const property = key.slice(key.lastIndexOf('.') + 1).replace(/[^\w]/g, '\\$&');
  const m = new RegExp(`(?:^|;)\\s*${property}\\s*=\\s*"`).exec(file.slice(comment[0], comment[1]));
  if (!m) return undefined;
  const at = comment[0] + m.index + m[0].length - 1;
  const s = quoted(file, at);
  return s.end <= comment[1] ? { at, text: s.text, end: s.end - 1 } : undefined;
}

/** The one count a plural case serves: Apple's "zero" serves 0 in every language ("No files"), the others as CLDR says. */
const appleCountOf = (category: string, lang: string | undefined) => (category === 'zero' ? 0 : singleCountOf(category, lang));

/** A stringsdict's keys that say how a variable is read, not text: its rule type and its argument's conversion. */
const RULE_KEYS = new Set(['NSStringFormatSpecTypeKey', 'NSStringFormatValueTypeKey']);
/** The rule type of a variable whose cases are CLDR plural categories (not device or width names). */
const PLURAL_RULE = 'NSStringPluralRuleType';

/**
 * A `.stringsdict` property list: under each key, the format (NSStringLocalizedFormatKey) and, for
 * each variable it names (`%#@count@`), a string per rule case: CLDR's plural categories
 * (NSStringPluralRuleType), device or width names. Each string is a unit: id the key, segment the
 * variable and case (`count/one`, none for the format). The folder names the language; the
 * development language's file, given as the source, pairs by key and segment (a category it lacks:
 * its `other`).
 */
function readStringsdict(file: string, options?: ReadOptions): ReadResult {
  const sc = new XmlScanner(file);
  while (sc.next() !== Tok.Open && sc.kind !== Tok.End);
  if (sc.name !== 'plist') throw new FormatError(`The root element is <${sc.name}>, not <plist>.`, sc.start);
  const lang = lprojLanguage(options?.name);
  // The language the plural cases are read in: the folder's, which the app's bundle picks them by,
  // over the one the caller gives (--lang, --source-lang), which a file outside a folder needs.
  const pluralLang = lang ?? options?.lang;
  let plurals = false;
  const out = new Pairs(file);
  /** The content of the element just opened, entities decoded; the scanner left at its end tag. */
  const content = (): MappedString => {
    const text = new MappedString(file);
    const depth = sc.depth;
    while (sc.next() !== Tok.End && sc.depth >= depth) {
      const kind = sc.kind as Tok;
      if (kind === Tok.Text || kind === Tok.CData) text.verbatim(sc.start, sc.end);
      else if (kind === Tok.Ref) text.replaced(sc.value, sc.start, sc.end);
      else if (kind === Tok.Open) sc.skipElement();
    }
    return text;
  };
  /** The entries of the <dict> just opened, `path` the keys above it. */
  const dict = (path: readonly string[]): void => {
    const depth = sc.depth;
    let key: string | undefined;
    let ruleType: string | undefined;
    /** The cases read: unit ordinal, case name and text. */
    const cases: Array<[number, string, string]> = [];
    while (sc.next() !== Tok.End && sc.depth >= depth) {
      if (sc.kind !== Tok.Open) continue;
      const element: string = sc.name;
      if (element === 'key') {
        key = content().text;
        continue;
      }
      if (key === 'NSStringFormatSpecTypeKey' && element === 'string') ruleType = content().text;
      else if (key === undefined || RULE_KEYS.has(key)) sc.skipElement();
      else if (element === 'dict') dict([...path, key]);
      else if (element === 'string') {
        const value = content();
        const below = [...path.slice(1), key];
        const segment = path.length === 0 || (path.length === 1 && key === 'NSStringLocalizedFormatKey') ? undefined : below.join('/');
        const count = path.length >= 2 && PLURAL_CATEGORIES.has(key) ? appleCountOf(key, pluralLang) : undefined;
        cases.push([out.add(segment === undefined ? { id: path[0] ?? key } : { id: path[0], segment }, value, sc.start, undefined, { count }), key, value.text]);
      } else sc.skipElement();
      key = undefined;
    }
    if (ruleType === PLURAL_RULE && path.length >= 2) {
      plurals = true;
      out.notePlurals(cases, pluralLang);
    }
  };
  const depth = sc.depth;
  while (sc.next() !== Tok.End && sc.depth >= depth) {
    if (sc.kind !== Tok.Open) continue;
    // (The scanner has moved on: its name is no longer what TypeScript narrowed it to.)
    const element: string = sc.name;
    if (element === 'dict') dict([]);
    else sc.skipElement();
  }
  const result = out.build(lang);
  // Which cases serve one count, and which the language needs, depend on the language.
  if (plurals && !pluralLang) result.needsLanguage = true;
  return result;
}

/** Unescapes a JSON Pointer segment. */
const unsegment = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');

interface Localization {
  keyPointer: string;
  lang: string;
  /** The variation path without the word "variations": '', 'plural/one', 'device/iphone', 'substitutions/n/plural/few'. */
  variation: string;
  value: StringValue;
}

function readCatalog(file: string, options?: ReadOptions): ReadResult {
  const values: StringValue[] = [];
  const keyStarts = new Map<string, number>();
  const untranslated = new Set<string>();
  /** Substitutions' argNum and formatSpecifier, by key pointer, language and name. */
  const argNums = new Map<string, number>();
  const formats = new Map<string, string>();
  parse(
    file,
    (v) => values.push(v),
    () => {},
    (pointer, keyStart, valueStart) => {
      if (pointer.startsWith('/strings/') && pointer.indexOf('/', 9) < 0) keyStarts.set(pointer, keyStart);
      else if (pointer.endsWith('/shouldTranslate') && file.startsWith('false', valueStart)) untranslated.add(pointer.slice(0, -'/shouldTranslate'.length));
      else if (pointer.endsWith('/argNum') || pointer.endsWith('/formatSpecifier')) {
        const parts = pointer.split('/');
        if (parts.length !== 8 || parts[3] !== 'localizations' || parts[5] !== 'substitutions') return;
        const at = `${parts.slice(0, 3).join('/')}\u0000${unsegment(parts[4])}\u0000${unsegment(parts[6])}`;
        if (parts[7] === 'argNum') argNums.set(at, parseInt(file.slice(valueStart, valueStart + 8), 10));
        else if (file[valueStart] === '"') formats.set(at, decodeString(file, valueStart).text);
      }
    },
  );
  let sourceLang: string | undefined;
  const localizations: Localization[] = [];
  for (const v of values) {
    if (v.pointer === '/sourceLanguage') sourceLang = decodeString(file, v.start).text;
    const parts = v.pointer.split('/');
    if (parts.length < 7 || parts[1] !== 'strings' || parts[3] !== 'localizations' || parts.at(-2) !== 'stringUnit' || parts.at(-1) !== 'value') continue;
    const variation = parts.slice(5, -2).filter((p) => p !== 'variations').map(unsegment).join('/');
    localizations.push({ keyPointer: parts.slice(0, 3).join('/'), lang: unsegment(parts[4]), variation, value: v });
  }
  const sources = new Map<string, number>();
  for (const l of localizations) if (l.lang === sourceLang) sources.set(`${l.keyPointer}\u0000${l.variation}`, l.value.start);
  const argumentOf = substitutionArguments(file, localizations, argNums);
  /** The source language's name for a substitution of a language: the one of the same argument. */
  const sourceNames = new Map<string, string>();
  for (const [at, n] of argumentOf) {
    const [keyPointer, lang, name] = at.split('\u0000');
    if (lang === sourceLang) sourceNames.set(`${keyPointer}\u0000${n}`, name);
  }
  const inSource = (l: Localization) =>
    l.variation.replace(/^substitutions\/([^/]+)/, (whole, name: string) => {
      const n = argumentOf.get(`${l.keyPointer}\u0000${l.lang}\u0000${name}`);
      const named = n === undefined ? undefined : sourceNames.get(`${l.keyPointer}\u0000${n}`);
      return named === undefined ? whole : `substitutions/${named}`;
    });
  const out = new Pairs(file);
  const targets = localizations.filter((l) => l.lang !== sourceLang && !untranslated.has(l.keyPointer));
  const { reads, lang, languages } = targetLanguages(new Set(targets.map((l) => l.lang)), options?.lang);
  /** Each plural group's forms (unit ordinal, category, text), by key, language and the variation above the category. */
  const groups = new Map<string, Array<[number, string, string]>>();
  for (const l of targets) {
    if (!reads(l.lang)) continue;
    const variation = inSource(l);
    const other = variation.replace(/(^|\/)(?:zero|one|two|few|many)$/, '$1other');
    const sourceVariation = [variation, other].find((v) => sources.has(`${l.keyPointer}\u0000${v}`));
    const at = sources.get(`${l.keyPointer}\u0000${sourceVariation ?? ''}`) ?? keyStarts.get(l.keyPointer)!;
    const source = { at, text: decodeString(file, at), end: skipString(file, at) - 1 };
    const key = unsegment(l.keyPointer.slice('/strings/'.length));
    const category = /(?:^|\/)plural\/(\w+)$/.exec(l.variation)?.[1];
    const address = { id: key, segment: l.variation ? `${l.lang}/${l.variation}` : l.lang };
    // A substitution's "%arg" is its argument in its formatSpecifier, each side its own.
    const formatOf = (lang: string | undefined, v: string) => formats.get(`${l.keyPointer}\u0000${lang}\u0000${/^substitutions\/([^/]+)/.exec(v)?.[1]}`);
    const value = decodeString(file, l.value.start);
    const k = out.add(address, value, skipString(file, l.value.start) - 1, source, {
      count: category ? appleCountOf(category, l.lang) : undefined,
      sourceCount: category && sourceVariation?.endsWith(`/${category}`) ? appleCountOf(category, sourceLang) : undefined,
      argFormat: formatOf(l.lang, l.variation),
      sourceArgFormat: sourceVariation === undefined ? undefined : formatOf(sourceLang, sourceVariation),
    });
    if (category) {
      const group = `${l.keyPointer}\u0000${l.lang}\u0000${l.variation.slice(0, -category.length)}`;
      groups.set(group, [...(groups.get(group) ?? []), [k, category, value.text]]);
    }
  }
  for (const [group, forms] of groups) out.notePlurals(forms, group.split('\u0000')[1]);
  const result = out.build(lang, sourceLang);
  if (languages) result.languages = languages;
  return result;
}

/** A substitution reference in a value ("%#@count@", "%1$#@count@"). */
const SUBSTITUTION = /%(?:\d+\$)?#@([^@\s]+)@/g;

/**
 * Each substitution's argument, by key pointer, language and name: its argNum, else its place
 * among the references in the language's value. Translators name substitutions as they like
 * ("arg1" in English, "count_posts" in German); the argument tells which source one they translate.
 */
function substitutionArguments(file: string, localizations: readonly Localization[], argNums: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map(argNums);
  for (const l of localizations) {
    if (l.variation !== '') continue;
    let place = 0;
    for (const m of decodeString(file, l.value.start).text.matchAll(SUBSTITUTION)) {
      const at = `${l.keyPointer}\u0000${l.lang}\u0000${m[1]}`;
      place++;
      if (!out.has(at)) out.set(at, place);
    }
  }
  return out;
}

export const appleStrings: FormatReader = {
  meta: { id: 'strings', name: 'Apple .strings', extensions: ['strings'] },
  read: readStrings,
  escape: (text) => text.replace(/[\\"\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`)),
};

export const stringsdict: FormatReader = {
  meta: { id: 'stringsdict', name: 'Apple .stringsdict', extensions: ['stringsdict'] },
  read: readStringsdict,
  escape: escapeXml,
};

export const xcstrings: FormatReader = {
  meta: { id: 'xcstrings', name: 'Xcode string catalog', extensions: ['xcstrings'] },
  read: readCatalog,
  escape: jsonEscape,
};

/** What the readers read and their examples (see FormatAbout); the registry leaves them out. */
export const about: Readonly<Record<string, FormatAbout>> = {
  strings: {
    description:
      'Apple .strings (UTF-16 or UTF-8): each "key" = "value"; is a unit, id its key; escapes decoded; the source is the text an Interface Builder comment gives for the key\'s property, or the key itself when it is words rather than an identifier (genstrings); the language from the xx.lproj folder.',
    examples: [
      {
        file:
          '/* Class = "UIButton"; normalTitle = "Sign in"; ObjectID = "x1-ab"; */\n"x1-ab.normalTitle" = "Anmelden";\n\n' +
          '// genstrings: the key is the English text\n"Delete \\"%@\\"?" = "\\"%@\\" löschen?";\n"settings.title" = "Einstellungen";\n',
        text: 'Anmelden\n"%@" löschen?\nEinstellungen\n',
      },
    ],
  },
  stringsdict: {
    description:
      'Apple .stringsdict (plural rules): each key\'s NSStringLocalizedFormatKey and each case of its variables (NSStringPluralRuleType\'s zero/one/two/few/many/other, device and width cases) is a unit, id the key, segment variable/case (count/one); the language from the xx.lproj folder; the development language\'s file is the source (--source), paired by key and segment, a category it lacks by its other.',
    examples: [
      {
        file:
          '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n' +
          '  <key>%d files in %@</key>\n  <dict>\n    <key>NSStringLocalizedFormatKey</key>\n    <string>%#@files@ in „%@“</string>\n    <key>files</key>\n    <dict>\n' +
          '      <key>NSStringFormatSpecTypeKey</key>\n      <string>NSStringPluralRuleType</string>\n      <key>NSStringFormatValueTypeKey</key>\n      <string>d</string>\n' +
          '      <key>one</key>\n      <string>Eine Datei</string>\n      <key>other</key>\n      <string>%d Dateien &amp; Ordner</string>\n    </dict>\n  </dict>\n</dict>\n</plist>\n',
        text: '%#@files@ in „%@“\nEine Datei\n%d Dateien & Ordner\n',
      },
    ],
  },
  xcstrings: {
    description:
      'Xcode string catalogs (.xcstrings): each language\'s stringUnit value and each plural, device or substitution variation is a unit (id: the key, segment: language/variation); the source is the source language\'s same variation (or its other form), else the key; shouldTranslate false skipped; several languages are checked one at a time, each in its own.',
    examples: [
      {
        file:
          '{\n  "sourceLanguage" : "en",\n  "strings" : {\n    "Close" : {\n      "localizations" : {\n        "de" : { "stringUnit" : { "state" : "translated", "value" : "Schließen" } }\n      }\n    },\n' +
          '    "%lld files" : {\n      "localizations" : {\n        "en" : { "variations" : { "plural" : { "one" : { "stringUnit" : { "state" : "translated", "value" : "One file" } }, "other" : { "stringUnit" : { "state" : "translated", "value" : "%lld files" } } } } },\n' +
          '        "de" : { "variations" : { "plural" : { "one" : { "stringUnit" : { "state" : "translated", "value" : "Eine Datei" } }, "other" : { "stringUnit" : { "state" : "translated", "value" : "%lld Dateien" } } } } }\n      }\n    },\n' +
          '    "MyApp" : { "shouldTranslate" : false }\n  },\n  "version" : "1.0"\n}\n',
        text: 'Schließen\nEine Datei\n%lld Dateien\n',
      },
    ],
  },
};
