// The sentences of a text in a script without case (Han, Kana, Hangul, Hebrew, Arabic, Thai,
// Devanagari…), for the caseless path of the segmentation rules. The boundary scan
// (boundaries.ts) reads . ! ? … and the cased scripts' terminals and judges each by the case of
// what follows; without case it has nothing to judge by, and 。 ！ ？ । ؟ are no marks to it. Here a
// line is cut at the sentence terminals of these scripts, and only where a mark surely ends a
// sentence: what stands between two of them is a sentence, which the rules then judge by its
// words (stranded-fragment: a lone word that cannot stand alone; stray-sentence-break: a word that
// never opens a sentence).

import { CASELESS_QUESTION_MARKS as QUESTION_MARKS, CASELESS_TERMINALS, ETHIOPIC_WORDSPACE } from '../catalogue/marks.js';
import type { CheckContext } from '../context.js';
import type { LanguageProfile } from '../languages/profile.js';
import { isInlineSpace } from '../text/chars.js';
import { bothForms } from './lexicon.js';
import type { LineIndex } from '../text/lines.js';
import { lazyRegExp } from '../text/lazy-regexp.js';

/**
 * Opening quotes and brackets: a mark inside them ends a quoted sentence ("「また。」と言った"), not
 * the text's. The low „ too, which “ or ” closes (Hebrew „…“, as German writes it).
 */
const OPENERS = '「『（(［[【〔«\u201e';
const CLOSERS = '」』）)］]】〕»';
/**
 * Quotation marks that open and close by turns: " and the curly “ ”, which Chinese writes “…” and
 * Hebrew ”…“. (Single ‘ ’ are left out: ’ is as often an apostrophe in a Latin word.)
 */
const TOGGLES = '"“”';

/** What each UTF-16 code unit is to the scan (a table: it reads every character of the text). */
const enum Kind {
  Other = 0,
  Opener = 1,
  Closer = 2,
  /** One of CASELESS_TERMINALS. */
  Terminal = 3,
  /** . ! ?: a terminal on conditions (see asciiTerminalAt). */
  Ascii = 4,
  /** One of TOGGLES, which opens or closes. */
  Straight = 5,
  /** The Ethiopic wordspace ፡: a terminal when doubled (see isTerminalAt). */
  Wordspace = 6,
  /** |: a terminal where the document types it for the danda (see pipeTerminalAt). */
  Pipe = 7,
}
/** The vertical bar, |. */
const PIPE = 0x7c;
const KIND = new Uint8Array(0x10000);
for (const c of OPENERS) KIND[c.charCodeAt(0)] = Kind.Opener;
for (const c of CLOSERS) KIND[c.charCodeAt(0)] = Kind.Closer;
for (const c of CASELESS_TERMINALS) KIND[c.charCodeAt(0)] = Kind.Terminal;
for (const c of '.!?') KIND[c.charCodeAt(0)] = Kind.Ascii;
for (const c of TOGGLES) KIND[c.charCodeAt(0)] = Kind.Straight;
KIND[ETHIOPIC_WORDSPACE.charCodeAt(0)] = Kind.Wordspace;
KIND[PIPE] = Kind.Pipe;

/** Whether text[i], of kind `kind`, is a terminal of these scripts: one of CASELESS_TERMINALS, or ፡ doubled (፡፡, typed for ።). */
function isTerminalAt(text: string, i: number, kind: Kind): boolean {
  return kind === Kind.Terminal || (kind === Kind.Wordspace && text.charCodeAt(i + 1) === text.charCodeAt(i));
}

export interface CaselessSentence {
  /** Its first character, past the white space after the mark before. */
  start: number;
  /** Where its mark starts. */
  mark: number;
  markEnd: number;
  /** Whether the mark ends a question or an exclamation. */
  question: boolean;
}

