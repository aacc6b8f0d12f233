// Which language a sentence leans to, from its common words: for each word in the document's
// script, one table lookup gives the registry languages of that script that use it; the counts decide. Words
// the document's language shares with a rival ("в" in Russian and Ukrainian, "in" in English and
// German) are evidence for neither, and neither are numbers with units and listed codes ("10k",
// "(de, cs, ru)"): a span needs words of its own. Shared by the document verdict and the passage
// rule so that both read sentences the same way.

import { LETTER_LIMIT, MAIN, NATIVE_ASCII, isAsciiLetter, withoutAlphabet } from './alphabets.js';
import { LANGUAGES, profileFor, sameOrClose, type Language } from '../languages/index.js';
import { CLASS, K_MARK, K_OTHER, SCRIPT, isDiacritic } from './charclass.js';
import { inAddressWord } from './addresses.js';
import { COMMON_WORDS, MAX_STOPWORD, stopwordMaskIn, wordLanguages } from './stopwords.js';
import { isOpener } from '../text/chars.js';
import { Info, SCRIPTS, endOfWord, firstTokenAt, isCodeOrNumber, lengthOfWord, lettersOfWord, scriptIndex, type Tokens } from './tokens.js';

/** Sentences with fewer words (in the document's script) are not judged. */
export const MIN_WORDS = 4;
/** Sentences with no function word of their own from this many words on are suspect. */
const SUSPECT_WORDS = 8;
/** Marker letters are looked at in sentences with at least this many letters. */
const MARKER_LETTERS = 30;
/**
 * Letters of the shortest word a title capitalises: English title case lowers only articles,
 * short prepositions and conjunctions ("of", "and", "the", "in", "for").
 */
export const TITLE_LOWER_LETTERS = 4;
/** Lowercase words in a row that a name or title holds between its capitalised words ("Return of the King"). */
const NAME_LOWER_WORDS = 3;
/** Gaps that end a name: punctuation, a sentence end or a line break between two words. */
const NAME_BREAK = Info.GapPunct | Info.GapEnd | Info.GapLine;

/** The sentence is in the document's language (or a close relative). */
export const LEAN_OWN = -2;
/** Too short, or too little evidence either way. */
export const LEAN_NONE = -1;
/** Long, and not one function word of the document's language: foreign, language unknown. */
export const LEAN_UNKNOWN = -3;

/**
 * Letters that mark a language among the others of its script (all below U+0500), as masks over
 * wordLanguages() of the letter's script.
 */
const MARKERS = new Uint32Array(0x500);
/**
 * Per script index, the languages (a mask as in MARKERS) whose marker letters are all letters past
 * ASCII, so always inside a word the tokenizer flags Info.NonAscii: not Spanish (¿ ¡).
 */
const MARKED_IN_WORDS = new Uint32Array(SCRIPTS.length);
for (const l of LANGUAGES) {
  const k = wordLanguages(l.script).indexOf(l);
  if (k < 0) continue;
  let inWords = true;
  for (const ch of l.markers ?? '') {
    // Not a capital that is an ASCII letter: Turkish ı is marked, its capital I is every Latin
    // alphabet's ("I was lucky…" in a Turkish text is no Turkish), and nor is "SS" for ß.
    const upper = ch.toUpperCase();
    for (const letter of upper.length === 1 && upper.charCodeAt(0) >= 0x80 ? [ch, upper] : [ch]) {
      const c = letter.charCodeAt(0);
      MARKERS[c] |= 1 << k;
      if (c < 0x80 || CLASS[c] === K_OTHER || CLASS[c] === K_MARK) inWords = false;
    }
  }
  if (inWords) MARKED_IN_WORDS[scriptIndex(l.script)] |= 1 << k;
}

export class SentenceJudge {
  /** The languages of the document's script that have common words: index k in the arrays below. */
  readonly langs: readonly Language[];
  /**
   * Per language: words of the last measured span that are its common words and none of the
   * document's language (or a close relative). Its common words in all are rivalHits + shared: a
   * word counts into one of the two, so that one of the document's own (most of the words found)
   * costs one increment per language, not two.
   */
  readonly rivalHits: Int32Array;
  /** Per language: words of the last measured span that are its common words and the document's language's too. */
  readonly shared: Int32Array;
  words = 0;
  letters = 0;
  /** Words that are function words of the document's language (or a close relative). */
  own = 0;
  /**
   * Lowercase words with a letter the alphabet of the document's language lacks ("nastavení" in an
   * English text, "wäre" in a Croatian one); capitalised words are left out, as names keep their
   * letters in any language.
   */
  alienWords = 0;
  /** Lowercase words of TITLE_LOWER_LETTERS letters or more: a title or a list of names has few ("The Lord of the Rings"). */
  lowerContent = 0;
  /**
   * Per language: alien words whose alien letters all belong to its alphabet. One slot more, the
   * spare (bit `spare`), counts every lowercase word with a letter past ASCII and is reset with
   * each span, so that the loops counting and resetting alienFor have run before the JIT compiles
   * measure(), whether the text's first sentences have alien words or not.
   */
  readonly alienFor: Int32Array;
  /**
   * Per language: lowercase words with a letter of the document's alphabet that its alphabet lacks
   * ("získal" is not German, "nejlepší" not Croatian), evidence against reading the span as it; as
   * bit planes, bit k of unlikePlanes[p] being bit p of language k's count. A Czech word with í or
   * á is unlike some twenty alphabets: adding its mask to the planes takes a carry through two or
   * three of them, where a counter per language took twenty increments. Read through addUnlike().
   */
  private readonly unlikePlanes = new Int32Array(32);
  /** Planes in use (the others are zero). */
  private unlikeDepth = 0;
  readonly ownIndex: number;
  /**
   * The document's language's bit where its alphabet is known (else 0): a rival's marker letter
   * that this alphabet has is no sign of the rival (see markerCounts).
   */
  readonly ownAlphabet: number;
  /** close[k]: langs[k] is the document's language or too close to it to tell. */
  readonly close: readonly boolean[];
  /** Bit k set where close[k] is. */
  readonly closeMask: number;
  /** Bit k set where langs[k] capitalises its nouns (German): a capitalised word there may be any noun, not a name. */
  private readonly nounCase: number;
  private readonly rivals: readonly boolean[];
  /** The bit of alienFor's spare slot. */
  private readonly spare: number;
  private readonly scriptIdx: number;

