import type { CheckContext } from '../context.js';
import { CLASS, K_OTHER, K_UPPER, RTL_SCRIPTS, SCRIPT, isLetterClass } from '../catalogue/charclass.js';
import type { Rule, RuleExamples } from '../types.js';
import { lazyRegExp } from '../text/lazy-regexp.js';
import { cutForLink } from '../text/cut-for-link.js';
import { isLineBreak } from '../text/chars.js';
import { readsAsPlay } from '../segmentation/speaker-abbreviations.js';

// Brackets pair within a paragraph, or across the next few lines: a file of one segment per line
// splits a parenthesis when it splits its sentence. Not brackets but something else: list labels ("1)", "a)", "iv)") and smileys (":)", ";-)",
// "=(", and in chat text "))))", "((((", or a single ")" or "(" ending a sentence, as Russian and
// Ukrainian writers smile and frown, and their translators keep; on a line that smiles so once,
// any ")" without an opener is a smile too: "Hello) everything was fine :)"). A right-to-left line
// typed in visual order holds ")" where "(" opens (Persian "امام حسین) ع (به"): where every bracket
// of it pairs so, its brackets are read mirrored.

// Each opener's closer is its Bidi_Mirroring_Glyph, so an opener and closer at the same index
// mirror each other: the glyph shown for one in a right-to-left line is the other.
const OPEN = '([{（［【〔';
const CLOSE = ')]}）］】〕';
/** The same as char codes: the rule reads each bracket by its code (a string read is a new string past U+00FF). */
const OPEN_CODES = Array.from(OPEN, (ch) => ch.charCodeAt(0));
const CLOSE_CODES = Array.from(CLOSE, (ch) => ch.charCodeAt(0));
/** Indexes in OPEN and CLOSE of the round brackets, ASCII and full-width. */
const ROUND = new Set([0, 3]);
/** A bracket may close this many lines later: segments of one sentence split over lines. */
const SPAN_LINES = 3;
/**
 * A square bracket may close this many lines later: it marks an editorial insertion, which spans
 * paragraphs (an amendment in a consolidated law, "[1 § 1er. … ]1" of Belgian Justel texts, an
 * editor's addition to a quoted passage). Amendments measured in Belgian consolidated laws close
 * within 25 lines of text and blank lines (one in 200 later).
 */
const SPAN_LINES_SQUARE = 30;
/** The index in OPEN and CLOSE of the ASCII square bracket. */
const SQUARE = 1;
const MAX_OPEN = 32;

/** For the rule catalogue (scripts/update-schema.ts); not in the meta, so the bundle leaves it out. */
export const description =
  'A bracket without its partner: "(see below" or "the end)". A bracket may close up to three lines later (one ' +
  'sentence split over segments), a square one up to thirty (an editorial insertion over paragraphs: an amendment in a consolidated law). ' +
  'List labels ("1)", "a)", "aa)", "iv)", a note\'s "*)") and smileys (":)", ";-)", ")))", "(((") are ' +
  'told apart, as is a half-open interval ("(0,5]", "[-∞, 0)"), and on a line that smiles so, a \")\" without an opener is a smile too; a bracket alone between two words, on a line with no word or ' +
  'inside quotation marks is the character mentioned ("missing } after", "the \"(\" key"). A right-to-left line whose brackets all pair ' +
  'when read mirrored (typed in visual order: Persian "امام حسین) ع (به") is read so. A bracket opened before a cut for a link (a post or feed shortened ' +
  'with an ellipsis followed only by a URL and tags: "(tu... http://t.co/5tJ #assisi") closes in the part cut off. No fix: only the writer knows where the other bracket belongs.';

