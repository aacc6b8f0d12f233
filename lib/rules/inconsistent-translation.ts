import { contentWords } from '../bilingual/language.js';
import { checkablePairs, sourceSpan, sourceText, targetSpan, targetText } from '../bilingual/pairs.js';
import { placeholdersIn } from '../bilingual/placeholders.js';
import { propertiesAt, PUNCT_OR_SYMBOL, SPACE, width } from '../bilingual/unicode.js';
import type { CheckContext, SegmentPair } from '../context.js';
import type { Rule, RuleExamples } from '../types.js';
import { lazyRegExp } from '../text/lazy-regexp.js';

/** Words a source (or translation) needs for its repeats to be compared: single words may rightly differ. */
const MIN_WORDS = 2;

/** For the rule catalogue (scripts/update-schema.ts); not in the meta, so the bundle leaves it out. */
export const description =
  'Across the units of a file: the same source translated otherwise than elsewhere (warning; each unit that ' +
  'differs from the most frequent translation, the first one on a tie), and different sources given the same ' +
  'translation (info). Sources and translations of one word, differences of case, spacing and punctuation only ' +
  '(and, between sources, of function words), ' +
  'units with different context keys (PO msgctxt, XLIFF resname), and the plural forms or target languages of one ' +
  'entry among themselves are left alone.';

export const inconsistentTranslation: Rule<CheckContext> = {
  meta: {
    id: 'inconsistent-translation',
    category: 'accuracy',
    severity: 'warning',
    mqm: 'Fluency/Inconsistency',
    languages: '*',
    needsSource: true,
  },

  check(ctx, report) {
    const src = ctx.source!;
    const pairs = checkablePairs(ctx);
    const sourceOf = (p: SegmentPair) => sourceText(ctx, p);
    const targetOf = (p: SegmentPair) => targetText(ctx, p);
    const where = (p: SegmentPair) => (p.address ? `unit ${p.address.id}` : `line ${p.index + 1}`);

    // Each translation folded once: both checks below compare them.
    const foldedTarget = new Map(pairs.map((p) => [p, folded(targetOf(p))]));
    // The same source, translated otherwise.
    // A source of one unit has nothing to differ from: only groups of two or more are split by form.
    for (const group of textGroups(pairs, (p) => folded(sourceOf(p))).filter(several).flatMap(sameForm)) {
      if (group.length < 2) continue;
      const byTarget = groups(group, (p) => foldedTarget.get(p));
      if (byTarget.length < 2) continue;
      const main = byTarget.reduce((a, b) => (b.length > a.length ? b : a));
      for (const other of byTarget) {
        if (other === main) continue;
        for (const p of other) {
          report({ ...targetSpan(ctx, p), message: `The same source is translated “${shorten(targetOf(main[0]))}” in ${where(main[0])}.`, sourceSpan: sourceSpan(ctx, p) });
        }
      }
    }
    // Different sources, one translation. A source's content words, once per source text: a
    // translation given again and again has the same few sources.
    const sourceWords = new Map<string, string>();
    const wordsOfSource = (text: string) => {
      let words = sourceWords.get(text);
      if (words === undefined) sourceWords.set(text, (words = contentWords(text.replace(ACCELERATOR(), ''), src.language.code).join(' ')));
      return words;
    };
    for (const group of textGroups(pairs, (p) => foldedTarget.get(p)!)) {
      if (group.length < 2) continue;
      // Sources that differ in function words only ("Save file", "Save the file") say the same; the
      // forms of one entry may rightly share a translation ("%d Datei(en)" for "One file" and "%d files").
      const entries = firstOfEachEntry(group);
      if (entries.length < 2) continue;
      const bySource = groups(entries, (p) => wordsOfSource(sourceOf(p)));
      if (bySource.length < 2) continue;
      for (const other of bySource.slice(1)) {
        for (const p of other) {
          report({ ...targetSpan(ctx, p), severity: 'info', message: `The same translation stands for “${shorten(sourceOf(bySource[0][0]))}” in ${where(bySource[0][0])}.`, sourceSpan: sourceSpan(ctx, p) });
        }
      }
    }
  },
};

