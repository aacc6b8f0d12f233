import type { CheckContext } from '../context.js';
import { MAX_LOOP_UNIT, clauseMarkAfter, isConjunction, isSound, mayOpenWithConjunction, namesLetter, pairsWithItself, spelledBeside, standsAlone } from '../catalogue/repetition-words.js';
import {
  Info,
  sameWord,
  endOfWord,
  type Tokens,
} from '../catalogue/tokens.js';
import { CLASS, K_IDEO, K_UPPER } from '../catalogue/charclass.js';
import type { Reporter, Rule, RuleExamples } from '../types.js';
import { ellipsized, OBJECT_REPLACEMENT } from '../text/chars.js';
import { commonWordBit, stopwordMask } from '../catalogue/stopwords.js';
import { languageFor } from '../languages/index.js';
import { hesitates, transcribed } from '../segmentation/style.js';

// A unit of one to ten words repeated back to back: the hallucination loop of a decoder that lost
// its place ("la culpa de la culpa de la culpa de", "No. No. No. No."). For each period p the
// words are compared (by hash) with the word p places back, linear in the text. People repeat on purpose too: a word or two said three times with commas
// between is rhetoric ("never, never, never!", "border protection, border protection, border
// protection"), so those take four; laughter and sounds never count, and "again and again and
// again" needs five.


/** For the rule catalogue (scripts/update-schema.ts); not in the meta, so the bundle leaves it out. */
export const description =
  'A word or phrase of up to ten words repeated three or more times in a row (a word or two separated by commas ' +
  'or full stops: four times): a hallucination loop of the MT system; in Thai, which runs its words together, a run of ' +
  'two to forty characters repeated so. A phrase of two words or more (three Han characters) said twice back to back ' +
  '("the new policy the new policy") counts too, in a language mtqa knows that does not reduplicate, unless a comma or stop ' +
  'parts the two, a capital opens a copy (a title said again), a conjunction opens or closes it, stands in a phrase of two words or ' +
  'one that holds a word twice ("and again and again", "between firms and between firms and banks") or beside a capital, a third copy begins ' +
  '("the film within the film within the film"), two words open or close with a function word ("de la caz la caz", "from time to time to adapt"), or a copy is cut ' +
  'out of a compound glued to the words beside it ("sync vs async vs async/await"), or a short quotation closes on the second copy (an expression quoted as coined: "lo que no sabemos que no sabemos"). ' +
  'The span covers the repeats; the safe fix keeps one. ' +
  'Numbers, laughter and sounds ("ha ha ha", "bla bla bla"), hyphenated reduplication ("bla-bla-bla"), acronyms spelled out by letter names (Urdu "اے آئی ای ای ای"), ' +
  'handles and hashtags ("@user @user @user"), rhetorical triples ("never, never, never"), a stutter of up to three words said up to five times with commas in a line of transcribed speech that hesitates ("et, euh, … je, je, je, je") and a word said up to five times as a cry of its own ("¡Ja ja ja!", ' +
  '"No, no, no, no!", "Wait, wait, wait, wait.", "Aus! Aus! Aus! Aus!", closed after a conjunction: "Nem, nem, nem, nem és nem.") or cried again by another speaker or on the file\'s next line ("- Go! - Go, go, go!", a subtitle\'s next cue) are left alone.';

export const repetitionLoop: Rule<CheckContext> = {
  meta: {
    id: 'repetition-loop',
    category: 'repetition',
    severity: 'error',
    mqm: 'Accuracy/Addition',
    languages: '*',
    silencedBySource: true,
  },

  check(ctx, report) {
    const { text } = ctx;
    const t = ctx.tokens;
    const { hash, info, count } = t;
    // Tokens already inside a reported loop: a longer period never re-reports them.
    let covered: Uint8Array | undefined;
    // A block's loops, reported when the block is done (see below).
    const loops: Loop[] = [];
    // The line of the word last asked about (see lineStartOf): loops are found in order within each
    // period, so the next one walks back only as far as it. (Back to the line's start each time, one
    // line of 1 MB with a loop every few words took 8 s: quadratic.)
    let askedWord = -1;
    let askedLine = 0;
    const lineOf = (first: number) => {
      const floor = askedWord >= 0 && first >= askedWord ? askedWord : 0;
      const i = lineStartOf(info, first, floor);
      askedLine = i === floor && floor === askedWord ? askedLine : i;
      askedWord = first;
      return askedLine;
    };
    const found: Found = (first, p, repeats) => {
      if (covered?.subarray(first, first + repeats * p).includes(1)) return;
      if (repeats === 2 ? !isPhraseSaidTwice(ctx, first, p) : !isLoop(ctx, first, p, repeats)) return;
      covered ??= new Uint8Array(count);
      covered.fill(1, first, first + repeats * p);
      loops.push({ line: lineOf(first), first, p, repeats });
    };
    for (let blockStart = 0; blockStart < count; ) {
      const blockEnd = nextLineStart(info, Math.min(blockStart + BLOCK_WORDS, count), count);
      for (let p = 1; p <= MAX_LOOP_UNIT && p + minRun(p) <= blockEnd - blockStart; p++) periodRuns(hash, info, blockStart, blockEnd, p, found);
      // In the order a line-by-line pass finds them, each line's periods in turn (a stable sort):
      // which loops a report that fills up keeps must not depend on the block size.
      loops.sort((a, b) => a.line - b.line);
      for (const { first, p, repeats } of loops) {
        const unitEnd = endOfWord(t, first + p - 1);
        const last = endOfWord(t, first + repeats * p - 1);
        const unit = clip(text.slice(t.start[first], unitEnd));
        report({
          start: t.start[first],
          end: last,
          message: `Repetition loop: “${unit}” ${repeats} times in a row.`,
          fix: { description: `keep one “${unit}”`, edits: [{ start: unitEnd, end: last, text: '' }], safe: true },
          data: { repeats, words: p },
        });
      }
      loops.length = 0;
      blockStart = blockEnd;
    }
    if (ctx.language.script === 'Thai') loopsInsideWords(text, t, report);
  },
};

