// Runs the rules over a decoded text and turns what they report into positioned, identified
// findings with a summary. Pure: no I/O, no clock.

import { checkablePairSet, pairAt, replayRule, sourceFindings } from './bilingual/pairs.js';
import { WordHash } from './catalogue/charclass.js';
import { countSentences } from './catalogue/sentences.js';
import { CheckContext, type ContextOptions } from './context.js';
import { MAX_FINDINGS, MAX_FINDINGS_PER_RULE_AND_LINE } from './limits.js';
import { RULES } from './rules/index.js';
import { ruleApplies } from './rule-applies.js';
import { lastAtOrBefore } from './text/search.js';
import type { Finding, LanguageInfo, RawFinding, Rule, RuleError, Summary } from './types.js';
import { characterEnd, characterStart } from './text/chars.js';

/** The report's caps (limits.ts), for the callers that know them from here. */
export { MAX_FINDINGS, MAX_FINDINGS_PER_RULE_AND_LINE };

const EXCERPT_CONTEXT = 40;

export interface Analysis {
  language: LanguageInfo;
  sourceLanguage?: LanguageInfo;
  summary: Summary;
  findings: Finding[];
  /** Rules that threw on this text: their findings are missing, the other rules' are complete. */
  ruleErrors: RuleError[];
}

/**
 * Thrown from the report callback when the report is full: nothing a rule finds after that can be
 * kept, so the rule stops there instead of finishing its scan (on a text where one rule reaches
 * the cap, each later rule stops at its first finding, which only marks the report truncated).
 */
const REPORT_FULL = Symbol('report full');

/** Longest error message kept in a report (messages of runtime errors are short; a stack is never kept). */
const MAX_ERROR_MESSAGE = 200;

export interface AnalyseOptions extends ContextOptions {
  /** Defaults to every rule. */
  rules?: readonly Rule<CheckContext>[];
}

export { ruleApplies };

export function analyse(text: string, options: AnalyseOptions = {}): Analysis {
  const ctx = new CheckContext(text, options);
  const findings: Finding[] = [];
  const ruleErrors: RuleError[] = [];
  let truncated = false;
  // Bilingual rules that take over monolingual ones where the source is known (see sourceFilter).
  const superseded = new Set((options.rules ?? RULES).filter((rule) => ruleApplies(rule, ctx)).flatMap((rule) => rule.meta.supersedes ?? []));
  for (const rule of options.rules ?? RULES) {
    let mine: Finding[] = [];
    let cut = false;
    try {
      if (!ruleApplies(rule, ctx)) continue;
      const perLine = new Map<number, number>();
      const isSuperseded = superseded.has(rule.meta.id);
      const keep = sourceFilter(ctx, rule, isSuperseded);
      const report = (raw: RawFinding) => {
        if (keep && !keep(raw)) return;
        if (findings.length + mine.length >= MAX_FINDINGS) {
          cut = true;
          throw REPORT_FULL;
        }
        const line = ctx.reportLines.lineOf(raw.start);
        const n = perLine.get(line) ?? 0;
        if (n >= MAX_FINDINGS_PER_RULE_AND_LINE) {
          cut = true;
          return;
        }
        perLine.set(line, n + 1);
        mine.push(toFinding(ctx, rule, inUnshownEntry(ctx, raw) ? { ...raw, severity: 'info' } : raw));
      };
      // A superseded rule's findings are read by the rule that supersedes it too: one run serves both.
      if (isSuperseded) replayRule(ctx, rule, report);
      else rule.check(ctx, report);
    } catch (err) {
      // A full report stops the rule with what it found kept (see REPORT_FULL). A bug in one rule
      // (or in a scan it reads) must not cost the report the other rules' findings; what this rule
      // had found before it failed is dropped rather than half reported.
      if (err !== REPORT_FULL) {
        ruleErrors.push({ rule: rule.meta.id, message: errorMessage(err) });
        mine = [];
        cut = false;
      }
    }
    truncated ||= cut;
    for (const f of mine) findings.push(f);
  }
  const kept = withoutSubsumed(findings, options.rules ?? RULES);
  kept.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  const summary = summarise(ctx, kept, truncated);
  return { language: ctx.language, sourceLanguage: ctx.source?.language, summary, findings: kept, ruleErrors };
}

