import { checkablePairs, difference, MAX_PER_UNIT, sourceSpan, takeByKey, targetSpan } from '../bilingual/pairs.js';
import { carriesMarkup, tagsIn, type Tag } from '../bilingual/tags.js';
import type { CheckContext, SegmentPair } from '../context.js';
import type { InlineCode } from '../formats/types.js';
import type { Reporter, Rule, RuleExamples } from '../types.js';

/** HTML elements a translation may not add where the source has no markup at all. */
const HTML_ELEMENTS = new Set(['a', 'b', 'br', 'code', 'div', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'i', 'img', 'li', 'ol', 'p', 'pre', 'small', 'span', 'strong', 'sub', 'sup', 'table', 'td', 'th', 'tr', 'u', 'ul']);

/** For the rule catalogue (scripts/update-schema.ts); not in the meta, so the bundle leaves it out. */
export const description =
  'Inline codes and tags that differ from the source: an XLIFF/TMX inline code (by id and kind) missing, ' +
  'added, or closed before it opens; an HTML tag in a string (`<b>`, `<a href="…">`, `<br/>`) missing, added, ' +
  'or changed (its name, closing slash or a fixed attribute such as href or src; translatable attributes such ' +
  'as alt and title may differ, and an absolute URL is url-mismatch\'s to compare). Codes may move within the unit. ' +
  'An unclosed `<…>` that is no HTML element, or has a bare word after its name, and no attribute value is a name ' +
  'in brackets ("--config-dir=<path>", "<No suggestions>"), which a translator translates.';

export const tagMismatch: Rule<CheckContext> = {
  meta: {
    id: 'tag-mismatch',
    category: 'markup',
    severity: 'error',
    mqm: 'Design/Markup',
    languages: '*',
    needsSource: true,
  },

  check(ctx, report) {
    const src = ctx.source!;
    // Asked once, of both files, at the first unit with a tag-like `<…>` (most have none).
    let markup: boolean | undefined;
    for (const p of checkablePairs(ctx)) {
      if (p.codes || p.sourceCodes) compareCodes(ctx, p, p.codes ?? [], p.sourceCodes ?? [], report);
      if (!hasAngle(src.text, p.sourceStart, p.sourceEnd) && !hasAngle(ctx.text, p.start, p.end)) continue;
      markup ??= carriesMarkup(src.text) || carriesMarkup(ctx.text);
      const inSource = tagsIn(src.text, p.sourceStart, p.sourceEnd, markup);
      const inTarget = tagsIn(ctx.text, p.start, p.end, markup).filter((t) => inSource.length > 0 || HTML_ELEMENTS.has(t.name));
      if (inSource.length > 0 || inTarget.length > 0) compareTags(ctx, p, inSource, inTarget, report);
    }
  },
};

/** What the rule flags and what it leaves alone: tests/rules.test.ts runs them. Not part of the rule, so not of the bundle. */
export const examples: RuleExamples = {
  bad: [
    {
      text: 'Klicken Sie <b>jetzt</b.',
      source: 'Click <b>now</b>.',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: 'Klicken Sie <b>jetzt</b.', message: 'Tag “</b>” of the source is missing.', sourceFlagged: '</b>' }],
    },
    {
      text: 'Siehe <a href="/de/hilfe">Hilfe</a>.',
      source: 'See <a href="/en/help">help</a>.',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: '<a href="/de/hilfe">', message: 'Tag “<a href="/en/help">” was changed to “<a href="/de/hilfe">”.', sourceFlagged: '<a href="/en/help">' }],
    },
    {
      text: 'Zeile eins<br>Zeile zwei',
      source: 'Line one<br/>line two',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: '<br>', message: 'Tag “<br/>” was changed to “<br>”.', sourceFlagged: '<br/>' }],
    },
    // A line break is a tag in any file.
    {
      text: 'Zeile eins Zeile zwei',
      source: 'Line one<br>line two',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: 'Zeile eins Zeile zwei', message: 'Tag “<br>” of the source is missing.', sourceFlagged: '<br>' }],
    },
  ],
  good: [
    { text: 'Klicken Sie <b>jetzt</b>.', source: 'Click <b>now</b>.', lang: 'de', sourceLang: 'en' },
    { text: 'Klik <img src="img.jpg" alt="prentjie">hier</img>', source: 'Click <img src="img.jpg" alt="picture">here</img>', lang: 'nl', sourceLang: 'en' },
    { text: '<i>Jetzt</i> klicken, <b>dann</b> speichern', source: 'Click <b>then</b> save <i>now</i>', lang: 'de', sourceLang: 'en' },
    { text: 'Wenn a < b und c > d, gilt <Fehler>.', source: 'If a < b and c > d, <Error> holds.', lang: 'de', sourceLang: 'en' },
    // Names in angle brackets, which a usage text or an empty state translates, are no tags.
    { text: 'Verwendung: omegat --config-dir=<Pfad> [<Projektpfad>]', source: 'Usage: omegat --config-dir=<path> [<project path>]', lang: 'de', sourceLang: 'en' },
    { text: '<Keine Vorschläge>', source: '<No suggestions>', lang: 'de', sourceLang: 'en' },
    // In a file that carries no markup (no closing tag, no attribute), HTML's element names are names too.
    { text: 'git cat-file <Typ> <Objekt>\nObjekte älter als <Zeit> verwerfen', source: 'git cat-file <type> <object>\nexpire objects older than <time>', lang: 'de', sourceLang: 'en' },
    // The link to the page in German: url-mismatch asks whether that page exists.
    { text: 'Siehe <a href="https://de.wikipedia.org/wiki/Content_Delivery_Network">CDN</a>.', source: 'See <a href="https://wikipedia.org/wiki/Content_delivery_network">CDN</a>.', lang: 'de', sourceLang: 'en' },
  ],
};

