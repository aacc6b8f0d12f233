// The summary band: totals, density, severities, a bar chart by category and the counts by rule.

import type { Report, Severity } from '../types.js';
import { CATEGORIES, categoryStyle, SEVERITIES } from './categories.js';
import { esc } from './escape.js';
import { formatCount, formatRatio } from './numbers.js';


export function summaryHtml(report: Report): string {
  const summary = report.summary;
  if (!summary) return '';
  const total = report.findings.length;
  const severities = (Object.keys(SEVERITIES) as Severity[])
    .map((s) => {
      const n = summary.bySeverity[s] ?? 0;
      return `<li class="badge${n ? ` b-${s}` : ''}">${esc(SEVERITIES[s].count(n))}</li>`;
    })
    .join('');
  const headline = total === 0 ? 'No findings' : `${formatCount(total)} finding${total === 1 ? '' : 's'}`;
  const truncated = summary.truncated
    ? '<p class="warn" role="note">The checker stopped listing findings at its cap (per file, or per rule and line): the file has more than shown here.</p>'
    : '';
  return `<section class="card summary" aria-labelledby="h-summary">
<h2 id="h-summary">Summary</h2>
<div class="stats">
<p class="big"><strong>${headline}</strong><span>${formatRatio(summary.findingsPer1000Words)} per 1,000 words</span></p>
<ul class="badges" aria-label="By severity">${severities}</ul>
</div>
${chartHtml(report)}
${rulesHtml(summary.byRule)}
${truncated}
</section>`;
}

/** Horizontal bars, one per category (all known ones, so an empty bar says "checked, none"). */
function chartHtml(report: Report): string {
  const counts = new Map<string, number>(Object.keys(CATEGORIES).map((c) => [c, 0]));
  for (const [c, n] of Object.entries(report.summary?.byCategory ?? {})) counts.set(c, n ?? 0);
  const max = Math.max(1, ...counts.values());
  const row = 26;
  const labelW = 104;
  const barW = 150;
  let rows = '';
  let y = 0;
  for (const [c, n] of counts) {
    const style = categoryStyle(c);
    const w = n === 0 ? 0 : Math.max(3, Math.round((n / max) * barW));
    rows +=
      `<text x="0" y="${y + 17}">${esc(style.label)}</text>` +
      `<rect class="track" x="${labelW}" y="${y + 6}" width="${barW}" height="14" rx="3"/>` +
      (w ? `<rect x="${labelW}" y="${y + 6}" width="${w}" height="14" rx="3" fill="${style.colour}"/>` : '') +
      `<text class="count" x="${labelW + barW + 8}" y="${y + 17}">${formatCount(n)}</text>`;
    y += row;
  }
  const described = [...counts].map(([c, n]) => `${categoryStyle(c).label} ${n}`).join(', ');
  return `<figure class="chart"><figcaption id="h-chart">By category</figcaption>
<svg viewBox="0 0 ${labelW + barW + 48} ${y}" width="${labelW + barW + 48}" height="${y}" role="img" aria-labelledby="h-chart chart-d"><desc id="chart-d">${esc(described)}</desc>${rows}</svg></figure>`;
}

function rulesHtml(byRule: Record<string, number>): string {
  const rules = Object.entries(byRule).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (rules.length === 0) return '';
  const rows = rules.map(([r, n]) => `<li><code>${esc(r)}</code> <span class="count">${formatCount(n)}</span></li>`).join('');
  return `<div class="rules"><h3 id="h-rules">By rule</h3><ul aria-labelledby="h-rules">${rows}</ul></div>`;
}
