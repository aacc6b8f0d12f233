// Document language. The script decides first (no statistics for Han, Kana, Hangul, Greek…); within
// a script several registry languages share, the common words of a few samples spread over the
// document vote, and franc (restricted to the registry's languages of that script) settles what
// the words leave close. Work is bounded by the samples, so detection is constant-time in the size
// of the document. A language given with --lang is taken as it is, with its own script.

import { francAll, francCoverage, francRivalLead } from './franc.js';
import { letterPairLeader } from './letter-pairs.js';
import { MAX_STOPWORD, stopwordMask, wordLanguages } from '../catalogue/stopwords.js';
import { ASCII_LACKING, LETTER_LIMIT, MAIN, isAsciiLetter, withoutAlphabet } from '../catalogue/alphabets.js';
import { CLASS, isDiacritic, K_MARK } from '../catalogue/charclass.js';
import { Info, endOfWord, isCodeOrNumber, scriptIndex, tokenize, lengthOfWord, lettersOfWord, type Tokens } from '../catalogue/tokens.js';
import { gluedInAddress, gluedWord } from '../catalogue/addresses.js';
import type { LanguageInfo, LanguageShare } from '../types.js';
import { countScripts, dominantScript, CASED_SCRIPTS, type ScriptCounts, type ScriptName } from '../text/script.js';
import { readableCase } from '../text/readable-case.js';
import { groupHead, languageForFranc, languagesWritten, profileFor, sameOrClose, scriptLanguage, scriptsOf, type Language } from './index.js';

const SAMPLE = 2000;
const SAMPLES = 4;
/** Below this many letters the statistics are noise ("sco" for an English sentence). */
const MIN_LETTERS = 40;
/** franc's relative margin over the runner-up that counts as certain. */
const FULL_CONFIDENCE_MARGIN = 0.05;
/** Below this share of common words in the samples, the words say little and franc decides. */
const MIN_WORD_RATE = 0.08;
/** Common words with which a language leading them outweighs franc's pick of one with none. */
const MIN_LEADING_WORDS = 3;
/** One word in this many may have letters a language's alphabet lacks (loanwords: "café", "naïve") before the alphabet rules it out. */
const LOANWORDS_PER_WORD = 100;
/**
 * One word in this many may lack only ASCII letters of a language's alphabet (y, w, q, x; c and z in
 * Icelandic) before such words count against it at all: English loanwords keep those letters, and a
 * text on one subject repeats its own (a spoken Slovenian interview on swing dance: "lindy",
 * "swing", "woogie", 13 of 691 words; UD text in such languages overall under 1.5 in 1,000). A
 * language that writes such a letter writes it far more often: Lithuanian's y is in 1 word in 12
 * ("yra", "trys"), which rules Latvian out.
 */
export const ASCII_LOANWORDS_PER_WORD = 40;
/**
 * More lowercase words than this share (and two) in letters the detected language's alphabet lacks:
 * the text is in a language outside the registry that its nearest neighbour stands in for, whose
 * alphabet fits it best of all and still not (Faroese with its ø read as Icelandic: 4 words in 100
 * of UD Faroese-OFT; Maltese ħ, ġ read as Polish, Azerbaijani ə as Turkish: 20 and more). Loanwords
 * are rarer: UD text of 30 registry languages has none in its samples, a Macedonian one 1 in 200.
 */
export const FOREIGN_LETTERS_PER_WORD = 40;
/** A language with at least this fraction of the leader's common-word rate is still in the running. */
const CONTENDER = 0.5;
/** A language that leads this many sample sentences' letters makes the document a mixture. */
const MIXTURE_SHARE = 0.25;
/** A sample sentence leans to a language with this many of its words, and half again its runner-up's. */
const LEAN_WORDS = 2;

/**
 * From this many words of the samples on, a text in the detected language shows a variety of its
 * common words: dev news documents of 600 words use 30 or more of their language's, the UDHR of
 * every registry language 17 or more (Turkish); a text in a language outside the registry read as
 * its nearest neighbour uses a few of the neighbour's short ones (Samoan read as Italian: "e", "o",
 * "i", "le"; 442 of 492 such UDHR texts fewer than 15).
 */
const VARIETY_WORDS = 600;
/** Fewer distinct common words of the detected language than this, over VARIETY_WORDS words: not the language. */
const MIN_VARIETY = 12;
/**
 * franc's model (300 trigrams of the language's UDHR) covering this share of the samples' trigrams
 * says the text is the language or a close relative however few of its common words it uses
 * (Vietnamese written with combining tone marks): own-language UDHR covers 0.52 and more, other
 * languages read as a registry one mostly 0.45 and less. News covers 0.3 (other words than UDHR's),
 * so coverage can confirm a language but not rule one out.
 */