/** The words lists of a profile, as sets (made once per profile). */
export interface CaselessWords {
  fragmentWords: ReadonlySet<string>;
  nonInitialWords: readonly string[];
  /** Whether the script writes its words without spaces (Han, Kana, Thai): a word is then told by its start alone. */
  unspaced: boolean;
  /**
   * Where the script writes its words without spaces, the language's word segmentation (Unicode's
   * rules with ICU's dictionary of Chinese and Japanese words, as Intl.Segmenter has them), which
   * tells the word a sentence opens with: 的 alone in "的合作", not in "的确". Undefined where words
   * are spaced, or the language lists no word that never opens a sentence.
   */
  segmenter?: Intl.Segmenter;
  /** Language.conjunctiveWords. */
  conjunctive: ReadonlySet<string>;
  /** Language.sentenceParticles. */
  sentenceParticles: ReadonlySet<string>;
  /** A letter that seldom ends a sentence (Language.unfinishedEndings); undefined where the language lists none. */
  unfinished?: RegExp;
  /** Language.nonFinalEndings, composed (NFC); empty where the language lists none. */
  nonFinal: ReadonlySet<string>;
  /** Language.nominalizers. */
  nominalizers: ReadonlySet<string>;
  /** Language.nonFinalNouns. */
  nonFinalNouns: readonly string[];
}

const wordsCache = new WeakMap<LanguageProfile, CaselessWords>();

/** Whether a script writes its words without spaces between them (Han, Kana, Thai). */
export function writesWithoutSpaces(script: string | undefined): boolean {
  return script === 'Han' || script === 'Kana' || script === 'Thai';
}

/** The caseless word lists of the document's language, or undefined if its entry has none. */
export function caselessWords(ctx: CheckContext): CaselessWords | undefined {
  const profile = ctx.profile;
  if (!profile.fragmentWords.length && !profile.nonInitialWords?.length) return undefined;
  let words = wordsCache.get(profile);
  if (!words) {
    words = {
      // Both forms, as the text may write them (Korean "또한" as jamo, NFD): see bothForms.
      fragmentWords: bothForms(new Set(profile.fragmentWords)),
      // Both forms here too (が as か and its voicing mark).
      nonInitialWords: [...bothForms(new Set(profile.nonInitialWords ?? []))],
      unspaced: writesWithoutSpaces(profile.script),
      segmenter: writesWithoutSpaces(profile.script) && profile.nonInitialWords?.length ? new Intl.Segmenter(profile.code, { granularity: 'word' }) : undefined,
      conjunctive: bothForms(new Set(profile.conjunctiveWords ?? [])),
      sentenceParticles: new Set(profile.sentenceParticles ?? []),
      unfinished: profile.unfinishedEndings ? new RegExp(`^[${profile.unfinishedEndings}]$`, 'u') : undefined,
      nonFinal: new Set(profile.nonFinalEndings ?? []),
      nominalizers: new Set(profile.nominalizers ?? []),
      nonFinalNouns: profile.nonFinalNouns ?? [],
    };
    wordsCache.set(profile, words);
  }
  return words;
}

/**
 * Calls `visit` with the sentences of each line that has two or more, in order: each ends with a
 * mark, bar the line's last, whose `mark` is the line's end (markEnd too) when it has none. With
 * `insideQuotations`, the sentences a quotation holds are read as well ("“…。了”" has two): for a
 * rule whose evidence holds inside one as outside (a word that never opens a sentence).
 */
export function forEachLineOfSentences(ctx: CheckContext, visit: (sentences: readonly CaselessSentence[]) => void, insideQuotations = false): void {
  const { text, lines } = ctx;
  const stops = stopsOf(ctx);
  for (let l = 0; l < lines.count; l++) {
    const start = lines.starts[l];
    const end = lines.lineEnd(l);
    const sentences = insideQuotations ? (sentencesOfLine(text, start, end, stops, false) ?? undefined) : lineSentences(text, start, end, stops);
    if (sentences) visit(sentences);
  }
}

/** Full stops of the caseless scripts that have one of their own: the danda, the ideographic full stop, the Ethiopic (and ፡፡), Myanmar and Khmer ones. */
const OWN_FULL_STOPS = '\u0964\u3002\u1362\u1361\u104b\u17d4';

