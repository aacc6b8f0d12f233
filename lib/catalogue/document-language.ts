// Is the whole document in another language than the one it was given (--lang, or the file says)?
// Decided once per document and shared: the document rule reports it as one finding, and the
// passage rule then stays silent (every sentence being "untranslated" is one problem, not a
// thousand). Only a given language can be contradicted; a detected one is the document's by
// definition.
//
// Two tests, cheapest first: the script (a Cyrillic text declared English needs no statistics),
// then the function words of the sentences in up to eight paragraph-aligned chunks spread over
// the document (a sentence votes for a language only when its function words clearly lean to
// it), confirmed by franc. A document with a passage or two in another language is not "wrong":
// more than a fifth of the judged text in the declared language keeps it.

import { francAll } from '../languages/franc.js';
import type { CheckContext } from '../context.js';
import { detectLanguage, languageGiven } from '../languages/detect.js';
import { countScripts, type ScriptName } from '../text/script.js';
import { francCodes, languageFor, languageForFranc, sameOrClose, scriptLanguage, scriptsOf, type Language } from '../languages/index.js';
import { LEAN_OWN, LEAN_UNKNOWN, MIN_WORDS, SentenceJudge, markerCounts } from './sentence-language.js';
import { forEachSentence } from './sentences.js';
import { firstTokenAt, scriptIndex, tokenize } from './tokens.js';
import { placeholdersIn } from '../bilingual/placeholders.js';

export interface DocumentVerdict {
  /** True when the document as a whole is not in the declared language. */
  wrong: boolean;
  /** What it is in instead: ISO 639-1 code (639-3 for languages only franc knows), or "und". */
  language?: string;
  /** Script of the document's letters. */
  script?: string;
  /** Share (0..1) of the judged letters that are in that language or script. */
  share?: number;
}

const CHUNKS = 8;
const CHUNK_CHARS = 1000;
/** Below this many letters nothing is said about the document. */
const MIN_LETTERS = 40;
/** Sentences the function words cannot place go to franc when they hold this many letters. */
const FRANC_LETTERS = 30;
/** One marker letter of the declared language in this many letters proves sentences its own. */
const OWN_MARKER_RATE = 50;
/** Share of the judged text that must be in one other language. */
const MIN_SHARE = 0.7;
/** Below this many judged letters (two or three sentences), the common words and franc must agree on the language. */
const SURE_LETTERS = 250;

/** The verdict on the document (computed once per check: CheckContext.documentLanguage). */
export function documentVerdict(ctx: CheckContext): DocumentVerdict {
  const { language, text } = ctx;
  if (!languageGiven(language)) return { wrong: false };
  const chunks = chunksOf(ctx);
  const expected = scriptsOf(language.code);
  if (expected) {
    const byScript = new Map<string, number>();
    let letters = 0;
    for (const [s, e] of chunks) {
      const c = countScripts(text, s, e);
      letters += c.letters;
      for (const [k, n] of c.counts) byScript.set(k, (byScript.get(k) ?? 0) + n);
    }
    if (letters < MIN_LETTERS) return { wrong: false };
    // Japanese mixes Han and Kana; Korean may carry Han.
    const same = (s: string) => expected.some((e) => s === e || ((e === 'Kana' || e === 'Hangul') && s === 'Han'));
    let own = 0;
    let best = '';
    let bestN = 0;
    for (const [s, n] of byScript) {
      if (same(s)) own += n;
      else if (n > bestN) [best, bestN] = [s, n];
    }
    // A few words of the declared script (a verb among brand names) are not a text in it.
    if (own / letters <= 0.1 && bestN / letters >= MIN_SHARE) {
      const lang = scriptLanguage(best)?.code ?? detectedIn(text, best) ?? francLanguage(text, chunks, best) ?? 'und';
      return { wrong: true, language: lang, script: best, share: round(bestN / letters) };
    }
  }
  const own = languageFor(language.code);
  if (!own?.commonWords) return { wrong: false };
  if (own.script !== language.script) return secondScriptVerdict(text, chunks, own, language.script);
  return sameScriptVerdict(ctx, chunks, own);
}

/**
 * A document in the second script of the declared language (Serbian in Latin, Bosnian in
 * Cyrillic), whose common words are listed in its main script: franc names the language among
 * those written in the script, and a close relative is the language itself (Bosnian in Cyrillic
 * reads as Serbian). Only a document of some length (SURE_LETTERS), where franc is no noise.
 */
