// Web addresses, e-mail addresses, handles, hashtags and file paths: their words are in no
// language. The "co" of every "t.co" link is Galician's "with the", "o", "da", "com" of
// "maria.da.silva@empresa.com.br" Portuguese words, the "the" and "of" of "@the_guardian" English
// ones. One definition for the passage rule, which leaves foreign words in addresses out of its
// runs, for the sentence measure (sentence-language.ts) and for the common-word votes of language
// identification (detect.ts), which leave them out of their votes.

import { CLASS, K_IDEO, isLetterClass } from './charclass.js';
import { Info, endOfWord, type Tokens } from './tokens.js';

/** Quotes and brackets that open and close a quotation or an aside. */
export const OPENERS = '"“„«»‘‚\'(「『【[';
export const CLOSERS = '"”“»«’‘\')」』】]';
/**
 * The quotes and brackets, a byte per char code up to the highest: inAddress() looks at every
 * character around every foreign word (hundreds of thousands in a mixed text), and a Set lookup
 * was most of its time.
 */
const QUOTE_OR_BRACKET = codeTable(OPENERS + CLOSERS);

function codeTable(chars: string): Uint8Array {
  const codes = Array.from(chars, (ch) => ch.charCodeAt(0));
  const table = new Uint8Array(Math.max(...codes) + 1);
  for (const c of codes) table[c] = 1;
  return table;
}

/**
 * Part of a URL, an e-mail address, a handle or a file path: word text[start, end) of `t` and the
 * stretch around it, read within text[lo, hi) (a span judged as it would be on its own).
 */
function urlish(text: string, start: number, end: number, lo: number, hi: number, t: Tokens): boolean {
  let s = start;
  const near = Math.max(lo, start - LONG_STRETCH);
  while (s > near && inAddress(text.charCodeAt(s - 1))) s--;
  if (s === near && s > lo && inAddress(text.charCodeAt(s - 1))) return inLongStretch(text, start, end, lo, hi, t);
  let e = end;
  const far = Math.min(hi, end + LONG_STRETCH);
  while (e < far && inAddress(text.charCodeAt(e))) e++;
  if (e === far && e < hi && inAddress(text.charCodeAt(e))) return inLongStretch(text, start, end, lo, hi, t);
  // A word's own characters are letters, digits and joiners, never one of the marks addressMark
  // looks for (tests/address-marks.test.ts): only the stretch before and after it is read, nothing
  // for a word between spaces (most of the thousands of Cyrillic words in a Czech text with Russian lines).
  return addressMark(text, s, start, s, e) || addressMark(text, end, e, s, e);
}

/**
 * Characters on either side of a word past which its stretch is long: read once for all its words
 * (inLongStretch), where a stretch read for each of them costs its length each time, quadratic in
 * a long run of words glued by punctuation ("w\ufffc&w\ufffc&…", placeholders between words: 15 KB of it took 4 s).
 */
const LONG_STRETCH = 64;

/**
 * The last long stretch read in a text (by its words `t`), within the window [lo, hi): its bounds
 * and its first and last address mark (-1: none). Weakly held: a check's words are not kept alive
 * past it (a warm Lambda's next check would hold both).
 */
interface Stretch {
  lo: number;
  hi: number;
  s: number;
  e: number;
  first: number;
  last: number;
}
const longStretches = new WeakMap<Tokens, Stretch>();

/**
 * urlish() for a word in a long stretch: a mark outside the word itself, from the stretch's first
 * and last mark. A stretch all of whose characters are address characters is the same for every
 * word in it, and is kept for them; the word's own characters are read too, as marks or not (the
 * first and last mark tell a mark outside the word from one in it).
 */
function inLongStretch(text: string, start: number, end: number, lo: number, hi: number, t: Tokens): boolean {
  const known = longStretches.get(t);
  if (known !== undefined && known.lo === lo && known.hi === hi && known.s <= start && end <= known.e) return markOutside(known, start, end);
  let s = start;
  while (s > lo && inAddress(text.charCodeAt(s - 1))) s--;
  let e = end;
  while (e < hi && inAddress(text.charCodeAt(e))) e++;
  const stretch: Stretch = { lo, hi, s, e, first: -1, last: -1 };
  for (let i = s; i < e; i++) {
    if (!isAddressMark(text, i, s, e)) continue;
    if (stretch.first === -1) stretch.first = i;
    stretch.last = i;
  }
  let oneRun = true;
  for (let i = start; i < end && oneRun; i++) oneRun = inAddress(text.charCodeAt(i));
  if (oneRun) longStretches.set(t, stretch);
  return markOutside(stretch, start, end);
}