export const unpairedBracket: Rule<CheckContext> = {
  meta: {
    id: 'unpaired-bracket',
    category: 'punctuation',
    severity: 'warning',
    mqm: 'Fluency/Punctuation',
    languages: '*',
    silencedBySource: true,
  },

  check(ctx, report) {
    const { text, lines } = ctx;
    const { starts } = lines;
    // Openers still open (offset, line, index in OPEN), oldest first: they may close on one of the
    // next lines (a parenthesis that spans two segments of a one-sentence-per-line file), and are
    // reported once that is out of reach. Columns of MAX_OPEN + 1, not an object per opener.
    const openAt = new Int32Array(MAX_OPEN + 1);
    const openLine = new Int32Array(MAX_OPEN + 1);
    const openKind = new Int8Array(MAX_OPEN + 1);
    let depth = 0;
    const dropOldest = () => {
      const at = openAt[0];
      openAt.copyWithin(0, 1, depth);
      openLine.copyWithin(0, 1, depth);
      openKind.copyWithin(0, 1, depth);
      depth--;
      return at;
    };
    // An unpaired bracket is reported unless it is the character mentioned (see mentioned): asked
    // only once it pairs with nothing, so spaced brackets of a pair ("( مثل جذر 2 )") still pair.
    const flag = (at: number) => {
      if (!mentioned(text, at) && !drawnBrace(text, lines, at) && !stageDirection(text, at, ctx)) report(finding(text, at));
    };
    let line = 0;
    let lineEnd = -1;
    // The index in marks of the line's first bracket, and whether the line's brackets are read mirrored.
    let lineFirst = 0;
    let mirrored = false;
    // Closing round brackets with no opener, reported at the line's end unless the line smiles
    // elsewhere (":)", "))", "for me )"): a writer who smiles with ")" does so again ("Hello) all").
    let lone: number[] = [];
    let smiles = false;
    const endLine = () => {
      if (!smiles) for (const at of lone) flag(at);
      lone = [];
      smiles = false;
    };
    const unclosed = (at: number) => {
      const atLine = lines.lineOf(at);
      const end = lines.lineEnd(atLine);
      // "((((((" and "you?(": frowns in chat text. A line cut short for its link after the bracket
      // ("francescana (tu... http://t.co/5tJ"): it closes in the part cut off.
      if (!repeated(text, at) && !chatFace(text, at, end) && !(cutForLink(text, starts[atLine], end) > at)) flag(at);
    };
    const expire = (current: number) => {
      while (depth > 0 && openLine[0] < current - SPAN_LINES && openKind[0] !== SQUARE) unclosed(dropOldest());
      // A square bracket held open past SPAN_LINES: the openers above it are dropped in place.
      if (depth > 0 && openLine[0] < current - SPAN_LINES) expireAll(current);
    };
    // Reports every opener out of its reach and drops it, keeping the order of the rest.
    const expireAll = (current: number) => {
      let kept = 0;
      for (let k = 0; k < depth; k++) {
        const span = openKind[k] === SQUARE ? SPAN_LINES_SQUARE : SPAN_LINES;
        if (openLine[k] < current - span) {
          unclosed(openAt[k]);
          continue;
        }
        openAt[kept] = openAt[k];
        openLine[kept] = openLine[k];
        openKind[kept] = openKind[k];
        kept++;
      }
      depth = kept;
    };
    const { at: marks, count: markCount } = ctx.marks.bracket;
    // An index loop: for-of made an iterator result per mark where this ran before it was optimised.
    for (let j = 0; j < markCount; j++) {
      const at = marks[j];
      if (at >= lineEnd) {
        // Most lines have no lone ")" to report and do not smile: endLine, not called for those,
        // runs too seldom to be compiled.
        if (lone.length !== 0 || smiles) endLine();
        // The marks come in order: the line moves forward (lines.lineOf, by bisection, cost more).
        line = lines.lineFrom(line, at);
        lineEnd = lines.lineEnd(line);
        lineFirst = j;
        mirrored = false;
        expire(line);
      }
      const c = mirrored ? mirror(text.charCodeAt(at)) : text.charCodeAt(at);
      const open = OPEN_CODES.indexOf(c);
      if (open >= 0) {
        if (isSmiley(text, at)) {
          smiles = true;
          continue;
        }
        openAt[depth] = at;
        openLine[depth] = line;
        openKind[depth] = open;
        depth++;
        // Nobody nests brackets this deep: the oldest will not close (and the stack stays small).
        if (depth > MAX_OPEN) unclosed(dropOldest());
        continue;
      }
      const close = CLOSE_CODES.indexOf(c);
      // A half-open interval pairs a round bracket with a square one: "(0,5]", "[-∞, 0)".
      if (depth > 0 && isInterval(text, openAt[depth - 1], openKind[depth - 1], at, close)) {
        depth--;
        continue;
      }
      // Full-width and ASCII round brackets close each other: "(Apple Daily …）".
      let partner = depth - 1;
      while (partner >= 0 && !sameKind(openKind[partner], close)) partner--;
      if (partner >= 0) {
        // The openers above the partner are unpaired ("(a [b) c").
        for (let k = partner + 1; k < depth; k++) flag(openAt[k]);
        depth = partner;
        continue;
      }
      // A right-to-left line that opens with a closer, and whose brackets all pair read mirrored, was
      // typed in visual order: read again from this bracket, mirrored.
      if (j === lineFirst && !mirrored && pairsMirrored(text, marks, markCount, j, lineEnd) && rightToLeft(text, starts[line], lineEnd)) {
        mirrored = true;
        j--;
        continue;
      }
      const stray = strayCloser(text, at, lineEnd, starts[line]);
      if (stray === SMILE) smiles = true;
      else if (stray === LONE) lone.push(at);
      else if (stray === UNPAIRED) flag(at);
    }
    endLine();
    expire(Infinity);
  },
};

