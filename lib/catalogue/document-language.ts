// Is the whole document in another language than the one it was declared to be in (--lang)?
// Decided once per document and shared: the document rule reports it as one finding, and the
// passage rule then stays silent (every sentence being "untranslated" is one problem, not a
// thousand). Only a forced language can be contradicted; a detected one is the document's by
// definition.
//
// Two tests, cheapest first: the script (a Cyrillic text declared English needs no statistics),
// then the function words of the sentences in up to eight paragraph-aligned chunks spread over
// the document (a sentence votes for a language only when its function words clearly lean to
// it), confirmed by franc. A document with a passage or two in another language is not "wrong":
// more than a fifth of the judged text in the declared language keeps it.

import { francAll } from 'franc-min';
import type { CheckContext } from '../context.js';
import { countScripts } from '../text/script.js';
import {
  LANGUAGES,
  catalogueLanguage,
  catalogueLanguageForFranc,
  expectedScript,
  francCandidates,
  sameOrClose,
  type CatalogueLanguage,
} from './languages.js';
import { LEAN_OWN, LEAN_UNKNOWN, MIN_WORDS, SentenceJudge, markerCounts } from './sentence-language.js';
import { forEachSentence } from './sentences.js';
import { firstTokenAt } from './tokens.js';

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
/** Share of the judged text that must be in one other language. */
const MIN_SHARE = 0.7;

/** Language implied by a script that (almost) only one language uses. */
const SCRIPT_LANGUAGE: Record<string, string> = {
  Han: 'zh', Kana: 'ja', Hangul: 'ko', Greek: 'el', Hebrew: 'he', Arabic: 'ar', Thai: 'th', Devanagari: 'hi', Armenian: 'hy', Georgian: 'ka',
};

/** The verdict on the document (computed once per check: CheckContext.documentLanguage). */
export function documentVerdict(ctx: CheckContext): DocumentVerdict {
  const { language, text } = ctx;
  if (language.source !== 'forced') return { wrong: false };
  const chunks = chunksOf(ctx);
  const expected = expectedScript(language.code);
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
    const same = (s: string) => s === expected || (expected === 'Kana' && s === 'Han') || (expected === 'Hangul' && s === 'Han');
    let own = 0;
    let best = '';
    let bestN = 0;
    for (const [s, n] of byScript) {
      if (same(s)) own += n;
      else if (n > bestN) [best, bestN] = [s, n];
    }
    // A few words of the declared script (a verb among brand names) are not a text in it.
    if (own / letters <= 0.1 && bestN / letters >= MIN_SHARE) {
      const lang = SCRIPT_LANGUAGE[best] ?? francLanguage(text, chunks, best) ?? 'und';
      return { wrong: true, language: lang, script: best, share: round(bestN / letters) };
    }
  }
  const own = catalogueLanguage(language.code);
  if (!own) return { wrong: false };
  return sameScriptVerdict(ctx, chunks, own);
}

/** The language franc reads in the chunks, among the catalogue languages of `script`. */
function francLanguage(text: string, chunks: [number, number][], script: string): string | undefined {
  if (script !== 'Latin' && script !== 'Cyrillic') return undefined;
  const sample = chunks.map(([s, e]) => text.slice(s, e)).join('\n').slice(0, 2000);
  const [top] = francAll(sample, { only: francCandidates(script), minLength: 20 });
  return top && top[0] !== 'und' ? catalogueLanguageForFranc(top[0])?.code : undefined;
}

function sameScriptVerdict(ctx: CheckContext, chunks: [number, number][], own: CatalogueLanguage): DocumentVerdict {
  const { text } = ctx;
  const tokens = ctx.tokens;
  const judge = new SentenceJudge(own);
  const votes = new Float64Array(LANGUAGES.length);
  let ownLetters = 0;
  let unknownLetters = 0;
  let judged = 0;
  /** The sentences that voted against the declared language: franc names their language. */
  const foreignText: string[] = [];
  const only = francCandidates(own.script);
  for (const [s, e] of chunks) {
    let tok = firstTokenAt(tokens, s);
    // Sentences the function words cannot place are read by franc together: it needs the length.
    const undecided: string[] = [];
    let undecidedLetters = 0;
    forEachSentence(
      ctx,
      (from, to) => {
        if (to <= s || from >= e) return;
        tok = judge.measure(tokens, tok, from, to);
        const lean = judge.lean(text);
        if (lean === LEAN_OWN) ownLetters += judge.letters;
        else if (lean >= 0) {
          votes[lean] += judge.letters;
          foreignText.push(text.slice(from, to));
        } else if (judge.words >= MIN_WORDS) {
          undecided.push(text.slice(from, to));
          undecidedLetters += judge.letters;
          return;
        } else return;
        judged += judge.letters;
      },
      s,
      e,
    );
    if (undecidedLetters >= FRANC_LETTERS) {
      const lean = francLean(undecided.join(' '), undecidedLetters, only, judge);
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
  // Name the language: franc over the foreign sentences, among the script's catalogue languages, or
  // among all it knows when no catalogue language had a say (Indonesian, Vietnamese…).
  const sample = foreignText.join('\n').slice(0, 2000);
  const voted = votes[best] >= unknownLetters;
  const [top] = francAll(sample, voted ? { only: francCandidates(own.script), minLength: 20 } : { minLength: 20 });
  if (!top || top[0] === 'und' || top[0] === own.franc) return { wrong: false };
  const said = catalogueLanguageForFranc(top[0]);
  if (said && sameOrClose(said.code, own.code)) return { wrong: false };
  const language = voted && (!said || sameOrClose(said.code, LANGUAGES[best].code)) ? LANGUAGES[best].code : (said?.code ?? top[0]);
  return { wrong: true, language, script: own.script, share: round(foreign / judged) };
}

/**
 * Function words could not tell (Russian and Ukrainian share most): franc reads the sentences.
 * Where the declared language has frequent marker letters, forty letters without one of them
 * outweigh franc's vote for it (franc confuses Russian and Ukrainian on short text).
 */
function francLean(sentences: string, letters: number, only: string[], judge: SentenceJudge): number {
  const [top] = francAll(sentences, { only, minLength: 10 });
  const lang = top && top[0] !== 'und' ? catalogueLanguageForFranc(top[0]) : undefined;
  if (!lang) return LEAN_UNKNOWN;
  const k = LANGUAGES.indexOf(lang);
  if (!judge.close[k]) return k;
  if (judge.ownLang.frequentLetters && letters >= 40) {
    const markers = markerCounts(sentences, 0, sentences.length);
    if (judge.close.every((c, j) => !c || markers[j] === 0)) return LEAN_UNKNOWN;
  }
  return LEAN_OWN;
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