/** Whether `stretch` has an address mark outside text[start, end). */
function markOutside(stretch: Stretch, start: number, end: number): boolean {
  return stretch.first !== -1 && (stretch.first < start || stretch.last >= end);
}

/**
 * urlish() for a foreign word of `t`: most stand between blanks, where no address goes on, and are
 * told so without the call (one for each of hundreds of thousands of words in a mixed text).
 */
export function urlishWord(text: string, t: Tokens, i: number): boolean {
  const start = t.start[i];
  const end = endOfWord(t, i);
  return !(isBlank(text.charCodeAt(start - 1)) && isBlank(text.charCodeAt(end))) && urlish(text, start, end, 0, text.length, t);
}

/**
 * Bit g set where the gap bits g of a word's `info` ((info >>> GAP_SHIFT) & 15) are punctuation
 * with no blank: the word is glued to the one before it ("t.co", "da.silva", "the_guardian").
 */
const GAP_SHIFT = 5;
const GLUED_GAPS = gluedGaps();

function gluedGaps(): number {
  let mask = 0;
  for (let g = 0; g < 16; g++) {
    const gap = g << GAP_SHIFT;
    if ((gap & (Info.GapPunct | Info.GapEnd)) !== 0 && (gap & (Info.GapSpace | Info.GapLine)) === 0) mask |= 1 << g;
  }
  return mask;
}

/** 1 where word info `inf` is glued by punctuation to the word before it, else 0 (see GLUED_GAPS). */
export function gluedGap(inf: number): number {
  return (GLUED_GAPS >>> ((inf >>> GAP_SHIFT) & 15)) & 1;
}

/**
 * urlish() for word i of `t`, the words of `text`, asked only of a word glued by punctuation to the
 * word before or after it ("t.co", "de.wikipedia.org", "maria.da.silva@…", "@the_guardian"): read
 * off the columns, most words stand between blanks, or after a comma and a space, and need no look
 * at the text (the sentence measure asks about every word). A handle or hashtag of one word
 * ("@maria", "#governo") is a name or a word of the sentence, and is left in.
 */
export function inAddressWord(text: string, t: Tokens, i: number, lo: number, hi: number): boolean {
  return gluedWord(t, i) && gluedInAddress(text, t, i, lo, hi);
}

/** Whether word i of `t` is glued by punctuation to the word before or after it. */
export function gluedWord(t: Tokens, i: number): boolean {
  return (gluedGap(t.info[i]) | (i + 1 < t.count ? gluedGap(t.info[i + 1]) : 0)) !== 0;
}

/** inAddressWord for a word known to be glued (gluedWord): a loop that tests that itself inlines the test and calls this only then. */
export function gluedInAddress(text: string, t: Tokens, i: number, lo: number, hi: number): boolean {
  return urlish(text, t.start[i], endOfWord(t, i), lo, hi, t);
}

/** Whether text[from, to), inside the stretch text[s, e), has a mark of an address. */
function addressMark(text: string, from: number, to: number, s: number, e: number): boolean {
  for (let i = from; i < to; i++) if (isAddressMark(text, i, s, e)) return true;
  return false;
}

/** Whether text[i], inside the stretch text[s, e), is a mark of an address. */
function isAddressMark(text: string, i: number, s: number, e: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 64 || c === 35 || c === 95 || c === 92) return true; // @ # _ \
  if (c === 47) return i + 1 < e && isLetterClass(CLASS[text.charCodeAt(i + 1)]); // a path, not a date (2/1)
  // name.tld: two letters or more after the dot (not the initials of "O.J." or "U.S.")
  return c === 46 && i > s && i + 2 < e && isLetterClass(CLASS[text.charCodeAt(i + 1)]) && isLetterClass(CLASS[text.charCodeAt(i + 2)]);
}

/**
 * Whether a character can be part of the address around a word. Chinese and Japanese do not space
 * their words, so the stretch stops at their characters and punctuation, and at brackets and quotes:
 * a URL after a Chinese sentence ("…打理。）pic.twitter.com/x") does not make the sentence a URL.
 */
function inAddress(c: number): boolean {
  if (isBlank(c) || CLASS[c] === K_IDEO || (c >= 0x3000 && c < 0x3040) || (c >= 0xff00 && c < 0xfff0)) return false;
  // (By code: String.fromCharCode of a letter past U+00FF is a new string each time.)
  return c >= QUOTE_OR_BRACKET.length || QUOTE_OR_BRACKET[c] === 0;
}

export function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}
