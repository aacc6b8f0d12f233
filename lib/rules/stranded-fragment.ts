import type { CheckContext } from '../context.js';
import { countWords, joinEdit, nextWord, type Paragraph } from '../segmentation/boundaries.js';
import { caselessWords, forEachLineOfSentences, joinEdit as joinCaseless, sentenceText } from '../segmentation/caseless.js';
import { isDigit, isInlineSpace, isRegExpSpace, isUpperAt } from '../text/chars.js';
import type { Reporter, Rule, RuleExamples } from '../types.js';
import { lazyRegExp } from '../text/lazy-regexp.js';

// Lowercase fragments ("case.", "meter.") are reported by stray-sentence-break, which sees the
// lowercase start; this rule catches the capitalised ones, which only a word list can tell from
// real one-word sentences ("Again." cannot stand alone, "Thanks." can). In a script without case,
// every stranded word is told by the list alone ("再び。", "גם."): see checkCaseless.

/** For the rule catalogue (scripts/update-schema.ts); not in the meta, so the bundle leaves it out. */
export const description =
  'A one-word "sentence" made of a word that cannot stand alone (an adverb such as "Again", a preposition, an ' +
  'article or a conjunction), between two sentences of the same paragraph, or a capitalised piece of one or two ' +
  'words cut off a quantity ("12.5 million. Cubic metres."): a piece cut off the sentence before it; not where the paragraph ' +
  'labels its parts with such pieces, as a structured abstract does ("Resultados. … 60,6 años. Conclusiones. La prueba…"). In scripts without ' +
  'case (Japanese, Chinese, Korean, Hebrew, Arabic, Hindi), a sentence of one such word alone ("再び。", "גם."), the words ' +
  'taken from Universal Dependencies treebanks.';

export const strandedFragment: Rule<CheckContext> = {
  meta: {
    id: 'stranded-fragment',
    category: 'segmentation',
    severity: 'warning',
    mqm: 'Fluency/Grammar',
    languages: '*',
  },

  check(ctx, report) {
    if (!ctx.cased) {
      checkCaseless(ctx, report);
      return;
    }
    const { text } = ctx;
    const { boundaries, paragraphs, lexicon: lex } = ctx.boundaries;
    for (let i = 0; i < paragraphs.count; i++) {
      // Made once a sentence of the paragraph is a candidate (most paragraphs have none).
      let p: Paragraph | undefined;
      // Fragment = the text between boundary k-1 and boundary k, both real sentence ends.
      for (let k = paragraphs.first[i] + 1; k < paragraphs.last(i); k++) {
        if (!boundaries.isEnd(k - 1) || !boundaries.isEnd(k) || boundaries.question(k) || boundaries.next[k - 1] >= boundaries.mark[k]) continue;
        p ??= paragraphs.at(i);
        if (reportQuantityFragment(ctx, k, p, report)) continue;
        if (reportStrandedName(ctx, k, p, report)) continue;
        // Paragraph-final "Again." is a deliberate stylistic fragment ("He failed. Again.").
        if (boundaries.next[k] >= p.end) continue;
        // A one-word sentence: its word starts where the sentence does, with a capital. Asked of
        // the columns, before the boundaries and the word are built (nearly every sentence fails).
        if (boundaries.next[k - 1] !== boundaries.wordStart[k] || !isUpperAt(text, boundaries.wordStart[k])) continue;
        const prev = boundaries.at(k - 1);
        const b = boundaries.at(k);
        const w = nextWord(text, prev.next, p.end);
        if (!w || w.end !== b.wordEnd || w.start !== b.wordStart || !isUpperAt(text, w.start)) continue;
        const word = text.slice(w.start, w.end);
        if (!lex.fragmentWords.has(word.toLowerCase())) continue;
        // "Five swollen balloons. In. In. Down. Down.": a word said twice is an echo, as in
        // speech and verse, not a piece cut off the sentence before.
        if (sentenceIs(text, boundaries.next[k], k + 1 < p.last ? boundaries.mark[k + 1] : -1, word) || sentenceIs(text, k - 2 >= p.first ? boundaries.next[k - 2] : p.start, boundaries.mark[k - 1], word)) continue;
        const first = String.fromCodePoint(text.codePointAt(w.start)!);
        report({
          start: w.start,
          end: b.markEnd,
          message: `Stranded fragment “${word}.”: it cannot stand alone as a sentence; join it to the sentence before.`,
          fix: {
            description: `join “${word}” to the previous sentence`,
            edits: [
              joinEdit(text, prev),
              { start: w.start, end: w.start + first.length, text: first.toLowerCase() },
            ],
            // Not where joining puts a word next to itself ("failed again. Again.").
            safe: text.slice(prev.wordStart, prev.wordEnd).toLowerCase() !== word.toLowerCase(),
          },
        });
      }
    }
  },
};

