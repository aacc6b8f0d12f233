// A play names who speaks at the start of each speech, and many editions shorten the name ("HAM.",
// "_Alex._", "Goedsm."): the stage directions then write the same short name inside a sentence
// ("_(reikt Judoc. de hand)_", "Enter Ham. and Hor."), where its period ends no sentence. The
// document itself shows which names are so shortened: a capitalised word that opens speeches as a
// label with a period, more than once, and that the document never writes without that period (a
// label in full, "FAUST.", is a word written bare elsewhere: "mit Faust. er" stays a break), where
// two speakers or more are so named. A document where two speakers or more open many speeches so
// is a play (readsAsPlay), whose stage directions may open with a bracket they never close.

import { lazyRegExp } from '../text/lazy-regexp.js';
import { LineIndex } from '../text/lines.js';

/**
 * A speaker's label opening a line: a capitalised word and its period, in _italics_ or *emphasis*
 * or not, then the line end or the speech, which opens as a sentence does (a capital, a bracket of
 * stage direction, an emphasis mark): "Thanks. the meeting" is a break, no label.
 */
const LABEL = lazyRegExp(String.raw`^[ \t]*[_*]?(\p{Lu}[\p{L}\p{M}]{0,19})[_*]?\.[_*]?(?=[ \t]+[\p{Lu}(\[_*«»"“„—-]|[ \t]*$)`, 'gmu');
const LABEL_AT = lazyRegExp(String.raw`^[ \t]*[_*]?(\p{Lu}[\p{L}\p{M}]{0,19})[_*]?\.[_*]?(?=[ \t]+[\p{Lu}(\[_*«»"“„—-]|[ \t]*$)`, 'ymu');
/**
 * Farthest from a line's first character after its spaces and tabs that LABEL's period can be:
 * an emphasis mark, the capital (a surrogate pair at most), 19 letters or marks (two units each
 * at most) and a second emphasis mark.
 */
const LABEL_PERIOD_REACH = 1 + 2 + 19 * 2 + 1;
/** Fewest speeches a label opens to be a speaker's (a heading opens one). */
const MIN_LABELS = 2;
/** Fewest speakers so shortened that make the document a play. */
const MIN_SPEAKERS = 2;
/** Most words opening speeches as labels in a play (a history play's cast is some fifty speakers). */
const MAX_CAST = 80;
/** Fewest speeches each of MIN_SPEAKERS speakers opens for the document to read as a play, whatever its labels. */
const MIN_SPEECHES = 5;

const cache = new WeakMap<LinedText, SpeakerAbbreviations>();
const casts = new WeakMap<LinedText, ReadonlyMap<string, number>>();

/** A text and its line starts (a check's context). */
export interface LinedText {
  readonly text: string;
  readonly lines: { readonly starts: Int32Array };
}

/** How many lines each capitalised word opens as a speaker's label (see LABEL), lowercased; cached per `doc`. */
function labelsOf(doc: LinedText): ReadonlyMap<string, number> {
  let labels = casts.get(doc);
  if (labels) return labels;
  const { text } = doc;
  const counts = new Map<string, number>();
  const count = (m: RegExpExecArray) => {
    const word = m[1].toLowerCase();
    counts.set(word, (counts.get(word) ?? 0) + 1);
  };
  if (!LINE_SEPARATOR.test(text) && !PARAGRAPH_SEPARATOR.test(text)) {
    // LABEL read at each line start (LF, CRLF and CR end lines there as for ^; after the CR of a
    // CRLF, where ^ holds too, the LF is no label) whose first word has a period
    // LABEL_PERIOD_REACH units away at most, with no space, tab or line end before it (a label's
    // letters and emphasis marks are none of those): the expression, anchored at every position
    // of the text, took 45 ms of 30 MB of prose, where few lines open with a word and a period.
    const at = LABEL_AT();
    const { starts } = doc.lines;
    const n = text.length;
    for (let k = 0; k < starts.length; k++) {
      const line = starts[k];
      let i = line;
      let c = text.charCodeAt(i);
      while (c === 0x20 || c === 0x09) c = text.charCodeAt(++i);
      const reach = Math.min(n, i + LABEL_PERIOD_REACH + 1);
      for (; i < reach; c = text.charCodeAt(++i)) {
        if (c === 0x2e) {
          at.lastIndex = line;
          const m = at.exec(text);
          if (m) count(m);
          break;
        }
        if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) break;
      }
    }
  } else {
    for (const m of text.matchAll(LABEL())) count(m);
  }
  labels = counts;
  casts.set(doc, labels);
  return labels;
}