  /**
   * @param stopWhenOwn Stop counting a span once its lean can only be LEAN_OWN: its counts are
   *   then incomplete, for a caller that reads nothing else of such a span (the passage rule).
   */
  constructor(
    readonly ownLang: Language,
    private readonly stopWhenOwn = false,
  ) {
    this.langs = wordLanguages(ownLang.script);
    this.rivalHits = new Int32Array(this.langs.length);
    this.shared = new Int32Array(this.langs.length);
    this.markers = new Int32Array(this.langs.length);
    this.alienFor = new Int32Array(this.langs.length + 1);
    this.spare = 1 << this.langs.length;
    this.noAlphabet = withoutAlphabet(ownLang.script);
    this.ownIndex = this.langs.indexOf(ownLang);
    this.ownAlphabet = this.ownIndex >= 0 && ((this.noAlphabet >>> this.ownIndex) & 1) === 0 ? 1 << this.ownIndex : 0;
    this.close = this.langs.map((l) => sameOrClose(l.code, ownLang.code));
    this.closeMask = this.close.reduce((m, c, k) => (c ? m | (1 << k) : m), 0);
    this.nounCase = this.langs.reduce((m, l, k) => (profileFor(l.code)?.capitalisedNouns ? m | (1 << k) : m), 0);
    this.rivals = this.close.map((c) => !c);
    this.rivalMask = this.rivals.reduce((m, r, k) => (r ? m | (1 << k) : m), 0);
    this.scriptIdx = scriptIndex(ownLang.script);
  }

  /**
   * Whether a span in capitals is read in lowercase (see measure()): not in a text written in
   * capitals (reviews typed in caps), where such a sentence is the text's register and no heading,
   * and a short one of the document's language, read so, meets rivals' common words by chance and
   * no longer the letters that tell it (Turkish "HEMEN HEMEN AYNI YEMEKLER VARDI", its ı written I,
   * was named Basque by "hemen" in UD Turkish-Tourism).
   */
  capitalsStandOut = true;

  private from = 0;
  private to = 0;
  /** The words of the last measured span's text (set by measure(), which lean() follows). */
  private tokens!: Tokens;
  /** firstTokenAt(tokens, from) of the last measured span, found on the way. */
  firstToken = 0;
  /**
   * Bit k set where the last measure() left rivalHits[k], shared[k] or alienFor[k] non-zero. Most
   * spans touch two or three languages: the next measure() resets only those, and lean() looks only
   * at those.
   */
  private touched = 0;
  /** The last measure() stopped early, settled(): lean() is LEAN_OWN without a look at the counts. */
  private isSettled = false;
  private alienTouched = 0;
  /** Bit k set where close[k] is not: the rivals. */
  private readonly rivalMask: number;
  private readonly markers: Int32Array;
  private readonly noAlphabet: number;

  /**
   * Counts the words of text[from, to), scanning tokens from `tok` on; returns the first token after.
   * A sentence in capitals (a heading, a notice, a shouted line) has no common word as written, its
   * words all read as acronyms: where few of the document's language were found (a word of one
   * letter, "A", "I", is one in Spanish or Czech: a quarter of the words at most) and most of its
   * letters are in words in capitals (inCapitals), it is counted again with its words in capitals
   * read as lowercase ones, unless the text is itself written in capitals (capitalsStandOut).
   * (Here, not in count(): a call more there took the JIT's inlining budget for count() from the
   * calls it inlined, +0.4 % of 10 MB of English's instructions with no span counted again.)
   */
  measure(text: string, t: Tokens, tok: number, from: number, to: number): number {
    const end = this.count(text, t, tok, from, to, Info.ShapeMask);
    if (4 * this.own > this.words || this.words < MIN_WORDS || !this.capitalsStandOut || !inCapitals(t, this.firstToken, end, this.scriptIdx)) return end;
    return this.count(text, t, tok, from, to, Info.ShapeMask & ~Info.ShapeUpper);
  }