/** What the rule flags and what it leaves alone: tests/rules.test.ts runs them. Not part of the rule, so not of the bundle. */
export const examples: RuleExamples = {
  bad: [
    {
      text: 'The treaty (signed in 2019 was ratified last week.',
      findings: [{ flagged: '(', message: 'Unpaired “(”: the bracket is never closed in this paragraph.' }],
    },
    {
      text: 'The treaty was signed in 2019) and ratified last week.',
      findings: [{ flagged: ')', message: 'Unpaired “)”: no bracket opens before it in this paragraph.' }],
    },
    {
      text: 'Der Vertrag (unterzeichnet 2019 wurde letzte Woche ratifiziert.',
      lang: 'de',
      findings: [{ flagged: '(', message: 'Unpaired “(”: the bracket is never closed in this paragraph.' }],
    },
    {
      text: 'El tratado [firmado en 2019 fue ratificado.',
      lang: 'es',
      findings: [{ flagged: '[', message: 'Unpaired “[”: the bracket is never closed in this paragraph.' }],
    },
    {
      text: 'Smlouva (podepsaná v roce 2019 byla ratifikována.',
      lang: 'cs',
      findings: [{ flagged: '(', message: 'Unpaired “(”: the bracket is never closed in this paragraph.' }],
    },
    {
      text: 'Договор (подписанный в 2019 году был ратифицирован.',
      lang: 'ru',
      findings: [{ flagged: '(', message: 'Unpaired “(”: the bracket is never closed in this paragraph.' }],
    },
    {
      text: 'Договір підписано у 2019 році) і ратифіковано.',
      lang: 'uk',
      findings: [{ flagged: ')', message: 'Unpaired “)”: no bracket opens before it in this paragraph.' }],
    },
    {
      // A right-to-left line whose brackets do not pair in mirrored order either: the ")" is unpaired.
      text: 'امام حسین) ع به معاویه نامه نوشت.',
      lang: 'fa',
      findings: [{ flagged: ')', message: 'Unpaired “)”: no bracket opens before it in this paragraph.' }],
    },
    {
      // A link after the bracket is no cut: the text goes on to the end of its line.
      text: 'Details of the new timetable (see https://example.org/timetable for all lines',
      findings: [{ flagged: '(', message: 'Unpaired “(”: the bracket is never closed in this paragraph.' }],
    },
  ],
  good: [
    // A play's stage directions, opened with a bracket at the line start and never closed.
    {
      text:
        'FAUST.\nWer ist da? Ich höre Schritte vor der Tür.\nMEPHISTOPHELES.\nIch bin es, und ich bleibe.\nFAUST.\nSo komm herein.\nMEPHISTOPHELES.\nHier bin ich.\n' +
        'FAUST.\nWas willst du?\nMEPHISTOPHELES.\nDich begleiten.\n(Er verschwindet mit Faust, die Gesellen fahren auseinander.\nFAUST.\nNun denn!\nMEPHISTOPHELES.\nGeh voran.\nFAUST.\nIch gehe.\nMEPHISTOPHELES.\nSo sei es.\n',
      lang: 'de',
    },
    // The same with classic Mac OS line ends (CR alone): a line starts after any line break.
    {
      text:
        'FAUST.\rWer ist da? Ich höre Schritte vor der Tür.\rMEPHISTOPHELES.\rIch bin es, und ich bleibe.\rFAUST.\rSo komm herein.\rMEPHISTOPHELES.\rHier bin ich.\r' +
        'FAUST.\rWas willst du?\rMEPHISTOPHELES.\rDich begleiten.\r(Er verschwindet mit Faust, die Gesellen fahren auseinander.\rFAUST.\rNun denn!\rMEPHISTOPHELES.\rGeh voran.\rFAUST.\rIch gehe.\rMEPHISTOPHELES.\rSo sei es.\r',
      lang: 'de',
    },
    // A brace drawn down the lines it groups (a play's cast, plain text).
    { text: 'PROLOGUE DANS LE CIEL.\n RAPHAËL,}\n GABRIEL,} Archanges.\n MICHEL, }\n Le Seigneur parle le premier.', lang: 'fr' },
    // Half-open intervals (OpenTelemetry docs on histogram buckets, Japanese): a round bracket closed by a square one.
    { text: '境界を [0,5,10] で設定すると、バケットが (-∞, 0],(0,5],(5,10],(10,+∞] という境界で作成されます。 境界は (base**i, base**(i+1)] です。', lang: 'ja' },
    { text: 'Values in [0, 1) are rounded down.' },
    // A post or a feed cut short for its link (an ellipsis, then only the link and tags): the bracket closes in the part cut off.
    { text: 'Frati di Assisi: il convento resta fedele alla spiritualità francescana (tu... http://t.co/5tJcJlAS #assisi', lang: 'it' },
    { text: 'Neue Studie zur Mobilität in der Stadt (Verkehrsverbund, Stand … https://example.de/a/123', lang: 'de' },
    // Brackets typed in visual order in a right-to-left line (UD Persian Seraji): the logical text holds ")"
    // where "(" opens, and every bracket of the line pairs so.
    { text: 'معاویه به امام حسین) ع (می‌گوید به فکر دین و امت محمد) ص (باش، و فتنه‌گری مکن.', lang: 'fa' },
    { text: 'הספר) שיצא ב-1990 (זכה בפרס; ראו ]נספח א[ לפרטים.', lang: 'he' },
    // The source opens the bracket in this segment and closes it in the next.
    { text: 'Die Preise (ohne Steuern, siehe', lang: 'de', source: 'The prices (without taxes, see', sourceLang: 'en' },
    { text: 'Options: a) cheap, b) fast, 1) now, iv) later. Thanks :) see you ;-) bye =)' },
    // Brackets glued after ":" or "=" enclose a word: placeholders of an address, a formula.
    { text: 'Open http://[IP]:[PORT] in your browser, or set x=(a+b) and wait :( sorry.' },
    { text: 'Спасибо большое))) Увидимся)', lang: 'ru' },
    { text: 'My ex-husband writes poems for me ) a real drama). 2 hours drive)) walks and back)!' },
    { text: 'Привіт) все було добре, дякую )', lang: 'uk' },
    { text: 'The treaty (signed in 2019 [and amended {twice}]) was ratified.' },
    { text: '1) The first point.\n2) The second point.' },
    // A range of labels (the Polish GDPR), a label right after an amendment's opening marker (Belgian Justel).
    { text: 'Uprawnienia, o których mowa w art. 58 ust. 2 lit. a)–h) oraz j).', lang: 'pl' },
    { text: 'Les travaux suivants : [h) de la démolition ou de la reconstruction]2.', lang: 'fr' },
    // Legislative enumerations below "a)", and a note marked with a star (German federal law).
    { text: 'a) die Anlagen,\n    aa) eine gleichmäßige Last,\n    bb) ein Außendruck;\n*) Im Zusammenhang mit anderen Ausbildungen.', lang: 'de' },
    // An amendment of a consolidated law, in square brackets, spans paragraphs (Belgian Justel).
    { text: 'Art. 1469. [1 § 1er. Les époux optent pour le régime.\n\n§ 2. Le patrimoine originaire est présumé nul.\n\n§ 3. Il est évalué.\n\n§ 4. Les dettes sont déduites.]1', lang: 'fr' },
    { text: '【Official】 Sale （limited）' },
    // Characters quoted as a set: the brackets among them are named, not opened.
    { text: 'If the path contains wildcard characters ("*?[{~"), the server guesses that a listing is wanted.' },
    // A syntax line's negation "[!]" after "=" is a bracket pair, not a face "=[".
    { text: 'CustomLog file|pipe format|nickname [env=[!]environment-variable| expr=expression]' },
    // Brackets mentioned, not opened or closed: error messages quoted in a translation, a key named.
    { text: 'SyntaxError: missing } after function body. Faltando ] depois da lista. O símbolo ")" fecha e «[» abre; ("aspas") ficam.', lang: 'pt' },
    // A bracket alone on its line is the character named: a heading naming the shell's "[" command, a table cell of keys.
    { text: '[\nComprueba tipos de archivo y compara valores; devuelve 0 si la condición es verdadera.', lang: 'es' },
    { text: 'Teclas\n)\nCierra el grupo abierto.', lang: 'es' },
    { text: 'La lista de versiones sigue.\n)}\nCada versión tiene su tabla.', lang: 'es' },
    { text: 'Paréntesis sin pareja:\n( o \\( sin pareja', lang: 'es' },
    // Brackets spaced inside still pair.
    { text: 'وسيئتان إذا كان ( مثل جذر 2 ) وهذا. Bunlar aynıdır. [ ikiside 2-B lu ] Yani.', lang: 'ar' },
  ],
};

