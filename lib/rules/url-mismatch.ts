import { hostOf, linksWithTargets, sameButLanguage, sameSite, translatedExampleMailbox, type Link } from '../bilingual/links.js';
import { checkablePairs, difference, MAX_PER_UNIT, takeByKey, targetSpan } from '../bilingual/pairs.js';
import type { CheckContext } from '../context.js';
import type { Rule, RuleExamples } from '../types.js';

/** For the rule catalogue (scripts/update-schema.ts); not in the meta, so the bundle leaves it out. */
export const description =
  'A URL or e-mail address of the source missing from the translation, altered, or one the source does not ' +
  'have, in the text, in a tag (`<a href="…">`) or as a link target of Markdown or HTML (flagged on the link text). The same URL with only its language tag changed to the translation\'s ' +
  '(/en/guide → /de/guide, /3/ → /de/3/, en-us → de-de, en.wikipedia.org → de.wikipedia.org) is the localised page and passes, as does an example e-mail address whose mailbox name is translated at a domain reserved for examples (you@example.com → du@example.com). A URL with the same host but another path or query (a localised ' +
  'page, /en/ → /de/), or on the host with the translation\'s language before it (wikipedia.org → de.wikipedia.org), ' +
  'is a warning: it may be right; another host, a changed address or a translated domain is an error.';

export const urlMismatch: Rule<CheckContext> = {
  meta: {
    id: 'url-mismatch',
    category: 'accuracy',
    severity: 'error',
    mqm: 'Accuracy/Mistranslation',
    languages: '*',
    needsSource: true,
  },

  check(ctx, report) {
    const src = ctx.source!;
    // A link to the same page in the translation's language is what a localiser should write.
    const languages = [ctx.language.code, src.language.code];
    for (const p of checkablePairs(ctx)) {
      const inSource = linksWithTargets(src.text, p.sourceStart, p.sourceEnd, p.sourceLinks);
      const inTarget = linksWithTargets(ctx.text, p.start, p.end, p.links);
      if (inSource.length === 0 && inTarget.length === 0) continue;
      const { missing, extra } = difference(inSource, inTarget, identity);
      // An extra link of the same kind as a missing one replaced it.
      const take = takeByKey(missing, (l) => l.kind);
      const replaced = new Set<Link>();
      for (const t of extra.slice(0, MAX_PER_UNIT)) {
        const was = take(t.kind);
        if (!was) {
          report({ start: t.start, end: t.end, message: `${label(t)} “${t.text}” is not in the source.` });
          continue;
        }
        replaced.add(was);
        if (t.kind === 'url' ? sameButLanguage(was.text, t.text, languages) : translatedExampleMailbox(was.text, t.text)) continue;
        const localised = t.kind === 'url' && sameSite(t.text, was.text, ctx.language.code);
        report({
          start: t.start,
          end: t.end,
          message: `${label(t)} “${was.text}” was changed to “${t.text}”${localised ? ': the same site; check that the page exists' : ''}.`,
          severity: localised ? 'warning' : undefined,
          sourceSpan: was,
        });
      }
      for (const s of missing.filter((x) => !replaced.has(x)).slice(0, MAX_PER_UNIT)) report({ ...targetSpan(ctx, p), message: `${label(s)} “${s.text}” of the source is missing.`, sourceSpan: s });
    }
  },
};

