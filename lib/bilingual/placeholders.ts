// Placeholders a translation must carry over unchanged: printf (`%s`, `%1$d`, `%(name)s`, `%'d`, `%Id`,
// `%@`, Apple's `%#@count@` and `%arg`), positional `%1` and Boost `%1%`, braces (`{0}`, `{name}`, ICU `{count, plural, …}`,
// `{{count}}`), `%{x}`, `${x}`, `$(x)`, `$NAME$`, `$name`, `%NAME%`, `@NAME@` and `&entity;` variables.
//
// A syntax is looked for in a translation only where its source uses it: "50% off" is no printf
// conversion in a unit whose source has none, and the same goes for every other syntax here.

import { entityCodePoint } from '../catalogue/entities.js';
import { linksIn, type Link } from './links.js';
import { lazyRegExp } from '../text/lazy-regexp.js';

export type PlaceholderSyntax = 'printf' | 'python' | 'positional' | 'percent-braces' | 'braces' | 'double-braces' | 'dollar' | 'percent-name' | 'at-name' | 'entity';

export interface Placeholder {
  syntax: PlaceholderSyntax;
  start: number;
  end: number;
  /** What must match on the other side: the placeholder as written, with printf's argument number made explicit. */
  key: string;
}

interface Grammar {
  syntax: PlaceholderSyntax;
  pattern: RegExp;
  /** The comparison key of a match (default: the match itself). */
  key?: (m: RegExpExecArray) => string | undefined;
  /** Boost's closed positional argument ("%1%"): read only in texts written for Boost (see placeholdersIn). */
  closed?: boolean;
}

// Flags: glibc's "I" writes a number in the locale's own digits (Arabic, Persian "%Id"); gettext's
// manual leaves adding it to the translator, so the key leaves it out. "'" (grouped thousands)
// stays: a translation may add it but not drop it (translate-toolkit's pofilter reports it
// dropped), which placeholder-mismatch tells apart.
const PRINTF_FLAGS = "(?:[-+0#']|I(?!64|32))*";
// A conversion letter (not "n", which writes to memory and is in no message: "%n" is Qt's count,
// and Rails' number format "%n %u"), or gettext's portable macro for a fixed-size integer ("%<PRIu64>", "%2$<PRIdMAX>").
// Width and precision: digits, or "*" taking an argument, numbered or not ("%.*2$s"); a bare "." is precision 0 ("%2.f").
const PRINTF_SPEC = `${PRINTF_FLAGS}(?:\\d+|\\*(?:\\d+\\$)?)?(?:\\.(?:\\d+|\\*(?:\\d+\\$)?)?)?(?:(?:hh|ll|[hlLqjzt]|I64|I32)?[diouxXeEfFgGaAcsSp@]|<PRI[diouxX]\\w{1,8}>)`;
const LOCALE_FLAGS = new RegExp(`^${PRINTF_FLAGS}`);

// Built at its first use (see lazyRegExp), not at the module's load: as a literal, its \p{…}
// classes were parsed twice in every check (--trace-regexp-parser), which few need: the pattern is
// tried only where a "&" opens a placeholder.
const ENTITY = lazyRegExp(String.raw`(?<![\p{L}\p{M}\p{N}])&[A-Za-z_][\w.-]+;`, 'uy');

