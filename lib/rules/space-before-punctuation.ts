import type { CheckContext } from '../context.js';
import { CLASS, K_DIGIT, K_OTHER } from '../catalogue/charclass.js';
import { SPACED_MARKS_LANGUAGES } from '../catalogue/marks.js';
import { languageFor } from '../languages/index.js';
import type { RawFinding, Rule, RuleExamples } from '../types.js';

// "word , next . Then": spaces before commas and full stops, as MT output that was not
// detokenized leaves them. French puts a (narrow) no-break space before ; : ! ? and inside « »,
// so only the comma and full stop are checked there. Not punctuation but something else: smileys
// (":)", ";-)"), ".NET" and ".5", ellipses (" ...", " . . ."), emphasis (" !!!"), paths (" ./configure", "tsc
// -p ."), labels and scores spaced
// on both sides ("Tiger : Crunchy", "2 : 2"), a mark at the start of a line (a list or a table).


/**
 * A single space before a comma is the commonest typing slip of careful human writers (references
 * translated by people have about one per 20,000 words, one comma in a thousand); MT output that
 * was not detokenized, or segments joined by a tool, space the marks systematically. Reported
 * where it is systematic: three or more in a paragraph, or (two or more) one comma or full stop
 * in fifty across the text.
 */
const MIN_PER_PARAGRAPH = 3;
const SYSTEMATIC_SHARE = 0.02;

/**
 * A document in a language outside the registry, whose typography mtqa does not know, spaces
 * ; : ! ? as French does (Kabyle, Wolof, Haitian Creole, Malagasy are printed so) when it puts a
 * space before at least this share of them (and FRENCH_HABIT_MIN)…
 */
const FRENCH_HABIT_SHARE = 0.5;
const FRENCH_HABIT_MIN = 5;

/** For the rule catalogue (scripts/update-schema.ts); not in the meta, so the bundle leaves it out. */
export const description =
  'Spaces before commas, full stops, colons, semicolons, question or exclamation marks ("word , next . Then"), ' +
  'as MT output that was not detokenized leaves them: reported where systematic, with three or more in a ' +
  'paragraph or before one comma or full stop in fifty across the text (a single one is the commonest slip ' +
  'of human writers). French spacing before ; : ! ? is respected, and so is a document in a language outside the registry that spaces ' +
  'them as French does (before most of them, its commas and full stops close: Kabyle, Wolof). Smileys, ".NET", ".5", ' +
  'ellipses (" ...", and " . . ." spaced as books print them), emphasis (" !!!"), relative paths (" ./configure"), the current folder in a command line ' +
  '("tsc -p ."), labels and scores spaced on both sides ' +
  '("Tiger : Crunchy", "2 : 2") and marks at the start of a line are left alone. The safe fix removes the space.';

