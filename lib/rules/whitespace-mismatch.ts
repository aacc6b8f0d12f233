import { checkablePairs } from '../bilingual/pairs.js';
import type { CheckContext } from '../context.js';
import type { Rule, RuleExamples } from '../types.js';

const SPACE = /[ \t\u00a0\u202f\u3000]/;
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;
/** Full-width punctuation carries its own space: "限制：" needs none after it where the source has "Limit: ". */
const FULLWIDTH_END = /[\u3001\u3002\uff0c\uff1a\uff1b\uff01\uff1f\u300d\u300f\uff09]$/u;

/** For the rule catalogue (scripts/update-schema.ts); not in the meta, so the bundle leaves it out. */
export const description =
  'In software strings (units of kind "segment": XLIFF, PO, JSON, CSV): leading or trailing white space that ' +
  'differs from the source ("Name: " translated as "Name:" runs the value into the label), or a different ' +
  'number of line breaks that end a sentence or an item (a break inside a sentence wraps a long line, and a ' +
  'translation wraps where its own words fall: --help texts in columns; where either side wraps, only blank ' +
  'lines and the breaks at either end are compared). ' +
  'A translation that ends in full-width punctuation needs no trailing space. Prose (plain text, Markdown, ' +
  'subtitles) is not checked.';

export const whitespaceMismatch: Rule<CheckContext> = {
  meta: {
    id: 'whitespace-mismatch',
    category: 'markup',
    severity: 'warning',
    mqm: 'Design/Layout',
    languages: '*',
    needsSource: true,
  },

  check(ctx, report) {
    const src = ctx.source!;
    for (const p of checkablePairs(ctx)) {
      if (p.kind !== 'segment') continue;
      const s = src.text.slice(p.sourceStart, p.sourceEnd);
      const t = ctx.text.slice(p.start, p.end);
      const sLead = leading(s);
      const tLead = leading(t);
      if ((sLead === 0) !== (tLead === 0)) {
        report({
          start: p.start,
          end: p.start + Math.max(tLead, 1),
          message: sLead > 0 ? 'The source starts with white space; the translation does not.' : 'The translation starts with white space; the source does not.',
          sourceSpan: sLead > 0 ? { start: p.sourceStart, end: p.sourceStart + sLead } : undefined,
        });
      }
      const sTrail = trailing(s);
      const tTrail = trailing(t);
      if ((sTrail === 0) !== (tTrail === 0) && !(sTrail > 0 && FULLWIDTH_END.test(t))) {
        report({
          start: p.end - Math.max(tTrail, 1),
          end: p.end,
          message: sTrail > 0 ? 'The source ends with white space; the translation does not.' : 'The translation ends with white space; the source does not.',
          sourceSpan: sTrail > 0 ? { start: p.sourceEnd - sTrail, end: p.sourceEnd } : undefined,
        });
      }
      const sLines = lineBreaks(s);
      const tLines = lineBreaks(t);
      // Where either side wraps its lines, a break after a sentence may be one more wrap: only paragraphs count.
      const wrapped = sLines.wraps > 0 || tLines.wraps > 0;
      const sCount = wrapped ? sLines.paragraphs : sLines.structure;
      const tCount = wrapped ? tLines.paragraphs : tLines.structure;
      if (sCount !== tCount) {
        const what = wrapped ? ' at blank lines or at its ends' : '';
        report({
          start: p.start,
          end: p.end,
          message: `The source has ${sCount} line break${sCount === 1 ? '' : 's'}${what}, the translation ${tCount}.`,
          sourceSpan: { start: p.sourceStart, end: p.sourceEnd },
        });
      }
    }
  },
};

/** What the rule flags and what it leaves alone: tests/rules.test.ts runs them. Not part of the rule, so not of the bundle. */
export const examples: RuleExamples = {
  bad: [
    {
      text: 'Nom :',
      source: 'Name: ',
      lang: 'fr',
      sourceLang: 'en',
      segments: true,
      findings: [{ flagged: ':', message: 'The source ends with white space; the translation does not.', sourceFlagged: ' ' }],
    },
    {
      text: ' Datei speichern',
      source: 'Save file',
      lang: 'de',
      sourceLang: 'en',
      segments: true,
      findings: [{ flagged: ' ', message: 'The translation starts with white space; the source does not.' }],
    },
  ],
  good: [
    { text: 'Nom : ', source: 'Name: ', lang: 'fr', sourceLang: 'en', segments: true },
    { text: '起始时间限制：', source: 'Init. Limit: ', lang: 'zh', sourceLang: 'en', segments: true },
    // Prose lines (plain text) are not software strings.
    { text: 'Nom :', source: 'Name: ', lang: 'fr', sourceLang: 'en' },
  ],
};

/**
 * A string's line breaks: those that give it its structure (`structure`: after a sentence mark, a
 * colon or a semicolon, before an option or a list label, blank lines, and those at either end),
 * the strongest of them (`paragraphs`: blank lines and the ends), and the others (`wraps`).
 * A break inside a sentence wraps a long line ("…the name of the\n      standard input", German
 * "für die\n Standardeingabe" in a column), and a translation, longer or shorter, wraps where its
 * own words fall (--help texts in columns), so wraps are not compared; and in a text that wraps, a
 * wrap may fall after a sentence or before an option as well (git's "…or concept.\nSee 'git
 * help git'…", "…You can also pass\n--rebase…"), so there only paragraphs are.
 */
function lineBreaks(s: string): { structure: number; paragraphs: number; wraps: number } {
  const counts = { structure: 0, paragraphs: 0, wraps: 0 };
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(s); m !== null; m = LINE_BREAK.exec(s)) {
    let before = m.index - 1;
    while (before >= 0 && SPACE.test(s[before])) before--;
    let after = m.index + m[0].length;
    while (after < s.length && SPACE.test(s[after])) after++;
    const edge = before < 0 || after >= s.length || s[after] === '\n' || s[after] === '\r' || s[before] === '\n' || s[before] === '\r';
    if (edge) counts.paragraphs++;
    if (edge || ENDS_LINE.test(s[before]) || ITEM_START.test(s.slice(after, after + 4))) counts.structure++;
    else counts.wraps++;
  }
  return counts;
}

/** What ends a line of content rather than wrapping one: sentence marks, colons, semicolons. */
const ENDS_LINE = /[.!?:;…。！？：；]/u;
/** An option or a list label opens a line of its own: "-a", "--all", "* ", "• ", "1.", "2)". */
const ITEM_START = /^(?:[-*•+–]|\d{1,3}[.)])/u;

function leading(s: string): number {
  let n = 0;
  while (n < s.length && SPACE.test(s[n])) n++;
  return n;
}

function trailing(s: string): number {
  let n = 0;
  while (n < s.length && SPACE.test(s[s.length - 1 - n])) n++;
  return n;
}
