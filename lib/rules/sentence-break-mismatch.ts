import { alignMarks, closedByQuote, excerptOf, isBreak, markSpanEnd, markSpanStart, sentenceAround, sourceMarks, targetMarks, type Mark } from '../bilingual/breaks.js';
import { checkCaselessPair } from '../bilingual/caseless-breaks.js';
import { checkablePairs, sourceFindings, targetFindings } from '../bilingual/pairs.js';
import type { CheckContext, SegmentPair } from '../context.js';
import { clippedInDocument, countWords, nextWord } from '../segmentation/boundaries.js';
import { isDeliberateLowercase } from '../segmentation/style.js';
import type { RawFinding, Reporter, Rule, RuleExamples } from '../types.js';
import { strandedFragment } from './stranded-fragment.js';
import { straySentenceBreak } from './stray-sentence-break.js';
import { lazyRegExp } from '../text/lazy-regexp.js';

// Where the source is known, this rule reports the sentence breaks of each unit with the source's
// evidence, in place of the monolingual stray-break rules (which it supersedes there and whose
// judgement of both sides it reads):
// - a break the monolingual rules report, and the source has none at that place: the translation
//   invented it (`data.sourceBreak: "none"`);
// - the source has the same faulty break (the source-language rules report it too, or the source
//   has no case to tell): copied, reported at info severity (`"same"`); the same break that the
//   source's own rules find legitimate (a byline, a speech tag, the source's lowercase register)
//   is not reported at all;
// - the source starts a capitalised sentence where the translation goes on in lowercase: the
//   sentence lost its capital (`"sentence-end"`), even where the translation's own paragraph looks
//   informal or the monolingual rules took the word for a speech tag;
// - a capitalised break that cuts off a fragment of one or two words where the source has no
//   sentence end ("…sheriff's department. Darren Moss."), which no monolingual rule can see.
// A translation into a script without case is judged by lib/bilingual/caseless-breaks.ts.

/** Findings per segment past which its breaks are not judged (the engine keeps 50 per rule and line). */
const MAX_PER_SEGMENT = 50;
/** Lowercase sentence starts a source segment needs for its lowercase to be a register rather than a slip. */
const REGISTER_BREAKS = 2;
/** Longest fragment (in words) a capitalised break may cut off to be reported without a source break. */
const FRAGMENT_WORDS = 2;

/** What the source has at a mark that does not end its sentence. */
const NOT_AN_END: Partial<Record<Mark['kind'], string>> = {
  abbreviation: 'an abbreviation',
  initial: 'an initial or a list label',
  number: 'an ordinal or a numbered label',
  parenthetical: 'a mark in brackets',
};

/** For the rule catalogue (scripts/update-schema.ts); not in the meta, so the bundle leaves it out. */
export const description =
  'With the source known: a sentence break in the translation that the source does not have at that place ' +
  '(lowercase "China. the G20", or a capitalised break that cuts off a fragment), a lowercase sentence start ' +
  'where the source starts a sentence, and breaks copied from the source (reported as info). Both sides are ' +
  'segmented with mtqa\'s own boundaries; sides without letter case (Chinese, Japanese, Korean, Hebrew, Arabic, Hindi) by their marks. ' +
  'In a translation without case, a break where the source has no mark near, that cuts off a short piece, a fragment word alone, ' +
  'or a word that never opens a sentence, or (in a document of 20 segments or more that ends its sentences in a few ways) ' +
  'follows a letter that ends none of its sentences. ' +
  '`data.sourceBreak` says what the source has: "none", "same" or "sentence-end"; `sourceSpan` points at it.';

