// The document column: each block's text with its findings highlighted in place.
//
// Findings may overlap, nest or be empty (an insertion point). The text of a run is cut at every
// finding start and end; each piece is wrapped in one <mark> per finding covering it, outermost
// first in report order. So the pieces of one finding never nest inside each other, the text of a
// finding is the text of its pieces in order, and the first pieces of the findings appear in the
// page in report order. The first piece carries the finding's id, focus and description.

import type { Finding } from '../types.js';
import { categoryClass, categoryStyle, SEVERITIES } from './categories.js';
import { esc } from './escape.js';
import type { ReviewView, ViewBlock, ViewRun } from './view.js';

const NUMBER = new Intl.NumberFormat('en-US');

/** DOM ids of a finding's highlight and its list entry; unique even if a report repeats an id. */
export function findingAnchors(findings: readonly Finding[]): string[] {
  const seen = new Set<string>();
  return findings.map((f, i) => {
    const id = seen.has(f.id) || !/^[\w-]+$/.test(f.id) ? `${i}` : f.id;
    seen.add(id);
    return id;
  });
}

export function documentHtml(view: ReviewView, anchors: readonly string[]): string {
  const { findings } = view.report;
  const started = new Uint8Array(findings.length);
  const open = (i: number): string => {
    const f = findings[i];
    const cls = `f ${categoryClass(f.category)} s-${esc(f.severity)}${f.start === f.end ? ' z' : ''}`;
    if (started[i]) return `<mark class="${cls}" data-i="${i}">`;
    started[i] = 1;
    const a = anchors[i];
    return `<mark class="${cls}" data-i="${i}" id="f-${a}" tabindex="0" aria-describedby="m-${a}" data-tip="${esc(tip(f))}">`;
  };
  const bilingual = view.blocks.some((b) => b.kind === 'block' && b.source !== undefined);
  let html = bilingual ? '<div class="ln bi head" aria-hidden="true"><span class="n"></span><span>Source</span><span>Translation</span></div>' : '';
  for (const block of view.blocks) {
    if (block.kind === 'fold') {
      const what = block.insideFinding ? 'inside a finding, not shown' : 'without findings';
      html += `<p class="fold">… ${NUMBER.format(block.count)} line${block.count === 1 ? '' : 's'} ${what} …</p>`;
      continue;
    }
    html += blockHtml(block, findings, open, bilingual ? (view.sourceLang ? ` lang="${esc(view.sourceLang)}"` : '') : undefined);
  }
  return html;
}

/** `sourceAttrs` is undefined for a monolingual page, else the attributes of the source cells. */
function blockHtml(block: ViewBlock, findings: readonly Finding[], open: (i: number) => string, sourceAttrs: string | undefined): string {
  let body = '';
  for (const piece of block.pieces) {
    body += 'elided' in piece ? `<span class="gap">… ${NUMBER.format(piece.elided)} characters …</span>` : runHtml(piece, block.findings, findings, open);
  }
  const empty = body === '' ? ' e' : '';
  const label = `<span class="n" aria-hidden="true">${esc(block.label)}</span>`;
  const bilingual = sourceAttrs !== undefined;
  const source = bilingual ? `<div class="src" dir="auto"${sourceAttrs}>${textHtml(block.source ?? '')}</div>` : '';
  return `<div class="ln${empty}${bilingual ? ' bi' : ''}">${label}${source}<div class="tx" dir="auto">${body}</div></div>`;
}

function runHtml(run: ViewRun, ids: readonly number[], findings: readonly Finding[], open: (i: number) => string): string {
  const lo = run.offset;
  const hi = lo + run.text.length;
  const inRun: number[] = [];
  const cuts = new Set([lo, hi]);
  for (const i of ids) {
    const { start, end } = findings[i];
    if (start === end ? start >= lo && start <= hi : start < hi && end > lo) {
      inRun.push(i);
      if (start > lo && start < hi) cuts.add(start);
      if (end > lo && end < hi) cuts.add(end);
    }
  }
  if (inRun.length === 0) return textHtml(run.text);
  const points = [...cuts].sort((a, b) => a - b);
  const emptyDone = new Set<number>();
  let html = '';
  for (let k = 0; k < points.length; k++) {
    const a = points[k];
    for (const i of inRun) {
      const f = findings[i];
      if (f.start === f.end && f.start === a && !emptyDone.has(i)) {
        emptyDone.add(i);
        html += `${open(i)}</mark>`;
      }
    }
    if (k + 1 === points.length) break;
    const b = points[k + 1];
    let opened = 0;
    for (const i of inRun) {
      const f = findings[i];
      if (f.start < f.end && f.start <= a && f.end >= b) {
        html += open(i);
        opened++;
      }
    }
    html += textHtml(run.text.slice(a - lo, b - lo)) + '</mark>'.repeat(opened);
  }
  return html;
}

/** What a highlight says on hover or focus without script: severity, category, rule, message, fix. */
function tip(f: Finding): string {
  const severity = SEVERITIES[f.severity]?.label ?? f.severity;
  const fix = f.fix ? `\nFix: ${f.fix.description}` : '';
  return `${severity} · ${categoryStyle(f.category).label} · ${f.rule}\n${f.message}${fix}`;
}

/**
 * Characters a reader could not see or that would reorder the text around them (C0/C1 controls,
 * bidirectional overrides and isolates, zero-width space, word joiner, BOM, soft hyphen) are shown
 * as a labelled box; the character itself stays inside it, isolated, so copying keeps the text.
 */
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u200b\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

export function textHtml(text: string): string {
  const escaped = esc(text);
  HIDDEN.lastIndex = 0;
  if (!HIDDEN.test(escaped)) return escaped;
  return escaped.replace(HIDDEN, (c) => {
    const cp = `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return `<span class="cc" data-cp="${cp}" title="${cp}">${c}</span>`;
  });
}
