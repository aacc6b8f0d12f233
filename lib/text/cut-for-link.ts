import { lazyRegExp } from './lazy-regexp.js';

/**
 * An ellipsis that ends a line's text, followed by nothing but a link and the post's tags: a URL,
 * then URLs, hashtags or handles ("con sens... http://t.co/zXxvmxEf", "parti: ... http://t.co/5Uj
 * #monti", "wi… https://t.co/AbC @treasury").
 */
const CUT_FOR_LINK = lazyRegExp(String.raw`(?:…|\.{3,})[ \t]+(?:https?://|www\.)\S+(?:[ \t]+(?:(?:https?://|www\.)\S+|[#@][\p{L}\p{M}\p{N}_]+))*[ \t]*$`, 'u');

/**
 * Where the line text[start, end) was cut short for a link, or -1: an ellipsis followed only by a
 * link and tags. A social post, a feed entry or a shared link's preview shortens its text so
 * ("…spiritualità francescana (tu... http://t.co/5tJcJlAS #assisi"); the text goes on behind the
 * link, and a quotation or bracket opened before the cut closes there, in the part cut off. An
 * ellipsis at the end with no link after it is the writer's own trailing off, not a cut.
 */
export function cutForLink(text: string, start: number, end: number): number {
  const line = text.slice(start, end);
  // Most lines hold no link: no regex for them.
  if (!line.includes('http') && !line.includes('www.')) return -1;
  const m = CUT_FOR_LINK().exec(line);
  return m ? start + m.index : -1;
}