/** The findings less those inside a finding of a rule that subsumes their rule (RuleMeta.subsumes). */
function withoutSubsumed(findings: Finding[], rules: readonly Rule<CheckContext>[]): Finding[] {
  const subsumedBy = new Map<string, string[]>();
  for (const rule of rules) for (const id of rule.meta.subsumes ?? []) subsumedBy.set(id, [...(subsumedBy.get(id) ?? []), rule.meta.id]);
  if (subsumedBy.size === 0) return findings;
  const subsumers = new Set([...subsumedBy.values()].flat());
  // Each subsuming rule's spans by start, with the furthest end reached so far: a finding lies
  // inside one of them when a span starting at or before it reaches as far as it does.
  const spans = new Map<string, { starts: number[]; reach: number[] }>();
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (!subsumers.has(f.rule)) continue;
    let s = spans.get(f.rule);
    if (!s) spans.set(f.rule, (s = { starts: [], reach: [] }));
    s.starts.push(f.start);
    s.reach.push(Math.max(f.end, s.reach[s.reach.length - 1] ?? f.end));
  }
  if (spans.size === 0) return findings;
  const inside = (f: Finding, s: { starts: number[]; reach: number[] }) => {
    const k = lastAtOrBefore(s.starts.length, (i) => s.starts[i], f.start);
    return k >= 0 && s.reach[k] >= f.end;
  };
  return findings.filter((f) => !(subsumedBy.get(f.rule) ?? []).some((id) => spans.has(id) && inside(f, spans.get(id)!)));
}

function errorMessage(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return text.length > MAX_ERROR_MESSAGE ? `${text.slice(0, MAX_ERROR_MESSAGE)}…` : text;
}

/**
 * Where the source is known: drops a superseded rule's findings inside units with a source (a
 * bilingual rule reports those places; not those that run on past the unit's end), and a source-silenced rule's findings when the unit's
 * source has the same fault (one source finding silences one translation finding; the data
 * fields the rule names must agree). Units whose translation is unfinished (fuzzy: it may render
 * another source) keep every finding.
 */
function sourceFilter(ctx: CheckContext, rule: Rule<CheckContext>, superseded: boolean): ((raw: RawFinding) => boolean) | undefined {
  if (!ctx.source || !ctx.pairs?.length) return undefined;
  const checkable = checkablePairSet(ctx);
  if (superseded) {
    return (raw) => {
      const pair = pairAt(ctx, raw.start);
      // The bilingual rule judges what lies inside a unit; a finding that runs on into the next
      // unit (a subtitle cue ending "Markt." before one going on "und kaufte…") is beyond it.
      return pair === undefined || !checkable.has(pair) || raw.end > pair.end;
    };
  }
  const silenced = rule.meta.silencedBySource;
  if (!silenced) return undefined;
  const same = silenced === true ? [] : silenced.same;
  // The source is checked with the rule once a finding in a unit needs it: most rules find
  // nothing in most translations, and the scan of the source costs what the translation's did.
  let inSource: ReturnType<typeof sourceFindings> | undefined;
  const used = new Set<RawFinding>();
  return (raw) => {
    const pair = pairAt(ctx, raw.start);
    // An obsolete entry is not compared with its source (nobody maintains it), but its source is
    // still the text it translated: a fault copied from there ("&#xB1;", "Start group [(]") is not
    // the translation's.
    if (!pair || !(checkable.has(pair) || pair.address?.state === 'obsolete')) return true;
    inSource ??= sourceFindings(ctx, rule);
    const match = inSource.get(pair.index)?.find((f) => !used.has(f) && same.every((key) => f.data?.[key] === raw.data?.[key]));
    if (!match) return true;
    used.add(match);
    return false;
  };
}

