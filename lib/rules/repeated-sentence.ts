import type { CheckContext } from '../context.js';
import { CLASS, FOLD, isLetterClass } from '../catalogue/charclass.js';
import { MAX_LOOP_UNIT } from '../catalogue/repetition-words.js';
import { Sentences } from '../catalogue/sentences.js';
import { firstTokenAt, type Tokens } from '../catalogue/tokens.js';
import type { Reporter, Rule, RuleExamples } from '../types.js';
import { ellipsized } from '../text/chars.js';
import { opensWithDialogueDash } from '../segmentation/style.js';

// A sentence (or a block of up to three) said twice, back to back in the same paragraph: a
// segment translated twice, or pasted twice when the segments were joined. Short exclamations
// ("Thank you. Thank you.", "Mám to! Mám to!") are said twice on purpose. Three or more copies
// of at most ten words are a loop, which repetition-loop reports.
// Dialogue says things again where a translation does not: a second speaker echoes the first
// ("- What is wrong with you?" / "- What is wrong with you?"), and a speaker repeats a short line
// on a subtitle's next line or cue ("We have no brakes!" / "We have no brakes! Move!"). A
// subtitle reader joins those lines and cues into one paragraph, so the rule asks the file's
// lines (CheckContext.reportLines), not the checked text's.

/** A sentence (or block) needs this many words and letters to be worth reporting when repeated. */
const MIN_WORDS = 3;
const MIN_LETTERS = 12;
/** Blocks of up to this many sentences repeated back to back ("A. B. A. B."). */
const MAX_BLOCK = 3;
/**
 * A line that is nothing but a short sentence said again ("Thank you very much. Thank you very
 * much.", "We won! We won!") is speech, said twice on purpose: up to this many words.
 */
const SHORT_WORDS = 4;

/** For the rule catalogue (scripts/update-schema.ts); not in the meta, so the bundle leaves it out. */
export const description =
  'The same sentence (or block of up to three sentences) twice or more in a row within a paragraph: a segment ' +
  'translated or pasted twice. The span covers all copies; the safe fix keeps one. Short sentences said twice on purpose ("Thank you. Thank you.", ' +
  'a line that is nothing but a sentence of up to four words said again, and such a sentence said again on a line of the file of its own: a subtitle\'s next line or cue), ' +
  'and a copy that opens another speaker\'s turn with a dialogue dash (an echo: "- What is wrong with you? - What is wrong with you?") are left alone.';

export const repeatedSentence: Rule<CheckContext> = {
  meta: {
    id: 'repeated-sentence',
    category: 'repetition',
    severity: 'error',
    mqm: 'Accuracy/Addition',
    languages: '*',
    silencedBySource: true,
  },

  check(ctx, report) {
    // The sentences of the current paragraph (the first `count` entries): repeats never cross a
    // line. The arrays are reused from paragraph to paragraph: emptying them would free their
    // storage, and a new one per line was most of this rule's garbage.
    const starts: number[] = [];
    const ends: number[] = [];
    let count = 0;
    let para = -1;
    const endParagraph = () => {
      if (count >= 2) findRepeats(ctx, starts, ends, count, report);
      count = 0;
    };
    // The last paragraph ends at the same call as the others, and the function returns there: the
    // loop is compiled while it runs (on-stack replacement), and a call after it, never run
    // before, threw that code away on the way out.
    for (const s = new Sentences(ctx); ; ) {
      const more = s.next();
      if (!more || s.para !== para) {
        endParagraph();
        if (!more) return;
        para = s.para;
      }
      starts[count] = s.start;
      ends[count] = s.end;
      count++;
    }
  },
};