/** How the document ends its sentences with the ASCII marks it may type for them. */
interface Stops {
  /**
   * Whether an ASCII period after a caseless letter may end a sentence in this text. Where a script
   * has a full stop of its own, writers keep the period for abbreviations ("बी.सी.", "एम.ए.", "डॉ."): a
   * text whose lines end with its own stop more often than with a period uses the period so (the
   * end of a line is a sentence's, where no abbreviation confuses the count). Hindi written with
   * periods for full stops (as on the web), and Hebrew, Arabic or Korean, which have no stop of
   * their own, keep the period as a sentence end.
   */
  periods: boolean;
  /**
   * Whether the text types | for the danda, as Punjabi and Hindi typists do (on keyboards without
   * ।): PIPE_LINES of its lines or more end with it after a letter of theirs ("ਹੈ|", "ਹੈ |"). The
   * bar elsewhere separates (menus "ਘਰ | ਖ਼ਬਰਾਂ", table cells) and ends no line after a word, or
   * opens it (a Markdown table's "| ਨਾਮ | ਉਮਰ |"). Then | ends sentences as the danda does, and
   * counts as the text's own stop against the period.
   */
  pipe: boolean;
}

/** Lines ending with | after a word, at least, for a text to use it as its danda. */
const PIPE_LINES = 3;

function stopsOf(ctx: CheckContext): Stops {
  let stops = stopsCache.get(ctx);
  if (stops === undefined) stopsCache.set(ctx, (stops = lineEnds(ctx.text, ctx.lines)));
  return stops;
}
const stopsCache = new WeakMap<CheckContext, Stops>();

function lineEnds(text: string, lines: LineIndex): Stops {
  let own = 0;
  let periods = 0;
  let pipes = 0;
  for (let l = 0; l < lines.count; l++) {
    const start = lines.starts[l];
    let i = lines.lineEnd(l) - 1;
    while (i >= start && (isInlineSpace(text.charCodeAt(i)) || KIND[text.charCodeAt(i)] === Kind.Closer || KIND[text.charCodeAt(i)] === Kind.Straight)) i--;
    if (i < start) continue;
    if (OWN_FULL_STOPS.includes(text[i])) own++;
    else if (text.charCodeAt(i) === 46 && asciiTerminalAt(text, i, i + 1)) periods++;
    else if (text.charCodeAt(i) === PIPE && pipeTerminalAt(text, i, i + 1) && text.charCodeAt(skipSpace(text, start, i)) !== PIPE) pipes++;
  }
  const pipe = pipes >= PIPE_LINES;
  return { periods: own + (pipe ? pipes : 0) <= periods, pipe };
}

/**
 * Whether the | at text[i] stands where a danda would: after a letter of a caseless script, or a
 * space after one ("ਹੈ |", as the danda is also typed), and before white space or the line's end;
 * not doubled ("||", ॥ typed, or an operator).
 */
function pipeTerminalAt(text: string, i: number, end: number): boolean {
  if (i + 1 < end && !isInlineSpace(text.charCodeAt(i + 1))) return false;
  return caselessLetterBefore(text, i > 0 && text.charCodeAt(i - 1) === 32 ? i - 1 : i);
}

/**
 * The line's sentences; none when it has a single one (most lines), whose visit would find nothing.
 * A line whose quotation marks and brackets do not pair up is read as if it had none: where its
 * quotations are cannot be told, and one left open would hide every sentence end after it.
 */
function lineSentences(text: string, start: number, end: number, stops: Stops): CaselessSentence[] | undefined {
  const sentences = sentencesOfLine(text, start, end, stops, true);
  return sentences === null ? (sentencesOfLine(text, start, end, stops, false) ?? undefined) : sentences;
}