  /**
   * measure()'s count; `shape` masks a word's shape as read (Info.ShapeMask, or without
   * Info.ShapeUpper: a word in capitals read as a lowercase one).
   * Bit k of a mask is taken as 31 - Math.clz32(m & -m), lowestBit() written out: each of its six
   * calls here counted against the JIT's inlining budget for measure(), and those it reached last
   * (the alien words' counts, a call per lowercase word past ASCII) stayed calls.
   */
  private count(text: string, t: Tokens, tok: number, from: number, to: number, shape: number): number {
    this.from = from;
    this.to = to;
    this.tokens = t;
    const { rivalHits, shared, closeMask, scriptIdx, alienFor, unlikePlanes, noAlphabet, spare } = this;
    const all = (1 << this.langs.length) - 1;
    let alienWords = 0;
    let lowerContent = 0;
    for (let m = this.touched; m !== 0; m &= m - 1) {
      const b = 31 - Math.clz32(m & -m);
      rivalHits[b] = 0;
      shared[b] = 0;
    }
    for (let m = this.alienTouched | spare; m !== 0; m &= m - 1) alienFor[31 - Math.clz32(m & -m)] = 0;
    for (let p = 0; p < this.unlikeDepth; p++) unlikePlanes[p] = 0;
    let unlikeDepth = 0;
    let touched = 0;
    let alienTouched = 0;
    let words = 0;
    let letters = 0;
    let own = 0;
    const { count, start, info, hash } = t;
    let isSettled = false;
    /** Over the rivals: the largest shared[k], and the largest 3 * shared[k] + 2 * rivalHits[k] (see settled()). */
    let maxShared = 0;
    let maxWeight = 0;
    // A word with a letter, in the document's script: one test of two fields of `info`.
    const inScriptBits = Info.HasLetter | (15 << Info.ScriptShift);
    const inScript = Info.HasLetter | (scriptIdx << Info.ScriptShift);
    const stopWhenOwn = this.stopWhenOwn;
    const nounCase = this.nounCase;
    // In a local: read from the module variable, each of the lookup's reads was a load and two checks.
    const commonWords = COMMON_WORDS;
    // The document language's own bit is counted apart, in a local: most languages have no close
    // relative, and a loop over the close bits of every function word of the document's language
    // was a tenth of measure().
    const ownBit = this.ownIndex >= 0 ? 1 << this.ownIndex : 0;
    const closeOthers = closeMask & ~ownBit;
    let ownBitWords = 0;
    let i = tok;
    while (i < count && start[i] < from) i++;
    // (Where `tok` is past words of the span, as the document verdict's chunks have it, a search.)
    this.firstToken = i === 0 || start[i - 1] < from ? i : firstTokenAt(t, from);
    let end = i;
    // Eight words at a time first: a sentence has some twenty.
    while (end + 8 < count && start[end + 8] < to) end += 8;
    while (end < count && start[end] < to) end++;
    for (; i < end; i++) {
      const inf = info[i];
      if ((inf & inScriptBits) !== inScript) continue;
      // A code or number has a digit, or punctuation before it ("(en)", "de, cs"): most words,
      // after a plain space, need no look at the text around them.
      if ((inf & (Info.HasDigit | Info.GapPunct)) !== 0 && isCodeOrNumber(text, t, i, 0, text.length)) continue;
      const length = lengthOfWord(t, i);
      // In letters, a diacritic written apart (NFD) with its letter: the thresholds below count letters.
      const wordLetters = (inf & Info.Decomposed) === 0 ? length : lettersOfWord(text, t, i);
      words++;
      letters += wordLetters;
      // `shape` a mask in a register, where the constant was: no instruction more per word.
      if ((inf & shape) === Info.ShapeLower) {
        lowerContent += (TITLE_LOWER_LETTERS - 1 - wordLetters) >>> 31; // length >= TITLE_LOWER_LETTERS, as 0 or 1: a branch on it is a coin toss per word
        // Letters from U+00C0 on only: an all-ASCII word has none to look at.
        if ((inf & Info.NonAscii) !== 0) {
          // No branch for an alien letter or word: the JIT compiles measure() on a text's first
          // sentences, and the first alien word after that (German in a Czech text, well into
          // it) threw the compiled code away at an operation it had never seen run, and it was
          // compiled again (one of a check's largest compiles). `own` is -1 for a letter of the
          // document's alphabet, 0 for an alien one; `alien` is -1 once the word has one. The
          // loops that count and reset alienFor take the spare slot each time (see alienFor).
          let alien = 0;
          let fit = all;
          let lacking = 0;
          // A word with diacritics written apart (NFD) is read composed: "r" and U+030C is Czech "ř",
          // which an alphabet has or lacks; the diacritic alone is a letter of none.
          const decomposed = (inf & Info.Decomposed) !== 0;
          const word = decomposed ? text.slice(start[i], start[i] + length).normalize('NFC') : text;
          for (let j = decomposed ? 0 : start[i], e = decomposed ? word.length : j + length; j < e; j++) {
            const c = word.charCodeAt(j);
            if (c < 0xc0 || c >= LETTER_LIMIT) continue;
            const has = MAIN[c] | noAlphabet;
            const own = (has & closeMask) !== 0 ? -1 : 0;
            lacking |= ~has & own;
            fit &= has | own;
            alien |= ~own;
          }
          const alienMask = alien & fit & ~closeMask & all;
          alienWords += alien & 1;
          alienTouched |= alienMask;
          for (let m = alienMask | spare; m !== 0; m &= m - 1) alienFor[31 - Math.clz32(m & -m)]++;
          let carry = lacking & ~closeMask & all;
          let p = 0;
          for (; carry !== 0; p++) {
            const plane = unlikePlanes[p];
            unlikePlanes[p] = plane ^ carry;
            carry &= plane;
          }
          if (p > unlikeDepth) unlikeDepth = p;
        }
      }
      // Acronyms are not function words: "EU" is not Portuguese "eu", "IT" not English "it".
      if (wordLetters > MAX_STOPWORD || (inf & shape) === Info.ShapeUpper) continue;
      let mask = stopwordMaskIn(commonWords, hash[i]);
      if (mask === 0) continue;
      // A rival's word inside a name or a title ("De" of "Alberta De Simone", "of the" of "Lord of
      // the Rings") is the name's, no sign of the rival's language; only where the language
      // capitalises its nouns is a capital no sign of a name. (The document's own words are
      // counted as before: a name in its language is no evidence against it.) The name's answer is
      // taken as a mask, not by a branch: measure() is compiled on a text's first sentences, often
      // before a rival's word inside a name, and the read of nounCase it had never made threw the
      // compiled code away there (10 MB of mixed text: in half the runs), to be compiled again.
      if ((mask & closeMask) === 0 && (mask &= inName(text, t, i, this.firstToken, to, wordLetters) ? nounCase : -1) === 0) continue;
      // Nor is a rival's word inside a web or e-mail address, a handle or a path ("co" of "t.co" is
      // Galician, "o" and "com" of "rajendra.o...@gmail.com" Portuguese): read off the columns, a
      // word glued by punctuation to a neighbour is looked at in the text (see inAddressWord). Only
      // a rival's: the document's own words in an address (its language's domain names) tell
      // nothing against it, and the question is then asked of few words, not of every one (asked of
      // every word, 10 MB of English took 3 % more instructions).
      if ((mask & closeMask) === 0 && inAddressWord(text, t, i, 0, text.length)) continue;
      touched |= mask;
      if ((mask & closeMask) === 0) {
        for (let m = mask; m !== 0; m &= m - 1) {
          const k = 31 - Math.clz32(m & -m);
          const weight = 3 * shared[k] + 2 * ++rivalHits[k];
          if (weight > maxWeight) maxWeight = weight;
        }
        continue;
      }
      own++;
      if ((mask & ownBit) !== 0) ownBitWords++;
      for (let m = mask & closeOthers; m !== 0; m &= m - 1) shared[31 - Math.clz32(m & -m)]++;
      for (let m = mask & ~closeMask; m !== 0; m &= m - 1) {
        const k = 31 - Math.clz32(m & -m);
        const both = ++shared[k];
        if (both > maxShared) maxShared = both;
        const weight = 3 * both + 2 * rivalHits[k];
        if (weight > maxWeight) maxWeight = weight;
      }
      // At most end - i - 1 words are still to count: stop once they cannot change the lean (only
      // after a word of the document's language, when it may have become so; 3 * own >= 2 * rest is
      // the first test of settled(), inline because it fails for most of a sentence).
      if (stopWhenOwn && 3 * own >= 2 * (end - i - 1) && settled(own, words, alienWords, end - i - 1, maxShared, maxWeight)) {
        isSettled = true;
        break;
      }
    }
    if (ownBit !== 0) shared[this.ownIndex] = ownBitWords;
    this.isSettled = isSettled;
    this.touched = touched;
    this.alienTouched = alienTouched;
    this.unlikeDepth = unlikeDepth;
    this.words = words;
    this.letters = letters;
    this.own = own;
    this.alienWords = alienWords;
    this.lowerContent = lowerContent;
    return end;
  }