export const sentenceBreakMismatch: Rule<CheckContext> = {
  meta: {
    id: 'sentence-break-mismatch',
    category: 'segmentation',
    severity: 'warning',
    mqm: 'Fluency/Punctuation',
    languages: '*',
    needsSource: true,
    supersedes: [straySentenceBreak.meta.id, strandedFragment.meta.id],
  },

  check(ctx, report) {
    const straysT = targetFindings(ctx, straySentenceBreak);
    const fragmentsT = targetFindings(ctx, strandedFragment);
    // The source's own judgement of its breaks tells a copied break from a legitimate one by case;
    // a translation without case is judged by the source's marks alone.
    const straysS = ctx.cased ? sourceFindings(ctx, straySentenceBreak) : undefined;
    const fragmentsS = ctx.cased ? sourceFindings(ctx, strandedFragment) : undefined;
    for (const p of checkablePairs(ctx)) {
      const t = targetMarks(ctx, p);
      if (t.length === 0) continue;
      const s = sourceMarks(ctx, p);
      const tFound = byMark(t, [...(straysT.get(p.index) ?? []), ...(fragmentsT.get(p.index) ?? [])]);
      const aligned = alignMarks(t, p.start, p.end - p.start, s, p.sourceStart, p.sourceEnd - p.sourceStart);
      if (straysS && fragmentsS) {
        const sFound = byMark(s, [...(straysS.get(p.index) ?? []), ...(fragmentsS.get(p.index) ?? [])]);
        checkPair(ctx, p, t, s, aligned, tFound, sFound, report);
      } else checkCaselessPair(ctx, p, t, s, aligned, tFound, capped(report));
    }
  },
};

