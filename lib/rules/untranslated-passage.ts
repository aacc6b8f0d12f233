import { francAll } from 'franc-min';
import type { CheckContext } from '../context.js';
import { CLASS, isLetterClass } from '../catalogue/charclass.js';
import {
  LANGUAGES,
  catalogueLanguage,
  catalogueLanguageForFranc,
  francCandidates,
  sameOrClose,
  type CatalogueLanguage,
} from '../catalogue/languages.js';
import { forEachSentence } from '../catalogue/sentences.js';
import { LEAN_NONE, LEAN_OWN, LEAN_UNKNOWN, SentenceJudge, markerCounts } from '../catalogue/sentence-language.js';
import {
  GAP_LINE,
  HAS_LETTER,
  SCRIPT_SHIFT,
  SCRIPTS,
  SHAPE_LOWER,
  SHAPE_MASK,
  scriptIndex,
  type Tokens,
} from '../catalogue/tokens.js';
import type { ScriptName } from '../text/script.js';
import type { Reporter, Rule } from '../types.js';

// Two detectors, one finding type. A run of words in another script (Cyrillic in a German text,
// Chinese in an English one) needs no statistics, only enough words that it is not a name or a
// single borrowed word. Within the document's own script, each sentence's function words are
// counted for every catalogue language (one table lookup per word); only runs of sentences that
// lean to another language and hold at least MIN_LETTERS letters go to franc, which must agree.

/** franc is not asked about less text than this: below it its answer is noise. */
const MIN_LETTERS = 60;
/** …unless the function words or marker letters already point to one language, which franc then only confirms. */
const MIN_LETTERS_KNOWN = 40;
/** One marker letter of the document's language in this many letters proves a run is its own. */
const OWN_MARKER_RATE = 50;
/**
 * franc calls per document: at least this many, and one per this many characters. A document
 * that mixes languages line by line would otherwise cost a call per line (0.1-0.2 ms each);
 * past the budget, only passages the function words alone prove are reported.
 */
const FRANC_CALLS = 200;
const FRANC_CHARS = 20_000;

const CASED: ReadonlySet<ScriptName> = new Set(['Latin', 'Cyrillic', 'Greek', 'Armenian']);
const SCRIPT_LANGUAGE: Partial<Record<ScriptName, string>> = {
  Han: 'zh', Kana: 'ja', Hangul: 'ko', Greek: 'el', Hebrew: 'he', Arabic: 'ar', Thai: 'th', Devanagari: 'hi', Armenian: 'hy', Georgian: 'ka',
};