function secondScriptVerdict(text: string, chunks: [number, number][], own: Language, script: string): DocumentVerdict {
  let letters = 0;
  for (const [s, e] of chunks) letters += countScripts(text, s, e).counts.get(script as ScriptName) ?? 0;
  if (letters < SURE_LETTERS) return { wrong: false };
  const found = francLanguage(text, chunks, script);
  if (!found || sameOrClose(found, own.code)) return { wrong: false };
  return { wrong: true, language: found, script, share: 1 };
}

/**
 * The language detection names for the document, where it reads it in `script`: its common words
 * and franc together, as for a document given no language. franc alone is noise on a list of
 * short strings (English plural forms read as French).
 */
function detectedIn(text: string, script: string): string | undefined {
  const found = detectLanguage(text);
  return found.source === 'detected' && found.script === script && found.code !== 'und' ? found.code : undefined;
}

/** The language franc reads in the chunks, among the registry languages of `script`. */
function francLanguage(text: string, chunks: [number, number][], script: string): string | undefined {
  const only = francCodes(script);
  if (only.length === 0) return undefined;
  const sample = chunks.map(([s, e]) => text.slice(s, e)).join('\n').slice(0, 2000);
  const [top] = francAll(sample, { only, minLength: 20 });
  return top && top[0] !== 'und' ? languageForFranc(top[0])?.code : undefined;
}

function sameScriptVerdict(ctx: CheckContext, chunks: [number, number][], own: Language): DocumentVerdict {
  const { text } = ctx;
  const tokens = ctx.tokens;
  const judge = new SentenceJudge(own);
  const votes = new Float64Array(judge.langs.length);
  /** Of those votes, the letters of sentences the common words placed (not franc). */
  const byWords = new Float64Array(judge.langs.length);
  let ownLetters = 0;
  let unknownLetters = 0;
  let judged = 0;
  /** The sentences that voted against the declared language: franc names their language. */
  const foreignText: string[] = [];
  const only = francCodes(own.script);
  for (const [s, e] of chunks) {
    let tok = firstTokenAt(tokens, s);
    // Sentences the function words cannot place are read by franc together: it needs the length.
    const undecided: string[] = [];
    let undecidedLetters = 0;
    const unlike = new Int32Array(judge.langs.length);
    const alien = new Int32Array(judge.langs.length);
    /** Per language: common words of its own (the declared language lacks them) in the undecided sentences. */
    const rivalWords = new Int32Array(judge.langs.length);
    forEachSentence(
      ctx,
      (from, to) => {
        if (to <= s || from >= e) return;
        // The names inside a string's placeholders ("%#@unread_notification_count@") are no words of
        // its language: a sentence with such placeholders is judged without them.
        const masked = withoutNamedPlaceholders(text, from, to);
        let read = text;
        if (masked === undefined) tok = judge.measure(text, tokens, tok, from, to);
        else {
          read = masked;
          judge.measure(masked, tokenize(masked), 0, 0, masked.length);
          tok = firstTokenAt(tokens, to);
        }
        const sentence = masked ?? text.slice(from, to);
        const lean = judge.lean(read);
        if (lean === LEAN_OWN) ownLetters += judge.letters;
        else if (lean >= 0) {
          votes[lean] += judge.letters;
          byWords[lean] += judge.letters;
          foreignText.push(sentence);
        } else if (judge.words >= MIN_WORDS) {
          undecided.push(sentence);
          undecidedLetters += judge.letters;
          for (let k = 0; k < unlike.length; k++) {
            alien[k] += judge.alienFor[k];
            rivalWords[k] += judge.rivalHits[k];
          }
          judge.addUnlike(unlike);
          return;
        } else return;
        judged += judge.letters;
      },
      s,
      e,
    );
    if (undecidedLetters >= FRANC_LETTERS) {
      const lean = francLean(undecided.join(' '), undecidedLetters, only, judge, unlike, alien, rivalWords);
      if (lean === LEAN_OWN) ownLetters += undecidedLetters;
      else {
        if (lean >= 0) votes[lean] += undecidedLetters;
        else unknownLetters += undecidedLetters;
        foreignText.push(...undecided);
      }
      judged += undecidedLetters;
    }
  }
  if (judged < MIN_LETTERS || ownLetters / judged > 0.2) return { wrong: false };
  let best = 0;
  let foreign = unknownLetters;
  for (let k = 0; k < votes.length; k++) {
    foreign += votes[k];
    if (votes[k] > votes[best]) best = k;
  }
  if (foreign / judged < MIN_SHARE) return { wrong: false };
  // Name the language: the common words' vote, unless franc (over the foreign sentences, among the
  // script's registry languages) reads another; a language franc has no model for keeps the vote.
  const sample = foreignText.join('\n').slice(0, 2000);
  const voted = votes[best] >= unknownLetters ? judge.langs[best] : undefined;
  const [top] = only.length > 0 ? francAll(sample, { only, minLength: 20 }) : [];
  const said = top && top[0] !== 'und' ? languageForFranc(top[0]) : undefined;
  if (!voted && !said) return { wrong: false };
  if (said && sameOrClose(said.code, own.code) && (!voted || voted.franc)) return { wrong: false };
  // A short document (a sentence or two) is too little for either judge alone: franc is noise on
  // it and a few common words are easily shared ("Matsumoto Yoshiro in Kochihara District" is no
  // Italian; a short Ukrainian sentence no Serbian). The common words must place sentences in the
  // language, and franc must agree.
  if (judged < SURE_LETTERS && (!voted || byWords[best] === 0 || (said && !sameOrClose(said.code, voted.code)))) return { wrong: false };
  const language = voted && (!said || !voted.franc || sameOrClose(said.code, voted.code)) ? voted.code : said!.code;
  return { wrong: true, language, script: own.script, share: round(foreign / judged) };
}

