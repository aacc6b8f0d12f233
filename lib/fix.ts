// Applies the fixes rules suggest, and shows them as a unified diff (jsdiff).

import { createPatch } from 'diff';
import type { Edit, Finding } from './types.js';

/** Edits of the findings' fixes (safe ones only unless `all`), sorted; overlapping ones are dropped. */
export function collectEdits(findings: readonly Finding[], all = false): Edit[] {
  const edits = findings
    .filter((f) => f.fix && (all || f.fix.safe))
    .flatMap((f) => f.fix!.edits)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Edit[] = [];
  let reach = -1;
  for (const e of edits) {
    if (e.start < reach) continue; // two fixes touch the same text: keep the first, the next run gets the rest
    kept.push(e);
    reach = Math.max(e.end, e.start === e.end ? e.start + 1 : e.end);
  }
  return kept;
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
  const edits = collectEdits(findings);
  if (edits.length === 0) return '';
  return createPatch(name, text, applyEdits(text, edits), '', '', { context: 1 });
}