/** What the rule flags and what it leaves alone: tests/rules.test.ts runs them. Not part of the rule, so not of the bundle. */
export const examples: RuleExamples = {
  bad: [
    {
      text: 'They drew up a plan for some time. Again. Cementing the ties is the trend.',
      findings: [{ flagged: 'Again.', message: 'Stranded fragment “Again.”: it cannot stand alone as a sentence; join it to the sentence before.' }],
      output: 'They drew up a plan for some time again. Cementing the ties is the trend.',
    },
    {
      text: 'The visit was a success. Also. Both sides agreed.',
      findings: [{ flagged: 'Also.', message: 'Stranded fragment “Also.”: it cannot stand alone as a sentence; join it to the sentence before.' }],
      output: 'The visit was a success also. Both sides agreed.',
    },
    {
      text: 'Die Gespräche dauerten lange. Auch. Beide Seiten stimmten zu.',
      lang: 'de',
      findings: [{ flagged: 'Auch.', message: 'Stranded fragment “Auch.”: it cannot stand alone as a sentence; join it to the sentence before.' }],
      output: 'Die Gespräche dauerten lange auch. Beide Seiten stimmten zu.',
    },
    {
      // The unit cut off a quantity; no safe fix, since its capital may be a name's.
      text: 'The reservoir will hold 12.5 million. Cubic metres.',
      findings: [
        {
          flagged: 'Cubic metres.',
          message: 'Stranded fragment “Cubic metres.”: cut off from the quantity that ends at “million.”; join it to that sentence.',
        },
      ],
    },
    {
      // Scripts without case: the language's fragment words (Language.fragmentWords), a sentence of their own.
      text: 'この問題はしばらくの間議論されてきた。また。中国とインドの関係を強化することで合意した。',
      lang: 'ja',
      findings: [{ flagged: 'また。', message: 'Stranded fragment “また。”: it cannot stand alone as a sentence; join it to the sentence before.' }],
    },
    {
      text: 'הנושא נדון כבר זמן מה. גם. חיזוק היחסים בין סין להודו הוסכם על ידי שני הצדדים.',
      lang: 'he',
      findings: [{ flagged: 'גם.', message: 'Stranded fragment “גם.”: it cannot stand alone as a sentence; join it to the sentence before.' }],
    },
    {
      text: '这个问题已经讨论了一段时间。也。双方同意加强中印关系。',
      lang: 'zh',
      findings: [{ flagged: '也。', message: 'Stranded fragment “也。”: it cannot stand alone as a sentence; join it to the sentence before.' }],
    },
    {
      text: 'दोनों पक्षों ने सहमति व्यक्त की। भी। ऊर्जा के क्षेत्र में सहयोग बढ़ेगा।',
      lang: 'hi',
      findings: [{ flagged: 'भी।', message: 'Stranded fragment “भी।”: it cannot stand alone as a sentence; join it to the sentence before.' }],
    },
    {
      text: 'दोन्ही पक्षांनी सहमती दर्शवली. पुन्हा. ऊर्जा क्षेत्रात सहकार्य वाढेल.',
      lang: 'mr',
      findings: [{ flagged: 'पुन्हा.', message: 'Stranded fragment “पुन्हा.”: it cannot stand alone as a sentence; join it to the sentence before.' }],
    },
    {
      text: 'این موضوع مدتی است که بحث می‌شود. همچنین. دو کشور بر گسترش همکاری توافق کردند.',
      lang: 'fa',
      findings: [{ flagged: 'همچنین.', message: 'Stranded fragment “همچنین.”: it cannot stand alone as a sentence; join it to the sentence before.' }],
    },
    {
      text: 'இரு நாடுகளும் ஒப்பந்தம் செய்தன. மேலும். எரிசக்தி துறையில் ஒத்துழைப்பு அதிகரிக்கும்.',
      lang: 'ta',
      findings: [{ flagged: 'மேலும்.', message: 'Stranded fragment “மேலும்.”: it cannot stand alone as a sentence; join it to the sentence before.' }],
    },
    {
      text: '이 문제는 한동안 논의되어 왔다. 또한. 양측은 협력을 확대하기로 합의했다.',
      lang: 'ko',
      findings: [{ flagged: '또한.', message: 'Stranded fragment “또한.”: it cannot stand alone as a sentence; join it to the sentence before.' }],
    },
    {
      // Inside a quotation too: a line of dialogue.
      text: '"이 문제는 한동안 논의되어 왔습니다. 또한. 양측은 협력을 확대하기로 합의했습니다." 그가 말했다.',
      lang: 'ko',
      findings: [{ flagged: '또한.', message: 'Stranded fragment “또한.”: it cannot stand alone as a sentence; join it to the sentence before.' }],
    },
    {
      // Georgian: its letters are lowercase to Unicode (Mkhedruli, beside capitals running text never uses), read as without case.
      text: 'ორივე მხარე შეთანხმდა თანამშრომლობის გაფართოებაზე. კიდევ. ენერგეტიკის სფეროში მუშაობა გაგრძელდება.',
      lang: 'ka',
      findings: [{ flagged: 'კიდევ.', message: 'Stranded fragment “კიდევ.”: it cannot stand alone as a sentence; join it to the sentence before.' }],
    },
    {
      // A language the registry lacks: the fragment words of its treebank (lib/languages/caseless-words.generated.ts),
      // and its script's full stop, the Ethiopic ።, or ፡፡ typed for it.
      text: 'ጉዳዩ የተነሳው በተያዘው ዕቅድ ምክንያት ነው። ደግሞ። ኤኤምዎች ፌዝን ሊያመጣ ይችላል በሚል ተጨንቀዋል።',
      lang: 'am',
      findings: [{ flagged: 'ደግሞ።', message: 'Stranded fragment “ደግሞ።”: it cannot stand alone as a sentence; join it to the sentence before.' }],
    },
    {
      text: 'ጉዳዩ የተነሳው በተያዘው ዕቅድ ምክንያት ነው፡፡ ደግሞ፡፡ ኤኤምዎች ፌዝን ሊያመጣ ይችላል በሚል ተጨንቀዋል፡፡',
      lang: 'am',
      findings: [{ flagged: 'ደግሞ፡፡', message: 'Stranded fragment “ደግሞ፡፡”: it cannot stand alone as a sentence; join it to the sentence before.' }],
    },
    {
      text: 'రెండు దేశాలు ఒప్పందంపై సంతకం చేశాయి. కూడా. ఇంధన రంగంలో సహకారం పెరుగుతుంది.',
      lang: 'te',
      findings: [{ flagged: 'కూడా.', message: 'Stranded fragment “కూడా.”: it cannot stand alone as a sentence; join it to the sentence before.' }],
    },
    {
      // | typed for the danda, where the text ends its lines with it.
      text: 'दोनों देशों ने समझौते पर हस्ताक्षर किए|\nयह मुद्दा कुछ समय से चर्चा में था|\nदोनों पक्षों ने सहयोग बढ़ाने पर सहमति जताई| भी| ऊर्जा क्षेत्र में काम जारी रहेगा|',
      lang: 'hi',
      findings: [{ flagged: 'भी|', message: 'Stranded fragment “भी|”: it cannot stand alone as a sentence; join it to the sentence before.' }],
    },
  ],
  good: [
    // A transcript, which hesitates in three lines of four, writes its utterances in lowercase in the line that does
    // not hesitate too: "dégarni." is a word of speech after a pause (Rhapsodie's football commentary).
    {
      text: "alors, euh, on est arrivés le soir.\net, euh, il faisait nuit.\nbon, euh, on a mangé.\nle côté droit, complètement seul. dégarni. Gutiérrez, complètement seul. il a pu armer son tir. Mandanda a plongé.",
      lang: 'fr',
    },
    // A name's initials in Devanagari letters ("K. R. Narayanan"), in Hindi that ends its sentences with periods.
    { text: 'उन्होंने कई भाषण दिए. के. आर. नारायणन राष्ट्रपति थे. सब खुश थे.', lang: 'hi' },
    { text: 'Did you like it? Yes. It was great. Thanks.' },
    { text: 'What is next? Unknown. How much is it? Not known.' },
    { text: 'Again.' },
    { text: 'He failed the exam. Again.' },
    { text: 'He tried it. Again! And again.' },
    // An echo, as in speech: the word said twice.
    { text: 'Five swollen balloons. In. In. Down. Down. Okay.' },
    { text: 'The company was founded in 1998. Big mistake.' },
    { text: 'Am 22. April kamen 300 Leute. Ein Erfolg.', lang: 'de' },
    // Without case: at the line's end, after a question, inside a quotation, the word within a sentence.
    { text: 'この問題はしばらくの間議論されてきた。さらに。', lang: 'ja' },
    { text: 'האם זה נכון? גם. הם הסכימו.', lang: 'he' },
    { text: '彼は「さらに。」と言った。議論は続いた。', lang: 'ja' },
    { text: '双方也同意。这个问题已经讨论了一段时间。', lang: 'zh' },
    // The Ethiopic wordspace once separates words: no sentence ends at "ደግሞ፡".
    { text: 'ጉዳዩ የተነሳው ምክንያት ነው፡ ደግሞ፡ ኤኤምዎች ተጨንቀዋል።', lang: 'am' },
    { text: 'წამოხვალ? კი. წავიდეთ ერთად.', lang: 'ka' },
    // A question word asks on its own, with a period too ("How. Tell me."): Telugu's treebank, verb-final, opens
    // no sentence with ఎలా "how", but stands it mostly in questions (scripts/ud-caseless-words.py).
    { text: 'మీరు ఈ పని చేశారు. ఎలా. నాకు చెప్పండి.', lang: 'te' },
  ],
};

