import { contentWords } from '../bilingual/language.js';
import { ACCELERATOR, foldedGroups } from '../bilingual/folded.js';
import { checkablePairs, sourceSpan, sourceText, targetSpan, targetText } from '../bilingual/pairs.js';
import type { CheckContext, SegmentPair } from '../context.js';
import type { Rule, RuleExamples } from '../types.js';
import { ellipsized } from '../text/chars.js';
import { lazyRegExp } from '../text/lazy-regexp.js';

/** Words a source (or translation) needs for its repeats to be compared: single words may rightly differ. */
const MIN_WORDS = 2;

/** For the rule catalogue (scripts/update-schema.ts); not in the meta, so the bundle leaves it out. */
export const description =
  'Across the units of a file: the same source translated otherwise than elsewhere (warning; each unit that ' +
  'differs from the most frequent translation, the first one on a tie), and different sources given the same ' +
  'translation (info). A translation of the same words in another form or order (a button\'s verb, a title\'s noun) ' +
  'is info too, as is a translation of a source that differs in case or punctuation only, and a question is another source than its statement. Sources and translations of one word, differences of case, spacing and punctuation only ' +
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

    // The same source, translated otherwise.
    // A source of one unit has nothing to differ from: only groups of two or more are split by form.
    // A question and the statement of the same words are two sources: "Disconnect Sync?" asks
    // "Do you want to disconnect Sync?" in many languages.
    // Placeholders or inline code the reader replaced with U+FFFC tell sources that read alike apart
    // ("Welcome {user}", "Welcome {team}"): what they stand for is part of the context.
    const sourceContext = (p: SegmentPair) =>
      `${contextKey(p)}\u0000${endsInQuestion(src.text, p.sourceStart, p.sourceEnd) ? '?' : ''}\u0000${src.objectsIn(p.sourceStart, p.sourceEnd)}`;
    for (const group of textGroups(pairs, src.text, (p) => p.sourceStart, (p) => p.sourceEnd, sourceContext).filter(several).flatMap(sameForm)) {
      if (group.length < 2) continue;
      const byTarget = foldedGroups(group, ctx.text, (p) => p.start, (p) => p.end, () => '', 0);
      if (byTarget.length < 2) continue;
      const main = byTarget.reduce((a, b) => (b.length > a.length ? b : a));
      const mainText = targetOf(main[0]);
      for (const other of byTarget) {
        if (other === main) continue;
        // The same words in another form or order: a button's "Vymazať súkromné údaje" is a title's
        // "Vymazanie súkromných údajov". The grammar of each place may ask for it; other words are
        // another term.
        const inflected = sameWords(mainText, targetOf(other[0]));
        // Sources that differ in case or punctuation ("could not read the index", "Could not read
        // the index") may come from two places in the program, each translated on its own.
        const mainSources = new Set(main.map((p) => spaced(sourceOf(p))));
        for (const p of other) {
          const sourceForm = !mainSources.has(spaced(sourceOf(p)));
          const note = inflected ? ': the same words in another form or order here (the context may ask for it)' : sourceForm ? `: its source differs in case or punctuation (“${shorten(sourceOf(main[0]))}”)` : '';
          report({
            ...targetSpan(ctx, p),
            ...((inflected || sourceForm) && { severity: 'info' as const }),
            message: `The same source is translated “${shorten(mainText)}” in ${where(main[0])}${note}.`,
            sourceSpan: sourceSpan(ctx, p),
          });
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
    for (const group of textGroups(pairs, ctx.text, (p) => p.start, (p) => p.end, (p) => `${contextKey(p)}\u0000${ctx.objectsIn(p.start, p.end)}`)) {
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

/** A text with its runs of white space one space each, trimmed: a source rewrapped is the same source. */
function spaced(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** What the rule flags and what it leaves alone: tests/rules.test.ts runs them. Not part of the rule, so not of the bundle. */
export const examples: RuleExamples = {
  bad: [
    // Sources that differ in case only may come from two places in the program: info.
    {
      text: 'konnte den Index nicht lesen\nkonnte den Index nicht lesen\nIndex kann nicht gelesen werden',
      source: 'could not read the index\ncould not read the index\nCould not read the index',
      lang: 'de',
      sourceLang: 'en',
      findings: [
        {
          flagged: 'Index kann nicht gelesen werden',
          severity: 'info',
          message: 'The same source is translated “konnte den Index nicht lesen” in line 1: its source differs in case or punctuation (“could not read the index”).',
          sourceFlagged: 'Could not read the index',
        },
      ],
    },
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
    // A button's imperative and a title's noun: the same words in another form, told apart as info.
    {
      text: 'Vymazať súkromné údaje\nVymazať súkromné údaje\nVymazanie súkromných údajov',
      source: 'Clear Private Data\nClear Private Data\nClear Private Data',
      lang: 'sk',
      sourceLang: 'en',
      findings: [
        {
          flagged: 'Vymazanie súkromných údajov',
          severity: 'info',
          message: 'The same source is translated “Vymazať súkromné údaje” in line 1: the same words in another form or order here (the context may ask for it).',
          sourceFlagged: 'Clear Private Data',
        },
      ],
    },
  ],
  good: [
    { text: 'Datei speichern\nDatei speichern.\nöffnen\nÖffnen Sie', source: 'Save file\nSave file.\nOpen\nOpen', lang: 'de', sourceLang: 'en' },
    { text: 'Datei speichern\nDatei speichern', source: 'Save file\nSave the file', lang: 'de', sourceLang: 'en' },
    // A plural possessive's apostrophe is punctuation, as the hyphens are.
    { text: 'Degressive Abschreibung nach Jahressumme\nDegressive Abschreibung nach Jahressumme', source: 'Sum-of-the-Years’-Digits Depreciation\nSum of the Years Digits Depreciation', lang: 'de', sourceLang: 'en' },
    // Quotation marks, dashes, symbols (an emoji past the BMP) and runs of spaces are left aside.
    { text: 'Datei speichern\n« Datei —  speichern » 💾\u00a0', source: 'Save file\nSave file', lang: 'de', sourceLang: 'en' },
    // A placeholder is not a plural ending in brackets.
    { text: 'Knoten „%s“ löschen?\nKnoten löschen', source: 'Delete node %s?\nDelete Node(s)', lang: 'de', sourceLang: 'en' },
    // Keyboard accelerators, within a word or appended in brackets.
    { text: 'O_phavsmappe åbnes\nOphavsmappe åbnes', source: 'Parent _folder opens\nParent folder opens', lang: 'da', sourceLang: 'en' },
    { text: '最初修改(_F)\n最初修改', source: '_First Modified\nFirst Modified', lang: 'zh', sourceLang: 'en' },
    { text: 'Tausender_trennzeichen zeigen\nTausendertrennzeichen zeigen', source: 'Show T_housands Separator\nShow thousands separator', lang: 'de', sourceLang: 'en' },
    { text: 'Drehung um %f Grad\nDrehung um %s Grad', source: 'Rotating %f degrees\nRotating %s degrees', lang: 'de', sourceLang: 'en' },
    // A question is another source than the statement of its words.
    { text: 'Desconectar Sync\n¿Quiere desconectar Sync?', source: 'Disconnect Sync\nDisconnect Sync?', lang: 'es', sourceLang: 'en' },
    // A zero-width space is a line-break hint Khmer writes between words, or not: nothing shows.
    { text: 'ផ្ទាំង\u200bថ្មី ឯកជន\nផ្ទាំងថ្មី ឯកជន', source: 'New Private Tab\nNew Private Tab', lang: 'km', sourceLang: 'en' },
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

/**
 * The context a unit's key gives it: a software string's (PO msgctxt, XLIFF resname) names where
 * the program uses it, and may ask for another translation there. A prose unit's names the unit
 * (a DOCX w14:paraId, the HTML element): its paragraphs are one text, whose repeats read alike.
 */
const contextKey = (p: SegmentPair) => (p.kind === 'prose' ? '' : (p.address?.key ?? ''));

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
 * The pairs grouped by their folded text (text[startOf(p), endOf(p))) within their unit's context
 * key (PO msgctxt, XLIFF resname), in order of first appearance; texts too short to compare are
 * left out.
 */
function textGroups(
  pairs: readonly SegmentPair[],
  text: string,
  startOf: (p: SegmentPair) => number,
  endOf: (p: SegmentPair) => number,
  contextOf: (p: SegmentPair) => string = contextKey,
): SegmentPair[][] {
  return foldedGroups(pairs, text, startOf, endOf, contextOf, MIN_WORDS);
}

/** Closing quotation marks and brackets, and spaces, that may follow a question's mark. */
const CLOSERS = /[\s"'”’»›)\]）」』]/u;
/** Question marks of the scripts a source may be written in (Latin, fullwidth, Arabic, Armenian). */
const QUESTION_MARKS = '?？؟՞';

/** Whether text[start, end) ends with a question mark (before closing quotes or brackets). */
function endsInQuestion(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && CLOSERS.test(text[i])) i--;
  return i >= start && QUESTION_MARKS.includes(text[i]);
}

const WORD = lazyRegExp(String.raw`[\p{L}\p{M}\p{N}]+`, 'gu');
/**
 * Letters two forms of a word share at their start, at least: a stem ("údaj" of "údaje" and
 * "údajov"), not a chance start ("All" and "Alle" differ by a letter that is a typo or a word).
 */
const STEM_MIN = 4;

/**
 * Whether two translations are the same words in another form or order: as many words, each of
 * one paired with a word of the other that is the same or shares its stem (STEM_MIN letters or
 * more, and half of the longer word).
 */
function sameWords(a: string, b: string): boolean {
  const x = a.toLowerCase().match(WORD()) ?? [];
  const y = b.toLowerCase().match(WORD()) ?? [];
  if (x.length !== y.length || x.length === 0) return false;
  const used = new Array<boolean>(y.length).fill(false);
  return x.every((w) => {
    const j = y.findIndex((v, k) => !used[k] && sameStem(w, v));
    if (j >= 0) used[j] = true;
    return j >= 0;
  });
}

function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= STEM_MIN && 2 * n >= Math.max(a.length, b.length);
}

const several = (group: readonly SegmentPair[]) => group.length > 1;

/** Text quoted in a message: at most 80 characters. */
const shorten = (text: string) => {
  const t = text.replace(/\s+/g, ' ').trim();
  return ellipsized(t, 80, 79);
};