/** lineSentences' scan, reading quotations or not; null (when reading them) for a line where they do not pair up. */
function sentencesOfLine(text: string, start: number, end: number, stops: Stops, quoted: boolean): CaselessSentence[] | undefined | null {
  let sentences: CaselessSentence[] | undefined;
  let from = skipSpace(text, start, end);
  let depth = 0;
  let straight = false;
  /** Of depth, the marks „ opened, which a “ or ” closes rather than toggles. */
  let low = 0;
  for (let i = from; i < end; i++) {
    const kind = KIND[text.charCodeAt(i)];
    if (kind === Kind.Other) continue;
    if (kind === Kind.Opener) {
      if (!quoted) continue;
      depth++;
      if (text.charCodeAt(i) === 0x201e) low++;
    } else if (kind === Kind.Closer) {
      if (quoted) depth = depth > 0 ? depth - 1 : 0;
    } else if (kind === Kind.Straight) {
      if (!quoted) continue;
      if (low > 0 && text.charCodeAt(i) !== 34) {
        low--;
        depth--;
      } else straight = !straight;
    } else if (depth === 0 && !straight && markEndsSentence(text, i, kind, end, stops)) {
      let markEnd = i + 1;
      while (markEnd < end && (KIND[text.charCodeAt(markEnd)] === Kind.Terminal || KIND[text.charCodeAt(markEnd)] === Kind.Wordspace || QUESTION_MARKS.includes(text[markEnd]))) markEnd++;
      const after = KIND[text.charCodeAt(markEnd)];
      // A mark right before a closing quote ends the quotation's sentence, not this one.
      if (markEnd < end && (after === Kind.Closer || after === Kind.Straight)) {
        i = markEnd - 1;
        continue;
      }
      let question = false;
      for (let j = i; j < markEnd; j++) if (QUESTION_MARKS.includes(text[j])) question = true;
      // A | typed apart from its word ("ਹੈ |"): the space is the mark's, as a join removes it.
      const mark = kind === Kind.Pipe && text.charCodeAt(i - 1) === 32 ? i - 1 : i;
      (sentences ??= []).push({ start: from, mark, markEnd, question });
      from = skipSpace(text, markEnd, end);
      i = from - 1;
    }
  }
  if (quoted && (depth > 0 || straight)) return null;
  if (!sentences || (sentences.length === 1 && from >= end)) return undefined;
  if (from < end) sentences.push({ start: from, mark: end, markEnd: end, question: false });
  if (stops.periods) sentences = joinInitials(text, sentences);
  return sentences.length > 1 ? sentences : undefined;
}

/** Letters (not counting vowel signs and viramas) of the longest word an initial or an abbreviation's part has ("के", "आर", "श्री", "डॉ"). */
const INITIAL_LETTERS = 2;
/** An initial and its period as a sentence would read it: its letters and marks, then the period. */
const INITIAL = lazyRegExp(String.raw`^(?:\p{L}[\p{M}\u200c\u200d]*){1,${INITIAL_LETTERS}}$`, 'u');

/**
 * One letter and its marks: a word the length of an initial. Not a Hangul syllable, a whole
 * syllable that Korean writes as a word (수, 것) and no initial.
 */
const ONE_LETTER = lazyRegExp(String.raw`^(?!\p{Script=Hangul})\p{L}[\p{M}\u200c\u200d]*$`, 'u');

/**
 * The word before the period that closes sentence s (from wordStart) when it is one letter, and so
 * may be an initial rather than a sentence's end ("დ. და ლ. პაკარდების", D. and L. Packard; the
 * caller asks whether the document writes it as a word); undefined otherwise.
 */
export function letterBeforePeriod(text: string, s: CaselessSentence, wordStart: number): string | undefined {
  if (s.markEnd !== s.mark + 1 || text.charCodeAt(s.mark) !== 46) return undefined;
  const word = text.slice(wordStart, s.mark);
  return ONE_LETTER().test(word) ? word : undefined;
}

/**
 * Whether sentence s is one word the length of an initial closed by a period: the second of a run
 * of initials whose first closed the sentence before ("په ډی. سی. کې", in D. C.: joinInitials joins
 * only runs that open a sentence), or a fragment, stranded-fragment's to judge.
 */