  /**
   * Adds the last measured span's counts per language to a run's: common words (rivalHits +
   * shared), shared ones, alien words and `unlike`. Only the languages the span touched: a run
   * gathers every foreign sentence of a mixed text, most with two or three. Returns those
   * languages, as a mask: the only ones whose counts it may have made non-zero.
   */
  addCounts(hits: Int32Array, shared: Int32Array, alien: Int32Array, unlike: Int32Array): number {
    for (let m = this.touched; m !== 0; m &= m - 1) {
      const k = lowestBit(m);
      hits[k] += this.rivalHits[k] + this.shared[k];
      shared[k] += this.shared[k];
    }
    for (let m = this.alienTouched; m !== 0; m &= m - 1) {
      const k = lowestBit(m);
      alien[k] += this.alienFor[k];
    }
    return this.touched | this.alienTouched | this.addUnlike(unlike);
  }

  /**
   * The languages the last measured span holds evidence of, as a mask: a common word of theirs
   * that the document's language lacks, or a word in letters only their alphabet has.
   */
  evidenceMask(): number {
    let mask = 0;
    for (let m = this.touched | this.alienTouched; m !== 0; m &= m - 1) {
      const k = lowestBit(m);
      if (this.rivalHits[k] > 0 || this.alienFor[k] > 0) mask |= 1 << k;
    }
    return mask;
  }

