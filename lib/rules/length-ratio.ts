import { checkablePairs, sourceSpan, targetSpan } from '../bilingual/pairs.js';
import { pipeForms } from '../bilingual/pipe-plurals.js';
import type { CheckContext, SegmentPair } from '../context.js';
import type { Rule, RuleExamples } from '../types.js';
import { inKeywordList } from '../text/keyword-list.js';
import { lazyRegExp } from '../text/lazy-regexp.js';

// How long a translation is against its source differs by language pair (German runs longer than
// English, Chinese far shorter) and by text type, so no fixed band fits: the file's own units set
// the expected ratio (their median) and its spread (their median absolute deviation), and only a
// unit far outside both is reported. Short sources, whose ratios scatter, are left out.

/** Letters and digits a source needs for its unit to count. */
const MIN_SOURCE = 20;
/** Units needed to know a file's ratio. */
const MIN_UNITS = 10;
/** A unit is reported beyond this many spreads (robust standard deviations) from the median… */
const SPREADS = 4;
/** …and beyond these factors of the expected length, whatever the spread. */
const SHORT_FACTOR = 2.2;
const LONG_FACTOR = 2.5;

/**
 * For the rule catalogue (scripts/update-schema.ts); not in the meta, so the bundle leaves it out. A
 * call marked pure: esbuild keeps a template literal with substitutions, which might run code.
 */
export const description = /* @__PURE__ */ (() =>
  'A translation far shorter (cut short, part left out: MQM Accuracy/Omission) or far longer (something added, ' +
  'a hallucination: Accuracy/Addition) than the file\'s other translations are for sources of that length. The ' +
  'expected ratio and its spread come from the file itself (median and median absolute deviation over units with ' +
  `sources of ${MIN_SOURCE} letters or more, ${MIN_UNITS} units at least); a unit is reported beyond ${SPREADS} spreads ` +
  `and a factor of ${SHORT_FACTOR} (shorter) or ${LONG_FACTOR} (longer). \`data.ratio\` and \`data.expected\` give both ratios. ` +
  'Plurals separated by "|" (Symfony, Laravel) are measured per form: a language has as many forms as it has.')();

export const lengthRatio: Rule<CheckContext> = {
  meta: {
    id: 'length-ratio',
    category: 'accuracy',
    severity: 'warning',
    mqm: 'Accuracy/Omission',
    languages: '*',
    needsSource: true,
  },

  check(ctx, report) {
    const src = ctx.source!;
    const measured: { p: SegmentPair; r: number }[] = [];
    for (const p of checkablePairs(ctx)) {
      const s = letters(src.text, p.sourceStart, p.sourceEnd);
      // A list of aliases ("kilogram,kilograms,kg") is translated by as many as the language has.
      if (s < MIN_SOURCE || inKeywordList(src.text, p.sourceStart, p.sourceEnd)) continue;
      // Pipe-separated plurals: one form against one form, whatever the number each language has.
      const perForm = pipeForms(ctx.text, p.start, p.end) / pipeForms(src.text, p.sourceStart, p.sourceEnd);
      measured.push({ p, r: Math.log(Math.max(1, letters(ctx.text, p.start, p.end)) / perForm / s) });
    }
    if (measured.length < MIN_UNITS) return;
    const median = middle(measured.map((m) => m.r));
    const spread = 1.4826 * middle(measured.map((m) => Math.abs(m.r - median)));
    const percent = (x: number) => `${Math.round(Math.exp(x) * 100)}%`;
    for (const { p, r } of measured) {
      const short = r < median - Math.max(SPREADS * spread, Math.log(SHORT_FACTOR));
      const long = r > median + Math.max(SPREADS * spread, Math.log(LONG_FACTOR));
      if (!short && !long) continue;
      report({
        ...targetSpan(ctx, p),
        message: `The translation is ${percent(r)} as long as its source, where this file's translations are ${percent(median)} as long: ${short ? 'is part of it missing?' : 'does it add something?'}`,
        mqm: short ? 'Accuracy/Omission' : 'Accuracy/Addition',
        data: { ratio: Math.round(Math.exp(r) * 100) / 100, expected: Math.round(Math.exp(median) * 100) / 100 },
        sourceSpan: sourceSpan(ctx, p),
      });
    }
  },
};

