// Looking up the source of a place in the translation: which unit (segment pair) holds an
// offset, and what a rule finds in that unit's source. Shared by the bilingual rules and by the
// engine, which silences a monolingual finding when the source has the same fault.

import type { CheckContext, SegmentPair } from '../context.js';
import { ruleApplies } from '../rule-applies.js';
import type { RawFinding, Rule } from '../types.js';
import { lastAtOrBefore } from '../text/search.js';
import { lazyRegExp } from '../text/lazy-regexp.js';
import { LETTER, NUMBER, propertiesAt, width } from './unicode.js';

/** The pair whose target range holds `offset` (its end included: a finding may sit at a unit's end), or undefined. */
export function pairAt(ctx: CheckContext, offset: number): SegmentPair | undefined {
  const pairs = ctx.pairs ?? [];
  const p = pairs[lastAtOrBefore(pairs.length, (i) => pairs[i].start, offset)];
  return p && offset <= p.end ? p : undefined;
}

/**
 * Workflow states (PO, XLIFF 1.2 and 2.x) of a translation nobody has finished: its text is a
 * suggestion or a placeholder, so it is reported as such and not compared with the source.
 */
export const UNFINISHED_STATES: ReadonlySet<string> = new Set(['fuzzy', 'new', 'initial', 'needs-translation', 'needs-adaptation', 'needs-l10n']);

/**
 * Whether the unit at `at` is one the file marks unfinished (fuzzy, needs-translation…) whose
 * translation is its source copied: the placeholder a tool writes into a new unit (Symfony's
 * `state="needs-translation"` targets, Okapi's copy-source). unit-status reports the unit; the
 * source language in it is no passage a translator left.
 */
export function unfinishedCopy(ctx: CheckContext, at: number): boolean {
  const pair = ctx.source ? pairAt(ctx, at) : undefined;
  const state = pair?.address?.state;
  if (pair === undefined || state === undefined || !UNFINISHED_STATES.has(state)) return false;
  return ctx.text.slice(pair.start, pair.end).trim() === ctx.source!.text.slice(pair.sourceStart, pair.sourceEnd).trim();
}

/**
 * Whether a unit's translation is there and finished (not fuzzy, unfinished or obsolete) and its
 * source is text, so that comparing the two means something.
 */
function checkable(ctx: CheckContext, p: SegmentPair): boolean {
  const state = p.address?.state;
  if (state !== undefined && (UNFINISHED_STATES.has(state) || state === 'obsolete')) return false;
  // A plural form of a category the language never uses is never shown: nothing to compare.
  if (p.plural?.unused) return false;
  if (!hasLetterOrDigit(ctx.text, p.start, p.end) || !hasLetterOrDigit(ctx.source!.text, p.sourceStart, p.sourceEnd)) return false;
  const source = ctx.source!.text.slice(p.sourceStart, p.sourceEnd);
  return !IDENTIFIER().test(source) && !KEBAB_KEY.test(source);
}

/**
 * A source that is a key rather than text ("menu.file.open", "MENU_OPEN", "saveButtonLabel"), as
 * key-based PO and resource files have: there is nothing to compare the translation with.
 */
const IDENTIFIER = lazyRegExp(String.raw`^\s*(?=[\w.:-]*\p{L})(?=[\w.:-]*(?:[._:]\w|\p{Ll}\p{Lu}))[\w.:-]+\s*$`, 'u');
/**
 * A key in kebab case, lowercase words joined by hyphens: GNOME's "translator-credits", whose
 * translation is the translators' names and addresses, icon names ("accessories-calculator"). A
 * UI label is capitalised ("Read-only"); a lowercase compound alone ("read-only") loses only the
 * comparison with its source.
 */
const KEBAB_KEY = /^\s*[a-z]+(?:-[a-z]+)+\s*$/;