/** What the rule flags and what it leaves alone: tests/rules.test.ts runs them. Not part of the rule, so not of the bundle. */
export const examples: RuleExamples = {
  bad: [
    {
      text: "Doctor, listen. you're sleeping too much. You're sleeping too much. Take a walk.",
      findings: [
        { flagged: "you're sleeping too much. You're sleeping too much.", message: "Repeated sentence: “you're sleeping too much.” 2 times in a row." },
      ],
      output: "Doctor, listen. you're sleeping too much. Take a walk.",
    },
    {
      text: 'The agreement on the expansion of cooperation in the field of energy was signed. The agreement on the expansion of cooperation in the field of energy was signed. The agreement on the expansion of cooperation in the field of energy was signed.',
      findings: [
        { flagged: 'The agreement on the expansion of cooperation in the field of energy was signed. The agreement on the expansion of cooperation in the field of energy was signed. The agreement on the expansion of cooperation in the field of energy was signed.', message: 'Repeated sentence: “The agreement on the expansion of cooperation in the field o…” 3 times in a row.' },
      ],
      output: 'The agreement on the expansion of cooperation in the field of energy was signed.',
    },
    {
      text: 'Der Vertrag wurde gestern unterzeichnet. Der Vertrag wurde gestern unterzeichnet. Er tritt im Mai in Kraft.',
      lang: 'de',
      findings: [
        { flagged: 'Der Vertrag wurde gestern unterzeichnet. Der Vertrag wurde gestern unterzeichnet.', message: 'Repeated sentence: “Der Vertrag wurde gestern unterzeichnet.” 2 times in a row.' },
      ],
      output: 'Der Vertrag wurde gestern unterzeichnet. Er tritt im Mai in Kraft.',
    },
    {
      text: 'Smlouva byla podepsána včera v Praze. Smlouva byla podepsána včera v Praze.',
      lang: 'cs',
      findings: [
        {
          flagged: 'Smlouva byla podepsána včera v Praze. Smlouva byla podepsána včera v Praze.',
          message: 'Repeated sentence: “Smlouva byla podepsána včera v Praze.” 2 times in a row.',
        },
      ],
      output: 'Smlouva byla podepsána včera v Praze.',
    },
    {
      text: 'El contrato se firmó ayer. Entra en vigor en mayo. El contrato se firmó ayer. Entra en vigor en mayo.',
      lang: 'es',
      findings: [
        { flagged: 'El contrato se firmó ayer. Entra en vigor en mayo. El contrato se firmó ayer. Entra en vigor en mayo.', message: 'Repeated 2 sentences: “El contrato se firmó ayer. Entra en vigor en mayo.” 2 times in a row.' },
      ],
      output: 'El contrato se firmó ayer. Entra en vigor en mayo.',
    },
    {
      text: 'Договор был подписан вчера. Договор был подписан вчера. Он вступит в силу в мае.',
      lang: 'ru',
      findings: [
        { flagged: 'Договор был подписан вчера. Договор был подписан вчера.', message: 'Repeated sentence: “Договор был подписан вчера.” 2 times in a row.' },
      ],
      output: 'Договор был подписан вчера. Он вступит в силу в мае.',
    },
  ],
  good: [
    { text: 'Thank you. Thank you. It was wonderful.' },
    { text: 'Thank you very much. Thank you very much.\nWe won the cup! We won the cup!' },
    { text: 'Děkuji vám mnohokrát. Děkuji vám mnohokrát.', lang: 'cs' },
    { text: 'Začal jsem křičet: „Mám to! Mám to! Vyhrál jsem loterii!“', lang: 'cs' },
    { text: 'The treaty was signed yesterday.\nThe treaty was signed yesterday.' },
    { text: 'Угоду підписали вчора. Угоду підписали вчора ввечері.', lang: 'uk' },
    { text: 'Yes, please. - What is wrong with you? - What is wrong with you? You hurt my feelings!' },
    { text: '— ¿Quién te ha dicho eso? — ¿Quién te ha dicho eso? Nadie.', lang: 'es' },
  ],
};