/** What a closing bracket with no opener is (strayCloser). */
const SMILE = 0;
const LIST_LABEL = 1;
/** A ")" reported at the line's end unless the line smiles elsewhere. */
const LONE = 2;
const UNPAIRED = 3;

/**
 * What the closing bracket at `at`, with no opener, is: a smile, a list label, a lone ")" or an
 * unpaired bracket. A function of its own, which the rule's compiled loop calls rather than
 * holding its tests (most brackets pair).
 */
function strayCloser(text: string, at: number, lineEnd: number, lineStart: number): number {
  // Smiles: ":)", "))))", and in chat text (often carried into translations) a ")" after a
  // word that ends the line or a sentence ("Спасибо)", "see you tomorrow)").
  if (isSmiley(text, at) || repeated(text, at) || chatFace(text, at, lineEnd)) return SMILE;
  if (isLabel(text, at, lineStart)) return LIST_LABEL;
  return text.charCodeAt(at) === 41 ? LONE : UNPAIRED; // ")"
}

/** The bracket c shows as in a right-to-left line (its Bidi_Mirroring_Glyph); c itself if it is none of OPEN and CLOSE. */
function mirror(c: number): number {
  const open = OPEN_CODES.indexOf(c);
  if (open >= 0) return CLOSE_CODES[open];
  const close = CLOSE_CODES.indexOf(c);
  return close >= 0 ? OPEN_CODES[close] : c;
}

