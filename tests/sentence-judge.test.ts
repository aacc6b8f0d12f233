// The passage rule's judge stops counting a sentence once its lean can only be the document's
// language (SentenceJudge.settled): on any sentence it must lean exactly as a judge that counts
// every word. Sentences are drawn from the common words of neighbouring languages, words in
// letters some alphabets lack, capitalised and upper-case words, codes and numbers: the mixtures
// where the counts come closest to the limits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEAN_OWN, LEAN_UNKNOWN, SentenceJudge } from '../lib/catalogue/sentence-language.js';
import { tokenize } from '../lib/catalogue/tokens.js';
import { languageFor } from '../lib/languages/index.js';

const commonWords = (code: string) => languageFor(code)!.commonWords!.split(' ').filter((w) => w !== '');
const RIVALS: Record<string, string[]> = { en: ['de', 'nl', 'fr'], de: ['en', 'nl'], cs: ['sk', 'hr', 'pl'], hr: ['cs', 'sl', 'sr'], es: ['ca', 'pt', 'it'], ru: ['uk', 'bg'], uk: ['ru', 'be'] };
// Lowercase words in letters some of the alphabets lack, names, acronyms, codes and numbers.
// Capitalised common words ("De", "Die") and names make names and titles of the words beside them.
const other = ['nastavení', 'získal', 'když', 'wäre', 'über', 'città', 'cooperació', 'đak', 'ćup', 'їх', 'ґанок', 'щось', 'ёлка', 'быть', 'Straße', 'Lord', 'De', 'Die', 'Van', 'Київ', 'Від', 'EU', 'IT', '(de,', 'cs)', '10k'];

/** A document language, and a sentence mostly in it that turns to its rivals' words, often towards its end. */
const sample = fc.constantFrom(...Object.keys(RIVALS)).chain((code) => {
  const own = fc.constantFrom(...commonWords(code));
  const rival = fc.constantFrom(...RIVALS[code].flatMap(commonWords));
  const any = fc.oneof({ arbitrary: own, weight: 4 }, { arbitrary: rival, weight: 3 }, { arbitrary: fc.constantFrom(...other), weight: 3 });
  const words = fc.tuple(fc.array(any, { maxLength: 20 }), fc.array(fc.oneof(rival, any), { maxLength: 20 })).map(([a, b]) => [...a, ...b]);
  return fc.tuple(fc.constant(code), words.filter((w) => w.length > 0).map((w) => w.join(' ') + '.'));
});

describe('SentenceJudge that stops early', () => {
  it('leans as the judge that counts every word', () => {
    fc.assert(
      fc.property(sample, ([code, text]) => {
        const own = languageFor(code)!;
        const tokens = tokenize(text);
        const full = new SentenceJudge(own);
        const early = new SentenceJudge(own, true);
        expect(early.measure(text, tokens, 0, 0, text.length)).toBe(full.measure(text, tokens, 0, 0, text.length));
        expect(early.lean(text)).toBe(full.lean(text));
      }),
      { numRuns: 5000 },
    );
  });
});

/** The lean of `text` as one sentence of a document in `code`: LEAN_* or a rival's code. */
function leanOf(code: string, text: string): number | string {
  const judge = new SentenceJudge(languageFor(code)!);
  judge.measure(text, tokenize(text), 0, 0, text.length);
  const lean = judge.lean(text);
  return lean >= 0 ? judge.langs[lean].code : lean;
}

describe('SentenceJudge on names and titles', () => {
  it('counts no rival word inside a name or a title in title case', () => {
    // "De" of the name was French and Spanish "de"; "of the" and "The" of the title English.
    expect(leanOf('it', 'Veniva da me questa collega tremenda, la Giovanna De Luca.')).toBe(LEAN_OWN);
    expect(leanOf('id', 'Komponis Howard Shore meraih Piala Grammy atas musiknya Lord of the Rings: The Fellowship of the Ring.')).toBe(LEAN_UNKNOWN);
  });

  it('counts no rival word inside a title quoted in its own language, from its first capital on', () => {
    // "del" follows the quotation's first word, "sobre sus" are between capitals: the title's.
    expect(leanOf('pt', 'Adaptamos para o Brasil o questionário espanhol “Conocimiento del Paciente sobre sus Medicamentos”.')).toBe(LEAN_UNKNOWN);
  });

  it('still counts a quotation opened after a sentence end or a colon, where its first word opens a sentence', () => {
    expect(leanOf('pt', 'O ministro disse: “Hablamos del tema con sus colegas”.')).not.toBe(LEAN_OWN);
  });

  it('still counts the words after punctuation, and between nouns where every noun is capitalised', () => {
    expect(leanOf('cs', 'Marriage at first sight: Kadri and Andrea\'s war continues!')).toBe('en');
    expect(leanOf('en', 'Gestern haben der Lehrer und die Schüler im Garten gearbeitet.')).toBe('de');
  });
});