/** Characters in a unit that loops inside a word (see loopsInsideWords): a syllable or two up to a phrase. */
const MIN_UNIT_CHARS = 2;
const MAX_UNIT_CHARS = 40;

/**
 * Thai runs its words together, and the word scan keeps a whole phrase as one token: there a loop
 * is a run of characters inside a token that repeats itself three times or more
 * ("การวิจัยการวิจัยการวิจัย"). One character drawn out ("มากกกก") is expressive spelling, not a
 * loop. Periods from short to long; a run inside one already reported is not reported again.
 */
function loopsInsideWords(text: string, t: Tokens, report: Reporter): void {
  for (let i = 0; i < t.count; i++) {
    const start = t.start[i];
    const end = endOfWord(t, i);
    const reported: number[] = [];
    for (let p = MIN_UNIT_CHARS; p <= MAX_UNIT_CHARS && 3 * p <= end - start; p++) {
      let run = 0;
      for (let k = start + p; k <= end; k++) {
        if (k < end && text.charCodeAt(k) === text.charCodeAt(k - p)) {
          run++;
          continue;
        }
        const repeats = Math.floor((run + p) / p);
        const first = k - run - p;
        run = 0;
        const last = first + repeats * p;
        if (repeats < 3 || overlaps(reported, first, last) || isPeriodic(text, first, p)) continue;
        const unit = text.slice(first, first + p);
        report({
          start: first,
          end: last,
          message: `Repetition loop: “${clip(unit)}” ${repeats} times in a row.`,
          fix: { description: `keep one “${clip(unit)}”`, edits: [{ start: first + p, end: last, text: '' }], safe: true },
          data: { repeats, characters: p },
        });
        reported.push(first, last);
      }
    }
  }
}

/** Whether [from, to) overlaps one of the spans listed as start, end pairs. */
function overlaps(spans: readonly number[], from: number, to: number): boolean {
  for (let j = 0; j < spans.length; j += 2) if (from < spans[j + 1] && spans[j] < to) return true;
  return false;
}

/** Whether text[first, first + p) is itself a shorter unit repeated ("ababab" of "ab"): that period reports it. */
function isPeriodic(text: string, first: number, p: number): boolean {
  for (let d = 1; d < p; d++) {
    if (p % d !== 0) continue;
    let periodic = true;
    for (let k = first + d; k < first + p && periodic; k++) periodic = text.charCodeAt(k) === text.charCodeAt(k - d);
    if (periodic) return true;
  }
  return false;
}

/** A loop found in a block, not yet reported: `line` is the index of its line's first word. */
interface Loop {
  line: number;
  first: number;
  p: number;
  repeats: number;
}

type Found = (first: number, p: number, repeats: number) => void;

/**
 * Words per block of whole lines that each period scans in turn while the block's hashes are in
 * cache. Line by line, lines of twenty words cost more in calls for each period than in
 * comparisons; a loop never crosses a line break, so a run found across one is cut there.
 */
const BLOCK_WORDS = 4096;

/**
 * The first word from `from` on that starts a line; `count` if none. In a function of its own, as
 * periodRuns: small loops are optimised at once, and a large text runs in them.
 */
function nextLineStart(info: Uint16Array, from: number, count: number): number {
  for (let i = from; i < count; i++) if ((info[i] & Info.GapLine) !== 0) return i;
  return count;
}

/** The first word of the line that word i is on, or `floor` if none starts after it. */
function lineStartOf(info: Uint16Array, i: number, floor: number): number {
  while (i > floor && (info[i] & Info.GapLine) === 0) i--;
  return i;
}

/**
 * Matching positions in a row that make a repeat worth judging: a unit of p words said twice (p),
 * one word said three times (2); a word said twice is doubled-word's.
 */
const minRun = (p: number) => (p === 1 ? 2 : p);

/**
 * Calls found(first, p, repeats) for each run of words on one line of the block [blockStart,
 * blockEnd) (which starts a line) that repeat the word p places back (by hash; isLoop checks the
 * words) at least p times in a row (a unit said twice; a word, twice in a row: said three times):
 * words [first, first + repeats × p) are the unit of p words said ⌊(run + p) / p⌋ times. Such a
 * run spans at least minRun(p) positions, so a comparison at every minRun(p)-th position finds each, and
 * only a match is widened to its whole run: summed over the periods 1-10, two and a half
 * comparisons per word instead of ten (a phrase said twice took it from one and a half).
 */
function periodRuns(hash: Int32Array, info: Uint16Array, blockStart: number, blockEnd: number, p: number, found: Found): void {
  const lo = blockStart + p;
  const step = minRun(p);
  let k = lo;
  while (k < blockEnd) {
    // The comparisons up to a match in a loop of their own: compiled alone, with nothing else in
    // the loop, they ran a fifth faster than as the first test of the loop over the matches.
    while (k < blockEnd && hash[k] !== hash[k - p]) k += step;
    if (k >= blockEnd) return;
    let from = k;
    while (from > lo && hash[from - 1] === hash[from - 1 - p]) from--;
    let to = k + 1;
    while (to < blockEnd && hash[to] === hash[to - p]) to++;
    // Most matches are a word or two ("of the … of the"): only a run long enough to hold a loop
    // is cut at its line starts.
    if (to - from >= step) runsWithinLines(info, from, to, p, found);
    // Position `to` does not match: the next run starts after it.
    k = to + 1;
  }
}

/**
 * The parts of the matching positions [from, to) whose word p places back is on the same line,
 * those of minRun(p) positions or more passed to found(). Position k belongs to such a part when no line
 * starts in (k - p, k]; `from` is at least p past the block's start, itself a line's.
 */
