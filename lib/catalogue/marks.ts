// The positions of the few characters the encoding and punctuation rules look at: control and
// invisible characters, U+FFFD, "&", quotation marks (and the pairs typed for them: ,,word'', ``,
// ’’, ‘‘, <<word>>), brackets, full-width punctuation, punctuation after a space, doubled, or glued to a
// capital, ellipses, and where mojibake may start. A dozen regex scans of a 30 MB text cost ~40 ms
// each; the word scan (tokenize) notes them as it walks the code units, and each rule then visits
// only its positions.

import { CLASS, Kind } from './charclass.js';
import { MOJIBAKE_LEADS, mojibakeStart } from './mojibake.js';
import { Offsets } from '../text/grown.js';
import { INVISIBLES } from '../text/invisible.js';

/** Languages that put a space before ; : ! ? (French typography, also in Breton). */
export const SPACED_MARKS_LANGUAGES: ReadonlySet<string> = new Set(['fr', 'br']);

export interface Marks {
  /** C0 (but tab and line ends), DEL and C1 controls. */
  control: number[];
  /** Zero-width, direction, soft hyphen and byte-order marks. */
  invisible: number[];
  replacement: number[];
  ampersand: number[];
  /**
   * Double quotation marks, and the pairs typed for them: ",," opening a word (for „), "''" (for
   * "), "``" and "‘‘" (for “), "’’" (for ”), "<<" and ">>" (for « and »), found at their first
   * character.
   */
  quote: Offsets;
  /** Brackets. (Quotes and brackets are typed columns, the other lists arrays: see QUOTE_DENSITY.) */
  bracket: Offsets;
  fullwidth: number[];
  /** , . ; : ! ? (and SCRIPT_TERMINALS) right after a space, no-break space or tab. */
  spacedPunctuation: number[];
  /** ",,", ";;", "։։", ".." or ",." (position of the first mark of the run). */
  doubledPunctuation: number[];
  /** . ! ? (and SCRIPT_TERMINALS) directly followed by a capital letter (position of the first mark of the run). */
  gluedSentence: number[];
  /** Positions where mojibake may start (see mayStartMojibake). */
  mojibake: number[];
  /** Commas and full stops: how often the text punctuates at all. */
  commasAndStops: number;
  /** ; : ! ?: the marks French typography spaces (see spacesMarksAsFrench in rules/space-before-punctuation.ts). */
  highMarks: number;
  /** Full stops, and ! ?: how often the text ends sentences with each (see the habit in rules/stray-sentence-break.ts). */
  stops: number;
  exclamationsAndQuestions: number;
  /** Ellipses: "…", and runs of two or more full stops (how freely the writer trails off). */
  ellipses: number;
  /**
   * What the sentence-boundary scan classifies: the start of each run of sentence marks (. ! ? …,
   * see isSentenceMarkRun), and each bracket ( ) [ ] and inverted mark ¿ ¡, whose depth tells an
   * aside from its sentence.
   */
  sentenceMarks: Offsets;
  /**
   * For each entry of sentenceMarks, the index of the word right before it, with nothing between
   * them but combining marks (which follow a word on their own only after a Han or Kana
   * character); -1 for none. The boundary scan reads the word before a mark from the word columns
   * (tokens.ts) rather than stepping back over the text.
   */
  sentenceMarkWords: Offsets;
}

/**
 * Sentence terminals of the cased scripts beside ". ! ?": the Unicode Sentence_Terminal characters
 * of the Latin, Cyrillic, Greek and Armenian blocks (the Armenian full stop ։, U+0589; Greek and
 * Cyrillic have none of their own), and the Greek question mark U+037E, a terminal in Greek by
 * CLDR's sentence-break tailoring for "el" ($STerm gains ";" and U+037E; the ASCII ";" is a
 * terminal only in a Greek text, see languageTerminals). tests/segmentation-greek-armenian.test.ts
 * derives the list from \p{Sentence_Terminal}: a constant here, not a regex over the blocks in the
 * module body, which every cold start runs.
 */
export const SCRIPT_TERMINALS = '\u0589\u037e';

