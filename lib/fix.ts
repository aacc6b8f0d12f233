// Applies the fixes rules suggest, and shows them as a unified diff (jsdiff).

import { createPatch } from 'diff';
import type { Edit, Finding } from './types.js';

/** What one run of `mtqa fix` applies: whole fixes that do not touch each other, and their edits in text order. */
export interface FixPlan {
  /** How many fixes the edits carry out. */
  fixes: number;
  /** Fixes left out because they touch text another fix changes (the next run gets them). */
  conflicts: number;
  edits: Edit[];
}

/**
 * The fixes of the findings (safe ones only unless `all`) that can be applied together. A fix is
 * applied whole or not at all: applying one edit of a two-edit fix ("join the fragment": drop the
 * full stop, lowercase the word) would leave text no rule meant. Of two fixes that touch the same
 * text, the one that starts first is kept.
 */
export function planFixes(findings: readonly Finding[], all = false): FixPlan {
  const candidates = findings
    .filter((f) => f.fix && f.fix.edits.length > 0 && (all || f.fix.safe))
    .map((f) => [...f.fix!.edits].sort(byPosition))
    .sort((a, b) => byPosition(a[0], b[0]));
  // Kept edits, sorted; candidates come in order of their first edit, so most land at the end.
  const kept: Edit[] = [];
  let fixes = 0;
  let conflicts = 0;
  for (const edits of candidates) {
    if (edits.some((e, k) => (k > 0 && touches(edits[k - 1], e)) || clashes(kept, e))) {
      conflicts++;
      continue;
    }
    for (const e of edits) kept.splice(insertionPoint(kept, e), 0, e);
    fixes++;
  }
  return { fixes, conflicts, edits: kept };
}

/** The edits of planFixes, ready for applyEdits. */
export function collectEdits(findings: readonly Finding[], all = false): Edit[] {
  return planFixes(findings, all).edits;
}

function byPosition(a: Edit, b: Edit): number {
  return a.start - b.start || a.end - b.end;
}

/** The text an edit occupies; an insertion occupies the place it inserts at (two insertions there clash). */
function reach(e: Edit): number {
  return e.start === e.end ? e.start + 1 : e.end;
}

/** Whether edit b (not before a) touches text that a changes. */
function touches(a: Edit, b: Edit): boolean {
  return b.start < reach(a);
}

function clashes(kept: readonly Edit[], e: Edit): boolean {
  const i = insertionPoint(kept, e);
  return (i > 0 && touches(kept[i - 1], e)) || (i < kept.length && touches(e, kept[i]));
}

/** Index of the first kept edit that sorts after e. */
function insertionPoint(kept: readonly Edit[], e: Edit): number {
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byPosition(kept[mid], e) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

/** Unified diff from the text to the text with all safe fixes applied ('' when there are none). */
export function buildPatch(name: string, text: string, findings: readonly Finding[]): string {
  const { edits } = planFixes(findings);
  if (edits.length === 0) return '';
  return createPatch(name, text, applyEdits(text, edits), '', '', { context: 1 });
}