function runsWithinLines(info: Uint16Array, from: number, to: number, p: number, found: Found): void {
  let lineStart = from - p;
  for (let j = from - p + 1; j <= from; j++) if ((info[j] & Info.GapLine) !== 0) lineStart = j;
  let runFrom = -1;
  for (let k = from; k <= to; k++) {
    if (k > from && k < to && (info[k] & Info.GapLine) !== 0) lineStart = k;
    const inLine = k < to && k - p >= lineStart;
    if (inLine && runFrom < 0) runFrom = k;
    if (!inLine && runFrom >= 0) {
      const run = k - runFrom;
      if (run >= minRun(p)) found(runFrom - p, p, Math.floor((run + p) / p));
      runFrom = -1;
    }
  }
}

/** What the rule flags and what it leaves alone: tests/rules.test.ts runs them. Not part of the rule, so not of the bundle. */
export const examples: RuleExamples = {
  bad: [
    {
      text: 'It was the fault of the fault of the fault of the fault of the government.',
      findings: [{ flagged: 'the fault of the fault of the fault of the fault of', message: 'Repetition loop: “the fault of” 4 times in a row.' }],
      output: 'It was the fault of the government.',
    },
    {
      text: 'No. No. No. No. I will not go there.',
      findings: [{ flagged: 'No. No. No. No', message: 'Repetition loop: “No” 4 times in a row.' }],
      output: 'No. I will not go there.',
    },
    {
      // An exclamation mark at the end does not make a repeat inside a phrase a cry.
      text: 'Wir dürfen nie, nie, nie, nie aufgeben!',
      lang: 'de',
      findings: [{ flagged: 'nie, nie, nie, nie', message: 'Repetition loop: “nie” 4 times in a row.' }],
      output: 'Wir dürfen nie aufgeben!',
    },
    {
      // An interjection that is a word of the language too ("niestety", unfortunately) is no hesitation: the text is not speech.
      text: 'Rząd, niestety, nie, nie, nie, nie zdążył z ustawą.',
      lang: 'pl',
      findings: [{ flagged: 'nie, nie, nie, nie', message: 'Repetition loop: “nie” 4 times in a row.' }],
      output: 'Rząd, niestety, nie zdążył z ustawą.',
    },
    {
      text: 'The the the the government said nothing.',
      findings: [{ flagged: 'The the the the', message: 'Repetition loop: “The” 4 times in a row.' }],
      output: 'The government said nothing.',
    },
    {
      text: 'La culpa de la culpa de la culpa de la culpa es nuestra.',
      lang: 'es',
      findings: [{ flagged: 'La culpa de la culpa de la culpa de', message: 'Repetition loop: “La culpa de” 3 times in a row.' }],
      output: 'La culpa de la culpa es nuestra.',
    },
    {
      text: 'Die Regierung hat die Regierung hat die Regierung hat beschlossen.',
      lang: 'de',
      findings: [{ flagged: 'Die Regierung hat die Regierung hat die Regierung hat', message: 'Repetition loop: “Die Regierung hat” 3 times in a row.' }],
      output: 'Die Regierung hat beschlossen.',
    },
    {
      text: 'Vláda rozhodla, že že že že nic neudělá.',
      lang: 'cs',
      findings: [{ flagged: 'že že že že', message: 'Repetition loop: “že” 4 times in a row.' }],
      output: 'Vláda rozhodla, že nic neudělá.',
    },
    {
      text: 'Я не знаю, я не знаю, я не знаю, что делать.',
      lang: 'ru',
      findings: [{ flagged: 'Я не знаю, я не знаю, я не знаю', message: 'Repetition loop: “Я не знаю” 3 times in a row.' }],
      output: 'Я не знаю, что делать.',
    },
    {
      text: "I'm sorry for that, I'm sorry for that, I'm sorry for that.",
      findings: [
        { flagged: "I'm sorry for that, I'm sorry for that, I'm sorry for that", message: "Repetition loop: “I'm sorry for that” 3 times in a row." },
      ],
      output: "I'm sorry for that.",
    },
    {
      text: 'No lo sé. Nunca nunca nunca nunca nunca nunca.',
      lang: 'es',
      findings: [{ flagged: 'Nunca nunca nunca nunca nunca nunca', message: 'Repetition loop: “Nunca” 6 times in a row.' }],
      output: 'No lo sé. Nunca.',
    },
    {
      text: 'Це було добре добре добре для всіх.',
      lang: 'uk',
      findings: [{ flagged: 'добре добре добре', message: 'Repetition loop: “добре” 3 times in a row.' }],
      output: 'Це було добре для всіх.',
    },
    {
      text: 'รัฐบาลตัดสินใจเพิ่มงบประมาณการวิจัยการวิจัยการวิจัยในปีหน้า',
      lang: 'th',
      findings: [{ flagged: 'การวิจัยการวิจัยการวิจัย', message: 'Repetition loop: “การวิจัย” 3 times in a row.' }],
      output: 'รัฐบาลตัดสินใจเพิ่มงบประมาณการวิจัยในปีหน้า',
    },
    {
      // A phrase said twice back to back: the decoder lost its place once.
      text: 'Это стало проблемой для местных жителей местных жителей города.',
      lang: 'ru',
      findings: [{ flagged: 'местных жителей местных жителей', message: 'Repetition loop: “местных жителей” 2 times in a row.' }],
      output: 'Это стало проблемой для местных жителей города.',
    },
    {
      // A conjunction inside the phrase, neither opening nor closing it, no word of it twice: no idiom.
      text: 'The ministry approved the plan for roads and bridges for roads and bridges next year.',
      findings: [{ flagged: 'for roads and bridges for roads and bridges', message: 'Repetition loop: “for roads and bridges” 2 times in a row.' }],
      output: 'The ministry approved the plan for roads and bridges next year.',
    },
    {
      text: '政府决定提高税收提高税收以支付开支。',
      lang: 'zh',
      findings: [{ flagged: '提高税收提高税收', message: 'Repetition loop: “提高税收” 2 times in a row.' }],
      output: '政府决定提高税收以支付开支。',
    },
  ],
  good: [
    // Letters of a block named only by the Unicode data (scripts/generate-letter-classes.ts): Coptic
    // words are words, not the Ϩ each holds (Bohairic Coptic NT, christos-c/bible-corpus).
    { text: 'ⲞⲨⲞϨ ⲀⲤϬⲈ ⲚⲈⲦⲈⲚⲦⲀⲤ ⲚⲒⲂⲈⲚ ⲈⲂⲞⲖ ⲞⲨⲞϨ ⲘⲠⲈⲤϪⲈⲘϨⲎⲞⲨ ⲚϨⲖⲒ ⲀⲖⲖⲀ ⲘⲀⲖⲖⲞⲚ ⲀⲤⲦϨⲞ ⲚϨⲞⲨⲞ.' },
    // A word said again and again with commas between, as a sentence of its own, whatever mark
    // ends it: dialogue (the most frequent sentences of OpenSubtitles hold hundreds).
    { text: 'Wait, wait, wait, wait. You forgot your keys. Oh, no, no, no, no. Not again.' },
    // So is a word cried again by another speaker, a dialogue dash opening the turn.
    { text: 'We are out of time. - Go! - Go, go, go! - Hurry up.' },
    // An acronym spelled out by its letters' names, one of them three times (AIEEE).
    { text: 'انجینئرنگ داخلہ ٹسٹ (اے آئی ای ای ای) کا امتحان آج ہوا۔', lang: 'ur' },
    // An idiom pairing a word by a function word, then that function word again.
    { text: 'Compiler hackers modify it from time to time to adapt it, and we met face to face to talk.' },
    // The same in a language whose function words only its treebank list gives (Language.neverDoubled): step by step to, nested in.
    { text: 'او قدم به قدم به سمت خانه رفت و پوشه‌های تو در تو در این برنامه ساخته می‌شوند.', lang: 'fa' },
    // A copy cut out of a compound: the text does not say the words twice.
    { text: 'We compare sync vs async vs async/await and the old and/or the new and/or both here.' },
    { text: 'git blame [<选项>] [<版本选项>] [<版本>] [--] <文件>', lang: 'zh' },
    // A phrase said twice on purpose: with a comma between, a conjunction in it, a title, an idiom
    // that pairs the copies, a third copy begun, reduplication, Japanese kana.
    { text: 'Come on, come on, we are late.' },
    // Handles and hashtags are addresses, not words: a reply to a thread names them as often as it likes (anonymised "@user").
    { text: '@user @user @user @user thanks a lot, see you all tonight #party #party #party' },
    // Transcribed speech, which hesitates between commas ("et, euh,"): a word said again and again
    // with commas between is a stutter.
    { text: "alors, euh, on est arrivés le lundi. et, euh, c'était pas facile parce que je, je, je, je connaissais personne. il y a, il y a, il y a des jours comme ça.", lang: 'fr' },
    { text: 'so, um, we got there on Monday and, uh, it was hard because I, I, I, I did not know anyone there.' },
    // A transcript, which hesitates in three lines of four, writes its speakers' emphasis without commas, as heard (ParisStories).
    { text: "alors, euh, on est arrivés le soir.\net, euh, il faisait nuit.\nbon, euh, on a mangé.\nc'était très très très sympa.", lang: 'fr' },
    { text: 'She walked faster and faster and at last ran.' },
    { text: 'He called again and again and again and again and finally got through.' },
    { text: 'Trade between companies and between companies and universities grew.' },
    { text: 'Kohal olid ministrid ja paljud teised ja paljud teised külalised.', lang: 'et' },
    { text: 'It applies to the Board and staff the Board and staff of the bank.' },
    { text: 'Il lit L\'Abîme de l\'abîme de Vladimir Holan.', lang: 'fr' },
    { text: 'Se hotărăște de la caz la caz.', lang: 'ro' },
    { text: 'Mutfağa sessiz sessiz girdi, öyle oyuncu öyle oyuncu ki anlatamam.', lang: 'tr' },
    { text: 'Ce film est le film dans le film dans le film.', lang: 'fr' },
    { text: '영국은 한 발짝 한 발짝 개혁을 추진해 왔다.', lang: 'ko' },
    { text: '大家一起研究研究这个问题。', lang: 'zh' },
    // An expression quoted as coined ("unknown unknowns").
    { text: 'Te ayuda a responder a "lo que no sabemos que no sabemos" en sistemas nuevos.', lang: 'es' },
    { text: '它旨在发现“不知道不知道”问题并建立对系统的信心。', lang: 'zh' },
    { text: '何度も何度も訴え続けた。', lang: 'ja' },
    // Thai: one character drawn out is expressive spelling; a word said twice is no loop.
    { text: 'อาหารร้านนี้อร่อยมากกกกก ไปกินกันกัน', lang: 'th' },
    // The source repeats the same words.
    { text: 'Uns Eltern darf es nie, nie, nie, nie um Macht gehen.', lang: 'de', source: 'We parents must never, never, never, never seek power.', sourceLang: 'en' },
    { text: 'We must never, never, never! seek power over the child.' },
    { text: 'I called again and again and again and again for an appointment.' },
    { text: 'The slogan “border protection, border protection, border protection” is getting louder.' },
    { text: 'Ha ha ha ha ha, that was funny.' },
    // Each repeat in quotes of its own: a list of examples.
    { text: 'Try cd in every form: "cd", "cd .", "cd ..", "cd /" and "cd ~".' },
    { text: 'Попробуйте вызвать cd так: «cd», «cd .», «cd ..», «cd /» и «cd ~».', lang: 'ru' },
    // A word said a few times as a cry of its own.
    { text: '¡Ja ja ja! ¿De verdad creías que no me iba a enterar?', lang: 'es' },
    { text: 'Ouais ouais ouais ! On arrive tout de suite.', lang: 'fr' },
    { text: 'Er kam zu spät.\nNein, nein, nein, nein!\nAus! Aus! Aus! Aus!', lang: 'de' },
    { text: '¡Corre! ¡Corre! ¡Corre! ¡Corre! Ya vienen.', lang: 'es' },
    // The last copy closing the cry after a conjunction: no, no, no, no and no.
    { text: 'Azt mondta: „Nem, nem, nem, nem és nem. Ez hazugság.”', lang: 'hu' },
    { text: '"Ez, ez, ez, ez eta ez. Hori gezurra da."', lang: 'eu' },
    // Closed by the quotation mark before the period.
    { text: '“Не, не, не, не”. Вот что он сказал.', lang: 'ru' },
    { text: '„Hurra hurra hurra!“, riefen die Kinder.', lang: 'de' },
    { text: 'Ура ура ура! Мы наконец-то дома.', lang: 'ru' },
    { text: 'See section 2.2.2 and 4.4.4 of the contract.' },
    { text: 'It made a noise like duh-duh-duh-duh-duh.' },
    { text: 'Jerry: blah blah blah, your fault, kids have no respect.' },
    { text: 'Ne znam što bih bez ove maskice. VOLIM VOLIM VOLIM je.', lang: 'hr' },
    { text: 'Když prosila „přestaň, přestaň, přestaň,“ chytil ji za ruku.', lang: 'cs' },
    { text: 'Джерри: да-да-да, это твоя вина.', lang: 'ru' },
    { text: 'Die Zahlen lauten 0 0 0 0 und 1 1 1.', lang: 'de' },
    // Cries of their own in other scripts: their commas and stops (، 、 ։ typed as ":", । 。), a
    // Japanese word of several characters, and a quotation holding nothing but the cry.
    { text: 'قال: "لا، لا، لا، لا، لا. هذه أخبار كاذبة".', lang: 'ar' },
    { text: 'उसने कहा: "नहीं, नहीं, नहीं, नहीं। यह झूठ है।"', lang: 'hi' },
    { text: '«Ոչ, ոչ, ոչ, ոչ: Սա սուտ է»:', lang: 'hy' },
    { text: 'اس نے کہا، “نہیں، نہیں، نہیں، نہیں” اور چلا گیا۔', lang: 'ur' },
    { text: '彼は叫んだ。「違う、違う、違う、違う。」ああ、ああ、何だ。', lang: 'ja' },
    { text: '他大声说：“不不不。这是假新闻。”', lang: 'zh' },
    // Katakana names a space parts ("ガブリエル エルナンデス"), and a vowel drawn out with ー.
    { text: '出演はガブリエル エルナンデス、ミゲル ロペスほか。「ノーーーーー」と彼は叫んだ。', lang: 'ja' },
    // One kana three times where words meet (しか, かかる); repeats with inline code between them.
    { text: 'セットアップには数分しかかかりません。', lang: 'ja' },
    { text: '短縮記法（\ufffc に対する \ufffc、\ufffc に対する \ufffc、\ufffc に対する \ufffc）は常に使います。', lang: 'ja' },
    { text: 'Tak tak, to je ono.\nTak tak, to je ono.\nTak tak, to je ono.', lang: 'cs' },
  ],
};