const CONFIRMING_COVERAGE = 0.5;
/**
 * Below this share of the samples' trigrams in the detected language's franc model (those in
 * letters of the script: see francCoverage), the text is in no registry language, only nearest to
 * this one: franc names the best-fitting model however badly it fits (NTREX news in Albanian read
 * as French, Tagalog as Slovak, Zulu as Italian cover 0.15 to 0.2 of it). Text in the language
 * itself covers more: UD train and dev text of 33 registry languages of 500 characters and more
 * 0.202 and up (Russian), of 200 and more 0.2 and up but for 17 in 36,000 (Vietnamese, Belarusian,
 * Slovak, Ukrainian of one and two sentences).
 */
const MIN_COVERAGE = 0.2;
/** Below this many characters in the samples, coverage varies too much to rule a language out. */
const MIN_COVERAGE_CHARS = 200;
/**
 * A language outside the registry that franc-all ranks this far ahead of the detected language
 * (and of its close relatives), over the samples, is what the text is in: a neighbour the registry
 * lacks, whose text the detected language's rules would call foreign sentence by sentence (UDHR
 * in Friulian read as French, 0.035 ahead; Romansh as Catalan 0.035, Corsican as Italian 0.034,
 * Nigerian Pidgin as English 0.027, Interlingua as Spanish 0.024). Registry text is not behind any:
 * NTREX news in all 33 registry languages of the rivals' scripts at most 0.000 (Indonesian against
 * Malay), dev English, Czech, German, Croatian, Russian and Ukrainian text in documents of 30 lines
 * at most 0.000, of 12 lines 0.013 (English misread as Portuguese, against Mirandese: no Portuguese
 * anyway); UD text of 21 treebanks in documents of 15 and 40 sentences changed no language.
 */
const RIVAL_LEAD = 0.02;
/** Below this many characters of samples (each of MIN_COVERAGE_CHARS or more), franc's lead is noise (eight English lines: Nigerian Pidgin 0.07 ahead). */
const MIN_RIVAL_CHARS = 1000;

/** When detection cannot tell within a script, the most common language of that script. */
// (A text too short to tell Persian from Arabic, or Marathi from Hindi, was named by its script
// alone before those languages were in the registry: it still is.)
const SCRIPT_DEFAULT: Partial<Record<ScriptName, string>> = { Latin: 'en', Cyrillic: 'ru', Arabic: 'ar', Devanagari: 'hi' };

function sampleStarts(length: number): number[] {
  if (length <= SAMPLE * SAMPLES) {
    const starts = [];
    for (let s = 0; s < length; s += SAMPLE) starts.push(s);
    return starts;
  }
  const step = (length - SAMPLE) / (SAMPLES - 1);
  return Array.from({ length: SAMPLES }, (_, k) => Math.floor(k * step));
}

function samplesOf(text: string): string[] {
  return sampleStarts(text.length).map((s) => text.slice(s, s + SAMPLE));
}