/**
 * Whether a finding lies in an obsolete entry (PO's #~), which the file keeps for reference and
 * no program shows, or in a plural form of a category its language does not have (a Chinese
 * "one"), which no count selects: what is wrong there is info, not a fault a reader meets.
 */
function inUnshownEntry(ctx: CheckContext, raw: RawFinding): boolean {
  if (ctx.pairs === undefined || ctx.pairs.length === 0) return false;
  const pair = pairAt(ctx, raw.start);
  return pair?.address?.state === 'obsolete' || pair?.plural?.unused === true;
}

function toFinding(ctx: CheckContext, rule: Rule<CheckContext>, raw: RawFinding): Finding {
  const { text, lines } = ctx;
  const start = Math.max(0, Math.min(raw.start, text.length));
  const end = Math.max(start, Math.min(raw.end, text.length));
  // Each end's line found once (a binary search over the lines), for its position and the excerpt.
  const startLine = lines.lineOf(start);
  const endLine = end === start ? startLine : lines.lineOf(end);
  const from = lines.positionOnLine(startLine, start);
  const to = lines.positionOnLine(endLine, end);
  const finding: Finding = {
    id: findingId(rule.meta.id, start, end, text),
    rule: rule.meta.id,
    category: rule.meta.category,
    severity: raw.severity ?? rule.meta.severity,
    mqm: raw.mqm ?? rule.meta.mqm,
    message: flat(raw.message),
    start,
    end,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    excerpt: excerpt(ctx, start, end, startLine, endLine),
  };
  if (raw.fix) finding.fix = raw.fix;
  if (raw.data) finding.data = raw.data;
  if (raw.sourceSpan && ctx.source) finding.sourceSpan = sourceSpan(ctx.source, raw.sourceSpan);
  return finding;
}

/**
 * `s` as it is, made one flat string now, while the finding is young. V8 keeps a string joined by
 * + or a template literal (a rule's message) as a tree of its parts, and makes it flat where it is
 * read whole: JSON.stringify does so for every string of the report it writes. By then the
 * findings have outlived the check in the old generation, where the flat copy is made too, on
 * pages of its own (30 MB of mixed prose, 10,000 findings: the old generation grew some 2 MB while
 * the report was written); made here, the copy is young, and a collection keeps it alone, without
 * the tree (that check: 850 page faults and 3.5 MiB of peak RSS less; 10 MB: 2 % fewer
 * instructions). isWellFormed reads the whole string, which V8 makes flat first (a string of
 * one-byte characters, which holds no surrogate, it does not read).
 */
function flat(s: string): string {
  (s as string & { isWellFormed(): boolean }).isWellFormed();
  return s;
}

/** A span of the source text with its position and text (offsets into the source's checked text). */
function sourceSpan(src: CheckContext, span: { start: number; end: number }): Finding['sourceSpan'] {
  const start = Math.max(0, Math.min(span.start, src.text.length));
  const end = Math.max(start, Math.min(span.end, src.text.length));
  const { line, column } = src.lines.position(start);
  return { start, end, line, column, text: src.text.slice(start, end) };
}

/** The flagged text with up to 40 characters either side, within its line (0-based lines of start and end given). */
function excerpt(ctx: CheckContext, start: number, end: number, startLine: number, endLine: number): Finding['excerpt'] {
  const { text, lines } = ctx;
  const lineStart = lines.starts[startLine];
  const contentEnd = lines.lineEnd(endLine);
  const lineEnd = Math.max(contentEnd, end);
  // Each cut takes in the whole character it would part: a letter with its diacritics written
  // apart (NFD), a surrogate pair, an emoji sequence.
  const from = characterStart(text, Math.max(lineStart, start - EXCERPT_CONTEXT), lineStart);
  const to = characterEnd(text, Math.min(lineEnd, end + EXCERPT_CONTEXT), lineEnd);
  const prefix = from > lineStart ? '…' : '';
  // A line's content holds no line break (LF, CR and CRLF all end lines): only an excerpt that
  // runs past one has any to replace, and the others are spared the replace's call per finding.
  const within = startLine === endLine && to <= contentEnd;
  const body = within ? text.slice(from, to) : text.slice(from, to).replace(/[\r\n]+/g, ' ');
  return {
    text: prefix + body + (to < lineEnd ? '…' : ''),
    start: prefix.length + start - from,
    end: prefix.length + end - from,
  };
}