export function isLoneInitial(text: string, s: CaselessSentence): boolean {
  return s.markEnd === s.mark + 1 && text.charCodeAt(s.mark) === 46 && INITIAL().test(text.slice(s.start, s.mark));
}

/**
 * The sentences with each run of two or more initials ("के. आर. नारायणन", K. R. Narayanan; "डॉ. के.
 * एच. आवटे") joined to the sentence they open: a one-word sentence of at most INITIAL_LETTERS
 * letters closed by a period, right after another, is a name's initials or an abbreviation's parts
 * where the text's periods end sentences. One such word alone stays a sentence (a stranded
 * fragment, "कहा. के. सहयोग…", or a reply).
 */
function joinInitials(text: string, sentences: CaselessSentence[]): CaselessSentence[] {
  const initial = (s: CaselessSentence) => isLoneInitial(text, s);
  const joined: CaselessSentence[] = [];
  for (let k = 0; k < sentences.length; k++) {
    let run = k;
    while (run < sentences.length && initial(sentences[run])) run++;
    if (run - k < 2) {
      joined.push(sentences[k]);
      continue;
    }
    // The run and the sentence it opens (the run itself at the line's end).
    const last = sentences[Math.min(run, sentences.length - 1)];
    joined.push({ start: sentences[k].start, mark: last.mark, markEnd: last.markEnd, question: last.question });
    k = Math.min(run, sentences.length - 1);
  }
  return joined;
}

/**
 * Whether the ASCII . ! ? at text[i] ends a sentence: typed in Hebrew, Arabic, Korean (and for 。 in
 * Chinese), after a letter of a caseless script and before white space or the line's end. Not
 * after a Latin letter or a digit: "e.g.", "v1.2", "example.com" in a caseless text are no
 * sentence ends; nor in an ellipsis ("..."), which trails off within a sentence.
 */
function asciiTerminalAt(text: string, i: number, end: number): boolean {
  if (i + 1 < end && !isInlineSpace(text.charCodeAt(i + 1))) return false;
  return caselessLetterBefore(text, i);
}

/** Whether text[i - 1] is (ends) a letter or a combining mark of a script without case. */
function caselessLetterBefore(text: string, i: number): boolean {
  const before = text.codePointAt(i > 1 && isLowSurrogate(text.charCodeAt(i - 1)) ? i - 2 : i - 1);
  return before !== undefined && CASELESS_LETTER().test(String.fromCodePoint(before));
}

/**
 * Whether the mark at text[i] of ctx's text ends a sentence as the scan above reads it: a terminal
 * of these scripts, or an ASCII . ! ? on asciiTerminalAt's conditions (not "e.g.", "v1.2"; a period
 * only where the text ends its sentences with periods, see Stops), a | typed for the danda.
 */
export function endsCaselessSentenceAt(ctx: CheckContext, i: number, end: number): boolean {
  const { text } = ctx;
  const kind = KIND[text.charCodeAt(i)];
  return kind !== Kind.Other && markEndsSentence(text, i, kind, end, stopsOf(ctx));
}

/**
 * Whether the mark at text[i], of kind `kind`, ends a sentence: a terminal of these scripts, an
 * ASCII . ! ? on asciiTerminalAt's conditions (a period only where the text ends its sentences with
 * periods), a | where the text types it for the danda (pipeTerminalAt).
 */
function markEndsSentence(text: string, i: number, kind: Kind, end: number, stops: Stops): boolean {
  if (kind === Kind.Ascii) return (stops.periods || text.charCodeAt(i) !== 46) && asciiTerminalAt(text, i, end);
  if (kind === Kind.Pipe) return stops.pipe && pipeTerminalAt(text, i, end);
  return isTerminalAt(text, i, kind);
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * The letters of the scripts without case, as the body of a regular expression's class: Lo (other
 * letter), and Georgian's Mkhedruli, which Unicode 11 made lowercase (Ll) beside the Mtavruli
 * capitals that running text does not use: a Georgian sentence opens with the same letters as it goes on.
 */
