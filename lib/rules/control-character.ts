import type { CheckContext } from '../context.js';
import type { Mojibake } from '../catalogue/mojibake.js';
import type { Rule, RuleExamples } from '../types.js';

// C0 controls other than tab and the line ends, DEL, and C1 controls: they display as nothing or
// as boxes and break XML, JSON and many CAT tools. Form feed and vertical tab are page and line
// breaks from word processors: reported as such, with an unsafe fix to a line break.

/** For the rule catalogue (scripts/update-schema.ts); not in the meta, so the bundle leaves it out. */
export const description =
  'Invisible control characters (U+0000–U+001F except tab and line ends, U+007F, U+0080–U+009F) left by a ' +
  'conversion or a copy from another tool. The safe fix removes them; a form feed or vertical tab (a page or ' +
  'line break from a word processor) is a warning whose fix, a line break, is not applied automatically. C1 ' +
  'controls inside mojibake are reported by the mojibake rule.';

export const controlCharacter: Rule<CheckContext> = {
  meta: {
    id: 'control-character',
    category: 'encoding',
    severity: 'error',
    mqm: 'Fluency/Character encoding',
    languages: '*',
    silencedBySource: true,
  },

  check(ctx, report) {
    const { text } = ctx;
    const positions = ctx.marks.control;
    let mojibake: readonly Mojibake[] | undefined;
    let r = 0;
    for (let k = 0; k < positions.length; ) {
      // A run of adjacent controls is one finding.
      const start = positions[k];
      let end = start + 1;
      for (k++; k < positions.length && positions[k] === end; k++) end++;
      if (text.charCodeAt(start) >= 0x80) {
        mojibake ??= ctx.mojibake;
        while (r < mojibake.length && mojibake[r].end <= start) r++;
        if (r < mojibake.length && mojibake[r].start <= start) continue;
      }
      const run = text.slice(start, end);
      const codes = [...run].map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
      const breakLike = /^[\u000b\u000c]+$/.test(run);
      report({
        start,
        end,
        severity: breakLike ? 'warning' : undefined,
        message: breakLike
          ? `Page or line break control (${codes.join(' ')}) from a word processor.`
          : `Control character${codes.length > 1 ? 's' : ''} ${codes.slice(0, 5).join(' ')}${codes.length > 5 ? ' …' : ''} in the text.`,
        fix: breakLike
          ? { description: 'replace with a line break', edits: [{ start, end, text: '\n' }], safe: false }
          : { description: 'remove the control characters', edits: [{ start, end, text: '' }], safe: true },
        data: { codes: codes.slice(0, 5).join(' ') },
      });
    }
  },
};

/** What the rule flags and what it leaves alone: tests/rules.test.ts runs them. Not part of the rule, so not of the bundle. */
export const examples: RuleExamples = {
  bad: [
    {
      text: 'The contract\u0000 was signed.',
      findings: [{ flagged: '\u0000', message: 'Control character U+0000 in the text.' }],
      output: 'The contract was signed.',
    },
    {
      text: 'Der Vertrag\u001B wurde unterzeichnet.',
      lang: 'de',
      findings: [{ flagged: '\u001B', message: 'Control character U+001B in the text.' }],
      output: 'Der Vertrag wurde unterzeichnet.',
    },
    {
      text: 'El contrato fue firmado.\u000CCapítulo 2',
      lang: 'es',
      findings: [{ flagged: '\u000C', message: 'Page or line break control (U+000C) from a word processor.', severity: 'warning' }],
    },
    {
      text: 'Smlouva\u0085 byla podepsána.',
      lang: 'cs',
      findings: [{ flagged: '\u0085', message: 'Control character U+0085 in the text.' }],
      output: 'Smlouva byla podepsána.',
    },
    {
      text: 'Договор\u0007 подписан.',
      lang: 'ru',
      findings: [{ flagged: '\u0007', message: 'Control character U+0007 in the text.' }],
      output: 'Договор подписан.',
    },
  ],
  good: [
    { text: 'Name:\tJohn\r\nCity:\tBerlin\n' },
    { text: 'Договір підписано.\tДата: 1 травня.', lang: 'uk' },
  ],
};