export const spaceBeforePunctuation: Rule<CheckContext> = {
  meta: {
    id: 'space-before-punctuation',
    category: 'punctuation',
    severity: 'warning',
    mqm: 'Fluency/Punctuation',
    languages: '*',
    silencedBySource: true,
  },

  check(ctx, report) {
    const { text, lines } = ctx;
    const frenchSpacing = spacesMarksAsFrench(ctx);
    const found: { finding: RawFinding; line: number; commaOrStop: boolean }[] = [];
    let lineEnd = -1;
    let line = -1;
    const marks = ctx.marks;
    for (const mark of marks.spacedPunctuation) {
      if (mark >= lineEnd) {
        line = lines.lineOf(mark);
        lineEnd = lines.lineEnd(line);
      }
      const c = text.charCodeAt(mark);
      let spaceStart = mark - 1;
      while (spaceStart > 0 && isSpace(text.charCodeAt(spaceStart - 1))) spaceStart--;
      // What precedes the space: a word or a closing quote or bracket, on the same line.
      const before = text.charCodeAt(spaceStart - 1);
      if (spaceStart === 0 || !(CLASS[before] !== K_OTHER || isCloser(before))) continue;
      const markEnd = mark + 1;
      const after = text.charCodeAt(markEnd);
      // " ...", " !!!", " ??", " ?!": ellipses and emphasis, typed apart on purpose.
      if (after === c || (c === 46 && after === 0x2026) || ((c === 33 || c === 63) && (after === 33 || after === 63))) continue;
      const afterIsWord = markEnd < text.length && CLASS[after] !== K_OTHER;
      const afterIsSpace = after === 32 || after === 0xa0 || after === 0x202f;
      if (c === 46) {
        if (afterIsWord) continue; // " .NET", " .5"
        // "nu . . . kära", "překáželo . . . Postavte": a spaced ellipsis, the periods set apart as
        // books print them (Chicago style, older Swedish, Czech and English typesetting), is one mark.
        if (spacedEllipsis(text, markEnd)) continue;
        // " ./configure", " .\\bin": a relative path, whose fix would glue it to the word before.
        if (after === 47 || after === 92) continue;
        // "tsc -p .", "find . -name": the current folder, an argument of a command line.
        if (optionOnLine(text, lines.starts[line], lineEnd)) continue;
      } else if (c === 58 || c === 59) {
        // "Tiger : Crunchy", "luxurious ; display": spaced on both sides is a style (and French);
        // ":)", ";-)" are smileys; "2 : 2", "19 : 30" scores and times.
        if (frenchSpacing || afterIsSpace || afterIsWord || isSmiley(after)) continue;
      } else if (c === 33 || c === 63) {
        if (frenchSpacing) continue;
      } else if (afterIsWord && CLASS[after] === K_DIGIT) continue; // " ,5": a decimal written oddly
      const marks = text[mark];
      found.push({
        finding: {
          start: spaceStart,
          end: markEnd,
          message: `Space before “${marks}”.`,
          fix: { description: `remove the space before “${marks}”`, edits: [{ start: spaceStart, end: mark, text: '' }], safe: true },
        },
        line,
        commaOrStop: c === 44 || c === 46,
      });
    }
    if (found.length === 0) return;
    const spaced = found.filter((f) => f.commaOrStop).length;
    const systematic = found.length >= 2 && spaced >= SYSTEMATIC_SHARE * marks.commasAndStops;
    const perLine = new Map<number, number>();
    for (const f of found) perLine.set(f.line, (perLine.get(f.line) ?? 0) + 1);
    for (const f of found) if (systematic || perLine.get(f.line)! >= MIN_PER_PARAGRAPH) report(f.finding);
  },
};

/**
 * Whether the text puts a space before ; : ! ? as its typography: French and Breton always; a
 * language outside the registry (or none told) where the document does so before FRENCH_HABIT_SHARE of them, its
 * commas and full stops standing close (fewer than SYSTEMATIC_SHARE spaced): MT output left
 * untokenised spaces those too. (The Kabyle New Testament spaces 454 of its 458 such marks and 17
 * of its 1,724 commas and full stops.)
 */
export function spacesMarksAsFrench(ctx: CheckContext): boolean {
  if (SPACED_MARKS_LANGUAGES.has(ctx.language.code)) return true;
  if (languageFor(ctx.language.code)) return false;
  const { text, marks } = ctx;
  let high = 0;
  let low = 0;
  for (const at of marks.spacedPunctuation) {
    let before = at - 1;
    while (before > 0 && isSpace(text.charCodeAt(before))) before--;
    // After a word or a closing mark, as the rule's own reading: not a list's mark at a line's start.
    const b = text.charCodeAt(before);
    if (before === 0 || !(CLASS[b] !== K_OTHER || isCloser(b))) continue;
    const c = text.charCodeAt(at);
    if (c === 44 || c === 46) low++;
    else if (c === 33 || c === 58 || c === 59 || c === 63) high++;
  }
  return high >= FRENCH_HABIT_MIN && high >= FRENCH_HABIT_SHARE * marks.highMarks && low < SYSTEMATIC_SHARE * marks.commasAndStops;
}