export const CASELESS_LETTERS = String.raw`\p{Lo}\u10d0-\u10fa\u10fd-\u10ff`;

/** A letter or combining mark of a script without case (Mn, Mc: Devanagari's vowel signs, Hebrew points). */
const CASELESS_LETTER = lazyRegExp(String.raw`^[${CASELESS_LETTERS}\p{Mn}\p{Mc}\p{Lm}]$`, 'u');

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isInlineSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The sentence's text without its mark and the white space before it. */
export function sentenceText(text: string, s: CaselessSentence): string {
  return text.slice(s.start, s.mark).trimEnd();
}

/**
 * The edit that joins sentence `next` to the one before, whose mark is `prev`: the mark and the
 * white space after it give way to one space where the script spaces its words, to nothing where
 * it does not.
 */
export function joinEdit(prev: CaselessSentence, next: CaselessSentence, unspaced: boolean): { start: number; end: number; text: string } {
  return { start: prev.mark, end: next.start, text: unspaced ? '' : ' ' };
}

/**
 * The word of `words.nonInitialWords` that the sentence text[start, end) opens with, if any: as a
 * whole word where the script spaces its words. Where it does not, as the first word the
 * language's word segmentation reads (words.segmenter: "的合作" opens with 的, "的确如此" with
 * 的确, "を拡大" with を, "はい" with はい, "のみ" with のみ). See Language.nonInitialWords. `mark`
 * is where the mark before the sentence stands, for the ending of the sentence before
 * (Language.unfinishedEndings).
 */
export function nonInitialOpening(ctx: CheckContext, start: number, end: number, words: CaselessWords, mark?: number): string | undefined {
  const { text } = ctx;
  let first: string | undefined;
  return words.nonInitialWords.find((word) => {
    if (!text.startsWith(word, start)) return false;
    const after = start + word.length;
    if (words.segmenter) {
      // Alone, or before a word, a number or a quotation; not before a comma, after which a
      // particle may open a sentence as a conjunction (Japanese が、 "but", で、 "so").
      if (words.sentenceParticles.has(word)) {
        // A sentence particle ends its clause: alone, or before a mark (a comma too: "那好。吧，就按"),
        // not before a letter, where it starts a word the dictionary lacks (吧台).
        if (!alonePastMarks(text, after, end)) return false;
      } else if (!aloneOrBeforeWord(text, after, end)) return false;
      first ??= firstWord(ctx, words.segmenter, text.slice(start, Math.min(end, start + SEGMENTED_OPENING)));
      if (first !== word) return false;
      const kana = KANA().test(letterBefore(text, after)) && KANA().test(text[after] ?? '');
      const unfinished = endsUnfinished(text, mark, words);
      // A conjunction (が "but", で "so", して "and then") after a finished sentence opens one of
      // its own; so does a kana word the dictionary misread (はやく, たべろ: は|やく, た|べろ),
      // told from a particle stacked on another (の|は, の|を), which goes on the sentence.
      if (unfinished === false && (words.conjunctive.has(word) || (kana && !stacked(ctx, words, word, after, end)))) return false;
      if (!kana) return true;
      // A run of kana spells sounds and reads several ways ("もしそうなら": も|しそう|なら to the
      // dictionary, もし|そう|なら in fact): a kana word before kana counts only if it and the next
      // letter make no word either (もし, たま do; をす, がい do not), and not in the historical
      // orthography, whose kana words the dictionary of today's lacks (たとひ, して見れば).
      return !historicalKana(ctx) && firstWord(ctx, words.segmenter, text.slice(start, after + 1)) === word;
    }
    // Not before a period: then it is an initial ("के. आर. नारायणन", K. R.; see joinInitials), or
    // a sentence of one word, stranded-fragment's to judge.
    return after >= end || (!WORD_CONTINUES().test(text[after]) && text.charCodeAt(after) !== 46);
  });
}