/** Whether `repeats` copies of the p-word unit starting at word `first` are a loop rather than a figure of speech. */
function isLoop(ctx: CheckContext, first: number, p: number, repeats: number): boolean {
  const { text, tokens: t } = ctx;
  const lang = ctx.language.code;
  // "Ha ha" three times is "ha" six times: the smaller period judged it already. Asked first: it
  // reads the unit alone, where the words' comparison reads the whole run, which a text of one
  // word and mark repeated ("もも。" a million times, one line) makes as long as the text, once per period.
  for (let d = 1; d < p; d++) {
    if (p % d !== 0) continue;
    let periodic = true;
    for (let k = first + d; k < first + p && periodic; k++) periodic = t.hash[k] === t.hash[k - d];
    if (periodic) return false;
  }
  for (let k = first + p; k < first + repeats * p; k++) if (!sameWord(text, t, k, k - p)) return false;
  let letters = false;
  let upper = true;
  for (let k = first; k < first + p; k++) {
    if ((t.info[k] & Info.HasLetter) !== 0) letters = true;
    if ((t.info[k] & Info.ShapeMask) !== Info.ShapeUpper) upper = false;
  }
  if (!letters) return false; // "0 0 0", "2.2.2": numbering
  // "@user @user @user", "#party #party #party": handles and hashtags are addresses and tags, not
  // words of a phrase; a post names them as often as it likes, and a decoder copies them.
  let tags = true;
  for (let k = first; k < first + p && tags; k++) tags = isTagSign(text.charCodeAt(t.start[k] - 1));
  if (tags) return false;
  // What separates the repeats: only spaces (or nothing, in Chinese and Japanese), or punctuation.
  let punctuated = false;
  for (let r = 1; r < repeats; r++) {
    const k = first + r * p;
    const gap = t.info[k];
    if ((gap & (Info.GapPunct | Info.GapEnd)) !== 0) punctuated = true;
    // "x/x/x", "a.b.a.b": joined without a space is notation, except between Han or Kana characters.
    if ((gap & Info.GapSpace) === 0 && CLASS[text.charCodeAt(t.start[k])] !== K_IDEO) return false;
    // «cd», «cd .», «cd ..»: each repeat in quotes of its own is a list of examples.
    if ((gap & Info.GapPunct) !== 0 && hasQuote(text, endOfWord(t, k - 1), t.start[k])) return false;
    // "（￼ に対する ￼、￼ に対する ￼）": inline code stands between the repeats, which are not back to back.
    if (hasPlaceholder(text, endOfWord(t, k - 1), t.start[k])) return false;
  }
  // "数分しかかかりません" (しか, かかる): one kana is a syllable, and three of them meet where words do;
  // with a comma between, a word of two said twice ("ああ、ああ"). The prolonged sound mark draws a
  // vowel out as long as the speaker likes ("ノーーーーー", "Nooooo").
  if (p === 1 && endOfWord(t, first) - t.start[first] === 1) {
    const c = text.charCodeAt(t.start[first]);
    if (c === PROLONGED_SOUND || (isKana(c) && (repeats < KANA_LOOP || punctuated))) return false;
  }
  // A word of Han or Kana characters is as many tokens as characters ("違う"): one word still.
  const oneWord = p === 1 || unspacedWord(text, t, first, p);
  // Laughter and sounds ("ha ha ha", "tick tock tick tock") go on as long as they like.
  let sounds = true;
  for (let k = first; k < first + p && sounds; k++) sounds = isSound(t.hash[k]);
  if (sounds) return repeats * p >= 10;
  // A letter named three times in an acronym spelled out by its letters' names ("اے آئی ای ای ای", AIEEE).
  if (p === 1 && namesLetter(t.hash[first]) && spelledBeside(t, first, first + repeats - 1)) return false;
  // A word said a few times as a clause of its own is a cry or laughter in any language ("¡Ja ja
  // ja!", "Ouais ouais ouais !", "Oooh oooh oooh!"); a decoder's loop runs on inside a phrase.
  if (oneWord && !punctuated && repeats <= MAX_CRY && standsAlone(text, t, first, first + repeats * p - 1)) return false;
  // So is one cried with commas or exclamation marks between, a sentence of its own whatever mark
  // ends it ("No, no, no, no!", "Wait, wait, wait, wait.", "Aus! Aus! Aus! Aus!", "¡Corre! ¡Corre!
  // ¡Corre! ¡Corre!"): dialogue's emphasis, which fills the most frequent sentences of film
  // subtitles in every language. A decoder's loop runs on inside a phrase, or repeats the word as
  // sentences of its own ("No. No. No. No.").
  if (oneWord && punctuated && repeats <= MAX_CRY && cried(text, t, first, closingCopy(text, t, first + repeats * p - 1, lang), languageFor(lang)?.sentenceTerminals)) return false;
  // So is one said again by another speaker or on the file's next line after a mark ("- Go! - Go,
  // go, go!", "All right, move." / "Move, move, move.", a subtitle's next cue): dialogue, which a
  // subtitle reader joins into one paragraph. A decoder's loop runs on within its line.
  if (p === 1 && punctuated && repeats <= MAX_CRY && saidAgainInDialogue(ctx, first, repeats)) return false;
  // So is a word or a few said with commas between in a line of transcribed speech, which
  // hesitates ("et, euh, c'était … je, je, je, je connaissais", "il y a, il y a, il y a des"): the
  // speaker stutters; a decoder does not hesitate. So is one in any line of a transcript, a
  // document that hesitates as a habit (see `transcribed`), commas or not: transcripts write a
  // speaker's "très très très", "c'est c'est c'est" as heard, and a decoder's loop runs on longer.
  if (p <= MAX_STUTTER && repeats <= MAX_CRY && ((punctuated && hesitates(lineAround(text, t.start[first]), ctx.boundaries.lexicon)) || transcribed(text, ctx.boundaries))) return false;
  // Rhetoric repeats a word or two with commas ("never, never, never"); a longer phrase said
  // three times is a loop either way.
  let needed = punctuated && p <= 2 ? 4 : 3;
  // Shouting a word three times is emphasis ("VOLIM VOLIM VOLIM").
  if (p === 1 && upper) needed = 4;
  if (p === 2 && (isConjunction(t.hash[first], lang) || isConjunction(t.hash[first + 1], lang))) needed = 5;
  return repeats >= needed;
}