  /**
   * The languages the last measured span has a lowercase word in letters their alphabet lacks (of
   * the document's alphabet), as a mask, whatever words in letters only theirs it also holds: a
   * sentence that spells words both ways is no evidence of the rival ("Kiek żinau giminē kišo
   * pinigus, kągi pelnē?", Lithuanian in an old spelling with ē for ė, has ą, which Latvian lacks).
   */
  unlikeMask(): number {
    let any = 0;
    for (let p = 0; p < this.unlikeDepth; p++) any |= this.unlikePlanes[p];
    return any;
  }

  /**
   * Languages with more lowercase words in letters their alphabet lacks than in letters only theirs
   * has, counting those with 1 << `plane` such words or more (plane 0: one, 1: two). Where alienFor
   * is untouched the planes tell; elsewhere the counts are compared.
   */
  private outnumbered(plane: number): number {
    let any = 0;
    for (let p = plane; p < this.unlikeDepth; p++) any |= this.unlikePlanes[p];
    let mask = any & ~this.alienTouched;
    for (let m = any & this.alienTouched; m !== 0; m &= m - 1) {
      const k = lowestBit(m);
      if (this.unlikeOf(k) > this.alienFor[k]) mask |= 1 << k;
    }
    return mask;
  }

  /** Bit k set where addCounts adds common words or alien words of language k (none of the others have any). */
  get counted(): number {
    return this.touched | this.alienTouched;
  }

  /** Adds the last measured span's `unlike` counts (see unlikePlanes) to `counts`, per language; returns the mask of languages with any. */
  addUnlike(counts: Int32Array): number {
    let any = 0;
    for (let p = 0; p < this.unlikeDepth; p++) {
      const plane = this.unlikePlanes[p];
      any |= plane;
      for (let m = plane; m !== 0; m &= m - 1) counts[lowestBit(m)] += 1 << p;
    }
    return any;
  }

  /** The last measured span's `unlike` count of language k. */
  private unlikeOf(k: number): number {
    let n = 0;
    for (let p = 0; p < this.unlikeDepth; p++) n |= ((this.unlikePlanes[p] >>> k) & 1) << p;
    return n;
  }

  /** Whether the last measured span's letters rule out language k (see ruledOutMask): "nemčinu", "klasické" are no English. */
  rulesOut(k: number): boolean {
    return ((this.ruledOutMask() >>> k) & 1) !== 0;
  }

  /**
   * The rivals ruled out for the last measured span, as a mask: two lowercase words in letters of
   * the document's alphabet that k's lacks, more than words in letters k has and the document's
   * lacks. Two or more is a bit in a plane past the first; only where alienFor is touched need the
   * count itself be compared.
   */
  private ruledOutMask(): number {
    return this.outnumbered(1) & this.rivalMask;
  }

