import type { CheckContext } from '../context.js';
import { CLASS, K_LOWER, isLetterClass } from '../catalogue/charclass.js';
import { commonWordBit, stopwordMask, wordHash } from '../catalogue/stopwords.js';
import { NAMES_WITH_EXCLAMATION } from '../languages/names.js';
import type { RawFinding, Rule } from '../types.js';

// "done.The next": two segments joined without a space. The same shape is common in things that
// are not sentences: domains and file names ("Gazeta.Ru", "report.Docx"), code ("System.Out"),
// abbreviations and initials ("Dr.Smith", "J.K.Rowling", "e.g.The"), brands ("Yahoo!News"). So
// a finding needs proof that a sentence really ends there: the paragraph spaces its other
// sentence ends (the writer knows the rule; here it was lost), or the second sentence opens with
// a function word or a word that opens sentences ("The", "Die", "Это", "Thank"), which no name,
// domain or identifier does. Human writers glue sentences too, and translators keep the glue of
// their source (product reviews): nothing in one paragraph tells that from an MT leftover, but a
// text that glues in several paragraphs and spaces none of them shows a habit, and with the source
// known, a glue it has too is inherited.


/** Endings after a dot that make a file name or a domain. */
const SUFFIXES = new Set(
  (
    'com org net edu gov info biz io co uk de fr es it ru cz sk pl hr ua eu at ch nl be se no dk fi us ca au jp cn in br ' +
    'html htm php asp aspx pdf doc docx xls xlsx ppt pptx txt csv json xml zip exe js ts py java md png jpg jpeg gif svg mp3 mp4'
  ).split(' '),
);