/** Whether text[start, end) is `word` alone, in any case (end -1: no such sentence). */
function sentenceIs(text: string, start: number, end: number, word: string): boolean {
  if (end < 0) return false;
  while (start < end && isRegExpSpace(text.charCodeAt(start))) start++;
  return end - start === word.length && text.slice(start, end).toLowerCase() === word.toLowerCase();
}

/**
 * A script without case: a sentence made of one of the language's fragment words alone, between
 * two sentences of its line ("議論されてきた。再び。中国と…", "זמן מה. שוב. חיזוק…"). Not after a
 * question or an exclamation, which a one-word reply may follow, nor ending one; not at the line's
 * end, where it may be deliberate ("He failed. Again."). Inside a quotation as outside (dialogue
 * fills novels: a line of speech cut by a stray mark is cut as narration is), though not a
 * quotation that is the word alone (「さらに。」). No safe fix: where the word goes in the
 * sentence before depends on the language's word order (Japanese puts 再び before the verb).
 */
function checkCaseless(ctx: CheckContext, report: Reporter): void {
  const words = caselessWords(ctx);
  if (!words || words.fragmentWords.size === 0) return;
  const { text } = ctx;
  forEachLineOfSentences(ctx, (sentences) => {
    for (let k = 1; k + 1 < sentences.length; k++) {
      const s = sentences[k];
      const prev = sentences[k - 1];
      if (s.question || prev.question) continue;
      const word = sentenceText(text, s);
      if (!words.fragmentWords.has(word)) continue;
      const marked = text.slice(s.start, s.markEnd);
      report({
        start: s.start,
        end: s.markEnd,
        message: `Stranded fragment “${marked}”: it cannot stand alone as a sentence; join it to the sentence before.`,
        fix: { description: `join “${word}” to the previous sentence`, edits: [joinCaseless(prev, s, words.unspaced)], safe: false },
      });
    }
  }, true);
}