/** A web address: its letters are in no language ("https://t.me/zviazda" in a Belarusian post). */
const WEB_ADDRESS = /(?:https?:\/\/|www\.)[^\s<>"]*/g;

/**
 * The sample with its web addresses blanked: their words are in no language either, and a short
 * one is some language's common word (the "co" of every "t.co" link is Galician's "with the":
 * two Portuguese stock tweets were Galician by it).
 */
function withoutWebAddresses(sample: string): string {
  return sample.includes('://') || sample.includes('www.') ? sample.replace(WEB_ADDRESS, ' ') : sample;
}

/** Letters per script over the samples, web addresses left out. */
export function scriptInfo(text: string): { script: ScriptName | undefined; letters: number; counts: Map<ScriptName, number> } {
  const counts = new Map<ScriptName, number>();
  let letters = 0;
  const add = (c: ScriptCounts, sign: number) => {
    letters += sign * c.letters;
    for (const [k, n] of c.counts) counts.set(k, (counts.get(k) ?? 0) + sign * n);
  };
  for (const sample of samplesOf(text)) {
    add(countScripts(sample), 1);
    if (sample.includes('://') || sample.includes('www.')) for (const m of sample.matchAll(WEB_ADDRESS)) add(countScripts(m[0]), -1);
  }
  return { script: dominantScript({ counts, letters }), letters, counts };
}

/** Detects the document language, or takes the forced one. */
export function detectLanguage(text: string, forced?: string): LanguageInfo {
  const { script, letters, counts } = scriptInfo(text);
  if (forced) {
    // The declared language fixes the expected script: Russian declared on a file that opens with
    // English lines is still read as a Cyrillic text (Latin lines in it are foreign, not the reverse).
    const scripts = scriptsOf(forced);
    const own = scripts ? [...scripts].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0] : (script ?? 'Other');
    return { code: forced, source: 'forced', confidence: 1, script: own, supported: profileFor(forced) !== undefined };
  }
  const scriptName = script ?? 'Other';
  const info = (code: string, source: LanguageInfo['source'], confidence: number): LanguageInfo => ({
    code,
    source,
    confidence: Math.round(confidence * 100) / 100,
    script: scriptName,
    supported: profileFor(code) !== undefined,
  });
  const implied = script && scriptLanguage(script);
  const fallback = (script && SCRIPT_DEFAULT[script]) ?? 'und';
  if (!implied && (!script || languagesWritten(script).length === 0)) return info(fallback, 'default', 0);
  const samples = samplesOf(text).map((sample) => readableCase(withoutWebAddresses(sample)));
  if (!implied && letters < MIN_LETTERS) {
    const spelled = spelledOnlyIn(wordVotes(samples, script!));
    return spelled ? info(spelled.code, 'detected', 0.5) : info(fallback, 'default', 0);
  }
  const votes = implied ? undefined : wordVotes(samples, script!);
  const verdict = implied ? { language: implied, confidence: 0.9 } : decide(samples, script!, votes!);
  if (!verdict) return info(fallback, 'default', 0);
  // A language outside the registry is read as the registry language nearest to it: then language
  // rules would call its every sentence foreign. Undetermined, it gets the language-independent ones.
  if (votes && (!resembles(samples, script!, verdict.language, votes) || !spelledIn(votes, verdict.language))) return info('und', 'detected', 0);
  const result = info(verdict.language.code, 'detected', verdict.confidence);
  const mixture = mixtureOf(samples, counts, letters, script!, verdict.language, votes);
  // A mixture's samples are in several languages, each model covering its own part only: so are
  // those of a text with more than MIXTURE_SHARE of its letters in other scripts, which mixtureOf
  // may not call a mixture (lines of Czech, German, Croatian, Russian and Ukrainian interleaved).
  const ownScript = (counts.get(script!) ?? 0) >= (1 - MIXTURE_SHARE) * letters;
  if (votes && !mixture && ownScript && (!trigramsFit(samples, verdict.language) || rivalLeads(samples, verdict.language))) return info('und', 'detected', 0);
  if (mixture) {
    result.mixture = mixture;
    // An even mixture has no language to speak of: confidence is the lead over the runner-up.
    result.confidence = Math.round(Math.max(0, mixture[0].share - mixture[1].share) * 100) / 100;
  }
  return result;
}

/** Whether the language was given (with --lang, or by the file) rather than detected: then the text must be in it. */
export function languageGiven(info: LanguageInfo): boolean {
  return info.source === 'forced' || info.source === 'declared';
}

export function isCased(info: LanguageInfo): boolean {
  return CASED_SCRIPTS.has(info.script as ScriptName);
}

/**
 * Whether the samples read as text in `language` (detected by its common words and franc): in
 * enough words, a variety of its common words, or its franc trigrams. Short texts are given the
 * benefit of the doubt.
 */
function resembles(samples: string[], script: ScriptName, language: Language, votes: WordVotes): boolean {
  const k = votes.langs.indexOf(language);
  if (k < 0 || votes.words < VARIETY_WORDS || commonWordVariety(samples, script, k) >= MIN_VARIETY) return true;
  if (!language.franc) return false;
  const coverage = samples.reduce((sum, sample) => sum + (francCoverage(sample, language.franc!) ?? 0), 0) / samples.length;
  return coverage >= CONFIRMING_COVERAGE;
}

/** Whether franc's model of `language` covers MIN_COVERAGE of the samples' trigrams (weighted by their length), or there is too little text to tell. */
function trigramsFit(samples: string[], language: Language): boolean {
  if (!language.franc) return true;
  let chars = 0;
  let covered = 0;
  for (const sample of samples) {
    const coverage = francCoverage(sample, language.franc, true);
    if (coverage === undefined) continue;
    chars += sample.length;
    covered += coverage * sample.length;
  }
  return chars < MIN_COVERAGE_CHARS || covered >= MIN_COVERAGE * chars;
}

/**
 * Whether a language outside the registry, close to `language` (franc-rivals.generated.ts), fits
 * the samples better than it and its close relatives by RIVAL_LEAD (weighted by the samples' length).
 */