  /** The lean of the last measured span of `text`: LEAN_* or the index of a rival language. */
  lean(text: string): number {
    if (this.isSettled) return LEAN_OWN;
    const { rivalHits, shared, words } = this;
    if (words < MIN_WORDS) return LEAN_NONE;
    // Rivals still possible.
    const possibleMask = this.rivalMask & ~this.ruledOutMask();
    // The rival with the most words of its own; of equals, the one whose alphabet has more of the
    // words the document's lacks (Catalan "cooperació" against French and Spanish "les", "la").
    // A rival with neither common words nor alien words scores 0 and, chosen, would count as no
    // rival below: only the touched ones are scored, in index order as ties go to the first.
    let best = -1;
    let bestScore = 0;
    for (let m = possibleMask & (this.touched | this.alienTouched); m !== 0; m &= m - 1) {
      const k = lowestBit(m);
      // (No closure for the score: this runs once per sentence of the document.)
      const score = rivalScore(rivalHits[k] + shared[k], shared[k], this.alienFor[k]);
      if (best < 0 || score > bestScore) {
        best = k;
        bestScore = score;
      }
    }
    const rival = best >= 0 ? rivalHits[best] : 0;
    const mine = this.own - (best >= 0 ? shared[best] : 0);
    // A rival needs two words of its own, one function word in five, and half again as many as the document's language.
    if (rival >= 2 && 5 * (rival + shared[best]) >= words && 2 * rival > 3 * mine) return best;
    // One function word of a rival and none of the document's own: the rival's marker letters
    // decide ("Williamsová řekla, že nevěděla…" in an English text has "že" and ř, ě).
    if (rival === 1 && mine === 0 && this.letters >= MARKER_LETTERS && markerTotal(text, this.tokens, this.from, this.to, this.scriptIdx, 1 << best, this.firstToken, 2, this.ownAlphabet) >= 2) return best;
    // Few function words either way: where the document's language has frequent marker letters
    // (ы in Russian, і in Ukrainian, ř in Czech), a sentence with none of them but with a
    // rival's is the rival's. (Its own markers first, read in its words with a letter past ASCII
    // only: most such sentences have them, and need no count of every language's.)
    if (mine <= 1 && this.ownLang.frequentMarkers && this.letters >= MARKER_LETTERS && markerTotal(text, this.tokens, this.from, this.to, this.scriptIdx, this.closeMask, this.firstToken, 1, 0, true) === 0) {
      const markers = markerCounts(text, this.from, this.to, this.scriptIdx, this.markers, this.ownAlphabet, this.closeMask);
      let other = -1;
      for (let k = 0; k < markers.length; k++) {
        if (((possibleMask >>> k) & 1) !== 0 && markers[k] >= 2 && (other < 0 || markers[k] > markers[other])) other = k;
      }
      if (other >= 0) return other;
    }
    // Lowercase words in letters foreign to the document's alphabet, one word in three or more:
    // the rival whose alphabet has those letters (Czech in English, German or Czech in Croatian).
    if (this.alienWords >= 2 && 3 * this.alienWords >= words) {
      let other = -1;
      for (let k = 0; k < rivalHits.length; k++) {
        if (!this.rivals[k] || 2 * this.alienFor[k] < this.alienWords) continue;
        if (other < 0 || this.alienFor[k] + rivalHits[k] > this.alienFor[other] + rivalHits[other]) other = k;
      }
      const mineThere = other >= 0 ? this.own - shared[other] : this.own;
      if (this.alienWords >= 2 * mineThere) return other >= 0 ? other : LEAN_UNKNOWN;
    }
    // Own evidence: against every rival still possible, a common word of the document's language
    // that the rival lacks (Spanish "el" is Catalan too, "con" Italian too, but no rival has both).
    // (shared[k] is 0 for an untouched rival, which leaves `against` as it is.)
    let against = this.own;
    for (let m = possibleMask & this.touched; m !== 0; m &= m - 1) against = Math.min(against, this.own - shared[lowestBit(m)]);
    if (against > 0) return LEAN_OWN;
    // Only words a rival shares ("в", "a", "je" in Croatian and Czech): a sentence of some length is
    // suspect, for franc to read, unless its letters rule out every rival (Czech ř, ů, í…).
    if (words >= SUSPECT_WORDS) return possibleMask !== 0 ? LEAN_UNKNOWN : LEAN_OWN;
    return mine > 0 ? LEAN_OWN : LEAN_NONE;
  }

}

/**
 * Whether lean() is LEAN_OWN however the `rest` words still to count turn out. Each further word
 * can add one function word of its own to a rival k (to rivalHits[k]) and one alien word; the
 * document's words k lacks (mine = own - shared[k]) never drop. So where, for every rival, `mine`
 * is at least two, still outweighs rivalHits[k] after `rest` more words (3 * mine >= 2 *
 * (rivalHits[k] + rest), so that 2 * rival > 3 * mine never holds) and is more than half of every
 * alien word there could be, no branch of lean() can name a rival or return LEAN_UNKNOWN, and
 * `against` is positive: the lean is LEAN_OWN, on these counts as on the complete ones. For every
 * rival at once, that is for the largest shared[k] (`maxShared`) and the largest 3 * shared[k] + 2
 * * rivalHits[k] (`maxWeight`), both 0 where the span touched no rival, as for an untouched one:
 * a test of two numbers, where one per rival (some ten in a Latin text) was a tenth of measure().
 */
function settled(own: number, words: number, alienWords: number, rest: number, maxShared: number, maxWeight: number): boolean {
  const mine = own - maxShared;
  return words >= MIN_WORDS && mine >= 2 && 3 * own - 2 * rest >= maxWeight && 2 * mine > alienWords + rest;
}

/**
 * Whether the words of `t` from `first` to `end` (those with a letter, in script `scriptIdx`) begin
 * with a word in capitals (of two letters or more: "I", "A" tell nothing) and have more letters in
 * words written in capitals than in the others: a span in capitals, as detection reads a sample
 * (readableCase), whose acronyms ("EU", "DNA") are a few words among many. The first word decides
 * most spans with no count: a sentence of another language in a mixed text begins with a capital
 * and small letters, and a count over each of them cost 10 MB of mixed text ~0.8 % of its
 * instructions.
 */
function inCapitals(t: Tokens, first: number, end: number, scriptIdx: number): boolean {
  const { info } = t;
  const bits = Info.HasLetter | (15 << Info.ScriptShift);
  const inScript = Info.HasLetter | (scriptIdx << Info.ScriptShift);
  let i = first;
  while (i < end && ((info[i] & bits) !== inScript || lengthOfWord(t, i) === 1)) i++;
  if (i === end || (info[i] & Info.ShapeMask) !== Info.ShapeUpper) return false;
  let upper = 0;
  let other = 0;
  for (; i < end; i++) {
    const inf = info[i];
    if ((inf & bits) !== inScript) continue;
    if ((inf & Info.ShapeMask) === Info.ShapeUpper) upper += lengthOfWord(t, i);
    else other += lengthOfWord(t, i);
  }
  return upper > other;
}