/** `/[\p{L}\p{N}]/u.test(text.slice(start, end))`, read off the property table without the copy. */
function hasLetterOrDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += width(text, i)) {
    // A surrogate pair cut by the end is no character (as in the slice).
    if (i + 1 === end && (text.charCodeAt(i) & 0xfc00) === 0xd800) return false;
    if ((propertiesAt(text, i) & (LETTER | NUMBER)) !== 0) return true;
  }
  return false;
}

/** The pairs whose translation can be compared with the source (see `checkable`). */
export function checkablePairs(ctx: CheckContext): SegmentPair[] {
  let list = checkableCache.get(ctx);
  if (!list) {
    list = ctx.source ? (ctx.pairs ?? []).filter((p) => checkable(ctx, p)) : [];
    checkableCache.set(ctx, list);
  }
  return list;
}
const checkableCache = new WeakMap<CheckContext, SegmentPair[]>();

/** The checkable pairs as a set: whether a pair is checkable, decided once per document. */
export function checkablePairSet(ctx: CheckContext): ReadonlySet<SegmentPair> {
  let set = checkableSetCache.get(ctx);
  if (!set) checkableSetCache.set(ctx, (set = new Set(checkablePairs(ctx))));
  return set;
}
const checkableSetCache = new WeakMap<CheckContext, ReadonlySet<SegmentPair>>();

/** The target text of a pair. */
export function targetText(ctx: CheckContext, p: SegmentPair): string {
  return ctx.text.slice(p.start, p.end);
}

/** The source text of a pair. */
export function sourceText(ctx: CheckContext, p: SegmentPair): string {
  return ctx.source!.text.slice(p.sourceStart, p.sourceEnd);
}

/** The pair whose source range holds source offset `offset`. Pairs are in target order, sources need not be. */
function pairOfSource(ctx: CheckContext, offset: number): SegmentPair | undefined {
  const bySource = sortedBySource(ctx);
  const p = bySource[lastAtOrBefore(bySource.length, (i) => bySource[i].sourceStart, offset)];
  return p && offset <= p.sourceEnd ? p : undefined;
}

const bySourceCache = new WeakMap<CheckContext, SegmentPair[]>();
function sortedBySource(ctx: CheckContext): SegmentPair[] {
  let sorted = bySourceCache.get(ctx);
  if (!sorted) {
    sorted = [...(ctx.pairs ?? [])].sort((a, b) => a.sourceStart - b.sourceStart);
    bySourceCache.set(ctx, sorted);
  }
  return sorted;
}

type ByPair = Map<number, RawFinding[]>;
const findingsCache = new WeakMap<CheckContext, Map<string, ByPair>>();

/** Everything a rule reported on one side, in order, and what it threw, if it failed. */
interface RuleRun {
  findings: RawFinding[];
  failure?: { error: unknown };
}
const runsCache = new WeakMap<CheckContext, Map<string, RuleRun>>();

/**
 * What `rule` reports on `side` (nothing when it does not apply there), run once per document and
 * side: a monolingual rule that a bilingual one supersedes is read by that rule and reported by the
 * engine, and its scan of the text is as dear as the rest of the bilingual check.
 */
export function ruleRun(side: CheckContext, rule: Rule<CheckContext>): RuleRun {
  let perRule = runsCache.get(side);
  if (!perRule) runsCache.set(side, (perRule = new Map()));
  let run = perRule.get(rule.meta.id);
  if (!run) {
    const found: RuleRun = { findings: [] };
    try {
      if (ruleApplies(rule, side)) rule.check(side, (f) => void found.findings.push(f));
    } catch (error) {
      found.failure = { error };
    }
    perRule.set(rule.meta.id, (run = found));
  }
  return run;
}

/**
 * Reports what `rule` reports on the translation, as rule.check(ctx, report) would, from its one
 * run: a failure is thrown again after the findings made before it.
 */
export function replayRule(ctx: CheckContext, rule: Rule<CheckContext>, report: (f: RawFinding) => void): void {
  const run = ruleRun(ctx, rule);
  for (const f of run.findings) report(f);
  if (run.failure) throw run.failure.error;
}

