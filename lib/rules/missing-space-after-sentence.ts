import type { CheckContext } from '../context.js';
import { CLASS, isLetterUnit, K_DIGIT, K_LOWER, K_OTHER } from '../catalogue/charclass.js';
import { commonWordBit, stopwordMask, wordHash } from '../catalogue/stopwords.js';
import { Info, firstTokenAt, endOfWord, lengthOfWord } from '../catalogue/tokens.js';
import { NAMES_WITH_EXCLAMATION } from '../languages/names.js';
import type { RawFinding, Rule, RuleExamples } from '../types.js';
import { firstAtOrAfter, lastAtOrBefore } from '../text/search.js';
import { lazyRegExp } from '../text/lazy-regexp.js';

// "done.The next": two segments joined without a space. The same shape is common in things that
// are not sentences: domains and file names ("Gazeta.Ru", "report.Docx"), code ("System.Out"),
// abbreviations and initials ("Dr.Smith", "J.K.Rowling", "e.g.The"), brands ("Yahoo!News"). So
// a finding needs proof that a sentence really ends there: the paragraph spaces its other
// sentence ends (the writer knows the rule; here it was lost), or the second sentence opens with
// a function word or a word that opens sentences ("The", "Die", "Это", "Thank"), which no name,
// domain or identifier does. Human writers glue sentences too, and translators keep the glue of
// their source (product reviews): nothing in one paragraph tells that from an MT leftover, but a
// text that glues in several paragraphs and spaces none of them shows a habit, and with the source
// known, a glue it has too is inherited. Technical prose glues names with dots ("States.Format",
// "aws-apigateway.RestApi", "filepath.Clean"): an identifier's shape, a namespace the document
// uses, or dotted names in the paragraph outweigh the paragraph's spacing, though not an opener.



/** Endings after a dot that make a file name or a domain. */
const SUFFIXES = new Set(
  (
    'com org net edu gov info biz io co uk de fr es it ru cz sk pl hr ua eu at ch nl be se no dk fi us ca au jp cn in br ' +
    'html htm php asp aspx pdf doc docx xls xlsx ppt pptx txt csv json xml zip exe js ts py java md png jpg jpeg gif svg mp3 mp4'
  ).split(' '),
);

/** For the rule catalogue (scripts/update-schema.ts); not in the meta, so the bundle leaves it out. */
export const description =
  'A sentence end glued to the next sentence ("done.The next", "Thank you.Thank you all."): segments joined ' +
  'without a space. Reported where it is certain to be a sentence end: the paragraph spaces its other sentences, ' +
  'or the next sentence opens with a function word or a word that opens sentences ("The", "Thank"). A text that ' +
  'glues the sentences of three or more paragraphs and spaces none of them does so by habit (its writer\'s or ' +
  'its source\'s): there only the first kind is reported; a join the aligned source has too is left alone. ' +
  'Abbreviations, initials, decimals, domains, file names, code and brands ("Yahoo!News") are left alone, and so ' +
  'are identifiers in technical prose: a second part with an inner capital or digit ("aws-apigateway.RestApi", ' +
  '"States.Base64Encode"), and, unless a word that opens sentences follows, a first part written like code ' +
  '("aws-apigateway.Stage"), a namespace the document glues to several names ("States.Format", "States.Hash"), ' +
  'or a paragraph that writes dotted names ("filepath.Clean or path.normalize"). ' +
  'The safe fix inserts the space.';