/** What the rule flags and what it leaves alone: tests/rules.test.ts runs them. Not part of the rule, so not of the bundle. */
export const examples: RuleExamples = {
  bad: [
    {
      text: 'The two sides will consolidate and expand cooperation. in the field of energy.',
      source: 'Beide Seiten werden die Zusammenarbeit im Bereich der Energie festigen und ausbauen.',
      sourceLang: 'de',
      findings: [
        {
          flagged: '. in',
          message:
            'Stray sentence break in “cooperation. in”: the text goes on in lowercase. Join the parts, or capitalise “in” if a new sentence starts here. The source has no sentence break here.',
          sourceFlagged: 'Beide Seiten werden die Zusammenarbeit im Bereich der Energie festigen und ausbauen.',
        },
      ],
      output: 'The two sides will consolidate and expand cooperation in the field of energy.',
    },
    {
      text: 'As I can see, the rider came to you at 12:39. he tried to deliver the order by 12:52.',
      source: 'Как я вижу, курьер приехал к вам в 12:39. он пытался доставить заказ до 12:52.',
      sourceLang: 'ru',
      findings: [
        {
          flagged: '. he',
          severity: 'info',
          message:
            'Stray sentence break in “12:39. he”: the text goes on in lowercase. Join the parts, or capitalise “he” if a new sentence starts here. The source has the same break (“12:39. он”): copied from the source.',
          sourceFlagged: '12:39. он',
        },
      ],
      output: 'As I can see, the rider came to you at 12:39. He tried to deliver the order by 12:52.',
    },
    {
      text: 'Початок кінця травня. кінець сезону на початку вересня.',
      source: 'Nástup koncem května. Konec sezóny začátkem září.',
      lang: 'uk',
      sourceLang: 'cs',
      findings: [
        {
          flagged: '. кінець',
          message: 'Sentence start in lowercase: “травня. кінець”, where the source starts a new sentence (“května. Konec”). Capitalise “кінець”.',
          sourceFlagged: 'května. Konec',
        },
      ],
    },
    {
      text: 'speed. naturally slow.',
      source: '速さ 当然遅い',
      sourceLang: 'ja',
      findings: [
        {
          flagged: '. naturally',
          message:
            'Sentence break “speed. naturally”: the text goes on in lowercase, and the source has no sentence break here. Join the parts, or capitalise “naturally” if a new sentence starts here.',
          sourceFlagged: '速さ 当然遅い',
        },
      ],
    },
    {
      text: 'The avalanche was reported 85 miles southeast of Seattle, said the sheriff\u2019s department. Darren Moss.',
      source: 'The avalanche was reported 85 miles southeast of Seattle, said Sheriff\u2019s Department Sgt. Darren Moss.',
      sourceLang: 'en',
      findings: [
        {
          flagged: 'Darren Moss.',
          message:
            'Stranded fragment “Darren Moss.”: a name cut off the attribution that ends at “department.”; join it to that sentence. The source has an abbreviation here (“Sgt. Darren”), not a sentence end.',
          sourceFlagged: 'Sgt. Darren',
        },
      ],
    },
    {
      text: 'The ministers met in the capital. Premier Li. Then they signed.',
      source: 'Die Minister trafen sich in der Hauptstadt mit Premier Li. Dann unterzeichneten sie.',
      sourceLang: 'de',
      findings: [
        {
          flagged: '. Premier Li.',
          message: 'Stranded fragment “Premier Li.”: the source has no sentence break here; join it to the sentence before.',
          sourceFlagged: 'Die Minister trafen sich in der Hauptstadt mit Premier Li.',
        },
      ],
    },
    {
      text: 'A. для Великобританії ми надсилаємо майже всі замовлення поштою.',
      source: 'A. For the UK, we send almost all orders by Royal Mail.',
      lang: 'uk',
      sourceLang: 'en',
      findings: [
        {
          flagged: '. для',
          message: 'Sentence start in lowercase: “A. для”, where the source starts a new sentence (“A. For”). Capitalise “для”.',
          sourceFlagged: 'A. For',
        },
      ],
    },
    // Into scripts without case, where the source has no mark at the place: a short piece cut off,
    // a fragment word alone, a word that never opens a sentence.
    {
      text: '両国はエネルギー分野での協力を拡大することで合意。した。',
      lang: 'ja',
      source: 'The two sides agreed to expand cooperation in the field of energy.',
      sourceLang: 'en',
      findings: [
        {
          flagged: '。した。',
          message: 'Stranded fragment “した。”: a short piece cut off at a sentence end that the source does not have here; join it to the sentence before.',
          sourceFlagged: 'The two sides agreed to expand cooperation in the field of energy.',
        },
      ],
    },
    {
      text: '양측은 에너지 분야의 협력을 확대하기로 합의했다. 또한.',
      lang: 'ko',
      source: 'The two sides also agreed to expand cooperation in energy.',
      sourceLang: 'en',
      findings: [
        {
          flagged: '. 또한.',
          message: 'Stranded fragment “또한.”: it cannot stand alone as a sentence; join it to the sentence before. The source has no sentence break here.',
          sourceFlagged: 'The two sides also agreed to expand cooperation in energy.',
        },
      ],
    },
    {
      // Georgian, whose letters Unicode calls lowercase (Mkhedruli) but no sentence opens with a capital.
      text: 'ორივე მხარე შეთანხმდა ენერგეტიკის სფეროში. თანამშრომლობის გაფართოებაზე.',
      lang: 'ka',
      source: 'The two sides agreed on expanding cooperation in the field of energy.',
      sourceLang: 'en',
      findings: [
        {
          flagged: '. თანამშრომლობის გაფართოებაზე.',
          message: 'Stranded fragment “თანამშრომლობის გაფართოებაზე.”: a short piece cut off at a sentence end that the source does not have here; join it to the sentence before.',
          sourceFlagged: 'The two sides agreed on expanding cooperation in the field of energy.',
        },
      ],
    },
    {
      text: 'दोनों देशों। के बीच सहयोग बढ़ेगा।',
      lang: 'hi',
      source: 'Cooperation between the two countries will grow.',
      sourceLang: 'en',
      findings: [
        {
          flagged: '। के',
          message: 'Stray sentence break in “देशों। के”: “के” never opens a sentence, so the text goes on. Join the parts. The source has no sentence break here.',
          sourceFlagged: 'Cooperation between the two countries will grow.',
        },
      ],
      output: 'दोनों देशों के बीच सहयोग बढ़ेगा।',
    },
    {
      text: 'この問題はしばらく議論されてきた。さらに。双方は合意した。',
      lang: 'ja',
      source: 'This has been discussed for a while. Further. Both sides agreed.',
      sourceLang: 'en',
      findings: [
        {
          flagged: 'さらに。',
          severity: 'info',
          message: 'Stranded fragment “さらに。”: it cannot stand alone as a sentence; join it to the sentence before. The source has the same break (“while. Further”): copied from the source.',
          sourceFlagged: 'while. Further',
        },
      ],
    },
  ],
  good: [
    // Armenian writes its միջակետ, a stop inside the sentence, as a period: "Global rules: this column…".
    { text: 'Համընդհանուր կանոններ. այս սյունակը նախատեսված է բոլոր կայքերի համար։', source: 'Global rules: this column is for rules which apply to all sites.', lang: 'hy', sourceLang: 'en' },
    // A mark quoted on its own is named, not used: the file name ".".
    { text: 'Mapper som starter med “.” er skjulte', lang: 'da', source: 'Folders with “.” at the beginning of their name are hidden', sourceLang: 'en' },
    { text: 'Бума атын «.» немесе «..» деп атауға болмайды', lang: 'kk', source: 'A folder cannot be called “.” or “..”', sourceLang: 'en' },
    // The source's own rules find its lowercase "dpa" legitimate: a copied byline.
    { text: 'Il est en tournée depuis 2020. dpa', lang: 'fr', source: 'Er ist seit 2020 auf Tour. dpa', sourceLang: 'de' },
    // German ordinal and date on the source side; English prose on the target side.
    { text: 'On 3 May 2024 the plant opened. It employs 200 people.', source: 'Am 3. Mai 2024 wurde das Werk eröffnet. Es beschäftigt 200 Menschen.', sourceLang: 'de' },
    // A translated abbreviation where the source has one.
    { text: 'Les essais ont été limités (par ex. cadre temporel, succès).', lang: 'fr', source: 'Die Versuche wurden (z.B. zeitlicher Rahmen, Erfolg) eingeschränkt.', sourceLang: 'de' },
    // A speech tag after a question, as in the source.
    { text: '"Did you see the throws?" snapped Richt.', source: '„Hast du die Würfe gesehen?“, schnappte Richt.', sourceLang: 'de' },
    // Turkish keeps a quotation's own period before the verb that introduces it.
    { text: 'Barratt, "Çalışmalarımıza devam edeceğiz." dedi.', lang: 'tr', source: '"Our work will continue," Barratt said.', sourceLang: 'en' },
    // A translator's split of a long sentence into two full ones.
    {
      text: 'The company reported record sales in the third quarter. Its profit rose by a fifth compared with the same period last year.',
      source: 'Das Unternehmen meldete im dritten Quartal Rekordumsätze, wobei der Gewinn gegenüber dem Vorjahreszeitraum um ein Fünftel stieg.',
      sourceLang: 'de',
    },
    // The source is written in lowercase on purpose, and so is the translation.
    { text: 'today is not my day. the blinds broke. in the morning one.', source: 'сьогодні не мій день. зламались жалюзі. зранку одна.', sourceLang: 'uk' },
    { text: 'Thank you. See you tomorrow.', source: '谢谢。明天见。', sourceLang: 'zh' },
    // A label's clipped word, whose full form the file writes elsewhere.
    { text: 'Synkronoidut välilehdet\nSynk. välilehdet', lang: 'fi', source: 'Synchronized tabs\nSynced Tabs', sourceLang: 'en' },
    // Into a script without case: the translator ended the sentence at the source's comma.
    { text: '요청 실패. 시간 초과', lang: 'ko', source: 'Request failed, timeout', sourceLang: 'en' },
    // A long sentence split into two full ones.
    { text: '両国は協力の拡大で合意した。エネルギー分野が中心となる。', lang: 'ja', source: 'The two sides agreed to expand cooperation, focusing on energy in particular.', sourceLang: 'en' },
    // The source has the same sentences.
    { text: 'ファイルが存在します。再利用されます。', lang: 'ja', source: 'The file exists. It will be reused.', sourceLang: 'en' },
  ],
};