export const untranslatedPassage: Rule<CheckContext> = {
  meta: {
    id: 'untranslated-passage',
    category: 'language',
    severity: 'error',
    mqm: 'Accuracy/Untranslated',
    languages: '*',
    description:
      'A sentence or run of sentences in another language than the document: left untranslated, or translated into ' +
      'the wrong language. Runs in another script (Cyrillic, Chinese, Arabic… in a Latin text, or Latin in a Cyrillic ' +
      'one) are found without statistics; runs in the same script are found by their function words and confirmed ' +
      'by franc. Names, single borrowed words, short glosses in quotes or brackets, URLs and product names are left ' +
      'alone. `data.language` gives the language of the passage.',
    examples: {
      bad: [
        {
          text: 'The minister met his counterpart on Monday. Обе стороны договорились расширить сотрудничество в области энергетики. The treaty will be signed next year.',
          findings: [
            { flagged: 'Обе стороны договорились расширить сотрудничество в области энергетики', message: 'Untranslated passage: “Обе стороны договорились расширить сотру…” is in Russian (Cyrillic script) inside a text in English.' },
          ],
        },
        {
          text: 'The minister met his counterpart on Monday. Die beiden Seiten vereinbarten, die Zusammenarbeit im Bereich der Energie auszubauen und zu vertiefen. The treaty will be signed next year.',
          findings: [
            { flagged: 'Die beiden Seiten vereinbarten, die Zusammenarbeit im Bereich der Energie auszubauen und zu vertiefen.', message: 'Untranslated passage: “Die beiden Seiten vereinbarten, die Zusa…” is in German inside a text in English.' },
          ],
        },
        {
          text: 'Der Minister traf am Montag seinen Amtskollegen. Both sides agreed that they would expand their cooperation in the field of energy. Der Vertrag wird im nächsten Jahr unterzeichnet.',
          lang: 'de',
          findings: [
            { flagged: 'Both sides agreed that they would expand their cooperation in the field of energy.', message: 'Untranslated passage: “Both sides agreed that they would expand…” is in English inside a text in German.' },
          ],
        },
        {
          text: 'Ministr se v pondělí setkal se svým protějškem. Both sides agreed that they would expand their cooperation in the field of energy. Smlouva bude podepsána příští rok.',
          lang: 'cs',
          findings: [
            { flagged: 'Both sides agreed that they would expand their cooperation in the field of energy.', message: 'Untranslated passage: “Both sides agreed that they would expand…” is in English inside a text in Czech.' },
          ],
        },
        {
          text: 'Міністр зустрівся зі своїм колегою в понеділок. Обе стороны договорились, что они расширят сотрудничество в области энергетики и транспорта. Угоду буде підписано наступного року.',
          lang: 'uk',
          findings: [
            { flagged: 'Обе стороны договорились, что они расширят сотрудничество в области энергетики и транспорта.', message: 'Untranslated passage: “Обе стороны договорились, что они расшир…” is in Russian inside a text in Ukrainian.' },
          ],
        },
        {
          text: 'Министр встретился с коллегой в понедельник. Both sides agreed that they would expand their cooperation in the field of energy. Договор будет подписан в следующем году.',
          lang: 'ru',
          findings: [
            { flagged: 'Both sides agreed that they would expand their cooperation in the field of energy', message: 'Untranslated passage: “Both sides agreed that they would expand…” is in English (Latin script) inside a text in Russian.' },
          ],
        },
        {
          text: 'El ministro se reunió con su homólogo el lunes. 双方同意扩大能源领域的合作。 El tratado se firmará el próximo año.',
          lang: 'es',
          findings: [{ flagged: '双方同意扩大能源领域的合作', message: 'Untranslated passage: “双方同意扩大能源领域的合作” is in Chinese (Han script) inside a text in Spanish.' }],
        },
      ],
      good: [
        { text: 'President Vladimir Putin (Владимир Путин) met Olaf Scholz in Moscow; the talks were held in the Kremlin.' },
        { text: 'The slogan “Слава Україні” was heard everywhere, and the crowd sang for an hour.' },
        { text: 'The official website is https://премияарсеньева.рф/ and the prize is awarded every year.' },
        { text: 'The term 关系 (guanxi) describes personal networks in China.' },
        { text: 'Der Hersteller Black Desert Prestige Edition brachte das Spiel im Mai heraus.', lang: 'de' },
        { text: 'Компания выпустила Battery Powered Vacuum Pump и Watches of Switzerland Training Program в мае.', lang: 'ru' },
        { text: 'NO TRANSLATION AVAILABLE', lang: 'uk' },
        { text: 'Film „Das Leben der Anderen“ získal Oscara za nejlepší cizojazyčný film v roce 2007.', lang: 'cs' },
        { text: 'Die Gewerkschaft forderte „mehr Lohn für alle“, sagte die Sprecherin am Montag in Berlin vor den Journalisten.', lang: 'de' },
        { text: 'Ministr se v pondělí setkal se svým protějškem. Smlouva bude podepsána příští rok a vstoupí v platnost v lednu.', lang: 'cs' },
      ],
    },
  },

  check(ctx, report) {
    if (ctx.documentLanguage.wrong) return;
    const tokens = ctx.tokens;
    const budget = { calls: Math.max(FRANC_CALLS, ctx.text.length / FRANC_CHARS) };
    foreignScriptRuns(ctx, tokens, budget, report);
    const own = catalogueLanguage(ctx.language.code);
    if (own && own.script === ctx.language.script) foreignSentenceRuns(ctx, tokens, own, budget, report);
  },
};

/** Scripts that mix with the document's own without being foreign (Han in Japanese and Korean). */
function compatible(doc: ScriptName, s: ScriptName): boolean {
  return s === doc || ((doc === 'Kana' || doc === 'Hangul' || doc === 'Han') && (s === 'Han' || s === 'Kana'));
}

interface Budget {
  calls: number;
}

/** franc's ranking of text[start, end), or undefined once the budget is spent. */
function franc(ctx: CheckContext, start: number, end: number, only: string[], budget: Budget): [string, number][] | undefined {
  if (budget.calls <= 0) return undefined;
  budget.calls--;
  return francAll(ctx.text.slice(start, Math.min(end, start + 2000)), { only, minLength: 10 });
}