/**
 * Sentence terminals of the scripts without case (Unicode Sentence_Terminal): the ideographic full
 * stop and the full-width full stop, exclamation and question marks (。 ． ！ ？), the Arabic question
 * mark and full stop (؟ ۔), the Devanagari danda and double danda (। ॥, which Gurmukhi and Bengali
 * write too), the Ethiopic full stop, question mark and paragraph separator (። ፧ ፨: Amharic,
 * Tigrinya), the Myanmar section mark (။, Burmese's full stop) and the Khmer khan and bariyoosan
 * (។ ៕). Not Myanmar's little section ၊, a Sentence_Terminal that Burmese writes as a comma.
 * tests/segmentation-caseless-scripts.test.ts derives the list from \p{Sentence_Terminal}. The
 * boundary scan does not read them: it judges a mark by the case of what follows. The caseless
 * readers do: the source side of sentence-break-mismatch (bilingual/breaks.ts) and the
 * segmentation rules' caseless path (segmentation/caseless.ts).
 */
export const CASELESS_TERMINALS = '\u3002\uff0e\uff01\uff1f\u061f\u06d4\u0964\u0965\u1362\u1367\u1368\u104b\u17d4\u17d5';
/** The marks among CASELESS_TERMINALS and the ASCII ones that end a question or an exclamation. */
export const CASELESS_QUESTION_MARKS = '!?\uff01\uff1f\u061f\u1367';
/**
 * The Ethiopic wordspace ፡, which typed twice (፡፡) stands for the full stop ። in much Amharic text
 * (NTREX-128's Amharic ends 835 of its 1,997 lines so, 393 with ።). Once, it separates words.
 */
export const ETHIOPIC_WORDSPACE = '\u1361';

/**
 * The flags of MARK_FLAGS, as enum members: the bundler writes them into the word scan, where
 * noteMark is inlined, as literals rather than module variables to load and check (see tokens.ts).
 */
const enum Flag {
  Control = 1,
  Invisible = 2,
  Replacement = 4,
  Ampersand = 8,
  Quote = 16,
  Bracket = 32,
  Fullwidth = 64,
  Punct = 128,
  /** May start mojibake (a lead character of some code page). */
  Lead = 256,
  /** ' ` ‘ ’ < >: typed twice, a double quotation mark. */
  Twice = 512,
  Ellipsis = 1024,
  /** . ! ? …: a run of them is one sentence mark. */
  SentenceRun = 2048,
  /** ( ) [ ] ¿ ¡: the boundary scan tracks them too. */
  Aside = 4096,
  /** . ! ? and SCRIPT_TERMINALS: a capital glued after one is a missing space. */
  Terminal = 8192,
}

/**
 * What each code unit is to these rules; 0 for most. No ASCII letter or digit has a flag (the
 * code-page leads, the only word characters flagged, are all past ASCII), so the word scan looks
 * up only the other code units.
 */
export const MARK_FLAGS = new Uint16Array(0x10000);
const flag = (chars: string, f: number) => {
  for (const ch of chars) MARK_FLAGS[ch.charCodeAt(0)] |= f;
};
for (let c = 0; c <= 0x1f; c++) if (c !== 9 && c !== 10 && c !== 13) MARK_FLAGS[c] |= Flag.Control;
for (let c = 0x7f; c <= 0x9f; c++) MARK_FLAGS[c] |= Flag.Control;
flag(INVISIBLES, Flag.Invisible);
// U+FFFD, and U+2047 (⁇), which SentencePiece decoding writes for a piece the model could not produce.
flag('\ufffd\u2047', Flag.Replacement);
flag('&', Flag.Ampersand);
flag('"“”„«»「」『』', Flag.Quote);
flag('()[]{}（）［］【】〔〕', Flag.Bracket);
flag('（），。！？：；、', Flag.Fullwidth);
flag(',.;:!?', Flag.Punct);
flag("'`\u2018\u2019<>", Flag.Twice);
flag('\u2026', Flag.Ellipsis);
flag('.!?\u2026', Flag.SentenceRun);
// The sentence terminals of the other cased scripts (Armenian full stop ։) and the Greek question
// mark: SCRIPT_TERMINALS. They take the checks of ASCII marks too: a space before them, a capital glued after.
flag(SCRIPT_TERMINALS, Flag.SentenceRun | Flag.Punct);
flag(`.!?${SCRIPT_TERMINALS}`, Flag.Terminal);
flag('()[]\u00bf\u00a1', Flag.Aside);
for (const c of MOJIBAKE_LEADS) MARK_FLAGS[c] |= Flag.Lead;

/** A character of a run the boundary scan takes as one sentence mark: . ! ? … ։ and the Greek question mark. */
export function isSentenceMarkRun(c: number): boolean {
  return (MARK_FLAGS[c] & Flag.SentenceRun) !== 0;
}

function isSentenceMark(c: number): boolean {
  return (MARK_FLAGS[c] & Flag.Terminal) !== 0;
}

