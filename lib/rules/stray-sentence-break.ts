import type { CheckContext } from '../context.js';
import { countWords, isAcronym, isVowel, isWholeWord, joinEdit, nextWord, opensItem, separatesCells, type Boundary, type BoundaryScan, type NextWord, type Paragraph, type Paragraphs } from '../segmentation/boundaries.js';
import { wordThatOpensNoSentence, writesAsWord } from '../segmentation/document-openings.js';
import { type CaselessSentence, type CaselessWords, caselessWords, forEachLineOfSentences, joinEdit as joinCaseless, isLoneInitial, lastWordStart, letterBeforePeriod, nonFinalEnding, nonInitialOpening, sentenceText } from '../segmentation/caseless.js';
import { documentOrthography, type DocumentOrthography } from '../segmentation/document-orthography.js';
import { speakerAbbreviations } from '../segmentation/speaker-abbreviations.js';
import type { Lexicon } from '../segmentation/lexicon.js';
import { isDeliberateLowercase, isInterjection, opensWithDialogueDash, paragraphStyle, speakerTurns, type CaseStyle } from '../segmentation/style.js';
import { firstOffsetAtOrAfter, lastAtOrBefore } from '../text/search.js';
import { isInlineSpace, isLetterAt, isLowerAt, isUpperAt, isWordCharAt } from '../text/chars.js';
import type { Fix, RawFinding, Reporter, Rule, RuleExamples } from '../types.js';

/** Longest continuation (in words) that is reported as a stranded fragment rather than a break. */
const FRAGMENT_WORDS = 2;

/** For the rule catalogue (scripts/update-schema.ts); not in the meta, so the bundle leaves it out. */
export const description =
  'A sentence-ending mark followed by a lowercase word: segment-by-segment translation split one sentence in two ' +
  '("BRICS and China. the G20"), or the next sentence lost its capital (also a list item opening with a sentence word, ' +
  '"В. я вже"). Abbreviations (Unicode CLDR, Universal Dependencies treebanks, the profile, the document\'s own; a long word ' +
  'clipped in a consonant cluster no word of the language ends in, "Abspielgeschw."; a genus abbreviated before its species epithet, "Ae. albopictus", where the paragraph wrote the genus in full before), initials, ordinals, dates, list ' +
  'labels, ellipses, URLs, the Armenian period (its միջակետ, a stop inside the sentence), speech tags, asides and titles before "?" or "!", speech that goes on after its own "?" or "!" in a turn a dialogue dash or a quotation mark opened earlier in the paragraph (and a span of markup that closes after one, ' +
  '"*how many?* questions"), agency bylines, a variable opening a sentence (a lone letter that is no word of the language: "so that\'s 1. x squared"), deliberately lowercase ' +
  'words (a name that takes its suffixes after an apostrophe where the language marks proper nouns so, Turkish "npm\'den"; and names the file sets as inline code, "`kubectl`", other than words that open sentences; a symbol with a digit the document writes in lowercase inside its sentences and never capitalised, "p53"), all-lowercase or informal (chat, social, transcribed speech) paragraphs, the turns of a thread written in lowercase by their writer ("jurts: homme on…", a forum\'s posts joined) and the writers\' handles, a note a transcript inserts into sentences again and again ("Forseti hringir."), and a document\'s habit of writing on in lowercase after "!" and "?" (novels and stories: "Oh! how glad she was", in three paragraphs or more, and more often than at a period, or four times as often for each mark) are left alone. In scripts without case, a sentence ' +
  'that opens with a word that never opens one, by the counts of Universal Dependencies treebanks (Japanese を, Hindi के, ' +
  'Hebrew של) or, where none lists such words, of the document (Gujarati છે): the rest of the sentence before.';

export const straySentenceBreak: Rule<CheckContext> = {
  meta: {
    id: 'stray-sentence-break',
    category: 'segmentation',
    severity: 'warning',
    mqm: 'Fluency/Punctuation',
    languages: '*',
  },

  check(ctx, report) {
    if (!ctx.cased) {
      checkCaseless(ctx, report);
      return;
    }
    const { text } = ctx;
    const scan = ctx.boundaries;
    const { boundaries, paragraphs, lexicon: lex } = scan;
    // The paragraph of the boundary at hand, its end, and (built once asked) its object and case style.
    let para = -1;
    let paraEnd = 0;
    let paragraph: Paragraph | undefined;
    let style: CaseStyle | undefined;
    // The run of the paragraph (ctx.runOf), or the turn of a thread in it, whose style is held:
    // judged where the text at hand is.
    let styleRun = -1;
    // The speakers' labels of the paragraph, when it is a thread of turns (built once asked).
    let turns: ReturnType<typeof speakerTurns> | undefined;
    const paragraphOf = () => (paragraph ??= paragraphs.at(para));
    const turnsOf = () => (turns ??= speakerTurns(text, scan, paragraphOf()));
    const styleOf = (at: number) => {
      let run = ctx.runOf(paragraphOf(), at);
      const { labels, messages } = turnsOf();
      const t = lastAtOrBefore(labels.length, (i) => labels[i], at);
      const start = t >= 0 ? Math.max(run.start, messages[t]) : run.start;
      const end = t + 1 < labels.length ? Math.min(run.end, labels[t + 1]) : run.end;
      if (start !== run.start || end !== run.end) run = { start, end, first: firstOffsetAtOrAfter(boundaries.mark, boundaries.count, start), last: firstOffsetAtOrAfter(boundaries.mark, boundaries.count, end) };
      if (run.start !== styleRun) {
        styleRun = run.start;
        style = paragraphStyle(text, scan, run, t >= 0);
      }
      return style!;
    };
    // Where the document is read by what it shows (a language outside the registry), a lowercase
    // letter before a period may be one of its words ("a", "e", "u"), which no profile lists: the
    // scan took it for an initial.
    const letters = !lex.registered;
    // Sentences that go on in lowercase after a question or exclamation mark, held until the whole
    // document is read (see HABIT_PARAGRAPHS), and the paragraphs they are in.
    const speech = new SpeechScan(text);
    const afterQuestion: RawFinding[] = [];
    let afterPeriod = 0;
    let habitParagraphs = 0;
    let lastHabitPara = -1;
    for (let k = nextCandidate(scan, 0, letters); k < boundaries.count; k = nextCandidate(scan, k + 1, letters)) {
      if (boundaries.para[k] !== para) {
        para = boundaries.para[k];
        paraEnd = paragraphs.end[para];
        paragraph = undefined;
        turns = undefined;
        styleRun = -1;
      }
      if (!boundaries.isEnd(k) && !(letters && isLetterWord(ctx, k, paragraphs.start[para]))) {
        reportLabelledSentence(ctx, k, paraEnd, report, styleOf);
        continue;
      }
      // Asked of the columns first: most candidates are left before the boundary is built.
      const next = boundaries.next[k];
      const w = nextWord(text, next, paraEnd);
      if (!w || w.end === w.start || !isLowerAt(text, w.start)) continue;
      // Armenian "ապշած եմ. բացի այն": the period is a stop inside the sentence, its own ։ ends one.
      if (lex.periodInsideSentence && text.charCodeAt(boundaries.mark[k]) === 46 && boundaries.markEnd[k] === boundaries.mark[k] + 1) continue;
      // A table row or text in columns: the next cell is not the sentence's continuation.
      if (separatesCells(text, boundaries.closeEnd[k], next)) continue;
      // "…to an element surrounding that content. <a href>more</a>", "…if the rule matches.
      // <a href>details ...</a>": a link or phrase that alone ends the paragraph after its last
      // sentence, with no sentence end of its own, is a label set after the text (web layout), not
      // the sentence cut off.
      if (labelEndsParagraph(ctx, next, paraEnd)) continue;
      // A byline signs the run it ends (ctx.runOf: the cues before a pause), not only a paragraph.
      if (isDeliberateLowercase(text, w, scan, ctx.runOf(paragraphOf(), boundaries.mark[k]).end)) continue;
      // "kurda. jurts: homme on": a speaker's handle, written as its writer chose it.
      if (turnsOf().labels.includes(next)) continue;
      // 'the names “.” and “..”', '«!» означает': a mark between quotes of its own is named, not used.
      if (quotedAlone(text, boundaries.mark[k], boundaries.markEnd[k])) continue;
      const b = boundaries.at(k);
      const p = paragraphOf();
      const word = text.slice(w.start, w.end);
      // "so that's 1. x squared is still 1": a letter that is no word of the language, standing
      // alone (not "m3"), names a variable, which keeps its case at a sentence's start (a lecture,
      // a maths text). Only where the language's function words are known, so that its one-letter
      // words ("a", Polish "w") are told apart.
      if (isVariable(word, lex.functionWords) && /[\s,;:]/.test(text[w.end] ?? '')) continue;
      // '"Why?" asked Berset', '"Help!" she cried', "(really?) because": speech tags and asides.
      if (isSpeechTag(text, b, w, p.end, lex)) continue;
      // "- Gør vi det? spurgte hun.": in a turn of dialogue that a dash opens, the narrator's words
      // go on in lowercase after its question or exclamation, verb listed or not; and so does the
      // speech itself, later in the turn ("— Да, я с дороги. Тот ли я князь? да не спросили").
      if (b.question && (opensWithDialogueDash(text, k > p.first ? boundaries.next[k - 1] : p.start, b.mark) || speech.speaksInDashTurn(p, b.mark))) continue;
      // "answer *how many?* questions", "<cite>Who Moved My Cheese?</cite> is": a span of the
      // file's markup that closes after a question or exclamation names it, as a closing
      // quotation mark would, and the sentence goes on.
      if (b.question && ctx.spanEndsIn(b.mark, b.closeEnd)) continue;
      // "Und ach! die liebe", "Ho! Ho! Ho! to the bottle", "Ah ! que c'est beau": an interjection, a chant.
      if (b.question && exclamationGoesOn(text, k, p, scan)) continue;
      // '“Go away! and the third': a quotation whose closing mark the translation dropped, or speech
      // quoted over several sentences that goes on after its own exclamation ('“You are late. What
      // a night! and the roads…”').
      if (b.question && speech.insideQuotation(p, b.mark)) continue;
      // "кім? не?", "why? how? when?": a series of one-word questions.
      if (b.question && k + 1 < p.last && boundaries.question(k + 1) && countWords(text, b.next, boundaries.mark[k + 1]) === 1) continue;
      if (styleOf(next) === 'lowercase') continue;
      // "…promises about The President rings. the new hospital": a note a transcript inserts again
      // and again (the chair's bell, a heckle) interrupts the sentence, which goes on after it.
      // Where the language capitalises nouns (German "Sie", "Ihnen"), a capital inside a sentence
      // opens no clause of its own, so nothing tells a note from the sentence before a break.
      if (!ctx.profile.capitalisedNouns && insertedNote(text, b, p.start, lex)) continue;

      // A continuation of one or two words that ends its own "sentence" is a stranded fragment.
      let end = w.end;
      let fragment = false;
      const nb = k + 1 < p.last ? boundaries.at(k + 1) : undefined;
      // (A lone letter "n." between two sentences is an initial to the scan, and a fragment here.)
      if (nb && (nb.kind === 'end' || (nb.kind === 'initial' && nb.wordStart === w.start)) && countWords(text, b.next, nb.mark) <= FRAGMENT_WORDS) {
        fragment = true;
        end = nb.markEnd;
      } else if (!nb && countWords(text, b.next, p.end) <= FRAGMENT_WORDS && /[.!?]\s*$/.test(text.slice(b.next, p.end))) {
        fragment = true;
        end = p.end;
      }
      // Without a profile, the language's abbreviations and ordinals are unknown: a lowercase
      // clause after a period may follow one ("esim. jos", "bkz. ekteki"). It is reported after a
      // whole word of a language that writes sentences with a capital ("stödet. de"): a registry
      // language, or one whose document shows it does (see documentOrthography); a language mtqa
      // does not know may not ("Bingzdaengj. gyoengq", Zhuang). In a registry language, also
      // after a period that follows a word known to be none of its abbreviations ("och. de", see
      // endsSentenceWord). Otherwise only a
      // piece too short to stand alone, and it must end where a sentence starts (a capital or the
      // line end): "enl. protokollet" is an abbreviation and what it abbreviates, not a fragment.
      // Nor may it follow a short lowercase word cut at a consonant: "esim. lisää aikaa." is an
      // abbreviation too.
      // And a whole word the document writes with a period every time, and often, is an
      // abbreviation, whatever follows it ("hæstv. ráðherra.", the honourable minister).
      if (!lex.profiled && writtenAsAbbreviation(ctx, k, b)) continue;
      // A play's speaker named in a stage direction by the short name its labels give ("_(reikt
      // Judoc. de hand)_"): a name, no common word of the language ("Yes. the" stays a break).
      if (b.wordEnd === b.mark && isUpperAt(text, b.wordStart)) {
        const short = text.slice(b.wordStart, b.wordEnd).toLowerCase();
        if (!lex.knownWords.has(short) && speakerAbbreviations(ctx).has(short)) continue;
      }
      // And a question or exclamation mark before a lowercase word, whatever the word before it
      // and however short the words after, is as often a quotation and its speech tag ("den!
      // foreslår et barn", "este? kérdezte anyám.", "¿Waruka tuusha pujuinawa? tusar") or a word
      // that takes it as its own ("kaybedersem! korkusu"), which only a profile's speech verbs
      // tell. (In the WMT22 dev sets a lowercase word after one is labelled legitimate 89 times, a
      // sentence cut in the source 5, a new sentence left in lowercase 9, a cut made by the
      // translation never.) One of a registry language's common words after a whole word is none of
      // those (Lexicon.knownWords, less its speech verbs): no speech tag opens with an article or a
      // preposition ("συνεχίσετε; στον τομέα").
      if (!lex.profiled && b.question && !(lex.registered && lex.knownWords.has(word) && !lex.speechVerbs.has(word) && isWholeWord(text, b.wordStart, b.wordEnd))) continue;
      if (
        !lex.profiled &&
        !(b.wordEnd === b.mark && endsSentenceWord(ctx, k, b)) &&
        (!fragment || (end < p.end && !startsSentenceAt(text, end, p.end)) || clippedLowercaseWord(text, b))
      )
        continue;
      const left = text.slice(b.wordStart, b.closeEnd);
      const message = fragment
        ? `Stranded fragment “${text.slice(b.next, end).trim()}”: cut off from the sentence that ends at “${left}”; join it to that sentence.`
        : `Stray sentence break in “${left} ${word}”: the text goes on in lowercase. Join the parts, or capitalise “${word}” if a new sentence starts here.`;
      const finding = { start: b.mark, end, message, fix: fixFor(text, b, w.start, word, fragment, lex) };
      if (!b.question) {
        afterPeriod++;
        report(finding);
        continue;
      }
      afterQuestion.push(finding);
      if (para !== lastHabitPara) {
        habitParagraphs++;
        lastHabitPara = para;
      }
    }
    if (habitParagraphs < HABIT_PARAGRAPHS || !(afterQuestion.length > afterPeriod || goesOnMoreOftenAfterQuestions(ctx, afterQuestion.length, afterPeriod))) {
      for (const f of afterQuestion) report(f);
    }
  },
};