const QUOTES = '"“”„«»‘’‚‹›';
/** How far before a phrase said twice the quotation that closes on its second copy may open: a few words. */
const QUOTED_LEAD = 24;

/** Whether text[from, to) (a gap between words) holds a placeholder. */
function hasPlaceholder(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text[i] === OBJECT_REPLACEMENT) return true;
  return false;
}

/** How often one kana must repeat to be a loop. */
const KANA_LOOP = 4;

/** Whether c is Hiragana or Katakana. */
function isKana(c: number): boolean {
  return c >= 0x3040 && c < 0x3100;
}

/**
 * The last copy of a cry that its last copy closes after a conjunction ("Nem, nem, nem, nem és
 * nem.", "Ez, ez, ez, ez eta ez.": no, no, no, no and no), or `last` where none does: the
 * conjunction and the word once more belong to the cry.
 */
function closingCopy(text: string, t: Tokens, last: number, lang: string): number {
  const and = last + 1;
  const again = last + 2;
  if (again >= t.count || !isConjunction(t.hash[and], lang) || t.hash[again] !== t.hash[last]) return last;
  const spaced = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return false;
    return true;
  };
  return spaced(endOfWord(t, last), t.start[and]) && spaced(endOfWord(t, and), t.start[again]) ? again : last;
}