function rivalLeads(samples: string[], language: Language): boolean {
  if (!language.franc) return false;
  const own = languagesWritten(language.script).flatMap((l) => (l.franc && sameOrClose(l.code, language.code) ? [l.franc] : []));
  let chars = 0;
  let lead = 0;
  for (const sample of samples) {
    if (sample.length < MIN_COVERAGE_CHARS) continue;
    const rival = francRivalLead(sample, own);
    if (!rival) continue;
    chars += sample.length;
    lead += rival.lead * sample.length;
  }
  return chars >= MIN_RIVAL_CHARS && lead >= RIVAL_LEAD * chars;
}

/**
 * Below MIN_LETTERS franc's trigrams are noise, but the letters are not: the language (or group of
 * close relatives) whose alphabet alone spells every lowercase word, where some word has a letter
 * past ASCII that another alphabet of the script lacks (Turkish ı, Icelandic þ): a two-line
 * review, "ÇOK İYİ. MEMNUN KALDIM.", was named English by default. Undefined where several
 * alphabets spell them ("café" is French, Portuguese, Catalan…), or ASCII alone does.
 */
function spelledOnlyIn(votes: WordVotes): Language | undefined {
  const { langs, misfit, asciiMisfit } = votes;
  if (!misfit.some((m) => m > 0)) return undefined;
  const fit = langs.filter((_, k) => misfit[k] === 0 && asciiMisfit[k] === 0);
  return fit.length > 0 && fit.every((l) => sameOrClose(l.code, fit[0].code)) ? groupHead(fit[0]) : undefined;
}

/** Whether the lowercase words `votes` counted (a document's samples, or a span's) are in letters of the language's alphabet, but for loanwords (see FOREIGN_LETTERS_PER_WORD). */
export function spelledIn(votes: WordVotes, language: Language): boolean {
  const k = votes.langs.indexOf(language);
  return k < 0 || misfits(votes, k) <= 2 + votes.words / FOREIGN_LETTERS_PER_WORD;
}

/** The k-th language's misfit words: those with a letter past ASCII its alphabet lacks, and those with only ASCII ones beyond ASCII_LOANWORDS_PER_WORD. */
function misfits(votes: WordVotes, k: number): number {
  return votes.misfit[k] + Math.max(0, votes.asciiMisfit[k] - votes.words / ASCII_LOANWORDS_PER_WORD);
}

/** How many distinct common words of the k-th language of wordLanguages(script) the samples hold, counted as tallyWords counts them. */
function commonWordVariety(samples: string[], script: ScriptName, k: number): number {
  const seen = new Set<number>();
  const own = scriptIndex(script);
  for (const sample of samples) {
    const t = tokenize(sample);
    for (let i = 0; i < t.count; i++) {
      const inf = t.info[i];
      if ((inf & Info.HasLetter) === 0 || ((inf >> Info.ScriptShift) & 15) !== own || (inf & Info.ShapeMask) === Info.ShapeUpper) continue;
      if (lettersOfWord(sample, t, i) > MAX_STOPWORD || isCodeOrNumber(sample, t, i, 0, sample.length)) continue;
      if ((stopwordMask(t.hash[i]) >>> k) & 1) seen.add(t.hash[i]);
    }
  }
  return seen.size;
}

interface WordVotes {
  langs: readonly Language[];
  /** Per language: common words in the samples. */
  hits: Float64Array;
  /** Per language: common words in the samples that no close relative of it uses (Slovak "sa", Czech "se"). */
  solo: Float64Array;
  /** Per language: lowercase words with a letter past ASCII its alphabet lacks ("řekl" is not Croatian). */
  misfit: Float64Array;
  /** Per language: the other lowercase words with an ASCII letter its alphabet lacks (Lithuanian "yra" is not Latvian). */
  asciiMisfit: Float64Array;
  /** pair[k * n + j]: common words of language k that language j does not use ("будет" for Russian against Ukrainian). */
  pair: Float64Array;
  words: number;
  /** Per language: letters of the sample sentences whose common words lean to it. */
  leaning: Float64Array;
  judged: number;
}

/**
 * Per script, per language k of wordLanguages(script): bit j set where langs[j] is k or a close
 * relative of it. Worked out once per script, not per call: the passage rule names up to 1,500
 * runs of foreign words with wordVotes in a mixed document, and as an array built per call the
 * masks were read with a map the compiled wordVotes had not seen, which threw it away.
 */
const families = new Map<ScriptName, Int32Array>();

function familiesOf(script: ScriptName, langs: readonly Language[]): Int32Array {
  let family = families.get(script);
  if (!family) {
    family = Int32Array.from(langs, (l) => langs.reduce((m, o, j) => (sameOrClose(l.code, o.code) ? m | (1 << j) : m), 0));
    families.set(script, family);
  }
  return family;
}

