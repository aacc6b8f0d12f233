import { commonWords, readsAs, tooClose } from '../bilingual/language.js';
import { checkablePairs, targetFindings, targetSpan } from '../bilingual/pairs.js';
import { placeholdersIn } from '../bilingual/placeholders.js';
import { sourceIsCode } from '../bilingual/code-block.js';
import { withBacktickCode } from '../bilingual/code-spans.js';
import { blank, codeRanges, codeRangesWith } from '../bilingual/protected.js';
import { LETTER, MARK, propertiesAt, SPACE, width } from '../bilingual/unicode.js';
import type { CheckContext, SegmentPair } from '../context.js';
import type { Reporter, Rule, RuleExamples } from '../types.js';
import { commandLine, untranslatedPassage } from './untranslated-passage.js';
import { inKeywordList } from '../text/keyword-list.js';
import { lazyRegExp } from '../text/lazy-regexp.js';

/** Fewest words a copied run must have to be reported inside a translated unit. */
const MIN_RUN = 5;
/** Word pairs compared per unit before the run search gives up (very long units). */
const MAX_CELLS = 40_000;
const LOWERCASE = lazyRegExp(String.raw`\p{Ll}`, 'u');
const STARTS_LOWERCASE = lazyRegExp(String.raw`^\p{Ll}`, 'u');

interface Word {
  start: number;
  end: number;
  folded: string;
  /** A quotation mark or bracket stands between this word and the one before. */
  fenced: boolean;
}

/** For the rule catalogue (scripts/update-schema.ts); not in the meta, so the bundle leaves it out. */
export const description =
  'A unit whose translation is its source unchanged, or a run of five or more source words of running text ' +
  '(not a name or title in capitals) copied into the translation, confirmed to be in the source language (by its function words, and by franc for longer text; ' +
  'by the script across scripts). Units of one word, in capitals, of numbers, placeholders or code only (paths, identifiers, key chords), blocks of code (a source of several lines of statements or a console session), command lines, and names ' +
  '(nothing in them belongs to the source language, or, across scripts, every word is one the file\'s translated units keep; ' +
  'in the same script, two words or more besides function words, capitalised, that the source writes in lowercase nowhere), ' +
  'the title of a work a unit is nothing but a link to ("[ARC Toolkit](https://…)") ' +
  'are exempt, as are quoted titles and pairs of languages ' +
  'too close to tell apart. An untranslated passage inside a unit reported whole is not reported again.';

export const untranslatedSegment: Rule<CheckContext> = {
  meta: {
    id: 'untranslated-segment',
    category: 'accuracy',
    severity: 'error',
    mqm: 'Accuracy/Untranslated',
    languages: '*',
    needsSource: true,
    // A unit left as its source is reported once, whole, with its source: not again passage by passage.
    subsumes: [untranslatedPassage.meta.id],
  },

  check(ctx, report) {
    const src = ctx.source!;
    const sl = src.language.code;
    const tl = ctx.language.code;
    if (tooClose(sl, tl)) return;
    // Runs the passage rule reports are not reported twice; asked only once a copied run turns up.
    const passagesIn = (p: SegmentPair) => (targetFindings(ctx, untranslatedPassage).get(p.index) ?? []).map((f) => ({ start: f.start, end: f.end }));
    const pairs = checkablePairs(ctx);
    let keptWords: ReadonlySet<string> | undefined;
    let lowercaseInSource: ReadonlySet<string> | undefined;
    for (const p of pairs) {
      // A list of keywords or aliases keeps the source's terms on purpose (lib/text/keyword-list.ts).
      if (inKeywordList(ctx.text, p.start, p.end)) continue;
      // A block of code keeps its code in every language (lib/bilingual/code-block.ts).
      if (sourceIsCode(ctx, p)) continue;
      if (sameButSpacing(src.text, p.sourceStart, p.sourceEnd, ctx.text, p.start, p.end)) {
        const code = withBacktickCode(codeRanges(ctx.text, p.start, p.end), ctx.text, p.start, p.end);
        const words = wordsOf(ctx.text, p.start, p.end, code);
        // Words of running text, not of code ("org.omegat.Tokenizer", "Ctrl+Shift+I", "~/Library/OmegaT"), nor all in capitals.
        const plain = wordsOutsideCode(blank(ctx.text, p.start, p.end, code), p.start, words);
        if (plain.length < 2 || !plain.some((w) => LOWERCASE().test(ctx.text.slice(w.start, w.end)))) continue;
        if (!readsAs(ctx.text, p.start, p.end, sl, tl)) continue;
        // A usage line ("git archive --remote <repo> [<options>]") is typed as it is in every language.
        if (commandLine(ctx.text, ctx.tokens, p.start, p.end)) continue;
        // A name the source writes as one, in the translation's script: two words or more besides
        // function words, capitalised here and never in lowercase anywhere in the source ("The K-9
        // Dog Walkers", "Creative Commons Attribution"); a phrase of common words has them lowercase
        // somewhere ("Add Service": "add a service"). Across scripts a name is often transliterated
        // ("Cape Verde": "Кабо-Верде"): those the file keeps are found above.
        if (src.language.script === ctx.language.script) {
          lowercaseInSource ??= lowercaseWordsOf(src.text);
          if (isProperName(ctx.text, plain, sl, lowercaseInSource)) continue;
        }
        // The title of the work a unit links to and is nothing but the link to ("[ARC Toolkit](https://…)"):
        // the work is named by its own title.
        if (isLinkTitle(ctx.text, p)) continue;
        // Across scripts, words of the source's script that the file's translated units keep are
        // names or terms it does not translate: a unit of nothing else ("Firefox Sync" in a file
        // that writes "… Firefox Sync …" in Hebrew sentences) is one of them, not a unit left out.
        if (src.language.script !== ctx.language.script) {
          keptWords ??= wordsKeptInTranslations(ctx, pairs);
          if (words.every((w) => keptWords!.has(w.folded))) continue;
        }
        report({ ...targetSpan(ctx, p), message: 'Untranslated: the translation is the source unchanged.', sourceSpan: { start: p.sourceStart, end: p.sourceEnd } });
        continue;
      }
      copiedRuns(ctx, p, sl, tl, () => passagesIn(p), report);
    }
  },
};

