import type { CheckContext } from '../context.js';
import { CLASS, K_DIGIT, K_OTHER } from '../catalogue/charclass.js';
import { opensWithDialogueDash } from '../segmentation/style.js';
import { NESTS_IN_SAME_MARKS } from '../languages/cldr-nested-quotes.js';
import { isUpperAt } from '../text/chars.js';
import { cutForLink } from '../text/cut-for-link.js';
import type { Rule, RuleExamples } from '../types.js';
import { lazyRegExp } from '../text/lazy-regexp.js';
import { opensTurn, withoutOpenTurnMarks } from './quote-dialogue.js';
import { reopenedBy, withoutJoinedReopenings } from './quote-reopening.js';
import { StaleMarks } from './quote-stale.js';

// Double quotation marks pair up in every style the languages use: “…” (English), „…“ (German,
// Czech, Slovak), „…” (Polish, Croatian, Romanian, Hungarian), «…» (French, Spanish, Russian,
// Ukrainian), »…« (German, Danish books), ”…” and »…» (Swedish, Finnish: the same mark opens and
// closes), "…", 「…」, and the pairs a typewriter or a keyboard without them types for them: ,,word''
// ,,word`` ,,word’’ ``word'' ‘‘word’’ ''word'' and <<word>> (Polish, Czech, German, Hungarian,
// Romanian, Bulgarian and French informal and older text). Which role a mark plays
// is read off its neighbours (an opening mark follows a space and precedes a word, a closing one
// follows a word; a mark alone at a line end closes) and off what is open; straight and curly
// marks mix in practice and close each other. Single quotes are not checked: ’ is also the
// apostrophe (don’t, l’homme, з’їв, rock 'n' roll, '90s, 't).
// A quotation over several paragraphs reopens at each or not at all, so a mark left open may
// close up to four lines later, lines of verse not counted. In a file of one sentence per line a quotation of several
// sentences leaves a lone mark on its first and last line, so there only the certain error is
// reported: an opening mark where none can open while the same mark is open („signed „ and). That
// mark alone is reported, not the one it seems to leave open.

const MAX_OPEN = 32;

/**
 * The marks by kind, the pairs typed for them read as the marks they stand for (see kindOf). A
 * kind is a number and a set of kinds a bit mask (see bit), not a string: text[at] past U+00FF is
 * a new string each time, compared by content in every switch and search after it, and a Map
 * lookup per mark and String.prototype.includes per search were most of the rule's work where it
 * runs too few times to be compiled (10 MB of English: 17,500 marks).
 */
const enum Kind {
  Straight, // "
  Left, // “
  Right, // ”
  Low, // „
  Guillemet, // «
  ClosingGuillemet, // »
  Corner, // 「
  ClosingCorner, // 」
  WhiteCorner, // 『
  ClosingWhiteCorner, // 』
}
/** The character of each kind. */
const KIND_CHARS = '"“”„«»「」『』';

/** The set of one kind. */
function bit(kind: Kind): number {
  return 1 << kind;
}

/** Whether kind `kind` is one of the set `kinds`. */
function isIn(kinds: number, kind: Kind): boolean {
  return ((kinds >> kind) & 1) !== 0;
}

/** Straight and curly marks get mixed ("„vidi\"", "“everything,\""): one family for closing. */
const CURLY = bit(Kind.Straight) | bit(Kind.Left) | bit(Kind.Low) | bit(Kind.Right);
/** The guillemets, which close each other as »…« and »…» show. */
const GUILLEMETS = bit(Kind.Guillemet) | bit(Kind.ClosingGuillemet);
/** What closes „: “ (German, Czech), ” (Polish, Croatian, Romanian, Hungarian) and " typed for either. */
const CLOSE_LOW = bit(Kind.Left) | bit(Kind.Right) | bit(Kind.Straight);
const MAX_PER_LINE = 1000;
/** A quotation left open may close this many lines later (paragraphs of one quotation). */
const SPAN_LINES = 4;
/**
 * A line of verse, short and holding no sentence end with more text after it, does not count
 * among those: a song or a poem quoted a line a paragraph closes ten or twenty short lines later
 * (in ELTeC novels, songs of 5 to 21 lines, 16 to 43 characters a line on average), within
 * VERSE_SPAN lines.
 */
const VERSE_LINE = 80;
const VERSE_SPAN = 40;
/** How far ahead on its line a spaced « looks for closing marks (bounded: a line may hold 10⁶ marks). */
const LOOKAHEAD = 64;
/** How far after an open mark a closing bracket is looked for (a bracket spans a clause, not a page). */
const BRACKET_REACH = 400;

/** For the rule catalogue (scripts/update-schema.ts); not in the meta, so the bundle leaves it out. */
export const description =
  'A double quotation mark without its partner ("he said “yes and left"), or an opening mark typed where the ' +
  'closing one belongs ("„signed „ and „final“", reported alone). Every national style is understood (“…”, „…“, ' +
  '„…”, «…», »…«, ”…”, »…», "…", 「…」, and the pairs a typewriter habit types for them: ,,…\'\' ,,…`` ,,…’’ „…’’ ``…\'\' ‘‘…’’ \'\'…\'\' <<…>>); a quotation over several paragraphs may ' +
  'reopen at each (in Spanish, Catalan and Portuguese with », the "comillas de seguir"; where a document joins those paragraphs, as a Bible chapter of verses joined, ' +
  'the quotation reopens mid-paragraph after a sentence end: “… “… “…”, read as such where the document reopens one quotation twice at least twice) or close up to four lines later (lines of verse, a song quoted, aside), or later still in the same block of lines, in a document that separates paragraphs with blank lines, with the next mark of its family when that closes, nothing of the family opening between (a speech over many verses, a verse per line); a turn of dialogue that a dash opened may go on in paragraphs opened with « (or „, “) that close with nothing, as French books print it, and a book that opens most of its turns with a dash and a mark its paragraphs never close ("-- «Bem, irei! -- disse Manoela") writes turns that way. In files of one sentence per line, where quotations span ' +
  'lines, only the second kind is reported. An outer «…» that opens with an inner one and writes the mark once («Цыганы» мои не продаются вовсе») is ' +
  'paired, as is a name quoted inside a name that ends with it (ПАТ «НЕК «Укренерго»), and, in a language that nests a quotation in the same marks (CLDR: French, Armenian, Bulgarian, Lithuanian, Turkmen), a quotation whose first sentence ends with one inside it, writing the shared mark once («Մարդը… ասաց. «Իմ… չլինի»:). Inch marks (15" screen), Hebrew gershayim typed as " (יו"ר, דו"חות), empty "" in code and single quotes ' +
  '(apostrophes) are left alone, as are an apostrophe typed twice inside a word (don\'\'t) and a lone << or >> (code: shifts, heredocs, List<List<int>>), and so is a quotation opened before a cut for a link (a post or feed shortened with an ellipsis ' +
  'followed only by a URL and tags: "« Nessun gioco delle parti: ... http://t.co/5Uj"). No fix: only the writer knows where the partner belongs.';

