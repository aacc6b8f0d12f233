// Everything a rule may read about the document, computed once and shared: the text, its
// language and profile, line index, and (lazily) the sentence-boundary scan.

import { genericProfile, profileFor, type LanguageProfile } from './languages/index.js';
import { detectLanguage, isCased } from './languages/detect.js';
import { tokensOf } from './catalogue/tokens.js';
import { scanBoundaries, type BoundaryScan } from './segmentation/boundaries.js';
import { LineIndex } from './text/lines.js';
import type { ScriptName } from './text/script.js';
import type { LanguageInfo } from './types.js';

export class CheckContext {
  readonly language: LanguageInfo;
  readonly profile: LanguageProfile;
  /** Whether the document's script has letter case (case-based rules run only then). */
  readonly cased: boolean;
  readonly lines: LineIndex;
  #boundaries?: BoundaryScan;

  constructor(
    readonly text: string,
    options: { lang?: string } = {},
  ) {
    this.language = detectLanguage(text, options.lang);
    this.profile = profileFor(this.language.code) ?? genericProfile(this.language.code);
    this.cased = isCased(this.language);
    this.lines = new LineIndex(text);
  }

  /** Sentence-ending marks with what precedes and follows them, per paragraph (line). */
  get boundaries(): BoundaryScan {
    this.#boundaries ??= scanBoundaries(this.text, this.lines, this.profile, {
      script: this.language.script as ScriptName,
      tokens: () => tokensOf(this, this.text),
    });
    return this.#boundaries;
  }
}