/** The votes being counted: WordVotes, and what counting needs (the open sentence's counts). */
class Tally implements WordVotes {
  readonly hits: Float64Array;
  readonly solo: Float64Array;
  readonly misfit: Float64Array;
  readonly asciiMisfit: Float64Array;
  readonly pair: Float64Array;
  readonly leaning: Float64Array;
  words = 0;
  judged = 0;
  /** Per language: common words of the open sentence. */
  readonly sentence: Int32Array;
  readonly family: Int32Array;
  /** Mask of the languages with no alphabet to check letters against (see withoutAlphabet). */
  readonly free: number;
  /** scriptIndex of the script. */
  readonly script: number;

  constructor(readonly langs: readonly Language[], script: ScriptName) {
    const n = langs.length;
    this.hits = new Float64Array(n);
    this.solo = new Float64Array(n);
    this.misfit = new Float64Array(n);
    this.asciiMisfit = new Float64Array(n);
    this.pair = new Float64Array(n * n);
    this.leaning = new Float64Array(n);
    this.sentence = new Int32Array(n);
    this.family = familiesOf(script, langs);
    this.free = withoutAlphabet(script);
    this.script = scriptIndex(script);
  }

  /** Every count back to 0: the tally as new. */
  reset(): void {
    this.hits.fill(0);
    this.solo.fill(0);
    this.misfit.fill(0);
    this.asciiMisfit.fill(0);
    this.pair.fill(0);
    this.leaning.fill(0);
    this.sentence.fill(0);
    this.words = 0;
    this.judged = 0;
  }
}

/**
 * spanVotes' tally per script, counted again for each span: the passage rule asks of each passage
 * it names, and a new tally (seven typed arrays, one of them languages x languages: some 7 KB for
 * the Latin script) for each was 1.8 MB of garbage on 30 MB of mixed prose.
 */
const spanTallies = new Map<string, Tally>();

/** Common words of `script` in the samples, in total and per sentence. */
export function wordVotes(samples: string[], script: ScriptName): WordVotes {
  const tally = new Tally(wordLanguages(script), script);
  for (const sample of samples) {
    const t = tokenize(sample);
    tallyWords(tally, sample, t, 0, t.count, 0, sample.length);
  }
  return tally;
}

/**
 * wordVotes([text.slice(t.start[first], end)]) read off the words of the whole text, `t`, which
 * holds a word starting at t.start[first]: the passage rule names a thousand passages of a mixed
 * document, and tokenizing each again cost the time and a second compilation of the word scan.
 * A word the end cuts (at 2,000 characters) is not the text's word: then the span is tokenized
 * after all. (Tokenizing only the cut word saves no compilation: any call after the scan of the
 * text, which V8 compiled on the stack, compiles the word scan again. A few spans in 30 MB of
 * long paragraphs.) The votes are the span's until the next call: read them before asking again.
 */
export function spanVotes(text: string, t: Tokens, first: number, end: number, script: ScriptName): WordVotes {
  let to = first + 1;
  while (to < t.count && t.start[to] < end) to++;
  if (endOfWord(t, to - 1) > end) return wordVotes([text.slice(t.start[first], end)], script);
  let tally = spanTallies.get(script);
  if (tally === undefined) spanTallies.set(script, (tally = new Tally(wordLanguages(script), script)));
  else tally.reset();
  tallyWords(tally, text, t, first, to, t.start[first], end);
  return tally;
}

/**
 * Counts words [from, to) of `t` (the words of `text`) into `tally`, reading `text` only within
 * [lo, hi): a span counts as it would on its own. A function of its own rather than wordVotes'
 * loop over the samples: that loop, compiled on the stack partway through the first call, had
 * feedback for part of it only and was thrown away at the next call.
 */