/** In the order they are tried at each place; the first that matches wins. */
const GRAMMARS: readonly Grammar[] = [
  // %(name)s — before printf, which would read "%(" as nothing.
  { syntax: 'python', pattern: new RegExp(`%\\((\\w+)\\)${PRINTF_SPEC}`, 'y') },
  // %1% (Boost), %|1$+5|
  { syntax: 'positional', pattern: /%\d+%|%\|[^|\s]{1,12}\|/y, closed: true },
  // %1$s, %s, %'d, %.2f, %@; Apple's reference to a plural substitution, "%#@count@", whose name
  // each language chooses, and its stand-in for the substitution's argument, "%arg" (see argFormat).
  { syntax: 'printf', pattern: new RegExp(`%(?:(\\d+)\\$)?(#@[^@\\s]+@|arg(?!\\w)|${PRINTF_SPEC})`, 'y') },
  // %1, %2 (Qt, Windows): a number not followed by another digit, "$" or "%"; Qt's plural count %n.
  { syntax: 'positional', pattern: /%(?:\d+(?![\d$%])|n(?![\w$]))/y },
  // %{name} (Ruby, Rails): a syntax of its own, so that "%{n}" in a "{n}" source reads as a percent
  // sign written before the placeholder (Basque, Turkish "%{n}" for "{n}%").
  { syntax: 'percent-braces', pattern: /%\{[\w.-]+\}/y },
  // {{name}}, {{ name, format }}
  { syntax: 'double-braces', pattern: /\{\{\s*([\w.$-]+)[^{}]*\}\}/y, key: (m) => `{{${m[1]}}}` },
  // ${name}, $(name), $NAME$, $name
  { syntax: 'dollar', pattern: /\$\{[\w.-]+\}|\$\([\w^.-]+\)|\$[A-Za-z_]\w*\$?/y },
  // {0}, {}, {name}, {0!r:>10}, {count:L}: the name is the key, a conversion or format spec is part
  // of the span ("{n:L}" is "{n}" written as a localised number); ICU's {name, plural, …} ends at ",".
  { syntax: 'braces', pattern: /\{([\w.-]*)\s*(?:(?:![a-z])?(?::[^{}\s]*)?\}|(?=,))/y, key: (m) => `{${m[1]}}` },
  // %NAME%
  { syntax: 'percent-name', pattern: /%[A-Za-z_]\w*%/y },
  // @NAME@
  { syntax: 'at-name', pattern: /@[A-Za-z_]\w*@/y },
  // &brandShortName; (not a character entity such as &amp;; not "d&d;", where "&" joins two words)
  {
    syntax: 'entity',
    get pattern() {
      return ENTITY();
    },
    key: (m) => (entityCodePoint(m[0].slice(1, -1)) === undefined ? m[0] : undefined),
  },
];

