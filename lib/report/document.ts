// The document column: each block's text (and its source, for bilingual files) with its findings
// highlighted in place, inline codes as tokens, and a unit's address above it.
//
// Findings may overlap, nest or be empty (an insertion point). The text of a run is cut at every
// finding start and end (and at every token); each piece is wrapped in one <mark> per finding
// covering it, outermost first in report order. So the pieces of one finding never nest inside
// each other, the text of a finding is the text of its pieces in order, and the first pieces of
// the findings appear in the page in document order (report order, for plain text). The first
// piece carries the finding's id, focus and description. Tokens hold no text of their own (their
// label is CSS content) but the U+FFFC a placeholder stands as, so a mark's text is the checked text.

import type { Finding } from '../types.js';
import { categoryClass, categoryStyle, SEVERITIES } from './categories.js';
import { esc } from './escape.js';
import { formatCount } from './numbers.js';
import { invisibles } from '../text/invisible.js';
import type { ReviewView, ViewCode, ViewRun, ViewText } from './view.js';
import { ellipsized } from '../text/chars.js';

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
  // An empty span (an insertion point) shows as a caret.
  const markClass = (i: number, kind: string, span = view.spans[i]) =>
    `${kind} ${categoryClass(findings[i].category)} s-${esc(findings[i].severity)}${span && span[0] === span[1] ? ' z' : ''}`;
  const open = (i: number): string => {
    if (started[i]) return `<mark class="${markClass(i, 'f')}" data-i="${i}">`;
    started[i] = 1;
    const a = anchors[i];
    return `<mark class="${markClass(i, 'f')}" data-i="${i}" id="f-${a}" tabindex="0" aria-describedby="m-${a}" data-tip="${esc(tip(findings[i]))}">`;
  };
  // The part of the source a finding refers to: marked alike, but not a stop of its own.
  const openSource = (i: number) => `<mark class="${markClass(i, 'sf', view.sourceSpans[i])}" data-i="${i}" aria-describedby="m-${anchors[i]}">`;
  const bilingual = view.blocks.some((b) => b.kind === 'block' && b.source !== undefined);
  const sourceAttrs = view.sourceLang ? ` lang="${esc(view.sourceLang)}"` : '';
  const segmentWord = view.report.source.format === 'xliff' ? 'segment ' : '';
  let html = bilingual ? '<div class="ln bi head" aria-hidden="true"><span class="n"></span><span>Source</span><span>Translation</span></div>' : '';
  let part: string | undefined;
  for (const block of view.blocks) {
    if (block.kind === 'fold') {
      const what = block.insideFinding ? 'inside a finding, not shown' : 'without findings';
      html += `<p class="fold">… ${formatCount(block.count)} ${block.noun}${block.count === 1 ? '' : 's'} ${what} …</p>`;
      continue;
    }
    const target = sideHtml(block, view.spans, open);
    const source = block.source && sideHtml(block.source, view.sourceSpans, openSource);
    let caption = '';
    const a = block.address;
    if (a) {
      const bits: string[] = [];
      // A long id goes here rather than in the gutter, unless it is the source text itself (a PO msgid).
      if (!block.label && (!block.source || a.id !== shownText(block.source))) bits.push(`<b>${esc(ellipsized(a.id, 80, 79))}</b>`);
      if (a.segment) bits.push(esc(segmentWord + a.segment));
      if (a.key) bits.push(`<code>${esc(a.key)}</code>`);
      if (a.part && a.part !== part) bits.push(`in ${esc(a.part)}`);
      // States that say the translation is unfinished stand out.
      if (a.state) bits.push(`<span class="st${/^(fuzzy|new|initial|needs)/.test(a.state) ? ' w' : ''}">${esc(a.state)}</span>`);
      part = a.part;
      if (bits.length > 0) caption = `<p class="ua">${bits.join(' · ')}</p>`;
    }
    const empty = target === '' && !a ? ' e' : '';
    // Line numbers are for the eye; a unit's id is part of its address.
    const label = `<span class="n"${a ? '' : ' aria-hidden="true"'}>${esc(block.label)}</span>`;
    const src = bilingual ? `<div class="src" dir="auto"${sourceAttrs}>${source ?? ''}</div>` : '';
    html += `<div class="ln${empty}${bilingual ? ' bi' : ''}${a ? ' u' : ''}">${label}${caption}${src}<div class="tx" dir="auto">${target}</div></div>`;
  }
  return html;
}

const shownText = (t: ViewText) => t.pieces.map((p) => ('text' in p ? p.text : '')).join('');

/** One side of a block: its runs with findings marked and tokens in place, and its gaps. */
function sideHtml(side: ViewText, spans: ReviewView['spans'], open: (i: number) => string): string {
  let html = '';
  const codes = side.codes ?? [];
  side.pieces.forEach((piece, k) => {
    if ('elided' in piece) {
      html += `<span class="gap">… ${formatCount(piece.elided)} characters …</span>`;
      return;
    }
    const lo = piece.offset;
    const hi = lo + piece.text.length;
    const last = k === side.pieces.length - 1;
    const here = codes.filter((c) => c.offset >= lo && (c.offset < hi || (last && c.offset === hi)));
    html += runHtml(piece, here, side.findings, spans, open);
  });
  return html;
}

function runHtml(run: ViewRun, codes: readonly ViewCode[], ids: readonly number[], spans: ReviewView['spans'], open: (i: number) => string): string {
  const lo = run.offset;
  const hi = lo + run.text.length;
  const inRun: number[] = [];
  const cuts = new Set([lo, hi]);
  for (const i of ids) {
    const span = spans[i];
    if (!span) continue;
    const [start, end] = span;
    if (start === end ? start >= lo && start <= hi : start < hi && end > lo) {
      inRun.push(i);
      if (start > lo && start < hi) cuts.add(start);
      if (end > lo && end < hi) cuts.add(end);
    }
  }
  if (inRun.length === 0 && codes.length === 0) return textHtml(run.text);
  for (const c of codes) {
    cuts.add(c.offset);
    if (c.wraps) cuts.add(c.offset + 1);
  }
  const token = (c: ViewCode, inner: string) => `<span class="ic" data-c="${esc(c.label)}">${inner}</span>`;
  const points = [...cuts].sort((a, b) => a - b);
  const emptyDone = new Set<number>();
  let html = '';
  for (let k = 0; k < points.length; k++) {
    const a = points[k];
    for (const i of inRun) {
      const [start, end] = spans[i]!;
      if (start === end && start === a && !emptyDone.has(i)) {
        emptyDone.add(i);
        html += `${open(i)}</mark>`;
      }
    }
    for (const c of codes) if (c.offset === a && !c.wraps) html += token(c, '');
    if (k + 1 === points.length) break;
    const b = points[k + 1];
    let opened = 0;
    for (const i of inRun) {
      const [start, end] = spans[i]!;
      if (start < end && start <= a && end >= b) {
        html += open(i);
        opened++;
      }
    }
    const wrap = codes.find((c) => c.wraps && c.offset === a);
    const text = textHtml(run.text.slice(a - lo, b - lo));
    html += (wrap ? token(wrap, text) : text) + '</mark>'.repeat(opened);
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
const HIDDEN = new RegExp(`[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f${invisibles('hint', 'embedding')}]`, 'g');

export function textHtml(text: string): string {
  const escaped = esc(text);
  HIDDEN.lastIndex = 0;
  if (!HIDDEN.test(escaped)) return escaped;
  return escaped.replace(HIDDEN, (c) => {
    const cp = `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return `<span class="cc" data-cp="${cp}" title="${cp}">${c}</span>`;
  });
}
