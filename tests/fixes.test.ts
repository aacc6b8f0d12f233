// Fixes: a fix is applied whole or not at all, fixes that touch the same text are not combined,
// and applying every safe fix never creates a finding that was not there (over generated text and
// over real text: the seed, every rule's examples, and pieces of them joined).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/engine.js';
import { applyEdits, planFixes } from '../lib/fix.js';
import { RULES } from '../lib/rules/index.js';
import type { Edit, Finding } from '../lib/types.js';
import { examplesOfRule } from './examples.js';

function finding(rule: string, edits: Edit[], safe = true): Finding {
  const start = Math.min(...edits.map((e) => e.start));
  const end = Math.max(...edits.map((e) => e.end));
  return {
    id: rule,
    rule,
    category: 'punctuation',
    severity: 'warning',
    mqm: 'Fluency/Punctuation',
    message: rule,
    start,
    end,
    line: 1,
    column: start + 1,
    endLine: 1,
    endColumn: end + 1,
    excerpt: { text: '', start: 0, end: 0 },
    fix: { description: rule, edits, safe },
  };
}

describe('planFixes', () => {
  it('applies a fix with two edits whole, or not at all when another fix touches one of them', () => {
    const text = 'for some time. Again. Cementing';
    const join = finding('stranded-fragment', [
      { start: 13, end: 14, text: '' },
      { start: 15, end: 16, text: 'a' },
    ]);
    expect(applyEdits(text, planFixes([join]).edits)).toBe('for some time again. Cementing');
    // A fix that starts earlier and overlaps the first edit wins; the two-edit fix is left whole
    // for the next run (its lowercasing is not applied alone).
    const other = finding('other', [{ start: 9, end: 14, text: 'time!' }]);
    const plan = planFixes([join, other]);
    expect(plan).toMatchObject({ fixes: 1, conflicts: 1 });
    expect(applyEdits(text, plan.edits)).toBe('for some time! Again. Cementing');
  });

  it('counts fixes, not edits, and leaves unsafe fixes out unless asked', () => {
    const two = finding('a', [
      { start: 0, end: 1, text: 'X' },
      { start: 5, end: 6, text: 'Y' },
    ]);
    const unsafe = finding('b', [{ start: 8, end: 9, text: 'Z' }], false);
    expect(planFixes([two, unsafe])).toMatchObject({ fixes: 1, conflicts: 0 });
    expect(planFixes([two, unsafe], true).fixes).toBe(2);
  });

  it('never combines two insertions at one place', () => {
    const a = finding('a', [{ start: 3, end: 3, text: ' ' }]);
    const b = finding('b', [{ start: 3, end: 3, text: ' ' }]);
    expect(planFixes([a, b])).toMatchObject({ fixes: 1, conflicts: 1 });
  });
});

/** Position in the fixed text of offset `at` of the original (inside an edit: the edit's start). */
function mapOffset(edits: readonly Edit[], at: number): number {
  let shift = 0;
  for (const e of edits) {
    if (e.end <= at && e.start < at) shift += e.text.length - (e.end - e.start);
    else if (e.start < at) return e.start + shift;
    else break;
  }
  return at + shift;
}

/**
 * Findings new in `after` (the text once `edits` were applied to the text `before` was found in):
 * one of the same category where the text had one is the same problem told again (removing a
 * repeated sentence may leave a loop of its words). Language verdicts are left out: they weigh
 * the words of a passage, and removing a repeated word changes that evidence.
 */
function unexplained(before: readonly Finding[], edits: readonly Edit[], after: readonly Finding[]): Finding[] {
  const known = before.map((f) => ({ category: f.category, start: mapOffset(edits, f.start), end: mapOffset(edits, f.end) }));
  return after
    .filter((f) => f.category !== 'language')
    .filter((f) => !known.some((g) => g.category === f.category && g.start <= f.end && f.start <= g.end));
}