/** Whether text[start, end) has a `<`: a unit without one has no tag. */
function hasAngle(text: string, start: number, end: number): boolean {
  const at = text.indexOf('<', start);
  return at >= 0 && at < end;
}

const codeName = (c: InlineCode) => (c.kind === 'close' ? `closing code ${c.id}` : c.kind === 'open' ? `opening code ${c.id}` : `code ${c.id}`);
const codeKey = (c: InlineCode) => `${c.kind}\u0000${c.id}`;

function compareCodes(ctx: CheckContext, p: SegmentPair, target: readonly InlineCode[], source: readonly InlineCode[], report: Reporter): void {
  const src = ctx.source!;
  const { missing, extra } = difference(source, target, codeKey);
  for (const c of extra.slice(0, MAX_PER_UNIT)) report({ ...codeSpan(ctx.text, c, targetSpan(ctx, p)), message: `Inline ${codeName(c)} is not in the source.` });
  for (const c of missing.slice(0, MAX_PER_UNIT)) {
    report({ ...targetSpan(ctx, p), message: `Inline ${codeName(c)} of the source is missing.`, sourceSpan: codeSpan(src.text, c, sourceSpan(ctx, p)) });
  }
  // A paired code must open before it closes.
  const opens = new Set(target.filter((c) => c.kind === 'open').map((c) => c.id));
  const opened = new Set<string>();
  let n = 0;
  for (const c of target) {
    if (c.kind === 'open') opened.add(c.id);
    else if (c.kind === 'close' && !opened.has(c.id) && opens.has(c.id) && n++ < MAX_PER_UNIT) {
      report({ ...codeSpan(ctx.text, c, targetSpan(ctx, p)), message: `Inline code ${c.id} is closed before it opens.` });
    }
  }
}

/**
 * Where a finding about a code points: its U+FFFC stand-in (a code with content of its own), or the
 * whole unit for a code the text flows through, which leaves no character to point at (and at a
 * unit's edge would map to the markup around it).
 */
function codeSpan(text: string, c: InlineCode, unit: { start: number; end: number }): { start: number; end: number } {
  return text.charCodeAt(c.offset) === 0xfffc ? { start: c.offset, end: c.offset + 1 } : unit;
}

function compareTags(ctx: CheckContext, p: SegmentPair, source: readonly Tag[], target: readonly Tag[], report: Reporter): void {
  const src = ctx.source!;
  const { missing, extra } = difference(source, target, (t) => t.key);
  const shown = (t: Tag, text: string) => text.slice(t.start, t.end);
  // An extra tag of the same element as a missing one replaced it (a changed attribute, a lost slash).
  const take = takeByKey(missing, (t) => t.name);
  const replaced = new Set<Tag>();
  for (const t of extra.slice(0, MAX_PER_UNIT)) {
    const was = take(t.name);
    if (!was) {
      report({ start: t.start, end: t.end, message: `Tag “${shown(t, ctx.text)}” is not in the source.` });
      continue;
    }
    replaced.add(was);
    report({ start: t.start, end: t.end, message: `Tag “${shown(was, src.text)}” was changed to “${shown(t, ctx.text)}”.`, sourceSpan: was });
  }
  for (const s of missing.filter((x) => !replaced.has(x)).slice(0, MAX_PER_UNIT)) {
    report({ ...targetSpan(ctx, p), message: `Tag “${shown(s, src.text)}” of the source is missing.`, sourceSpan: s });
  }
}
