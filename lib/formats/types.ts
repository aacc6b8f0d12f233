// What a format reader is and what it returns. A reader turns a decoded file (or, for zipped
// formats, its bytes) into the text the rules check: the translatable text of each unit, markup
// left out, entities decoded, wrapped lines joined, one paragraph per line. An offset map takes
// every position in that text back to the file, and a unit table names the unit in the format's
// own terms, so findings point into the original file and into the CAT tool's view of it.

import type { UnitAddress } from '../types.js';
import type { LineIndex } from '../text/lines.js';
import type { OffsetMap } from './offset-map.js';
import type { PluralNote } from './plural-categories.js';

export type { UnitAddress } from '../types.js';

/**
 * How a unit's text flows: `prose` may be wrapped across lines in the file and runs on into the
 * next unit's sentence (subtitle cues); `segment` is one self-contained string (a software string,
 * an XLIFF segment, one line of a line-per-segment export).
 */
export type UnitKind = 'prose' | 'segment';

/** An inline code (XLIFF `g`, `x`, `ph`, `bpt`…; an HTML tag inside a string) at its place in a unit's text. */
export interface InlineCode {
  /** The code's id in the file (XLIFF `id`/`rid`; the tag name for HTML in strings). */
  id: string;
  kind: 'open' | 'close' | 'standalone';
  /** Offset in the checked text (or checked source text) where the code sits. */
  offset: number;
}

/**
 * A link whose target the checked text leaves out (a Markdown `[text](url)`, an autolink or bare URL
 * read as U+FFFC, an HTML `<a href>`): where it shows in the checked text (or checked source text)
 * and what it links to, so url-mismatch compares targets a translation may have changed unseen.
 */
export interface UnitLink {
  start: number;
  end: number;
  url: string;
}

/** A unit: where its text sits in the checked text (and in the checked source text, when the file has one). */
export interface Unit {
  address: UnitAddress;
  kind: UnitKind;
  /** Range of the unit's text in `ReadResult.text`. */
  start: number;
  end: number;
  /** Range of the unit's source text in `ReadResult.source.text`, when the file carries one. */
  sourceStart?: number;
  sourceEnd?: number;
  /** Inline codes of the unit's text and of its source text, in order, for tag checks. */
  codes?: InlineCode[];
  sourceCodes?: InlineCode[];
  /** The unit's links whose targets are not in its text (see UnitLink). */
  links?: UnitLink[];
  /**
   * The unit's format flags, named as gettext and Weblate name them: PO `#,` flags (`c-format`,
   * `python-brace-format`, `no-c-format`…; `fuzzy` is the state), and for JSON messages the
   * placeholder syntax the reader found (`icu-message-format`, `i18next-interpolation`,
   * `chrome-placeholders`). Placeholder checks read them to know which syntax to compare.
   */
  flags?: readonly string[];
  /**
   * For a plural form that serves one count alone (a PO msgstr[n], by Plural-Forms), that count: such
   * a form may say the number in words and leave its placeholder out ("ملفين", two files), as
   * msgfmt --check-format allows.
   */
  count?: number;
  /** The one count the unit's source form serves, where the file carries the source (see SegmentPair). */
  sourceCount?: number;
  /**
   * For a plural form read against the plural source (msgid_plural) although it serves the count 1
   * too (Russian's form for 1, 21, 31…), where the singular source (msgid) is: a placeholder that the
   * singular leaves out too was left out after it ("Delete this file?"), not lost in translation.
   */
  singularStart?: number;
  singularEnd?: number;
  /**
   * What Apple's `%arg` stands for in the unit's text and in its source: in a string catalog's
   * substitution variation ("%arg items") it is the substitution's argument, formatted by its
   * `formatSpecifier` ("lld"), so it compares with a source's "%lld".
   */
  argFormat?: string;
  sourceArgFormat?: string;
  /**
   * A plural form (a .stringsdict case, a catalog's or Android's plural item) read against the CLDR
   * categories of its language: a category the language never uses, or the categories its group lacks.
   */
  plural?: PluralNote;
}

/** A stretch of the checked text that the file declares in a language or direction (ReadResult.languageSpans). */
export interface LanguageSpan {
  start: number;
  end: number;
  /** The language tag as the file writes it ("ar", "zh-Hant"); absent where the file gives the direction alone. */
  lang?: string;
  /** The file says the text runs right to left (HTML's dir="rtl" on an element of the page): it is in a right-to-left script on purpose. */
  rightToLeft?: boolean;
}