/** Whether the brackets marks[from…] before `end` all pair, each read as its mirror image. */
function pairsMirrored(text: string, marks: Int32Array, count: number, from: number, end: number): boolean {
  const kinds: number[] = [];
  for (let k = from; k < count && marks[k] < end; k++) {
    const c = mirror(text.charCodeAt(marks[k]));
    const open = OPEN_CODES.indexOf(c);
    if (open >= 0) kinds.push(open);
    else if (kinds.length === 0 || !sameKind(kinds.pop()!, CLOSE_CODES.indexOf(c))) return false;
  }
  return kinds.length === 0;
}

/** Whether the line's first letter is of a right-to-left script: the paragraph direction of the Unicode bidi algorithm (rule P2). */
function rightToLeft(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isLetterClass(CLASS[c])) return RTL_SCRIPTS.has(SCRIPT[c]);
  }
  return false;
}

/**
 * Two endpoints between a round and a square bracket: a half-open interval in mathematical notation
 * ("(0,5]", "[-∞, 0)", "(base**i, base**(i+1)]"). An endpoint is one term with no space in it, and a
 * number or infinity is among them, so a parenthesis closed by a stray "]" in prose still shows.
 */
const INTERVAL = /^[-+−]?[^\s,()[\]]+(?:\([^\s,()[\]]*\))?[ \t]?,[ \t]?[-+−]?[^\s,()[\]]+(?:\([^\s,()[\]]*\))?$/;
const INTERVAL_NUMBER = /[\d∞]/;
/** Longest interval read: two short terms. */
const INTERVAL_LENGTH = 40;