/** What the rule flags and what it leaves alone: tests/rules.test.ts runs them. Not part of the rule, so not of the bundle. */
export const examples: RuleExamples = {
  bad: [
    {
      // An example address moved to a domain someone may own.
      text: 'Führen Sie git config --global user.email siz@e-posta.com aus.',
      source: 'Run git config --global user.email you@example.com now.',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: 'siz@e-posta.com', message: 'E-mail address “you@example.com” was changed to “siz@e-posta.com”.', sourceFlagged: 'you@example.com' }],
    },
    {
      text: 'Blee http://vertaal.org.za blee',
      source: 'Blah http://translate.org.za blah',
      lang: 'af',
      sourceLang: 'en',
      findings: [{ flagged: 'http://vertaal.org.za', message: 'URL “http://translate.org.za” was changed to “http://vertaal.org.za”.', sourceFlagged: 'http://translate.org.za' }],
    },
    {
      text: 'Schreiben Sie an kobus@voorbeeld.net.',
      source: 'Write to bob@example.net.',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: 'kobus@voorbeeld.net', message: 'E-mail address “bob@example.net” was changed to “kobus@voorbeeld.net”.', sourceFlagged: 'bob@example.net' }],
    },
    {
      text: 'Weitere Informationen finden Sie auf https://example.com/de/hilfe.',
      source: 'See https://example.com/en/help for more.',
      lang: 'de',
      sourceLang: 'en',
      findings: [
        {
          flagged: 'https://example.com/de/hilfe',
          severity: 'warning',
          message: 'URL “https://example.com/en/help” was changed to “https://example.com/de/hilfe”: the same site; check that the page exists.',
          sourceFlagged: 'https://example.com/en/help',
        },
      ],
    },
    {
      text: 'Siehe <a href="https://de.wikipedia.org/wiki/Content_Delivery_Network">CDN</a>.',
      source: 'See <a href="https://wikipedia.org/wiki/Content_delivery_network">CDN</a>.',
      lang: 'de',
      sourceLang: 'en',
      findings: [
        {
          flagged: 'https://de.wikipedia.org/wiki/Content_Delivery_Network',
          severity: 'warning',
          message:
            'URL “https://wikipedia.org/wiki/Content_delivery_network” was changed to “https://de.wikipedia.org/wiki/Content_Delivery_Network”: the same site; check that the page exists.',
          sourceFlagged: 'https://wikipedia.org/wiki/Content_delivery_network',
        },
      ],
    },
    {
      // Parentheses a URL balances are part of it: the whole changed URL is flagged, not its part before "(".
      text: 'Siehe https://en.wikipedia.org/wiki/Mercury_(Planet).',
      source: 'See https://en.wikipedia.org/wiki/Mercury_(planet).',
      lang: 'de',
      sourceLang: 'en',
      findings: [
        {
          flagged: 'https://en.wikipedia.org/wiki/Mercury_(Planet)',
          severity: 'warning',
          message: 'URL “https://en.wikipedia.org/wiki/Mercury_(planet)” was changed to “https://en.wikipedia.org/wiki/Mercury_(Planet)”: the same site; check that the page exists.',
          sourceFlagged: 'https://en.wikipedia.org/wiki/Mercury_(planet)',
        },
      ],
    },
    {
      text: 'Weitere Informationen finden Sie auf unserer Website.',
      source: 'More at www.example.com.',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: 'Weitere Informationen finden Sie auf unserer Website.', message: 'URL “www.example.com” of the source is missing.', sourceFlagged: 'www.example.com' }],
    },
  ],
  good: [
    { text: 'Blee http://translate.org.za blee.', source: 'Blah http://translate.org.za blah.', lang: 'af', sourceLang: 'en' },
    { text: 'Schreiben Sie an Bob@Example.net (https://example.com/help).', source: 'Write to bob@example.net (https://example.com/help).', lang: 'de', sourceLang: 'en' },
    // A URL with balanced parentheses, inside parentheses of the sentence: the unbalanced ")" is no part of it.
    {
      text: 'Siehe Gleitkommazahl (https://en.wikipedia.org/wiki/Floating-point_arithmetic_(computing)).',
      source: 'See floating point (https://en.wikipedia.org/wiki/Floating-point_arithmetic_(computing)).',
      lang: 'de',
      sourceLang: 'en',
    },
    // An example address whose mailbox name is translated, at a domain reserved for examples.
    { text: 'Führen Sie git config --global user.email du@example.com aus.', source: 'Run git config --global user.email you@example.com now.', lang: 'de', sourceLang: 'en' },
    // A slash before the query is no other page.
    { text: 'Suchen Sie unter https://lore.kernel.org/git?q=%s nach.', source: 'Search https://lore.kernel.org/git/?q=%s first.', lang: 'de', sourceLang: 'en' },
    // The same page in the translation's language: a language tag replaced, added to the path, the host or the file name.
    {
      text: 'Siehe https://docs.python.org/de/3/library/os.html, https://developer.mozilla.org/de/docs/Web/HTML, https://learn.microsoft.com/de-de/windows/, https://de.wikipedia.org/wiki/Unicode und https://www.gnu.org/licenses/gpl.de.html.',
      source: 'See https://docs.python.org/3/library/os.html, https://developer.mozilla.org/en-US/docs/Web/HTML, https://learn.microsoft.com/en-us/windows/, https://en.wikipedia.org/wiki/Unicode and https://www.gnu.org/licenses/gpl.html.',
      lang: 'de',
      sourceLang: 'en',
    },
  ],
};

const label = (l: Link) => (l.kind === 'url' ? 'URL' : 'E-mail address');

/** What must match: e-mail addresses and host names in any case, paths as written (without a final slash, or one before the query: "/git/?q=" is "/git?q="). */
function identity(l: Link): string {
  if (l.kind === 'email') return `email:${l.text.toLowerCase()}`;
  return `url:${hostOf(l.text)}${l.text.replace(/^(?:[a-z]+:\/\/)?[^/?#]+/i, '').replace(/\/(?=[?#]|$)/, '')}`;
}
