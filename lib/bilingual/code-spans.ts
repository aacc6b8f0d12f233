// Inline code in backticks, as reStructuredText (Sphinx documentation's PO files) and Markdown
// write it: an inline literal ("``t1 = t2 * i``"), a role (":func:`all`", ":c:member:`~PyConfig.x`")
// and interpreted text or a code span ("`x`"). Translations keep these as they are, so their words
// are no text to compare (their numbers are still numbers: a translation may write the source's
// "set to *0*" as "``0``"). A role or link with a title ("​:term:`encodage du système
// de fichiers <filesystem encoding and error handler>`", "`le tutoriel <tutorial.html>`_") shows
// its title, which is translated: only its target in angle brackets is code.

import type { Range } from './protected.js';

const BACKTICK = 0x60;
/** A role's name before its backquote: ":func:", ":c:func:", ":py:meth:" (letters, digits, "-", "_", "+", ".", inner colons). */
const ROLE_BEFORE = /:[A-Za-z][\w.+-]*(?::[A-Za-z][\w.+-]*)*:$/;
/** Text and a target in angle brackets at its end: "title <target>". */
const TITLED = /\S\s*<[^<>`]+>$/;

/** `ranges` (sorted by start) with the code spans in backticks of text[start, end) added, sorted. */
export function withBacktickCode(ranges: readonly Range[], text: string, start: number, end: number): Range[] {
  const spans = backtickCode(text, start, end);
  return spans.length === 0 ? [...ranges] : [...ranges, ...spans].sort((a, b) => a.start - b.start);
}

/** The code spans in backticks in text[start, end): for a titled role or link, its role name and its target. */
export function backtickCode(text: string, start: number, end: number): Range[] {
  const ranges: Range[] = [];
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) !== BACKTICK) continue;
    if (text.charCodeAt(i + 1) === BACKTICK) {
      // An inline literal runs to the next double backquote.
      const close = backtickAt(text, i + 2, end, true);
      if (close < 0) return ranges;
      ranges.push({ start: i, end: close + 2 });
      i = close + 1;
      continue;
    }
    const close = backtickAt(text, i + 1, end, false);
    if (close < 0) return ranges;
    const role = ROLE_BEFORE.exec(text.slice(Math.max(start, i - 40), i));
    const from = role ? i - role[0].length : i;
    const content = text.slice(i + 1, close);
    // A reference (a link's "_" or "__" after the closing backquote) or a role may carry a title.
    if (TITLED.test(content) && (role || text.charCodeAt(close + 1) === 0x5f)) {
      const target = i + 1 + content.lastIndexOf('<');
      if (role) ranges.push({ start: from, end: i + 1 });
      ranges.push({ start: target, end: close + 1 });
    } else {
      ranges.push({ start: from, end: close + 1 });
    }
    i = close;
  }
  return ranges;
}

/**
 * The next backquote (or double backquote) in text[from, end), or -1: looked for within the unit
 * only, as an indexOf would run on through the document once per unit with a lone backquote.
 */
function backtickAt(text: string, from: number, end: number, double: boolean): number {
  for (let j = from; j < end; j++) {
    if (text.charCodeAt(j) !== BACKTICK) continue;
    if (!double) return j;
    if (j + 1 < end && text.charCodeAt(j + 1) === BACKTICK) return j;
  }
  return -1;
}