/** Whether the word the segmentation reads at text[after, end) is one of the words that never open a sentence (a particle on a particle: "は" after "の" in "のは"). */
function stacked(ctx: CheckContext, words: CaselessWords, word: string, after: number, end: number): boolean {
  const { text } = ctx;
  const next = firstWord(ctx, words.segmenter!, text.slice(after, Math.min(end, after + SEGMENTED_OPENING)));
  // Not the same particle again: the letter doubled is a word (もも, a name), no particle stacks on itself.
  return next !== word && words.nonInitialWords.includes(next);
}

/**
 * Whether the sentence whose mark is at `mark` ends in a letter that seldom ends one
 * (Language.unfinishedEndings: a noun's, a stem's, "協力。", "拡大し。"); false where it ends in
 * another letter ("した。", "ですよ。") or no letter (a closing bracket, an ellipsis: nothing to
 * read); undefined where the language lists no such letters, or no mark is given.
 */
function endsUnfinished(text: string, mark: number | undefined, words: CaselessWords): boolean | undefined {
  if (!words.unfinished || mark === undefined || mark === 0) return undefined;
  return words.unfinished.test(letterBefore(text, mark));
}

/** The letter before text[i], composed with a combining mark after it (decomposed text: が as か and U+3099). */
function letterBefore(text: string, i: number): string {
  if (i > 0 && composedAlone(text.charCodeAt(i - 1))) return text[i - 1];
  let from = i - 1;
  while (from > 0 && i - from < MAX_MARKS && COMBINING().test(text[from])) from--;
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from--;
  const composed = text.slice(Math.max(0, from), i).normalize('NFC');
  return String.fromCodePoint(composed.codePointAt(0) ?? 0x20);
}
const COMBINING = lazyRegExp(String.raw`^\p{M}$`, 'u');

/**
 * Whether a code unit is a letter that normalisation leaves as it is (NFC maps no character of
 * these blocks to another) and no combining mark: ASCII and Latin-1, kana but its two voicing
 * marks, the unified ideographs, Hangul syllables. letterBefore then reads it without composing,
 * which cost a text of short sentences three strings at each ("もも。" a million times).
 */
function composedAlone(c: number): boolean {
  return c < 0x300 || (c >= 0x3041 && c <= 0x30ff && c !== 0x3099 && c !== 0x309a) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3);
}
/** Combining marks read after a letter, at most. */
const MAX_MARKS = 4;

/**
 * Characters of a sentence's opening handed to the word segmentation: a few words, enough for its
 * dictionary to weigh the first against the longer words it may be the start of.
 */
const SEGMENTED_OPENING = 24;

/** Whether text[i, end), past inline space, is empty or goes on with a punctuation mark (a sentence particle's place: "吧，", "呢？"). */
function alonePastMarks(text: string, i: number, end: number): boolean {
  i = skipSpace(text, i, end);
  return i >= end || PUNCTUATION().test(text[i]);
}
const PUNCTUATION = lazyRegExp(String.raw`^\p{P}$`, 'u');

/** Whether text[i, end), past inline space, is empty or goes on with a letter, a digit or an opening quotation mark or bracket (「 “ 《). */
function aloneOrBeforeWord(text: string, i: number, end: number): boolean {
  i = skipSpace(text, i, end);
  return i >= end || WORD_OR_OPENING().test(String.fromCodePoint(text.codePointAt(i)!));
}

/**
 * Whether the text is written in the historical kana orthography, told by ゐ ゑ ヰ ヱ (out of use
 * since 1946: "ゐる", "ゑがく"), as Meiji to early Shōwa writing and its reprints are.
 */
function historicalKana(ctx: CheckContext): boolean {
  let historical = historicalCache.get(ctx);
  if (historical === undefined) historicalCache.set(ctx, (historical = HISTORICAL_KANA().test(ctx.text)));
  return historical;
}
const historicalCache = new WeakMap<CheckContext, boolean>();
const HISTORICAL_KANA = lazyRegExp('[\u3090\u3091\u30f0\u30f1]', 'u');