/** Words a label after a paragraph's last sentence may have ("more", "read more", "see the details"). */
const LABEL_WORDS = 3;
/**
 * Characters such a label and its trailing ellipsis and blanks may span, well above LABEL_WORDS
 * long words: a longer rest of the paragraph is no label, and is not read (each candidate break
 * reading the rest of its paragraph made the rule quadratic in a paragraph's length).
 */
const LABEL_LENGTH = 160;

/**
 * Whether text[start, paraEnd) is a span of the file's markup alone (a link's text, a phrase
 * element; see CheckContext.spanHolds) of LABEL_WORDS words at most, with no sentence end but an
 * ellipsis ("details ...").
 */
function labelEndsParagraph(ctx: CheckContext, start: number, paraEnd: number): boolean {
  const { text } = ctx;
  if (paraEnd - start > LABEL_LENGTH) return false;
  // An ellipsis after the label ("details ...") says more follows behind the link; a period ends a sentence.
  const end = start + text.slice(start, paraEnd).replace(/\s*(?:…|\.{3})?\s*$/, '').length;
  if (end === start || /[.!?;:]/.test(text.slice(start, end)) || countWords(text, start, end) > LABEL_WORDS) return false;
  return ctx.spanHolds(start, end);
}

/**
 * Paragraphs in which a sentence goes on in lowercase after a question or exclamation mark that
 * nothing else explains (no speech tag, interjection, chant or open quotation), from which on the
 * document shows it as its writing: the register of novels and stories of every language before
 * the twentieth century ("Oh! how glad she was", "Боже мой! как же он устал", "Mój Boże! czemu
 * przyszedł", "Était-il mort ? ne l'était-il pas ?"), where an exclamation or a question stops the
 * voice, not the sentence. Segment-by-segment translation does not cut there (in the WMT22 dev sets,
 * never; a lone "Ah! there was" is a capital lost once), and a cut at a period stays reported. A
 * document whose sentences are cut at periods as often shows no habit but cuts: in the WMT22 dev
 * segments joined into one file, eleven lines lose their capital after "?" or "!" (", never! seek",
 * "make sense? answer") next to 87 cuts at a period. In 1.8 M words of ELTeC novels in 14 languages
 * (56 extracts of 2,000 to 40,000 words), 458 of the 692 findings of the rule were such
 * continuations, 442 of them in the 32 extracts that show three paragraphs of them or more.
 */
const HABIT_PARAGRAPHS = 3;

/**
 * …or, where its periods are cut as often, a document that goes on in lowercase after its "!" and "?"
 * HABIT_RATE_RATIO times as often, for each mark, as after its periods: the habit is the writer's,
 * the cuts at periods come on top of it. A translation cut by segments has no such habit, its cuts
 * fall on periods and questions alike (the WMT22 dev segments joined: 11 after "?" or "!" to 87 at a
 * period, with ten times as many periods). The Ukrainian NT of Kulish (christos-c/bible-corpus)
 * goes on in lowercase after 27 % of its 122 "?" and "!", and after 5 % of its 764 periods once
 * a break is planted in each chapter: its 33 continuations were all reported beside the 41 cuts.
 * (A document whose periods are cut one time in four, with three continuations to three "!" and
 * "?", reads as cuts: tests/segmentation-registers.test.ts.)
 */
const HABIT_RATE_RATIO = 4;

function goesOnMoreOftenAfterQuestions(ctx: CheckContext, afterQuestion: number, afterPeriod: number): boolean {
  const { stops, exclamationsAndQuestions } = ctx.marks;
  return afterQuestion * stops > HABIT_RATE_RATIO * afterPeriod * exclamationsAndQuestions;
}

/**
 * A script without case, where no lowercase letter shows a sentence going on: a sentence that
 * opens with a word that never opens one in the language (Japanese を, Hindi में, Hebrew של; see
 * Language.nonInitialWords) is the rest of the sentence before, cut by a stray mark
 * ("協力を拡大すること。を決めた", "दोनों देशों। के बीच"), inside a quotation as outside. Not after a
 * question or an exclamation; a sentence that is one of the language's fragment words alone is
 * stranded-fragment's to judge. Joining the parts is safe: the word proves they are one sentence.
 */
function checkCaseless(ctx: CheckContext, report: Reporter): void {
  const words = caselessWords(ctx);
  // A break after a particle that ties its word to what follows (Korean) is reported first, so that
  // the document's own openings, which may see the same break from its other side, report it once.
  const reported = new Set<number>();
  if (words?.nonFinal.size) checkNonFinal(ctx, words, (f) => { reported.add(f.start); report(f); });
  if (!words || words.nonInitialWords.length === 0) checkByDocumentOpenings(ctx, (f) => { if (!reported.has(f.start)) report(f); }, words?.unspaced ?? false);
  else checkNonInitial(ctx, words, report);
}

function checkNonInitial(ctx: CheckContext, words: CaselessWords, report: Reporter): void {
  const { text } = ctx;
  const leftOf = (prev: CaselessSentence) => text.slice(lastWordStart(text, prev.start, prev.mark, words.unspaced), prev.markEnd);
  // The same word, mark and never-initial word NAME_MARKS times or more: a name written with the
  // mark ("モーニング娘。のメンバー", "モーニング娘。の新曲"), which a stray break, a slip, does not
  // repeat. Counted first, by the opening's letters alone (a cheap pass: the findings then stop
  // at the report's cap as they come).
  const times = new Map<string, number>();
  forEachLineOfSentences(ctx, (sentences) => {
    for (let k = 1; k < sentences.length; k++) {
      const word = words.nonInitialWords.find((w) => text.startsWith(w, sentences[k].start));
      if (word === undefined) continue;
      const key = leftOf(sentences[k - 1]) + word;
      times.set(key, (times.get(key) ?? 0) + 1);
    }
  }, true);
  /** Whether each listed word the sentence opens with makes a name with `left` (so nonInitialOpening, which returns one of them, need not be asked). */
  const named = (left: string, start: number) => {
    let any = false;
    for (const w of words.nonInitialWords) {
      if (!text.startsWith(w, start)) continue;
      if ((times.get(left + w) ?? 0) < NAME_MARKS) return false;
      any = true;
    }
    return any;
  };
  forEachLineOfSentences(ctx, (sentences) => {
    for (let k = 1; k < sentences.length; k++) {
      const s = sentences[k];
      const prev = sentences[k - 1];
      if (prev.question || words.fragmentWords.has(sentenceText(text, s))) continue;
      const left = leftOf(prev);
      // A name first: the cheap test, before the word segmentation nonInitialOpening may run.
      if (named(left, s.start)) continue;
      const word = nonInitialOpening(ctx, s.start, s.mark, words, prev.mark);
      if (word === undefined) continue;
      if ((times.get(left + word) ?? 0) >= NAME_MARKS) continue;
      const gap = words.unspaced ? '' : ' ';
      report({
        start: prev.mark,
        end: s.start + word.length,
        message: `Stray sentence break in “${left}${gap}${word}”: “${word}” never opens a sentence, so the text goes on. Join the parts.`,
        fix: { description: 'join the two parts into one sentence', edits: [joinCaseless(prev, s, words.unspaced)], safe: true },
      });
    }
  }, true);
}

/**
 * A sentence inside a line, in a language with no treebank words that never open a sentence, that
 * opens with a word the document writes again and again inside its sentences and opens none other
 * with (document-openings.ts: Gujarati "… કમિશને. છે"). Not after a question or an exclamation, nor
 * after an abbreviation written with periods or what may be an initial.
 */
function checkByDocumentOpenings(ctx: CheckContext, report: Reporter, unspaced: boolean): void {
  const { text } = ctx;
  forEachLineOfSentences(ctx, (sentences) => {
    for (let k = 1; k < sentences.length; k++) {
      const prev = sentences[k - 1];
      const s = sentences[k];
      if (prev.question) continue;
      const leftStart = lastWordStart(text, prev.start, prev.mark, unspaced);
      const left = text.slice(leftStart, prev.markEnd);
      // An abbreviation written with periods ("યુ.કે.", U.K.): its last period ends no sentence.
      const period = left.indexOf('.');
      if (period >= 0 && period < left.length - 1) continue;
      const word = wordThatOpensNoSentence(ctx, s.start);
      if (word === undefined) continue;
      // Nor may an initial's: the counts are too weak a sign to read the word after one as the
      // sentence going on. One letter ("დ. და ლ.", D. and L.) unless the document writes it as a
      // word (Kannada ಈ "this"); a sentence that is one word the length of an initial, the second
      // of a run ("ډی. سی. کې", D. C.). Asked after the word, which seldom comes.
      const letter = unspaced ? undefined : letterBeforePeriod(text, prev, leftStart);
      if (letter !== undefined ? !writesAsWord(ctx, letter) : !unspaced && isLoneInitial(text, prev)) continue;
      const gap = unspaced ? '' : ' ';
      report({
        start: prev.mark,
        end: s.start + word.length,
        message: `Stray sentence break in “${left}${gap}${word}”: this document writes “${word}” inside its sentences again and again and opens no other sentence with it, so the text goes on. Join the parts.`,
        fix: { description: 'join the two parts into one sentence', edits: [joinCaseless(prev, s, unspaced)], safe: false },
      });
    }
  });
}

/**
 * A language that ties a noun to what follows with a particle written onto it (Korean: see
 * Language.nonFinalEndings): a sentence whose last word ends in one (협력을, 나라의) stops in the
 * middle of a clause, and what follows the mark on the line is the rest of it ("양측은 협력을. 확대하기로
 * 합의했다"). Not after a question or an exclamation; inside a quotation as outside.
 */
function checkNonFinal(ctx: CheckContext, words: CaselessWords, report: Reporter): void {
  const { text } = ctx;
  forEachLineOfSentences(ctx, (sentences) => {
    for (let k = 0; k + 1 < sentences.length; k++) {
      const s = sentences[k];
      if (s.question) continue;
      const ending = nonFinalEnding(text, s.start, s.mark, words);
      if (ending === undefined) continue;
      const left = text.slice(lastWordStart(text, s.start, s.mark, false), s.markEnd);
      report({
        start: s.mark,
        end: s.markEnd,
        message: `Stray sentence break after “${left}”: no sentence ends in a word ending in “${ending}”, a particle that ties it to what follows. Join the parts.`,
        fix: { description: 'join the two parts into one sentence', edits: [joinCaseless(s, sentences[k + 1], false)], safe: false },
      });
    }
  }, true);
}

/** Times the same word and mark stand before a word that never opens a sentence that make the mark part of a name (checkCaseless). */
const NAME_MARKS = 3;


/**
 * The first boundary from `from` on that the rule reads: a real sentence end followed, in its
 * paragraph, by a lowercase letter (most sentences go on with a capital, or end the line), or
 * another boundary that opens its paragraph (a list label); the boundary count if none. A small
 * loop of its own over the columns: optimised at once, where the loop inside check(), with all
 * that a candidate is then asked, ran unoptimised for most of a large text. It reads the scan's
 * lowercase-next bit, not the text: the letter after each sentence end is a cache miss.
 */
function nextCandidate(scan: BoundaryScan, from: number, letters: boolean): number {
  const { boundaries, paragraphs } = scan;
  for (let k = from; k < boundaries.count; k++) {
    if (boundaries.isEnd(k) ? boundaries.lowercaseNext(k) : k === paragraphs.first[boundaries.para[k]] || (letters && boundaries.lowercaseNext(k) && boundaries.kind(k) === 'initial')) return k;
  }
  return boundaries.count;
}