/** Repeated blocks of one to MAX_BLOCK sentences among a paragraph's `m` sentences. Linear: each comparison either fails or skips the compared copy. */
function findRepeats(ctx: CheckContext, starts: number[], ends: number[], m: number, report: Reporter): void {
  const { text, tokens: t } = ctx;
  let i = 0;
  while (i < m) {
    let advanced = false;
    for (let size = 1; size <= MAX_BLOCK && i + 2 * size <= m && !advanced; size++) {
      let copies = 1;
      while (i + (copies + 1) * size <= m && sameBlock(ctx, starts, ends, i, i + copies * size, size)) copies++;
      if (copies < 2) continue;
      const blockEnd = ends[i + size - 1];
      const lastEnd = ends[i + copies * size - 1];
      // Three or more copies of up to ten words are a loop: repetition-loop reports those.
      const words = wordCount(t, starts[i], blockEnd);
      const wholeLine = i === 0 && i + copies * size === m;
      const deliberate = (words <= SHORT_WORDS && (wholeLine || onLinesOfTheirOwn(ctx, starts, ends, i, size, copies))) || echoed(ctx.text, starts, ends, i, size, copies);
      if (!deliberate && worthReporting(text, starts[i], blockEnd, words) && (copies < 3 || words > MAX_LOOP_UNIT)) {
        const block = text.slice(starts[i], blockEnd);
        report({
          start: starts[i],
          end: lastEnd,
          message: `Repeated ${size === 1 ? 'sentence' : `${size} sentences`}: “${ellipsized(block, 60)}” ${copies} times in a row.`,
          fix: { description: 'keep one copy', edits: [{ start: blockEnd, end: lastEnd, text: '' }], safe: true },
          data: { copies, sentences: size },
        });
      }
      i += copies * size;
      advanced = true;
    }
    if (!advanced) i++;
  }
}

// Functions of the module, not closures in findRepeats: that runs once per paragraph of two
// sentences or more, and the two closures were garbage each time.

/** Whether the `size` sentences from a on are those from b on. */
function sameBlock(ctx: CheckContext, starts: number[], ends: number[], a: number, b: number, size: number): boolean {
  for (let k = 0; k < size; k++) if (!sameSentence(ctx, starts, ends, a + k, b + k)) return false;
  return true;
}

/**
 * Verbatim, but for the case of the first letter ("you're sleeping. You're sleeping."); an object
 * replacement character is the same where it stands for the same inline code ("with `map`" and
 * "with `filter`" differ).
 */
function sameSentence(ctx: CheckContext, starts: number[], ends: number[], a: number, b: number): boolean {
  const { text } = ctx;
  const length = ends[a] - starts[a];
  if (length !== ends[b] - starts[b] || FOLD[text.charCodeAt(starts[a])] !== FOLD[text.charCodeAt(starts[b])]) return false;
  // In place: a slice of the one to compare with the other was garbage at every pair of sentences of one length.
  for (let k = 1; k < length; k++) {
    const c = text.charCodeAt(starts[a] + k);
    if (c !== text.charCodeAt(starts[b] + k)) return false;
    if (c === OBJECT && !ctx.sameObject(starts[a] + k, starts[b] + k)) return false;
  }
  return true;
}

/**
 * Whether each copy after the first starts on a later line of the file than the copy before it
 * ends: a line said again on a subtitle's next line or cue. In line-by-line text, paragraphs are
 * lines, so copies never are.
 */
function onLinesOfTheirOwn(ctx: CheckContext, starts: number[], ends: number[], i: number, size: number, copies: number): boolean {
  const lines = ctx.reportLines;
  for (let c = 1; c < copies; c++) if (lines.lineOf(starts[i + c * size]) <= lines.lineOf(ends[i + c * size - 1] - 1)) return false;
  return true;
}

/** Whether each copy after the first opens a speaker's turn with a dialogue dash: another speaker echoing the line. */
function echoed(text: string, starts: number[], ends: number[], i: number, size: number, copies: number): boolean {
  for (let c = 1; c < copies; c++) if (!opensWithDialogueDash(text, starts[i + c * size], ends[i + c * size])) return false;
  return true;
}

/** U+FFFC, which readers put in place of inline code. */
const OBJECT = 0xfffc;

function worthReporting(text: string, start: number, end: number, words: number): boolean {
  if (words < MIN_WORDS) return false;
  let letters = 0;
  for (let i = start; i < end && letters < MIN_LETTERS; i++) if (isLetterClass(CLASS[text.charCodeAt(i)])) letters++;
  return letters >= MIN_LETTERS;
}

/** Words in text[start, end), as repetition-loop counts them. */
function wordCount(t: Tokens, start: number, end: number): number {
  let i = firstTokenAt(t, start);
  const first = i;
  while (i < t.count && t.start[i] < end) i++;
  return i - first;
}