const STARTS = /[%{$@&]/g;
const PERCENT_ESCAPE = /^%[0-9A-Fa-f]{2}$/;

/**
 * Every placeholder in text[start, end), in order; only the given syntaxes when `only` is set.
 * `boost` false: the text is no Boost format, and "%1%" is the argument "%1" and a percent sign.
 */
export function placeholdersIn(text: string, start: number, end: number, only?: ReadonlySet<PlaceholderSyntax>, boost = true): Placeholder[] {
  const out: Placeholder[] = [];
  const part = text.slice(start, end);
  let printfIndex = 0;
  let links: Link[] | undefined;
  STARTS.lastIndex = 0;
  for (let s = STARTS.exec(part); s !== null; s = STARTS.exec(part)) {
    const at = s.index;
    if (part.startsWith('%%', at)) {
      STARTS.lastIndex = at + 2; // a literal percent sign
      continue;
    }
    for (const g of GRAMMARS) {
      if (only && !only.has(g.syntax)) continue;
      g.pattern.lastIndex = at;
      const m = g.pattern.exec(part);
      if (!m) continue;
      if (g.closed && !boost && m[0].endsWith('%')) m[0] = m[0].slice(0, -1);
      let key = g.key ? g.key(m) : m[0];
      if (key === undefined) break;
      // A percent-escape in a URL ("?q=is%3Aissue", "%20") is part of the address, not a conversion
      // (a conversion there, "?q=%s", stays one).
      if (PERCENT_ESCAPE.test(part.slice(at, at + 3)) && inLink((links ??= linksIn(text, start, end)), start + at)) break;
      if (g.syntax === 'printf') {
        // Unnumbered conversions take their arguments in order, a "*" width or precision before
        // its value: "%s … %d" is "%1$s … %2$d", "%s … %.*s" is "%1$s … %3$.*2$s".
        let spec = m[2].startsWith('#@') ? '#@' : m[2].replace(LOCALE_FLAGS, (f) => f.replace(/I/g, ''));
        if (m[1] === undefined) spec = spec.replace(/\*(?!\d)/g, () => `*${++printfIndex}$`);
        printfIndex++;
        key = `%${m[1] ?? printfIndex}$${spec}`;
      }
      out.push({ syntax: g.syntax, start: start + at, end: start + at + m[0].length, key });
      STARTS.lastIndex = at + m[0].length;
      break;
    }
  }
  return out;
}

/**
 * Whether a document's positional arguments are Boost's: each closed ("%1%"). One written alone
 * ("v%0", "%1 of %2") is Qt's, Windows' or an app's own, where "%1%" is a percentage.
 */
export function isBoostFormat(text: string): boolean {
  return placeholdersIn(text, 0, text.length, POSITIONAL).every((p) => !/^%\d+$/.test(p.key));
}

const POSITIONAL: ReadonlySet<PlaceholderSyntax> = new Set(['positional']);

function inLink(links: readonly Link[], at: number): boolean {
  return links.some((l) => l.start <= at && at < l.end);
}

/**
 * Look-alikes a placeholder's marks are written with (by a keyboard of the language, or by machine
 * translation, which translates the sign as text): the forms NFKC folds into the ASCII mark
 * (fullwidth "％", small "﹪"), and the Arabic percent sign "٪" (U+066A), which Arabic, Persian and
 * Urdu write for "%" ("٪ d" for "%d").
 */
const LOOKALIKES: Readonly<Record<string, string>> = {
  '%': '\u066a\uff05\ufe6a',
  '$': '\uff04\ufe69',
  '{': '\uff5b\ufe5b',
  '}': '\uff5d\ufe5c',
  '@': '\uff20\ufe6b',
  '#': '\uff03\ufe5f',
};

/** A placeholder written otherwise than its key (mangledPlaceholder): where, and the look-alike marks it was written with. */
export interface MangledPlaceholder {
  start: number;
  end: number;
  /** [written, meant] for each look-alike of a mark of the key ("٪" for "%"), in order. */
  lookalikes: Array<[string, string]>;
  /** Whether white space splits it. */
  split: boolean;
}

/**
 * A placeholder split by white space ("% s", "%1 $s", "{ name }", "% {x}") or written with a
 * look-alike of its marks ("٪d", "％s"), or both ("٪ d"): where in text[start, end) the key of `p`
 * is written so, or undefined.
 */
export function mangledPlaceholder(text: string, start: number, end: number, p: Placeholder, written: string): MangledPlaceholder | undefined {
  if (written.length < 2) return undefined;
  const chars = [...written];
  const pattern = new RegExp(chars.map((c) => (LOOKALIKES[c] ? `[${escapeRegExp(c)}${LOOKALIKES[c]}]` : escapeRegExp(c))).join('\\s*'), 'g');
  const part = text.slice(start, end);
  // A placeholder written with spaces of its own (Twig's "{{ limit }}") is split only by more.
  const spaces = whiteSpaceIn(written);
  for (let m = pattern.exec(part); m !== null; m = pattern.exec(part)) {
    const split = whiteSpaceIn(m[0]) > spaces;
    const lookalikes: Array<[string, string]> = [];
    for (const c of m[0].replace(/\s/g, '')) {
      const meant = chars.find((k) => LOOKALIKES[k]?.includes(c));
      if (meant && !lookalikes.some(([w]) => w === c)) lookalikes.push([c, meant]);
    }
    if (split || lookalikes.length > 0) return { start: start + m.index, end: start + m.index + m[0].length, lookalikes, split };
    pattern.lastIndex = m.index + 1;
  }
  return undefined;
}

function whiteSpaceIn(s: string): number {
  return s.length - s.replace(/\s/g, '').length;
}

function escapeRegExp(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
