// Everything a rule may read about the document, computed once and shared: the text, its
// language and profile, line index, and (lazily) the sentence-boundary scan.

import { genericProfile, profileFor, type LanguageProfile } from './languages/index.js';
import { detectLanguage, isCased } from './languages/detect.js';
import { scanBoundaries, type BoundaryScan } from './segmentation/boundaries.js';
import { LineIndex } from './text/lines.js';
import type { InlineCode } from './formats/types.js';
import { primaryLanguage } from './languages/tags.js';
import type { LanguageInfo } from './types.js';

/** The forced language, else the one the file declares, else the detected one. */
function languageOf(text: string, forced: string | undefined, declared: string | undefined): LanguageInfo {
  const code = primaryLanguage(declared);
  if (forced || !code) return detectLanguage(text, forced);
  return { ...detectLanguage(text, code), source: 'declared' };
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
  /** The unit's format flags (PO `c-format`, JSON `icu-message-format`…; see lib/formats/types.ts): which placeholder syntax applies. */
  flags?: readonly string[];
}

export interface ContextOptions {
  /** Forced language (ISO 639-1); overrides what the file declares and detection. */
  lang?: string;
  /** The language the file declares (XLIFF, PO); used before detection. */
  declaredLang?: string;
  /** The translation's source text, laid out as the pairs say, and its language when known. */
  source?: { text: string; lang?: string; declaredLang?: string };
  pairs?: readonly SegmentPair[];
}

export class CheckContext {
  readonly language: LanguageInfo;
  readonly profile: LanguageProfile;
  /** Whether the document's script has letter case (case-based rules run only then). */
  readonly cased: boolean;
  readonly lines: LineIndex;
  /** The source side (its own language, profile and scans), when the translation's source is known. */
  readonly source?: CheckContext;
  /** Units whose source is known, in text order; set together with `source`. */
  readonly pairs?: readonly SegmentPair[];
  #boundaries?: BoundaryScan;

  constructor(
    readonly text: string,
    options: ContextOptions = {},
  ) {
    this.language = languageOf(text, options.lang, options.declaredLang);
    this.profile = profileFor(this.language.code) ?? genericProfile(this.language.code);
    this.cased = isCased(this.language);
    this.lines = new LineIndex(text);
    if (options.source) {
      this.source = new CheckContext(options.source.text, { lang: options.source.lang, declaredLang: options.source.declaredLang });
      this.pairs = options.pairs ?? [];
    }
  }

  /** Sentence-ending marks with what precedes and follows them, per paragraph (line). */
  get boundaries(): BoundaryScan {
    this.#boundaries ??= scanBoundaries(this.text, this.lines, this.profile);
    return this.#boundaries;
  }
}
