// A text written in capitals read in lowercase: what document detection (detect.ts, its samples)
// and a span's identification (identify.ts) read, where a word in capitals would be an acronym.

import { CLASS, K_LOWER, K_UPPER } from '../catalogue/charclass.js';

/**
 * A sample or a span written in capitals (reviews, notices and headlines typed in caps: more capital letters
 * than small ones), read in lowercase. In running text a word in capitals is an acronym and no
 * common word ("EU" is not Portuguese "eu"); in such a sample every word is written so, and with
 * none of them counted franc alone named it (UD Turkish-Tourism, reviews in capitals: Indonesian,
 * Dutch, Italian). Where capital İ is as common as I, the sample is Turkic (no other alphabet has
 * İ; Turkish writes i more often than ı) and is lowercased as Turkic is: İ to i, I to ı (Unicode's
 * SpecialCasing), which franc's Turkish model and the alphabets read; the default lowercasing turns
 * İ into i and a combining dot, which is no trigram of any model.
 */
export function readableCase(sample: string): string {
  let upper = 0;
  let lower = 0;
  let dotted = 0;
  let dotless = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    const k = CLASS[c];
    if (k === K_UPPER) {
      upper++;
      if (c === 0x130) dotted++;
      else if (c === 0x49) dotless++;
    } else if (k === K_LOWER) lower++;
  }
  if (upper <= lower) return sample;
  return dotted > 0 && 2 * dotted >= dotless ? sample.toLocaleLowerCase('tr') : sample.toLowerCase();
}

/** Letters read of a text, in stretches of this many characters… */
const STRETCH = 500;
/** …spread over it: constant work for a text of any size. */
const STRETCHES = 4;

/**
 * Whether a text is written in capitals (more capital letters than small ones in a few stretches
 * spread over it, as readableCase() counts a sample): reviews or notices typed in caps, where a
 * sentence in capitals is the text's register rather than a heading or a line that stands out.
 */
export function writtenInCapitals(text: string): boolean {
  let upper = 0;
  let lower = 0;
  const step = Math.max(STRETCH, Math.ceil(text.length / STRETCHES));
  for (let s = 0; s < text.length; s += step) {
    for (let i = s, e = Math.min(text.length, s + STRETCH); i < e; i++) {
      const k = CLASS[text.charCodeAt(i)];
      if (k === K_UPPER) upper++;
      else if (k === K_LOWER) lower++;
    }
  }
  return upper > lower;
}