/**
 * Whether word i of `t` (of `letters` letters), in a span from word `first` to offset `to`, is part
 * of a name or a title written in capitals, in a language that does not capitalise its function
 * words inside a sentence: a capitalised word before another with only a space between ("De
 * Simone", "The Return"), or a short lowercase word with capitalised words on both sides, fewer
 * than NAME_LOWER_WORDS such words between them ("Lord of the Rings", "Plaza de las Victorias").
 * The span's first word is capitalised as a sentence's, whatever it is, and so may be a word after
 * punctuation (a quotation's, a clause's after a colon: "Sight: Kadri and Andrea's war", "in HBO's
 * “The Gilded Age”"): neither is a name's. A short lowercase word between capitals is, though,
 * where the capital before it opens a quotation or bracket inside the sentence: a title quoted in
 * its own language ("o questionário espanhol “Conocimiento del Paciente sobre sus Medicamentos”").
 */
function inName(text: string, t: Tokens, i: number, first: number, to: number, letters: number): boolean {
  const { info, start, count } = t;
  const shape = info[i] & Info.ShapeMask;
  if (shape === Info.ShapeCapital) return i > first && (info[i] & NAME_BREAK) === 0 && i + 1 < count && start[i + 1] < to && (info[i + 1] & (Info.ShapeMask | NAME_BREAK)) === Info.ShapeCapital;
  if (shape !== Info.ShapeLower || letters >= TITLE_LOWER_LETTERS) return false;
  return capitalAround(text, t, i, first, to, -1) && capitalAround(text, t, i, first, to, 1);
}

/**
 * Whether, from lowercase word i of `t` in direction `step`, a capitalised word of a name (not the
 * span's first, `first`, nor one after punctuation) is reached within the span (before offset `to`) over short lowercase words
 * only (see inName), with no punctuation in the gaps between.
 */
function capitalAround(text: string, t: Tokens, i: number, first: number, to: number, step: number): boolean {
  const { info, start, count } = t;
  for (let n = 0, j = i; n < NAME_LOWER_WORDS; n++) {
    // The gap before the later of the two words lies between them.
    if ((info[step < 0 ? j : j + 1] & NAME_BREAK) !== 0) return false;
    j += step;
    if (j <= first || j >= count || start[j] >= to) return false;
    const shape = info[j] & Info.ShapeMask;
    if (shape === Info.ShapeCapital) return (info[j] & NAME_BREAK) === 0 || (step < 0 && (info[j] & NAME_BREAK) === Info.GapPunct && opensQuotation(text, start[j]));
    if (shape !== Info.ShapeLower || lengthOfWord(t, j) >= TITLE_LOWER_LETTERS) return false;
  }
  return false;
}

/**
 * Whether the word at `at` opens a quotation or bracket inside its sentence: a single opening mark
 * right before it, after a space (not a mark that follows a sentence's end or a colon).
 */
function opensQuotation(text: string, at: number): boolean {
  return at >= 2 && isOpener(text.charCodeAt(at - 1)) && (text.charCodeAt(at - 2) === 32 || text.charCodeAt(at - 2) === 0xa0) && !isSentenceEndBefore(text, at - 2);
}

/** Whether the white space at `space` follows a sentence's end or a colon (". “The", ": «Le"). */
function isSentenceEndBefore(text: string, space: number): boolean {
  const c = text.charCodeAt(space - 1);
  return c === 46 || c === 33 || c === 63 || c === 58;
}

/** Index of the lowest set bit of a non-zero mask. */
export function lowestBit(m: number): number {
  return 31 - Math.clz32(m & -m);
}

/**
 * How strongly a span points to a rival: its common words the document's language lacks first,
 * then its words in letters only the rival's alphabet has, then all its common words.
 */
export function rivalScore(hits: number, shared: number, alien: number): number {
  return 8 * (hits - shared) + 2 * alien + hits;
}

/**
 * Per language of the script (see wordLanguages), the marker letters (ř, ї, ß…) of that script in
 * text[from, to), counted into `counts` (zeroed first). A letter of the alphabet of `ownAlphabet`
 * (the document's language's bit; see SentenceJudge.ownAlphabet) counts only for the languages of
 * `close`: Slovak's ä is no sign of Slovak in a Finnish text, whose alphabet has it.
 */
export function markerCounts(text: string, from: number, to: number, script: number, counts: Int32Array, ownAlphabet = 0, close = 0): Int32Array {
  counts.fill(0);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x500 && MARKERS[c] !== 0) countMarker(c, 1, script, counts, ownAlphabet, close);
    else if (isDiacritic(c)) {
      const letter = composedLetter(text, from, i);
      if (letter < 0) continue;
      countMarker(text.charCodeAt(baseOfLetter(text, from, i)), -1, script, counts, ownAlphabet, close);
      countMarker(letter, 1, script, counts, ownAlphabet, close);
    }
  }
  return counts;
}

/** Adds `by` to the counts of the languages letter c marks (see markerCounts). */
function countMarker(c: number, by: number, script: number, counts: Int32Array, ownAlphabet: number, close: number): void {
  let mask = c < 0x500 ? MARKERS[c] : 0;
  if (mask === 0 || SCRIPT[c] !== script) return;
  if ((MAIN[c] & ownAlphabet) !== 0 && (mask &= close) === 0) return;
  for (let b = 0; mask >>> b !== 0; b++) if ((mask >>> b) & 1) counts[b] += by;
}

