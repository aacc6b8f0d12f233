import type { CheckContext } from '../context.js';
import { CLASS, K_DIGIT, K_UPPER, K_OTHER } from '../catalogue/charclass.js';
import type { Rule } from '../types.js';

// ",," and ";;" are never meant. Two full stops are: an ellipsis typed short ("troubles.. then",
// "him..") or a sentence ending in an abbreviation ("etc.."); so ".." is reported only where a
// new sentence follows (", Next"), the shape of two segments joined after each kept its period.
// "!!" and "?!" are emphasis, ".," follows abbreviations ("etc.,"), "::" is code ("std::vector").

/** The doubled run at a position the mark scan found (it has checked the mark before differs). */
const DOUBLED = /,{2,}|;{2,}|\.\.(?!\.)|,\./y;

export const doubledPunctuation: Rule<CheckContext> = {
  meta: {
    id: 'doubled-punctuation',
    category: 'punctuation',
    severity: 'warning',
    mqm: 'Fluency/Punctuation',
    languages: '*',
    silencedBySource: true,
    description:
      'A punctuation mark typed twice: ",,", ";;", a comma before a full stop (",."), or two full stops where a new ' +
      'sentence follows ("done.. The"). Ellipses, two dots as an informal pause ("well.. maybe"), "etc.,", "!!", ' +
      '"?!", ranges ("1..10") and "::" in code are left alone. The fix keeps one mark; it is safe for commas and ' +
      'semicolons.',
    examples: {
      bad: [
        {
          text: 'The talks took place in Berlin,, and both sides agreed.',
          findings: [{ flagged: ',,', message: 'Doubled punctuation “,,”.' }],
          output: 'The talks took place in Berlin, and both sides agreed.',
        },
        {
          text: 'The minister arrived on Monday.. The talks began at noon.',
          findings: [{ flagged: '..', message: 'Doubled punctuation “..”.' }],
        },
        {
          text: 'Was Verbraucher angeht, glaube ich,, dass die Preise steigen.',
          lang: 'de',
          findings: [{ flagged: ',,', message: 'Doubled punctuation “,,”.' }],
          output: 'Was Verbraucher angeht, glaube ich, dass die Preise steigen.',
        },
        {
          text: 'El ministro llegó el lunes;; las conversaciones empezaron.',
          lang: 'es',
          findings: [{ flagged: ';;', message: 'Doubled punctuation “;;”.' }],
          output: 'El ministro llegó el lunes; las conversaciones empezaron.',
        },
        {
          text: 'Pokud to chcete udělat,, musíte se připojit.',
          lang: 'cs',
          findings: [{ flagged: ',,', message: 'Doubled punctuation “,,”.' }],
          output: 'Pokud to chcete udělat, musíte se připojit.',
        },
        {
          text: 'Министр прибыл в понедельник,. Переговоры начались.',
          lang: 'ru',
          findings: [{ flagged: ',.', message: 'Doubled punctuation “,.”.' }],
          output: 'Министр прибыл в понедельник. Переговоры начались.',
        },
        {
          text: 'Міністр прибув у понеділок.. Переговори почалися.',
          lang: 'uk',
          findings: [{ flagged: '..', message: 'Doubled punctuation “..”.' }],
        },
      ],
      good: [
        { text: 'The car had been assigned to him..\nHe makes troubles.. then leaves. Wait... what?' },
        { text: 'Streets like Vranovská, Francouzská etc., that is a bad area. Count 1..10 in Ruby.' },
        { text: 'Really?! No way!! Use std::vector and ../lib/index.js.' },
        { text: 'Ich ging nach Hause.. und dann schlief ich.', lang: 'de' },
      ],
    },
  },

  check(ctx, report) {
    const { text } = ctx;
    for (const start of ctx.marks.doubledPunctuation) {
      DOUBLED.lastIndex = start;
      const m = DOUBLED.exec(text);
      if (!m) continue;
      const end = start + m[0].length;
      const before = text.charCodeAt(start - 1);
      if (start === 0 || (CLASS[before] === K_OTHER && !isCloser(before))) continue; // ",, " at a line start, "-;;"
      const first = m[0][0];
      if (m[0] === '..') {
        if (CLASS[before] === K_DIGIT && CLASS[text.charCodeAt(end)] === K_DIGIT) continue; // 1..10
        // Only before a new sentence: a space, then a capital.
        let i = end;
        while (text.charCodeAt(i) === 32) i++;
        if (i === end || CLASS[text.charCodeAt(i)] !== K_UPPER) continue;
      }
      const keep = m[0] === ',.' ? '.' : first;
      report({
        start,
        end,
        message: `Doubled punctuation “${m[0]}”.`,
        fix: { description: `keep one “${keep}”`, edits: [{ start, end, text: keep }], safe: first !== '.' },
      });
    }
  },
};

function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x201c;
}
