// The passage rule names a span's language from the words of the whole text (spanVotes) instead of
// tokenizing the span again: the votes, and so the language, must be those of the span on its own,
// at every edge a span can have (codes in brackets at its ends, a word the 2,000-character cut
// splits, a sentence mark after it, digits, joiners, words too long for a byte).
import { describe, expect, it } from 'vitest';
import { spanVotes, wordVotes } from '../lib/languages/detect.js';
import { identifyLanguage } from '../lib/languages/identify.js';
import { tokenize } from '../lib/catalogue/tokens.js';
import type { ScriptName } from '../lib/text/script.js';

const PIECES = [
  'der', 'die', 'und', 'nicht', 'wäre', 'že', 'se', 'je', 'řekl', 'sa', 'ktorý', 'и', 'не', 'будет', 'що', 'є', 'їх', 'je', 'koji', 'što',
  'the', 'and', 'of', 'is', 'EU', 'IT', 'de', 'en', 'cs', 'ru', 'uk', '10k', 'mp3', 'COVID-19', 'don’t', 'e-mail', 'bla-bla', 'Über',
  'Straße', 'Прага', 'ČESKÉ', 'x'.repeat(300), 'ж'.repeat(260), 'naïve', '中文', 'ς', 'ñ',
];
const GAPS = [' ', ' ', ' ', ', ', '. ', '! ', '? ', '\n', ' (', ') ', ', (', '/', ' / ', '  ', '.\n', '…', ' — ', '"', '-', '\t', ' , '];

/** A small deterministic generator (mulberry32): the same texts at every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mixedText(next: () => number, words: number): string {
  let text = '';
  for (let i = 0; i < words; i++) text += PIECES[Math.floor(next() * PIECES.length)] + GAPS[Math.floor(next() * GAPS.length)];
  return text;
}

describe('spanVotes', () => {
  it('counts a span of the text as wordVotes counts the span on its own', () => {
    const next = random(20261203);
    const scripts: ScriptName[] = ['Latin', 'Cyrillic'];
    let cuts = 0;
    for (let round = 0; round < 40; round++) {
      const text = mixedText(next, 400 + Math.floor(next() * 800));
      const t = tokenize(text);
      for (let k = 0; k < 50; k++) {
        const first = Math.floor(next() * t.count);
        const start = t.start[first];
        // Ends anywhere: at a word's end, within a word (as the 2,000-character cut may), at the text's end.
        const end = Math.min(text.length, start + 1 + Math.floor(next() * (next() < 0.5 ? 60 : 2500)));
        const script = scripts[k % 2];
        const own = wordVotes([text.slice(start, end)], script);
        expect(spanVotes(text, t, first, end, script), `${round}/${k}: ${JSON.stringify(text.slice(start, end))}`).toEqual(own);
        const whole = Math.min(text.length, start + 2500);
        expect(identifyLanguage(text, start, whole, { tokens: t, first })).toEqual(identifyLanguage(text, start, whole));
        if (whole - start > 2000) cuts++;
      }
    }
    // The property held for spans the cut applies to, not only short ones.
    expect(cuts).toBeGreaterThan(100);
  });

  it('counts the part of a word the cut leaves as the span on its own has it', () => {
    // The cut words of 30 MB of long paragraphs: a stopword's letter ("у" of "утверждает"), a
    // word before its joiner, capitals, a capital alone, and a word with a digit or joiner in the part.
    const text = 'Он сказал: у утверждает. Південно-Східної ЧЕСКÉ Über. Ab3cd e-mail';
    const t = tokenize(text);
    for (let first = 0; first < t.count; first++) {
      for (let end = t.start[first] + 1; end <= text.length; end++) {
        for (const script of ['Latin', 'Cyrillic'] as const) {
          expect(spanVotes(text, t, first, end, script), JSON.stringify(text.slice(t.start[first], end))).toEqual(wordVotes([text.slice(t.start[first], end)], script));
        }
      }
    }
  });

  it('reads no character past the span for a listed code at its edges', () => {
    const text = 'Cena (de, cs) und (en) je';
    const t = tokenize(text);
    for (let first = 0; first < t.count; first++) {
      for (let end = t.start[first] + 1; end <= text.length; end++) {
        expect(spanVotes(text, t, first, end, 'Latin')).toEqual(wordVotes([text.slice(t.start[first], end)], 'Latin'));
      }
    }
  });
});
