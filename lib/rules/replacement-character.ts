import type { CheckContext } from '../context.js';
import type { Rule, RuleExamples } from '../types.js';

/** For the rule catalogue (scripts/update-schema.ts); not in the meta, so the bundle leaves it out. */
export const description =
  'U+FFFD REPLACEMENT CHARACTER (�): a character was lost when bytes in one encoding were decoded as another; and ' +
  'U+2047 (⁇), which MT systems decoding with SentencePiece write for a piece they could not produce. ' +
  'What it stood for cannot be recovered from the text; a run of them is one finding. Inside mojibake the ' +
  'mojibake rule reports it.';

export const replacementCharacter: Rule<CheckContext> = {
  meta: {
    id: 'replacement-character',
    category: 'encoding',
    severity: 'error',
    mqm: 'Fluency/Character encoding',
    languages: '*',
  },

  check(ctx, report) {
    const { text } = ctx;
    const positions = ctx.marks.replacement;
    if (positions.length === 0) return;
    const mojibake = ctx.mojibake;
    let m = 0;
    for (let k = 0; k < positions.length; ) {
      const i = positions[k];
      const c = text.charCodeAt(i);
      let end = i + 1;
      while (text.charCodeAt(end) === c) end++;
      while (k < positions.length && positions[k] < end) k++;
      if (c === UNKNOWN_PIECE) {
        report({
          start: i,
          end,
          message: 'Unknown-piece mark “⁇” left by MT decoding: the system could not write a character or word here; retranslate this passage.',
        });
        continue;
      }
      while (m < mojibake.length && mojibake[m].end <= i) m++;
      if (!(m < mojibake.length && mojibake[m].start <= i)) {
        report({
          start: i,
          end,
          message:
            end - i === 1
              ? 'Replacement character “�”: a character was lost in an encoding conversion.'
              : `${end - i} replacement characters “�”: characters were lost in an encoding conversion.`,
        });
      }
    }
  },
};

/** What the rule flags and what it leaves alone: tests/rules.test.ts runs them. Not part of the rule, so not of the bundle. */
export const examples: RuleExamples = {
  bad: [
    {
      text: 'The caf\uFFFD was closed.',
      findings: [{ flagged: '\uFFFD', message: 'Replacement character “\uFFFD”: a character was lost in an encoding conversion.' }],
    },
    {
      text: 'Die Stra\uFFFDe war gesperrt.',
      lang: 'de',
      findings: [{ flagged: '\uFFFD', message: 'Replacement character “\uFFFD”: a character was lost in an encoding conversion.' }],
    },
    {
      text: 'Smlouva byla podeps\uFFFD\uFFFDna včera.',
      lang: 'cs',
      findings: [{ flagged: '\uFFFD\uFFFD', message: '2 replacement characters “\uFFFD”: characters were lost in an encoding conversion.' }],
    },
    {
      text: 'При\uFFFD\uFFFDет, мир!',
      lang: 'ru',
      findings: [{ flagged: '\uFFFD\uFFFD', message: '2 replacement characters “\uFFFD”: characters were lost in an encoding conversion.' }],
    },
    {
      text: 'The minister visited ⁇ on Monday.',
      findings: [
        {
          flagged: '⁇',
          message: 'Unknown-piece mark “⁇” left by MT decoding: the system could not write a character or word here; retranslate this passage.',
        },
      ],
    },
    {
      text: 'Ministr navštívil ⁇ v pondělí.',
      lang: 'cs',
      findings: [
        {
          flagged: '⁇',
          message: 'Unknown-piece mark “⁇” left by MT decoding: the system could not write a character or word here; retranslate this passage.',
        },
      ],
    },
  ],
  good: [
    { text: 'The café was closed. Die Straße war gesperrt. Really?? Yes!?' },
    { text: 'Smlouva byla podepsána včera.', lang: 'cs' },
  ],
};

/** U+2047 DOUBLE QUESTION MARK: what SentencePiece decoders write for the unknown piece. */
const UNKNOWN_PIECE = 0x2047;