/** What the rule flags and what it leaves alone: tests/rules.test.ts runs them. Not part of the rule, so not of the bundle. */
export const examples: RuleExamples = {
  bad: [
    {
      text: 'Datei speichern\nÖffnen\nDatei sichern',
      source: 'Save file\nOpen\nSave file',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: 'Datei sichern', message: 'The same source is translated “Datei speichern” in line 1.', sourceFlagged: 'Save file' }],
    },
    {
      text: 'Datei löschen\nDatei löschen',
      source: 'Delete file\nDelete folder',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: 'Datei löschen', start: 14, severity: 'info', message: 'The same translation stands for “Delete file” in line 1.', sourceFlagged: 'Delete folder' }],
    },
  ],
  good: [
    { text: 'Datei speichern\nDatei speichern.\nöffnen\nÖffnen Sie', source: 'Save file\nSave file.\nOpen\nOpen', lang: 'de', sourceLang: 'en' },
    { text: 'Datei speichern\nDatei speichern', source: 'Save file\nSave the file', lang: 'de', sourceLang: 'en' },
    // Quotation marks, dashes, symbols (an emoji past the BMP) and runs of spaces are left aside.
    { text: 'Datei speichern\n« Datei —  speichern » 💾\u00a0', source: 'Save file\nSave file', lang: 'de', sourceLang: 'en' },
    // A placeholder is not a plural ending in brackets.
    { text: 'Knoten „%s“ löschen?\nKnoten löschen', source: 'Delete node %s?\nDelete Node(s)', lang: 'de', sourceLang: 'en' },
    // Keyboard accelerators, within a word or appended in brackets.
    { text: 'O_phavsmappe åbnes\nOphavsmappe åbnes', source: 'Parent _folder opens\nParent folder opens', lang: 'da', sourceLang: 'en' },
    { text: '最初修改(_F)\n最初修改', source: '_First Modified\nFirst Modified', lang: 'zh', sourceLang: 'en' },
    { text: 'Tausender_trennzeichen zeigen\nTausendertrennzeichen zeigen', source: 'Show T_housands Separator\nShow thousands separator', lang: 'de', sourceLang: 'en' },
    { text: 'Drehung um %f Grad\nDrehung um %s Grad', source: 'Rotating %f degrees\nRotating %s degrees', lang: 'de', sourceLang: 'en' },
  ],
};

/** The pairs grouped by a key, in order of first appearance; pairs without a key are left out. */
function groups(pairs: readonly SegmentPair[], keyOf: (p: SegmentPair) => string | undefined): SegmentPair[][] {
  const map = new Map<string, SegmentPair[]>();
  for (const p of pairs) {
    const k = keyOf(p);
    if (k === undefined) continue;
    const list = map.get(k);
    if (list) list.push(p);
    else map.set(k, [p]);
  }
  return [...map.values()];
}

/** The entry a pair belongs to: a PO entry, an XLIFF unit, a TMX unit; each line of a line-aligned pair. */
const entryOf = (p: SegmentPair) => (p.address ? `${p.address.part ?? ''}\u0000${p.address.id}\u0000${p.address.key ?? ''}` : String(p.index));

/**
 * Pairs of one source, split by segment where an entry translates that source more than once: its
 * plural forms (PO msgstr[n], ICU branches) or target languages (TMX, CSV columns) differ by right,
 * so each is compared with the same form or language of other entries only.
 */
function sameForm(group: SegmentPair[]): SegmentPair[][] {
  const seen = new Set<string>();
  for (const p of group) {
    const entry = entryOf(p);
    if (seen.has(entry)) return groups(group, (q) => q.address?.segment ?? '');
    seen.add(entry);
  }
  return [group];
}