function foreignScriptRuns(ctx: CheckContext, t: Tokens, budget: Budget, report: Reporter): void {
  const { text } = ctx;
  const doc = ctx.language.script as ScriptName;
  if (!SCRIPTS.includes(doc) || doc === 'Other') return;
  const docIndex = scriptIndex(doc);
  let first = -1;
  let last = -1;
  let script: ScriptName = 'Other';
  let words = 0;
  let lower = 0;
  let letters = 0;

  const flush = () => {
    if (first >= 0 && enough(script, words, lower, letters) && !shortGloss(text, t.start[first], t.end[last], words)) {
      reportRun(ctx, t.start[first], t.end[last], script, budget, report);
    }
    first = -1;
  };

  const { count, info: infos } = t;
  for (let i = 0; i < count; i++) {
    const info = infos[i];
    if ((info & HAS_LETTER) === 0) {
      if (first >= 0 && (info & GAP_LINE) !== 0) flush();
      continue; // numbers neither start nor break a run
    }
    const si = (info >> SCRIPT_SHIFT) & 15;
    if (si === docIndex || si === 0) {
      if (first >= 0) flush();
      continue;
    }
    if (first >= 0 && (info & GAP_LINE) !== 0) flush();
    const s = SCRIPTS[si];
    if (compatible(doc, s) || urlish(text, t.start[i], t.end[i])) {
      flush();
      continue;
    }
    // A bracket ends a run: "FTBTM (fade-thru-black)" is a term and its gloss, not a sentence.
    if (first >= 0 && (s !== script || bracketBetween(text, t.end[i - 1], t.start[i]))) flush();
    if (first < 0) {
      first = i;
      script = s;
      words = lower = letters = 0;
    }
    last = i;
    words++;
    letters += t.end[i] - t.start[i];
    if ((info & SHAPE_MASK) === SHAPE_LOWER) lower++;
  }
  flush();
}

function bracketBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 41 || c === 91 || c === 93) return true;
  }
  return false;
}

/** Whether a run in a foreign script is long enough to be a passage rather than a name or a word. */
function enough(s: ScriptName, words: number, lower: number, letters: number): boolean {
  // Chinese and Japanese: four characters are two words or more, beyond a name.
  if (s === 'Han' || s === 'Kana') return letters >= 4;
  if (!CASED.has(s)) return words >= 2 && letters >= 8;
  // Latin inside another script is mostly brands and titles ("Watches of Switzerland"): it takes
  // more lowercase words to be a sentence.
  if (s === 'Latin') return words >= 3 && lower >= 2 && letters >= 15;
  return words >= 2 && lower >= 2 && letters >= 10;
}

const OPENERS = '"“„«»‘‚\'(「『【[';
const CLOSERS = '"”“»«’‘\')」』】]';

/** A few words in quotes or brackets: a gloss or a title given in the original on purpose. */
function shortGloss(text: string, start: number, end: number, words: number): boolean {
  if (words >= 5) return false;
  let s = start - 1;
  while (s >= 0 && text.charCodeAt(s) === 32) s--;
  let e = end;
  while (e < text.length && (text.charCodeAt(e) === 32 || text[e] === '.' || text[e] === ',' || text[e] === '!' || text[e] === '?')) e++;
  return s >= 0 && OPENERS.includes(text[s]) && e < text.length && CLOSERS.includes(text[e]);
}

/** Part of a URL, an e-mail address, a handle or a file path. */
function urlish(text: string, start: number, end: number): boolean {
  let s = start;
  while (s > 0 && !isBlank(text.charCodeAt(s - 1))) s--;
  let e = end;
  while (e < text.length && !isBlank(text.charCodeAt(e))) e++;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 47 || c === 64 || c === 35 || c === 95 || c === 92) return true; // / @ # _ \
    if (c === 46 && i > s && i + 1 < e && isLetterClass(CLASS[text.charCodeAt(i + 1)])) return true; // name.tld
  }
  return false;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

function reportRun(ctx: CheckContext, start: number, end: number, script: ScriptName, budget: Budget, report: Reporter): void {
  let language = SCRIPT_LANGUAGE[script] ?? 'und';
  if ((script === 'Latin' || script === 'Cyrillic') && end - start >= MIN_LETTERS) {
    const top = franc(ctx, start, end, francCandidates(script), budget)?.[0];
    language = (top && catalogueLanguageForFranc(top[0])?.code) ?? 'und';
  }
  report({
    start,
    end,
    message: `Untranslated passage: ${quote(ctx.text, start, end)} is in ${describe(language, script)} inside a text in ${docName(ctx)}.`,
    data: { language, script, method: 'script' },
  });
}

interface Run {
  start: number;
  end: number;
  para: number;
  letters: number;
  /** Index into LANGUAGES the function words point to, or LEAN_UNKNOWN. */
  lang: number;
  hits: Int32Array;
  shared: Int32Array;
  own: number;
}

