// A list of values the translation keeps as its source writes them: option values, modes, keywords
// ("ignore, warn, error", "blob, tree, commit, tag", "diff | status | gc"), which the program reads
// as they are. Single words copied from the unit's source in a list are those, not a passage left
// untranslated: prose copied over is sentences and phrases, not a row of bare words.

import type { CheckContext } from '../context.js';
import { pairAt } from './pairs.js';
import { lazyRegExp } from '../text/lazy-regexp.js';

/** What parts the items: a comma or a vertical bar, with or without spaces. */
const SEPARATOR = /\s*[,|]\s*/u;
/** One item: a single word or identifier, in quotation marks or not. */
const ITEM = lazyRegExp(String.raw`^["'${'`'}«»‘’“”„‹›]?([\p{L}\p{N}][\p{L}\p{M}\p{N}_.-]*)["'${'`'}«»‘’“”‹›]?$`, 'u');
const WORD_CHAR = lazyRegExp(String.raw`[\p{L}\p{M}\p{N}_-]`, 'u');

/**
 * Whether text[start, end) of the translation is a list of two single-word items or more, each
 * written as a word of its unit's source ("all, dirty, untracked" for "all, dirty, untracked").
 */
export function sourceValueList(ctx: CheckContext, start: number, end: number): boolean {
  if (!ctx.source) return false;
  const parts = ctx.text.slice(start, end).replace(/[.!?;:]+$/u, '').trim().split(SEPARATOR);
  if (parts.length < 2) return false;
  const pair = pairAt(ctx, start);
  if (!pair) return false;
  const source = ctx.source.text.slice(pair.sourceStart, pair.sourceEnd);
  return parts.every((part) => {
    const item = ITEM().exec(part)?.[1];
    return item !== undefined && hasWord(source, item);
  });
}

/** Whether `word` stands in `text` as a word of its own (not part of a longer one). */
function hasWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const before = text[i - 1];
    const after = text[i + word.length];
    if ((before === undefined || !WORD_CHAR().test(before)) && (after === undefined || !WORD_CHAR().test(after))) return true;
  }
  return false;
}