/** What the rule flags and what it leaves alone: tests/rules.test.ts runs them. Not part of the rule, so not of the bundle. */
export const examples: RuleExamples = {
  bad: [
    // A sentence about an option is no command line: its function words are the source language's.
    {
      text: 'Use --force to override the check.',
      source: 'Use --force to override the check.',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: 'Use --force to override the check.', message: 'Untranslated: the translation is the source unchanged.', sourceFlagged: 'Use --force to override the check.' }],
    },
    {
      text: 'Save as',
      source: 'Save as',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: 'Save as', message: 'Untranslated: the translation is the source unchanged.', sourceFlagged: 'Save as' }],
    },
    {
      text: '_About Files',
      source: '_About Files',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: '_About Files', message: 'Untranslated: the translation is the source unchanged.', sourceFlagged: '_About Files' }],
    },
    {
      text: 'Der Minister sagte, the agreement will be signed by both sides next year, und reiste ab.',
      source: 'The minister said the agreement will be signed by both sides next year and left.',
      lang: 'de',
      sourceLang: 'en',
      findings: [
        {
          flagged: 'the agreement will be signed by both sides next year',
          message: 'Untranslated: “the agreement will be signed by both sides next year” is copied from the source.',
          sourceFlagged: 'the agreement will be signed by both sides next year',
        },
      ],
    },
    {
      text: 'Open in New Tab\nפתיחה בלשונית חדשה של Firefox',
      source: 'Open in New Tab\nOpen in a new Firefox tab',
      lang: 'he',
      sourceLang: 'en',
      findings: [{ flagged: 'Open in New Tab', message: 'Untranslated: the translation is the source unchanged.', sourceFlagged: 'Open in New Tab' }],
    },
    // A phrase in title case whose words the source writes in lowercase elsewhere is no name.
    {
      text: 'Add a Service\nFügen Sie hier einen Dienst hinzu.',
      source: 'Add a Service\nYou can add a service here.',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: 'Add a Service', message: 'Untranslated: the translation is the source unchanged.', sourceFlagged: 'Add a Service' }],
    },
    {
      text: 'Настройки сохранены',
      source: 'Настройки сохранены',
      lang: 'en',
      sourceLang: 'ru',
      findings: [{ flagged: 'Настройки сохранены', message: 'Untranslated: the translation is the source unchanged.', sourceFlagged: 'Настройки сохранены' }],
    },
  ],
  good: [
    // A list of search keywords or aliases, kept in the source language so that its terms stay searchable.
    { text: 'calculation;arithmetic;scientific;financial;', source: 'calculation;arithmetic;scientific;financial;', lang: 'de', sourceLang: 'en' },
    { text: 'Google Chrome', source: 'Google Chrome', lang: 'de', sourceLang: 'en' },
    // A name that the file's translations keep in the source's script.
    { text: 'Firefox Sync\nהתחברו אל Firefox Sync כדי לסנכרן את הלשוניות', source: 'Firefox Sync\nSign in to Firefox Sync to sync your tabs', lang: 'he', sourceLang: 'en' },
    { text: 'Email', source: 'Email', lang: 'de', sourceLang: 'en' },
    // A name: its words capitalised, and written in lowercase nowhere in the source.
    { text: 'The K-9 Dog Walkers\nÜber K-9 Mail', source: 'The K-9 Dog Walkers\nAbout K-9 Mail', lang: 'de', sourceLang: 'en' },
    { text: 'Creative Commons Attribution-Share Alike 3.0 Unported License', source: 'Creative Commons Attribution-Share Alike 3.0 Unported License', lang: 'fr', sourceLang: 'en' },
    { text: 'CPU USAGE', source: 'CPU USAGE', lang: 'de', sourceLang: 'en' },
    // Code, paths and key chords, which a translation keeps.
    { text: 'Selection.MoveDown Unit:=wdParagraph, Count:=1', source: 'Selection.MoveDown Unit:=wdParagraph, Count:=1', lang: 'cs', sourceLang: 'en' },
    { text: 'gradlew assembleDist', source: 'gradlew assembleDist', lang: 'de', sourceLang: 'en' },
    { text: 'Ctrl+Shift+I', source: 'Ctrl+Shift+I', lang: 'cs', sourceLang: 'en' },
    { text: '~/Library/Preferences/OmegaT', source: '~/Library/Preferences/OmegaT', lang: 'de', sourceLang: 'en' },
    { text: '%s: %d', source: '%s: %d', lang: 'de', sourceLang: 'en' },
    { text: 'Two words', source: 'Two words', lang: 'af', sourceLang: 'en' },
    { text: 'Film „The Lord of the Rings and the Return of the King“ wurde gezeigt.', source: 'The film "The Lord of the Rings and the Return of the King" was shown.', lang: 'de', sourceLang: 'en' },
    { text: 'Hola, ¿qué tal?', source: 'Hola, ¿qué tal?', lang: 'ca', sourceLang: 'es' },
    // Usage lines, typed as they are in every language.
    { text: 'scalar register [--[no-]maintenance] [<enlistment>]', source: 'scalar register [--[no-]maintenance] [<enlistment>]', lang: 'vi', sourceLang: 'en' },
    { text: 'git archive --remote <repo> [--exec <cmd>] [<options>] <tree-ish> [<path>...]', source: 'git archive --remote <repo> [--exec <cmd>] [<options>] <tree-ish> [<path>...]', lang: 'ru', sourceLang: 'en' },
    // A path is code, not words of running text.
    { text: 'Kopieren Sie die Datei <project>/omegat/project_save.tmx an einen sicheren Ort.', source: 'Copy the <project>/omegat/project_save.tmx file to a safe place.', lang: 'de', sourceLang: 'en' },
  ],
};

