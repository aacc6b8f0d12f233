// Shared types of the checker core: findings, rules and the report.
// The report is a public contract (schema/report.schema.json); bump REPORT_SCHEMA_VERSION on any
// change a consumer could notice. It is a pure function of the input bytes, the options and the
// tool version (no timestamps), so a repeated event writes the same report.

export const REPORT_SCHEMA_VERSION = '1.1.0';

export type Severity = 'error' | 'warning' | 'info';

/**
 * `accuracy` and `markup` are the bilingual checks' own (they compare the translation with its
 * source): numbers, untranslated text, length, consistency, URLs; placeholders, inline codes, white space.
 */
export type Category = 'segmentation' | 'language' | 'repetition' | 'encoding' | 'punctuation' | 'accuracy' | 'markup';

/** A replacement of text[start, end) by `text`. Offsets are UTF-16 indexes into the decoded text. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** What a rule suggests; `safe` fixes are the ones `mtqa fix` applies without asking. */
export interface Fix {
  /** Short imperative description, e.g. "join the sentences" or "capitalise 'can'". */
  description: string;
  edits: Edit[];
  safe: boolean;
}

/** What a rule reports; the engine adds id, positions, excerpt and rule metadata. */
export interface RawFinding {
  start: number;
  end: number;
  message: string;
  fix?: Fix;
  /** Overrides the rule's default severity for this finding. */
  severity?: Severity;
  /** Overrides the rule's MQM type for this finding (a length check: omission or addition). */
  mqm?: string;
  /** Small machine-readable details (e.g. detected language of a span). No document text beyond the span. */
  data?: Record<string, string | number | boolean>;
  /** Bilingual checks: the part of the translation's source the finding refers to (offsets into the source's checked text). */
  sourceSpan?: { start: number; end: number };
}

/**
 * The part of the translation's source a bilingual finding refers to, so a reviewer sees both
 * sides: UTF-16 offsets into the decoded source file (the `--source` file, or the bilingual file
 * itself for XLIFF, PO, TMX…), its 1-based line and column, and the text of the span.
 */
export interface SourceSpan {
  start: number;
  end: number;
  line: number;
  column: number;
  text: string;
}

export interface Excerpt {
  /** Text around the finding, on one line, with the flagged part between the offsets below. */
  text: string;
  /** UTF-16 offsets of the flagged part inside `text`. */
  start: number;
  end: number;
}

export interface Finding {
  /** Stable for the same text and rule: hash of rule id, position and flagged text. */
  id: string;
  rule: string;
  category: Category;
  severity: Severity;
  /** MQM-style issue type, e.g. "Fluency/Punctuation". */
  mqm: string;
  message: string;
  start: number;
  end: number;
  /** 1-based line and column (column in UTF-16 code units) of `start`. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  excerpt: Excerpt;
  fix?: Fix;
  data?: Record<string, string | number | boolean>;
  /** Bilingual checks: the span of the source the finding compares with. */
  sourceSpan?: SourceSpan;
  /** Where the finding is in the format's own terms, for files read by a format reader with units. */
  unit?: FindingUnit;
}

/**
 * A unit's address in the format's own terms. `id` always: XLIFF unit id, TMX tuid, PO msgid
 * (entry number when it has none), cue number, JSON pointer, CSV id column or row number, DOCX
 * paragraph number in its part, Markdown/HTML block ordinal.
 */
export interface UnitAddress {
  id: string;
  /** XLIFF segment (2.x `<segment id>`, 1.2 `<mrk mid>`), a PO plural form ("msgstr[1]"), a TMX variant's or CSV column's language. */
  segment?: string;
  /** A name the unit is known by besides its id: XLIFF `resname`/`name`, PO `msgctxt`, the HTML element or attribute (`p`, `img[alt]`), DOCX `w14:paraId`. */
  key?: string;
  /** The part of a container the unit sits in: XLIFF `<file original>`, a DOCX part such as word/footnotes.xml. */
  part?: string;
  /** Workflow state where the format records one: PO "fuzzy"/"obsolete", XLIFF `state` (1.2 `approved="yes"` adds "approved"). */
  state?: string;
}

export interface FindingUnit extends UnitAddress {
  /** 0-based ordinal of the unit in the file. */
  index: number;
  /** UTF-16 offsets of the finding inside the unit's checked text. */
  offset: number;
  endOffset: number;
  /** Id of the unit the finding ends in, when it runs on into another (a sentence over two cues). */
  endId?: string;
}

export interface RuleExample {
  text: string;
  /** Language of the example (default: the first of the rule's languages, or "en"). */
  lang?: string;
  /**
   * Bad examples: exactly the findings the rule reports on `text`, in report order (as ESLint's
   * RuleTester lists its errors). Good examples leave it out: the rule must report nothing.
   */
  findings?: ExpectedFinding[];
  /**
   * Bad examples: `text` after applying this rule's safe fixes. Left out, the rule's findings
   * on `text` must carry no safe fix.
   */
  output?: string;
  /**
   * Bilingual rules (`needsSource`): the source of `text`, line by line (line i of `source` is the
   * source of line i of `text`, as with `mtqa check --source`).
   */
  source?: string;
  /** Language of `source` (default: detected). */
  sourceLang?: string;
  /** Bilingual rules: each line is a software string (a unit of kind `segment`, as XLIFF and PO units are), not prose. */
  segments?: boolean;
}

/** One finding an example expects. */
export interface ExpectedFinding {
  /** The flagged text, exactly `text.slice(start, end)`. */
  flagged: string;
  /** Offset of the flagged text, needed only when `flagged` occurs more than once. */
  start?: number;
  message: string;
  severity?: Severity;
  /** Bilingual rules: the source text the finding points at (its `sourceSpan.text`); left out, it points at none. */
  sourceFlagged?: string;
}