/** The first pair of each entry in a group. */
function firstOfEachEntry(group: readonly SegmentPair[]): SegmentPair[] {
  const seen = new Set<string>();
  return group.filter((p) => {
    const entry = entryOf(p);
    if (seen.has(entry)) return false;
    seen.add(entry);
    return true;
  });
}

/**
 * The pairs grouped by their folded text within their unit's context key (PO msgctxt, XLIFF
 * resname), in order of first appearance; texts too short to compare are left out. A map per
 * context, so that the folded text is the key itself (hashed once), not a string joined per pair.
 */
function textGroups(pairs: readonly SegmentPair[], foldedOf: (p: SegmentPair) => string): SegmentPair[][] {
  const byContext = new Map<string, Map<string, SegmentPair[]>>();
  const out: SegmentPair[][] = [];
  for (const p of pairs) {
    const f = foldedOf(p);
    if (longWords(f, MIN_WORDS) < MIN_WORDS) continue;
    const context = p.address?.key ?? '';
    let byText = byContext.get(context);
    if (!byText) byContext.set(context, (byText = new Map()));
    const list = byText.get(f);
    if (list) list.push(p);
    else {
      const group = [p];
      byText.set(f, group);
      out.push(group);
    }
  }
  return out;
}

const several = (group: readonly SegmentPair[]) => group.length > 1;

/** Words of two characters or more in folded text (words between single spaces), counted up to `limit`. */
function longWords(f: string, limit: number): number {
  let n = 0;
  let start = 0;
  for (let i = 0; i <= f.length && n < limit; i++) {
    if (i < f.length && f.charCodeAt(i) !== 32) continue;
    if (i - start >= 2) n++;
    start = i + 1;
  }
  return n;
}

/** Text quoted in a message: at most 80 characters. */
const shorten = (text: string) => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 80 ? `${t.slice(0, 79)}…` : t;
};

/**
 * Case, spacing, punctuation and keyboard accelerators left aside; a placeholder stays a token of
 * its own, so "Delete node %s?" is not "Delete Node(s)".
 */
function folded(text: string): string {
  let kept = '';
  let at = 0;
  for (const ph of placeholdersIn(text, 0, text.length)) {
    kept += `${text.slice(at, ph.start)} ${PLACEHOLDER}${ph.key} `;
    at = ph.end;
  }
  kept += text.slice(at);
  // Both forms of an accelerator have a "_" or "&": most texts have neither and skip the pattern.
  if (kept.includes('_') || kept.includes('&')) kept = kept.replace(ACCELERATOR(), '');
  return squeezed(kept.toLowerCase());
}

/**
 * `s.replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim()` in one walk, by table: each run
 * of punctuation, symbols and white space becomes one space, none at either end. A run that is one
 * space already (between most words) is kept in place, so most texts come back unsliced.
 */
function squeezed(s: string): string {
  const n = s.length;
  let out = '';
  /** Start of the stretch not yet copied to `out`. */
  let from = 0;
  let i = 0;
  while (i < n) {
    const w = width(s, i);
    if ((propertiesAt(s, i) & (PUNCT_OR_SYMBOL | SPACE)) === 0) {
      i += w;
      continue;
    }
    const run = i;
    i += w;
    while (i < n && (propertiesAt(s, i) & (PUNCT_OR_SYMBOL | SPACE)) !== 0) i += width(s, i);
    // One space between two kept characters stays where it is.
    if (run > 0 && i < n && i === run + 1 && s.charCodeAt(run) === 32) continue;
    out += s.slice(from, run);
    if (run > 0 && i < n) out += ' ';
    from = i;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** What marks a placeholder's key in a folded text (a private-use character: neither punctuation nor a letter). */
const PLACEHOLDER = '\ue000';
/**
 * A keyboard accelerator: GTK's "_" and Qt's or Windows' "&" before a letter ("Parent _Folder",
 * "O_phavsmappe"), or one appended in brackets, as CJK translations write it ("最初修改(_F)").
 */
const ACCELERATOR = lazyRegExp(String.raw`\s*[(（][_&]\p{L}[)）]|[_&](?=\p{L})`, 'gu');
