// Documents the review-page tests draw: hostile text, a file with many kinds of findings (plus
// overlapping, nested, empty and multi-line ones the rules rarely make), and large files.

import { readFileSync } from 'node:fs';
import { checkText } from '../lib/check.js';
import { LineIndex } from '../lib/text/lines.js';
import type { Category, Finding, Report, Severity } from '../lib/types.js';

export const SEED = readFileSync(new URL('../seeds/000_3bf6eb0c58bdff8a.txt', import.meta.url), 'utf8');

/** Markup, script, links and quotes that must all render as text; each line also carries an artifact. */
export const HOSTILE =
  [
    'Attack test.',
    '<script>window.__pwned = "script"</script> was here. the text goes on.',
    '</textarea><img src=x onerror="window.__pwned=\'img\'"> and the the end.',
    '<a href="javascript:window.__pwned=\'link\'">click me</a>.Then it ends.',
    '"><svg onload="window.__pwned=\'svg\'"> \' and " quotes <!-- a comment --> ]]> done.',
    '<style>body{display:none}</style><meta http-equiv="refresh" content="0;url=http://evil.invalid/"> ok. the end',
    '<link rel="stylesheet" href="http://evil.invalid/x.css"><iframe src="http://evil.invalid/"></iframe> &lt;b&gt; x.',
    'Bidi \u202eevil\u202c override, zero\u200bwidth, bell \u0007 here. the end.',
  ].join('\n') + '\n';

export const HOSTILE_NAME = 'docs/<img src=x onerror="window.__pwned=\'name\'">\'".txt';

/** A line per kind of artifact, across every category. */
export const MULTI = [
  'Quarterly report of the the committee',
  '',
  'The sides will expand cooperation. in the field of energy and agreed on the plan.The next meeting is in May.',
  'Prices rose in the cafÃ© sector and the the costs too,, said the minister (see the annex.',
  'Das ist ein deutscher Satz, der hier nicht übersetzt wurde und der im Text stehen bleibt.',
  'The delegation visited Tom &amp; Jerry Ltd. and the the delegation met the mayor again.',
  'He said “it was fine. and then left； the talks went on with a rep\u200bort of the day.',
  'the plan the plan the plan the plan the plan was discussed at length.',
  'Control \u0007 bell and a replacement \ufffd char here. It ends.',
  '',
].join('\n');

export function check(text: string, name: string, lang = 'en'): Report {
  return checkText(text, { name, lang });
}

/** A finding as the engine would make it, for shapes the rules seldom produce. */
export function finding(text: string, start: number, end: number, rule: string, category: Category, severity: Severity): Finding {
  const lines = new LineIndex(text);
  const from = lines.position(start);
  const to = lines.position(end);
  return {
    id: `t${start}-${end}-${rule}`,
    rule,
    category,
    severity,
    mqm: 'Other',
    message: `Test finding over “${text.slice(start, end)}”.`,
    start,
    end,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    excerpt: { text: text.slice(start, end), start: 0, end: end - start },
  };
}

/** MULTI's report plus a nested, a same-span, an overlapping, an empty and a two-line finding, sorted as reports are. */
/** How many findings multiReport() adds to the checker's. */
export const MULTI_ADDED = 5;

export function multiReport(): Report {
  const report = check(MULTI, 'multi.txt');
  const at = (s: string) => MULTI.indexOf(s);
  const loop = at('the plan the plan');
  const mojibake = at('cafÃ©');
  report.findings.push(
    finding(MULTI, loop + 4, loop + 12, 'test-nested', 'repetition', 'info'),
    finding(MULTI, at('the the'), at('the the') + 7, 'test-same-span', 'punctuation', 'info'),
    finding(MULTI, mojibake - 4, mojibake + 2, 'test-overlap', 'encoding', 'warning'),
    finding(MULTI, at('.The next') + 1, at('.The next') + 1, 'test-empty', 'punctuation', 'warning'),
    finding(MULTI, at('stehen bleibt.'), at('The delegation') + 3, 'test-two-lines', 'language', 'info'),
  );
  report.findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : 1));
  return report;
}

/** About `bytes` of `unit` repeated, whole lines only. */
export function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length));
}

/** Clean English prose of about `bytes`: varied sentences, a paragraph per line. */
export function cleanProse(bytes: number): string {
  const lines: string[] = [];
  let size = 0;
  for (let i = 1; size < bytes; i++) {
    const line = `Paragraph ${i} describes how the committee reviewed item ${i * 7} of the budget. Its members agreed on ${i % 13} changes and asked for a report by week ${i % 52}.`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n') + '\n';
}
