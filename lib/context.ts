// Everything a rule may read about the document, computed once and shared: the text, its
// language and profile, line index, and (lazily, on first use) the scans several rules share:
// sentence boundaries, words, marks, mojibake runs, layout and the document-language verdict.
// This class is the one list of what a rule can read; the scans themselves live in
// lib/catalogue/ and lib/segmentation/ as plain functions of the text or of the context.

import { documentVerdict, type DocumentVerdict } from './catalogue/document-language.js';
import { isSegmentPerLine } from './catalogue/layout.js';
import { emptyMarks, type Marks } from './catalogue/marks.js';
import { findMojibake, type Mojibake } from './catalogue/mojibake.js';
import { tokenize, type Tokens } from './catalogue/tokens.js';
import { genericProfile, languageFor, languageForFranc, profileFor, scriptsWrittenIn, type LanguageProfile } from './languages/index.js';
import { detectLanguage, isCased, scriptInfo } from './languages/detect.js';
import { scanBoundaries, type BoundaryScan, type Paragraph } from './segmentation/boundaries.js';
import { LineIndex } from './text/lines.js';
import { isInlineSpace } from './text/chars.js';
import { CLASS, isLetterClass } from './catalogue/charclass.js';
import type { ObjectKeys } from './formats/objects.js';
import type { ScriptName } from './text/script.js';
import type { InlineCode, LanguageSpan, UnitKind, UnitLink } from './formats/types.js';
import type { PluralNote } from './formats/plural-categories.js';
import { primaryLanguage } from './languages/tags.js';
import { Scratch } from './text/grown.js';
import { firstOffsetAtOrAfter, lastAtOrBefore, lastNumberAtOrBefore } from './text/search.js';
import type { LanguageInfo, UnitAddress } from './types.js';

/**
 * The forced language, else the one the file declares, else the detected one. A hint (HTML's
 * `lang`) is taken for a language outside the registry: detection can name registry languages
 * only, so a page in Kikongo or Tahitian was read as Portuguese or Croatian and its every sentence
 * reported as an untranslated passage. Said of a registry language, the hint is as often a
 * template's leftover ("en" on a French page) as true, and the text's own evidence decides, but
 * for a language of a script other than Latin that the text writes a good share of its letters in
 * (see writtenInHintedScript).
 */
function languageOf(text: string, forced: string | undefined, declared: string | undefined, hint: string | undefined): LanguageInfo {
  const hinted = primaryLanguage(hint);
  const code = primaryLanguage(declared) ?? outsideRegistry(hinted) ?? writtenInHintedScript(text, hinted);
  if (forced || !code) return detectLanguage(text, forced);
  return { ...detectLanguage(text, code), source: 'declared' };
}

/**
 * Of the letters of a page that says it is in a language of another script than Latin, at least
 * this share in that script makes it a page in that language, however many Latin letters it has.
 * Latin letters are in every page, as names, code, addresses and a template's English (the httpd
 * manual's Japanese module index: its module and directive names outnumber the Japanese letters
 * four to one, and the page was read as English with its every Japanese line a foreign passage);
 * a Latin-script page does not hold Japanese, Korean or Cyrillic by the dozen words in every sample
 * unless they are its text.
 */
const HINTED_SCRIPT_SHARE = 0.05;

/** The hinted language, when it is written in a script other than Latin and the text has HINTED_SCRIPT_SHARE of its letters in it. */
function writtenInHintedScript(text: string, code: string | undefined): string | undefined {
  const scripts = code ? scriptsWrittenIn(code) : undefined;
  if (!scripts || scripts.includes('Latin')) return undefined;
  const { script, letters, counts } = scriptInfo(text);
  // Where its script leads, detection finds the language (or a sibling written alike: the text decides).
  if (!script || scripts.includes(script)) return undefined;
  const own = scripts.reduce((n, s) => n + (counts.get(s) ?? 0), 0);
  return own >= HINTED_SCRIPT_SHARE * letters ? code : undefined;
}

/** Whether `span` covers at least half of [start, end). */
function covers(span: LanguageSpan, start: number, end: number): boolean {
  return 2 * (Math.min(end, span.end) - Math.max(start, span.start)) >= end - start;
}

/** The code when it names a language, none of the registry's ("und" and "mul" name none). */
function outsideRegistry(code: string | undefined): string | undefined {
  return code && code !== 'und' && code !== 'mul' && !languageFor(code) && !languageForFranc(code) ? code : undefined;
}

