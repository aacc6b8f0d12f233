// What a document in a cased language outside the registry tells of its sentences
// (lib/segmentation/document-orthography.ts), and the vowels its words are judged by.
import { describe, expect, it } from 'vitest';
import { CheckContext } from '../lib/context.js';
import { isVowel, isWholeWord, looksAbbreviated } from '../lib/segmentation/boundaries.js';
import { documentOrthography } from '../lib/segmentation/document-orthography.js';
import { lexiconFor } from '../lib/segmentation/lexicon.js';
import { genericProfile } from '../lib/languages/index.js';

function orthography(text: string, lang = 'sw') {
  const ctx = new CheckContext(text, { lang });
  return { ctx, learnt: documentOrthography(text, ctx.boundaries, ctx.tokens) };
}

const lines = (n: number, first = 'Watoto') => Array.from({ length: n }, () => `${first} wanacheza nje ya nyumba.`);

describe('documentOrthography', () => {
  it('needs seven sentence-opening lines, all capitalised, to read the document as capitalising', () => {
    expect(orthography(lines(7).join('\n')).learnt.capitalises).toBe(true);
    expect(orthography(lines(6).join('\n')).learnt.capitalises).toBe(false);
  });

  it('needs three quarters of them capitalised, however many there are', () => {
    const mixed = [...lines(74), ...lines(26, 'watoto')].join('\n');
    expect(orthography(mixed).learnt.capitalises).toBe(false);
    const most = [...lines(76), ...lines(24, 'watoto')].join('\n');
    expect(orthography(most).learnt.capitalises).toBe(true);
  });

  it('counts only lines that open a sentence: not those after a title or a line wrapped mid-sentence', () => {
    const wrapped = Array.from({ length: 20 }, (_, i) => (i % 2 ? 'wanacheza nje ya nyumba.' : 'Watoto wote wa kijiji')).join('\n');
    // Ten openings, all capitalised: the lowercase lines continue a sentence and tell nothing.
    expect(orthography(wrapped).learnt.capitalises).toBe(true);
  });

  it('takes a short word for a word when the document writes it inside sentences, not when it always has its period', () => {
    const text = [...lines(7), 'Mama na baba na dada na kaka walikuja.', 'Tulinunua mkate na. siagi sokoni.', 'Tulisafiri kwa gar. moshi jana.'].join('\n');
    const { ctx, learnt } = orthography(text);
    const bs = ctx.boundaries.boundaries;
    const at = (word: string) => {
      for (let k = 0; k < bs.count; k++) if (text.slice(bs.wordStart[k], bs.wordEnd[k]) === word) return k;
      throw new Error(word);
    };
    expect(learnt.isWord(at('na'))).toBe(true);
    expect(learnt.isWord(at('gar'))).toBe(false);
  });
});

describe('vowels', () => {
  it('knows the vowel letters of IPA-based, Azerbaijani and Cyrillic Turkic alphabets, and marked vowels by their base', () => {
    for (const c of 'əɛɔɨọẹịụөүұәӕӧӯượῶ') expect(isVowel(c.charCodeAt(0)), c).toBe(true);
    for (const c of 'bcdgkłŋɓɗƙнңһ') expect(isVowel(c.charCodeAt(0)), c).toBe(false);
  });

  it('reads "və", "өз", "ɛnɛ" as words, not vowelless abbreviations', () => {
    const lex = lexiconFor(genericProfile('az'));
    for (const w of ['və', 'өз', 'ɛnɛ', 'lượng']) expect(looksAbbreviated(w, lex), w).toBe(false);
    expect(isWholeWord('kɔlɔ', 0, 4)).toBe(true);
  });
});