/**
 * Findings that applying the safe fixes creates, in three steps.
 * 1. Repairing encoding errors and writing full-width marks narrow restore the characters the
 *    writer meant and may show what they hid ("the theâ€™" is "the the’" once repaired, "so！ so！"
 *    a repeated sentence): those repairs are applied first and the text is checked again.
 * 2. Removing repeated sentences and loops restores the text the writer meant too, and may
 *    reveal a finding the repeats hid elsewhere: three copies of "… podium. dpa Il …" make a
 *    paragraph look informal (most of its sentences start in lowercase), one copy does not, and
 *    the one ". dpa" that was always there is then reported. A removal must not create a finding
 *    where it cuts: one touching a removed span, on text the cut joined anew.
 * 3. From there, every other fix (spaces, joins, capitals) must not create a finding anywhere,
 *    except a repetition over a glued token a space split (the glue hid it).
 */
/** Characters on each side of a finding that tell a new junction from text that was there. */
const CONTEXT = 8;
/** Encoding repairs are applied until none is left, at most this many times. */
const REPAIR_RUNS = 3;

function newFindings(text: string, lang: string | undefined): string[] {
  // Repairs may overlap (a mojibake run and an invisible character in it): one run applies one of
  // them, the next the other, as `mtqa fix` run twice would.
  let repaired = text;
  for (let run = 0; run < REPAIR_RUNS; run++) {
    const garbled = analyse(repaired, { lang }).findings.filter((f) => f.category === 'encoding' || f.rule === 'fullwidth-punctuation');
    const next = applyEdits(repaired, planFixes(garbled).edits);
    if (next === repaired) break;
    repaired = next;
  }
  const show = (f: Finding, fixed: string, from: string) => `${f.rule} “${fixed.slice(f.start, f.end)}” in ${JSON.stringify(fixed)} (from ${JSON.stringify(from)})`;

  const found = analyse(repaired, { lang }).findings;
  const removals = planFixes(found.filter((f) => f.category === 'repetition')).edits;
  const restored = applyEdits(repaired, removals);
  const before = analyse(restored, { lang }).findings;
  const cuts = removals.map((e) => ({ start: mapOffset(removals, e.start), end: mapOffset(removals, e.start) + e.text.length }));
  // Created where it cuts: a finding at a cut whose text, with a little context, the text did not
  // have before (the cut joined what was not adjacent); ". dpa Il a" was there in every copy.
  const joined = (f: Finding) => !repaired.includes(restored.slice(Math.max(0, f.start - CONTEXT), f.end + CONTEXT));
  const cutInto = unexplained(found, removals, before).filter((f) => joined(f) && cuts.some((c) => f.start <= c.end && c.start <= f.end));

  const { edits } = planFixes(before);
  if (edits.length === 0) return cutInto.map((f) => show(f, restored, repaired));
  const fixed = applyEdits(restored, edits);
  // A space inserted into a glued token ("No.No.") splits it into the words the writer meant; a
  // repetition over them is what the glue hid ("No. No. No. No.No. No. No. No." is one loop), and
  // so is a fragment the space sets apart ("failed?Again. Cementing" holds "Again.").
  const spaces = edits.filter((e) => e.start === e.end && e.text.trim() === '').map((e) => mapOffset(edits, e.start));
  const split = (f: Finding) =>
    (f.category === 'repetition' && spaces.some((at) => f.start < at && at < f.end)) ||
    (f.rule === 'stranded-fragment' && spaces.some((at) => at + 1 === f.start));
  return [
    ...cutInto.map((f) => show(f, restored, repaired)),
    ...unexplained(before, edits, analyse(fixed, { lang }).findings)
      .filter((f) => !split(f))
      .map((f) => show(f, fixed, restored)),
  ];
}

const seed = readFileSync(new URL('../seeds/000_3bf6eb0c58bdff8a.txt', import.meta.url), 'utf8');
const examples = RULES.flatMap((r) =>
  [...examplesOfRule(r).bad, ...examplesOfRule(r).good].map((ex) => ({
    text: ex.text,
    lang: ex.lang ?? (r.meta.languages === '*' ? 'en' : r.meta.languages[0]),
  })),
);

