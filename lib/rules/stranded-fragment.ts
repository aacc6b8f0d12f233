import type { CheckContext } from '../context.js';
import { nextWord } from '../segmentation/boundaries.js';
import { isUpperAt } from '../text/chars.js';
import type { Rule } from '../types.js';

// Lowercase fragments ("case.", "meter.") are reported by stray-sentence-break, which sees the
// lowercase start; this rule catches the capitalised ones, which only a word list can tell from
// real one-word sentences ("Again." cannot stand alone, "Thanks." can).

export const strandedFragment: Rule<CheckContext> = {
  meta: {
    id: 'stranded-fragment',
    category: 'segmentation',
    severity: 'warning',
    mqm: 'Fluency/Grammar',
    languages: '*',
    needsCase: true,
    description:
      'A one-word "sentence" made of a word that cannot stand alone (an adverb such as "Again", a preposition, an ' +
      'article or a conjunction), between two sentences of the same paragraph: a piece cut off the sentence before it.',
    examples: {
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
      ],
      good: [
        { text: 'Did you like it? Yes. It was great. Thanks.' },
        { text: 'What is next? Unknown. How much is it? Not known.' },
        { text: 'Again.' },
        { text: 'He failed the exam. Again.' },
        { text: 'He tried it. Again! And again.' },
      ],
    },
  },

  check(ctx, report) {
    const { text } = ctx;
    const { boundaries, paragraphs, lexicon: lex } = ctx.boundaries;
    for (const p of paragraphs) {
      // Fragment = the text between boundary k-1 and boundary k, both real sentence ends.
      for (let k = p.first + 1; k < p.last; k++) {
        const prev = boundaries[k - 1];
        const b = boundaries[k];
        if (prev.kind !== 'end' || b.kind !== 'end' || b.question || prev.next >= b.mark) continue;
        // Paragraph-final "Again." is a deliberate stylistic fragment ("He failed. Again.").
        if (b.next >= p.end) continue;
        const w = nextWord(text, prev, p.end);
        if (!w || w.end !== b.wordEnd || w.start !== b.wordStart || !isUpperAt(text, w.start)) continue;
        const word = text.slice(w.start, w.end);
        if (!lex.fragmentWords.has(word.toLowerCase())) continue;
        const first = String.fromCodePoint(text.codePointAt(w.start)!);
        report({
          start: w.start,
          end: b.markEnd,
          message: `Stranded fragment “${word}.”: it cannot stand alone as a sentence; join it to the sentence before.`,
          fix: {
            description: `join “${word}” to the previous sentence`,
            edits: [
              { start: prev.mark, end: prev.markEnd, text: '' },
              { start: w.start, end: w.start + first.length, text: first.toLowerCase() },
            ],
            safe: true,
          },
        });
      }
    }
  },
};