/**
 * A mark that ends a question or an exclamation: ? ! and the Greek question mark, U+037E or the
 * ";" typed for it (which reaches the boundary scan only in Greek, see languageTerminals).
 */
export function isQuestionMark(c: number): boolean {
  return c === 33 || c === 63 || c === 0x37e || c === 59;
}

/**
 * Whether a lowercase letter follows text[i] after inline spaces. A colon typed for the Armenian
 * full stop is told from a colon by the capital after it: software strings write labels with a
 * colon in every language ("NAUTILUS_SCRIPT_SELECTED_URIS: տողադարձով ավարտվող…").
 */
function beforeLowercase(text: string, i: number): boolean {
  while (isSpaceLike(text.charCodeAt(i))) i++;
  return CLASS[text.charCodeAt(i)] === Kind.Lower;
}

/**
 * `marks` with the positions of `terminals` (ASCII marks that end a sentence in the document's
 * language besides . ! ?: Greek ";", Armenian ":", a colon only before a capital) merged into
 * sentenceMarks, in text order, with no word noted before them (the boundary scan steps back over
 * the text). The word scan, which runs before the language is known, notes none of them: in other
 * languages they end no sentence.
 */
export function languageTerminals(text: string, marks: Pick<Marks, 'sentenceMarks' | 'sentenceMarkWords'>, terminals: string | undefined): Pick<Marks, 'sentenceMarks' | 'sentenceMarkWords'> {
  if (!terminals) return marks;
  const extra: number[] = [];
  for (const t of terminals) {
    for (let i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + 1)) if (t !== ':' || !beforeLowercase(text, i + 1)) extra.push(i);
  }
  if (extra.length === 0) return marks;
  extra.sort((a, b) => a - b);
  const { sentenceMarks, sentenceMarkWords } = marks;
  const total = sentenceMarks.count + extra.length;
  const merged = { sentenceMarks: new Offsets(total), sentenceMarkWords: new Offsets(total) };
  let j = 0;
  for (let k = 0; k < sentenceMarks.count; k++) {
    const at = sentenceMarks.at[k];
    for (; j < extra.length && extra[j] < at; j++) {
      merged.sentenceMarks.push(extra[j]);
      merged.sentenceMarkWords.push(-1);
    }
    merged.sentenceMarks.push(at);
    merged.sentenceMarkWords.push(sentenceMarkWords.at[k]);
  }
  for (; j < extra.length; j++) {
    merged.sentenceMarks.push(extra[j]);
    merged.sentenceMarkWords.push(-1);
  }
  return merged;
}

/** Not a space, a line end or past the end of the text (NaN). */
function isVisible(c: number): boolean {
  return c > 32 && !isSpaceLike(c);
}

function isSpaceLike(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 9;
}

/**
 * Sentence marks and brackets reserved per character of text: prose has about one in 100; one in
 * 60 so that the column rarely grows.
 */
const SENTENCE_MARK_DENSITY = 1 / 60;

/**
 * Quotation marks, and brackets, reserved per character of text: prose has about one in 600 (30 MB
 * of English: 55,000 and 45,000), dialogue more; grown on demand. The most common marks after the
 * sentence marks, in typed columns: as arrays, grown by half again at each step and each step a
 * fresh block of the large-object space, they faulted in some 570 fresh pages on 30 MB of English
 * (a number is 8 bytes in an array there, 4 in the column).
 */
const QUOTE_DENSITY = 1 / 100;

/**
 * An empty collection for a text of `length` code units, filled by the word scan (tokenize), which
 * visits every code unit anyway.
 */
export function emptyMarks(length: number): Marks {
  return {
    control: [],
    invisible: [],
    replacement: [],
    ampersand: [],
    quote: new Offsets(Math.ceil(length * QUOTE_DENSITY)),
    bracket: new Offsets(Math.ceil(length * QUOTE_DENSITY)),
    fullwidth: [],
    spacedPunctuation: [],
    doubledPunctuation: [],
    gluedSentence: [],
    mojibake: [],
    commasAndStops: 0,
    highMarks: 0,
    stops: 0,
    exclamationsAndQuestions: 0,
    ellipses: 0,
    sentenceMarks: new Offsets(Math.ceil(length * SENTENCE_MARK_DENSITY)),
    sentenceMarkWords: new Offsets(Math.ceil(length * SENTENCE_MARK_DENSITY)),
  };
}