export const unpairedQuote: Rule<CheckContext> = {
  meta: {
    id: 'unpaired-quote',
    category: 'punctuation',
    severity: 'warning',
    mqm: 'Fluency/Punctuation',
    languages: '*',
    silencedBySource: true,
  },

  check(ctx, report) {
    const { text, lines } = ctx;
    const { starts } = lines;
    // Positions of the marks open on the current line, open[0, opened), innermost last: the mark
    // each stands for is kindOf it, and its line the current one. An object per opened mark
    // ({at, kind, line}) and an array emptied per line, whose store V8 drops and allocates again,
    // were 5.4 MB of garbage on 30 MB of English; only the few marks a line leaves open become Marks.
    const open = new Int32Array(MAX_OPEN + 1);
    let opened = 0;
    // Marks left open by earlier lines: a quotation over several paragraphs closes on a later one.
    let pending: Mark[] = [];
    /** Marks left open longer than a quotation is continued, which a lone closing mark may still close (quote-stale.ts). */
    const stale = new StaleMarks(MAX_OPEN);
    let unpaired: number[] = [];
    /** Marks typed where another belongs ("„signed „ and"): certain in any layout. */
    let mistyped: number[] = [];
    /**
     * Unpaired marks that may be a convention the document follows (a quotation reopened where its
     * paragraphs were joined, a turn of dialogue opened and left open): only the whole document tells,
     * so they are reported at its end, the others at once (a full report stops the rule at its next finding).
     */
    const held: number[] = [];
    const lineEndOf = (at: number) => lines.lineEnd(lines.lineOf(at));
    const segmented = ctx.segmentPerLine;
    const nestsInSame = NESTS_IN_SAME_MARKS.has(ctx.language.code);
    let line = 0;
    let lineEnd = -1;
    const expire = (current: number) => {
      if (pending.length === 0) return;
      const keep: Mark[] = [];
      for (const m of pending) if (current - m.line > SPAN_LINES && !(current - m.line <= VERSE_SPAN && proseLines(text, lines, m.line + 1, current) <= SPAN_LINES) && !inExchange(text, lines, m, current)) stale.retire(m, unpaired);
      else keep.push(m);
      pending = keep;
    };
    /** Families of the marks the current line quotes with (bits, see familyOf). */
    let families = 0;
    const endLine = () => {
      // A quotation inside brackets that close on its line ends before they do: it does not go on.
      for (let k = opened - 1; k >= 0; k--) {
        if (insideBrackets(text, open[k], lineEnd)) {
          unpaired.push(open[k]);
          open.copyWithin(k, k + 1, opened);
          opened--;
        }
      }
      // A line cut short for its link ("« Nessun gioco delle parti: ... http://t.co/5Uj"): the
      // quotations open before the cut close in the part cut off, not on a later line.
      if (opened !== 0) {
        const cut = cutForLink(text, starts[line], lineEnd);
        if (cut >= 0) {
          for (let k = opened - 1; k >= 0; k--) {
            if (open[k] < cut) {
              open.copyWithin(k, k + 1, opened);
              opened--;
            }
          }
        }
      }
      // A paragraph with quotations of its own in the style of one left open before it neither
      // continues nor closes that one (it would have closed or reopened it): that one is unpaired.
      if (families !== 0) {
        const keep: Mark[] = [];
        for (const m of pending) if ((familyOf(m.kind) & families) !== 0 && !inExchange(text, lines, m, line)) unpaired.push(m.at);
        else keep.push(m);
        pending = keep;
        stale.dropFamilies(families, familyOf, unpaired);
      }
      families = 0;
      for (let k = 0; k < opened; k++) pending.push({ at: open[k], kind: kindOf(text, open[k]), line, turns: line, dashed: false });
      opened = 0;
      if (pending.length > MAX_OPEN) unpaired.push(...pending.splice(0, pending.length - MAX_OPEN).map((m) => m.at));
      flush();
    };
    const flush = () => {
      // One sentence per line: a lone mark usually belongs to a quotation over several lines.
      if (unpaired.length + mistyped.length === 0) return;
      // A lone << or >> is code (a shift, a heredoc, generics) at least as often as a guillemet.
      if (!segmented) {
        for (const at of unpaired) {
          if (isAngleBrackets(text.charCodeAt(at))) continue;
          if (reopenedBy(text, marks, markCount, at, lineEndOf(at)) >= 0 || opensTurn(text, lines, at)) held.push(at);
          else report(finding(text, at));
        }
      }
      for (const at of mistyped) if (!isAngleBrackets(text.charCodeAt(at))) report(finding(text, at));
      unpaired = [];
      mistyped = [];
    };
    /**
     * Removes open[k] (the mark a quotation closes) and the marks after it: those, opened inside the
     * quotation and not closed in it, are unpaired. In place: a spliced and a sliced copy per closing
     * mark were garbage.
     */
    const closeOpen = (k: number) => {
      for (let i = k + 1; i < opened; i++) unpaired.push(open[i]);
      opened = k;
    };
    /** closeOpen for pending[k], a mark left open by an earlier line. */
    const closePending = (k: number) => {
      for (let i = k + 1; i < pending.length; i++) unpaired.push(pending[i].at);
      pending.length = k;
    };
    /** Closes the innermost open mark among `openers`, on this line or an earlier one; false when none is open. */
    const close = (openers: number) => {
      const k = lastOpen(text, open, opened, openers);
      if (k >= 0) {
        closeOpen(k);
        return true;
      }
      const p = lastOf(pending, openers);
      if (p < 0) return false;
      closePending(p);
      return true;
    };
    const isOpen = (openers: number) => lastOpen(text, open, opened, openers) >= 0 || lastOf(pending, openers) >= 0;
    /** Closes what `at` closes, or notes it as unpaired. */
    const shut = (family: number, at: number) => {
      // Far more per line than the engine keeps would only cost time (a line of 10⁶ quotes).
      // A closing mark with nothing open closes a long quotation left open lines ago in its block, if its line has not quoted with that family before it.
      if (!close(family) && !((familyOf(kindOf(text, at)) & families) === 0 && stale.size !== 0 && stale.close(family, text, lines, line, unpaired)) && unpaired.length < MAX_PER_LINE) unpaired.push(at);
    };
    const begin = (at: number) => {
      open[opened++] = at;
      // Quotations do not nest this deep: the oldest will not close (and the search stays short).
      if (opened > MAX_OPEN) {
        unpaired.push(open[0]);
        open.copyWithin(0, 1, opened);
        opened--;
      }
    };
    /** The last line that went on with a turn of dialogue (see continuesTurn). */
    let continuation = -1;
    /** The mark that reopened a quotation left open by the paragraphs before (see continueQuotation). */
    let reopened = -1;
    /** The mark that opens a paragraph of a turn going on inside an exchange in «…». */
    let turnGoesOn = -1;
    // The end of the inline literal ("``\"0b\"``", reStructuredText) the marks are in: code, not quotation.
    let literalEnd = -1;
    const { at: marks, count: markCount } = ctx.marks.quote;
    /** The last «…» closed on this line, for a quotation that opens with it (coincidentOpening). */
    let guillemets: { open: number; close: number } | undefined;
    /** Marks of `kind` open on this line (a wrong mark is judged within its paragraph). */
    const count = (kind: Kind) => {
      let n = 0;
      for (let k = 0; k < opened; k++) if (kindOf(text, open[k]) === kind) n++;
      return n;
    };
    /** Closing marks for `kind` left on the line after mark `j`, less those its openers there take (bounded). */
    const closersAhead = (j: number, kind: Kind, closers: number) => {
      let net = 0;
      for (let k = j + 1; k < markCount && k <= j + LOOKAHEAD && marks[k] < lineEnd; k++) {
        const next = kindOf(text, marks[k]);
        if (isIn(closers, next)) net++;
        else if (next === kind) net--;
      }
      return net;
    };
    /**
     * An opening mark where no quotation can open while the same mark is open ("„signed „ and",
     * "není„ jako", "«победим « сегодня»") is the wrong mark, and it alone is reported: typed for
     * the closing one when no closing mark follows for the open quotation (it closes it), a stray
     * when one does. False when the mark is not open (then this one opens).
     */
    /**
     * Where the language nests a quotation in the same marks (CLDR: French, Armenian, Bulgarian,
     * Lithuanian…), a quotation that ends with the one inside it writes the shared closing mark once
     * («Մարդը… ասաց. «Իմ… չլինի»:): a mark closing an inner `kind` opened right inside an outer
     * `kind` in its first sentence, where the inner's one sentence ends and no closing mark is left on
     * the line for the outer, closes both. An outer that ran past a sentence before the inner opened
     * («Il dit «oui» et partit. Elle cria : «Attends !»), or an inner that runs past one (its own »
     * dropped before the outer goes on), lost a mark.
     * One document-wide flag first: the rest runs only for an inner quotation's closing mark.
     */
    const closesTogether = (j: number, at: number, width: number, kind: Kind, closers: number) => {
      if (!nestsInSame) return false;
      const k = lastOpen(text, open, opened, bit(kind));
      return k > 0 && kindOf(text, open[k - 1]) === kind && endsSentence(text, at + width, lineEnd) && oneSentence(text, open[k - 1], open[k]) && oneSentence(text, open[k], at) && closersAhead(j, kind, closers) <= 0;
    };
    const wrongMark = (j: number, at: number, kind: Kind, closers: number) => {
      const ofKind = count(kind);
      if (ofKind === 0) return false;
      if (closersAhead(j, kind, closers) < ofKind) close(bit(kind));
      mistyped.push(at);
      return true;
    };
    for (let j = 0; j < markCount; j++) {
      const at = marks[j];
      if (at >= lineEnd) {
        // Most lines close what they open, and have nothing to carry over or report: endLine,
        // not called for those, runs too seldom to be compiled (3 KB of optimised code).
        if (opened + pending.length + unpaired.length + mistyped.length + stale.size !== 0) endLine();
        else families = 0;
        // The marks come in order: the line moves forward (lines.lineOf, by bisection, cost more).
        line = lines.lineFrom(line, at);
        lineEnd = lines.lineEnd(line);
        expire(line);
        // Only a mark left open can be continued: most lines skip the call, too seldom run to be compiled.
        if (pending.length !== 0) {
          // A paragraph opened with the mark of an exchange in «…» still going on is its turn going
          // on (see inExchange): the exchange's mark stays open, this one opens nothing.
          if (at === firstOnLine(text, starts[line], lines.lineEnd(line)) && pending.some((m) => m.kind === kindOf(text, at) && isIn(TURN_CONTINUED, m.kind) && inExchange(text, lines, m, line))) turnGoesOn = at;
          else if (continueQuotation(text, starts[line], at, pending)) reopened = at;
        }
      }
      if (at < literalEnd) continue;
      if (text.charCodeAt(at) === 96 && text.charCodeAt(at + 1) === 96) {
        literalEnd = inlineLiteralEnd(text, at, lineEnd);
        if (literalEnd > at) continue;
      }
      if (at === turnGoesOn) {
        continuation = line;
        continue;
      }
      const kind = kindOf(text, at);
      const width = typedTwice(text.charCodeAt(at)) ? 2 : 1;
      const role = roleOf(text, at, width, lineEnd);
      if (role === NONE) continue;
      // "— Quel voyage ! dit la tante.⏎« Le cocher s’est perdu.": a turn of dialogue that a dash
      // opened goes on in paragraphs that open with a quotation mark and close with none.
      // One that reopens a quotation still open (an exchange in «…» whose turn goes on) opens it again.
      if (role !== CLOSING && at !== reopened && isIn(TURN_CONTINUED, kind) && at === firstOnLine(text, starts[line], lineEnd) && continuesTurn(text, lines, line, continuation, kind) && closersAhead(j, kind, kind === Kind.Guillemet ? bit(Kind.ClosingGuillemet) : kind === Kind.Low ? CLOSE_LOW : bit(Kind.Right) | bit(Kind.Straight)) <= 0) {
        continuation = line;
        continue;
      }
      const pendingBefore = pending.length;
      // '' and `` after a word close a quotation their own way (,,so'') or are part of a name
      // (nick``); >> after a word closes generics in code (List<List<int>>).
      if (width === 2 && role !== OPENING && !isOpen(familyMarks(kind))) continue;
      switch (kind) {
        case Kind.Low:
          // Nobody nests „ in „ (the inner quotation is ‚…‘ or «…»): one in a closing position is mistyped.
          if (role === OPENING || !wrongMark(j, at, kind, CLOSE_LOW)) begin(at);
          break;
        case Kind.Corner:
        case Kind.WhiteCorner:
          begin(at);
          break;
        case Kind.ClosingCorner:
          shut(bit(Kind.Corner), at);
          break;
        case Kind.ClosingWhiteCorner:
          shut(bit(Kind.WhiteCorner), at);
          break;
        case Kind.Guillemet:
          // »…« (German, Danish books): « closes after a word.
          if (role !== OPENING && isOpen(bit(Kind.ClosingGuillemet)) && !isBlank(text.charCodeAt(at - 1))) close(bit(Kind.ClosingGuillemet)); // »Fcc«s
          else if (role === OPENING || (role === EITHER && closersAhead(j, kind, bit(Kind.ClosingGuillemet)) > count(kind)) || !wrongMark(j, at, kind, bit(Kind.ClosingGuillemet))) begin(at);
          break;
        case Kind.ClosingGuillemet:
          if (role === OPENING) begin(at); // »…« and »…» (Swedish, Finnish)
          else if (role === CLOSING) {
            const k = lastOpen(text, open, opened, bit(Kind.Guillemet));
            if (k >= 0) guillemets = { open: open[k], close: at };
            // A name quoted inside a name ends with it: the outer's » is written once (ПАТ «НЕК «Укренерго»).
            const together = (k > 0 && kindOf(text, open[k - 1]) === Kind.Guillemet && nameInName(text, open[k - 1], open[k]) && closersAhead(j, Kind.Guillemet, bit(Kind.ClosingGuillemet)) <= 0) || closesTogether(j, at, width, Kind.Guillemet, bit(Kind.ClosingGuillemet));
            if (k >= 0 || !coincidentOpening(text, guillemets, marks[j - 1], at)) shut(GUILLEMETS, at);
            if (together) close(bit(Kind.Guillemet));
          } else if (!close(GUILLEMETS)) begin(at);
          break;
        case Kind.Left:
          // German and Czech close „ with “ (also typed after a space: „Don Goyo “); elsewhere “ opens,
          // and after a word it is a closing mark typed the wrong way round.
          if (isOpen(bit(Kind.Low)) && role !== OPENING) {
            const together = closesTogether(j, at, width, Kind.Low, CLOSE_LOW);
            close(bit(Kind.Low));
            if (together) close(bit(Kind.Low));
          }
          else if (role === CLOSING) shut(CURLY, at);
          else if (role === OPENING || !close(CURLY)) begin(at);
          break;
        case Kind.Right:
          if (role === OPENING && !isOpen(CURLY)) begin(at); // ”…” as in Swedish
          else if (role !== EITHER) {
            // “…“…” (Turkmen): see closesTogether.
            const together = role === CLOSING && closesTogether(j, at, width, Kind.Left, bit(Kind.Right) | bit(Kind.Straight));
            shut(CURLY, at);
            if (together) close(bit(Kind.Left));
          }
          else if (!close(CURLY)) begin(at);
          break;
        case Kind.Straight:
          // 15" screen, 5' 11": inches after a number.
          if (text.charCodeAt(at) === 34 && CLASS[text.charCodeAt(at - 1)] === K_DIGIT && CLASS[text.charCodeAt(at + 1)] === K_OTHER && !isOpen(bit(Kind.Straight))) break;
          if (role === OPENING) begin(at);
          // The typewriter's " closes what any opening mark opened: a guillemet too where no curly
          // mark is open (»we zijn naar de haaijen!", in plain text that has no „ or ”).
          else if (role === CLOSING) shut(isOpen(CURLY) ? CURLY : CURLY | GUILLEMETS, at);
          else if (!close(CURLY)) begin(at);
          break;
      }
      // Marks that answered a quotation of an earlier paragraph are not quotations of this one.
      if (pending.length === pendingBefore) families |= familyOf(kind);
    }
    endLine();
    expire(Infinity);
    stale.drain(unpaired);
    flush();
    // The held marks, less those the document's conventions explain (quote-reopening.ts, quote-dialogue.ts).
    if (held.length !== 0) for (const at of withoutOpenTurnMarks(text, lines, withoutJoinedReopenings(text, marks, markCount, held, lineEndOf))) report(finding(text, at));
  },
};

