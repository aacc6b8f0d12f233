// HTML character references that leak into text when markup is stripped without decoding, or
// escaped twice: "&amp;", "&nbsp;", "&#8217;", "&amp;quot;". The named ones most often seen in
// exported translations: HTML 4's Latin-1 set (in code-point order from U+00A0) and its common
// punctuation, symbols and Latin Extended letters.

const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro ' +
  'para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil ' +
  'Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave ' +
  'Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml ' +
  'igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute ' +
  'thorn yuml';

const OTHERS: Record<string, number> = {
  amp: 0x26, lt: 0x3c, gt: 0x3e, quot: 0x22, apos: 0x27,
  OElig: 0x152, oelig: 0x153, Scaron: 0x160, scaron: 0x161, Yuml: 0x178, Zcaron: 0x17d, zcaron: 0x17e, fnof: 0x192,
  circ: 0x2c6, tilde: 0x2dc, ensp: 0x2002, emsp: 0x2003, thinsp: 0x2009, zwnj: 0x200c, zwj: 0x200d, lrm: 0x200e, rlm: 0x200f,
  ndash: 0x2013, mdash: 0x2014, lsquo: 0x2018, rsquo: 0x2019, sbquo: 0x201a, ldquo: 0x201c, rdquo: 0x201d, bdquo: 0x201e,
  dagger: 0x2020, Dagger: 0x2021, bull: 0x2022, hellip: 0x2026, permil: 0x2030, prime: 0x2032, Prime: 0x2033,
  lsaquo: 0x2039, rsaquo: 0x203a, euro: 0x20ac, trade: 0x2122, larr: 0x2190, rarr: 0x2192, minus: 0x2212, le: 0x2264, ge: 0x2265,
  // Czech, Polish and other Central European letters as HTML5 names
  Ccaron: 0x10c, ccaron: 0x10d, Dcaron: 0x10e, dcaron: 0x10f, Ecaron: 0x11a, ecaron: 0x11b, Ncaron: 0x147, ncaron: 0x148,
  Rcaron: 0x158, rcaron: 0x159, Tcaron: 0x164, tcaron: 0x165, Uring: 0x16e, uring: 0x16f, Lstrok: 0x141, lstrok: 0x142,
};

const NAMED = new Map<string, number>(Object.entries(OTHERS));
LATIN1.split(' ').forEach((name, k) => NAMED.set(name, 0xa0 + k));

/** The code point an entity body ("amp", "#8217", "#x2019") stands for, or undefined. */
export function entityCodePoint(body: string): number | undefined {
  if (body.charCodeAt(0) !== 35) return NAMED.get(body); // not '#'
  const hex = body[1] === 'x' || body[1] === 'X';
  const cp = parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
  // NUL, surrogates and out-of-range numbers are not characters.
  if (!(cp > 0) || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) return undefined;
  return cp;
}