/** The line ends where LABEL's ^ holds that a LineIndex does not start lines after (apart, each one char: V8 looks for it fast). */
const LINE_SEPARATOR = /\u2028/;
const PARAGRAPH_SEPARATOR = /\u2029/;

/** Whether `doc` is a play: MIN_SPEAKERS speakers or more open MIN_SPEECHES speeches or more each with their labels. */
export function readsAsPlay(doc: LinedText): boolean {
  let speakers = 0;
  for (const n of labelsOf(doc).values()) if (n >= MIN_SPEECHES && ++speakers >= MIN_SPEAKERS) return true;
  return false;
}

/**
 * The lowercased words `doc` uses as abbreviated speaker labels (see above); cached per `doc`
 * (the check's context), read only when a candidate asks.
 */
export function speakerAbbreviations(doc: LinedText): SpeakerAbbreviations {
  let found = cache.get(doc);
  if (!found) cache.set(doc, (found = new SpeakerAbbreviations(doc.text, labelsOf(doc))));
  return found;
}

/**
 * The words labelled as speakers MIN_LABELS times or more that the text never writes without their
 * period, if there are MIN_SPEAKERS of them or more (else none). Each word is read through the text
 * when asked about (a pass over the whole text for each word that always has its period), and the
 * others only until one more is found: a stray-break candidate asks about few of them, and most
 * documents' labelled words are asked about never (30 MB of mixed prose: 31 labelled words, 13 of
 * them read to the text's end when all were read up front).
 */
export class SpeakerAbbreviations {
  /** The labelled words in the order the text first labels them; none when more than MAX_CAST. */
  private readonly labelled: string[];
  /** alwaysWithPeriod of each labelled word read so far. */
  private readonly always = new Map<string, boolean>();

  constructor(
    private readonly text: string,
    labels: ReadonlyMap<string, number>,
  ) {
    const labelled: string[] = [];
    for (const [word, n] of labels) if (n >= MIN_LABELS) labelled.push(word);
    // More labelled words than a play has speakers make a list or a glossary ("Term. Its meaning"),
    // not a cast; and each word checked costs a pass over the text.
    this.labelled = labelled.length <= MAX_CAST ? labelled : [];
  }

  /** Whether `word` (lowercased) is one of them. */
  has(word: string): boolean {
    if (!this.isShortened(word)) return false;
    // A play has a cast: one such word alone opens lines of another kind ("Thanks. The report is done.").
    let speakers = 1;
    for (const other of this.labelled) if (other !== word && this.isShortened(other) && ++speakers >= MIN_SPEAKERS) return true;
    return false;
  }

  private isShortened(word: string): boolean {
    let always = this.always.get(word);
    if (always === undefined) {
      always = this.labelled.includes(word) && alwaysWithPeriod(this.text, word);
      this.always.set(word, always);
    }
    return always;
  }
}

/** Whether every occurrence of `word` (any case, a whole word) in `text` is followed by a period. */
function alwaysWithPeriod(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const occurrences = new RegExp(String.raw`(?<![\p{L}\p{M}])${escaped}(?![\p{L}\p{M}])(.?)`, 'giu');
  for (const m of text.matchAll(occurrences)) if (m[1] !== '.') return false;
  return true;
}

/** labelsOf on a text of its own, uncached (for tests: the counts LABEL's matches give). */
export function speakerLabels(text: string): ReadonlyMap<string, number> {
  return labelsOf({ text, lines: new LineIndex(text) });
}