/** What the rule flags and what it leaves alone: tests/rules.test.ts runs them. Not part of the rule, so not of the bundle. */
export const examples: RuleExamples = {
  bad: [
    // An exchange of dialogue opened with « whose turns end without the closing ».
    {
      text:
        '«Avec quoi avez-vous fait cela? dit Dantès. Je n\'ai rien vu de pareil.\n\n--Avec une des fiches de mon lit. C\'est avec cet instrument que je me suis creusé ce chemin.\n\n' +
        'Cette face était celle où était percée la meurtrière. Le jour y entrait à peine.\n\nDantès obéit et monta sur la table. Il ne vit rien.',
      lang: 'fr',
      findings: [{ flagged: '«', message: 'Unpaired quotation mark “«”: its partner is missing.' }],
    },
    // A paragraph that opens with « goes on with no turn of dialogue: the quotation is left open.
    {
      text: 'Il faisait nuit. La tante dormait.\n« Le cocher s’est perdu deux fois.\nPersonne ne parlait.',
      lang: 'fr',
      findings: [{ flagged: '«', message: 'Unpaired quotation mark “«”: its partner is missing.' }],
    },
    {
      // An ellipsis with no link after it: the writer trailed off, nothing was cut.
      text: 'He said “we are ready… Nobody followed him.',
      findings: [{ flagged: '“', message: 'Unpaired quotation mark ““”: its partner is missing.' }],
    },
    {
      // Gershayim (ח"כ) and a quotation after a prefix letter (ל"ספורט הארץ") are no partners of the last mark.
      text: 'ח"כ גולדמן אמר ל"ספורט הארץ": "הספורט נועד לאחד". הוא אמר "כן ויצא.',
      lang: 'he',
      findings: [{ flagged: '"', start: 58, message: 'Unpaired quotation mark “"”: its partner is missing.' }],
    },
    {
      text: 'He said “we are ready and left the room. Nobody followed him.',
      findings: [{ flagged: '“', message: 'Unpaired quotation mark ““”: its partner is missing.' }],
    },
    // A closing mark dropped before narration: one quotation reopened once is no convention.
    {
      text: '“We are ready. He left the room. “Nobody followed him,” she said. “He was alone.”',
      findings: [{ flagged: '“', start: 0, message: 'Unpaired quotation mark ““”: its partner is missing.' }],
    },
    // A quotation left open lines ago, then a quotation of the same family: the first lost its closing mark.
    {
      text:
        'He said: “We are ready. We leave at dawn.\nThe men packed. The horses were fed.\nThe night was cold. Nobody slept.\nThe wind rose. The fire died.\n' +
        'The captain counted them. Two were missing.\nThe road was long. The rain began.\nShe said: “Not yet.” He waited.',
      findings: [{ flagged: '“', start: 9, message: 'Unpaired quotation mark ““”: its partner is missing.' }],
    },
    // Turns of dialogue opened with a dash and «, closed where the document closes them: the one left open lost its mark.
    {
      text:
        '-- «Bem, irei!» disse Manoela.\n\n-- «O meu perdão?!» disse a mãe.\n\n-- «Nunca!» respondeu ela.\n\n' +
        '-- «Adeus, Ama-Rita!» disse Manoela.\n\n-- «Até um dia, menina! disse a ama.\n\n-- «Deus a guarde!» disse o padre.',
      lang: 'pt',
      findings: [{ flagged: '«', start: 135, message: 'Unpaired quotation mark “«”: its partner is missing.' }],
    },
    {
      text: 'He said we are ready” and left the room. Nobody followed him.',
      findings: [{ flagged: '”', message: 'Unpaired quotation mark “””: its partner is missing.' }],
    },
    // Typewriter pairs are marks like any other: a ,, whose ’’ is missing is unpaired.
    {
      text: 'Wektor ,,x’’ to ,,i z daszkiem, a ,,y’’ to ,,j’’ z daszkiem.',
      lang: 'pl',
      findings: [{ flagged: ',,', start: 16, message: 'Unpaired quotation mark “,,”: its partner is missing.' }],
    },
    {
      text: "Er sagte ``Hallo und ging. Niemand folgte ihm.",
      lang: 'de',
      findings: [{ flagged: '``', message: 'Unpaired quotation mark “``”: its partner is missing.' }],
    },
    {
      text: 'Das hat keine Auswirkungen auf ein bereits „unterzeichnetes „ und „endgültiges“ Abkommen.',
      lang: 'de',
      findings: [{ flagged: '„', start: 60, message: 'Unpaired quotation mark “„”: its partner is missing.' }],
    },
    {
      text: 'Dijo «estamos listos y se fue. Nadie lo siguió.',
      lang: 'es',
      findings: [{ flagged: '«', message: 'Unpaired quotation mark “«”: its partner is missing.' }],
    },
    {
      text: 'Řekl: „Jsme připraveni, a odešel. Nikdo ho nenásledoval.',
      lang: 'cs',
      findings: [{ flagged: '„', message: 'Unpaired quotation mark “„”: its partner is missing.' }],
    },
    {
      text: '«Aquella noche no dormí.\n»Al amanecer bajé al puerto. Nadie habló.\nEl anciano calló.',
      lang: 'es',
      findings: [{ flagged: '»', start: 25, message: 'Unpaired quotation mark “»”: its partner is missing.' }],
    },
    {
      text: 'Он сказал: «Мы готовы, и ушёл. Никто не пошёл за ним.',
      lang: 'ru',
      findings: [{ flagged: '«', message: 'Unpaired quotation mark “«”: its partner is missing.' }],
    },
    // A sentence quoted around a name is no name of names: its » is missing.
    {
      text: 'Он сказал: «Мы готовы и «Газпром» тоже. Никто не ответил.',
      lang: 'ru',
      findings: [{ flagged: '«', start: 11, message: 'Unpaired quotation mark “«”: its partner is missing.' }],
    },
    {
      text: 'Він сказав: Ми готові» і пішов. Ніхто не пішов за ним.',
      lang: 'uk',
      findings: [{ flagged: '»', message: 'Unpaired quotation mark “»”: its partner is missing.' }],
    },
    // A language that nests «…» in «…» (CLDR) writes the shared » once where the outer ends with the inner; an outer
    // that ran past a sentence before the inner opened, or an inner that does not end a sentence, lost its own.
    {
      text: 'Il répondit : «Le maître m’a dit «oui» et il est parti. Puis il partit. Elle cria : «Attends !»',
      lang: 'fr',
      findings: [{ flagged: '«', start: 14, message: 'Unpaired quotation mark “«”: its partner is missing.' }],
    },
    // Russian nests „…“ in «…»: one » for two quotations is one missing.
    {
      text: 'Юда сказал: «Человек ясно сказал нам: «Не показывайтесь мне на глаза без брата». Израиль ответил: «Зачем вы сказали?»',
      lang: 'ru',
      findings: [{ flagged: '«', start: 12, message: 'Unpaired quotation mark “«”: its partner is missing.' }],
    },
    {
      text: 'Первая строка.\nОн сказал: «Мы готовы» и «мы победим « сегодня».\nТретья строка.',
      lang: 'ru',
      findings: [{ flagged: '«', start: 52, message: 'Unpaired quotation mark “«”: its partner is missing.' }],
    },
  ],
  good: [
    // A token of marks and symbols alone lists characters.
    { text: 'Latin characters other than ASCII: élève, süß, İstanbul, Århus, ©®€“”’«»', lang: 'en' },
    // Not a quotation that ends in a spaced ellipsis, nor one of letters past the BMP.
    { text: '"Je n\'apprécie pas être défié sur des mathématiques ..."', lang: 'fr' },
    { text: '특히 "𝑻𝒉𝒆 𝑪𝒐𝒏𝒗𝒐𝒍𝒖𝒕𝒊𝒐𝒏 𝑻𝒉𝒆𝒐𝒓𝒆𝒎"이라고 불리는 것은', lang: 'ko' },
    // Marks inside reStructuredText inline literals are code; a TeX-style ``quotation'' still pairs.
    { text: "Vous pouvez contrôler l’affichage du préfixe ``\"0b\"`` à l’aide d’un des moyens suivants.", lang: 'fr' },
    { text: "He said ``hello there'' and ``goodbye'' to them.", lang: 'en' },
    // A post or a feed cut short for its link (an ellipsis, then only the link and tags): the quotation closes in the part cut off.
    { text: 'Gelmini: il problema era l’euro debole: « Sulla patrimoniale abbiamo espresso al governo ... http://t.co/42CznXJg', lang: 'it' },
    { text: 'The minister said: "We will not raise taxes this year, and the budget wi… https://t.co/AbC123 #budget @treasury' },
    { text: 'He said “we are ready” and “we will win.” She bought a 15" screen and a 5\' 11" frame.' },
    { text: 'Sie erzählte: „Wir kamen spät an. Es regnete.\nDann gingen wir ins Haus.“ Er schwieg.', lang: 'de' },
    { text: 'Акционеры «Компании «Газпром»» одобрили сделку. Мар’яна з’їла м’ясо.', lang: 'ru' },
    // A name quoted inside a name that ends with it writes the » once.
    { text: 'ПАТ «НЕК «Укренерго» повідомило, що ТОВ «Торговий дім «Альфа» і «Нафтогаз» підписали угоду.', lang: 'uk' },
    // Inner and outer quotations opening together write the « once.
    { text: '«Цыганы» мои не продаются вовсе», писал Пушкин. Նախագիծ «Կրթության մասին» օրենքում լրացում կատարելու մասին» օրենքի։', lang: 'ru' },
    { text: 'Hän sanoi: »Hyvä». Toinen vastasi: ”Olen valmis.”', lang: 'fi' },
    // Languages that nest a quotation in the same marks (CLDR) write the shared closing mark once where both end.
    { text: 'Յուդան ասաց. «Մարդը մեզ յստակ ասաց. «Իմ աչքին չերեւաք, եթէ ձեր եղբայրը ձեզ հետ չլինի»: Իսրայէլն ասաց. «Ինչո՞ւ յայտնեցիք»:', lang: 'hy' },
    { text: 'Il répondit : «Le maître m’a dit : «Reviens demain». Puis il partit. Elle cria : «Attends !»', lang: 'fr' },
    { text: 'Той каза: „Човекът ни рече: „Не идвайте без брат си“. Израил попита: „Защо му казахте?“', lang: 'bg' },
    { text: 'Ol aýtdy: “Adam bize: “Doganyňyz bolmasa gelmäň”. Ysraýyl sorady: “Näme üçin aýtdyňyz?”', lang: 'tk' },
    { text: "Řekl ,,ahoj'' a odešel.", lang: 'cs' },
    // The pairs a typewriter habit types for „ ” “ « »: ,, '' `` ’’ ‘‘ << >>, mixed with the marks themselves.
    { text: 'Wektor jednostkowy w kierunku ,,x’’ – czyli ,,i’’ z daszkiem. Muzeum „Atma’’ i „Solidarność”.', lang: 'pl' },
    { text: "Er sagte ,,Hallo`` und ,,Tschüss'' und ging. Sie schrieb ‘‘Danke’’ und ''Bitte''.", lang: 'de' },
    { text: 'Il a dit <<bonjour>> et «au revoir>> en partant.', lang: 'fr' },
    // An apostrophe typed twice inside a word and code's << and >> are no quotation marks.
    { text: "He said “I don''t know” and left. Use List<List<int>> and cout << x, or cat <<EOF in a shell." },
    // Hebrew gershayim typed as '"' marks acronyms (יו"ר, מע"מ); after a prefix letter, '"' opens a quotation (ל"שפיגל").
    { text: 'יו"ר ועדת הנוער אמר בראיון ל"שפיגל", שהקמת "רפובליקה" חשובה. עבור מע"מ ושכר. הח”כ לשעבר הגיע.', lang: 'he' },
    { text: 'בעקבות דו"חות פנימיים אמר השר ל"סובייטסקאיה רוסיה", שהאזור חייב להשתנות. שפתו נתפסה כ"לשון סינתטית".', lang: 'he' },
    // Gershayim as a word processor's opening mark too (יו“ר, ארה“ב).
    { text: 'יו“ר הוועדה אמר כי ארה“ב תמשיך בסנקציות, ומנכ“ל החברה הסכים.', lang: 'he' },
    // Marks beside the letters of scripts the word tables once left out: Ethiopic, Thaana, Tibetan, Myanmar.
    { text: 'እሱ "ዝግጁ ነን" ብሏል። እሷም "እሺ" አለች።', lang: 'am' },
    { text: 'ކުޅުންތެރިޔާ ބުނީ "އަހަރެމެން ތައްޔާރު" ކަމަށެވެ.', lang: 'dv' },
    { text: 'ཁོང་གིས“ང་ཚོ་གྲ་སྒྲིག་ཡིན”ཞེས་བཤད།', lang: 'bo' },
    { text: 'သူက “ကျွန်တော်တို့ အဆင်သင့်ပါ” ဟု ပြောသည်။', lang: 'my' },
    { text: 'Er sagte: „Wir sind bereit.“ Sie las »Die Verwandlung« und „Faust”.', lang: 'de' },
    { text: 'Он сказал: «Мы готовы». Она ответила: «Хорошо, „пусть“ так».', lang: 'ru' },
    { text: 'Han sa: ”Vi är redo.”', lang: 'sv' },
    { text: 'The talks began.\n“We are ready.\nWe will win,” he said.\nThe talks ended.' },
    // A book that opens every turn of dialogue with a dash and a « the paragraph's end closes.
    {
      text:
        '-- «Bem, irei! -- disse por fim Manoela, resignada.\n\n-- «O meu perdão?! Não, nunca poderei perdoar.\n\nEntão, sentindo-se ferida, calou-se.\n\n' +
        '-- «Adeus, Ama-Rita, -- dizia-lhe na última hora -- estima a minha filha.\n\n-- «Até um dia, menina.\n\n-- «Deus a guarde, -- disse o padre.\n\n-- «Amen!» disse a ama.',
      lang: 'pt',
    },
    // A speech over many verses, a verse per line (blank lines between chapters), closes where it ends without reopening at each.
    {
      text:
        'And he said to them:\n«A man once gave a great banquet. He invited many.\nHe sent his servant. He said to those invited: Come.\n' +
        'The first said: I have bought a field. I must go and see it.\nAnother said: I have bought oxen. I go to examine them.\n' +
        'Another said: I have married a wife. I cannot come.\nThe servant came. He reported this to his master.\n' +
        'The master was angry. He said: Go out quickly.\nFor I tell you, none of those men shall taste my banquet.»\n\nThen he went on.',
    },
    // The verses of a chapter joined: each paragraph of a long quotation reopens it, twice before it closes in two of them.
    {
      text:
        'Jesus said to them, “Blessed are the meek. “Blessed are the merciful. “Blessed are the pure in heart.” And he went up. ' +
        'Then he spoke: “Ask, and it will be given. “Seek, and you will find. “Knock, and it will be opened.” The crowds were amazed. ' +
        'He said: “Judge not. “Give not what is holy to dogs.”',
    },
    { text: '“The first paragraph of a long quotation. It goes on.\n“The second paragraph, which ends it. Here.”' },
    { text: 'The cooperative "Team of Owners of House 13, Prague 4", ID 123, is the owner. It pays.' },
    { text: 'Řekl: "Jsme připraveni." A odešel.', lang: 'cs' },
    // Spanish, Catalan and Portuguese reopen each paragraph of a long quotation with its closing mark.
    { text: '«Aquella noche no dormí. Pensé en mi padre.\n»Al amanecer bajé al puerto.\n»—¿Eres tú el hijo del maestro? —me preguntó.\n»Le dije que sí.» Nadie habló.', lang: 'es' },
    { text: '«Aquella nit no vaig dormir.\n»A l\'alba vaig baixar al port.» Ningú no va parlar.', lang: 'ca' },
    // A turn of dialogue that a dash opened goes on in paragraphs that open with « and close with
    // nothing (French books), one of them holding a quotation of its own.
    // Guillemets opened and closed with the typewriter's " (a Dutch book's plain text).
    { text: 'Hij keek naar omlaag en riep: »we zijn naar de haaijen!" roept hij. Toen zei ze: »lafaard", en ging heen.--»_Schade, schade!_" zuchtte zij.', lang: 'nl' },
    // A song quoted in verse closes many short lines later.
    {
      text: 'Es war spät geworden. Die Lampe brannte noch.\nNiemand wollte gehen. Sie saß am Fenster und sang leise:\n»Der Wind geht über das Feld,\ndie Sonne sinkt hinab,\nder Hirte zählt die Schafe,\nder Wanderer sucht den Stab,\ndas Dorf ist still und klein,\nich bleibe doch allein.«\nDann schwieg sie. Der Vater stand auf.\nEr löschte das Licht. Draußen regnete es.',
      lang: 'de',
    },
    {
      text: '— Quel voyage ! dit la tante. Nous sommes partis avant le jour.\n« Le cocher s’est perdu deux fois.\n« Il répétait : « La route est neuve. » Personne ne le croyait.\n— Et vous êtes arrivés ce soir ?',
      lang: 'fr',
    },
    // An exchange of dialogue in one «…»: the turns after the first open with a dash (typed "--"
    // in Project Gutenberg's plain text), one of them quoting, and the » closes the last.
    {
      text:
        '«Voyons, Mercédès, disait le jeune homme, voici Pâques qui va revenir. Répondez-moi!\n\n--Je vous ai répondu cent fois, Fernand. Il faut que vous soyez bien ennemi de vous-même.\n\n' +
        '--Eh bien, répétez-le encore. Je vous en supplie, répétez-le encore.\n\n' +
        '--Je vous ai toujours dit: «Je vous aime comme un frère.» Vous ai-je toujours dit cela, Fernand?\n\n--Oui, répondit le jeune homme. Je le sais bien.\n\n' +
        '--_Cedant arma togae_, dit Villefort. Je n\'osais point parler latin.\n\n--Certainement,» répondit Danglars. Il souriait.\n\nEt tous deux s\'acheminèrent vers la Réserve. La nuit tombait.',
      lang: 'fr',
    },
  ],
};