/**
 * Whether words first..last stand alone as a sentence that ends in "!", "?", "." or "…" (or a
 * script's or the language's own full stop, Armenian ":" for ։), or in the quotation that holds the
 * cry closing ("“نہیں، نہیں، نہیں، نہیں”", "“Не, не, не, не”."), with only commas, exclamation marks
 * and spaces between them.
 */
function cried(text: string, t: Tokens, first: number, last: number, terminals = ''): boolean {
  if (!standsAlone(text, t, first, last)) return false;
  let end = endOfWord(t, last);
  while (text.charCodeAt(end) === 32) end++;
  const endsCry = (c: string | undefined) => c !== undefined && (CRY_END.includes(c) || terminals.includes(c));
  if (!endsCry(text[end]) && !endsCry(text[clauseMarkAfter(text, end)])) return false;
  for (let k = first + 1; k <= last; k++) {
    for (let i = endOfWord(t, k - 1); i < t.start[k]; i++) if (!CRY_GAP.includes(text[i])) return false;
  }
  return true;
}

/**
 * Whether a mark parts two of the word's `repeats` copies from `first` on and, after it, a
 * dialogue dash opens another speaker's turn or the file's next line begins (CheckContext.reportLines).
 */
function saidAgainInDialogue(ctx: CheckContext, first: number, repeats: number): boolean {
  const { text, tokens: t, reportLines } = ctx;
  for (let k = first + 1; k < first + repeats; k++) {
    if ((t.info[k] & (Info.GapPunct | Info.GapEnd)) === 0) continue;
    const from = endOfWord(t, k - 1);
    if (reportLines.lineOf(t.start[k]) > reportLines.lineOf(from - 1)) return true;
    for (let i = from; i < t.start[k]; i++) {
      const c = text.charCodeAt(i);
      if ((c === 45 || c === 0x2013 || c === 0x2014) && text.charCodeAt(i - 1) === 32) return true;
    }
  }
  return false;
}