function tallyWords(tally: Tally, text: string, t: Tokens, from: number, to: number, lo: number, hi: number): void {
  const { langs, hits, solo, misfit, asciiMisfit, pair, sentence, family, free } = tally;
  const n = langs.length;
  const all = (1 << n) - 1;
  let sentenceLetters = 0;
  let words = tally.words;
  for (let i = from; i < to; i++) {
    const inf = t.info[i];
    if ((inf & (Info.GapEnd | Info.GapLine)) !== 0 && sentenceLetters > 0) {
      closeSentence(tally, sentenceLetters);
      sentenceLetters = 0;
    }
    // Numbers with units and listed codes ("10k", "(de, cs, ru)") are no words of a language.
    if ((inf & Info.HasLetter) === 0 || ((inf >> Info.ScriptShift) & 15) !== tally.script || isCodeOrNumber(text, t, i, lo, hi)) continue;
    const length = lengthOfWord(t, i);
    const letters = lettersOfWord(text, t, i);
    words++;
    sentenceLetters += letters;
    if ((inf & Info.ShapeMask) === Info.ShapeLower) {
      let lacking = 0;
      let lackingAscii = 0;
      // A word the scan found decomposed (Hangul as jamo, "إ" as alef and U+0655) is read composed below too.
      let decomposed = (inf & Info.Decomposed) !== 0;
      for (let j = t.start[i], e = j + length; j < e; j++) {
        const c = text.charCodeAt(j);
        // A combining mark is no letter of an alphabet: with its base letter it makes one that may be
        // ("a" and U+0308 in decomposed text are "ä"), which the composed word is read for below.
        // The diacritics lie below LETTER_LIMIT, so what lies past it (the ’ of "don’t") is not tested
        // for one: the tally can be compiled before a text's first such character, and the test, a call
        // that had never run by then, had no type feedback, so that character threw the compiled
        // tally away (once in every text with curly apostrophes or dashes in its words).
        if (c < 0xc0) lackingAscii |= ASCII_LACKING[c];
        else if (c < LETTER_LIMIT) {
          if (CLASS[c] !== K_MARK) lacking |= ~(MAIN[c] | free);
          else if (isDiacritic(c)) decomposed = true;
        }
      }
      if (decomposed) {
        const composed = text.slice(t.start[i], t.start[i] + length).normalize('NFC');
        lacking = lackingIn(composed, free, false);
        lackingAscii = lackingIn(composed, free, true);
      }
      for (let m = lacking & all; m !== 0; m &= m - 1) misfit[31 - Math.clz32(m & -m)]++;
      for (let m = lackingAscii & ~(lacking | free) & all; m !== 0; m &= m - 1) asciiMisfit[31 - Math.clz32(m & -m)]++;
    }
    // Acronyms are not common words: "EU" is not Portuguese "eu", "IT" not English "it".
    if (letters > MAX_STOPWORD || (inf & Info.ShapeMask) === Info.ShapeUpper) continue;
    // A common word inside an address or a handle is no vote ("co" of "t.co", "de" of
    // "@la_casa_de_papel"; see inAddressWord): asked of the common words only, few of a span's.
    // gluedWord first, inlined, so that a word between blanks costs no call: inAddressWord as one
    // call was past the CLI's inlining budget here (10 MB of English, one thread: -0.4 % instructions).
    const mask = stopwordMask(t.hash[i]);
    if (mask === 0 || (gluedWord(t, i) && gluedInAddress(text, t, i, lo, hi))) continue;
    for (let m = mask; m !== 0; m &= m - 1) {
      const k = 31 - Math.clz32(m & -m);
      hits[k]++;
      sentence[k]++;
      if ((mask & family[k]) === 1 << k) solo[k]++;
      for (let j = 0; j < n; j++) if (((mask >>> j) & 1) === 0) pair[k * n + j]++;
    }
  }
  tally.words = words;
  if (sentenceLetters > 0) closeSentence(tally, sentenceLetters);
}

/** The languages (bits) whose alphabet lacks an ASCII letter of `word` (`ascii`) or one past ASCII, `free` (languages without an alphabet) aside. */
function lackingIn(word: string, free: number, ascii: boolean): number {
  let lacking = 0;
  for (let j = 0; j < word.length; j++) {
    const c = word.charCodeAt(j);
    if (ascii ? isAsciiLetter(c) : c >= 0xc0 && c < LETTER_LIMIT && CLASS[c] !== K_MARK) lacking |= ~(MAIN[c] | free);
  }
  return lacking;
}


/** Ends a sentence of `letters` letters: it leans to the language most of its common words are of, if one leads. */
function closeSentence(tally: Tally, letters: number): void {
  const { langs, sentence, family } = tally;
  let best = -1;
  let second = 0;
  for (let k = 0; k < langs.length; k++) {
    if (best < 0 || sentence[k] > sentence[best]) {
      if (best >= 0 && ((family[best] >> k) & 1) === 0) second = Math.max(second, sentence[best]);
      best = k;
    } else if (((family[best] >> k) & 1) === 0) second = Math.max(second, sentence[k]);
  }
  if (best >= 0 && sentence[best] >= LEAN_WORDS && 2 * sentence[best] >= 3 * second) {
    tally.leaning[best] += letters;
    tally.judged += letters;
  }
  sentence.fill(0);
}

/**
 * The language of the samples: the common words pick the contenders (every language with at least
 * half the leader's rate); among contenders that are not close relatives, franc decides unless a
 * contender leads the words clearly. Close relatives (Czech and Slovak,
 * the Nordic languages) are told apart by the words alone.
 */