export const missingSpaceAfterSentence: Rule<CheckContext> = {
  meta: {
    id: 'missing-space-after-sentence',
    category: 'punctuation',
    severity: 'warning',
    mqm: 'Fluency/Punctuation',
    languages: '*',
    silencedBySource: true,
    needsCase: true,
  },

  check(ctx, report) {
    const { text, lines } = ctx;
    const { boundaries, paragraphs, lexicon } = ctx.boundaries;
    const ownBit = commonWordBit(ctx.language.code);
    const joins: { finding: RawFinding; line: number; spaced: boolean; opener: boolean }[] = [];
    /** Paragraphs whose only sentence ends are glued ones. */
    const glueOnly = new Set<number>();
    let names: DottedNames | undefined;
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
      // "apigateway.RestApi", "States.Base64Encode": a capital or a digit inside the second part
      // makes it an identifier; no sentence opens with such a word.
      if (INNER_CAPITAL_OR_DIGIT().test(after.slice(1, alphanumericLength(after)))) continue;
      // The catalogue's short list of function words (articles, pronouns, conjunctions…) where
      // the language has one (the profiles' longer lists include adverbs that open sentences),
      // and the words that typically open a sentence ("Thank", "Please").
      const folded = word.toLowerCase();
      const functionWord = ownBit ? (stopwordMask(wordHash(word)) & ownBit) !== 0 : lexicon.functionWords.has(folded);
      const opener = functionWord || lexicon.sentenceStarters.has(folded);
      // "Gazeta.Ru", "report.Docx"; but "her.It is" is English, not Italian.
      if (!functionWord && SUFFIXES.has(folded)) continue;
      const line = lines.lineOf(mark);
      const p = paragraphs.at(line);
      // Without an opener, a glue in technical prose is more likely a name than a sentence end:
      // a first part written like code ("aws-apigateway.Stage", "s3_bucket.Name"), a namespace
      // the document glues to several names ("States.Format", "States.Hash"), or a paragraph that
      // writes dotted names ("the Golang filepath.Clean or the Node.js path.normalize").
      if (!opener && (CODE_LIKE().test(before) || (names ??= dottedNames(ctx)).isNamespace(mark) || names.inParagraph(p.start, p.end))) continue;
      // Whether the paragraph spaces its other sentence ends: then this glue is a slip.
      let spaced = false;
      for (let k = p.first; k < p.last && !spaced; k++) spaced = boundaries.isEnd(k) && boundaries.next[k] < p.end;
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

/** What the rule flags and what it leaves alone: tests/rules.test.ts runs them. Not part of the rule, so not of the bundle. */
export const examples: RuleExamples = {
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
    {
      text: 'The docs list States.Format and States.Hash. Both return strings.They are pure functions.',
      findings: [{ flagged: '.They', message: 'Missing space after “.”: “strings.They” joins two sentences.' }],
      output: 'The docs list States.Format and States.Hash. Both return strings. They are pure functions.',
    },
  ],
  good: [
    { text: 'According to data obtained by Gazeta.Ru, sales rose. See Yahoo!News and WoW!Korea.' },
    { text: 'Dr.Smith and J.K.Rowling met at St.Petersburg, e.g.The Hermitage.' },
    { text: 'Open report.Docx or call System.Out.Println(x) in Java.' },
    { text: 'Pišite na adresu Prodaja.Hr ili nazovite.', lang: 'hr' },
    { text: 'The price rose by 3.5 percent to 1.Million units.' },
    { text: 'Wait...The door opened.' },
    { text: 'The functions include States.Format, States.JsonToString and States.Hash. A retry will not catch States.Runtime errors.' },
    { text: 'This flag changes the default for aws-apigateway.RestApi and aws-apigateway.Stage. There is one apigateway.CfnAccount.' },
    { text: 'Paths are cleaned as by the Golang filepath.Clean or the Node.js path.normalize. Both remove dots.' },
    { text: 'Die Funktionen States.Format und States.Hash sind eingebaut. Ein Fehler States.Runtime wird nicht abgefangen.', lang: 'de' },
  ],
};

/** A capital or a digit after the first letter of a word: "RestApi", "Base64Encode". */
const INNER_CAPITAL_OR_DIGIT = lazyRegExp(String.raw`[\p{Lu}\p{N}]`, 'u');

/** A first part with a digit or a hyphen between letters: "aws-apigateway", "ec2Instance", "route53". */
const CODE_LIKE = lazyRegExp(String.raw`\p{N}|\p{L}\p{M}*-\p{L}`, 'u');

/** Length of the run of letters and digits at the start of `s`. */
function alphanumericLength(s: string): number {
  let i = 0;
  while (i < s.length && (isLetterUnit(s.charCodeAt(i)) || CLASS[s.charCodeAt(i)] === K_DIGIT)) i++;
  return i;
}

/** Share of a namespace's uses that glue it to a name, at least. */
const NAMESPACE_SHARE = 1 / 3;

interface DottedNames {
  /** Whether the word before the mark at `mark` is a namespace of this document. */
  isNamespace(mark: number): boolean;
  /** Whether text[start, end) writes a dotted name: "path.normalize", "fs.readFile", "States.JsonToString". */
  inParagraph(start: number, end: number): boolean;
}

/**
 * The document's dotted names, learnt the way Punkt learns abbreviations: a word glued by a period
 * to two or more different words ("States.Format", "States.Hash"), in a third of its uses or
 * more, is a namespace; a pair whose second part is lowercase ("path.normalize") or an
 * identifier ("States.JsonToString") is a dotted name (a chain ending in a domain or file
 * ending, "www.example.com", "Node.js", is not: those stand in any prose). The glued words are
 * found from the text's periods (one in twenty words or so) rather than by visiting every word;
 * the uses of the words glued to several, only once a glue asks whether its word is a namespace
 * (a per-word table of the whole text cost more than the rest of the rule).
 */
function dottedNames(ctx: CheckContext): DottedNames {
  const { text } = ctx;
  const ownBit = commonWordBit(ctx.language.code);
  const t = ctx.tokens;
  const glued = (j: number) => j + 1 < t.count && t.start[j + 1] === endOfWord(t, j) + 1 && text.charCodeAt(endOfWord(t, j)) === 46 && (t.info[j + 1] & Info.HasLetter) !== 0;
  // Per glued word as written (case-folded hash and case shape: "States" is not "states"): uses,
  // glued uses, the first word glued to it, and whether another differs.
  const stats = new Map<number, { uses: number; glued: number; first: number; several: boolean }>();
  const key = (j: number) => t.hash[j] * 4 + (t.info[j] & Info.ShapeMask);
  // The words glued to several others, as bits of a filter over their keys' low bits (an int32
  // form of the key: the map's key is a double, which a call boxes for every word it is asked of).
  const seen = new Uint8Array(1 << 13);
  const bit = (j: number) => ((t.hash[j] << 2) | (t.info[j] & Info.ShapeMask)) & 0xffff;
  const names: number[] = [];
  // Uses of the words glued to several others (only those can be namespaces; in most texts there
  // are none, and no pass). The filter skips the map for nearly every word.
  let counted = false;
  const countUses = () => {
    counted = true;
    for (let j = 0; j < t.count; j++) {
      if ((seen[bit(j) >>> 3] & (1 << (bit(j) & 7))) === 0) continue;
      const s = stats.get(key(j));
      if (s) s.uses++;
    }
  };
  // Made before the pass over the periods, which ends the function: the pass is compiled while it
  // runs (on-stack replacement), and code after it, never run before, threw that code away.
  const dotted: DottedNames = {
    isNamespace(mark) {
      const j = firstTokenAt(t, mark) - 1;
      if (j < 0 || endOfWord(t, j) !== mark) return false;
      const s = stats.get(key(j));
      if (s === undefined || !s.several) return false;
      if (!counted) countUses();
      return s.glued >= s.uses * NAMESPACE_SHARE;
    },
    inParagraph(start, end) {
      const k = firstAtOrAfter(names.length, (i) => names[i], start);
      return k < names.length && names[k] < end;
    },
  };
  // The periods glued to a word on both sides, from the word scan's sentence marks and the word
  // before each: a period right after a word starts its run of marks, so each is there. A search
  // of the text for periods, with a bisection of the words for each, cost most of the rule; here
  // the word columns turn away most marks (a sentence end, a space after it) before any read of
  // the text, which is long out of cache (glued() reads the mark itself only then).
  const { sentenceMarks, sentenceMarkWords } = ctx.marks;
  for (let k = 0; k < sentenceMarks.count; k++) {
    const dot = sentenceMarks.at[k];
    const j = sentenceMarkWords.at[k];
    if (j < 0 || endOfWord(t, j) !== dot || !glued(j)) continue;
    // A word on both sides (a word never ends or starts with punctuation), then the word after it.
    if (CLASS[text.charCodeAt(dot + 1)] === K_OTHER || CLASS[text.charCodeAt(dot - 1)] === K_OTHER) continue;
    let s = stats.get(key(j));
    if (!s) stats.set(key(j), (s = { uses: 0, glued: 0, first: 0, several: false }));
    const right = t.hash[j + 1];
    if (s.glued++ === 0) s.first = right;
    else if (right !== s.first && !s.several) {
      s.several = true;
      seen[bit(j) >>> 3] |= 1 << (bit(j) & 7);
    }
    let last = j + 1;
    while (glued(last)) last++;
    const shape = t.info[j + 1] & Info.ShapeMask;
    const ending = text.slice(t.start[last], endOfWord(t, last)).toLowerCase();
    // Not a lowercase word of the language: "rose.the prices" is a sentence glued in lowercase.
    const name = (shape === Info.ShapeLower && lengthOfWord(t, j + 1) >= 3 && (stopwordMask(right) & ownBit) === 0) || shape === Info.ShapeMixed;
    if (name && lengthOfWord(t, j) >= 2 && !SUFFIXES.has(ending)) names.push(t.start[j]);
  }
  return dotted;
}

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
  const pair = pairs[lastAtOrBefore(pairs.length, (i) => pairs[i].start, at)];
  if (!pair || at >= pair.end) return false;
  const glued = source.marks.gluedSentence;
  const src = source.text;
  for (let k = firstAtOrAfter(glued.length, (i) => glued[i], pair.sourceStart); k < glued.length && glued[k] < pair.sourceEnd; k++) {
    if (CLASS[src.charCodeAt(glued[k] - 1)] === K_LOWER) return true;
  }
  return false;
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
  while (i < s.length && isLetterUnit(s.charCodeAt(i))) i++;
  return s.slice(0, i);
}

function trailingWord(s: string): string {
  let i = s.length;
  while (i > 0 && isLetterUnit(s.charCodeAt(i - 1))) i--;
  return s.slice(i);
}