/** Between the words of a cry: spaces, commas (Arabic ،, ideographic 、, full-width ，), exclamation marks. */
const CRY_GAP = ' ,!¡\u00a0\u060c\u3001\uff0c\uff01';
/** What ends a cry: a sentence mark, the scripts' own (؟ ۔ । ॥ ։ ። ။ ។ 。 ！ ？), or a closing quotation mark. */
const CRY_END = '!?.…\u061f\u06d4\u0964\u0965\u0589\u1362\u104b\u17d4\u3002\uff01\uff1f"”»」』';
/** The Katakana-Hiragana prolonged sound mark ー. */
const PROLONGED_SOUND = 0x30fc;

/** Whether the p words from `first` are Han or Kana characters with nothing between them: one word of a script that does not space its words. */
function unspacedWord(text: string, t: Tokens, first: number, p: number): boolean {
  for (let k = first; k < first + p; k++) {
    if (CLASS[text.charCodeAt(t.start[k])] !== K_IDEO || (k > first && (t.info[k] & Info.GapMask) !== 0)) return false;
  }
  return true;
}

/** "@" or "#" (and their full-width forms), which open a handle or a hashtag. */
function isTagSign(c: number): boolean {
  return c === 64 || c === 35 || c === 0xff20 || c === 0xff03;
}

/** The line of text that holds offset i. */
function lineAround(text: string, i: number): string {
  const end = text.indexOf('\n', i);
  return text.slice(text.lastIndexOf('\n', i) + 1, end < 0 ? text.length : end);
}

function hasQuote(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (QUOTES.includes(text[i])) return true;
  return false;
}

/** How often a word may be said in a cry of its own ("¡Ja ja ja ja!"). */
const MAX_CRY = 5;
/** Most words a speaker says again and again while looking for the next ("il y a, il y a, il y a"). */
const MAX_STUTTER = 3;

function clip(s: string): string {
  return ellipsized(s, 40);
}

/** Words in the unit of a phrase said twice, at least: one word twice is doubled-word's. */
const MIN_TWICE_WORDS = 2;
/** Han characters in such a unit, at least: "研究研究", "考虑考虑", "一步一步" reduplicate two. */
const MIN_TWICE_IDEOGRAPHS = 3;

/**
 * Whether the p words from `first` said twice back to back ("the new policy the new policy") are
 * a decoder's loop: it lost its place once and wrote the phrase again. People say a phrase twice
 * on purpose too, and each reading of that is left alone: with a comma or a stop between the two
 * (dialogue, rhetoric: "come on, come on", "fádæma góð afkoma, fádæma góð afkoma"); with a
 * conjunction opening or closing the phrase, in a phrase of two words or one that holds a word
 * twice ("and again and again", "again and again and", "ja paljud teised ja paljud teised", "και τα
 * λοιπά και τα λοιπά", "between companies and between companies and universities"), or beside a
 * capital (names: "the Board and staff the Board and staff"); begun a third time (recursion: "o filme dentro do filme dentro do filme"); with a
 * capital on the second (a title or name said again: "Bitka pri Lipanoch Bitka pri Lipanoch
 * bolo…", "Horst Mahler Horst Mahler"); two words that open with a function word ("de la caz la
 * caz", "между тем между тем"); a distributive "one" (Korean "한 발짝 한 발짝", step by step);
 * Japanese kana ("何度も何度も"); and in languages that reduplicate or
 * space their syllables, and ones mtqa does not know.
 */
