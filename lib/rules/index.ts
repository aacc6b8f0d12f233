// Every rule, in report order. One file per rule; each carries its own examples, an `examples` export beside it that
// tests/rules.test.ts runs and this list does not import (so the bundle leaves them out).
import type { CheckContext } from '../context.js';
import type { Rule } from '../types.js';
import { controlCharacter } from './control-character.js';
import { doubledPunctuation } from './doubled-punctuation.js';
import { doubledWord } from './doubled-word.js';
import { endPunctuationMismatch } from './end-punctuation-mismatch.js';
import { fullwidthPunctuation } from './fullwidth-punctuation.js';
import { htmlEntity } from './html-entity.js';
import { inconsistentTranslation } from './inconsistent-translation.js';
import { invisibleCharacter } from './invisible-character.js';
import { lengthRatio } from './length-ratio.js';
import { missingSpaceAfterSentence } from './missing-space-after-sentence.js';
import { mojibake } from './mojibake.js';
import { numberMismatch } from './number-mismatch.js';
import { placeholderMismatch } from './placeholder-mismatch.js';
import { repeatedSentence } from './repeated-sentence.js';
import { repetitionLoop } from './repetition-loop.js';
import { sentenceBreakMismatch } from './sentence-break-mismatch.js';
import { replacementCharacter } from './replacement-character.js';
import { spaceBeforePunctuation } from './space-before-punctuation.js';
import { strandedFragment } from './stranded-fragment.js';
import { tagMismatch } from './tag-mismatch.js';
import { straySentenceBreak } from './stray-sentence-break.js';
import { unitStatus } from './unit-status.js';
import { unpairedBracket } from './unpaired-bracket.js';
import { unpairedQuote } from './unpaired-quote.js';
import { untranslatedPassage } from './untranslated-passage.js';
import { untranslatedSegment } from './untranslated-segment.js';
import { urlMismatch } from './url-mismatch.js';
import { whitespaceMismatch } from './whitespace-mismatch.js';
import { wrongLanguageDocument } from './wrong-language-document.js';

export const RULES: readonly Rule<CheckContext>[] = [
  straySentenceBreak,
  strandedFragment,
  wrongLanguageDocument,
  untranslatedPassage,
  repetitionLoop,
  repeatedSentence,
  doubledWord,
  mojibake,
  replacementCharacter,
  controlCharacter,
  invisibleCharacter,
  htmlEntity,
  missingSpaceAfterSentence,
  spaceBeforePunctuation,
  doubledPunctuation,
  unpairedBracket,
  unpairedQuote,
  fullwidthPunctuation,
  // Bilingual rules: they run only where the translation's source is known.
  sentenceBreakMismatch,
  placeholderMismatch,
  numberMismatch,
  tagMismatch,
  urlMismatch,
  endPunctuationMismatch,
  whitespaceMismatch,
  untranslatedSegment,
  lengthRatio,
  inconsistentTranslation,
  unitStatus,
];
