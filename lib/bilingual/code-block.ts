// Units whose source is a block of code or a console session: the literal blocks that Sphinx
// documentation puts in its PO files beside the paragraphs ("def tail(filename, n=10):\n    …",
// ">>> len(s)\n34"). Translators copy the code, translate its comments and often its example
// strings and names, so that the output shown changes with them ("{animals}" -> "{animais}",
// "34" -> "31"): neither copied words nor changed numbers and placeholders are faults there. Only
// the layout of the block (its line breaks) stays comparable.

import type { CheckContext, SegmentPair } from '../context.js';
import { pairAt } from './pairs.js';

/**
 * A console prompt opening the block: Python's ">>>", a shell's "$" before a command (after a
 * virtual environment's name). Not Python's "...", which continues a session and opens text as an ellipsis.
 */
const PROMPT = /^>>>(?: |$)|^(?:\(\S+\) )?\$ [a-z]/;
/** A line that opens an indented block: it ends in a colon or an opening bracket. */
const OPENS_BLOCK = /[:{([]\s*$/;
/**
 * A line that is a statement, not a line of text: a comment line or one with a comment after code
 * ("c.total()   # total of all counts"), an import, an assignment ("x = 1", "d[k] += 2"), or one
 * ending in a call or subscript ("print(x)", not a text's "file (%s)"), a brace or a semicolon.
 */
const STATEMENT = /^\s*(?:#|\/\/|import\s|from\s+[\w.]+\s+import\s)|[{};\\]\s*$|\w[([].*[)\]]\s*$|[\w\])]\s*[-+*/|&]?=(?!=)\s*\S|\S\s+(?:#|\/\/)\s/;

/**
 * A block of one line that is code beyond doubt: a console prompt, an import, an assignment to a
 * name of a call or a display ("squares = [x**2 for x in range(10)]", not a label's "Width = %d");
 * a line of text may end in a bracket, so that alone is not enough here.
 */
const ONE_LINE_STATEMENT = /^\s*(?:>>> |import\s|from\s+[\w.]+\s+import\s)|^\s*[A-Za-z_][\w.]*(?:\[[^\]]*\])?\s*[-+*/|&]?=(?!=)\s*\S.*[)\]}]\s*$/;

/**
 * Whether text[start, end) is a block of code: a console session (a prompt opens it), a line of
 * code beyond doubt (ONE_LINE_STATEMENT), or two lines or more (paragraphs of text are one line in
 * such files, their wrapping undone) with a line opening an indented block or statements in most of them.
 */
export function codeBlock(text: string, start: number, end: number): boolean {
  const newline = text.indexOf('\n', start);
  if (newline < 0 || newline >= end) return ONE_LINE_STATEMENT.test(text.slice(start, end));
  const lines = text.slice(start, end).split('\n').filter((l) => l.trim() !== '');
  if (PROMPT.test(lines[0] ?? '')) return true;
  if (lines.length < 2) return ONE_LINE_STATEMENT.test(lines[0] ?? '');
  for (let i = 0; i + 1 < lines.length; i++) if (OPENS_BLOCK.test(lines[i]) && indent(lines[i + 1]) > indent(lines[i])) return true;
  return lines.filter((l) => STATEMENT.test(l)).length * 2 > lines.length;
}

function indent(line: string): number {
  let n = 0;
  while (line[n] === ' ' || line[n] === '\t') n++;
  return n;
}

/** Whether the source of pair `p` is a block of code (see codeBlock); decided once per pair. */
export function sourceIsCode(ctx: CheckContext, p: SegmentPair): boolean {
  let known = cache.get(ctx);
  if (!known) cache.set(ctx, (known = new Map()));
  let is = known.get(p.index);
  if (is === undefined) known.set(p.index, (is = codeBlock(ctx.source!.text, p.sourceStart, p.sourceEnd)));
  return is;
}
const cache = new WeakMap<CheckContext, Map<number, boolean>>();

/** Whether offset `at` of the translation lies in a unit whose source is a block of code. */
export function inCodeUnit(ctx: CheckContext, at: number): boolean {
  if (!ctx.source) return false;
  const pair = pairAt(ctx, at);
  return pair !== undefined && sourceIsCode(ctx, pair);
}