/** Words of a name cut off its attribution: a first and last name, or three parts. */
const NAME_WORDS = [2, 3];
/** A sentence with as many gaps as this is longer than any name. */
const LONGEST_NAME = Math.max(...NAME_WORDS);
/** How far back (in words) a speech verb makes the sentence before an attribution. */
const ATTRIBUTION_WORDS = 12;
/** A word of an attribution before a fragment ("said O’Neill-Smith"). */
const ATTRIBUTION_WORD = lazyRegExp(String.raw`[\p{L}\p{M}'’-]+`, 'gu');

/**
 * "…, повідомив сержант департаменту шерифа округу Пірс. Даррен Мосс.", "…, said the head of the
 * county sheriff's office. Darren Moss.": a name of two or three capitalised words standing alone
 * right after a sentence that attributes a statement (a speech verb among its last words) belongs
 * to that attribution. Names in quotes (an answer in dialogue), pieces opening with a word that
 * starts sentences, and languages that capitalise every noun are left alone. Reports it and
 * returns true.
 */
function reportStrandedName(ctx: CheckContext, k: number, p: Paragraph, report: Reporter): boolean {
  const { text } = ctx;
  const { boundaries, lexicon: lex } = ctx.boundaries;
  // Where every noun is capitalised (German), two capitalised words are as often a noun phrase.
  if (!lex.profiled || ctx.profile.capitalisedNouns || text.charCodeAt(boundaries.mark[k]) !== 46 || boundaries.markEnd[k] - boundaries.mark[k] !== 1 || boundaries.question(k - 1)) return false;
  // A whole sentence is no name: one with more gaps than the longest name is left before it is
  // sliced and split (nearly every sentence of a text comes here).
  if (gapsUpTo(text, boundaries.next[k - 1], boundaries.mark[k], LONGEST_NAME) >= LONGEST_NAME) return false;
  return reportShortPieceAfterAttribution(ctx, k, p, report);
}