/** The finding of the monolingual rules at each mark (a finding belongs to the last mark at or before its start). */
function byMark(marks: readonly Mark[], found: readonly RawFinding[]): (RawFinding | undefined)[] {
  const out = new Array<RawFinding | undefined>(marks.length);
  const sorted = [...found].sort((a, b) => a.start - b.start);
  let k = -1;
  for (const f of sorted) {
    while (k + 1 < marks.length && marks[k + 1].mark <= f.start) k++;
    if (k >= 0 && out[k] === undefined) out[k] = f;
  }
  return out;
}

function checkPair(
  ctx: CheckContext,
  p: SegmentPair,
  t: readonly Mark[],
  s: readonly Mark[],
  aligned: readonly number[],
  tFound: readonly (RawFinding | undefined)[],
  sFound: readonly (RawFinding | undefined)[],
  report: Reporter,
): void {
  const src = ctx.source!;
  const { text } = ctx;
  const lex = ctx.boundaries.lexicon;
  // Whether each side writes the whole segment in lowercase (its first word and every sentence
  // start): a register, judged on the segment alone.
  let targetLowercase: boolean | undefined;
  let sourceLowercase: boolean | undefined;
  /** Whether the translation capitalises any sentence start after a mark. */
  let capitalises: boolean | undefined;
  let reported = 0;
  // A segment full of breaks is reported once per break up to the engine's cap, not judged beyond it.
  const say = (f: RawFinding) => {
    reported++;
    report(f);
  };
  for (let i = 0; i < t.length && reported < MAX_PER_SEGMENT; i++) {
    const m = t[i];
    // Marks glued to the next word ("done.The") are the missing-space rule's; they only help align.
    if (!isBreak(m) || !m.boundary) continue;
    if (quotedMark(text, m, p)) continue;
    const j = aligned[i];
    const sm = j >= 0 ? s[j] : undefined;
    const found = tFound[i];
    const markSpan = sm && { start: markSpanStart(src.text, sm, p.sourceStart), end: markSpanEnd(sm) };
    const spanOfMark = markSpan && { sourceSpan: markSpan };
    const sentenceSpan = () => ({ sourceSpan: sentenceAround(s, p, aligned, i, t) });
    const word = m.after;
    const left = text.slice(m.boundary?.wordStart ?? m.mark, m.closeEnd);
    // A source mark after a space (" . ") is a break too, written with a spacing slip.
    const sourceEnds = sm !== undefined && (sm.kind === 'end' || sm.kind === 'detached' || (!src.cased && sm.kind !== 'ellipsis'));

    if (found) {
      // A translation in lowercase from a source without case: a word that opens sentences starts one.
      if (!sm && !src.cased && (targetLowercase ??= inLowercase(text, p.start, p.end, t)) && opensSentences(word, lex.sentenceStarters)) continue;
      if (!sm || sm.kind === 'ellipsis') {
        say({ ...found, message: `${found.message} The source has no sentence break here.`, data: { sourceBreak: 'none' }, ...sentenceSpan() });
        continue;
      }
      if (sourceEnds) {
        // The source's own rules report the same break, or cannot judge it: no case, a mark they
        // do not take for a boundary (" . ", "deal.would"), a paragraph written in lowercase. A
        // translation that keeps the source's lowercase register is not at fault.
        const unjudged = sm.nextCase === 'lower' && (sm.kind === 'detached' || !sm.boundary);
        // The source's rules are silent on a paragraph they read as written in lowercase.
        const lowercase = src.cased && sm.nextCase === 'lower' && !unjudged && (sourceLowercase ??= inLowercase(src.text, p.sourceStart, p.sourceEnd, s));
        const lowercaseSource = lowercase && sFound[j] === undefined;
        // The translation keeps it when it is written in lowercase too, or, where the source breaks in
        // lowercase twice or more, when it capitalises no sentence after its first word.
        if (lowercase && (targetLowercase ??= inLowercase(text, p.start, p.end, t))) continue;
        const register = lowercaseSource && s.filter((x) => x.kind === 'end' && x.nextCase === 'lower').length >= REGISTER_BREAKS;
        if (register && !(capitalises ??= t.some((x) => x.kind === 'end' && x.nextCase === 'upper'))) continue;
        const copied = sFound[j] !== undefined || !src.cased || unjudged || lowercaseSource;
        if (copied) {
          say({ ...found, severity: 'info', message: `${found.message} The source has the same break (“${excerptOf(src.text, sm, p)}”): copied from the source.`, data: { sourceBreak: 'same' }, ...spanOfMark });
        } else if (startsSentence(src, sm) && m.nextCase === 'lower') {
          say(lostCapital(text, m, left, word, src.text, sm, p, markSpan));
        }
        // Otherwise the source's own rules find the same break legitimate there (a byline, a speech tag).
        continue;
      }
      // The source has an abbreviation, ordinal or initial here: the same word, or a short one in
      // lowercase, before the target's mark is the translated abbreviation; a longer one turned
      // the source's period into a sentence end ("in plastic. case", "his 22. win"), and an
      // acronym ends a sentence.
      if (sm.kind === 'abbreviation' && translatedAbbreviation(m.before, sm.before)) continue;
      say({ ...found, message: `${found.message} The source has ${NOT_AN_END[sm.kind]} here (“${excerptOf(src.text, sm, p)}”), not a sentence end.`, data: { sourceBreak: 'none' }, ...spanOfMark });
      continue;
    }

    if (m.nextCase === 'lower') {
      // A lowercase start the monolingual rules let pass. Words lowercase on purpose stay silent;
      // list labels ("A.", "1.") are judged by the source's label.
      const w = nextWord(text, m.boundary.next, p.end);
      if (!w || isDeliberateLowercase(text, w, ctx.boundaries, p.end)) continue;
      // Armenian writes its միջակետ, a stop inside the sentence, as a period (Language.periodInsideSentence).
      if (lex.periodInsideSentence && text.charCodeAt(m.mark) === 46 && m.markEnd === m.mark + 1) continue;
      // An abbreviation learnt from this document ("week." seen before lowercase words) where the
      // source starts a capitalised sentence: the source has the better evidence.
      if (m.boundary.learnt && sourceEnds && startsSentence(src, sm)) {
        say(lostCapital(text, m, left, word, src.text, sm, p, markSpan));
        continue;
      }
      if (m.kind === 'number' || m.kind === 'initial') {
        if (sm && sm.kind === m.kind && sm.nextCase === 'upper' && opensSegment(text, p, m)) say(lostCapital(text, m, left, word, src.text, sm, p, markSpan));
        continue;
      }
      if (m.kind !== 'end') continue;
      // A question or exclamation before a speech tag is punctuated as the target language does it;
      // so is any quotation in a language without a profile, whose speech verbs mtqa does not know
      // (Turkish keeps the quotation's period: "Yarın geleceğim." dedi), as stray-sentence-break reads it.
      if ((m.question || !lex.profiled) && closedByQuote(text, m)) continue;
      if (sourceEnds) {
        if (startsSentence(src, sm)) say(lostCapital(text, m, left, word, src.text, sm, p, markSpan));
        continue;
      }
      if (sm && sm.kind !== 'ellipsis') continue;
      // No sentence end in the source. A translation written in lowercase keeps its register when
      // the source has the same one, or (a source without case) when the word opens sentences.
      if ((targetLowercase ??= inLowercase(text, p.start, p.end, t))) {
        if (src.cased && (sourceLowercase ??= inLowercase(src.text, p.sourceStart, p.sourceEnd, s))) continue;
        if (!src.cased && opensSentences(word, lex.sentenceStarters)) continue;
      }
      // A word the translation clips, as a label does ("Synk. välilehdet" for "Synced Tabs", "Фок.
      // дължина" for "Focal Length"): never written without its period, the start of a longer word.
      if (clippedInDocument(text, ctx.tokens, m.boundary.wordStart, m.boundary.wordEnd)) continue;
      say({
        start: m.mark,
        end: m.next + word.length,
        message: `Sentence break “${left} ${word}”: the text goes on in lowercase, and the source has no sentence break here. Join the parts, or capitalise “${word}” if a new sentence starts here.`,
        data: { sourceBreak: 'none' },
        ...sentenceSpan(),
      });
      continue;
    }

    if (m.nextCase === 'upper' && m.kind === 'end' && !sourceEnds && !m.question) {
      // A capitalised break where the source has no sentence end, cutting off a fragment of the
      // source's sentence: a name or number of it stands in the fragment ("… department. Darren
      // Moss." for "… Department Sgt. Darren Moss."), or, from a source in another script, a
      // fragment of capitalised words only (a name written in the translation's script). A fragment
      // with nothing of the source is an addition, for other rules to judge.
      const fragmentEnd = fragmentAfter(text, t, i, p);
      if (fragmentEnd < 0) continue;
      const fragment = text.slice(m.next, fragmentEnd);
      const otherScript = src.language.script !== ctx.language.script;
      if (!sharesWord(fragment, src.text.slice(p.sourceStart, p.sourceEnd)) && !(otherScript && allCapitalised(fragment))) continue;
      say({
        start: m.mark,
        end: fragmentEnd,
        message: `Stranded fragment “${text.slice(m.next, fragmentEnd).trim()}”: the source has no sentence break here; join it to the sentence before.`,
        data: { sourceBreak: 'none' },
        ...sentenceSpan(),
      });
    }
  }
}