/**
 * Whether initial k is a lowercase letter inside its paragraph that the document writes as a word
 * (documentOrthography): "… mkate na sukari a. maji" ends a sentence after the word "a", whereas a
 * label opens its item ("a. the lessee") and a capital is an initial.
 */
function isLetterWord(ctx: CheckContext, k: number, paraStart: number): boolean {
  const { text } = ctx;
  const { boundaries } = ctx.boundaries;
  const start = boundaries.wordStart[k];
  if (boundaries.kind(k) !== 'initial' || boundaries.wordEnd[k] !== start + 1 || boundaries.mark[k] !== start + 1 || !isLowerAt(text, start) || opensItem(text, paraStart, start)) return false;
  const learnt = statedOrthography(ctx);
  return learnt !== undefined && learnt.capitalises && learnt.isWord(k);
}

/**
 * What the document tells of its sentences (documentOrthography), where its language is stated
 * (--lang, or the file's own declaration). A text mtqa could not name may be in a language that
 * opens sentences in lowercase as a habit inside its lines while its lines start with capitals
 * (UDHR without --lang: Zhuang, Chinantec, Achuar, 18 such findings in 6 texts of 42 that got
 * new ones), which the lines alone do not show.
 */
function statedOrthography(ctx: CheckContext): DocumentOrthography | undefined {
  const { source } = ctx.language;
  return source === 'forced' || source === 'declared' ? documentOrthography(ctx.text, ctx.boundaries, ctx.tokens) : undefined;
}

/** Sentences of a language outside the registry, each opened with a capital (the examples change one). */
const SWAHILI = ['Watoto wanacheza nje ya nyumba na rafiki zao.', 'Mama anapika chakula cha jioni.', 'Baba amerudi kutoka kazini na dada yangu.', 'Mvua ilinyesha usiku mzima.', 'Tunasoma vitabu vingi shuleni.', 'Wakulima walipanda mahindi.', 'Soko lilikuwa na watu wengi.', 'Sisi tunapenda kusafiri pamoja.'];
const TAGALOG = ['Ang bahay ng pamilya ay malapit sa ilog.', 'Kumain ang mga bata ng tinapay sa umaga.', 'Bumili si Maria ng bigas sa palengke.', 'Maganda ang panahon ngayong araw.', 'Nagbasa ang guro ng kuwento sa klase.', 'Malaki ang bahagi ng lupa sa probinsya.', 'Naglakad kami nang 3 km sa parke kahapon.', 'Masaya ang lahat sa pista.'];
/** Zulu lines writing the noun-class prefix "u" before twenty-one names (twenty besides the one a test replaces): a prefix of the language, not a brand's spelling (iPhone). */
const ZULU = [
  'Ngibone uSipho emakethe izolo.',
  'Ngibone uThandi emakethe izolo.',
  'Ngibone uThemba emakethe izolo.',
  'Ngibone uLindiwe emakethe izolo.',
  'Ngibone uBongani emakethe izolo.',
  'Ngibone uNomsa emakethe izolo.',
  'Ngibone uSibusiso emakethe izolo.',
  'Ngibone uZanele emakethe izolo.',
  'Ngibone uMandla emakethe izolo.',
  'Ngibone uAyanda emakethe izolo.',
  'Ngibone uBusisiwe emakethe izolo.',
  'Ngibone uLwazi emakethe izolo.',
  'Ngibone uNandi emakethe izolo.',
  'Ngibone uJabulani emakethe izolo.',
  'Ngibone uThabo emakethe izolo.',
  'Ngibone uZodwa emakethe izolo.',
  'Ngibone uMusa emakethe izolo.',
  'Ngibone uKhanyi emakethe izolo.',
  'Ngibone uAndile emakethe izolo.',
  'Ngibone uNokuthula emakethe izolo.',
  'Ngibone uZinhle emakethe izolo.',
];
/** The same lines with eight names only. */
const ZULU_FEW = [
  'Ngibone uSipho emakethe izolo.',
  'Ngibone uThandi emakethe izolo.',
  'Ngibone uThemba emakethe izolo.',
  'Ngibone uLindiwe emakethe izolo.',
  'Ngibone uBongani emakethe izolo.',
  'Ngibone uNomsa emakethe izolo.',
  'Ngibone uSibusiso emakethe izolo.',
  'Ngibone uZanele emakethe izolo.',
];
/** Tagalog lines that write "km" bare after numbers. */
const TAGALOG_KM = [
  'Ang bahay ng pamilya ay malapit sa ilog.',
  'Kumain ang mga bata ng tinapay sa umaga.',
  'Bumili si Maria ng bigas sa palengke.',
  'Maganda ang panahon ngayong araw.',
  'Nagbasa ang guro ng kuwento sa klase.',
  'Malaki ang bahagi ng lupa sa probinsya.',
  'Naglakad kami nang 3 km sa parke kahapon.',
  'Masaya ang lahat sa pista.',
  'Tumakbo siya nang 5 km sa umaga.',
  'Nagbisikleta sila nang 10 km sa probinsya.',
  'Lumakad ang guro nang 2 km papunta sa paaralan.',
];
const MALTESE = ['Il-bniedem jitwieled ħieles.', 'Il-familja hija l-qalba u l-bażi tas-soċjetà.', 'Kulħadd għandu d-dritt għall-edukazzjoni.', 'It-tfal jilagħbu u jkantaw fil-ġnien.', 'Ix-xogħol huwa importanti u meħtieġ għal kulħadd.', 'Il-gvern jieħu ħsieb is-saħħa.', 'Il-liġi tapplika għal kulħadd.', 'Aħna nħobbu l-paċi.'];

/**
 * `last` after sixteen lines of Gujarati, each two sentences that write છે ("is") twice and અને
 * ("and") once: a document whose counts tell which words open none of its sentences.
 */
function gujaratiDocument(last: string): string {
  return `${'તે ઘરે છે અને ખુશ છે. અમે ગામમાં છે અને મજામાં છે.\n'.repeat(16)}${last}`;
}

/** The same in Punjabi, which ends its sentences with the danda. */
function punjabiDocument(last: string): string {
  return `${'ਉਹ ਘਰ ਹੈ ਅਤੇ ਖੁਸ਼ ਹੈ। ਇਹ ਪਿੰਡ ਹੈ ਅਤੇ ਸੋਹਣਾ ਹੈ।\n'.repeat(16)}${last}`;
}

/**
 * The lines, line `i` replaced by `line` (none for -1), lowercased if asked, one per line. Called
 * in the examples marked pure, so that the bundle, which needs no example, leaves them out.
 */
function withLine(lines: readonly string[], i: number, line: string, lowercase = false): string {
  const text = lines.map((l, k) => (k === i ? line : l)).join('\n');
  return lowercase ? text.toLowerCase() : text;
}