/**
 * reportStrandedName() past the test of the columns and the gaps, which nearly every sentence
 * fails: a function of its own, so that TurboFan compiles the short test that runs for every
 * sentence without this rare rest (its splits, regular expressions and report). Compile of the
 * rule's name test, median of 3 runs on 30 MB of English and of mixed prose: 4.4 and 3.9 ms -> 2.0 and 1.8.
 */
function reportShortPieceAfterAttribution(ctx: CheckContext, k: number, p: Paragraph, report: Reporter): boolean {
  const { text } = ctx;
  const { boundaries, lexicon: lex } = ctx.boundaries;
  // A name starts with a capital (NAME_PART): asked in place before the piece is sliced and split.
  // isUpperAt (\p{Lu} or \p{Lt}) lets the titlecase letters by too, which NAME_PART then turns away
  // at the piece's first word: no \p{Lu} expression is built for it (every check asks this, nearly
  // always of an ASCII letter; tests/regexp-replacements.test.ts).
  if (!isUpperAt(text, boundaries.next[k - 1]) || boundaries.quoted(k) || boundaries.quoted(k - 1)) return false;
  const piece = text.slice(boundaries.next[k - 1], boundaries.mark[k]);
  // Split no further than one word past the longest name.
  const words = piece.split(/\s+/, LONGEST_NAME + 1);
  if (!NAME_WORDS.includes(words.length) || !words.every((w) => NAME_PART().test(w))) return false;
  if (lex.sentenceStarters.has(words[0].toLowerCase()) || words.some((w) => lex.functionWords.has(w.toLowerCase()))) return false;
  let from = p.start;
  for (let j = k - 2; j >= p.first; j--) {
    if (boundaries.isEnd(j)) {
      from = boundaries.next[j];
      break;
    }
  }
  const before = text.slice(from, boundaries.mark[k - 1]).match(ATTRIBUTION_WORD()) ?? [];
  if (!before.slice(-ATTRIBUTION_WORDS).some((w) => lex.speechVerbs.has(w.toLowerCase()) && !lex.functionWords.has(w.toLowerCase()))) return false;
  const prev = boundaries.at(k - 1);
  report({
    start: prev.next,
    end: boundaries.markEnd[k],
    message: `Stranded fragment “${piece}.”: a name cut off the attribution that ends at “${text.slice(prev.wordStart, prev.markEnd)}”; join it to that sentence.`,
    fix: {
      description: `join “${piece}” to the previous sentence`,
      edits: [joinEdit(text, prev)],
      safe: false,
    },
  });
  return true;
}