/** A translation unit whose source is known: its range in the checked text and in the source text. */
export interface SegmentPair {
  /** 0-based ordinal of the unit (or line) in the file. */
  index: number;
  start: number;
  end: number;
  sourceStart: number;
  sourceEnd: number;
  /** Inline codes of the unit's target and source text (formats that have them; see lib/formats/types.ts). */
  codes?: readonly InlineCode[];
  sourceCodes?: readonly InlineCode[];
  /** Links of the unit's target and source text whose targets the texts leave out (Markdown, HTML; see lib/formats/types.ts). */
  links?: readonly UnitLink[];
  sourceLinks?: readonly UnitLink[];
  /** The unit's format flags (PO `c-format`, JSON `icu-message-format`…; see lib/formats/types.ts): which placeholder syntax applies. */
  flags?: readonly string[];
  /** The one count a plural form serves, when it serves one alone (see lib/formats/types.ts). */
  count?: number;
  /**
   * The one count the source's form serves, when it serves one alone (English "one": 1): it may
   * write that count out ("1 file") where a translation's form serving several counts (Russian
   * "one": 1, 21, 31…) or the same one writes the count's placeholder ("%ld файл").
   */
  sourceCount?: number;
  /** Where the singular source is, for a plural form read against the plural one that also serves the count 1 (see lib/formats/types.ts). */
  singularStart?: number;
  singularEnd?: number;
  /** The conversion Apple's `%arg` stands for in the target and in the source (see lib/formats/types.ts). */
  argFormat?: string;
  sourceArgFormat?: string;
  /** A plural form read against its language's CLDR categories (see lib/formats/types.ts). */
  plural?: PluralNote;
  /** How the unit's text flows (formats with units; absent for the lines of line-aligned text). */
  kind?: UnitKind;
  /** The unit's address (formats with units): its context key and workflow state (PO "fuzzy", an XLIFF `state`). */
  address?: UnitAddress;
}

export interface ContextOptions {
  /** Forced language (ISO 639-1); overrides what the file declares and detection. */
  lang?: string;
  /** The language the file declares (XLIFF, PO); used before detection. */
  declaredLang?: string;
  /** The language the file says it is in where files often say so wrongly (ReadResult.langHint). */
  langHint?: string;
  /** The translation's source text, laid out as the pairs say, and its language when known. */
  source?: { text: string; lang?: string; declaredLang?: string; objects?: ObjectKeys };
  pairs?: readonly SegmentPair[];
  /** Where inline spans of the file close in the text (ReadResult.spanEnds). */
  spanEnds?: readonly number[];
  /** Where they open (ReadResult.spanStarts). */
  spanStarts?: readonly number[];
  /** Where runs with a register of their own start inside paragraphs (ReadResult.runStarts). */
  runStarts?: readonly number[];
  /** Stretches the file declares in a language of their own (ReadResult.languageSpans). */
  languageSpans?: readonly LanguageSpan[];
  /** What the text's object replacement characters stand for (see lib/formats/objects.ts). */
  objects?: ObjectKeys;
  /** The text's line index, when the format reader has built it already (see ReadResult.lines). */
  lines?: LineIndex;
  /** The lines of the file the findings will point into, when they are not the text's (see ReportLines). */
  reportLines?: ReportLines;
  /**
   * Memory the check may overwrite: the input's bytes, decoded and needed no more. The word scan
   * lays its columns there, and the boundary scan its paragraphs' while room is left (see
   * tokenize, Paragraphs).
   */
  scratch?: ArrayBuffer;
}

/**
 * The lines a report's findings are placed on, which its per-line cap counts (MAX_FINDINGS_PER_RULE_AND_LINE).
 * For a format read out of markup these are the file's lines, not the checked text's: a subtitle
 * file joins its cues into one paragraph, and 2,000 cues of continuous speech are one line of the
 * checked text but 8,000 of the file.
 */
export interface ReportLines {
  readonly count: number;
  lineOf(offset: number): number;
}

export class CheckContext {
  readonly language: LanguageInfo;
  readonly profile: LanguageProfile;
  /** Whether the document's script has letter case (case-based rules run only then). */
  readonly cased: boolean;
  readonly lines: LineIndex;
  /** The lines findings are reported on (ContextOptions.reportLines; else the text's own). */
  readonly reportLines: ReportLines;
  /** The source side (its own language, profile and scans), when the translation's source is known. */
  readonly source?: CheckContext;
  /** Units whose source is known, in text order; set together with `source`. */
  readonly pairs?: readonly SegmentPair[];
  #boundaries?: BoundaryScan;
  #tokens?: Tokens;
  #marks?: Marks;
  #mojibake?: Mojibake[];
  #segmentPerLine?: boolean;
  #documentLanguage?: DocumentVerdict;
  readonly #scratch?: Scratch;
  readonly #spanEnds: readonly number[];
  readonly #spanStarts: readonly number[];
  readonly #runStarts: readonly number[];
  readonly #languageSpans: readonly LanguageSpan[];
  /** The furthest end of languageSpans[0..i]: how far back a span may still cover a range (they nest). */
  readonly #languageSpanReach: Int32Array;
  readonly #objects?: ObjectKeys;