function isInterval(text: string, openAt: number, open: number, closeAt: number, close: number): boolean {
  if (!((open === 0 && close === SQUARE) || (open === SQUARE && close === 0))) return false;
  if (closeAt - openAt > INTERVAL_LENGTH) return false;
  const inside = text.slice(openAt + 1, closeAt);
  return INTERVAL.test(inside) && INTERVAL_NUMBER.test(inside);
}

function sameKind(open: number, close: number): boolean {
  return open === close || (ROUND.has(open) && ROUND.has(close));
}

function finding(text: string, at: number) {
  const c = text[at];
  const opening = OPEN.includes(c);
  return {
    start: at,
    end: at + 1,
    message: opening ? `Unpaired “${c}”: the bracket is never closed in this paragraph.` : `Unpaired “${c}”: no bracket opens before it in this paragraph.`,
  };
}

const QUOTE = /["'«»‹›“”„‟‘’‚「」『』]/;

/**
 * A bracket alone between two words, alone inside quotation marks or on a line with no word, is the character mentioned (or code), not
 * a bracket opened or closed: "SyntaxError: missing } after function body", "Faltando ] depois",
 * "the \"(\" key", "символ «)»". (A round ")" after a space stays with the smiles: "for me )".)
 */
function mentioned(text: string, at: number): boolean {
  const before = text[at - 1] ?? '';
  const after = text[at + 1] ?? '';
  if (QUOTE.test(before) && QUOTE.test(after)) return true;
  // Among other symbols quoted as a set of characters: 'wildcard characters ("*?[{~")'.
  if (quotedSymbols(text, at)) return true;
  // On a line with no word: the character named (a heading naming the shell's "[" command, a cell
  // of a table of keys) or code (an MDX expression's closing ")}" on its own line).
  if (wordlessLine(text, at)) return true;
  // Escaped, as regular expressions write it: "Unmatched ( or \(" (git's "( o \( sin pareja").
  if (before === '\\') return true;
  // Alone at a line's start before a word: "( o \( sin pareja".
  if ((before === '' || isLineBreak(text.charCodeAt(at - 1))) && after === ' ' && isWordChar(text[at + 2]) && text[at] !== ')' && text[at] !== '）') return true;
  // Between spaces, it stands as a word among words: "missing } after", not "“. [ \" about" in garbled output.
  return before === ' ' && after === ' ' && isWordChar(text[at - 2]) && isWordChar(text[at + 2]) && text[at] !== ')' && text[at] !== '）';
}

/** Longest run of symbols read by quotedSymbols. */
const MAX_QUOTED_SYMBOLS = 12;

/** Whether the bracket at `at` stands in a run of symbols (no letter, digit or space) with quotation marks at both ends. */
function quotedSymbols(text: string, at: number): boolean {
  const symbol = (c: string | undefined) => c !== undefined && !isWordChar(c) && !/\s/.test(c) && !QUOTE.test(c);
  let from = at;
  while (from > 0 && at - from < MAX_QUOTED_SYMBOLS && symbol(text[from - 1])) from--;
  let to = at + 1;
  while (to < text.length && to - at < MAX_QUOTED_SYMBOLS && symbol(text[to])) to++;
  return QUOTE.test(text[from - 1] ?? '') && QUOTE.test(text[to] ?? '');
}

/**
 * Whether the bracket at `at` is one piece of a brace drawn down several lines, as plain text draws
 * the large brace that groups a play's speakers or a list's lines ("RAPHAËL,}⏎GABRIEL,} Archanges.⏎
 * MICHEL, }"): the same bracket stands in the same column (or one beside it) on the line above or below.
 */
function drawnBrace(text: string, lines: CheckContext['lines'], at: number): boolean {
  const line = lines.lineOf(at);
  const column = at - lines.starts[line];
  // A brace is drawn beside short lines (a cast, a list); a long line's bracket is the text's.
  if (column > DRAWN_BRACE_COLUMN) return false;
  const sameAt = (l: number) => {
    if (l < 0 || l >= lines.starts.length) return false;
    const start = lines.starts[l];
    const end = lines.lineEnd(l);
    for (let c = Math.max(0, column - 1); c <= column + 1; c++) if (start + c < end && text[start + c] === text[at]) return true;
    return false;
  };
  return sameAt(line - 1) || sameAt(line + 1);
}

/** Farthest column a drawn brace stands in. */
const DRAWN_BRACE_COLUMN = 80;

/**
 * Whether the bracket at `at` opens a stage direction of a play, which many editions open with a
 * bracket at the start of its line and never close ("[Exit.", "(Er verschwindet mit Faust, die
 * Gesellen fahren auseinander."): an opening round or square bracket first on its line, in a
 * document that reads as a play (speakers' labels opening many speeches, see readsAsPlay).
 */
function stageDirection(text: string, at: number, ctx: CheckContext): boolean {
  const c = text[at];
  if (c !== '(' && c !== '[') return false;
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return (i === 0 || isLineBreak(text.charCodeAt(i - 1))) && readsAsPlay(ctx);
}

/** Longest line read for a word by wordlessLine: a longer one is prose, or may as well be. */
const MAX_WORDLESS_LINE = 16;

/** Whether the line around `at` is short and holds no letter or digit (only brackets, marks and spaces). */
function wordlessLine(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && !isLineBreak(text.charCodeAt(from - 1))) if (at - --from > MAX_WORDLESS_LINE || isWordChar(text[from])) return false;
  for (let i = at + 1; i < text.length && !isLineBreak(text.charCodeAt(i)); i++) if (i - at > MAX_WORDLESS_LINE || isWordChar(text[i])) return false;
  return true;
}