/** A mark left open by an earlier line (the current line's are positions alone: see `open`). */
interface Mark {
  at: number;
  /** The mark it is or stands for (Low for ",,"). */
  kind: Kind;
  line: number;
  /** The last line up to which every paragraph after the mark's is a turn of dialogue (see inExchange); the mark's line if none. */
  turns: number;
  /** Whether one of those opens with a dialogue dash. */
  dashed: boolean;
}

/** What a mark's neighbours make of it. */
type Role = 0 | 1 | 2 | 3;
const NONE = 0;
const OPENING = 1;
const CLOSING = 2;
/** Spaced or glued on both sides: only what is open tells. */
const EITHER = 3;

/** Whether a bracket opened before `at` closes after it on its line: "(« special builtins ) …". */
function insideBrackets(text: string, at: number, lineEnd: number): boolean {
  let depth = 0;
  for (let i = at + 1; i < lineEnd && i < at + BRACKET_REACH; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91) depth++;
    else if (c === 41 || c === 93) {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/** Marks of one family pair with each other: curly and straight, guillemets, corner brackets. */
function familyOf(kind: Kind): number {
  return isIn(CURLY, kind) ? 1 : isIn(GUILLEMETS, kind) ? 2 : 4;
}

/** The typographic mark at `at` (one of the quote marks the word scan lists), reading the pairs ,, '' `` ‘‘ ’’ << >> as the marks they are typed for. */
function kindOf(text: string, at: number): Kind {
  return KIND_OF[text.charCodeAt(at)] & KIND_MASK;
}

/** Each pair typed for a mark and the mark it stands for: ,,„ ''" ``“ ‘‘“ ’’” <<« >>». */
const TYPED_TWICE_FOR = ",„'\"`“‘“’”<«>»";

/** In KIND_OF, the kind, and the flag of the first of a pair typed for a mark. */
const KIND_MASK = 15;
const TYPED_TWICE = 16;

/**
 * The kind of each mark and of the first of each pair typed for one (with TYPED_TWICE), by the
 * code of its character: of what the word scan lists as quote marks ('"“”„«»「」『』', and ,, '' ``
 * ‘‘ ’’ << >>), up to the last of them (』).
 */
const KIND_OF = (() => {
  const kinds = new Uint8Array(Math.max(...Array.from(KIND_CHARS, (ch) => ch.charCodeAt(0))) + 1);
  for (let k = 0; k < KIND_CHARS.length; k++) kinds[KIND_CHARS.charCodeAt(k)] = k;
  for (const pair of TYPED_TWICE_FOR.match(/../g)!) kinds[pair.charCodeAt(0)] = KIND_CHARS.indexOf(pair[1]) | TYPED_TWICE;
  return kinds;
})();

/** The marks that pair with `kind`: its family (see familyOf). */
function familyMarks(kind: Kind): number {
  return isIn(GUILLEMETS, kind) ? GUILLEMETS : CURLY;
}

/** <<, >>: the stand-ins for guillemets that code also writes. */
function isAngleBrackets(c: number): boolean {
  return c === 60 || c === 62;
}

/**
 * Where the inline literal opening with the "``" at `at` ends (past its closing "``" on the same
 * line), or -1: a TeX-style quotation (``so'') closes with '' instead, and none stands inside a literal.
 */
function inlineLiteralEnd(text: string, at: number, lineEnd: number): number {
  const close = text.indexOf('``', at + 2);
  if (close < 0 || close >= lineEnd) return -1;
  const inside = text.slice(at + 2, close);
  return inside.length === 0 || inside.includes("''") ? -1 : close + 2;
}

/** , ' ` ‘ ’ < > at a mark: the first of a pair typed for a mark (,, '' `` ‘‘ ’’ << >>), two code units wide. */
function typedTwice(c: number): boolean {
  return (KIND_OF[c] & TYPED_TWICE) !== 0;
}

/**
 * Opening after a space, a line start, an opening bracket or another opening mark and before a
 * word; closing after a word or punctuation and before a space, punctuation or the line end. A
 * dash, a slash or a colon before a mark can go either way (»last-«, »To:«, „Ja—“, “—Hello”). A
 * mark with nothing but spaces after it on its line closes, whatever stands before it
 * ("benefits. “"). NONE for an empty pair ('' or "" in code) and runs of straight marks.
 */
function roleOf(text: string, at: number, width: number, lineEnd: number): Role {
  const before = at > 0 ? text.charCodeAt(at - 1) : 10;
  const c = text.charCodeAt(at);
  // "" (an empty string, or ""doubled"" quoting) and runs of marks (ASCII art) quote nothing.
  if (c === 34 && (before === 34 || text.charCodeAt(at + 1) === 34)) return NONE;
  if (inSymbolList(text, at, lineEnd)) return NONE;
  if ((c === 34 || c === 0x201d || c === 0x201c) && isGershayim(text, at, before)) return NONE;
  let after = at + width;
  while (after < lineEnd && isBlank(text.charCodeAt(after))) after++;
  const leftOpen = isBlank(before) || before === 10 || before === 13 || OPENERS_BEFORE.includes(before);
  if (after >= lineEnd) return width === 2 && leftOpen ? NONE : CLOSING;
  const next = text.charCodeAt(at + width);
  // don''t, l’’homme: an apostrophe typed twice inside a word quotes nothing.
  if (width === 2 && CLASS[before] !== K_OTHER && CLASS[next] !== K_OTHER) return NONE;
  const wordAfter = CLASS[next] !== K_OTHER || STARTERS_AFTER.includes(next);
  if (EITHER_BEFORE.includes(before)) return wordAfter ? EITHER : CLOSING;
  if (leftOpen && wordAfter) return OPENING;
  if (!leftOpen && CLASS[next] === K_OTHER) return CLOSING;
  if (width === 2 && CLASS[before] === K_OTHER && after > at + width) return NONE;
  return EITHER;
}

/** Fewest characters of a token of marks and symbols alone that lists characters. */
const SYMBOL_LIST = 4;

/**
 * Whether the mark at `at` is in a token of SYMBOL_LIST marks and symbols or more with blanks (or
 * the line's edges) around it and no letter or digit: characters listed, not a quotation ("Latin
 * characters other than ASCII: élève, süß, ©®€“”’«»"). Sentence punctuation belongs to a
 * quotation ('… mathématiques ..."'), and a surrogate to a letter past the BMP ('"𝑻𝒉𝒆'): neither
 * is a listed symbol.
 */
function inSymbolList(text: string, at: number, lineEnd: number): boolean {
  let from = at;
  while (from > 0 && !isBlank(text.charCodeAt(from - 1)) && text.charCodeAt(from - 1) !== 10 && isListedSymbol(text.charCodeAt(from - 1))) from--;
  let to = at + 1;
  while (to < lineEnd && !isBlank(text.charCodeAt(to)) && isListedSymbol(text.charCodeAt(to))) to++;
  const edge = (c: number) => Number.isNaN(c) || isBlank(c) || c === 10;
  return to - from >= SYMBOL_LIST && edge(text.charCodeAt(from - 1)) && edge(text.charCodeAt(to));
}

/** Whether code unit `c` may be one of a list of symbols: no letter, digit, surrogate or sentence punctuation (. , ; : ! ? …). */
function isListedSymbol(c: number): boolean {
  return CLASS[c] === K_OTHER && (c < 0xd800 || c > 0xdfff) && !SENTENCE_PUNCTUATION.includes(c);
}
const SENTENCE_PUNCTUATION = [0x2e, 0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x2026];

/**
 * Whether the '"' (or the ” a word processor made of it) at `at` is Hebrew gershayim: the mark of
 * an acronym, between its letters and before the last (יו"ר, צה"ל, מע"מ, with a prefix: בכפ"ס,
 * הח”כ), where an inflection may follow that last letter (plurals דו"חות, ח"כים, המק"מים,
 * להט"בים). After prefix letters alone (ל"שפיגל", כ"לשון, וה"מומחים") and before a word of two
 * letters or more it opens a quotation.
 */
function isGershayim(text: string, at: number, before: number): boolean {
  if (!isHebrewLetter(before) || !isHebrewLetter(text.charCodeAt(at + 1))) return false;
  if (!isHebrewLetter(text.charCodeAt(at + 2))) return true;
  for (let i = at - 1; i >= 0 && isHebrewLetter(text.charCodeAt(i)); i--) if (!HEBREW_PREFIXES.includes(text[i])) return true;
  return false;
}

/** The Hebrew letters that join a word as prefixes (the, and, in, as, to, from, that: ה ו ב כ ל מ ש). */
const HEBREW_PREFIXES = 'הובכלמש';

/** A letter of the Hebrew alphabet, final forms included (U+05D0–U+05EA). */
function isHebrewLetter(c: number): boolean {
  return c >= 0x5d0 && c <= 0x5ea;
}

/** What may stand before an opening mark besides a space: opening brackets and marks (by code, as the others: String.fromCharCode past U+00FF is a new string). */
const OPENERS_BEFORE = codes('([{„«‚');
/** What may stand before an opening or a closing mark: dashes, a slash, a colon. */
const EITHER_BEFORE = codes('\u2014\u2013-/:');
/**
 * What may follow an opening mark besides a letter or digit: brackets, Spanish marks, an ellipsis,
 * another mark, symbols, and the underscore of plain text's italics (Project Gutenberg: »_Schade!_").
 */
const STARTERS_AFTER = codes('([¿¡…‘\'"„«“@#$€£¥%+_');

function codes(chars: string): number[] {
  return Array.from(chars, (ch) => ch.charCodeAt(0));
}

/**
 * A paragraph that opens with the mark a quotation over several paragraphs left open continues
 * it (each paragraph of a long quotation reopens, only the last closes): the earlier mark is
 * answered, and the new one takes its place. Spanish, Catalan and Portuguese reopen a «…» with
 * its closing mark (the "comillas de seguir": «… ¶ »… ¶ »…»). True when it answered one.
 */
function continueQuotation(text: string, lineStart: number, firstMark: number, pending: Mark[]): boolean {
  let i = lineStart;
  while (isBlank(text.charCodeAt(i))) i++;
  if (i !== firstMark) return false;
  const kind = kindOf(text, i);
  const continued = kind === Kind.ClosingGuillemet ? GUILLEMETS : bit(kind);
  const k = lastOf(pending, continued);
  if (k >= 0) pending.splice(k, 1);
  return k >= 0;
}

/**
 * How many of the lines from `from` to `to` (not included) are prose, not verse: blank lines
 * aside, a line longer than a line of verse, or one that ends a sentence and goes on ("Zwei. Drei.").
 */
function proseLines(text: string, lines: CheckContext['lines'], from: number, to: number): number {
  let n = 0;
  for (let l = from; l < to; l++) {
    const start = lines.starts[l];
    const end = lines.lineEnd(l);
    if (firstOnLine(text, start, end) === end) continue;
    if (end - start > VERSE_LINE || SENTENCE_GOES_ON().test(text.slice(start, end))) n++;
  }
  return n;
}

/** A sentence end with more of the line after it. */
const SENTENCE_GOES_ON = lazyRegExp(String.raw`[.!?…]['"»«”“’)]*\s+\S`, 'u');

/** How many paragraphs of dialogue one quotation may enclose (an exchange of a chapter's length at most). */
const EXCHANGE_SPAN = 400;

/**
 * Whether mark `m`, opening its paragraph, encloses an exchange of dialogue still going on at
 * `current`: French (and older Italian and Spanish) books open a conversation with « and print
 * each turn after the first as a paragraph opened with a dash, the closing » after the last turn
 * ("«Voyons, Mercédès, disait le jeune homme…⏎⏎--Je vous ai répondu cent fois…⏎⏎— C'est ce que
 * nous verrons ! » répliqua Doniphan."). So while every paragraph after the mark's, up to and with
 * `current`, opens with a dialogue dash (or with the mark, a turn going on), the mark stays open;
 * quotations inside those turns are their own. The lines checked are remembered in m.turns, so each is read once.
 */
function inExchange(text: string, lines: CheckContext['lines'], m: Mark, current: number): boolean {
  if (current - m.line > EXCHANGE_SPAN) return false;
  const start = lines.starts[m.line];
  if (firstOnLine(text, start, lines.lineEnd(m.line)) !== m.at && !opensWithDialogueDash(text, start, lines.lineEnd(m.line))) return false;
  for (let l = m.turns + 1; l <= current && l < lines.starts.length; l++) {
    const end = lines.lineEnd(l);
    const first = firstOnLine(text, lines.starts[l], end);
    if (first === end) continue;
    // A turn of several paragraphs goes on in one opened with the exchange's mark (see
    // TURN_CONTINUED); an English quotation reopened at each paragraph has no dashes and is no exchange.
    if (opensWithDialogueDash(text, lines.starts[l], end)) m.dashed = true;
    else if (text.charCodeAt(first) !== KIND_CHARS.charCodeAt(m.kind)) return false;
    m.turns = l;
  }
  return m.dashed;
}

/**
 * Marks that go on with a turn of dialogue at the start of a paragraph: the guillemet de
 * continuation of French books, which opens each paragraph of a turn after the first (the dash
 * opens the turn) and is never closed; „ and “ where a language quotes with them.
 */
const TURN_CONTINUED = bit(Kind.Guillemet) | bit(Kind.Low) | bit(Kind.Left);

/** The first position of text[start, end) that is not blank. */
function firstOnLine(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Whether the paragraph before `line` (blank lines skipped) is a turn of dialogue that goes on in
 * a paragraph opened with `kind`: it opens with a dialogue dash, or it is the paragraph at
 * `continuation`, which went on with one. A turn that closes a quotation opened before it ends the
 * exchange in «…» it belonged to ("--J'assistais au repas de mes fiançailles, monsieur», dit
 * Dantès"): a « after it opens the next exchange.
 */
function continuesTurn(text: string, lines: CheckContext['lines'], line: number, continuation: number, kind: Kind): boolean {
  let p = line - 1;
  while (p >= 0 && firstOnLine(text, lines.starts[p], lines.lineEnd(p)) === lines.lineEnd(p)) p--;
  if (p < 0) return false;
  if (p === continuation) return true;
  const start = lines.starts[p];
  const end = lines.lineEnd(p);
  return opensWithDialogueDash(text, start, end) && !closesEarlier(text, start, end, kind);
}

/** Whether text[start, end) holds more closing marks of `kind`'s quotations than it opens (it closes one opened before it). */
function closesEarlier(text: string, start: number, end: number, kind: Kind): boolean {
  // The marks themselves, not the pairs typed for them: » for «, “ and ” for „, ” for the others.
  const own = KIND_CHARS.charCodeAt(kind);
  const closer = kind === Kind.Guillemet ? 0xbb : 0x201d;
  const otherCloser = kind === Kind.Low ? 0x201c : closer;
  let net = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === own) net--;
    else if (c === closer || c === otherCloser) net++;
  }
  return net > 0;
}

/** Index of the last of `marks` whose kind is one of `kinds`; -1 if none. A loop: a callback per call was garbage per closing mark. */
/**
 * Whether a closing » with nothing open (at `at`, the mark before it at `previous`) closes a
 * quotation that opened together with the «…» closed just before it: where an inner and an outer
 * quotation open at once, the typographic rule of the languages that nest «…» in «…» writes the
 * mark once (Russian «„Цыганы“ мои не продаются вовсе» as «Цыганы» мои не продаются вовсе»; an
 * Armenian law's title «Կրթության մասին» … օրենքում լրացում կատարելու մասին»). Only with no other
 * mark and no sentence end between the two closings, and the inner quotation opening a quotation
 * of its own (after a space, a bracket or the line start).
 */
function coincidentOpening(text: string, inner: { open: number; close: number } | undefined, previous: number | undefined, at: number): boolean {
  if (!inner || previous !== inner.close) return false;
  const before = inner.open > 0 ? text.charCodeAt(inner.open - 1) : 10;
  if (!(isBlank(before) || before === 10 || before === 13 || before === 40 || before === 91)) return false;
  for (let i = inner.close + 1; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 46 || c === 33 || c === 63 || c === 0x589) return false; // line end, . ! ? ։
  }
  return true;
}

/** Words at most before an inner quotation that makes with it one name («НЕК «Укренерго», «Компанія «Альфа»). */
const NAME_HEAD_WORDS = 2;

/**
 * Whether the «…» opened at `outer` is a name that ends with the name quoted inside it from `inner`:
 * the typographic rule of the languages that nest «…» in «…» writes the closing mark once where
 * both end together (Ukrainian and Russian company names: ПАТ «НЕК «Укренерго», ТОВ «Торговий дім
 * «Альфа»). So the outer holds a word or two before the inner, no punctuation, and the inner opens
 * with a capital; a sentence quoted around a name («Мы готовы и «Газпром» тоже) is no name.
 */
function nameInName(text: string, outer: number, inner: number): boolean {
  if (!isUpperAt(text, inner + 1)) return false;
  let words = 0;
  let inWord = false;
  for (let i = outer + 1; i < inner; i++) {
    const c = text.charCodeAt(i);
    if (isBlank(c)) inWord = false;
    else if (CLASS[c] === K_OTHER && c !== 45 && c < 0x2010) return false; // punctuation, not a letter, digit or hyphen
    else if (!inWord) {
      inWord = true;
      if (++words > NAME_HEAD_WORDS) return false;
    }
  }
  return words > 0;
}

function lastOf(marks: Mark[], kinds: number): number {
  let k = marks.length - 1;
  while (k >= 0 && !isIn(kinds, marks[k].kind)) k--;
  return k;
}

/** lastOf for the positions of the marks open on the current line, open[0, opened). */
function lastOpen(text: string, open: Int32Array, opened: number, kinds: number): number {
  let k = opened - 1;
  while (k >= 0 && !isIn(kinds, kindOf(text, open[k]))) k--;
  return k;
}

/** How far inside an outer quotation an inner one that ends it may open (a sentence or two; the scan stays bounded). */
const NESTED_REACH = 400;

/** Whether no new sentence starts (. ! ? … ։ : then blanks and a capital) between `from` and `to`, at most NESTED_REACH apart. */
function oneSentence(text: string, from: number, to: number): boolean {
  if (to - from > NESTED_REACH) return false;
  for (let i = from + 1; i < to; i++) {
    if (!isSentenceEnd(text.charCodeAt(i))) continue;
    let k = i + 1;
    while (k < to && isBlank(text.charCodeAt(k))) k++;
    if (k > i + 1 && k < to && isUpperAt(text, k)) return false;
  }
  return true;
}

/**
 * Whether a sentence ends at `from`, blanks skipped: . ! ? … : ; ։. Not the line's end: a quotation
 * left open there may go on in the next paragraph (a long speech quoting another at its paragraph's end).
 */
function endsSentence(text: string, from: number, lineEnd: number): boolean {
  let i = from;
  while (i < lineEnd && isBlank(text.charCodeAt(i))) i++;
  return i < lineEnd && isSentenceEnd(text.charCodeAt(i));
}

/** . ! ? … : ; ։ (colon and semicolon too: Armenian texts type : for ։). */
function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 58 || c === 59 || c === 0x589;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f;
}

function finding(text: string, at: number) {
  const mark = text.slice(at, typedTwice(text.charCodeAt(at)) ? at + 2 : at + 1);
  return {
    start: at,
    end: at + mark.length,
    message: `Unpaired quotation mark “${mark}”: its partner is missing.`,
  };
}