  constructor(
    readonly text: string,
    options: ContextOptions = {},
  ) {
    this.language = languageOf(text, options.lang, options.declaredLang, options.langHint);
    this.profile = profileFor(this.language.code) ?? genericProfile(this.language.code);
    this.cased = isCased(this.language);
    this.lines = options.lines ?? new LineIndex(text);
    this.reportLines = options.reportLines ?? this.lines;
    this.#scratch = options.scratch && new Scratch(options.scratch);
    this.#spanEnds = options.spanEnds ?? [];
    this.#spanStarts = options.spanStarts ?? [];
    this.#runStarts = options.runStarts ?? [];
    this.#languageSpans = options.languageSpans ?? [];
    this.#languageSpanReach = new Int32Array(this.#languageSpans.length);
    for (let i = 0, reach = -1; i < this.#languageSpans.length; i++) this.#languageSpanReach[i] = reach = Math.max(reach, this.#languageSpans[i].end);
    this.#objects = options.objects;
    if (options.source) {
      this.source = new CheckContext(options.source.text, { lang: options.source.lang, declaredLang: options.source.declaredLang, objects: options.source.objects });
      this.pairs = options.pairs ?? [];
    }
  }

  /**
   * The run of paragraph `p` (see ReadResult.runStarts) that holds offset `at`, with the range of
   * its boundaries (those whose mark lies in it); `p` itself where no run starts inside it.
   */
  runOf(p: Paragraph, at: number): Paragraph {
    const starts = this.#runStarts;
    if (starts.length === 0) return p;
    const k = lastAtOrBefore(starts.length, (i) => starts[i], at);
    const start = k >= 0 && starts[k] > p.start ? starts[k] : p.start;
    const end = k + 1 < starts.length && starts[k + 1] < p.end ? starts[k + 1] : p.end;
    if (start === p.start && end === p.end) return p;
    const { mark, count } = this.boundaries.boundaries;
    return { start, end, first: firstOffsetAtOrAfter(mark, count, start), last: firstOffsetAtOrAfter(mark, count, end) };
  }

  /**
   * The primary language the file declares for text[start, end) (ReadResult.languageSpans): that of
   * the innermost declared stretch covering at least half of it; undefined where none does.
   */
  declaredLanguageOf(start: number, end: number): string | undefined {
    // An inner stretch starts after the one it is inside: the first found from the back is innermost.
    const spans = this.#languageSpans;
    for (let i = this.#coveringSpan(start, end, spans.length); i >= 0; i = this.#coveringSpan(start, end, i)) {
      const lang = primaryLanguage(spans[i].lang);
      if (lang) return lang;
    }
    return undefined;
  }

  /** Whether the file says text[start, end) (at least half of it) runs right to left (ReadResult.languageSpans). */
  declaredRightToLeft(start: number, end: number): boolean {
    const spans = this.#languageSpans;
    for (let i = this.#coveringSpan(start, end, spans.length); i >= 0; i = this.#coveringSpan(start, end, i)) if (spans[i].rightToLeft) return true;
    return false;
  }

  /**
   * The last language span before index `before` covering at least half of text[start, end); -1
   * where none does. From `before` = spans.length on, each span covering it, the last to start first.
   * A loop over indexes, not a generator: this is asked of each passage a rule weighs, and a
   * generator (with its closure and a result object for each step) was the largest garbage of
   * the check on mixed-language prose, which declares no spans at all.
   */
  #coveringSpan(start: number, end: number, before: number): number {
    const spans = this.#languageSpans;
    if (spans.length === 0) return -1;
    const reach = this.#languageSpanReach;
    // A span that covers half of the range ends past its middle: none before `i` does once their furthest end is short of it.
    const middle = start + (end - start) / 2;
    let i = before - 1;
    if (before === spans.length) {
      // lastAtOrBefore over the starts, written out: its key function would capture `spans`, and
      // the context that holds it is made at each call of this method, before any test.
      if (spans[0].start > end - 1) return -1;
      let lo = 0;
      for (let hi = spans.length - 1; lo < hi; ) {
        const mid = (lo + hi + 1) >> 1;
        if (spans[mid].start <= end - 1) lo = mid;
        else hi = mid - 1;
      }
      i = lo;
    }
    for (; i >= 0 && reach[i] >= middle; i--) if (covers(spans[i], start, end)) return i;
    return -1;
  }

  /**
   * Whether an inline span of the file (emphasis, a link's text, an HTML phrase element) closes
   * at an offset in (from, to]: the markup left no trace in the text, but the span it closed does.
   */
  spanEndsIn(from: number, to: number): boolean {
    const ends = this.#spanEnds;
    const k = lastNumberAtOrBefore(ends, to);
    return k >= 0 && ends[k] > from;
  }

  /**
   * Whether an inline span of the file (emphasis, a link's text) holds text[start, end) and no
   * more words: it opens before `start` with only blanks between, and closes after `end` with only
   * punctuation and blanks between ("the *software release train* model", "[Safari and other
   * browsers](#safari)").
   */
  spanHolds(start: number, end: number): boolean {
    const starts = this.#spanStarts;
    const ends = this.#spanEnds;
    const s = lastNumberAtOrBefore(starts, start);
    if (s < 0) return false;
    for (let i = starts[s]; i < start; i++) if (!isInlineSpace(this.text.charCodeAt(i))) return false;
    const e = lastNumberAtOrBefore(ends, end - 1) + 1;
    if (e >= ends.length) return false;
    for (let i = end; i < ends[e]; i++) if (isLetterClass(CLASS[this.text.charCodeAt(i)]) || this.text.charCodeAt(i) === 10) return false;
    return true;
  }

  /**
   * Whether the object replacement characters at offsets a and b stand for the same text of the
   * file (inline code, a URL, an element); true where the reader did not say what they stand for.
   */
  sameObject(a: number, b: number): boolean {
    const objects = this.#objects;
    if (!objects) return true;
    const { at, key } = objects;
    const i = lastAtOrBefore(at.length, (k) => at[k], a);
    const j = lastAtOrBefore(at.length, (k) => at[k], b);
    return i < 0 || j < 0 || at[i] !== a || at[j] !== b || key[i] === key[j];
  }

  /**
   * What the object replacement characters in text[start, end) stand for, as one string ('' where
   * there are none or the reader did not say): two segments that read alike ("Welcome ￼") are the
   * same text only if this is the same too ("Welcome {user}", "Welcome {team}").
   */
  objectsIn(start: number, end: number): string {
    const objects = this.#objects;
    if (!objects) return '';
    const { at, key } = objects;
    let out = '';
    for (let i = lastAtOrBefore(at.length, (k) => at[k], start - 1) + 1; i < at.length && at[i] < end; i++) out += `${key[i]} `;
    return out;
  }

  /** Sentence-ending marks with what precedes and follows them, per paragraph (line). */
  get boundaries(): BoundaryScan {
    this.#boundaries ??= scanBoundaries(this.text, this.marks, this.tokens, this.lines, this.profile, {
      script: this.language.script as ScriptName,
      codeNames: this.#objects?.codeNames,
      scratch: this.#scratch,
    });
    return this.#boundaries;
  }

  /** The words: offsets, case-folded hashes, case shape, script and what separates each from the one before. */
  get tokens(): Tokens {
    return this.#tokens ?? this.#scanWordsAndMarks().tokens;
  }

  /** Positions of the characters the encoding and punctuation rules look at. */
  get marks(): Marks {
    return this.#marks ?? this.#scanWordsAndMarks().marks;
  }

  /** The words and the marks, found in one walk over the text (a full check reads both). */
  #scanWordsAndMarks(): { tokens: Tokens; marks: Marks } {
    const marks = emptyMarks(this.text.length);
    const tokens = tokenize(this.text, marks, this.#scratch);
    this.#tokens = tokens;
    this.#marks = marks;
    return { tokens, marks };
  }


  /** Runs of UTF-8 read with a legacy code page, in text order. */
  get mojibake(): readonly Mojibake[] {
    this.#mojibake ??= findMojibake(this.text, this.marks.mojibake);
    return this.#mojibake;
  }

  /** Whether the text is one segment (sentence) per line rather than prose paragraphs. */
  get segmentPerLine(): boolean {
    this.#segmentPerLine ??= isSegmentPerLine(this);
    return this.#segmentPerLine;
  }

  /** Whether the whole document is in another language than the forced one. */
  get documentLanguage(): DocumentVerdict {
    this.#documentLanguage ??= documentVerdict(this);
    return this.#documentLanguage;
  }
}