/** What the rule flags and what it leaves alone: tests/rules.test.ts runs them. Not part of the rule, so not of the bundle. */
export const examples: RuleExamples = {
  bad: [
    // A story that goes on in lowercase after "!" in three paragraphs, cut at periods four times:
    // after its 3 exclamation marks 3 times, after its 24 periods 4 times. The continuations are
    // its writing (more than HABIT_RATE_RATIO times as often, for each mark: 3 of 3 against 4 of 24); the cuts are reported.
    {
      text: 'Oh! how glad she was to see him. She ran to the gate. The dog ran after her. the sun was low. They talked for an hour. Then they went in.\nAh! what a day it had been. Nobody knew. The house was quiet. they all slept. The clock struck ten. Outside, the wind rose.\nAlas! it was too late. The train had left. the station was empty. She sat down. A porter came by. He said nothing.\nShe walked home alone. The road was long. it was cold. The lamps were lit. Her mother waited at the door. They had supper.',
      output: 'Oh! how glad she was to see him. She ran to the gate. The dog ran after her the sun was low. They talked for an hour. Then they went in.\nAh! what a day it had been. Nobody knew. The house was quiet. They all slept. The clock struck ten. Outside, the wind rose.\nAlas! it was too late. The train had left the station was empty. She sat down. A porter came by. He said nothing.\nShe walked home alone. The road was long. It was cold. The lamps were lit. Her mother waited at the door. They had supper.',
      findings: [
        { flagged: '. the', message: 'Stray sentence break in “her. the”: the text goes on in lowercase. Join the parts, or capitalise “the” if a new sentence starts here.' },
        { flagged: '. they', message: 'Stray sentence break in “quiet. they”: the text goes on in lowercase. Join the parts, or capitalise “they” if a new sentence starts here.' },
        { flagged: '. the', start: 303, message: 'Stray sentence break in “left. the”: the text goes on in lowercase. Join the parts, or capitalise “the” if a new sentence starts here.' },
        { flagged: '. it', message: 'Stray sentence break in “long. it”: the text goes on in lowercase. Join the parts, or capitalise “it” if a new sentence starts here.' },
      ],
    },
    // One word opening lines with a period is no cast of a play: "Thanks. the" is a break.
    {
      text: 'Thanks. The meeting is over for today and we can all go home now.\nThanks. The report is done and it will be sent to the members tomorrow.\nThanks. the next one is in May, and the committee will meet in the capital.\n',
      output: 'Thanks. The meeting is over for today and we can all go home now.\nThanks. The report is done and it will be sent to the members tomorrow.\nThanks the next one is in May, and the committee will meet in the capital.\n',
      findings: [{ flagged: '. the', message: 'Stray sentence break in “Thanks. the”: the text goes on in lowercase. Join the parts, or capitalise “the” if a new sentence starts here.' }],
    },
    // One line of four with a hashtag is no feed of posts: a lowercase start in a line without one is a break.
    {
      text: 'Il nuovo governo giura oggi. #Monti\nLa squadra è composta da tecnici. la Borsa ha reagito bene.\nI mercati aprono in rialzo.\nIl presidente parla domani.',
      lang: 'it',
      findings: [{ flagged: '. la', message: 'Stray sentence break in “tecnici. la”: the text goes on in lowercase. Join the parts, or capitalise “la” if a new sentence starts here.' }],
      output: 'Il nuovo governo giura oggi. #Monti\nLa squadra è composta da tecnici la Borsa ha reagito bene.\nI mercati aprono in rialzo.\nIl presidente parla domani.',
    },
    // A label in full is a word the play writes bare too ("Faust sah"): its period before a lowercase word is a break.
    {
      text: 'FAUST. Wer ist da?\nMEPHISTOPHELES. Ich bin es.\nFAUST. Herein! Faust sah ihn an.\nMEPHISTOPHELES. Er sprach mit Faust. er ging hinaus.',
      output: 'FAUST. Wer ist da?\nMEPHISTOPHELES. Ich bin es.\nFAUST. Herein! Faust sah ihn an.\nMEPHISTOPHELES. Er sprach mit Faust. Er ging hinaus.',
      lang: 'de',
      findings: [{ flagged: '. er', message: 'Stray sentence break in “Faust. er”: the text goes on in lowercase. Join the parts, or capitalise “er” if a new sentence starts here.' }],
    },
    // "a" is a word of the language, not a variable: the break before it is one.
    {
      text: 'The ministers met in Moscow on Monday. a new agreement was signed there.',
      output: 'The ministers met in Moscow on Monday a new agreement was signed there.',
      findings: [
        {
          flagged: '. a',
          message: 'Stray sentence break in “Monday. a”: the text goes on in lowercase. Join the parts, or capitalise “a” if a new sentence starts here.',
        },
      ],
    },
    // Two dots alone are a weak sign: a paragraph that capitalises its other sentences lost a capital.
    {
      text: 'The minister met the delegation on Monday. the talks went on until late.. The agreement was signed.',
      output: 'The minister met the delegation on Monday the talks went on until late.. The agreement was signed.',
      findings: [
        {
          flagged: '. the',
          message: 'Stray sentence break in “Monday. the”: the text goes on in lowercase. Join the parts, or capitalise “the” if a new sentence starts here.',
        },
      ],
    },
    // A letter written three times inside a word is spelling ("Schifffahrt"), not a sound drawn out.
    {
      text: 'Die Arbeiten am Hafen dauern noch an. schifffahrt ist bis Montag eingestellt.',
      lang: 'de',
      findings: [
        {
          flagged: '. schifffahrt',
          message: 'Stray sentence break in “an. schifffahrt”: the text goes on in lowercase. Join the parts, or capitalise “schifffahrt” if a new sentence starts here.',
        },
      ],
    },
    // A name that capitalises its first word only ends sentences again and again: followed by a
    // capital there, it is no note a transcript inserts, and its break after it is reported.
    {
      text: 'Міністри країн Великої сімки. делегати обговорили санкції. Це заявили лідери Великої сімки. Наступна зустріч буде в Японії. Про це домовилися країни Великої сімки. Вони зустрінуться знову.',
      lang: 'uk',
      findings: [
        {
          flagged: '. делегати',
          message: 'Stray sentence break in “сімки. делегати”: the text goes on in lowercase. Join the parts, or capitalise “делегати” if a new sentence starts here.',
        },
      ],
    },
    // A capital the language writes anyway ("I", German's formal "Sie") opens no note a transcript
    // inserts, however often the words before the break come back.
    {
      text: 'I was not sure what I think. the plan was changed twice. Nobody asked what I think. the board decided alone. They never care what I think. the result is the same.',
      findings: [
        { flagged: '. the', start: 27, message: 'Stray sentence break in “think. the”: the text goes on in lowercase. Join the parts, or capitalise “the” if a new sentence starts here.' },
        { flagged: '. the', start: 82, message: 'Stray sentence break in “think. the”: the text goes on in lowercase. Join the parts, or capitalise “the” if a new sentence starts here.' },
        { flagged: '. the', start: 137, message: 'Stray sentence break in “think. the”: the text goes on in lowercase. Join the parts, or capitalise “the” if a new sentence starts here.' },
      ],
      output: 'I was not sure what I think the plan was changed twice. Nobody asked what I think the board decided alone. They never care what I think the result is the same.',
    },
    {
      text: 'Wir freuen uns, wenn Sie sich. die Zeit für ein Gespräch nehmen. Bitte melden Sie sich. die Anmeldung ist kostenlos und dauert nur eine Minute. Danach können Sie sich. die Unterlagen in Ruhe ansehen.',
      lang: 'de',
      findings: [
        { flagged: '. die', start: 29, message: 'Stray sentence break in “sich. die”: the text goes on in lowercase. Join the parts, or capitalise “die” if a new sentence starts here.' },
        { flagged: '. die', start: 86, message: 'Stray sentence break in “sich. die”: the text goes on in lowercase. Join the parts, or capitalise “die” if a new sentence starts here.' },
        { flagged: '. die', start: 166, message: 'Stray sentence break in “sich. die”: the text goes on in lowercase. Join the parts, or capitalise “die” if a new sentence starts here.' },
      ],
      output: 'Wir freuen uns, wenn Sie sich die Zeit für ein Gespräch nehmen. Bitte melden Sie sich die Anmeldung ist kostenlos und dauert nur eine Minute. Danach können Sie sich die Unterlagen in Ruhe ansehen.',
    },
    {
      text: 'They will strengthen cooperation in fora such as BRICS and China. the G20.',
      findings: [
        {
          flagged: '. the G20.',
          message: 'Stranded fragment “the G20.”: cut off from the sentence that ends at “China.”; join it to that sentence.',
        },
      ],
      output: 'They will strengthen cooperation in fora such as BRICS and China the G20.',
    },
    {
      text: 'The two sides will consolidate and expand cooperation. in the field of energy.',
      findings: [
        {
          flagged: '. in',
          message: 'Stray sentence break in “cooperation. in”: the text goes on in lowercase. Join the parts, or capitalise “in” if a new sentence starts here.',
        },
      ],
      output: 'The two sides will consolidate and expand cooperation in the field of energy.',
    },
    {
      text: 'About 175 thousand people will be hospitalized. patients.',
      findings: [
        {
          flagged: '. patients.',
          message: 'Stranded fragment “patients.”: cut off from the sentence that ends at “hospitalized.”; join it to that sentence.',
        },
      ],
      output: 'About 175 thousand people will be hospitalized patients.',
    },
    {
      text: 'I hope there will be no problems. thank you',
      findings: [
        {
          flagged: '. thank',
          message: 'Stray sentence break in “problems. thank”: the text goes on in lowercase. Join the parts, or capitalise “thank” if a new sentence starts here.',
        },
      ],
      output: 'I hope there will be no problems. Thank you',
    },
    {
      text: 'Friedrich, who achieved his 22. win in series, was pleased.',
      findings: [
        {
          flagged: '. win',
          message: 'Stray sentence break in “22. win”: the text goes on in lowercase. Join the parts, or capitalise “win” if a new sentence starts here.',
        },
      ],
    },
    {
      text: '"So many things go well with alcohol, awesome." flooded in.',
      findings: [
        {
          flagged: '." flooded in.',
          message: 'Stranded fragment “flooded in.”: cut off from the sentence that ends at “awesome."”; join it to that sentence.',
        },
      ],
      output: '"So many things go well with alcohol, awesome" flooded in.',
    },
    {
      text: 'the Client may return the invoice before its due date. if the Client returns it, a new term starts. Once it is delivered, it runs.',
      findings: [
        {
          flagged: '. if',
          message: 'Stray sentence break in “date. if”: the text goes on in lowercase. Join the parts, or capitalise “if” if a new sentence starts here.',
        },
      ],
      output: 'the Client may return the invoice before its due date. If the Client returns it, a new term starts. Once it is delivered, it runs.',
    },
    {
      text: 'Die Zusammenarbeit wird ausgebaut. im Bereich Energie und Verkehr.',
      lang: 'de',
      findings: [
        {
          flagged: '. im',
          message: 'Stray sentence break in “ausgebaut. im”: the text goes on in lowercase. Join the parts, or capitalise “im” if a new sentence starts here.',
        },
      ],
      output: 'Die Zusammenarbeit wird ausgebaut im Bereich Energie und Verkehr.',
    },
    {
      text: 'Россия готова работать с Китаем. в области энергетики и связи.',
      lang: 'ru',
      findings: [
        {
          flagged: '. в',
          message: 'Stray sentence break in “Китаем. в”: the text goes on in lowercase. Join the parts, or capitalise “в” if a new sentence starts here.',
        },
      ],
      output: 'Россия готова работать с Китаем в области энергетики и связи.',
    },
    {
      // A time ends a sentence like a word does.
      text: 'Как я вижу, курьер приехал к вам в 12:39. он пытается доставить заказ.',
      lang: 'ru',
      findings: [
        {
          flagged: '. он',
          message: 'Stray sentence break in “12:39. он”: the text goes on in lowercase. Join the parts, or capitalise “он” if a new sentence starts here.',
        },
      ],
      output: 'Как я вижу, курьер приехал к вам в 12:39. Он пытается доставить заказ.',
    },
    {
      // A list label, then a word that opens sentences: the item lost its capital.
      text: 'В. я вже деякий час чекаю своє замовлення.',
      lang: 'uk',
      findings: [{ flagged: 'я', message: 'The item after “В.” starts in lowercase with “я”, which opens a sentence: capitalise it.' }],
      output: 'В. Я вже деякий час чекаю своє замовлення.',
    },
    {
      // Scripts without case: a sentence opening with a word that never opens one (Language.nonInitialWords).
      text: '両国はエネルギー分野での協力。を拡大することで合意した。',
      lang: 'ja',
      findings: [{ flagged: '。を', message: 'Stray sentence break in “での協力。を”: “を” never opens a sentence, so the text goes on. Join the parts.' }],
      output: '両国はエネルギー分野での協力を拡大することで合意した。',
    },
    {
      // Before a word of its own script: the language's word segmentation reads を as the first word.
      text: '両国は協力関係の強化。をすることで合意した。',
      lang: 'ja',
      findings: [{ flagged: '。を', message: 'Stray sentence break in “係の強化。を”: “を” never opens a sentence, so the text goes on. Join the parts.' }],
      output: '両国は協力関係の強化をすることで合意した。',
    },
    {
      // After a sentence that ends unfinished (a noun: Language.unfinishedEndings), a conjunctive
      // particle is the rest of it; after a finished one, a particle stacked on another (の|は).
      text: '両国はこの分野での協力。が必要だと合意した。彼が来た。のは昨日のことだ。',
      lang: 'ja',
      findings: [
        { flagged: '。が', message: 'Stray sentence break in “での協力。が”: “が” never opens a sentence, so the text goes on. Join the parts.' },
        { flagged: '。の', message: 'Stray sentence break in “彼が来た。の”: “の” never opens a sentence, so the text goes on. Join the parts.' },
      ],
      output: '両国はこの分野での協力が必要だと合意した。彼が来たのは昨日のことだ。',
    },
    {
      // Korean: a word ending in an object particle (Language.nonFinalEndings) never ends a sentence.
      text: '양측은 에너지 분야의 협력을. 확대하기로 합의했다.',
      lang: 'ko',
      findings: [{ flagged: '.', message: 'Stray sentence break after “협력을.”: no sentence ends in a word ending in “을”, a particle that ties it to what follows. Join the parts.' }],
    },
    {
      // Chinese sentence particles (吗, 吧: UD discourse:sp) never open a sentence.
      text: '你明天会来。吗？那好。吧，就按你说的办。',
      lang: 'zh',
      findings: [
        { flagged: '。吗', message: 'Stray sentence break in “明天会来。吗”: “吗” never opens a sentence, so the text goes on. Join the parts.' },
        { flagged: '。吧', message: 'Stray sentence break in “那好。吧”: “吧” never opens a sentence, so the text goes on. Join the parts.' },
      ],
      output: '你明天会来吗？那好吧，就按你说的办。',
    },
    {
      // Chinese 的 and 了 attach to the word before: the segmentation reads them as words of their own here.
      text: '双方同意扩大能源领域。的合作，条约将于明年签署。',
      lang: 'zh',
      findings: [{ flagged: '。的', message: 'Stray sentence break in “能源领域。的”: “的” never opens a sentence, so the text goes on. Join the parts.' }],
      output: '双方同意扩大能源领域的合作，条约将于明年签署。',
    },
    {
      text: '警方周一逮捕。了一名涉嫌谋杀的男子。',
      lang: 'zh',
      findings: [{ flagged: '。了', message: 'Stray sentence break in “周一逮捕。了”: “了” never opens a sentence, so the text goes on. Join the parts.' }],
      output: '警方周一逮捕了一名涉嫌谋杀的男子。',
    },
    {
      // Inside a quotation as outside; and the word alone, the rest of the sentence before.
      text: '他说：“我们同意扩大能源领域。的合作。”',
      lang: 'zh',
      findings: [{ flagged: '。的', message: 'Stray sentence break in “能源领域。的”: “的” never opens a sentence, so the text goes on. Join the parts.' }],
      output: '他说：“我们同意扩大能源领域的合作。”',
    },
    {
      text: '両国は合意に達したと述べ。た。',
      lang: 'ja',
      findings: [{ flagged: '。た', message: 'Stray sentence break in “たと述べ。た”: “た” never opens a sentence, so the text goes on. Join the parts.' }],
      output: '両国は合意に達したと述べた。',
    },
    {
      // A kana particle before kanji: no word of the language goes on so.
      text: '両国は協力関係。の強化で合意した。',
      lang: 'ja',
      findings: [{ flagged: '。の', message: 'Stray sentence break in “協力関係。の”: “の” never opens a sentence, so the text goes on. Join the parts.' }],
      output: '両国は協力関係の強化で合意した。',
    },
    {
      // After a quotation in „…“ (closed by “, not opened again), and in a line whose quotation
      // marks do not pair up: an open mark no longer hides the sentence ends after it.
      text: 'השר אמר שהם „פתוחים להצעות“ בנושא. ההסכם ייחתם השבוע. של המדינה.',
      lang: 'he',
      findings: [{ flagged: '. של', message: 'Stray sentence break in “השבוע. של”: “של” never opens a sentence, so the text goes on. Join the parts.' }],
      output: 'השר אמר שהם „פתוחים להצעות“ בנושא. ההסכם ייחתם השבוע של המדינה.',
    },
    {
      text: 'השר אמר "שהם פתוחים להצעות בנושא. ההסכם ייחתם השבוע. של המדינה.',
      lang: 'he',
      findings: [{ flagged: '. של', message: 'Stray sentence break in “השבוע. של”: “של” never opens a sentence, so the text goes on. Join the parts.' }],
      output: 'השר אמר "שהם פתוחים להצעות בנושא. ההסכם ייחתם השבוע של המדינה.',
    },
    {
      text: 'दोनों देशों। के बीच सहयोग बढ़ाने पर सहमति व्यक्त की।',
      lang: 'hi',
      findings: [{ flagged: '। के', message: 'Stray sentence break in “देशों। के”: “के” never opens a sentence, so the text goes on. Join the parts.' }],
      output: 'दोनों देशों के बीच सहयोग बढ़ाने पर सहमति व्यक्त की।',
    },
    {
      // | typed for the danda, where the text ends its lines with it (and typed apart from its word, as the danda too is).
      text: 'दोनों देशों ने समझौते पर हस्ताक्षर किए|\nयह मुद्दा कुछ समय से चर्चा में था |\nदोनों पक्षों ने ऊर्जा क्षेत्र | में सहयोग बढ़ाने पर सहमति जताई|',
      lang: 'hi',
      findings: [{ flagged: ' | में', message: 'Stray sentence break in “क्षेत्र | में”: “में” never opens a sentence, so the text goes on. Join the parts.' }],
      output: 'दोनों देशों ने समझौते पर हस्ताक्षर किए|\nयह मुद्दा कुछ समय से चर्चा में था |\nदोनों पक्षों ने ऊर्जा क्षेत्र में सहयोग बढ़ाने पर सहमति जताई|',
    },
    {
      // A language the registry lacks: the words its treebank never opens a sentence with (lib/languages/caseless-words.generated.ts).
      text: 'ئىككى دۆلەت ئېنېرگىيە ساھەسىدىكى ھەمكارلىقنى كېڭەيتىش. بىلەن مەسىلىنى ھەل قىلىشقا قوشۇلدى.',
      lang: 'ug',
      findings: [{ flagged: '. بىلەن', message: 'Stray sentence break in “كېڭەيتىش. بىلەن”: “بىلەن” never opens a sentence, so the text goes on. Join the parts.' }],
      output: 'ئىككى دۆلەت ئېنېرگىيە ساھەسىدىكى ھەمكارلىقنى كېڭەيتىش بىلەن مەسىلىنى ھەل قىلىشقا قوشۇلدى.',
    },
    {
      // Without a treebank (Gujarati): the document writes છે ("is") inside its sentences sixty
      // times and opens none with it, where chance would open ten.
      text: /* @__PURE__ */ gujaratiDocument('સરકારે નવી યોજના જાહેર કરી. છે અને લોકો ખુશ છે.'),
      lang: 'gu',
      findings: [{ flagged: '. છે', message: 'Stray sentence break in “કરી. છે”: this document writes “છે” inside its sentences again and again and opens no other sentence with it, so the text goes on. Join the parts.' }],
    },
    {
      // After the danda as after a period (Punjabi ਹੈ "is").
      text: /* @__PURE__ */ punjabiDocument('ਸਰਕਾਰ ਨੇ ਨਵੀਂ ਯੋਜਨਾ ਦਾ ਐਲਾਨ ਕੀਤਾ। ਹੈ ਅਤੇ ਲੋਕ ਖੁਸ਼ ਹਨ।'),
      lang: 'pa',
      findings: [{ flagged: '। ਹੈ', message: 'Stray sentence break in “ਕੀਤਾ। ਹੈ”: this document writes “ਹੈ” inside its sentences again and again and opens no other sentence with it, so the text goes on. Join the parts.' }],
    },
    {
      // After a one-letter word the document writes as a word (તે "that", sixteen times without a
      // period), not an initial.
      text: /* @__PURE__ */ gujaratiDocument('સરકારની યોજના તે. છે જે લોકોને ગમે.'),
      lang: 'gu',
      findings: [{ flagged: '. છે', message: 'Stray sentence break in “તે. છે”: this document writes “છે” inside its sentences again and again and opens no other sentence with it, so the text goes on. Join the parts.' }],
    },
    {
      text: 'دونوں ملکوں۔ کے درمیان تعاون بڑھانے پر اتفاق ہوا۔',
      lang: 'ur',
      findings: [{ flagged: '۔ کے', message: 'Stray sentence break in “ملکوں۔ کے”: “کے” never opens a sentence, so the text goes on. Join the parts.' }],
      output: 'دونوں ملکوں کے درمیان تعاون بڑھانے پر اتفاق ہوا۔',
    },
    {
      text: 'دو کشور گسترش همکاری. را در زمینه انرژی تأیید کردند.',
      lang: 'fa',
      findings: [{ flagged: '. را', message: 'Stray sentence break in “همکاری. را”: “را” never opens a sentence, so the text goes on. Join the parts.' }],
      output: 'دو کشور گسترش همکاری را در زمینه انرژی تأیید کردند.',
    },
    {
      text: 'הוא הבן. של המנהל החדש.',
      lang: 'he',
      findings: [{ flagged: '. של', message: 'Stray sentence break in “הבן. של”: “של” never opens a sentence, so the text goes on. Join the parts.' }],
      output: 'הוא הבן של המנהל החדש.',
    },
    {
      // A registry language without a profile: a period after one of its common words ends a
      // sentence, however short the word (Language.commonWords; no abbreviation is among them).
      text: 'Kommittén föreslår att stödet ska gå till forskning och. de nya medlen fördelas i år.',
      lang: 'sv',
      findings: [
        {
          flagged: '. de',
          message: 'Stray sentence break in “och. de”: the text goes on in lowercase. Join the parts, or capitalise “de” if a new sentence starts here.',
        },
      ],
    },
    {
      // An acronym ends a sentence in any cased language: an abbreviation is clipped in lowercase.
      text: 'Avtalet gäller Kanada och USA. som båda har skrivit under det.',
      lang: 'sv',
      findings: [
        {
          flagged: '. som',
          message: 'Stray sentence break in “USA. som”: the text goes on in lowercase. Join the parts, or capitalise “som” if a new sentence starts here.',
        },
      ],
    },
    {
      // So does a word an elided article is joined to: an abbreviation takes none.
      text: "Van portar el ferit a l'hospital. on el van operar de seguida.",
      lang: 'ca',
      findings: [
        {
          flagged: '. on',
          message: "Stray sentence break in “l'hospital. on”: the text goes on in lowercase. Join the parts, or capitalise “on” if a new sentence starts here.",
        },
      ],
    },
    {
      // A one-letter common word ("v", in): a word, not an initial.
      text: 'Vláda schválila nový zákon o ochrane prírody v. minulom roku po dlhej diskusii.',
      lang: 'sk',
      findings: [
        {
          flagged: '. minulom',
          message: 'Stray sentence break in “v. minulom”: the text goes on in lowercase. Join the parts, or capitalise “minulom” if a new sentence starts here.',
        },
      ],
    },
    {
      // Serbian in Latin letters: its common words in their Latin spelling (Language.transliteration).
      text: 'Vlada je izdvojila novac za. obnovu škola u ovoj godini.',
      lang: 'sr',
      findings: [
        {
          flagged: '. obnovu',
          message: 'Stray sentence break in “za. obnovu”: the text goes on in lowercase. Join the parts, or capitalise “obnovu” if a new sentence starts here.',
        },
      ],
    },
    {
      // Turkish: a lowercase word without the apostrophe of a proper noun is a break (see the good examples).
      text: 'Kerem dün akşam eve geldi. ve sonra hemen yatıp uyudu.',
      lang: 'tr',
      findings: [
        {
          flagged: '. ve',
          message: 'Stray sentence break in “geldi. ve”: the text goes on in lowercase. Join the parts, or capitalise “ve” if a new sentence starts here.',
        },
      ],
    },
    {
      // English "'s" is a possessive on any noun, not the mark of a name: still a break.
      text: 'The talks went on until late on Monday. everyone\'s hopes were high after the meeting.',
      findings: [
        {
          flagged: '. everyone\'s',
          message: 'Stray sentence break in “Monday. everyone\'s”: the text goes on in lowercase. Join the parts, or capitalise “everyone\'s” if a new sentence starts here.',
        },
      ],
    },
    {
      // Armenian ends its sentences with ։: a lowercase word after it is a break (its period is not one, see the good examples).
      text: 'Կողմերը պայմանավորվեցին ընդլայնել համագործակցությունը։ էներգետիկայի ոլորտում նրանք նոր ծրագրեր կսկսեն։',
      lang: 'hy',
      findings: [
        {
          flagged: '։ էներգետիկայի',
          message: 'Stray sentence break in “համագործակցությունը։ էներգետիկայի”: the text goes on in lowercase. Join the parts, or capitalise “էներգետիկայի” if a new sentence starts here.',
        },
      ],
    },
    {
      // Vietnamese spaces its syllables: any syllable before a period is a word (Language.spacedSyllables).
      text: 'Hai nước đã đồng ý mở rộng hợp tác trong lĩnh vực năng lượng và an ninh quốc. gia trong năm tới.',
      lang: 'vi',
      findings: [
        {
          flagged: '. gia',
          message: 'Stray sentence break in “quốc. gia”: the text goes on in lowercase. Join the parts, or capitalise “gia” if a new sentence starts here.',
        },
      ],
    },
    {
      // A short word that is not one of the common words, but that the document writes as a word
      // inside its sentences ("ret til", three times): no abbreviation (documentOrthography).
      text: 'Alle har ret til arbejde. Alle har ret til hvile. Alle har ret til uddannelse. Enhver har krav på sin ret. til at deltage i samfundets liv.',
      lang: 'da',
      findings: [
        {
          flagged: '. til',
          message: 'Stray sentence break in “ret. til”: the text goes on in lowercase. Join the parts, or capitalise “til” if a new sentence starts here.',
        },
      ],
    },
    {
      // A language outside the registry (Swahili) whose document opens its sentences with a
      // capital: a lowercase word after the period of a whole word is a break, as in one listed.
      text: /* @__PURE__ */ withLine(SWAHILI, 5, 'Wakulima walipanda mahindi. na maharage mwezi uliopita.'),
      lang: 'sw',
      findings: [
        {
          flagged: '. na',
          message: 'Stray sentence break in “mahindi. na”: the text goes on in lowercase. Join the parts, or capitalise “na” if a new sentence starts here.',
        },
      ],
    },
    {
      // After a short word without a vowel that the document writes as a word elsewhere (Tagalog
      // "ng", of: "ng pamilya", "ng tinapay", "ng bigas", "ng lupa"), which by its shape alone
      // would be an abbreviation ("pcs.").
      text: /* @__PURE__ */ withLine(TAGALOG, 4, 'Nagbasa ang guro ng. kuwento sa klase.'),
      lang: 'tl',
      findings: [
        {
          flagged: '. kuwento',
          message: 'Stray sentence break in “ng. kuwento”: the text goes on in lowercase. Join the parts, or capitalise “kuwento” if a new sentence starts here.',
        },
      ],
    },
    {
      // A word that opens with a noun-class prefix before a name's capital (Zulu "uSipho"), where
      // the document writes the prefix before twenty other names: the language's grammar, whose
      // sentences capitalise the prefix ("USipho"), not a name spelt with an inner capital.
      text: /* @__PURE__ */ withLine(ZULU, 3, 'Sihambe kakhulu ngoMgqibelo. uSipho ubuyile ekhaya.'),
      lang: 'zu',
      findings: [
        {
          flagged: '. uSipho',
          message: 'Stray sentence break in “ngoMgqibelo. uSipho”: the text goes on in lowercase. Join the parts, or capitalise “uSipho” if a new sentence starts here.',
        },
      ],
    },
    {
      // After an acronym, which ends sentences in every cased language, registered or not.
      text: /* @__PURE__ */ withLine(SWAHILI, 6, 'Soko lilikuwa na watu wengi kutoka EU. na wageni wengine.'),
      lang: 'sw',
      findings: [
        {
          flagged: '. na',
          message: 'Stray sentence break in “EU. na”: the text goes on in lowercase. Join the parts, or capitalise “na” if a new sentence starts here.',
        },
      ],
    },
    {
      // After a short word the document writes as a word elsewhere ("na watu", "na baba", "na dada").
      text: /* @__PURE__ */ withLine(SWAHILI, 7, 'Sisi tunapenda kusafiri na. rafiki zetu wote kila mwaka.'),
      lang: 'sw',
      findings: [
        {
          flagged: '. rafiki',
          message: 'Stray sentence break in “na. rafiki”: the text goes on in lowercase. Join the parts, or capitalise “rafiki” if a new sentence starts here.',
        },
      ],
    },
    {
      // A word with its article attached, judged by the word (Maltese).
      text: /* @__PURE__ */ withLine(MALTESE, 2, 'Kulħadd għandu d-dritt għall-edukazzjoni. mingħajr ebda diskriminazzjoni.'),
      lang: 'mt',
      findings: [
        {
          flagged: '. mingħajr',
          message: 'Stray sentence break in “għall-edukazzjoni. mingħajr”: the text goes on in lowercase. Join the parts, or capitalise “mingħajr” if a new sentence starts here.',
        },
      ],
    },
    {
      // A letter the document writes as a word ("u", and), not an initial.
      text: /* @__PURE__ */ withLine(MALTESE, 5, 'Il-gvern jieħu ħsieb is-saħħa u. jibni sptarijiet ġodda kull sena.'),
      lang: 'mt',
      findings: [
        {
          flagged: '. jibni',
          message: 'Stray sentence break in “u. jibni”: the text goes on in lowercase. Join the parts, or capitalise “jibni” if a new sentence starts here.',
        },
      ],
    },
    // A transcript's or an interview's labels are names (no handle among them): one hand wrote
    // every turn, and its habit of capitals is the paragraph's.
    {
      text: 'Q: How do I reset the router? A: open the settings page. the reset button is at the bottom. Q: Does it delete my data? A: Yes, all of it.',
      findings: [
        {
          flagged: '. the',
          start: 55,
          message: 'Stray sentence break in “page. the”: the text goes on in lowercase. Join the parts, or capitalise “the” if a new sentence starts here.',
        },
      ],
      output: 'Q: How do I reset the router? A: open the settings page the reset button is at the bottom. Q: Does it delete my data? A: Yes, all of it.',
    },
    // A forum thread of turns ("handle: message"): a writer who capitalises keeps the habit in
    // the turn, though the writers before write in lowercase.
    {
      text: 'Mark: We never got the results in time. the school said June. Results come late every year. anna: took the exam last year. it was easy enough. Hellion: First time I hear of it. Nobody told us anything. Sam: The list is online now. It says June again. bob88: same here. waited two weeks for nothing.',
      findings: [
        {
          flagged: '. the',
          start: 38,
          message: 'Stray sentence break in “time. the”: the text goes on in lowercase. Join the parts, or capitalise “the” if a new sentence starts here.',
        },
      ],
      output: 'Mark: We never got the results in time the school said June. Results come late every year. anna: took the exam last year. it was easy enough. Hellion: First time I hear of it. Nobody told us anything. Sam: The list is online now. It says June again. bob88: same here. waited two weeks for nothing.',
    },
  ],
  good: [
    // A play whose labels shorten a speaker's name, which its stage directions use too.
    {
      text: '_Alex._ Ik ga nu naar huis.\n_Judoc._ Waarom dan zo vroeg?\n_Alex._ Omdat het moet.\n_Judoc._ _(vat Alex. bij de hand)_ Blijf toch nog even.\n_Math._ _(reikt Judoc. de hand)_ Goeden avond.',
      lang: 'nl',
    },
    // A question without quotation marks, then a pronoun and a verb of saying.
    { text: 'Why? she asked.' },
    { text: '¿Por qué? le preguntó.', lang: 'es' },
    { text: 'Pourquoi ? lui a-t-elle demandé.', lang: 'fr' },
    // A lone letter that is no word of the language is a variable, which keeps its case.
    { text: "Then x is 1, so that's 1. x squared is still 1, so that's 1 half." },
    // Statutes: items that continue a lead-in ending with a conjunction, or after an item whose
    // punctuation an amendment's marker follows; an item opened inside an amendment's marker (Belgian Justel).
    { text: 'Das Bundeskriminalamt darf Auskunft verlangen, sofern\n\n1. dies im Einzelfall erforderlich ist oder\n\n2. eine Gefahr besteht.', lang: 'de' },
    { text: 'En cas de transmission de la propriété d\'un lot :\n1. [2 le copropriétaire sortant est créancier de l\'association;]2\n2. sa quote-part dans le fonds de réserve demeure la propriété de l\'association.', lang: 'fr' },
    { text: 'Sont propres :\n[1 6. le droit aux biens qu\'un époux utilise exclusivement pour sa profession;]1', lang: 'fr' },
    // Laughter and drawn-out sounds after a sentence are no words that lost a capital: their shape is the writer's own.
    { text: 'And has this changed from previous years? I am just curious. Are you even old enough to vote? hahaha' },
    { text: 'Um analista disse que a ação a R$ 17,00 era de graça. hummmmm', lang: 'pt' },
    { text: 'Me dijo que llegaba a las diez de la noche. jajaja, nunca llegó.', lang: 'es' },
    { text: 'Мы ждали его весь вечер у входа. ахахах, так и не пришёл.', lang: 'ru' },
    // Two dots, neither a full stop nor an ellipsis, are typed where a writer trails off: with a paragraph that never capitalises, a habit.
    // (Among paragraphs that open with capitals: a document that opens most in lowercase shows the habit already.)
    { text: 'Compiti per la settimana.\nSettimana lunga.\noggi ho studiato storia per venerdì. domani faccio inglese e un po\' di matematica ..', lang: 'it' },
    { text: 'Hotel review.\nNice place.\nwe stayed there for two nights at easter. the room was small but clean..' },
    // A placeholder of a number before its ordinal's period, in a software string.
    { text: "Plik %s (%'d. kopia) zapisano.", lang: 'pl' },
    // A forum thread of turns ("handle: message") joined in one paragraph: each writer keeps a
    // habit of their own, and a handle after a sentence end is written as its writer chose.
    { text: 'Mark: We never got the results in time. The school said June. Results come late every year. anna: took the exam last year. it was easy enough. the essay part took longer. Hellion: First time I hear of it. Nobody told us anything. Sam: The list is online now. It says June again. bob88: same here. waited two weeks for nothing.' },
    {
      text: 'Mari: Eksam oli lihtne. Tulemused tulevad juunis. Kõik said hästi hakkama. jurts: homme on konsultatsioon. muidu eriti ei valmista. Karel: Mina võtsin füüsika. See oli raske. Tiina: Ma ei tea veel. karel88: sai ka tehtud. sama moodi võtsin ka keemia. kalasupp: 63 punkti minule. nüüd hakkavad tulemused tulema. Taavi[esT]: Ei ole üldse rahul. Tegin liiga vähe tööd.',
      lang: 'et',
    },
    { text: 'Officials said e.g. the U.S. officials met at 3:00 p.m. in Latin with Jane and co. at the party.' },
    { text: 'Patients received 5 ml i.v. twice a day; see Fig. 3 and approx. two hours later.' },
    // Latin glosses keep their lowercase where a style drops their periods.
    { text: 'Set it with the CLI switches. eg --some-key=some-value on the command line. ie the one you run.' },
    { text: 'J. R. R. Tolkien wrote it. The price rose by 3.5 percent.' },
    { text: '"Can we have some ice cream?" the boy asked. "Happy birthday!" he said.' },
    { text: 'Wait... then it happened. He was there (tomorrow!) because it was planned.' },
    { text: 'Visit example.com for more. Mail us at info@example.com. iPhone sales rose. eBay did too.' },
    { text: 'He finished on the podium 103 times. dpa' },
    { text: 'Il a terminé 103 fois sur le podium. dpa', lang: 'fr' },
    { text: 'Lol. ok then, see you tomorrow 😂' },
    // Transcribed speech, which hesitates between commas and says a word again after a comma,
    // writes its sentence starts in lowercase.
    { text: 'Alors on est partis vers midi, euh, avec les enfants. mais, mais il pleuvait. donc on est rentrés chez nous.', lang: 'fr' },
    // A feed of posts, three of four with a handle or a hashtag: the post without one keeps its writer's lowercase too (PoSTWITA).
    {
      text: "Il nuovo governo #Monti giura oggi. Una squadra di banchieri.\n@user1 Ma davvero? Non ci credo #fullmonti\nL'ultimo retweet che ho fatto mostra la continuità tra governo monti e berlusconi. piddini aprite gli occhi!\n#Grillo scende in politica. @user2 Ci vediamo domani",
      lang: 'it',
    },
    // A transcript, which hesitates in three lines of four, writes its utterances in lowercase and its names with
    // capitals in the line that does not hesitate too (Rhapsodie's football commentary).
    {
      text: "alors, euh, on est arrivés le soir.\net, euh, il faisait nuit.\nbon, euh, on a mangé.\nle côté droit, complètement seul. dégarni. Gutiérrez, complètement seul. il a pu armer son tir. Mandanda a plongé.",
      lang: 'fr',
    },
    // A note a transcript inserts again and again (the chair's bell) interrupts the sentence, which goes on after it.
    {
      text: 'We have heard many promises about The President rings. the new hospital in the north. The minister knows that The President rings. nothing has been done. I will say it again, The President rings. we need that hospital now.',
    },
    { text: 'He left early (why? because he was tired) and went home.' },
    { text: 'The quiz show Who Wants to Be a Millionaire? was broadcast in 100 countries.' },
    { text: 'Los EE. UU. y la UE firmaron, p. ej. el acuerdo de comercio.', lang: 'es' },
    { text: 'La reunión del 3 de Set. se celebró en Lima, el lun. 5 en Cuzco.', lang: 'es' },
    { text: 'Schůzka je 5. led. v Praze a 7. úno. v Brně.', lang: 'cs' },
    { text: 'The oak Quercus robur subsp. pedunculiflora grows here, see Smith et al. for details.' },
    { text: 'today is not my day. the blinds broke in the morning. now the other one too. lol' },
    { text: 'a. the lessee shall pay the rent; b. the lessor shall repair the roof.' },
    { text: 'Am 22. April 2023 kam er nach Berlin. Nr. 5 folgte am 1. Mai.', lang: 'de' },
    { text: '这是一个句子。 这是另一个句子。', lang: 'zh' },
    // 被 opens passive relative clauses: Chinese lists no such word (see zh.ts).
    { text: '使用 Chocolatey 将一个包固定到指定的版本。被固定版本的包会在更新时自动忽略。', lang: 'zh' },
    // Words that begin with one (的确, 了解); a word whose head follows it, after a dropped subject (被, 是); 中 of 中校.
    { text: '双方同意。的确，这个问题已经讨论了一段时间。了解情况的人表示，条约将于明年签署。', lang: 'zh' },
    { text: '記者會後，他接受了專訪。被問到改革時，他表示支持。是次改革將於明年實施。中校出席了儀式。', lang: 'zh' },
    // A kana particle may be a word's start, as the word segmentation reads it (はい, のみ); before
    // a comma, a conjunction (で、 "so").
    { text: 'わかりました。はい、そうです。のみ込みが早い。で、どうする？', lang: 'ja' },
    // A run of kana that the dictionary reads as the particle and a word (も|しそう), where the
    // particle and the next letter make a word (もし "if"); が before a comma, a conjunction ("but").
    { text: 'それは型の問題です。もしそうなら、別の方法を使います。彼は賛成した。が、結果は変わらなかった。', lang: 'ja' },
    // After a finished sentence (た, だ: Language.unfinishedEndings), が, で and して open sentences
    // as conjunctions in literary and spoken Japanese (conjunctiveWords), and a kana word the
    // dictionary lacks opens with a particle's letter (はやく, たべろ).
    { text: '彼はそう言った。が彼女は黙っていた。雨がやんだ。で私は外に出た。して見ると、道はまだ濡れている。もう夜だ。はやく帰ろう。母は笑った。たべろたべろと言った。', lang: 'ja' },
    // A kana name that doubles a particle's letter (もも: no particle stacks on itself); a name
    // written with the mark, the same word, mark and particle three times.
    { text: '彼はそう言った。ももは黙っていた。', lang: 'ja' },
    { text: 'モーニング娘。のメンバーが集まった。モーニング娘。の新曲が出た。ファンはモーニング娘。の歌に期待している。', lang: 'ja' },
    // A sentence particle before a letter starts a word the dictionary splits (吧台 read 吧|台, 呢子); 着 opens sentences as a verb in Yuan drama ("let").
    { text: '我们去酒吧。吧台点了一杯酒。这件事。呢子大衣很好看。报与梁王得知。着他早早的解过去。', lang: 'zh' },
    // Korean: a clause made a noun with its particle ends a wish or a lament (되기를, 것을: Language.nominalizers); a question; 의, which nouns end in too (자본주의 "capitalism"); a noun ending in 을 itself (마을: Language.nonFinalNouns).
    { text: '앞으로도 좋은 배우가 되기를. 응원합니다. 조금만 더 했으면 좋았을 것을. 아쉽다. 왜 그 영화를? 모르겠다. 더러운 자본주의. 젠장. 숨이 막힐 듯한 그 마을. 아리랑 아리랑.', lang: 'ko' },
    // A word that starts with one (שלום, not של), and a sentence after a question.
    { text: 'הוא הגיע אתמול. שלום לכולם.', lang: 'he' },
    { text: 'क्या आप तैयार हैं? के बारे में बाद में बात करेंगे।', lang: 'hi' },
    // | between items of a menu, which ends no line after a word: no danda.
    { text: 'मुखपृष्ठ | में नया | संपर्क\nसमाचार | में आज | खेल\nदेश | की खबरें | संपर्क', lang: 'hi' },
    // A Markdown table, whose rows open and end with |.
    { text: '| नाम | में |\n| राम | के |\n| श्याम | की |\n| मोहन | से |', lang: 'hi' },
    // અને ("and") inside the same document's sentences half as often: chance would open five with it, too few to tell.
    { text: /* @__PURE__ */ gujaratiDocument('સરકારે નવી યોજના જાહેર કરી. અને લોકો ખુશ છે.'), lang: 'gu' },
    // છે after a period that may be an initial's: a one-letter word ("its author is K."), or a lone
    // word the length of an initial after another ("his name is J. M."), where the counts alone speak.
    { text: /* @__PURE__ */ gujaratiDocument('તેના લેખક ક. છે.'), lang: 'gu' },
    { text: /* @__PURE__ */ gujaratiDocument('તેનું નામ જે. એમ. છે અને તે ખુશ છે.'), lang: 'gu' },
    // Marathi "का" (why) opens sentences, where Hindi's का (of) never does.
    { text: 'तो काल उशिरा घरी आला. का ते कोणालाच माहीत नाही. आई खूप काळजीत होती.', lang: 'mr' },
    // A name's initials that open a sentence ("K. R. Narayanan"): "के." is the letter K, not the word "के".
    { text: 'उन्होंने कई भाषण दिए. के. आर. नारायणन राष्ट्रपति थे. सब खुश थे.', lang: 'hi' },
    // Unquoted speech closed by a verb of saying (the registry entry's speechVerbs, no full profile).
    { text: 'Ömür Uzatma Kıraathanesi mi? diye sordu. Geldik! dedi Kerem.', lang: 'tr' },
    // A language that puts its verb of saying after the words said closes them with their own
    // period too, quotation marks or none.
    { text: 'Yarın sabah erkenden yola çıkarız. dedi babam. Herkes hazır olsun. diye ekledi. Hadi bakalım. diyerek kalktı.', lang: 'tr' },
    { text: 'Ертең таңертең ерте жолға шығамыз. деді әкем. Бәрі дайын болсын. деп қосты.', lang: 'kk' },
    // A scholarly abbreviation of several words whose last part is a function word of the language ("al" = "a el").
    { text: 'García et al. muestran que el método funciona.', lang: 'es' },
    // A key named by a modifier: "alt-.", "Ctrl+.".
    { text: 'For example alt-. cycles through previous arguments, and Ctrl+. opens the menu.' },
    // Without a profile, a short lowercase word before a period may be an abbreviation.
    { text: 'Voit pyytää esim. lisää aikaa. Se on helppoa.', lang: 'fi' },
    // Without a profile, a word the document writes with a period every time, three times or more, is an abbreviation ("hæstv.", honourable).
    { text: 'Ég spyr hæstv. ráðherra. Hvað segir hæstv. forsætisráðherra um það? Ég bið hæstv. ráðherra að svara.', lang: 'is' },
    // Without a profile, an international abbreviation stays one though it is a common word too ("var", was; the variety).
    { text: 'Eken Quercus robur var. pedunculiflora växer här.', lang: 'sv' },
    // A Roman numeral is an ordinal, a letter doubled a plural abbreviation ("EE. UU.", the United States).
    { text: 'A XX. században épült a híd.', lang: 'hu' },
    { text: 'O goberno de EE. UU. debería dobrar o investimento.', lang: 'gl' },
    // A one-letter common word that labels a list item is a label ("a" is "and" in Slovak).
    // A short lowercase word that opens a bracket and ends in a period is clipped ("ex." exemple).
    { text: 'Si vos données sont générées localement (ex. une appli de prise de notes), utilisez un compteur.', lang: 'fr' },
    { text: 'Nájomca je povinný:\na. platiť nájomné včas;\nb. udržiavať byt v poriadku.', lang: 'sk' },
    // A common word before a question or an exclamation mark, then a speech tag no profile lists.
    { text: 'Skyd den! foreslår et barn fra krattet.', lang: 'da' },
    // A whole word before it is no sign either: the words after may be a speech tag, or a word
    // that takes the exclamation as its own ("…! korkusu", the fear of "…!").
    { text: 'Liniște, copii! strigă învățătoarea din capătul clasei.', lang: 'ro' },
    { text: 'Ya kaybedersem! korkusu bütün gece içimi kemirdi.', lang: 'tr' },
    // Nor is a speech tag short enough to be a fragment.
    { text: 'Hol voltál egész este? kérdezte anyám. Nem válaszoltam neki semmit.', lang: 'hu' },
    // A turn of dialogue opened by a dash: the narrator's words after its question, whatever the verb.
    { text: 'Han så op. - Gør vi det? spurgte hun.\n- Et rigtigt julebryllup? fortsatte han spørgende.', lang: 'da' },
    // A short word written with a period wherever the document has it is no evidence of a word ("tr." trang, page).
    { text: 'Xem thêm tr. ba mươi của cuốn sách này.', lang: 'vi' },
    // A number scale CLDR abbreviates, after a number ("tūkst." thousand, "mia." billion); elsewhere "tūkst." ends a sentence.
    { text: 'Kampanija kainavo 400 tūkst. litų, o konteineriuose atsiduria 230 tūkst. tonų maisto.', lang: 'lt' },
    { text: 'Der er brug for 35 mia. dollar til operationen.', lang: 'da' },
    // Armenian writes its միջակետ, a stop inside the sentence, as a period (Language.periodInsideSentence).
    { text: 'Ուղղակի ապշած եմ. բացի այն, որ կոնցերտը բարդ է, այն նաև երկար է։', lang: 'hy' },
    // Turkish writes an apostrophe between a proper noun and its suffixes, and never after a common
    // noun (Language.properNounApostrophe): a lowercase word that has one is a name written in
    // lowercase (a tool, a command), not a sentence that lost its capital.
    { text: "Node.js, npm paket yöneticisi ile birlikte kurulur. npm'den paketi indirin. node’un sürümünü görmek için komutu çalıştırın.", lang: 'tr' },
    // A key opens its sentence as it is written.
    { text: "Usa alt-f per muoverti di parola in parola. ctrl-a ti permette di tornare all'inizio della riga.", lang: 'it' },
    // Lowercase Roman numerals label list items.
    { text: 'You must keep:\nii. a copyright notice;\niii. a notice that refers to this license.' },
    // A label clipped to fit a short unit, whose full form the catalogue writes in another ("Pet." petición).
    { text: 'Petición de descarga\nPet. descarga', lang: 'es' },
    // A term opening a sentence in a script without case keeps its own spelling.
    { text: 'Set it to true to show drafts in the list. draft จะไม่แสดงบนเว็บไซต์ตามค่าเริ่มต้น' },
    // A mark between quotes of its own is named, not used.
    { text: 'The pattern never matches the names “.” and “..” unless it starts with a period.' },
    { text: 'Назви файлів “.” і “..” завжди мають відповідати явно.', lang: 'uk' },
    { text: 'Далее после «.» указан номер процесса.', lang: 'ru' },
    { text: 'Das Zeichen „!“ steht für eine Negation.', lang: 'de' },
    { text: "Nazwy plików ,,.'' i <<..>> są specjalne.", lang: 'pl' },
    // A language outside the registry, in a line or two: too little to tell how it writes its sentences.
    { text: 'Сахалар олус үчүгэй дьон. кинилэр үлэлииллэр. Бу кэмҥэ олох уларыйда. дьиэ кэргэн улахан.', lang: 'sah' },
    // One whose document opens its sentences in lowercase: a lowercase word after a period is its habit.
    {
      text: /* @__PURE__ */ withLine(SWAHILI, 5, 'wakulima walipanda mahindi. mahindi yalikua vizuri.', true),
      lang: 'sw',
    },
    // A question before a lowercase word may be followed by its speech tag, which only a profile's speech verbs tell.
    {
      text: /* @__PURE__ */ withLine(SWAHILI, 3, 'Mvua itanyesha kesho? aliuliza mama yangu.'),
      lang: 'sw',
    },
    // After a title abbreviated before a name, the prefixed name is the title's (uMnu., Mr).
    { text: /* @__PURE__ */ withLine(ZULU, 3, 'Ngikhulume noMnu. uSipho emakethe izolo.'), lang: 'zu' },
    // A prefix before a few names only is a brand's spelling, after a sentence end as elsewhere.
    { text: /* @__PURE__ */ withLine(ZULU_FEW, 3, 'Sihambe kakhulu ngoMgqibelo. uSipho ubuyile ekhaya.'), lang: 'zu' },
    // A word without a vowel after a number is a unit, however often the document writes it bare.
    {
      text: /* @__PURE__ */ withLine(TAGALOG_KM, 7, 'Lumangoy siya nang 2 km. mula sa pampang.'),
      lang: 'tl',
    },
    // A short word the document never writes without its period may be an abbreviation.
    {
      text: /* @__PURE__ */ withLine(SWAHILI, 7, 'Sisi tunapenda kusafiri kwa gar. moshi kila mwaka.'),
      lang: 'sw',
    },
  ],
};