export interface ReadResult {
  /** The checked text: units' texts, a paragraph per line. */
  text: string;
  /** Maps offsets in `text` to the file; absent when they are the file's own offsets (plain text). */
  map?: OffsetMap;
  /** The units in file order; absent for plain text, where each line is a unit. */
  units?: Unit[];
  /** The source side of a bilingual file: its texts, laid out like `text`, addressed by the units' source ranges. */
  source?: { text: string; map?: OffsetMap; lang?: string };
  /** The target language the file declares (XLIFF `trgLang`/`target-language`, PO `Language:`). */
  lang?: string;
  /**
   * The language the file says it is written in where files often say so wrongly: HTML's `lang`,
   * which pages inherit from a template whatever their text (see CheckContext's languageOf).
   */
  langHint?: string;
  /**
   * Offsets in `text` where an inline span of the file closes, ascending: Markdown emphasis and a
   * link's text, HTML phrase elements (em, strong, q, cite, a…). Markup that leaves no trace in the
   * text still shows where its span ends: "*how many?* questions" names a question, the way a
   * closing quotation mark does, and the sentence goes on after it.
   */
  spanEnds?: readonly number[];
  /** Offsets in `text` where those spans open, ascending ("the *software release train* model": a term set apart). */
  spanStarts?: readonly number[];
  /**
   * Stretches of `text` the file itself says are in a language of their own, in the order they
   * start: HTML's `lang` on an element inside the page (a quotation in Arabic, an example in Czech,
   * a name in its own script), or its `dir="rtl"`. A passage found there in that language (or
   * script) is written so on purpose, not left untranslated.
   */
  languageSpans?: readonly LanguageSpan[];
  /**
   * Offsets in `text`, ascending, where a run of the text starts inside a paragraph and its register
   * is its own: a subtitle cue after a pause and a sentence end, joined to the cues before because
   * it starts in lowercase. Whether it writes in lowercase on purpose (a chat line) or lost a
   * capital (a sentence translated cue by cue) is judged on the run, not on the unrelated cues
   * before it (see paragraphStyle).
   */
  runStarts?: readonly number[];
  /**
   * The reader read something the text's language decides and did not know the language
   * (ReadOptions.lang): a subtitle paragraph ended at a pause before a capital after an article or
   * a preposition, which opens a sentence unless the language capitalises its nouns. The caller
   * reads the file again with the language it detects in `text`.
   */
  needsLanguage?: boolean;
  /**
   * The target languages of a file that holds translations into several (an Xcode string catalog,
   * a TMX memory), when it holds more than one: one text in none of them would read each as a
   * passage foreign to the others. The caller reads the file again for each (ReadOptions.lang, the
   * tag as written here), checks it in that language and joins the findings.
   */
  languages?: string[];
  /** The line index of `text`, when the reader has walked its lines anyway (plain text). */
  lines?: LineIndex;
}

/** What names a reader and selects it. */
export interface FormatMeta {
  /** Short lowercase name: the `--input-format` value and the report's `source.format`. */
  id: string;
  name: string;
  /** File name endings (lowercase, without the dot) that select this reader. */
  extensions: readonly string[];
}

/**
 * Self-description of a reader, as rules describe themselves: exported beside the readers as
 * `about` (lib/formats/<file>.ts, by format id), where tests/formats-examples.test.ts finds it and
 * runs the examples. The registry imports only the readers, so the bundle has none of it.
 */
export interface FormatAbout {
  description: string;
  examples: readonly FormatExample[];
}

export interface FormatExample {
  /** The file's content. */
  file: string;
  /** The checked text the reader must produce. */
  text: string;
}

/** What the caller may tell a reader about the file. */
export interface ReadOptions {
  /** Bilingual tables: the source and target columns, by header name or 1-based number (the CLI's --columns). */
  columns?: readonly [string, string];
  /** The file's name or path: Android resources name their language by folder (`res/values-de/strings.xml`). */
  name?: string;
  /**
   * The text's language (ISO 639-1), where known: given (--lang), or detected in a first reading
   * (ReadResult.needsLanguage). A file of several target languages reads that one alone
   * (ReadResult.languages; a bare code takes its regional tags too: "pt" reads pt-BR and pt-PT).
   */
  lang?: string;
}

export interface FormatReader {
  meta: FormatMeta;
  /** Whether the decoded text is in this format, for files whose name does not tell. */
  sniff?(text: string): boolean;
  read(text: string, options?: ReadOptions): ReadResult;
  /**
   * Formats that are not text (DOCX is a zip of XML parts): whether the raw bytes are in this
   * format, checked before any decoding, and the reader that takes the bytes. Such a reader's
   * findings point into its checked text (there is no text file to point into): `start`/`end` are
   * offsets into the checked text, `line` is the paragraph (a line of the checked text), and
   * `unit` names the part and paragraph. Its fixes are never safe: there is no text to write them to.
   */
  sniffBytes?(bytes: Uint8Array): boolean;
  readBytes?(bytes: Uint8Array, options?: ReadOptions): ReadResult;
  /**
   * Escapes text written into the file by a fix (XML entities, PO or JSON escapes); undefined where
   * the format cannot say how without knowing the place (YAML's scalar styles): such a fix is shown,
   * not applied.
   */
  escape?(text: string): string | undefined;
}

/** A file that does not parse as its format: reported with the place the parser stopped. */
export class FormatError extends Error {
  override readonly name = 'FormatError';
  constructor(
    message: string,
    /** Offset into the decoded file where the problem is. */
    readonly offset?: number,
  ) {
    super(message);
  }
}