/** What the rule flags and what it leaves alone: tests/rules.test.ts runs them. Not part of the rule, so not of the bundle. */
export const examples: RuleExamples = {
  bad: [
    {
      // A call, unlike a literal, may have effects: marked pure so that the bundle can still drop the examples.
      text: /* @__PURE__ */ [
        'Der Vertrag wurde am Montag in Berlin unterzeichnet.',
        'Die Gespräche dauerten drei Stunden und verliefen gut.',
        'Beide Seiten wollen die Zusammenarbeit im Energiebereich ausbauen.',
        'Das nächste Treffen findet im Mai in Warschau statt.',
        'Die Minister sprachen auch über den Handel mit Getreide.',
        'Der Vertrag tritt im Januar des nächsten Jahres in Kraft.',
        'Er regelt den Austausch von Studenten und Forschern.',
        'Beide Regierungen begrüßten das Ergebnis der Verhandlungen.',
        'Die Opposition kritisierte einige Punkte des Abkommens.',
        'Das Parlament muss den Vertrag noch bestätigen.',
        'Die Presse.',
      ].join('\n'),
      source: /* @__PURE__ */ [
        'The treaty was signed in Berlin on Monday.',
        'The talks lasted three hours and went well.',
        'Both sides want to expand cooperation in the energy sector.',
        'The next meeting will take place in Warsaw in May.',
        'The ministers also talked about the grain trade.',
        'The treaty enters into force in January next year.',
        'It governs the exchange of students and researchers.',
        'Both governments welcomed the outcome of the negotiations.',
        'The opposition criticised some points of the agreement.',
        'Parliament still has to confirm the treaty.',
        'The press conference after the talks was cancelled at short notice because of the storm.',
      ].join('\n'),
      lang: 'de',
      sourceLang: 'en',
      findings: [
        {
          flagged: 'Die Presse.',
          message: 'The translation is 12% as long as its source, where this file\'s translations are 111% as long: is part of it missing?',
          sourceFlagged: 'The press conference after the talks was cancelled at short notice because of the storm.',
        },
      ],
    },
  ],
  good: [
    {
      text: 'Der Vertrag wurde am Montag unterzeichnet.\nDie Gespräche verliefen gut.\nOK.',
      source: 'The treaty was signed on Monday.\nThe talks went well.\nThe meeting ended early because of the storm.',
      lang: 'de',
      sourceLang: 'en',
    },
  ],
};

/**
 * Letters and digits in text[start, end): what a translation's length is measured in. A Chinese,
 * Japanese or Korean character counts as three, about the letters of the word it stands for, so
 * that the minimum source length means as much text in every script.
 */
function letters(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair inside the span is one character; a half of one counts for nothing.
    if ((c & 0xfc00) === 0xd800 && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += weightOf(text.codePointAt(i)!);
      i++;
    } else n += weightOf(c);
  }
  return n;
}
const LETTER_OR_DIGIT = lazyRegExp(String.raw`[\p{L}\p{N}]`, 'u');
const IDEOGRAPHIC = lazyRegExp(String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]`, 'u');

/**
 * What a character adds to `letters`, from the Unicode classes above, remembered per BMP code
 * unit (255: not seen yet) so that each is tested once per process rather than matched per
 * occurrence (a match() of every letter built a string for each: most of a large bilingual
 * file's time in this rule).
 */
let weights: Uint8Array | undefined;
function weightOf(cp: number): number {
  if (cp >= 0x10000) return weightFromClasses(cp);
  weights ??= new Uint8Array(0x10000).fill(255);
  if (weights[cp] === 255) weights[cp] = weightFromClasses(cp);
  return weights[cp];
}

function weightFromClasses(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return (LETTER_OR_DIGIT().test(ch) ? 1 : 0) + (IDEOGRAPHIC().test(ch) ? 2 : 0);
}

function middle(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const k = s.length >> 1;
  return s.length % 2 ? s[k] : (s[k - 1] + s[k]) / 2;
}