/** Whether a word of three letters or more, or a number, of `fragment` stands in `source` as it is. */
/** Quotation marks that may open or close a quoted mark. */
const QUOTE = /["'“”„‟‘’‚‛«»‹›「」『』]/u;

/**
 * Whether a mark stands alone between quotation marks (“.”, «..», '?'): a character named, as
 * messages about file names and syntax do, not a sentence end.
 */
function quotedMark(text: string, m: Mark, p: SegmentPair): boolean {
  const open = m.mark - 1;
  if (open < p.start || !QUOTE.test(text[open]) || m.markEnd >= p.end || !QUOTE.test(text[m.markEnd])) return false;
  return open === p.start || /[\s(\[]/u.test(text[open - 1]);
}

const WORDS = lazyRegExp(String.raw`[\p{L}\p{M}\p{N}]+`, 'gu');
const DIGIT = lazyRegExp(String.raw`\p{N}`, 'u');
const LETTER = lazyRegExp(String.raw`\p{L}`, 'u');
const LOWERCASE = lazyRegExp(String.raw`\p{Ll}`, 'u');
const LETTERS = lazyRegExp(String.raw`\p{L}[\p{L}\p{M}]*`, 'gu');
const CAPITALISED = lazyRegExp(String.raw`^\p{Lu}`, 'u');

function sharesWord(fragment: string, source: string): boolean {
  const words = new Set(source.toLowerCase().match(WORDS()) ?? []);
  return (fragment.toLowerCase().match(WORDS()) ?? []).some((w) => (w.length >= 3 || DIGIT().test(w)) && words.has(w));
}

/** Whether a segment starts with a lowercase letter and starts no sentence with a capital. */
function inLowercase(text: string, start: number, end: number, marks: readonly Mark[]): boolean {
  const first = LETTER().exec(text.slice(start, end));
  if (!first || !LOWERCASE().test(first[0])) return false;
  return !marks.some((m) => m.kind === 'end' && m.nextCase === 'upper');
}

/** Whether every word of a text starts with a capital. */
function allCapitalised(text: string): boolean {
  const words = text.match(LETTERS()) ?? [];
  return words.length > 0 && words.every((w) => CAPITALISED().test(w));
}

/** A cased source's sentence end followed by a capital, a digit or a quotation: a new sentence starts. */
function startsSentence(src: CheckContext, sm: Mark): boolean {
  return src.cased && (sm.nextCase === 'upper' || sm.nextCase === 'caseless');
}

/** Whether a word typically opens a sentence ("you", "you're"). */
function opensSentences(word: string, starters: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  return starters.has(lower) || starters.has(lower.split(/['\u2019]/)[0]);
}

const SHORT_ABBREVIATION = 3;

/** Whether the word before a target period translates the source's abbreviation (not an acronym, not a full word). */
function translatedAbbreviation(target: string, source: string): boolean {
  if (target === source) return true;
  return target.length <= SHORT_ABBREVIATION && target !== target.toUpperCase();
}

function lostCapital(text: string, m: Mark, left: string, word: string, source: string, sm: Mark, p: SegmentPair, sourceSpan: { start: number; end: number } | undefined): RawFinding {
  const first = String.fromCodePoint(text.codePointAt(m.next)!);
  return {
    start: m.mark,
    end: m.next + word.length,
    message: `Sentence start in lowercase: “${left} ${word}”, where the source starts a new sentence (“${excerptOf(source, sm, p)}”). Capitalise “${word}”.`,
    fix: { description: `capitalise “${word}”`, edits: [{ start: m.next, end: m.next + first.length, text: first.toUpperCase() }], safe: false },
    data: { sourceBreak: 'sentence-end' },
    sourceSpan,
  };
}

/** Whether the mark's word opens the segment (a list label such as "A." or "1."). */
function opensSegment(text: string, p: SegmentPair, m: Mark): boolean {
  const wordStart = m.boundary?.wordStart ?? m.mark;
  return text.slice(p.start, wordStart).trim() === '';
}

/**
 * End of a fragment of at most FRAGMENT_WORDS words after target mark i that ends at the next
 * sentence end or at the segment's end with a mark; -1 when the continuation is longer.
 */
function fragmentAfter(text: string, t: readonly Mark[], i: number, p: SegmentPair): number {
  const m = t[i];
  for (let k = i + 1; k < t.length; k++) {
    if (t[k].kind !== 'end') continue;
    // "Why?" and "Thanks!" stand alone.
    if (t[k].question || countWords(text, m.next, t[k].mark, FRAGMENT_WORDS) > FRAGMENT_WORDS) return -1;
    return t[k].markEnd;
  }
  return -1;
}

/** Passes on a segment's first MAX_PER_SEGMENT findings: a segment full of breaks is reported up to the engine's cap. */
function capped(report: Reporter): Reporter {
  let n = 0;
  return (f) => {
    if (n++ < MAX_PER_SEGMENT) report(f);
  };
}
