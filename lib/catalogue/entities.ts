// HTML character references that leak into text when markup is stripped without decoding, or
// escaped twice: "&amp;", "&nbsp;", "&#8217;", "&amp;quot;", "&bullet;". The named ones are the HTML
// standard's full table, as entities (htmlparser2's decoder) carries it.

import { namedReferenceText } from '../formats/html-references.js';

/**
 * The code point an entity body ("amp", "#8217", "#x2019") stands for, or undefined. A name that
 * stands for two code points ("fjlig", "NotEqualTilde") gives undefined: it is no one character.
 */
export function entityCodePoint(body: string): number | undefined {
  if (body.charCodeAt(0) !== 35) {
    // not '#'
    const text = namedReferenceText(body);
    const cp = text?.codePointAt(0);
    return cp !== undefined && String.fromCodePoint(cp).length === text!.length ? cp : undefined;
  }
  const hex = body[1] === 'x' || body[1] === 'X';
  const cp = parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
  // NUL, surrogates and out-of-range numbers are not characters.
  if (!(cp > 0) || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) return undefined;
  return cp;
}
