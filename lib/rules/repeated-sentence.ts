import type { CheckContext } from '../context.js';
import { forEachSentence } from '../catalogue/sentences.js';
import { CLASS, FOLD, isLetterClass } from '../catalogue/charclass.js';
import { firstTokenAt, tokensOf, type Tokens } from '../catalogue/tokens.js';
import { MAX_LOOP_UNIT } from '../catalogue/repetition-words.js';
import type { Rule } from '../types.js';

// A sentence said twice, back to back in the same paragraph: a segment translated twice, or
// pasted twice when the segments were joined. Short exclamations ("Thank you. Thank you.",
// "Mám to! Mám to!") are said twice on purpose. Three or more copies of a sentence of at most
// ten words are a loop, which repetition-loop reports.

/** A sentence needs this many words and letters to be worth reporting when repeated. */
const MIN_WORDS = 3;
const MIN_LETTERS = 12;

export const repeatedSentence: Rule<CheckContext> = {
  meta: {
    id: 'repeated-sentence',
    category: 'repetition',
    severity: 'error',
    mqm: 'Accuracy/Addition',
    languages: '*',
    description:
      'The same sentence twice or more in a row within a paragraph: a segment translated or pasted twice. The span ' +
      'covers all copies; the safe fix keeps one. Short sentences said twice on purpose ("Thank you. Thank you.") ' +
      'are left alone.',
    examples: {
      bad: [
        { text: "Doctor, listen. you're sleeping too much. You're sleeping too much. Take a walk.", flags: "too much. You're sleeping" },
        { text: 'The agreement on the expansion of cooperation in the field of energy was signed. The agreement on the expansion of cooperation in the field of energy was signed. The agreement on the expansion of cooperation in the field of energy was signed.', flags: 'was signed. The agreement' },
        { text: 'Der Vertrag wurde gestern unterzeichnet. Der Vertrag wurde gestern unterzeichnet. Er tritt im Mai in Kraft.', lang: 'de', flags: 'Der Vertrag wurde gestern unterzeichnet. Der' },
        { text: 'Smlouva byla podepsána včera. Smlouva byla podepsána včera.', lang: 'cs', flags: 'Smlouva byla podepsána včera. Smlouva' },
        { text: 'Договор был подписан вчера. Договор был подписан вчера. Он вступит в силу в мае.', lang: 'ru', flags: 'Договор был подписан вчера. Договор' },
      ],
      good: [
        { text: 'Thank you. Thank you. It was wonderful.' },
        { text: 'Začal jsem křičet: „Mám to! Mám to! Vyhrál jsem loterii!“', lang: 'cs' },
        { text: 'The treaty was signed yesterday.\nThe treaty was signed yesterday.' },
        { text: 'Угоду підписали вчора. Угоду підписали вчора ввечері.', lang: 'uk' },
      ],
    },
  },

  check(ctx, report) {
    const { text } = ctx;
    const t = tokensOf(ctx, text);
    let prevStart = -1;
    let prevEnd = -1;
    let prevPara = -1;
    // The current run of copies: the first copy and the end of the last.
    let firstStart = -1;
    let firstEnd = -1;
    let lastEnd = -1;
    let copies = 0;

    const flush = () => {
      if (copies >= 2 && (copies < 3 || wordCount(t, firstStart, firstEnd) > MAX_LOOP_UNIT)) {
        const sentence = text.slice(firstStart, firstEnd);
        report({
          start: firstStart,
          end: lastEnd,
          message: `Repeated sentence: “${sentence.length > 60 ? sentence.slice(0, 60) + '…' : sentence}” ${copies} times in a row.`,
          fix: { description: 'keep one copy', edits: [{ start: firstEnd, end: lastEnd, text: '' }], safe: true },
          data: { copies },
        });
      }
      copies = 0;
    };

    forEachSentence(ctx, (start, end, para) => {
      // Verbatim, but for the case of the first letter ("you're sleeping. You're sleeping.").
      const same =
        para === prevPara &&
        end - start === prevEnd - prevStart &&
        FOLD[text.charCodeAt(start)] === FOLD[text.charCodeAt(prevStart)] &&
        text.startsWith(text.slice(prevStart + 1, prevEnd), start + 1);
      if (same && (copies > 0 || worthReporting(text, t, start, end))) {
        if (copies === 0) {
          firstStart = prevStart;
          firstEnd = prevEnd;
          copies = 1;
        }
        copies++;
        lastEnd = end;
      } else flush();
      prevStart = start;
      prevEnd = end;
      prevPara = para;
    });
    flush();
  },
};

function worthReporting(text: string, t: Tokens, start: number, end: number): boolean {
  let letters = 0;
  for (let i = start; i < end; i++) if (isLetterClass(CLASS[text.charCodeAt(i)])) letters++;
  return letters >= MIN_LETTERS && wordCount(t, start, end) >= MIN_WORDS;
}

/** Words in text[start, end), as repetition-loop counts them. */
function wordCount(t: Tokens, start: number, end: number): number {
  let i = firstTokenAt(t, start);
  const first = i;
  while (i < t.count && t.start[i] < end) i++;
  return i - first;
}