export function decide(samples: string[], script: ScriptName, votes: WordVotes): { language: Language; confidence: number } | undefined {
  const { langs, hits, solo, words } = votes;
  // Languages whose alphabet lacks the letters of two words more than the best-fitting one, and of
  // more than one word in a hundred, are out: a long English text has its "café" and "protégé", a
  // Czech one a word with ř or ě in every few. Words that lack only ASCII letters count past a
  // share of their own (see misfits).
  let fit = Infinity;
  for (let k = 0; k < langs.length; k++) fit = Math.min(fit, misfits(votes, k));
  const fits = (k: number) => misfits(votes, k) <= fit + 1 + words / LOANWORDS_PER_WORD;
  let best = -1;
  for (let k = 0; k < langs.length; k++) if (fits(k) && (best < 0 || hits[k] > hits[best])) best = k;
  const rate = (k: number) => (words === 0 ? 0 : hits[k] / words);
  if (best < 0 || rate(best) < MIN_WORD_RATE) {
    // Few common words: franc decides among the languages whose alphabet fits, or the alphabet
    // alone when it leaves one language (or one group) standing.
    const fitting = languagesWritten(script).filter((l) => !langs.includes(l) || fits(langs.indexOf(l)));
    const franc = francDecision(samples, fitting);
    // Not a language with no common word in the samples, against one that leads them all with
    // MIN_LEADING_WORDS: on a list of short strings franc reads
    // the stems of a few words repeated, not the language (English plural forms, "%ld unread
    // notifications", "0 media", "1 character left", read as French: 11 English common words in
    // 168 words, no French one).
    const leads = best >= 0 && hits[best] >= MIN_LEADING_WORDS && langs.every((l, k) => k === best || !fits(k) || hits[k] < hits[best] || sameOrClose(l.code, langs[best].code));
    if (leads && !(franc && hits[langs.indexOf(franc.language)] > 0)) return { language: langs[best], confidence: 0.5 };
    if (franc || best < 0) return franc;
    const alone = fitting.every((l) => sameOrClose(l.code, fitting[0].code));
    return alone && fitting.length > 0 ? { language: groupHead(fitting[0]), confidence: 0.5 } : undefined;
  }
  const contenders = langs.filter((_, k) => fits(k) && hits[k] >= CONTENDER * hits[best]);
  // Within a group of close relatives the words none of the others use decide (Slovak against Czech);
  // a closer call than two such words goes to the letter pairs of those in it (Slovak "ie", "ú",
  // Czech "ě", "ř"; see letterPairLeader), as between groups below, and stays if they cannot tell.
  const within = (l: Language) => {
    let head = langs.indexOf(l);
    for (let k = 0; k < langs.length; k++) if (fits(k) && sameOrClose(langs[k].code, l.code) && solo[k] > solo[head]) head = k;
    const near = langs.filter((o, k) => fits(k) && sameOrClose(o.code, l.code) && solo[k] > solo[head] - 2);
    return letterPairLeader(samples, script, near) ?? langs[head];
  };
  const leader = within(langs[best]);
  // The best rival outside the leader's group: how far behind it is gives the confidence.
  let rival = 0;
  for (let k = 0; k < langs.length; k++) if (fits(k) && !sameOrClose(langs[k].code, leader.code)) rival = Math.max(rival, hits[k]);
  const wordConfidence = Math.max(0, Math.min(1, (1 - rival / hits[best]) / (1 - CONTENDER)));
  // Contenders outside the leader's group meet it pairwise: the words each uses and the other does
  // not ("будет" is Russian, not Ukrainian; "per", "amb" Catalan, not Spanish). Two more decide;
  // a closer call goes to franc.
  let winner = langs.indexOf(leader);
  const n = langs.length;
  const close: number[] = [];
  for (const c of contenders) {
    const k = langs.indexOf(c);
    if (sameOrClose(c.code, langs[winner].code)) continue;
    const mine = votes.pair[winner * n + k];
    const theirs = votes.pair[k * n + winner];
    if (theirs >= mine + 2) {
      winner = k;
      close.length = 0;
    } else if (theirs > mine - 2) close.push(k);
  }
  const confidence = close.length > 0 ? wordConfidence / 2 : Math.max(wordConfidence, 0.5);
  // A close call goes to the letter pairs first, counted over the treebanks of close languages
  // (see letterPairLeader), among the contenders with fewest words in letters their alphabet lacks:
  // Macedonian "Облеков јакна за да се стоплам." was Serbian by its "па", a Russian sentence of "в",
  // "но", "не" Bulgarian by franc, though "ы" is no Bulgarian letter.
  const fewest = (ks: number[]) => {
    const least = Math.min(...ks.map((k) => misfits(votes, k)));
    return ks.filter((k) => misfits(votes, k) === least).map((k) => langs[k]);
  };
  const paired = close.length > 0 ? letterPairLeader(samples, script, fewest([winner, ...close])) : undefined;
  if (paired) return { language: within(paired), confidence };
  // franc's trigrams alone do not put a contender ahead of the winner: one with less evidence of its
  // own (its words the winner does not use, and words in letters the winner's alphabet lacks) than
  // the winner has against it is not franc's to pick: on a few short sentences franc reads Russian
  // as Bulgarian.
  const evidence = (k: number, j: number) => votes.pair[k * n + j] + misfits(votes, j);
  const even = close.filter((k) => evidence(k, winner) >= evidence(winner, k));
  if (even.length === 0) return { language: within(langs[winner]), confidence };
  // Nor do they pick a contender with more words in letters its alphabet lacks than another: on a
  // Portuguese sentence whose common words Galician, Spanish and Portuguese share, franc's Galician
  // model won by a hair though "crianças" has a "ç" Galician lacks (UD Portuguese-Bosque, Estonian
  // read as Finnish, Russian as Bulgarian alike).
  const pool = fewest([winner, ...even]);
  const franc = francDecision(samples, pool);
  if (franc) return { language: within(franc.language), confidence: Math.min(franc.confidence, confidence) };
  // franc cannot tell (a sample franc reads as another script: a Belarusian post's web addresses in
  // Latin letters, UD Belarusian-HSE): the one contender with more evidence of its own than the winner has against it (Estonian "võõras",
  // whose õ Finnish lacks) rather than the first of the list.
  const ahead = even.filter((k) => evidence(k, winner) > evidence(winner, k));
  return { language: within(langs[ahead.length === 1 ? ahead[0] : winner]), confidence };
}

