import { UNFINISHED_STATES } from '../bilingual/pairs.js';
import type { CheckContext } from '../context.js';
import type { Rule, RuleExamples } from '../types.js';
import { languageName } from '../languages/index.js';
import { primaryLanguage } from '../languages/tags.js';
import { lazyRegExp } from '../text/lazy-regexp.js';
import { OBJECT_REPLACEMENT } from '../text/chars.js';

/** For the rule catalogue (scripts/update-schema.ts); not in the meta, so the bundle leaves it out. */
export const description =
  'Units whose translation is not there or not finished, reported as a status rather than as faults of the ' +
  'text: an empty translation of a source with text, a fuzzy PO entry, an XLIFF state below "translated" ' +
  '(new, initial, needs-translation, needs-adaptation, needs-l10n). The other bilingual checks skip these units. ' +
  'Plural forms read against the CLDR categories of their language (.stringsdict, .xcstrings, Android <plurals>): ' +
  'categories the language uses that a plural lacks (a warning: Russian without "few" shows "2 файлов"), and a form ' +
  'of a category the language does not use (a Chinese "one": never shown, and not compared with the source).';

export const unitStatus: Rule<CheckContext> = {
  meta: {
    id: 'unit-status',
    category: 'accuracy',
    severity: 'info',
    mqm: 'Accuracy/Untranslated',
    languages: '*',
    needsSource: true,
  },

  check(ctx, report) {
    const src = ctx.source!;
    for (const p of ctx.pairs ?? []) {
      // Obsolete entries are kept for reference, not for translation.
      if (p.address?.state === 'obsolete') continue;
      const span = { sourceSpan: { start: p.sourceStart, end: p.sourceEnd } };
      const plural = p.plural;
      if (plural) {
        const name = languageName(primaryLanguage(plural.lang) ?? plural.lang);
        const category = p.address?.segment?.split('/').at(-1) ?? '';
        if (plural.unused) report({ start: p.start, end: p.end, message: `${name} has no plural form “${category}” (CLDR): this form is never shown.` });
        if (plural.missing) {
          const list = plural.missing.map((c) => `“${c}”`).join(' and ');
          const message = `The plural lacks ${list}, which ${name} uses (CLDR): the counts that take ${plural.missing.length > 1 ? 'them' : 'it'} show this “${category}” form.`;
          report({ start: p.start, end: p.end, severity: 'warning', message });
        }
      }
      const state = p.address?.state;
      if (state !== undefined && UNFINISHED_STATES.has(state)) {
        report({
          start: p.start,
          end: p.end,
          message: state === 'fuzzy' ? 'Fuzzy entry: the translation is a suggestion nobody has confirmed.' : `State “${state}”: the translation is not finished.`,
          ...span,
        });
      } else if (!hasText(ctx.text, p.start, p.end) && !ctx.text.slice(p.start, p.end).includes(OBJECT_REPLACEMENT) && hasText(src.text, p.sourceStart, p.sourceEnd)) {
        // A translation of placeholders alone ('"{{origin}}"' for 'from "{{origin}}"') is one, not empty.
        report({ start: p.start, end: p.end, message: 'Empty translation: the source has text.', ...span });
      }
    }
  },
};

/** What the rule flags and what it leaves alone: tests/rules.test.ts runs them. Not part of the rule, so not of the bundle. */
export const examples: RuleExamples = {
  bad: [
    {
      text: 'Datei speichern\n\nSchließen',
      source: 'Save file\nOpen file\nClose',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: '', start: 16, message: 'Empty translation: the source has text.', sourceFlagged: 'Open file' }],
    },
  ],
  good: [
    { text: 'Datei speichern\n\nSchließen', source: 'Save file\n\nClose', lang: 'de', sourceLang: 'en' },
    // A placeholder (U+FFFC in the checked text) is content: the translation is no empty one.
    { text: 'Datei speichern\n„\uFFFC“', source: 'Save file\nfrom “\uFFFC”', lang: 'de', sourceLang: 'en' },
  ],
};

const LETTER_OR_DIGIT = lazyRegExp(String.raw`[\p{L}\p{N}]`, 'u');
const hasText = (text: string, start: number, end: number) => LETTER_OR_DIGIT().test(text.slice(start, end));