/** Runs of white space (what /\s+/ splits at) in text[start, end), counted up to `limit`. */
function gapsUpTo(text: string, start: number, end: number, limit: number): number {
  let gaps = 0;
  let inGap = false;
  for (let i = start; i < end && gaps < limit; i++) {
    const c = text.charCodeAt(i);
    // Nearly every sentence of a long paragraph comes here, and most of what is read is letters:
    // none of "!" to U+167F but the no-break space is white space, so they skip its dozen tests.
    const space = (c <= 32 || c === 0xa0 || c >= 0x1680) && isRegExpSpace(c);
    if (space && !inGap) gaps++;
    inGap = space;
  }
  return gaps;
}

/** A capitalised word of letters (a name part: "Darren", "O’Neill", "Jean-Paul"). */
const NAME_PART = lazyRegExp(String.raw`^\p{Lu}\p{M}*(?:\p{Ll}\p{M}*)+(?:['’-](?:\p{Lu}\p{M}*)?(?:\p{Ll}\p{M}*)+)*$`, 'u');

/** Longest piece (in words) cut off a quantity that is reported. */
const QUANTITY_FRAGMENT_WORDS = 2;
const NUMBER = /^\d+(?:[.,:]\d+)*$/;
const DECIMAL = /^\d+(?:[.,]\d+)+$/;

/**
 * "… 12.5 million. Cubic metres.", "… 3,5 Millionen. Euro.": a capitalised piece of one or two
 * words cut off a sentence that ends in a decimal, or a decimal and its scale word, so the unit or
 * what was measured stands alone. A whole number can end a sentence ("founded in 1998. Big
 * mistake.", "300 Leute. Ein Erfolg."), and a piece that opens sentences ("Thanks.", "Yes.") can
 * stand alone. Reports it and returns true.
 */
function reportQuantityFragment(ctx: CheckContext, k: number, p: Paragraph, report: Reporter): boolean {
  const { text } = ctx;
  const { mark, markEnd, closeEnd, next, wordStart, wordEnd } = ctx.boundaries.boundaries;
  if (text.charCodeAt(mark[k - 1]) !== 46 || markEnd[k - 1] - mark[k - 1] !== 1 || closeEnd[k - 1] !== markEnd[k - 1] || closeEnd[k] !== markEnd[k]) return false;
  // The quantity first: in long paragraphs nearly every sentence comes here, and one that ends in
  // no number is told by a digit or two, whereas counting the next sentence's words reads them.
  if (!endsWithQuantity(text, wordStart[k - 1], wordEnd[k - 1])) return false;
  if (!isUpperAt(text, next[k - 1]) || countWords(text, next[k - 1], mark[k], QUANTITY_FRAGMENT_WORDS) > QUANTITY_FRAGMENT_WORDS) return false;
  return reportShortPieceAfterQuantity(ctx, k, p, report);
}

/**
 * reportQuantityFragment() past the test of the columns, which nearly every pair of sentences
 * fails: a function of its own, so that TurboFan compiles the short test that runs for every
 * sentence without this rare rest (its slices, word lists and report). Compile of the
 * quantity test, median of 3 runs on 30 MB of English and of mixed prose: 17 and 11 ms -> 6 and 3.
 */