export interface RuleMeta {
  /** kebab-case, unique; also the file name under lib/rules/. */
  id: string;
  category: Category;
  severity: Severity;
  mqm: string;
  /** ISO 639-1 codes the rule runs for, or "*" for every language. */
  languages: readonly string[] | '*';
  /** Run only on text in a script that has letter case (Latin, Cyrillic, Greek, Armenian). */
  needsCase?: boolean;
  /** Run only when the translation's source text is known (bilingual files, `--source`). */
  needsSource?: boolean;
  /**
   * Monolingual rules whose job this bilingual rule takes over where the source is known: their
   * findings inside units with a source are dropped, and this rule reports those places with the
   * source's evidence (sentence-break-mismatch supersedes the stray-break rules).
   */
  supersedes?: readonly string[];
  /**
   * Rules whose findings inside one of this rule's say nothing more about that place: they are
   * dropped (untranslated-segment's "the translation is the source unchanged" holds every
   * untranslated passage of its unit).
   */
  subsumes?: readonly string[];
  /**
   * A monolingual rule whose finding in a unit is dropped when the rule finds the same fault in
   * that unit's source (a doubled word, an unpaired bracket the source has too): the translation
   * kept what the author wrote. `same` names data fields that must agree (the language of a
   * foreign passage).
   */
  silencedBySource?: true | { same: readonly string[] };
}

/**
 * A rule's examples, RuleTester-style: exported beside the rule as `examples` (lib/rules/<id>.ts),
 * where tests/rules.test.ts finds them. The registry imports only the rule, so the bundle has none.
 * (Its `description`, what it finds in prose, is exported beside it too, for the rule catalogue.)
 */
export interface RuleExamples {
  good: RuleExample[];
  bad: RuleExample[];
}

export type Reporter = (finding: RawFinding) => void;

export interface Rule<Ctx = unknown> {
  meta: RuleMeta;
  check(ctx: Ctx, report: Reporter): void;
}

/** `forced` by the caller (`--lang`), `declared` by the file (XLIFF `trgLang`, PO `Language:`), `detected`, or a `default`. */
export type LanguageSource = 'forced' | 'declared' | 'detected' | 'default';

export interface LanguageInfo {
  /** ISO 639-1 code the checker used ("und" when nothing could be told). */
  code: string;
  source: LanguageSource;
  /** 0..1; 1 when forced. */
  confidence: number;
  /** Dominant script of the letters, e.g. "Latin", "Cyrillic", "Han". */
  script: string;
  /** Whether the profile for `code` is one the checker has knowledge for. */
  supported: boolean;
  /**
   * Detected documents only: the languages of a text that is evenly mixed (each with at least a
   * quarter of it), `code` first. Passages in them are not reported as untranslated. A file of
   * several target languages (an Xcode string catalog, a TMX memory), each checked in its own:
   * every one, in the file's order, with its share of the characters.
   */
  mixture?: LanguageShare[];
}

export interface LanguageShare {
  /** ISO 639-1 code. */
  code: string;
  /** Share (0..1) of the judged sentences' letters. */
  share: number;
}

export interface SourceInfo {
  name: string;
  size: number;
  sha256: string;
  /** The reader that read the file (`text`, `markdown`, `xliff`…): see lib/formats/. */
  format?: string;
  /** The source and target columns of a bilingual table as the caller named them (`--columns`), so the file can be read again alike. */
  columns?: [string, string];
  encoding?: string;
  bom?: boolean;
  /** Set by the pipeline: where the input came from. */
  bucket?: string;
  key?: string;
  versionId?: string;
  etag?: string;
  sequencer?: string;
  /** Set by the pipeline when the input was checked as a translation of another object in the bucket. */
  sourceDocument?: SourceDocumentInfo;
}

/** The source document a translation in the bucket was checked against (schema 1.1.0, additive). */
export interface SourceDocumentInfo {
  key: string;
  /** How it was found: the sibling `NAME.src.EXT` of `NAME.EXT`, or the translation's `source-key` metadata. */
  via: 'sibling' | 'source-key';
  /** Of the version read; absent when the named source was not there. */
  etag?: string;
  versionId?: string;
  size?: number;
  sha256?: string;
}

export interface ReportError {
  /** Stable code a program can branch on. */
  code: 'empty' | 'binary' | 'invalid-encoding' | 'invalid-format' | 'invalid-source' | 'too-large' | 'not-found' | 'internal';
  message: string;
}

export interface Summary {
  findings: number;
  byCategory: Partial<Record<Category, number>>;
  bySeverity: Partial<Record<Severity, number>>;
  byRule: Record<string, number>;
  characters: number;
  words: number;
  sentences: number;
  findingsPer1000Words: number;
  /** True when the per-document or per-paragraph finding cap cut the list short. */
  truncated: boolean;
}

export interface Report {
  schemaVersion: string;
  tool: { name: 'mtqa'; version: string };
  status: 'ok' | 'error';
  error?: ReportError;
  source: SourceInfo;
  language?: LanguageInfo;
  /** Language of the translation's source text, when it was given or the file carries it. */
  sourceLanguage?: LanguageInfo;
  summary?: Summary;
  findings: Finding[];
  /** Unified diff of all safe fixes, when asked for. */
  patch?: string;
  /**
   * Rules that failed with an internal error on this input (a bug in mtqa): their findings are
   * missing from `findings`, the other rules' findings are complete. Absent when every rule ran.
   */
  ruleErrors?: RuleError[];
}

export interface RuleError {
  /** Id of the rule that failed. */
  rule: string;
  /** The error, without document text or stack. */
  message: string;
}