describe('applying every safe fix', () => {
  it.each([
    // The repaired "é" before “» is not the start of another mojibake run (é“» would read 铻).
    ['en', '„.Ã©“»'],
    // Removing the repeats reveals ". dpa" (the repeats made the paragraph look informal); it creates nothing.
    ['fr', 'Il a terminé 103 fois sur le podium. dpa Il a terminé 103 fois sur le podium. dpa Il a terminé 103 fois sur le podium. dpa Il a dit : « oui ».'],
    // Splitting "No.No." reveals one loop of eight.
    ['ru', 'No. No. No. No.No. No. No. No.'],
    // A mark written apart is the same sentence end once the space goes: "planned . The" is a
    // capitalised sentence start, so the paragraph is not lowercase by habit before the fix either.
    ['en', 'we met on monday , as planned . The talks ended , and the ministers left. they were happy .'],
    ['en', 'The talks ended , as planned . the ministers left , and they were happy . Again . The end .'],
    ['fr', 'Ils sont partis lundi , comme prévu . les ministres ont signé , et ils étaient contents .'],
    // A mark doubled with a space: once the second goes, the first ends the sentence.
    ['en', 'Word. . the'],
    ['cs', '’. . word'],
    ['en', '). . the'],
    ['en', 'The,. . and'],
    // "No." learnt as an abbreviation from the copies of a loop, not after its removal.
    ['cs', '.No. No. No. No. word'],
    // Spacing decides nothing about three in a row ("the ,the the" is a loop of three, spaced or not).
    ['en', 'the ,the the .'],
    // Repairs applied until none is left: the invisible character inside the repaired word goes too.
    ['en', 'the the\uff0cThe\u0007\u200bÃ©'],
    // A fragment the glue hid.
    ['en', 'again?Again.» .'],
    // A glued sentence starts with a capital before the space is inserted too: the register stays.
    ['en', 'the?Again. the'],
    // "the.The" is a glued sentence, not a dotted name: the break before it is judged before the fix too.
    ['en', ',. the.The'],
    ['de', 'Wir trafen uns. die.Die Gespräche endeten.'],
    ['en', 'We met in Berlin. The talks went well.Both sides agreed to meet again. today is not my day. the blinds broke. in the morning one.'],
    // The copies of a repeated block are no evidence of a lowercase habit: removing them changes nothing.
    ['en', 'According to data obtained by Gazeta.Ru, sales rose. See Yahoo!News and WoW!Korea. speed. naturally slow. speed. naturally slow. They will strengthen cooperation in fora such as BRICS and China. the G20.'],
  ])('creates no new finding on counterexamples found with other seeds (%s): %s', (lang, text) => {
    expect(newFindings(text, lang)).toEqual([]);
  });

  it('creates no new finding on the seed and on each rule example', () => {
    expect(newFindings(seed, undefined)).toEqual([]);
    for (const ex of examples) expect(newFindings(ex.text, ex.lang)).toEqual([]);
  });

  const pieces = fc.constantFrom(
    '.', '. ', ', ', ',,', '..', ' ,', ' .', '?', '!', ' ', '\n', '"', '“', '”', '„', '«', '»', '(', ')', 'the', 'the the', 'The', 'a',
    'Again', 'again', 'in', 'and', 'Ã©', 'â€™', '&amp;', '\u200b', '\u0007', '？', '，', 'word', 'Word', 'I', 'No. No. No. No.',
  );
  const generated = fc.array(pieces, { maxLength: 60 }).map((a) => a.join(''));
  // A document in one language: examples of the same language joined by spaces or line breaks.
  const byLang = new Map<string, typeof examples>();
  for (const ex of examples) byLang.set(ex.lang, [...(byLang.get(ex.lang) ?? []), ex]);
  const joined = fc.constantFrom(...[...byLang.keys()].filter((l) => byLang.get(l)!.length > 1)).chain((l) =>
    fc
      .tuple(fc.array(fc.constantFrom(...byLang.get(l)!), { minLength: 2, maxLength: 4 }), fc.constantFrom(' ', '\n'))
      .map(([parts, sep]) => ({ text: parts.map((p) => p.text).join(sep), lang: l })),
  );
  const lang = fc.constantFrom(undefined, 'en', 'de', 'cs', 'ru', 'fr');

  it('creates no new finding on generated text', () => {
    fc.assert(
      fc.property(generated, lang, (text, l) => {
        expect(newFindings(text, l)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('creates no new finding on rule examples joined together', () => {
    fc.assert(
      fc.property(joined, ({ text, lang: l }) => {
        expect(newFindings(text, l)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