/** A letter of Hiragana or Katakana. */
const KANA = lazyRegExp(String.raw`[\p{sc=Hiragana}\p{sc=Katakana}]`, 'u');

/** A letter, a mark, a digit, or an opening punctuation mark or quotation mark (Unicode Ps, Pi). */
const WORD_OR_OPENING = lazyRegExp(String.raw`[\p{L}\p{M}\p{N}\p{Ps}\p{Pi}]`, 'u');

/**
 * The first segment of `text` by `segmenter`, remembered for the document: each call costs the
 * segmentation a copy of its dictionary's break iterator (~10-20 µs), and a text of short
 * sentences that open alike ("もも。" a million times, a list, a refrain) asks the same opening
 * over and over. The answer depends on `text` alone, so a remembered one is the same answer.
 */
function firstWord(ctx: CheckContext, segmenter: Intl.Segmenter, text: string): string {
  let known = firstWords.get(ctx);
  if (!known) firstWords.set(ctx, (known = new Map()));
  let word = known.get(text);
  if (word === undefined) {
    word = '';
    for (const { segment } of segmenter.segment(text)) {
      word = segment;
      break;
    }
    // Bounded: a text whose openings all differ would otherwise keep one entry per sentence.
    if (known.size >= FIRST_WORDS_KEPT) known.clear();
    known.set(text, word);
  }
  return word;
}
const firstWords = new WeakMap<CheckContext, Map<string, string>>();
/** Openings remembered per document, at most. */
const FIRST_WORDS_KEPT = 4096;

/** A letter, a combining mark (Devanagari's vowel signs) or a digit: the word goes on ("के" in "केवल"). */
const WORD_CONTINUES = lazyRegExp(String.raw`[\p{L}\p{M}\p{N}]`, 'u');

/** Where the last word before a mark at `mark` starts, not before `start` (at most a few characters back in a script without spaces). */
export function lastWordStart(text: string, start: number, mark: number, unspaced: boolean): number {
  let i = mark;
  const limit = unspaced ? Math.max(start, mark - UNSPACED_CONTEXT) : start;
  while (i > limit && !isInlineSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * The ending of Language.nonFinalEndings the sentence text[start, mark) ends its last word with
 * (Korean 협력을, 사랑을), if any: a word of two letters or more, read composed (the text may write
 * Hangul as jamo, NFD), as the treebank's words were counted; not after a nominalizer (되기를,
 * 있음을, 것을: Language.nominalizers), nor a noun that ends so itself (마을: Language.nonFinalNouns).
 */
export function nonFinalEnding(text: string, start: number, mark: number, words: CaselessWords): string | undefined {
  const word = text.slice(lastWordStart(text, start, mark, false), mark).normalize('NFC');
  const ending = word.at(-1);
  if (ending === undefined || !words.nonFinal.has(ending) || !LETTER_BEFORE_ENDING().test(word)) return undefined;
  const before = word.at(-2)!;
  if (words.nominalizers.has(before) || words.nominalizers.has(finalConsonant(before))) return undefined;
  return words.nonFinalNouns.some((noun) => word.endsWith(noun)) ? undefined : ending;
}

/** The final consonant of a Hangul syllable as a compatibility jamo (ㅁ of 음), '' for another letter or none. */
function finalConsonant(syllable: string): string {
  const index = syllable.charCodeAt(0) - 0xac00;
  return index >= 0 && index < 11172 ? FINAL_CONSONANTS.charAt((index % 28) - 1) : '';
}
/** Hangul's final consonants in the order of the syllables' code points (Unicode 3.12), as compatibility jamo. */
const FINAL_CONSONANTS = 'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ';
/** A letter of a script without case before the word's last character. */
const LETTER_BEFORE_ENDING = lazyRegExp(String.raw`\p{Lo}.$`, 'u');

/** Characters before the mark a message quotes in a script without spaces. */
const UNSPACED_CONTEXT = 4;
