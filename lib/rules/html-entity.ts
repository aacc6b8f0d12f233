import type { CheckContext } from '../context.js';
import { entityCodePoint } from '../catalogue/entities.js';
import type { Rule, RuleExamples } from '../types.js';

/** The body of a reference right after its "&" ("amp;", "#8217;"): bounded, so it cannot backtrack far. */
const BODY = /(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;

/** For the rule catalogue (scripts/update-schema.ts); not in the meta, so the bundle leaves it out. */
export const description =
  'An HTML character reference left in plain text ("&amp;", "&nbsp;", "&#8217;"), also escaped twice ' +
  '("&amp;quot;"). The safe fix writes the character; for "&lt;" and "&gt;", which a text about markup may ' +
  'mean literally, the fix is offered but not applied automatically. In a line that holds tags (a string of markup: ' +
  '"Ana &lt;<a href=\'mailto:…\'>…</a>&gt;") the escapes markup needs (&amp; &lt; &gt; &quot; &apos;) are left alone. Names that are not HTML entities ' +
  '("AT&T;", "R&D;") are left alone; the names known are the HTML standard\'s full table ("&bullet;", "&rarr;").';

export const htmlEntity: Rule<CheckContext> = {
  meta: {
    id: 'html-entity',
    category: 'encoding',
    severity: 'warning',
    mqm: 'Fluency/Character encoding',
    languages: '*',
    silencedBySource: true,
  },

  check(ctx, report) {
    const { text, lines } = ctx;
    let covered = -1;
    // Whether each line with a reference holds markup, asked once per line.
    let markupLine = -1;
    let markup = false;
    for (const start of ctx.marks.ampersand) {
      if (start < covered) continue;
      BODY.lastIndex = start + 1;
      const m = BODY.exec(text);
      let cp = m ? entityCodePoint(m[1]) : undefined;
      if (cp === undefined) continue;
      let end = BODY.lastIndex;
      const once = end;
      // Escaped twice or more: "&amp;quot;" is one reference to a quotation mark.
      while (cp === 0x26) {
        BODY.lastIndex = end;
        const next = BODY.exec(text);
        const inner = next ? entityCodePoint(next[1]) : undefined;
        if (inner === undefined) break;
        cp = inner;
        end = BODY.lastIndex;
      }
      covered = end;
      if (end === once && ESCAPED_IN_MARKUP.includes(cp)) {
        const line = lines.lineOf(start);
        if (line !== markupLine) {
          markupLine = line;
          markup = TAG.test(text.slice(lines.starts[line], lines.lineEnd(line)));
        }
        // In a line of markup ('Ana &lt;<a href="mailto:…">…</a>&gt;'), markup's own escapes are due.
        if (markup) continue;
      }
      const char = String.fromCodePoint(cp);
      const shown = cp === 0xa0 ? 'a no-break space' : cp < 0x20 || (cp >= 0x7f && cp < 0xa0) ? `U+${cp.toString(16).toUpperCase()}` : `“${char}”`;
      report({
        start,
        end,
        message: `HTML entity “${text.slice(start, end)}” in plain text: write ${shown}.`,
        fix: { description: `write ${shown}`, edits: [{ start, end, text: char }], safe: cp !== 0x3c && cp !== 0x3e },
      });
    }
  },
};

/** The characters markup must escape (XML's predefined entities): & < > " '. */
const ESCAPED_IN_MARKUP = [0x26, 0x3c, 0x3e, 0x22, 0x27];
/** An HTML or XML tag: "<a href='…'>", "</b>", "<br/>". */
const TAG = /<\/?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?\/?>/;

/** What the rule flags and what it leaves alone: tests/rules.test.ts runs them. Not part of the rule, so not of the bundle. */
export const examples: RuleExamples = {
  bad: [
    {
      text: 'Johnson &amp; Johnson reported higher sales.',
      findings: [{ flagged: '&amp;', message: 'HTML entity “&amp;” in plain text: write “&”.' }],
      output: 'Johnson & Johnson reported higher sales.',
    },
    {
      text: 'Er sagte: &quot;Wir sind bereit.&quot;',
      lang: 'de',
      findings: [
        { flagged: '&quot;', message: 'HTML entity “&quot;” in plain text: write “"”.' },
        { flagged: '&quot;', start: 32, message: 'HTML entity “&quot;” in plain text: write “"”.' },
      ],
      output: 'Er sagte: "Wir sind bereit."',
    },
    {
      text: 'El precio es de 100&nbsp;euros.',
      lang: 'es',
      findings: [{ flagged: '&nbsp;', message: 'HTML entity “&nbsp;” in plain text: write a no-break space.' }],
      output: 'El precio es de 100\u00A0euros.',
    },
    {
      text: 'Smlouva nabývá účinnosti dnem podpisu&#8230;',
      lang: 'cs',
      findings: [{ flagged: '&#8230;', message: 'HTML entity “&#8230;” in plain text: write “…”.' }],
      output: 'Smlouva nabývá účinnosti dnem podpisu…',
    },
    {
      text: 'Компания &laquo;Газпром&raquo; сообщила об этом.',
      lang: 'ru',
      findings: [
        { flagged: '&laquo;', message: 'HTML entity “&laquo;” in plain text: write “«”.' },
        { flagged: '&raquo;', message: 'HTML entity “&raquo;” in plain text: write “»”.' },
      ],
      output: 'Компания «Газпром» сообщила об этом.',
    },
    {
      text: 'Він сказав &amp;quot;так&amp;quot;.',
      lang: 'uk',
      findings: [
        { flagged: '&amp;quot;', message: 'HTML entity “&amp;quot;” in plain text: write “"”.' },
        { flagged: '&amp;quot;', start: 24, message: 'HTML entity “&amp;quot;” in plain text: write “"”.' },
      ],
      output: 'Він сказав "так".',
    },
    {
      // A name of HTML5's table beyond HTML 4's (a translated Hugo page).
      text: 'Vorteile: &bullet; schnell &bullet; sicher',
      lang: 'de',
      findings: [
        { flagged: '&bullet;', message: 'HTML entity “&bullet;” in plain text: write “•”.' },
        { flagged: '&bullet;', start: 27, message: 'HTML entity “&bullet;” in plain text: write “•”.' },
      ],
      output: 'Vorteile: • schnell • sicher',
    },
    {
      // Escaped twice in a line of markup: the reference itself was escaped again.
      text: 'Press <b>Save &amp;amp; Close</b> to finish.',
      findings: [{ flagged: '&amp;amp;', message: 'HTML entity “&amp;amp;” in plain text: write “&”.' }],
      output: 'Press <b>Save & Close</b> to finish.',
    },
  ],
  good: [
    { text: 'AT&T; and R&D; are names, and Q&A sessions are fine. Tom & Jerry.' },
    { text: 'Use the URL https://example.com/?a=1&b=2 for tests.' },
    // Names of the table ("not", "lang") without the semicolon a reference in text needs here.
    { text: 'Filter with https://example.com/search?q=tea&not=green&lang=en to compare.' },
    // A line of markup (GNOME's translator credits) escapes what markup must.
    { text: "Ana Petrova &lt;<a href='mailto:ana@example.org'>ana@example.org</a>&gt; &amp; Ivo", lang: 'bg' },
  ],
};