/** Multiplier of findingId's second hash (MurmurHash2's constant); the first is FNV-1a's, as the word hash's. */
const SECOND_MULTIPLIER = 0x5bd1e995;

/**
 * 12 hex digits of two FNV-1a hashes of `${rule}\0${start}\0${end}\0` followed by the flagged
 * text: stable across runs and machines, cheap per finding. The flagged text is read in place in
 * `text`, not sliced out and joined to the rest (a copy of each finding's span, then a flattened
 * key string); two loops, not one with a test per character, cheapest before the code is
 * optimised, as it is for most of a small report's findings. The head is hashed without being
 * built either: the offsets' digits are read off the numbers (a string for each and the joined
 * head were most of a finding's garbage).
 */
function findingId(rule: string, start: number, end: number, text: string): string {
  const headLength = rule.length + decimalLength(start) + decimalLength(end) + 3;
  let h1 = hashHead(WordHash.Basis, rule, start, end, WordHash.Prime);
  let h2 = hashHead(WordHash.Prime ^ (headLength + end - start), rule, start, end, SECOND_MULTIPLIER);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, WordHash.Prime);
    h2 = Math.imul(h2 ^ c, SECOND_MULTIPLIER);
  }
  // h2's first 4 of 8 hex digits are its top 16 bits.
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 16).toString(16).padStart(4, '0');
}

/** `h` stepped (FNV-1a, by `multiplier`) over `${rule}\0${start}\0${end}\0`, which is not built. */
function hashHead(h: number, rule: string, start: number, end: number, multiplier: number): number {
  for (let i = 0; i < rule.length; i++) h = Math.imul(h ^ rule.charCodeAt(i), multiplier);
  h = Math.imul(h, multiplier);
  h = Math.imul(hashDigits(h, start, multiplier), multiplier);
  return Math.imul(hashDigits(h, end, multiplier), multiplier);
}

/** `h` stepped over the decimal digits of `n`, a non-negative integer, as over `${n}`. */
function hashDigits(h: number, n: number, multiplier: number): number {
  let p = 1;
  while (p * 10 <= n) p *= 10;
  for (; p >= 1; p /= 10) h = Math.imul(h ^ (48 + (Math.floor(n / p) % 10)), multiplier);
  return h;
}

/** How many digits `${n}` has, for a non-negative integer n. */
function decimalLength(n: number): number {
  let digits = 1;
  for (let p = 10; p <= n; p *= 10) digits++;
  return digits;
}

function summarise(ctx: CheckContext, findings: readonly Finding[], truncated: boolean): Summary {
  const byCategory: Summary['byCategory'] = {};
  const bySeverity: Summary['bySeverity'] = {};
  const byRule: Summary['byRule'] = {};
  for (const f of findings) {
    byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
    bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  }
  // The shared word scan of the repetition and language rules: one pass serves the count too.
  const words = ctx.tokens.count;
  // Off the paragraph bounds the sentence rules read, without touching the text again.
  const sentences = countSentences(ctx);
  return {
    findings: findings.length,
    byCategory,
    bySeverity,
    byRule,
    characters: ctx.text.length,
    words,
    sentences,
    findingsPer1000Words: perThousandWords(findings.length, words),
    truncated,
  };
}

/** Findings per 1,000 words, to two decimals (0 for no words). */
export function perThousandWords(findings: number, words: number): number {
  return words === 0 ? 0 : Math.round((findings / words) * 100_000) / 100;
}