function reportShortPieceAfterQuantity(ctx: CheckContext, k: number, p: Paragraph, report: Reporter): boolean {
  const { text } = ctx;
  const { boundaries, lexicon: lex } = ctx.boundaries;
  const prev = boundaries.at(k - 1);
  const b = boundaries.at(k);
  if (hasDigit(text, prev.next, b.mark) || labelsItsParts(ctx, p, k)) return false;
  const first = nextWord(text, prev.next, b.mark);
  if (!first || lex.sentenceStarters.has(text.slice(first.start, first.end).toLowerCase())) return false;
  const piece = text.slice(prev.next, b.markEnd);
  const letter = String.fromCodePoint(text.codePointAt(prev.next)!);
  report({
    start: prev.next,
    end: b.markEnd,
    message: `Stranded fragment “${piece}”: cut off from the quantity that ends at “${text.slice(prev.wordStart, prev.markEnd)}”; join it to that sentence.`,
    fix: {
      description: `join “${piece}” to the previous sentence`,
      edits: [
        joinEdit(text, prev),
        ...(ctx.profile.capitalisedNouns ? [] : [{ start: prev.next, end: prev.next + letter.length, text: letter.toLowerCase() }]),
      ],
      // Whether the piece's capital is a name's cannot be told here.
      safe: false,
    },
  });
  return true;
}

/** Whether a digit stands in text[start, end). */
function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Whether paragraph p labels its parts with short capitalised pieces standing as sentences of
 * their own, as a structured abstract does ("Introducción. El síncope es… Resultados. … (edad
 * promedio 60,63 años). Conclusión. La prueba…", "Background. … Methods. …"): besides the piece
 * that sentence k is, another of at most QUANTITY_FRAGMENT_WORDS words and no digit, opening the
 * paragraph or after a sentence that ends in no quantity (not a second piece cut off one). Then
 * the piece after a quantity is the next label, not a unit the translation cut off.
 */
function labelsItsParts(ctx: CheckContext, p: Paragraph, k: number): boolean {
  const { text } = ctx;
  const { mark, markEnd, next, wordStart, wordEnd } = ctx.boundaries.boundaries;
  const boundaries = ctx.boundaries.boundaries;
  for (let j = p.first; j < p.last; j++) {
    if (j === k || !boundaries.isEnd(j) || boundaries.question(j) || text.charCodeAt(mark[j]) !== 46 || markEnd[j] - mark[j] !== 1) continue;
    const start = j === p.first ? p.start : next[j - 1];
    if (j > p.first && (!boundaries.isEnd(j - 1) || endsWithQuantity(text, wordStart[j - 1], wordEnd[j - 1]))) continue;
    if (!isUpperAt(text, start) || countWords(text, start, mark[j], QUANTITY_FRAGMENT_WORDS) > QUANTITY_FRAGMENT_WORDS || hasDigit(text, start, mark[j])) continue;
    return true;
  }
  return false;
}

/**
 * Whether the sentence whose last word is text[wordStart, wordEnd) ends in a decimal ("12.5.") or
 * a decimal and one word ("12.5 million."). Nothing is sliced unless a digit is where a decimal
 * would end.
 */
function endsWithQuantity(text: string, wordStart: number, wordEnd: number): boolean {
  // A whole number ends sentences of its own: a score ("The score was 3."), a count ("300 Leute."),
  // a year; a decimal calls for what it measures.
  if (isDigit(text.charCodeAt(wordStart))) {
    const word = text.slice(wordStart, wordEnd);
    if (NUMBER.test(word)) return DECIMAL.test(word);
  }
  let end = wordStart;
  while (end > 0 && isInlineSpace(text.charCodeAt(end - 1))) end--;
  if (end === wordStart || !isDigit(text.charCodeAt(end - 1))) return false;
  let start = end;
  while (start > 0 && end - start < 24 && !isInlineSpace(text.charCodeAt(start - 1))) start--;
  const before = text.slice(start, end);
  return DECIMAL.test(before);
}
