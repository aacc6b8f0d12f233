import { checkablePairs, targetSpan } from '../bilingual/pairs.js';
import { placeholdersIn, splitPlaceholder, type Placeholder } from '../bilingual/placeholders.js';
import type { CheckContext } from '../context.js';
import type { Rule } from '../types.js';

export const placeholderMismatch: Rule<CheckContext> = {
  meta: {
    id: 'placeholder-mismatch',
    category: 'markup',
    severity: 'error',
    mqm: 'Design/Markup',
    languages: '*',
    needsSource: true,
    description:
      'A placeholder of the source missing from the translation, one the source does not have, one changed ' +
      '(`{name}` translated to `{nom}`, `%s` to `%d`), or one split by a space ("% s", "{ name }"). Syntaxes: printf ' +
      '(`%s`, `%1$d`, `%(name)s`, `%@`), `%1`, Boost `%1%`, `{0}`, `{name}`, ICU `{count, plural, …}`, `{{count}}`, ' +
      '`%{x}`, `${x}`, `$(x)`, `$NAME$`, `%NAME%`, `@NAME@`, `&entity;`. Each syntax is looked for only in units ' +
      'whose source uses it; printf arguments may be reordered with positions (`%2$d … %1$s`).',
    examples: {
      bad: [
        {
          text: 'Seite %d von',
          source: 'Page %d of %d',
          lang: 'de',
          sourceLang: 'en',
          findings: [{ flagged: 'Seite %d von', message: 'Placeholder “%d” of the source is missing.', sourceFlagged: '%d', start: 0 }],
        },
        {
          text: 'Bonjour, {nom} !',
          source: 'Hello, {name}!',
          lang: 'fr',
          sourceLang: 'en',
          findings: [{ flagged: '{nom}', message: 'Placeholder “{name}” was changed to “{nom}”.', sourceFlagged: '{name}' }],
        },
        {
          text: '% 1 Dateien gelöscht.',
          source: '%1 files deleted.',
          lang: 'de',
          sourceLang: 'en',
          findings: [{ flagged: '% 1', message: 'Placeholder “%1” is split by a space: “% 1”.', sourceFlagged: '%1' }],
        },
        {
          text: 'Zeichenfolge %d und Zahl %s',
          source: 'String %s and number %d',
          lang: 'de',
          sourceLang: 'en',
          findings: [
            {
              flagged: '%d und Zahl %s',
              message: 'The placeholders take their arguments in another order than in the source (“%s … %d”); number them (“%2$d … %1$s”) to reorder.',
              sourceFlagged: '%s',
            },
          ],
        },
        {
          text: 'Sie haben {{count}} neue Nachrichten{{count}}.',
          source: 'You have {{count}} new messages.',
          lang: 'de',
          sourceLang: 'en',
          findings: [{ flagged: '{{count}}', start: 36, message: 'Placeholder “{{count}}” is not in the source.' }],
        },
      ],
      good: [
        { text: 'Zeichenfolge %2$d und Zahl %1$s', source: 'String %s and number %d', lang: 'de', sourceLang: 'en' },
        { text: '{count, plural, one {# Datei} other {# Dateien}} gelöscht', source: '{count, plural, one {# file} other {# files}} deleted', lang: 'de', sourceLang: 'en' },
        { text: '50 % Rabatt auf alles, nur heute.', source: '50% off everything, today only.', lang: 'de', sourceLang: 'en' },
        { text: 'Über $ProgramName$ und &brandShortName;.', source: 'About $ProgramName$ and &brandShortName;.', lang: 'de', sourceLang: 'en' },
        { text: '„%s“ wurde gespeichert.', source: '"%s" was saved.', lang: 'de', sourceLang: 'en' },
      ],
    },
  },

  check(ctx, report) {
    const src = ctx.source!;
    for (const p of checkablePairs(ctx)) {
      const inSource = placeholdersIn(src.text, p.sourceStart, p.sourceEnd);
      if (inSource.length === 0) continue;
      const inTarget = placeholdersIn(ctx.text, p.start, p.end, new Set(inSource.map((x) => x.syntax)));
      const missing = subtract(inSource, inTarget);
      const extra = subtract(inTarget, inSource);
      const written = (x: Placeholder) => src.text.slice(x.start, x.end);
      for (const m of [...missing]) {
        const split = splitPlaceholder(ctx.text, p.start, p.end, m, written(m));
        if (!split) continue;
        missing.splice(missing.indexOf(m), 1);
        report({ ...split, message: `Placeholder “${written(m)}” is split by a space: “${ctx.text.slice(split.start, split.end)}”.`, sourceSpan: m });
      }
      // printf conversions in another order, unnumbered: the arguments would be swapped.
      const reordered = extra.filter((x) => x.syntax === 'printf');
      if (reordered.length > 1 && sameConversions(reordered, missing.filter((x) => x.syntax === 'printf'))) {
        const first = reordered[0];
        const last = reordered[reordered.length - 1];
        report({
          start: first.start,
          end: last.end,
          message: `The placeholders take their arguments in another order than in the source (“${inSource.filter((x) => x.syntax === 'printf').map(written).join(' … ')}”); number them (“${renumbered(ctx.text, reordered, missing)}”) to reorder.`,
          sourceSpan: missing.find((x) => x.syntax === 'printf'),
        });
        for (const x of reordered) extra.splice(extra.indexOf(x), 1);
        for (let k = missing.length - 1; k >= 0; k--) if (missing[k].syntax === 'printf') missing.splice(k, 1);
      }
      for (const e of extra) {
        const k = missing.findIndex((m) => m.syntax === e.syntax);
        const flagged = ctx.text.slice(e.start, e.end);
        if (k < 0) {
          report({ start: e.start, end: e.end, message: `Placeholder “${flagged}” is not in the source.` });
          continue;
        }
        const [was] = missing.splice(k, 1);
        report({ start: e.start, end: e.end, message: `Placeholder “${written(was)}” was changed to “${flagged}”.`, sourceSpan: was });
      }
      for (const m of missing) report({ ...targetSpan(ctx, p), message: `Placeholder “${written(m)}” of the source is missing.`, sourceSpan: m });
    }
  },
};

/** Conversion of a printf key ("%2$d" → "d"). */
const conversion = (x: Placeholder) => x.key.slice(x.key.indexOf('$') + 1);

function sameConversions(a: readonly Placeholder[], b: readonly Placeholder[]): boolean {
  const sorted = (xs: readonly Placeholder[]) => xs.map(conversion).sort().join('\u0000');
  return a.length === b.length && sorted(a) === sorted(b);
}

/** The translation's conversions numbered after the source argument each one takes. */
function renumbered(text: string, reordered: readonly Placeholder[], sourceSide: readonly Placeholder[]): string {
  const free = [...sourceSide.filter((x) => x.syntax === 'printf')];
  return reordered
    .map((x) => {
      const k = free.findIndex((s) => conversion(s) === conversion(x));
      const [s] = free.splice(k, 1);
      return `%${s.key.slice(1, s.key.indexOf('$'))}$${conversion(x)}`;
    })
    .join(' … ');
}

/** The placeholders of `a` that `b` lacks, counting repeats (a multiset difference by key). */
function subtract(a: readonly Placeholder[], b: readonly Placeholder[]): Placeholder[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x.key, (left.get(x.key) ?? 0) + 1);
  const out: Placeholder[] = [];
  for (const x of a) {
    const n = left.get(x.key) ?? 0;
    if (n > 0) left.set(x.key, n - 1);
    else out.push(x);
  }
  return out;
}