/**
 * What makes a stretch between spaces code rather than a word of text: an identifier's underscore,
 * a dotted or colon-joined name ("org.omegat", "sExt.Font"), an inner capital ("assembleDist"), a
 * call ("Instance("), an assignment, a path or a key chord ("C:\\Program", "~/Library", "Ctrl+C"),
 * brackets, a statement's semicolon, wildcards and pipes.
 */
const CODE_TOKEN = lazyRegExp(String.raw`[_=\\/+{}[\];$#*~|<>]|\p{L}\p{M}*[.:]\p{L}|\p{Ll}\p{M}*\p{Lu}|\p{L}\p{M}*\(`, 'u');

const LEADING_ACCELERATOR = lazyRegExp(String.raw`^[_&](?=\p{L})`, 'u');

/** The words that stand in no stretch of code (CODE_TOKEN) of `part`, the unit's text from `start` with its code blanked. */
function wordsOutsideCode(part: string, start: number, words: readonly Word[]): Word[] {
  return words.filter((w) => {
    let a = w.start - start;
    let b = w.end - start;
    while (a > 0 && !/\s/.test(part[a - 1])) a--;
    while (b < part.length && !/\s/.test(part[b])) b++;
    // A keyboard accelerator opening a word ("_About Files") is no identifier's underscore.
    return !CODE_TOKEN().test(part.slice(a, b).replace(LEADING_ACCELERATOR(), ''));
  });
}

/**
 * Whether `words` (a unit's words of running text) are a proper name: each of its two or more words
 * that are not function words of the source language opens with a capital (or is no word of letters alone, "K-9")
 * and is one the source never writes in lowercase, so that its capital is the word's own, not a
 * title's or a sentence's.
 */