const WORD_CHAR = lazyRegExp(String.raw`[\p{L}\p{M}\p{N}]`, 'u');
const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR().test(c);

/**
 * ":)", ":-)", ";(", "=)", "8)", ":-(" and the reverse "(:". An opener glued to the letter or digit
 * after it opens a bracket, not a face: "http://[IP]:[PORT]", "x=(a+b)", "key:(value)"; so does one
 * closed before the next blank ("env=[!]name", a negation in a syntax line).
 */
function isSmiley(text: string, at: number): boolean {
  let i = at - 1;
  if (text[i] === '-' || text[i] === "'" || text[i] === '^' || text[i] === '>' || text[i] === 'o') i--;
  const c = text[i];
  if (c === ':' || c === ';' || c === '=') return !(OPEN.includes(text[at]) && (isWordChar(text[at + 1]) || closedInWord(text, at)));
  const n = text[at + 1];
  return (text[at] === '(' || text[at] === ')') && (n === ':' || n === ';');
}

/**
 * "1)", "a)", "iv)", "b.)", "12a)": a list label (up to three digits and a letter, one letter, or
 * a Roman numeral) after a line start, space, or list punctuation. "the)" is a word, not a label.
 * Legislative drafting goes on below "a)" with doubled and tripled letters ("aa)", "bbb)": German
 * federal and EU law), and marks a note with stars ("*)", "**)") at a line's start or after a word.
 */