export const missingSpaceAfterSentence: Rule<CheckContext> = {
  meta: {
    id: 'missing-space-after-sentence',
    category: 'punctuation',
    severity: 'warning',
    mqm: 'Fluency/Punctuation',
    languages: '*',
    silencedBySource: true,
    needsCase: true,
    description:
      'A sentence end glued to the next sentence ("done.The next", "Thank you.Thank you all."): segments joined ' +
      'without a space. Reported where it is certain to be a sentence end: the paragraph spaces its other sentences, ' +
      'or the next sentence opens with a function word or a word that opens sentences ("The", "Thank"). A text that ' +
      'glues the sentences of three or more paragraphs and spaces none of them does so by habit (its writer\'s or ' +
      'its source\'s): there only the first kind is reported; a join the aligned source has too is left alone. ' +
      'Abbreviations, initials, decimals, domains, file names, code and brands ("Yahoo!News") are left alone. ' +
      'The safe fix inserts the space.',
    examples: {
      bad: [
        {
          text: 'The minister arrived on Monday.The talks lasted three hours.',
          findings: [{ flagged: '.The', message: 'Missing space after “.”: “Monday.The” joins two sentences.' }],
          output: 'The minister arrived on Monday. The talks lasted three hours.',
        },
        {
          text: 'We met in Berlin. The talks went well.Both sides agreed to meet again.',
          findings: [{ flagged: '.Both', message: 'Missing space after “.”: “well.Both” joins two sentences.' }],
          output: 'We met in Berlin. The talks went well. Both sides agreed to meet again.',
        },
        {
          text: 'Der Minister kam am Montag.Die Gespräche dauerten drei Stunden.',
          lang: 'de',
          findings: [{ flagged: '.Die', message: 'Missing space after “.”: “Montag.Die” joins two sentences.' }],
          output: 'Der Minister kam am Montag. Die Gespräche dauerten drei Stunden.',
        },
        {
          text: 'El ministro llegó el lunes.La reunión duró tres horas.',
          lang: 'es',
          findings: [{ flagged: '.La', message: 'Missing space after “.”: “lunes.La” joins two sentences.' }],
          output: 'El ministro llegó el lunes. La reunión duró tres horas.',
        },
        {
          text: 'Ministr přijel v pondělí. Jednání trvalo tři hodiny.Obě strany byly spokojené.',
          lang: 'cs',
          findings: [{ flagged: '.Obě', message: 'Missing space after “.”: “hodiny.Obě” joins two sentences.' }],
          output: 'Ministr přijel v pondělí. Jednání trvalo tři hodiny. Obě strany byly spokojené.',
        },
        {
          text: 'Министр прибыл в понедельник.Это была первая встреча.',
          lang: 'ru',
          findings: [{ flagged: '.Это', message: 'Missing space after “.”: “понедельник.Это” joins two sentences.' }],
          output: 'Министр прибыл в понедельник. Это была первая встреча.',
        },
        {
          text: 'Міністр прибув у понеділок. Переговори тривали три години.Сторони домовилися.',
          lang: 'uk',
          findings: [{ flagged: '.Сторони', message: 'Missing space after “.”: “години.Сторони” joins two sentences.' }],
          output: 'Міністр прибув у понеділок. Переговори тривали три години. Сторони домовилися.',
        },
      ],
      good: [
        { text: 'According to data obtained by Gazeta.Ru, sales rose. See Yahoo!News and WoW!Korea.' },
        { text: 'Dr.Smith and J.K.Rowling met at St.Petersburg, e.g.The Hermitage.' },
        { text: 'Open report.Docx or call System.Out.Println(x) in Java.' },
        { text: 'Pišite na adresu Prodaja.Hr ili nazovite.', lang: 'hr' },
        { text: 'The price rose by 3.5 percent to 1.Million units.' },
        { text: 'Wait...The door opened.' },
      ],
    },
  },

  check(ctx, report) {
    const { text, lines } = ctx;
    const { boundaries, paragraphs, lexicon } = ctx.boundaries;
    const ownBit = commonWordBit(ctx.language.code);
    const joins: { finding: RawFinding; line: number; spaced: boolean; opener: boolean }[] = [];
    /** Paragraphs whose only sentence ends are glued ones. */
    const glueOnly = new Set<number>();
    for (const mark of ctx.marks.gluedSentence) {
      // The marks, then a capitalised word ("The", "A new").
      let markEnd = mark + 1;
      while (isSentenceMark(text.charCodeAt(markEnd))) markEnd++;
      const second = text.charCodeAt(markEnd + 1);
      if (CLASS[second] !== K_LOWER && second !== 32) continue;
      const marks = text.slice(mark, markEnd);
      if (marks.length > 1 && marks.includes('.')) continue; // "Wait...The": an ellipsis, a style
      if (CLASS[text.charCodeAt(mark - 1)] !== K_LOWER) continue; // digits, initials ("U.S.The"), closers
      const before = tokenAround(text, mark, -1);
      const after = tokenAround(text, markEnd, 1);
      if (before.length < 2 || /[./@:\\_#=]/.test(before)) continue; // "e.g.The", "twitter.com/x.The"
      if (/[./@\\_#=(]/.test(after.replace(TRAILING_MARKS, ''))) continue; // "System.Out.Println(x)", "Gazeta.Ru/news"
      const word = leadingWord(after);
      const previous = trailingWord(before);
      if (marks === '!' && NAMES_WITH_EXCLAMATION.has(previous.toLowerCase())) continue;
      if (marks === '.' && (lexicon.abbreviations.has(previous.toLowerCase()) || lexicon.caseSensitiveAbbreviations.has(previous))) continue;
      // The catalogue's short list of function words (articles, pronouns, conjunctions…) where
      // the language has one (the profiles' longer lists include adverbs that open sentences),
      // and the words that typically open a sentence ("Thank", "Please").
      const folded = word.toLowerCase();
      const functionWord = ownBit ? (stopwordMask(wordHash(word)) & ownBit) !== 0 : lexicon.functionWords.has(folded);
      const opener = functionWord || lexicon.sentenceStarters.has(folded);
      // "Gazeta.Ru", "report.Docx"; but "her.It is" is English, not Italian.
      if (!functionWord && SUFFIXES.has(folded)) continue;
      // Whether the paragraph spaces its other sentence ends: then this glue is a slip.
      const line = lines.lineOf(mark);
      const p = paragraphs[line];
      let spaced = false;
      for (let k = p.first; k < p.last && !spaced; k++) spaced = boundaries[k].kind === 'end' && boundaries[k].next < p.end;
      if (!spaced) glueOnly.add(line);
      if (!spaced && !opener) continue;
      if (inheritedFromSource(ctx, mark)) continue;
      joins.push({
        line,
        spaced,
        opener,
        finding: {
          start: mark,
          end: markEnd + word.length,
          message: `Missing space after “${marks}”: “${previous}${marks}${word}” joins two sentences.`,
          fix: { description: `insert a space after “${marks}”`, edits: [{ start: markEnd, end: markEnd, text: ' ' }], safe: true },
        },
      });
    }
    // A text that glues the sentences of several paragraphs and spaces none of them does so by
    // habit, its writer's or its source's (product reviews copied as typed): only a paragraph
    // that also spaces its sentences shows a slip there.
    const habit = glueOnly.size >= HABIT_PARAGRAPHS;
    for (const j of joins) if (j.spaced || !habit) report(j.finding);
  },
};

/** The marks that end the sentence after a word ("Please."), not part of it. */
const TRAILING_MARKS = /[.!?,;:…"”»)]+$/;

/** Paragraphs gluing their sentences (and spacing none) that make gluing the text's habit. */
const HABIT_PARAGRAPHS = 3;

/**
 * With the translation's source known: the unit's source glues two sentences too ("needed.It
 * was"), so the translator kept what the source had (not an error the translation made).
 */
function inheritedFromSource(ctx: CheckContext, at: number): boolean {
  const { source, pairs } = ctx;
  if (!source || !pairs || pairs.length === 0) return false;
  let lo = 0;
  let hi = pairs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pairs[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  const pair = pairs[lo];
  if (at < pair.start || at >= pair.end) return false;
  const glued = source.marks.gluedSentence;
  const src = source.text;
  for (let k = lowerBound(glued, pair.sourceStart); k < glued.length && glued[k] < pair.sourceEnd; k++) {
    if (CLASS[src.charCodeAt(glued[k] - 1)] === K_LOWER) return true;
  }
  return false;
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The whitespace-delimited text before (dir -1) or after (dir 1) `at`, up to 60 characters. */
function tokenAround(text: string, at: number, dir: -1 | 1): string {
  let i = at;
  const limit = dir < 0 ? Math.max(0, at - 60) : Math.min(text.length, at + 60);
  if (dir < 0) {
    while (i > limit && !isBreak(text.charCodeAt(i - 1))) i--;
    return text.slice(i, at);
  }
  while (i < limit && !isBreak(text.charCodeAt(i))) i++;
  return text.slice(at, i);
}

function isSentenceMark(c: number): boolean {
  return c === 46 || c === 33 || c === 63;
}

function isBreak(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f;
}

function leadingWord(s: string): string {
  let i = 0;
  while (i < s.length && isLetterClass(CLASS[s.charCodeAt(i)])) i++;
  return s.slice(0, i);
}

function trailingWord(s: string): string {
  let i = s.length;
  while (i > 0 && isLetterClass(CLASS[s.charCodeAt(i - 1)])) i--;
  return s.slice(i);
}