/** franc's vote over the samples among `candidates`; confidence is its margin over the runner-up. */
function francDecision(samples: string[], candidates: readonly Language[]): { language: Language; confidence: number } | undefined {
  const only = candidates.flatMap((l) => (l.franc ? [l.franc] : []));
  if (only.length === 0) return undefined;
  const votes = new Map<string, number>();
  for (const sample of samples) {
    for (const [code, score] of francAll(sample, { only, minLength: 20 })) {
      if (code !== 'und') votes.set(code, (votes.get(code) ?? 0) + score);
    }
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const language = ranked.length > 0 ? languageForFranc(ranked[0][0]) : undefined;
  if (!language) return undefined;
  // franc's normalised scores sit close together (English 1, German 0.97 on an English page):
  // the relative margin over the runner-up is the signal.
  const margin = ranked.length > 1 ? 1 - ranked[1][1] / ranked[0][1] : 1;
  return { language, confidence: Math.min(1, margin / FULL_CONFIDENCE_MARGIN) };
}

/**
 * The languages of a document that is evenly mixed, each with at least a quarter of the letters
 * of the samples, the detected language first: sentences of its script leaning to two unrelated
 * languages (a German and English text half and half), or a second script (Russian and English).
 * Undefined for a document in one language.
 */
function mixtureOf(
  samples: string[],
  counts: Map<ScriptName, number>,
  letters: number,
  script: ScriptName,
  detected: Language,
  votes: WordVotes | undefined,
): LanguageShare[] | undefined {
  const own = (counts.get(script) ?? 0) / letters;
  const shares = new Map<string, number>();
  if (votes && votes.judged >= MIN_LETTERS) {
    const { langs, leaning, judged } = votes;
    for (let k = 0; k < langs.length; k++) {
      if (leaning[k] === 0) continue;
      const code = sameOrClose(langs[k].code, detected.code) ? detected.code : groupHead(langs[k]).code;
      shares.set(code, (shares.get(code) ?? 0) + (own * leaning[k]) / judged);
    }
  } else shares.set(detected.code, own);
  for (const [other, n] of counts) {
    // Japanese writes Han with its Kana, Korean may: one language.
    if (other === script || n < MIXTURE_SHARE * letters || (other === 'Han' && (script === 'Kana' || script === 'Hangul'))) continue;
    const language = scriptLanguage(other) ?? decide(samples, other, wordVotes(samples, other))?.language;
    const code = language?.code ?? 'und';
    shares.set(code, (shares.get(code) ?? 0) + n / letters);
  }
  const list = [...shares]
    .map(([code, share]) => ({ code, share: Math.round(share * 100) / 100 }))
    .filter((s) => s.share >= MIXTURE_SHARE)
    .sort((a, b) => (a.code === detected.code ? -1 : b.code === detected.code ? 1 : b.share - a.share));
  return list.length >= 2 && list[0].code === detected.code ? list : undefined;
}