/** A character of a placeholder that names its value: "%#@count@", "{name}", "%(name)s", "$NAME$". */
const NAMED_PLACEHOLDER = /[{}@$]|%\(/;

/**
 * text[from, to) with its placeholders blanked out where one may name its value, or undefined
 * (most sentences: none of their characters opens such a placeholder).
 */
function withoutNamedPlaceholders(text: string, from: number, to: number): string | undefined {
  if (!NAMED_PLACEHOLDER.test(text.slice(from, to))) return undefined;
  const named = placeholdersIn(text, from, to);
  if (named.length === 0) return undefined;
  let out = '';
  let at = from;
  for (const p of named) {
    out += text.slice(at, p.start) + ' '.repeat(p.end - p.start);
    at = p.end;
  }
  return out + text.slice(at, to);
}

/**
 * Function words could not tell (Russian and Ukrainian share most): franc reads the sentences.
 * Where the declared language has frequent marker letters, forty letters without one of them
 * outweigh franc's vote for it (franc confuses Russian and Ukrainian on short text).
 */
function francLean(sentences: string, letters: number, only: string[], judge: SentenceJudge, unlike: Int32Array, alien: Int32Array, rivalWords: Int32Array): number {
  const own = judge.ownLang;
  // Marker letters first, where the declared language has frequent ones (ы in Russian, ř in Czech):
  // one in fifty letters makes the sentences its own; forty letters without one, not its own.
  let ownMarkers = -1;
  if (own.frequentMarkers && letters >= 40) {
    const markers = markerCounts(sentences, 0, sentences.length, scriptIndex(own.script), new Int32Array(judge.langs.length));
    ownMarkers = judge.close.reduce((n, c, j) => (c ? n + markers[j] : n), 0);
    if (ownMarkers * OWN_MARKER_RATE >= letters) return LEAN_OWN;
  }
  const [top] = francAll(sentences, { only, minLength: 10 });
  const lang = top && top[0] !== 'und' ? languageForFranc(top[0]) : undefined;
  if (!lang) return LEAN_UNKNOWN;
  const k = judge.langs.indexOf(lang);
  if (k < 0) return LEAN_UNKNOWN;
  // Words in letters of the declared language's alphabet that franc's language lacks: not it.
  if (!judge.close[k]) {
    if (unlike[k] >= 2 && unlike[k] > alien[k]) return LEAN_OWN;
    // franc's trigrams alone are no evidence against the declared language: on short text they
    // read it as a neighbour (Russian as Bulgarian), or, where franc has no model of it (Finnish),
    // as whatever it does model (Swedish, Dutch). Without a common word or a letter of franc's
    // language that the declared one lacks, the sentences are the declared language's.
    return rivalWords[k] === 0 && alien[k] === 0 ? LEAN_OWN : k;
  }
  return ownMarkers === 0 ? LEAN_UNKNOWN : LEAN_OWN;
}

/**
 * Up to eight ranges of about 1,000 characters, spread evenly over the text and starting at a
 * line start, so that a file of one item per line is sampled item by item rather than cut mid-word.
 */
function chunksOf(ctx: CheckContext): [number, number][] {
  const { text, lines } = ctx;
  const out: [number, number][] = [];
  const step = Math.max(CHUNK_CHARS, text.length / CHUNKS);
  let last = -1;
  for (let target = 0; target < text.length && out.length < CHUNKS; target += step) {
    const line = lines.lineOf(Math.floor(target));
    let s = lines.starts[line];
    if (s <= last) s = Math.floor(target);
    const e = Math.min(text.length, s + CHUNK_CHARS);
    out.push([s, e]);
    last = e;
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