/**
 * Notes text[i] (code unit c, whose MARK_FLAGS entry f is not 0) in `m`; `word` is the index of the
 * word that holds text[i] or stands right before it (as in sentenceMarkWords; -1 for none). Called for the code units of the text
 * in order, so that every list comes out ascending.
 */
export function noteMark(text: string, i: number, c: number, f: number, m: Marks, word: number): void {
  // Only a dispatch, the work in functions of their own: V8 inlines a function into the word scan
  // only while its bytecode stays small (460 bytes), and a call per comma cost more than the work.
  if ((f & (Flag.SentenceRun | Flag.Aside)) !== 0) sentenceMark(text, i, f, m, word);
  if ((f & Flag.Punct) !== 0) punctuation(text, i, c, m);
  else if ((f & Flag.Twice) !== 0) typedTwice(text, i, c, m);
  else if ((f & Flag.Ellipsis) === 0) listed(text, i, c, f, m);
}

function sentenceMark(text: string, i: number, f: number, m: Marks, word: number): void {
  if ((f & Flag.Aside) !== 0 || !isSentenceMarkRun(text.charCodeAt(i - 1))) {
    m.sentenceMarks.push(i);
    m.sentenceMarkWords.push(word);
  }
  // "…" counted here, with every sentence mark, not on a branch of its own: the word scan is
  // compiled on the stack partway through a large text, and code it had not run by then (such as
  // m.ellipses++ before the first "…") has no type feedback, so running it threw that code away.
  m.ellipses += (f & Flag.Ellipsis) !== 0 ? 1 : 0;
}

/**
 * '' `` ‘‘ ’’ << >>, not ''' or a run of backticks (code fences) or of angle brackets (<<<, >>>=).
 * The second of a pair has the first before it, so it is never taken for another pair.
 */
function typedTwice(text: string, i: number, c: number, m: Marks): void {
  if (text.charCodeAt(i + 1) === c && text.charCodeAt(i - 1) !== c && text.charCodeAt(i + 2) !== c) m.quote.push(i);
}

/** The characters listed at their own positions. */
function listed(text: string, i: number, c: number, f: number, m: Marks): void {
  if ((f & Flag.Lead) !== 0) {
    const at = mojibakeStart(text, i);
    if (at >= 0 && m.mojibake[m.mojibake.length - 1] !== at) m.mojibake.push(at);
  }
  if ((f & Flag.Control) !== 0) m.control.push(i);
  else if ((f & Flag.Invisible) !== 0) m.invisible.push(i);
  else if ((f & Flag.Replacement) !== 0) m.replacement.push(i);
  else if ((f & Flag.Ampersand) !== 0) m.ampersand.push(i);
  else if ((f & Flag.Quote) !== 0) m.quote.push(i);
  else if ((f & Flag.Bracket) !== 0) m.bracket.push(i);
  if ((f & Flag.Fullwidth) !== 0) m.fullwidth.push(i);
}

function punctuation(text: string, i: number, c: number, m: Marks): void {
  if (c === 44) m.commasAndStops++;
  else if (c === 46) {
    m.commasAndStops++;
    m.stops++;
  } else if (c === 33 || c === 63) {
    m.highMarks++;
    m.exclamationsAndQuestions++;
  } else if (c === 58 || c === 59) m.highMarks++;
  const prev = i > 0 ? text.charCodeAt(i - 1) : 10;
  const next = text.charCodeAt(i + 1);
  if (isSpaceLike(prev)) m.spacedPunctuation.push(i);
  if (prev !== c && ((c === 44 && (next === 44 || next === 46)) || ((c === 59 || c === 0x589) && next === c) || (c === 46 && next === 46))) {
    m.doubledPunctuation.push(i);
    if (c === 46) m.ellipses++;
    // ",,word": a low opening quotation mark typed with two commas (for „).
    else if (next === 44 && text.charCodeAt(i + 2) !== 44 && (isSpaceLike(prev) || prev === 10 || prev === 13 || prev === 40) && isVisible(text.charCodeAt(i + 2))) {
      m.quote.push(i);
    }
  }
  if (isSentenceMark(c) && CLASS[next] === Kind.Upper) {
    // The first mark of the run: "?!The" is found at "?". A step back at every glued mark, not
    // only in a run: the word scan is compiled partway through a large text, and a `start--` that
    // only "?!" had run by then (none, in most texts) had no type feedback and threw it away.
    let start = i;
    do start--;
    while (start >= 0 && isSentenceMark(text.charCodeAt(start)));
    m.gluedSentence.push(start + 1);
  }
}