function isLabel(text: string, at: number, lineStart: number): boolean {
  let i = at;
  if (text[i - 1] === '.') i--;
  const end = i;
  if (text[i - 1] === '*') {
    while (i > lineStart && text[i - 1] === '*') i--;
    return end - i <= 3 && (i === lineStart || CLASS[text.charCodeAt(i - 1)] !== K_OTHER || /\s/.test(text[i - 1]));
  }
  while (i > lineStart && CLASS[text.charCodeAt(i - 1)] !== K_OTHER) i--;
  if (i === end || !LABEL().test(text.slice(i, end))) return false;
  // After a line start, a space, list punctuation or an opener ("[2[h) de la démolition"), or as the
  // end of a range of labels ("art. 58 ust. 2 lit. a)–h)").
  return i === lineStart || /[\s,;:([]/.test(text[i - 1]) || (/[–-]/.test(text[i - 1]) && text[i - 2] === ')');
}

/** Whether the opener at `at` has its closer before the next blank. */
function closedInWord(text: string, at: number): boolean {
  const closer = CLOSE[OPEN.indexOf(text[at])];
  for (let i = at + 1; i < text.length && !/\s/.test(text[i]); i++) if (text[i] === closer) return true;
  return false;
}

const LABEL = lazyRegExp(String.raw`^(?:\d{1,3}(?:\p{L}\p{M}*)?|\p{L}\p{M}*|(\p{Ll})\1{1,2}|[ivxlc]{1,6}|[IVXLC]{1,6})$`, 'u');

/** The same bracket twice or more in a row. */
function repeated(text: string, at: number): boolean {
  return text[at + 1] === text[at] || text[at - 1] === text[at];
}

/**
 * A round bracket that ends the line or comes before an emoji ("Спасибо)", "you?(", "sister)🙂"),
 * a closing one after a space or ! ? ("for me )", "night!)"), or one glued to a word and followed
 * by a new sentence ("say( But", "Привет) Как дела").
 */
function chatFace(text: string, at: number, lineEnd: number): boolean {
  if (text[at] !== ')' && text[at] !== '(') return false;
  const before = text.charCodeAt(at - 1);
  // "for me )", "night!)", "today?)": no sentence closes a parenthesis that way.
  if (text[at] === ')' && (before === 32 || before === 33 || before === 63)) return true;
  let i = at + 1;
  while (i < lineEnd && text.charCodeAt(i) === 32) i++;
  if (i >= lineEnd || isEmoji(text.charCodeAt(i))) return true;
  return at > 0 && CLASS[before] !== K_OTHER && i > at + 1 && CLASS[text.charCodeAt(i)] === K_UPPER;
}

/** Emoji and pictographs: surrogate pairs and the symbol blocks U+2600–U+27BF. */
function isEmoji(c: number): boolean {
  return (c >= 0xd83c && c <= 0xd83e) || (c >= 0x2600 && c < 0x27c0);
}