/**
 * What `rule` reports on the source text, grouped by the pair (index) whose source holds each
 * finding. Computed once per rule and document; empty when the rule does not apply to the
 * source's language or script.
 */
export function sourceFindings(ctx: CheckContext, rule: Rule<CheckContext>): ByPair {
  return ctx.source ? findingsByPair(ctx.source, rule, (f) => pairOfSource(ctx, f.start)) : new Map();
}

/** What `rule` reports on the translation, grouped by pair: for bilingual rules that judge a monolingual rule's findings. */
export function targetFindings(ctx: CheckContext, rule: Rule<CheckContext>): ByPair {
  return findingsByPair(ctx, rule, (f) => pairAt(ctx, f.start));
}

function findingsByPair(side: CheckContext, rule: Rule<CheckContext>, pairOf: (f: RawFinding) => SegmentPair | undefined): ByPair {
  let perRule = findingsCache.get(side);
  if (!perRule) findingsCache.set(side, (perRule = new Map()));
  let byPair = perRule.get(rule.meta.id);
  if (!byPair) {
    const run = ruleRun(side, rule);
    // A rule that failed fails its reader the same way each time it is asked.
    if (run.failure) throw run.failure.error;
    byPair = new Map();
    for (const f of run.findings) {
      const p = pairOf(f);
      if (!p) continue;
      const list = byPair.get(p.index);
      if (list) list.push(f);
      else byPair.set(p.index, [f]);
    }
    perRule.set(rule.meta.id, byPair);
  }
  return byPair;
}

/** A pair's target range without its leading and trailing white space: where a finding about the whole unit points. */
export function targetSpan(ctx: CheckContext, p: SegmentPair): { start: number; end: number } {
  return trimmed(ctx.text, p.start, p.end);
}

/** A pair's source range without its leading and trailing white space. */
export function sourceSpan(ctx: CheckContext, p: SegmentPair): { start: number; end: number } {
  return trimmed(ctx.source!.text, p.sourceStart, p.sourceEnd);
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Findings per unit and kind past which a bilingual rule stops (the engine keeps 50 per rule and line). */
export const MAX_PER_UNIT = 50;

/**
 * The items of each side the other lacks, counting repeats (a multiset difference by `key`), in
 * their order: `missing` from the source, `extra` in the translation. Linear in the items.
 */
export function difference<T>(source: readonly T[], target: readonly T[], key: (x: T) => string): { missing: T[]; extra: T[] } {
  // Each item's key made once (a key is a string built per call).
  const targetKeys = target.map(key);
  const count = new Map<string, number>();
  for (const k of targetKeys) count.set(k, (count.get(k) ?? 0) + 1);
  const missing: T[] = [];
  for (const x of source) {
    const k = key(x);
    const n = count.get(k) ?? 0;
    if (n > 0) count.set(k, n - 1);
    else missing.push(x);
  }
  // What is left of each key in the translation is extra: its last occurrences.
  const extra: T[] = [];
  for (let i = target.length - 1; i >= 0; i--) {
    const k = targetKeys[i];
    const n = count.get(k) ?? 0;
    if (n > 0) {
      count.set(k, n - 1);
      extra.push(target[i]);
    }
  }
  return { missing, extra: extra.reverse() };
}

/** Takes, for each item, the first not yet taken of `pool` with the same `key` (a queue per key); linear. */
export function takeByKey<T>(pool: readonly T[], key: (x: T) => string): (k: string) => T | undefined {
  const queues = new Map<string, T[]>();
  for (const x of pool) {
    const q = queues.get(key(x));
    if (q) q.push(x);
    else queues.set(key(x), [x]);
  }
  const heads = new Map<string, number>();
  return (k) => {
    const q = queues.get(k);
    const h = heads.get(k) ?? 0;
    if (!q || h >= q.length) return undefined;
    heads.set(k, h + 1);
    return q[h];
  };
}