function isPhraseSaidTwice(ctx: CheckContext, first: number, p: number): boolean {
  const { text } = ctx;
  const t = ctx.tokens;
  const lang = ctx.language.code;
  const language = languageFor(lang);
  if (p < MIN_TWICE_WORDS || !language || language.reduplicates === 'phrases' || language.spacedSyllables || language.script === 'Thai') return false;
  const second = first + p;
  const ideographs = (t.info[second] & Info.GapSpace) === 0;
  if (ideographs && (CLASS[text.charCodeAt(t.start[second])] !== K_IDEO || p < MIN_TWICE_IDEOGRAPHS)) return false;
  // Only spaces (or nothing, between ideographs) between the two. Two words with a comma between
  // them said twice read as "X, X" too ("glasul dulce, prea dulce, prea duios"): those only with
  // spaces throughout; a longer unit may hold a comma ("the reasons, since he the reasons, since he").
  if ((t.info[second] & (Info.GapPunct | Info.GapEnd)) !== 0) return false;
  // Between ideographs, which no space parts, none inside the copies either: Han words parted by
  // brackets or marks are a list or a usage text's syntax ("[<选项>] [<版本选项>] [<版本>]").
  const parting = p === 2 || ideographs ? Info.GapPunct | Info.GapEnd : Info.GapEnd;
  for (let k = first + 1; k < second + p; k++) if ((t.info[k] & parting) !== 0) return false;
  // A loop copies its words and what stands between them: "on it was on; it was" is no copy.
  for (let k = second; k < second + p; k++) {
    if (!sameWord(text, t, k, k - p) || (k > second && (t.info[k] & Info.GapMask) !== (t.info[k - p] & Info.GapMask))) return false;
  }
  const next = second + p;
  if (next < t.count && (t.info[next] & Info.GapLine) === 0 && sameWord(text, t, next, first)) return false;
  // A copy cut out of a compound glued to the words beside it ("Sync vs Async vs Async/Await",
  // "and/or"): the words repeated are not what the text says twice.
  if (!ideographs && (glued(t, first) || (next < t.count && glued(t, next)))) return false;
  // Han or Kana copies a space parts are parts of two words where either is glued to the characters
  // beside it (names: "アリエル エルリッジ").
  if (!ideographs && CLASS[text.charCodeAt(t.start[first])] === K_IDEO && ((first > 0 && unspacedWord(text, t, first - 1, 2)) || (next < t.count && unspacedWord(text, t, next - 1, 2)))) return false;
  // A capital on either copy: a title, a name or a heading said again ("Bitka pri Lipanoch Bitka
  // pri Lipanoch bolo…", "Horst Mahler Horst Mahler", "L'Abime de l'abime de Vladimir Holan").
  for (const k of [first, second]) if (hasCapital(text, t, k)) return false;
  // A short quotation that closes on the second copy: an expression quoted as coined, "unknown
  // unknowns" rendered "lo que no sabemos que no sabemos" or “不知道不知道”.
  const after = endOfWord(t, next - 1);
  if (QUOTES.includes(text[after]) && hasQuote(text, Math.max(0, t.start[first] - QUOTED_LEAD), t.start[first])) return false;
  let letters = false;
  let kana = false;
  const idiom = p <= 2 || repeatsAWord(t, first, p);
  let conjunction = false;
  for (let k = first; k < second; k++) {
    const word = text.slice(t.start[k], endOfWord(t, k));
    if ((t.info[k] & Info.HasLetter) !== 0) letters = true;
    if (!isHan(word.charCodeAt(0))) kana = true;
    if (isConjunction(t.hash[k], lang) || mayOpenWithConjunction(word, lang)) {
      if (idiom || k === first || k === second - 1) return false;
      conjunction = true;
    }
    if (isSound(t.hash[k]) || pairsWithItself(t.hash[k], lang)) return false;
  }
  // Names joined by a conjunction, said again ("the Board and staff the Board and staff").
  if (conjunction) for (let k = first; k < second; k++) if (hasCapital(text, t, k)) return false;
  if (!letters) return false;
  // Between ideographs only Han characters: Japanese says kana words twice as speech and adverbs
  // ("なんだよなんだよ", "何度も何度も", "くり返しくり返し"); a loop repeats the content words.
  if (ideographs) return !kana;
  // Two words opening with a function word said twice can be an idiom that pairs the copies
  // ("de la caz la caz", case by case; "между тем между тем"; Korean "한 발짝 한 발짝", step by step);
  // two words closing with one can be such an idiom and the same function word after it ("from
  // time to time to adapt", "face to face to talk", "side by side by the river").
  if (p === 2 && (functionWord(ctx, first) || functionWord(ctx, first + 1))) return false;
  return true;
}

/** Whether word k is a function word of the text's language (its stop-word bit, the lexicon's list, or its treebank's Language.neverDoubled). */
function functionWord(ctx: CheckContext, k: number): boolean {
  const t = ctx.tokens;
  if ((stopwordMask(t.hash[k]) & commonWordBit(ctx.language.code)) !== 0) return true;
  const word = ctx.text.slice(t.start[k], endOfWord(t, k)).toLowerCase();
  // A language with neither common words nor a profile (Persian, Urdu…) has its treebank's function words.
  return ctx.boundaries.lexicon.functionWords.has(word) || languageFor(ctx.language.code)?.neverDoubled?.includes(word) === true;
}

/** Whether word k is glued to the word before it on its line by a mark and no space ("Async/Await", "pre-war"). */
function glued(t: Tokens, k: number): boolean {
  return k > 0 && (t.info[k] & (Info.GapSpace | Info.GapLine | Info.GapEnd)) === 0 && (t.info[k] & Info.GapPunct) !== 0;
}

/**
 * Whether the unit of p words from `first` holds a word twice ("again and again and", said twice in
 * "again and again and again and again"). A conjunction makes a unit said twice an idiom of
 * repetition only so, or in a unit of two words ("and again and again", "on and on and"): "and so
 * do voters and so do voters" is a loop.
 */
function repeatsAWord(t: Tokens, first: number, p: number): boolean {
  for (let a = first + 1; a < first + p; a++) for (let b = first; b < a; b++) if (t.hash[a] === t.hash[b]) return true;
  return false;
}

/** Whether word k has an uppercase letter among its first three characters ("Mahler", "L'Abime", "NATO"). */
function hasCapital(text: string, t: Tokens, k: number): boolean {
  const shape = t.info[k] & Info.ShapeMask;
  if (shape === Info.ShapeCapital || shape === Info.ShapeUpper) return true;
  const end = Math.min(endOfWord(t, k), t.start[k] + 3);
  for (let i = t.start[k]; i < end; i++) if (CLASS[text.charCodeAt(i)] === K_UPPER) return true;
  return false;
}

/** Whether c is a Han character (CJK Unified Ideographs and Extension A). */
function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}