function isProperName(text: string, words: readonly Word[], sl: string, lowercase: ReadonlySet<string>): boolean {
  const stop = commonWords(sl);
  const content = words.filter((w) => !stop.has(w.folded));
  return content.length >= 2 && content.every((w) => !STARTS_LOWERCASE().test(text.slice(w.start, w.end)) && !lowercase.has(w.folded));
}

/** The words of `text` written in lowercase (their first letter), folded. */
function lowercaseWordsOf(text: string): Set<string> {
  const words = new Set<string>();
  for (const w of wordsOf(text, 0, text.length, [])) if (STARTS_LOWERCASE().test(text.slice(w.start, w.end))) words.add(w.folded);
  return words;
}

/** Whether the unit is nothing but one link to another site (its text the link's, bar punctuation and white space). */
function isLinkTitle(text: string, p: SegmentPair): boolean {
  return (p.links ?? []).some((l) => /^https?:\/\//i.test(l.url) && !HAS_WORD().test(text.slice(p.start, l.start)) && !HAS_WORD().test(text.slice(l.end, p.end)));
}

const HAS_WORD = lazyRegExp(String.raw`[\p{L}\p{N}]`, 'u');

/** The words (folded) of the units whose translation is not their source unchanged. */
function wordsKeptInTranslations(ctx: CheckContext, pairs: readonly SegmentPair[]): Set<string> {
  const src = ctx.source!;
  const kept = new Set<string>();
  for (const p of pairs) {
    if (sameButSpacing(src.text, p.sourceStart, p.sourceEnd, ctx.text, p.start, p.end)) continue;
    for (const w of wordsOf(ctx.text, p.start, p.end, [])) kept.add(w.folded);
  }
  return kept;
}

/**
 * Whether a[aStart, aEnd) and b[bStart, bEnd) are the same text once each run of white space (`\s`)
 * is one space and none is at either end: `normalise(a) === normalise(b)` without building either.
 */
function sameButSpacing(a: string, aStart: number, aEnd: number, b: string, bStart: number, bEnd: number): boolean {
  let i = aStart;
  let j = bStart;
  while (i < aEnd && isSpace(a, i)) i++;
  while (j < bEnd && isSpace(b, j)) j++;
  let ie = aEnd;
  let je = bEnd;
  while (ie > i && isSpace(a, ie - 1)) ie--;
  while (je > j && isSpace(b, je - 1)) je--;
  while (i < ie && j < je) {
    const sa = isSpace(a, i);
    if (sa !== isSpace(b, j)) return false;
    if (sa) {
      while (isSpace(a, i)) i++;
      while (isSpace(b, j)) j++;
    } else if (a.charCodeAt(i++) !== b.charCodeAt(j++)) return false;
  }
  return i === ie && j === je;
}

/** `\s` is all in the BMP: a code unit's own class answers, surrogates included (none is a space). */
const isSpace = (text: string, i: number) => (propertiesAt(text, i) & SPACE) !== 0;

/** The quotation marks and brackets that fence a word off from the one before it. */
const FENCES = new Set([...'"„“”‚‘’«»‹›()[]「」『』'].map((c) => c.charCodeAt(0)));

/**
 * Words of text[start, end) (`\p{L}[\p{L}\p{M}'’-]*`), placeholders, tags and URLs left out;
 * `fenced` when a quotation mark or bracket precedes a word. Read off a table per character, not
 * matched and sliced per word.
 */
function wordsOf(text: string, start: number, end: number, skip: readonly { start: number; end: number }[]): Word[] {
  // The unit as a string of its own (a slice is a view; a unit with code has it blanked out), so
  // that a surrogate pair cut by the unit's ends is cut here as in a pattern run over the unit.
  const part = skip.length > 0 ? blank(text, start, end, skip) : text.slice(start, end);
  const n = part.length;
  const words: Word[] = [];
  let last = 0;
  let i = 0;
  while (i < n) {
    if ((propertiesAt(part, i) & LETTER) === 0) {
      i += width(part, i);
      continue;
    }
    const from = i;
    i += width(part, i);
    while (i < n) {
      const c = part.charCodeAt(i);
      if (c === 0x27 || c === 0x2019 || c === 0x2d) i++;
      else if ((propertiesAt(part, i) & (LETTER | MARK)) !== 0) i += width(part, i);
      else break;
    }
    let fenced = false;
    for (let k = last; k < from && !fenced; k++) fenced = FENCES.has(part.charCodeAt(k));
    last = i;
    words.push({ start: start + from, end: start + i, folded: part.slice(from, i).toLowerCase(), fenced });
  }
  return words;
}

/** Runs of MIN_RUN or more words the translation shares with its source, in the source language, outside quotations. */
function copiedRuns(ctx: CheckContext, p: SegmentPair, sl: string, tl: string, reported: () => readonly { start: number; end: number }[], report: Reporter): void {
  const src = ctx.source!;
  const sourcePlaceholders = placeholdersIn(src.text, p.sourceStart, p.sourceEnd);
  const syntaxes = new Set(sourcePlaceholders.map((x) => x.syntax));
  const sw = wordsOf(src.text, p.sourceStart, p.sourceEnd, withBacktickCode(codeRangesWith(sourcePlaceholders, src.text, p.sourceStart, p.sourceEnd), src.text, p.sourceStart, p.sourceEnd));
  const tw = wordsOf(ctx.text, p.start, p.end, withBacktickCode(codeRanges(ctx.text, p.start, p.end, syntaxes), ctx.text, p.start, p.end));
  if (sw.length < MIN_RUN || tw.length < MIN_RUN || sw.length * tw.length > MAX_CELLS) return;
  // Fewer shared words than a run needs: nothing was copied (most units; one set lookup a word).
  const inSource = new Set(sw.map((w) => w.folded));
  if (tw.filter((w) => inSource.has(w.folded)).length < MIN_RUN) return;
  // run[i][j]: length of the common run ending at target word i and source word j.
  const run = new Uint16Array((tw.length + 1) * (sw.length + 1));
  const at = (i: number, j: number) => i * (sw.length + 1) + j;
  const ends: { i: number; j: number; n: number }[] = [];
  for (let i = 1; i <= tw.length; i++) {
    for (let j = 1; j <= sw.length; j++) {
      if (tw[i - 1].folded !== sw[j - 1].folded) continue;
      // A quotation mark or bracket between two words ends a run: a quoted title is judged on its own.
      const n = (i > 1 && j > 1 && !tw[i - 1].fenced && !sw[j - 1].fenced ? run[at(i - 1, j - 1)] : 0) + 1;
      run[at(i, j)] = n;
      // A run is maximal where it cannot be extended by the next words.
      const longer = i < tw.length && j < sw.length && tw[i].folded === sw[j].folded && !tw[i].fenced && !sw[j].fenced;
      if (n >= MIN_RUN && !longer) ends.push({ i, j, n });
    }
  }
  let covered = -1;
  for (const { i, j, n } of ends.sort((a, b) => a.i - b.i)) {
    const first = tw[i - n];
    const last = tw[i - 1];
    if (first.start < covered) continue;
    if (quoted(ctx.text, first.start, last.end, p)) continue;
    if (!prose(tw.slice(i - n, i), ctx.text)) continue;
    if (!readsAs(ctx.text, first.start, last.end, sl, tl)) continue;
    if (commandLine(ctx.text, ctx.tokens, first.start, last.end)) continue;
    if (reported().some((r) => r.start < last.end && first.start < r.end)) continue;
    covered = last.end;
    const flagged = ctx.text.slice(first.start, last.end);
    report({
      start: first.start,
      end: last.end,
      message: `Untranslated: “${flagged}” is copied from the source.`,
      sourceSpan: { start: sw[j - n].start, end: sw[j - 1].end },
    });
  }
}

/**
 * Whether copied words read as running text rather than a name or title ("Portland Bureau of
 * Environmental Services", "XYZ spol. s r. o.") or code ("<project>/omegat/project_save.tmx"):
 * enough words of two letters or more, at least half of them in lowercase, two of those of three
 * letters or more, and as many words apart, white space between them.
 */
function prose(words: readonly Word[], text: string): boolean {
  let apart = 1;
  for (let k = 1; k < words.length; k++) if (/\s/u.test(text.slice(words[k - 1].end, words[k].start))) apart++;
  if (apart < MIN_RUN) return false;
  const real = words.filter((w) => w.end - w.start >= 2);
  const lower = real.filter((w) => STARTS_LOWERCASE().test(text[w.start]));
  return real.length >= MIN_RUN && lower.length * 2 >= real.length && lower.filter((w) => w.end - w.start >= 3).length >= 2;
}

const OPENING = /["'„“‚‘«‹(「『]\s*$/u;
const CLOSING = lazyRegExp(String.raw`^\s*[\p{P}]{0,2}["'“”‘’»›)」』]`, 'u');

/** Whether text[start, end) is enclosed in quotation marks or brackets (a title or name kept on purpose). */
function quoted(text: string, start: number, end: number, p: SegmentPair): boolean {
  return OPENING.test(text.slice(Math.max(p.start, start - 3), start)) && CLOSING().test(text.slice(end, Math.min(p.end, end + 4)));
}