/** Opening and closing quotation marks, in every national style and typed in ASCII (and ,, << >> typed for „ « »: see quotedAlone). */
const QUOTE_OPENERS = '"\'`“„«»‘‚‹›';
const QUOTE_CLOSERS = '"\'”“»«’‘›‹';

/** Most words of a note a transcript inserts into a sentence ("Forseti hringir.", "Gripið fram í."). */
const NOTE_WORDS = 4;
/** How often a note must stand in the document, after other words each time, to be one: a slip does not repeat itself word for word. */
const NOTE_TIMES = 3;
/** How far from a note its other occurrences are looked for (a transcript rings the bell every few pages). */
const NOTE_REACH = 50_000;
/** The characters before an occurrence that tell one sentence it interrupts from another. */
const NOTE_CONTEXT = 12;

/**
 * Whether the words before boundary b are a note inserted into a sentence: a clause of at most
 * NOTE_WORDS words that opens with a capital right after a word in lowercase or a comma (no mark
 * ends a sentence before it), has a word in lowercase after its capital (a clause, not a name:
 * "New York."), and stands nearby, with its mark, NOTE_TIMES times or more after other words and
 * before a word in lowercase.
 * A capital the language always writes ("what I think. the") opens no note.
 */
function insertedNote(text: string, b: Boundary, paraStart: number, lex: Lexicon): boolean {
  let start = b.wordStart;
  let clause = false;
  for (let words = 1; ; words++) {
    // The token before the word at `start`: a word (prevStart..before) or a comma.
    let before = start;
    while (before > paraStart && isInlineSpace(text.charCodeAt(before - 1))) before--;
    if (before === start || before === paraStart) return false;
    const comma = text.charCodeAt(before - 1) === 44;
    let prevStart = before;
    while (prevStart > paraStart && isWordCharAt(text, prevStart - 1)) prevStart--;
    if (isUpperAt(text, start)) {
      // Opening with a capital right after a word in lowercase or a comma: inside a sentence.
      if (clause && (comma || (prevStart < before && isLowerAt(text, prevStart)))) break;
    } else if (isLowerAt(text, start)) clause = true;
    else return false;
    if (prevStart === before || words === NOTE_WORDS) return false;
    start = prevStart;
  }
  let firstEnd = start;
  while (firstEnd < b.wordEnd && isWordCharAt(text, firstEnd)) firstEnd++;
  if (lex.alwaysCapitalised.has(text.slice(start, firstEnd).toLowerCase())) return false;
  // Each time into another sentence: the same words before it every time are a passage said
  // again (a template, a text repeated), whose break repeats with it.
  const note = text.slice(start, b.markEnd);
  const contexts = new Set<string>();
  const to = Math.min(text.length, b.markEnd + NOTE_REACH);
  for (let i = text.indexOf(note, Math.max(0, start - NOTE_REACH)); i >= 0 && i < to; i = text.indexOf(note, i + note.length)) {
    // Only where the sentence goes on after it: a name that ends sentences ("…der Großen Sieben.
    // Die…", Ukrainian "Великої сімки." capitalises its first word only) is followed by a capital.
    let after = i + note.length;
    while (after < text.length && isInlineSpace(text.charCodeAt(after))) after++;
    if (!isLowerAt(text, after)) continue;
    if (contexts.add(text.slice(Math.max(0, i - NOTE_CONTEXT), i)).size >= NOTE_TIMES) return true;
  }
  return false;
}