/** Offset of the base letter of the diacritics written apart that text[i] is one of (`from` at most back). */
function baseOfLetter(text: string, from: number, i: number): number {
  let b = i - 1;
  while (b > from && isDiacritic(text.charCodeAt(b))) b--;
  return b;
}

/**
 * A marker letter written decomposed (NFD: "i" and U+0308 for Ukrainian "ї", "r" and U+030C for
 * Czech "ř") is read at its last diacritic, text[i]: the letter it makes with its base, composed
 * (NFC), as one code unit; -1 before another diacritic of the same letter, or where none composes
 * into one unit. Its base was read as a letter of its own, which the caller takes back.
 */
function composedLetter(text: string, from: number, i: number): number {
  if (i + 1 < text.length && isDiacritic(text.charCodeAt(i + 1))) return -1;
  const b = baseOfLetter(text, from, i);
  if (b < from) return -1;
  const letter = text.slice(b, i + 1).normalize('NFC');
  return letter.length === 1 ? letter.charCodeAt(0) : -1;
}

/**
 * The marker letters of the languages of mask `languages` (over wordLanguages) in text[from, to):
 * what markerCounts would count for them, summed, without counting the others' (ä, č, š… of a
 * German or Croatian run in a Czech text, most of the runs the passage rule judges there). Where
 * those languages' markers are all letters past ASCII, only the words of `t` with such a letter are
 * read, not every character of the span. `first` is firstTokenAt(t, from), where the caller knows it.
 * The count stops at the word that brings it to `enough`: a caller that only compares it with a
 * threshold needs no more (a sentence of the document's language that the passage rule asks
 * about has its first marker letter in its first words). For rivals' markers, `ownAlphabet` leaves
 * out the letters of the document's alphabet (see markerCounts). `ownOnly`, for the document's own
 * markers, leaves out letters that mark another language too: Russian ъ is Bulgarian's marker, and
 * no proof that a run with it is Russian.
 */
export function markerTotal(text: string, t: Tokens, from: number, to: number, script: number, languages: number, first = firstTokenAt(t, from), enough = Infinity, ownAlphabet = 0, ownOnly = false): number {
  if ((languages & ~MARKED_IN_WORDS[script]) !== 0) return markerSum(text, from, to, script, languages, ownAlphabet, ownOnly);
  let total = 0;
  let i = first;
  if (i > 0 && endOfWord(t, i - 1) > from) i--; // a word the span starts inside
  for (; i < t.count && t.start[i] < to && total < enough; i++) {
    if ((t.info[i] & Info.NonAscii) !== 0) total += markerSum(text, Math.max(t.start[i], from), Math.min(endOfWord(t, i), to), script, languages, ownAlphabet, ownOnly);
  }
  return total;
}

function markerSum(text: string, from: number, to: number, script: number, languages: number, ownAlphabet: number, ownOnly: boolean): number {
  let total = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x500 && MARKERS[c] !== 0) total += markersOf(c, script, languages, ownAlphabet, ownOnly);
    else if (isDiacritic(c)) {
      const letter = composedLetter(text, from, i);
      if (letter >= 0) total += markersOf(letter, script, languages, ownAlphabet, ownOnly) - markersOf(text.charCodeAt(baseOfLetter(text, from, i)), script, languages, ownAlphabet, ownOnly);
    }
  }
  return total;
}

/** How many of the languages `languages` letter c marks (see markerSum). */
function markersOf(c: number, script: number, languages: number, ownAlphabet: number, ownOnly: boolean): number {
  const mask = c < 0x500 ? MARKERS[c] & languages : 0;
  // Where `languages` are rivals of the document's language: a letter of its alphabet is no sign of them.
  if (mask === 0 || SCRIPT[c] !== script || (MAIN[c] & ownAlphabet) !== 0 || (ownOnly && mask !== MARKERS[c])) return 0;
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}

/**
 * Lowercase words of `t` from word `first` on, within text[from, to), with an ASCII letter of the
 * alphabet of `own` (a language's bit) that the alphabet of `other` lacks, or holds for loanwords
 * only (NATIVE_ASCII): Lithuanian "gyvena" for Latvian, spoken Finnish "nyt" for Estonian. SentenceJudge reads letters past ASCII only (most words have none, and are passed by):
 * this is read for a passage about to be reported. 0 where either alphabet is unknown, and in
 * another script than Latin, whose languages' bits the masks of ASCII letters do not hold.
 */
export function asciiUnlikeWords(text: string, t: Tokens, first: number, from: number, to: number, script: string, own: number, other: number): number {
  if (script !== 'Latin' || ((own | other) & withoutAlphabet(script)) !== 0) return 0;
  let n = 0;
  for (let i = first; i < t.count && t.start[i] < to; i++) {
    if (t.start[i] < from || (t.info[i] & Info.ShapeMask) !== Info.ShapeLower) continue;
    for (let j = t.start[i], e = j + lengthOfWord(t, i); j < e; j++) {
      const c = text.charCodeAt(j);
      if (isAsciiLetter(c) && (MAIN[c] & own) !== 0 && (NATIVE_ASCII[c] & other) === 0) {
        n++;
        break;
      }
    }
  }
  return n;
}