/** What the rule flags and what it leaves alone: tests/rules.test.ts runs them. Not part of the rule, so not of the bundle. */
export const examples: RuleExamples = {
  bad: [
    {
      text: 'The talks took place in Berlin , and both sides agreed , as expected.',
      findings: [
        { flagged: ' ,', message: 'Space before “,”.' },
        { flagged: ' ,', start: 54, message: 'Space before “,”.' },
      ],
      output: 'The talks took place in Berlin, and both sides agreed, as expected.',
    },
    {
      text: 'The minister arrived on Monday . The talks began at noon , and ended late.',
      findings: [
        { flagged: ' .', message: 'Space before “.”.' },
        { flagged: ' ,', message: 'Space before “,”.' },
      ],
      output: 'The minister arrived on Monday. The talks began at noon, and ended late.',
    },
    {
      text: 'Die Gespräche fanden in Berlin statt , und beide Seiten stimmten zu , wie erwartet.',
      lang: 'de',
      findings: [
        { flagged: ' ,', message: 'Space before “,”.' },
        { flagged: ' ,', start: 67, message: 'Space before “,”.' },
      ],
      output: 'Die Gespräche fanden in Berlin statt, und beide Seiten stimmten zu, wie erwartet.',
    },
    {
      text: '¿Dónde está el ministro ? Nadie lo sabe , dijo ella.',
      lang: 'es',
      findings: [
        { flagged: ' ?', message: 'Space before “?”.' },
        { flagged: ' ,', message: 'Space before “,”.' },
      ],
      output: '¿Dónde está el ministro? Nadie lo sabe, dijo ella.',
    },
    {
      text: 'Jednání proběhlo v Berlíně , obě strany souhlasily , jak se čekalo.',
      lang: 'cs',
      findings: [
        { flagged: ' ,', message: 'Space before “,”.' },
        { flagged: ' ,', start: 50, message: 'Space before “,”.' },
      ],
      output: 'Jednání proběhlo v Berlíně, obě strany souhlasily, jak se čekalo.',
    },
    {
      text: 'Переговоры прошли в Берлине , стороны договорились , как и ожидалось.',
      lang: 'ru',
      findings: [
        { flagged: ' ,', message: 'Space before “,”.' },
        { flagged: ' ,', start: 50, message: 'Space before “,”.' },
      ],
      output: 'Переговоры прошли в Берлине, стороны договорились, как и ожидалось.',
    },
    {
      text: 'Переговори пройшли в Берліні , сторони домовилися , як і очікувалося.',
      lang: 'uk',
      findings: [
        { flagged: ' ,', message: 'Space before “,”.' },
        { flagged: ' ,', start: 49, message: 'Space before “,”.' },
      ],
      output: 'Переговори пройшли в Берліні, сторони домовилися, як і очікувалося.',
    },
    // Spaced as French in a language of the registry that is not printed so: MT copied the source's spacing.
    {
      text: 'Who are you looking for ? A prophet ? Yes, a prophet ! I tell you : more than a prophet. Listen ! Woe to you, Chorazin !',
      findings: [
        { flagged: ' ?', message: 'Space before “?”.' },
        { flagged: ' ?', start: 35, message: 'Space before “?”.' },
        { flagged: ' !', message: 'Space before “!”.' },
        { flagged: ' !', start: 95, message: 'Space before “!”.' },
        { flagged: ' !', start: 118, message: 'Space before “!”.' },
      ],
      output: 'Who are you looking for? A prophet? Yes, a prophet! I tell you : more than a prophet. Listen! Woe to you, Chorazin!',
    },
    {
      text: 'Les négociations ont eu lieu à Berlin , et les deux parties étaient d’accord , comme prévu.',
      lang: 'fr',
      findings: [
        { flagged: ' ,', message: 'Space before “,”.' },
        { flagged: ' ,', start: 76, message: 'Space before “,”.' },
      ],
      output: 'Les négociations ont eu lieu à Berlin, et les deux parties étaient d’accord, comme prévu.',
    },
  ],
  good: [
    { text: 'Thanks again for the recipe :) See you soon ;-)' },
    { text: 'It runs on .NET and costs .5 dollars. Wait ... what?' },
    // A spaced ellipsis, as books print it (Swedish, Czech, English): ". . ." is one mark.
    { text: '– Ja så, ä’ vi framme vid Skillingaryd nu . . . kära Erik, öppna vagnsdörren. Han var då bara på sjette året . . . jag mins hvad han gret.', lang: 'sv' },
    { text: 'Rangers drew 2 : 2 with Villarreal at 19 : 30.' },
    { text: 'Quelle bonne idée ! Il a dit : « oui » ; puis il est parti ?', lang: 'fr' },
    { text: 'Il a dit\u202F: «\u00A0oui\u00A0».', lang: 'fr' },
    // A language outside the registry printed as French is (Kabyle New Testament, christos-c/bible-corpus):
    // the document spaces ; : ! ? every time, its commas and full stops never.
    {
      text: 'Anwa i ɣer tṛuḥem a t-id-teẓrem ihi ? D yiwen n nnbi ? Țideț ih, d nnbi ! A wen-iniɣ : yugar nnbi. Win yesɛan imeẓẓuɣen, isel-ed ! A nnger-im a tamdint n Kurazim !',
      lang: 'kab',
    },
    { text: ', and then the list\n. continued', lang: 'en' },
    { text: 'The talks took place in Berlin , and both sides agreed.' },
    { text: 'Tiger : Crunchy wafers. Smells like a basement !!! The order came late .' },
    { text: 'The order came late , I think.' },
    { text: 'Run ./configure, then ./build.sh, or copy the files from .\\dist to ./out.' },
    { text: 'Check the types with tsc --noEmit -p . and build with esbuild . --bundle, then run find . -name x.' },
  ],
};