/** Whether the mark text[mark, markEnd) stands alone between quotation marks: it is mentioned ("the file “.”", ",,.''", "<<.>>"). */
function quotedAlone(text: string, mark: number, markEnd: number): boolean {
  const before = text.slice(Math.max(0, mark - 2), mark);
  const opened = (mark > 0 && QUOTE_OPENERS.includes(text[mark - 1])) || before === ',,' || before === '<<';
  return opened && (QUOTE_CLOSERS.includes(text[markEnd] ?? '') || text.startsWith('>>', markEnd));
}

/**
 * '"Why?" he asked', '"Help!" she cried', '"This is great." she said', '…vraćaju." kazala je',
 * and without quotes 'Who am I? asked Berset'. A pronoun counts after a closing quote, or without
 * one where a verb of saying follows it ('Why? she asked'): a new sentence left in lowercase opens
 * with a pronoun too ('sure? she is'), seldom with one and a verb of saying.
 */
function isSpeechTag(text: string, b: Boundary, w: NextWord, paraEnd: number, lex: Lexicon): boolean {
  const first = text.slice(w.start, w.end).toLowerCase();
  if (b.quoted) {
    // Without a profile there is no list of speech verbs: a closing quote and a lowercase word
    // are read as a speech tag.
    if (b.question || !lex.profiled) return true;
    // Where a quotation closes with a comma before its tag („Ich gehe“, sagte er), a period there
    // cut the sentence ("…vraćaju." kazala je).
    if (lex.speechTagAfterComma) return false;
    if (lex.speechVerbs.has(first) || invertsSubject(first, lex)) return true;
    const second = nextWord(text, w.tokenEnd + 1, paraEnd);
    return second !== undefined && lex.speechVerbs.has(text.slice(second.start, second.end).toLowerCase());
  }
  // A language without a profile lists speech verbs (Language.speechVerbs) where its verb of
  // saying follows the words said, which keep their own period, quoted or not ("Herkes hazır
  // olsun. diye ekledi"). A profile's verbs (English "said") open a clause after a period only
  // where the sentence was cut.
  if (!b.question) return !lex.profiled && lex.speechVerbs.has(first);
  // "Why? she asked.", "¿Por qué? le preguntó.", "Pourquoi ? lui a-t-elle demandé.": a pronoun
  // and then the verb of saying, as after a quotation's closing mark.
  if (lex.functionWords.has(first)) {
    const second = nextWord(text, w.tokenEnd + 1, paraEnd);
    const verb = second && text.slice(second.start, second.end).toLowerCase();
    return verb !== undefined && (lex.speechVerbs.has(verb) || invertsSubject(verb, lex));
  }
  if (lex.speechVerbs.has(first) || invertsSubject(first, lex)) return true;
  // An inverted tag whose quotes were lost: "Hast du die Würfe gesehen? schnappte Richt" (a verb,
  // then a capitalised name, not a capitalised function word as in "sense? answer As a").
  if (w.tokenEnd !== w.end) return false;
  const second = nextWord(text, w.tokenEnd + 1, paraEnd);
  return (
    second !== undefined &&
    second.start === w.tokenEnd + 1 &&
    second.end > second.start &&
    isUpperAt(text, second.start) &&
    !lex.functionWords.has(text.slice(second.start, second.end).toLowerCase())
  );
}

