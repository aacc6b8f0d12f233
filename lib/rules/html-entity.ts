import type { CheckContext } from '../context.js';
import { entityCodePoint } from '../catalogue/entities.js';
import type { Rule } from '../types.js';

// Starts at the cheap literal "&"; the bodies are bounded, so the regex cannot backtrack far.
const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;
/** The rest of a reference escaped twice, right after its "&amp;": "quot;" in "&amp;quot;". */
const REST = /(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;

export const htmlEntity: Rule<CheckContext> = {
  meta: {
    id: 'html-entity',
    category: 'encoding',
    severity: 'warning',
    mqm: 'Fluency/Character encoding',
    languages: '*',
    description:
      'An HTML character reference left in plain text ("&amp;", "&nbsp;", "&#8217;"), also escaped twice ' +
      '("&amp;quot;"). The safe fix writes the character; for "&lt;" and "&gt;", which a text about markup may ' +
      'mean literally, the fix is offered but not applied automatically. Names that are not HTML entities ' +
      '("AT&T;", "R&D;") are left alone.',
    examples: {
      bad: [
        { text: 'Johnson &amp; Johnson reported higher sales.', flags: '&amp;' },
        { text: 'Er sagte: &quot;Wir sind bereit.&quot;', lang: 'de', flags: '&quot;' },
        { text: 'El precio es de 100&nbsp;euros.', lang: 'es', flags: '&nbsp;' },
        { text: 'Smlouva nabývá účinnosti dnem podpisu&#8230;', lang: 'cs', flags: '&#8230;' },
        { text: 'Компания &laquo;Газпром&raquo; сообщила об этом.', lang: 'ru', flags: '&laquo;' },
        { text: 'Він сказав &amp;quot;так&amp;quot;.', lang: 'uk', flags: '&amp;quot;' },
      ],
      good: [
        { text: 'AT&T; and R&D; are names, and Q&A sessions are fine. Tom & Jerry.' },
        { text: 'Use the URL https://example.com/?a=1&b=2 for tests.' },
      ],
    },
  },

  check(ctx, report) {
    const { text } = ctx;
    ENTITY.lastIndex = 0;
    for (let m = ENTITY.exec(text); m !== null; m = ENTITY.exec(text)) {
      let cp = entityCodePoint(m[1]);
      if (cp === undefined) continue;
      const start = m.index;
      let end = start + m[0].length;
      // Escaped twice or more: "&amp;quot;" is one reference to a quotation mark.
      while (cp === 0x26) {
        REST.lastIndex = end;
        const next = REST.exec(text);
        const inner = next ? entityCodePoint(next[1]) : undefined;
        if (inner === undefined) break;
        cp = inner;
        end = REST.lastIndex;
      }
      ENTITY.lastIndex = end;
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