function foreignSentenceRuns(ctx: CheckContext, t: Tokens, own: CatalogueLanguage, budget: Budget, report: Reporter): void {
  const judge = new SentenceJudge(own);
  const only = francCandidates(own.script);
  let run: Run | undefined;
  let tok = 0;

  const flush = () => {
    if (run && run.letters >= (run.lang >= 0 ? MIN_LETTERS_KNOWN : MIN_LETTERS)) judgeRun(ctx, run, judge, only, budget, report);
    run = undefined;
  };

  forEachSentence(ctx, (start, end, para) => {
    if (run && run.para !== para) flush();
    tok = judge.measure(t, tok, start, end);
    const lang = judge.lean(ctx.text);
    if (lang === LEAN_NONE) return; // too short to tell: neither starts nor breaks a run
    if (lang === LEAN_OWN) {
      flush();
      return;
    }
    if (run && (run.lang === lang || run.lang === LEAN_UNKNOWN || lang === LEAN_UNKNOWN)) {
      run.end = end;
      run.letters += judge.letters;
      run.own += judge.own;
      if (run.lang === LEAN_UNKNOWN) run.lang = lang;
      for (let k = 0; k < judge.hits.length; k++) {
        run.hits[k] += judge.hits[k];
        run.shared[k] += judge.shared[k];
      }
      return;
    }
    flush();
    run = { start, end, para, letters: judge.letters, lang, hits: Int32Array.from(judge.hits), shared: Int32Array.from(judge.shared), own: judge.own };
  });
  flush();
}

/**
 * franc must name a rival language and be clearly surer of it than of the document's; and the
 * passage must hold words or letters of that language that the document's language lacks.
 */
function judgeRun(ctx: CheckContext, run: Run, judge: SentenceJudge, only: string[], budget: Budget, report: Reporter): void {
  const own = judge.ownLang;
  // Where the document's language has frequent marker letters (ř in Czech, і in Ukrainian), a
  // run that has them is its own: no need to ask franc (the costly step).
  const markers = markerCounts(ctx.text, run.start, run.end);
  if (own.frequentLetters && ownMarkers(markers, judge) * OWN_MARKER_RATE >= run.letters) return;
  const ranked = franc(ctx, run.start, run.end, only, budget);
  if (!ranked) {
    // No franc left: the function words must prove it alone, twice as strongly.
    if (run.lang >= 0 && strongLean(run, run.lang)) reportPassage(ctx, run, LANGUAGES[run.lang], own, report);
    return;
  }
  if (ranked.length === 0 || ranked[0][0] === 'und') return;
  const top = catalogueLanguageForFranc(ranked[0][0]);
  if (!top || sameOrClose(top.code, own.code)) return;
  const score = (lang: CatalogueLanguage) => ranked.find(([code]) => code === lang.franc)?.[1] ?? 0;
  if (score(own) >= 0.9) return;
  // The function words' language, when franc finds it nearly as likely as its first choice
  // (short Czech reads as Spanish or Serbian to franc as often as not).
  const leaning = run.lang >= 0 ? LANGUAGES[run.lang] : undefined;
  const lang = leaning && (sameOrClose(leaning.code, top.code) || score(leaning) >= 0.8) ? leaning : top;
  const k = LANGUAGES.indexOf(lang);
  const words = run.hits[k] - run.shared[k];
  const evidence = (words >= 2 && words > run.own - run.shared[k]) || (markers[k] >= 2 && ownMarkers(markers, judge) === 0);
  if (evidence) reportPassage(ctx, run, lang, own, report);
}

/** Four function words of the rival's own, and three times those of the document's language. */
function strongLean(run: Run, k: number): boolean {
  const words = run.hits[k] - run.shared[k];
  return words >= 4 && words >= 3 * (run.own - run.shared[k]);
}

function reportPassage(ctx: CheckContext, run: Run, lang: CatalogueLanguage, own: CatalogueLanguage, report: Reporter): void {
  report({
    start: run.start,
    end: run.end,
    message: `Untranslated passage: ${quote(ctx.text, run.start, run.end)} is in ${lang.name} inside a text in ${own.name}.`,
    data: { language: lang.code, script: own.script, method: 'statistics' },
  });
}

function ownMarkers(markers: Int32Array, judge: SentenceJudge): number {
  let n = 0;
  for (let k = 0; k < markers.length; k++) if (judge.close[k]) n += markers[k];
  return n;
}

function quote(text: string, start: number, end: number): string {
  const s = text.slice(start, Math.min(end, start + 40));
  return `“${s}${end - start > 40 ? '…' : ''}”`;
}

function describe(language: string, script: ScriptName): string {
  const name = catalogueLanguage(language)?.name ?? NAMES[language];
  return name ? `${name} (${script} script)` : `${script} script`;
}

const NAMES: Record<string, string> = {
  zh: 'Chinese', ja: 'Japanese', ko: 'Korean', el: 'Greek', he: 'Hebrew', ar: 'Arabic', th: 'Thai', hi: 'Hindi', hy: 'Armenian', ka: 'Georgian',
};

function docName(ctx: CheckContext): string {
  return catalogueLanguage(ctx.language.code)?.name ?? NAMES[ctx.language.code] ?? ctx.language.code;
}