/**
 * Whether a word is a verb with its subject pronoun inverted after a hyphen, as an incise puts it
 * after the words quoted ("Vraiment ? s’étonna-t-elle", "Tu viens ? reprit-il"): the pronoun is
 * one of the profile's speech-tag words, so any verb of saying qualifies, listed or not.
 */
function invertsSubject(word: string, lex: Lexicon): boolean {
  const dash = word.lastIndexOf('-');
  if (dash <= 0) return false;
  const pronoun = word.slice(dash + 1);
  return pronoun.length > 1 && lex.functionWords.has(pronoun) && lex.speechVerbs.has(pronoun);
}

/**
 * Whether the sentence goes on after the exclamation mark of boundary `k`: a chant of short
 * exclamations ("Ho! Ho! Ho! to the bottle", "Du bist! du bist!"), an interjection inside its
 * sentence ("Und ach! die liebe", "Zieht sie, ach! reißt sie"), or a one-word exclamation that
 * opens it where the language writes on in lowercase after one ("Ah ! que c'est beau", "Uau! que
 * lugar", "Chefe! é verdade"). English and German capitalise there: "Ah! there was an
 * acquaintance" lost its capital.
 */
function exclamationGoesOn(text: string, k: number, p: Paragraph, scan: BoundaryScan): boolean {
  const { boundaries, lexicon: lex } = scan;
  const b = boundaries.at(k);
  if (!text.slice(b.mark, b.markEnd).includes('!')) return false;
  const startOf = (j: number) => (j > p.first ? boundaries.next[j - 1] : p.start);
  const words = countWords(text, startOf(k), b.mark);
  // In a chant, each exclamation is short and another one is next to it, before or after.
  const shortExclamation = (j: number) => j >= p.first && j < p.last && boundaries.question(j) && text.slice(boundaries.mark[j], boundaries.markEnd[j]).includes('!') && countWords(text, startOf(j), boundaries.mark[j]) <= CHANT_WORDS;
  if (words <= CHANT_WORDS && (shortExclamation(k - 1) || shortExclamation(k + 1))) return true;
  // Where the language writes on in lowercase after an exclamation that opens the sentence, a
  // one-word call does too ("Chefe! é verdade", "Uomini! sempre a giocare").
  if (lex.lowercaseAfterInterjection && words <= 1) return true;
  return words > 1 && isInterjection(text.slice(b.wordStart, b.wordEnd), lex);
}

