// The findings list (grouped by category, each entry linking to its highlight) and the filter form
// that the page's script shows and drives.

import type { Finding, FindingUnit, Report } from '../types.js';
import { CATEGORIES, categoryClass, categoryStyle, SEVERITIES } from './categories.js';
import { esc } from './escape.js';
import { formatCount } from './numbers.js';
import type { FixPreview, Segment } from './fix-preview.js';
import type { ReviewView } from './view.js';

/** Categories present, in the catalogue's order, then any unknown ones. */
function categoriesOf(findings: readonly Finding[]): string[] {
  const present = new Set(findings.map((f) => f.category as string));
  const known = Object.keys(CATEGORIES).filter((c) => present.has(c));
  return [...known, ...[...present].filter((c) => !known.includes(c)).sort()];
}

export function listHtml(view: ReviewView, anchors: readonly string[]): string {
  const { findings } = view.report;
  if (findings.length === 0) return '<p class="none">No findings: nothing to review.</p>';
  const byCategory = new Map<string, number[]>();
  findings.forEach((f, i) => {
    const list = byCategory.get(f.category);
    if (list) list.push(i);
    else byCategory.set(f.category, [i]);
  });
  let html = '';
  categoriesOf(findings).forEach((c, g) => {
    const ids = byCategory.get(c)!.sort((a, b) => findings[a].start - findings[b].start || a - b);
    const style = categoryStyle(c);
    html += `<section class="group" aria-labelledby="g-${g}"><h3 id="g-${g}"><span class="sw ${categoryClass(c)}" aria-hidden="true"></span><span class="lg ${categoryClass(c)}">${esc(style.label)}</span> <span class="count">${formatCount(ids.length)}</span></h3><ol>`;
    for (const i of ids) html += itemHtml(findings[i], i, anchors[i], view.fixes[i]);
    html += '</ol></section>';
  });
  return html;
}

/** One entry; flat (few elements per finding), since a report may hold 10,000 of them. */
function itemHtml(f: Finding, i: number, anchor: string, preview: FixPreview | undefined): string {
  const where = (f.line === f.endLine ? `Line ${f.line}, column ${f.column}` : `Lines ${f.line}–${f.endLine}`) + (f.unit ? `, ${unitLabel(f.unit)}` : '');
  const severity = SEVERITIES[f.severity]?.label ?? f.severity;
  return (
    `<li class="item" id="n-${anchor}" data-i="${i}" data-k="${esc(f.category)}" data-s="${esc(f.severity)}" data-r="${esc(f.rule)}">` +
    `<a class="loc" href="#f-${anchor}">${esc(where)}</a>` +
    `<span class="badge b-${esc(f.severity)}">${esc(severity)}</span><code>${esc(f.rule)}</code><span class="mqm">${esc(f.mqm)}</span>` +
    `<p class="msg" id="m-${anchor}">${esc(f.message)}</p>${f.fix ? fixHtml(f.fix.description, f.fix.safe, preview) : ''}</li>`
  );
}

/** A unit's address in the format's terms: "unit 12, segment 2 (resname) in file.xml, fuzzy". */
function unitLabel(u: FindingUnit): string {
  let label = `unit ${u.id}${u.endId && u.endId !== u.id ? `–${u.endId}` : ''}`;
  if (u.segment) label += `, segment ${u.segment}`;
  if (u.key) label += ` (${u.key})`;
  if (u.part) label += ` in ${u.part}`;
  if (u.state) label += `, ${u.state}`;
  return label;
}

function fixHtml(description: string, safe: boolean, preview: FixPreview | undefined): string {
  const html = `<p class="fix"><b>${safe ? 'Safe fix' : 'Suggested fix'}:</b> ${esc(description)}</p>`;
  if (!preview) return html;
  // The labels come from CSS (data-l), so each side is one element with its changes inside.
  const side = (label: string, segs: Segment[], tag: 'del' | 'ins') =>
    `<p class="ba" data-l="${label}">${preview.clippedStart ? '…' : ''}${segs.map((s) => (s.changed ? `<${tag}>${esc(visibleWhitespace(s.text))}</${tag}>` : esc(s.text))).join('')}${preview.clippedEnd ? '…' : ''}</p>`;
  return html + side('Before', preview.before, 'del') + side('After', preview.after, 'ins');
}

/** A removed or inserted space or line break would be invisible in the preview. */
function visibleWhitespace(text: string): string {
  return /^\s+$/.test(text) ? text.replace(/\r\n|\r|\n/g, '↵').replace(/[^\S↵]/g, '␣') : text;
}

/** The filter form: hidden until the script runs, since without it the boxes would do nothing. */
export function filtersHtml(report: Report): string {
  const { findings } = report;
  if (findings.length === 0) return '';
  const count = (pick: (f: Finding) => string) => {
    const m = new Map<string, number>();
    for (const f of findings) m.set(pick(f), (m.get(pick(f)) ?? 0) + 1);
    return m;
  };
  const byCategory = count((f) => f.category);
  const bySeverity = count((f) => f.severity);
  const byRule = count((f) => f.rule);
  const box = (name: string, value: string, label: string, n: number) =>
    `<label class="chip"><input type="checkbox" name="${name}" value="${esc(value)}" checked> ${label} <span class="count">${formatCount(n)}</span></label>`;
  const group = (legend: string, boxes: string) => `<fieldset><legend>${legend}</legend>${boxes}</fieldset>`;
  const categories = categoriesOf(findings)
    .map((c) => box('k', c, `<span class="sw ${categoryClass(c)}" aria-hidden="true"></span>${esc(categoryStyle(c).label)}`, byCategory.get(c)!))
    .join('');
  const severities = [...bySeverity.keys()]
    .sort((a, b) => Object.keys(SEVERITIES).indexOf(a) - Object.keys(SEVERITIES).indexOf(b))
    .map((s) => box('s', s, esc(SEVERITIES[s as keyof typeof SEVERITIES]?.label ?? s), bySeverity.get(s)!))
    .join('');
  const rules = [...byRule.keys()].sort().map((r) => box('r', r, `<code>${esc(r)}</code>`, byRule.get(r)!)).join('');
  return `<form class="filters" id="filters" hidden aria-label="Filter findings">
${group('Category', categories)}${group('Severity', severities)}
<details><summary>Rules (${byRule.size})</summary>${group('Rule', rules)}</details>
<p class="status"><span id="shown" aria-live="polite">Showing all ${formatCount(findings.length)}</span><span class="keys">Keys: <kbd>n</kbd> / <kbd>p</kbd> next / previous finding, <kbd>Esc</kbd> closes a note</span></p>
</form>`;
}