/** How far from the line's start an option is looked for. */
const MAX_COMMAND_LINE = 200;

/**
 * Whether the line text[from, to) holds a command-line option (" -p", " --name", a letter after
 * the hyphens), which prose does not write: then a lone " ." on it is the current folder.
 */
function optionOnLine(text: string, from: number, to: number): boolean {
  const end = Math.min(to, from + MAX_COMMAND_LINE);
  for (let hyphen = text.indexOf('-', from); hyphen >= 0 && hyphen < end; hyphen = text.indexOf('-', hyphen + 1)) {
    if (hyphen > from && text.charCodeAt(hyphen - 1) !== 32) continue;
    const letter = text.charCodeAt(text.charCodeAt(hyphen + 1) === 45 ? hyphen + 2 : hyphen + 1);
    if ((letter >= 97 && letter <= 122) || (letter >= 65 && letter <= 90)) return true;
  }
  return false;
}

/**
 * Whether the period before `i` opens a spaced ellipsis: a space, a period, a space and another
 * period follow (". . ."), the spaces plain or no-break.
 */
function spacedEllipsis(text: string, i: number): boolean {
  return isSpace(text.charCodeAt(i)) && text.charCodeAt(i + 1) === 46 && isSpace(text.charCodeAt(i + 2)) && text.charCodeAt(i + 3) === 46;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 9;
}

function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x201c;
}

/** ":)", ":-)", ";D", ":P", ":(", ":/", ":|" … */
function isSmiley(c: number): boolean {
  return c === 41 || c === 40 || c === 45 || c === 68 || c === 80 || c === 112 || c === 47 || c === 124 || c === 93 || c === 91 || c === 51 || c === 42 || c === 79 || c === 111 || c === 39 || c === 94;
}