/** Longest exclamation (in words) of a chant. */
const CHANT_WORDS = 3;

/**
 * A list label at the start of a paragraph followed by a lowercase word that opens sentences
 * ("В. я вже чекаю", "A. please confirm"): the item is a sentence and lost its capital. Items that
 * continue a lead-in ("a. the lessee shall pay", "3. дотримуватися принципів") are left alone.
 */
function reportLabelledSentence(ctx: CheckContext, k: number, paraEnd: number, report: Reporter, style: (at: number) => CaseStyle): void {
  const { text } = ctx;
  const { boundaries, paragraphs, lexicon: lex } = ctx.boundaries;
  const kind = boundaries.kind(k);
  const wordStart = boundaries.wordStart[k];
  if ((kind !== 'initial' && kind !== 'number') || boundaries.question(k) || !isUpperOrDigit(text, wordStart)) return;
  let i = paragraphs.start[boundaries.para[k]];
  while (i < wordStart && (isInlineSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 40)) i++;
  if (i !== wordStart) return;
  const b = boundaries.at(k);
  const w = nextWord(text, b.next, paraEnd);
  if (!w || w.end === w.start || !isLowerAt(text, w.start)) return;
  const word = text.slice(w.start, w.end);
  const folded = word.toLowerCase();
  if (!lex.sentenceStarters.has(folded) || lex.fragmentWords.has(folded)) return;
  // Items that continue a lead-in ("ist nötig:⏎1. ein Prisma;⏎2. dieses dreiseitig,", "…, wenn⏎1. sie").
  if (continuesLeadIn(text, paragraphs, b.para, lex)) return;
  if (isDeliberateLowercase(text, w, ctx.boundaries, paraEnd) || style(wordStart) === 'lowercase') return;
  const label = text.slice(b.wordStart, b.markEnd);
  const first = String.fromCodePoint(text.codePointAt(w.start)!);
  report({
    start: w.start,
    end: w.end,
    message: `The item after “${label}” starts in lowercase with “${word}”, which opens a sentence: capitalise it.`,
    fix: { description: `capitalise “${word}”`, edits: [{ start: w.start, end: w.start + first.length, text: first.toUpperCase() }], safe: true },
  });
}

/**
 * Whether list item `para` continues the sentence of a lead-in: the line before it ends with ":",
 * ";" or ",", or the item itself does; or the line before ends with a function word of the
 * language, where no sentence ends (statutes: "…, wenn⏎1. sie mindestens…", "… und⏎3. dieses
 * Produkt…", "… or⏎(b) it").
 */
function continuesLeadIn(text: string, paragraphs: Paragraphs, para: number, lex: Lexicon): boolean {
  const lastChar = (p: number) => {
    const start = paragraphs.start[p];
    let e = paragraphs.end[p];
    while (e > start && (isInlineSpace(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 13)) e--;
    // An amendment's closing marker, a bracket and its number, after the item's punctuation ("…entrant;]2",
    // Belgian consolidated laws): the punctuation before it is the line's.
    let d = e;
    while (d > start && text.charCodeAt(d - 1) >= 48 && text.charCodeAt(d - 1) <= 57) d--;
    if (d < e && d - 1 > start && text.charCodeAt(d - 1) === 93) e = d - 1;
    return e > start ? e : -1;
  };
  const endsOpen = (p: number) => {
    if (p < 0) return false;
    const e = lastChar(p);
    const c = text.charCodeAt(e - 1);
    return e > 0 && (c === 58 || c === 59 || c === 44);
  };
  let prev = para - 1;
  while (prev >= 0 && paragraphs.end[prev] === paragraphs.start[prev]) prev--;
  if (endsOpen(para) || endsOpen(prev)) return true;
  if (prev < 0) return false;
  const e = lastChar(prev);
  let s = e;
  while (s > paragraphs.start[prev] && isWordCharAt(text, s - 1)) s--;
  return e > s && isLowerAt(text, s) && lex.functionWords.has(text.slice(s, e));
}

/** Whether what follows `i` (after white space and closers) is a capitalised word or the paragraph end. */
function startsSentenceAt(text: string, i: number, paraEnd: number): boolean {
  while (i < paraEnd && !isWordCharAt(text, i)) i++;
  return i >= paraEnd || isUpperAt(text, i);
}

/**
 * Whether the mark of boundary k (b), in a language without a profile, ends a sentence after a
 * word, so that a lowercase word after it is a break. In a registry language: a whole word, an
 * acronym ("USA. som") or a joined one ("l'hospital. on"), or a period after one of the language's common words ("och. de", "и. да": its most frequent words,
 * none an abbreviation), after any syllable where a space stands between syllables (Vietnamese
 * "quốc. gia"), or after a word the document writes as a word elsewhere (documentOrthography: "ret.
 * til" where it writes "ret til" thrice). In a language outside the registry, in a document that
 * capitalises its sentences: a period after a whole word, a joined one, one the document
 * writes as a word elsewhere ("na. rafiki"), or an acronym, which ends sentences in every cased
 * language (isAcronym: "EU. ya ce", Hausa; "UK. baararka", Somali).
 */
function endsSentenceWord(ctx: CheckContext, k: number, b: Boundary): boolean {
  const { text } = ctx;
  const lex = ctx.boundaries.lexicon;
  if (lex.registered) {
    if (isWholeWord(text, b.wordStart, b.wordEnd) || isAcronym(text, b.wordStart, b.wordEnd) || isJoinedWord(text, b.wordStart, b.wordEnd)) return true;
    if (lex.knownWords.has(text.slice(b.wordStart, b.wordEnd).toLowerCase())) return true;
    if (lex.spacedSyllables && isSyllable(text, b.wordStart, b.wordEnd)) return true;
    return documentOrthography(text, ctx.boundaries, ctx.tokens).isWord(k);
  }
  const learnt = statedOrthography(ctx);
  return learnt !== undefined && learnt.capitalises && (isWholeWord(text, b.wordStart, b.wordEnd) || isAcronym(text, b.wordStart, b.wordEnd) || isJoinedWord(text, b.wordStart, b.wordEnd) || learnt.isWord(k));
}

/**
 * Whether the word of boundary k (b), a whole word, is one the document always writes with a
 * period, and often (documentOrthography): an abbreviation the language's missing profile would list.
 */
function writtenAsAbbreviation(ctx: CheckContext, k: number, b: Boundary): boolean {
  if (b.wordEnd !== b.mark || b.question || !isWholeWord(ctx.text, b.wordStart, b.wordEnd)) return false;
  const learnt = ctx.boundaries.lexicon.registered ? documentOrthography(ctx.text, ctx.boundaries, ctx.tokens) : statedOrthography(ctx);
  return learnt !== undefined && learnt.isAbbreviation(k);
}

/** Whether text[start, end) is lowercase letters with a vowel among them: a syllable ("quốc", "các"), not an abbreviation ("tr."). */
function isSyllable(text: string, start: number, end: number): boolean {
  let vowel = false;
  for (let i = start; i < end; i++) {
    if (!isLowerAt(text, i)) return false;
    if (!vowel) vowel = isVowel(text.charCodeAt(i));
  }
  return vowel;
}

/**
 * Whether text[start, end) is letters joined by a hyphen or an apostrophe whose last part is a
 * whole word ("tad-dinjità", "d'fháil", "pang-aapi"): an article or particle attached to a word,
 * which abbreviations, cut short or made of initials, are not.
 */
function isJoinedWord(text: string, start: number, end: number): boolean {
  let i = end;
  while (i > start && isLetterAt(text, i - 1)) i--;
  if (i === end || i - 1 <= start || !isLetterAt(text, i - 2)) return false;
  const c = text.charCodeAt(i - 1);
  return (c === 45 || c === 39 || c === 0x2019) && isWholeWord(text, i, end);
}

/** Longest lowercase word before a period that, in a language without a profile, may be an abbreviation ("esim", "örn"). */
const SHORT_ABBREVIATION = 4;

/**
 * Whether boundary b is a period after a short lowercase word cut at a consonant, as abbreviations
 * are clipped ("esim." esimerkiksi, "örn." örneğin, "pl." például); not "μάχη.", a word.
 */
function clippedLowercaseWord(text: string, b: Boundary): boolean {
  const length = b.wordEnd - b.wordStart;
  if (length === 0 || length > SHORT_ABBREVIATION || b.markEnd - b.mark !== 1 || text.charCodeAt(b.mark) !== 46) return false;
  for (let i = b.wordStart; i < b.wordEnd; i++) if (!isLowerAt(text, i)) return false;
  return !isVowel(text.charCodeAt(b.wordEnd - 1));
}

function isUpperOrDigit(text: string, i: number): boolean {
  return isUpperAt(text, i) || (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57);
}

/**
 * What a paragraph has open at a point: a quotation (“ closes a „, as in German and Czech, and
 * opens otherwise), and whether it is the words said of a turn that a dialogue dash opens: an odd
 * number of dialogue dashes stand before the point, the first opening the turn and each pair after
 * it setting the narrator's words apart ("— Да, — сказал он. — Пойдём!"). Read forward once per
 * paragraph as its candidates come: read from the paragraph's start for each, a long paragraph
 * would cost its length squared.
 */
class SpeechScan {
  /** The start of the paragraph read. */
  private para = -1;
  private at = 0;
  private depth = 0;
  /** Bits of the open quotations opened with „, innermost lowest (31 levels are plenty). */
  private low = 0;
  private straight = false;
  private dashes = 0;
  private turn = false;

  constructor(private readonly text: string) {}

  /** Reads paragraph `p` up to `to` (at or after the last point asked in it). */
  private advance(p: Paragraph, to: number): void {
    const { text } = this;
    if (p.start !== this.para) {
      this.para = p.start;
      this.at = p.start;
      this.depth = this.low = this.dashes = 0;
      this.straight = false;
      this.turn = opensWithDialogueDash(text, p.start, p.end);
    }
    for (let i = this.at; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) this.straight = !this.straight;
      else if (c === 0x201c && (this.low & 1) !== 0 && this.depth > 0) this.close();
      else if (c === 0x201c || c === 0x201e || c === 0xab) {
        this.depth++;
        this.low = (this.low << 1) | (c === 0x201e ? 1 : 0);
      } else if ((c === 0x201d || c === 0xbb) && this.depth > 0) this.close();
      else if (c === 0x2014 || ((c === 45 || c === 0x2013) && (i === p.start || isInlineSpace(text.charCodeAt(i - 1))) && isInlineSpace(text.charCodeAt(i + 1)))) this.dashes++;
    }
    this.at = Math.max(this.at, to);
  }

  private close(): void {
    this.depth--;
    this.low >>>= 1;
  }

  /** Whether paragraph `p` leaves a quotation open at `to`. */
  insideQuotation(p: Paragraph, to: number): boolean {
    this.advance(p, to);
    return this.depth > 0 || this.straight;
  }

  /** Whether `to` is in the words said of a turn of dialogue that opens paragraph `p` with a dash. */
  speaksInDashTurn(p: Paragraph, to: number): boolean {
    this.advance(p, to);
    return this.turn && this.dashes % 2 === 1;
  }
}

function fixFor(text: string, b: Boundary, wordStart: number, word: string, fragment: boolean, lex: Lexicon): Fix {
  const lower = word.toLowerCase();
  if (!fragment && lex.sentenceStarters.has(lower)) {
    const first = String.fromCodePoint(text.codePointAt(wordStart)!);
    return {
      description: `capitalise “${word}”`,
      edits: [{ start: wordStart, end: wordStart + first.length, text: first.toUpperCase() }],
      safe: true,
    };
  }
  return {
    description: 'join the two parts into one sentence',
    edits: [joinEdit(text, b)],
    // Safe for a stranded fragment, or when the continuation opens with a word that cannot start
    // a sentence here (of, in, and…); never when joining puts a word next to itself ("and. and"),
    // nor for a lone letter ("Munich. n."), whose place cannot be told.
    safe: ((fragment && word.length > 1) || lex.functionWords.has(lower)) && text.slice(b.wordStart, b.wordEnd).toLowerCase() !== lower,
  };
}

/** A lone Latin letter that is none of the language's function words (known only when it lists some): a variable ("x", "v"). */
function isVariable(word: string, functionWords: ReadonlySet<string>): boolean {
  return word.length === 1 && word >= 'a' && word <= 'z' && functionWords.size > 0 && !functionWords.has(word);
}
