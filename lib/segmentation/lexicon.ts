// A language profile's word lists as sets, built once per profile. Abbreviations come from four
// layers: Unicode CLDR's sentence-break suppressions for the language code, the abbreviations the
// language's Universal Dependencies treebanks write inside sentences (abbreviations.generated.ts:
// CLDR has seven languages), the international list (Latin, citations, taxonomy, company forms),
// and the profile's own additions. A standard or
// international entry that is a function word of the language (German "am", Czech "co") or that
// the profile declares an ordinary word (French "mer") is left out: there it is a word first.
// Without a profile, whose function words would decide, such an entry stays an abbreviation even
// where it is one of the registry's common words (Swedish "var", the taxonomists' variety).

import { CLDR_ABBREVIATIONS, CLDR_DATE_ABBREVIATIONS, CLDR_SCALE_ABBREVIATIONS, CLDR_UNIT_ABBREVIATIONS } from '../languages/cldr-abbreviations.js';
import { UD_ABBREVIATIONS, UD_WORD_ENDINGS } from '../languages/abbreviations.generated.js';
import { AGENCY_BYLINES, CITATION_WORDS, INTERNATIONAL_ABBREVIATIONS, INTERNET_SLANG } from '../languages/international.js';
import type { Language } from '../languages/language.js';
import type { LanguageProfile } from '../languages/profile.js';
import { wordHash } from '../catalogue/stopwords.js';

export interface Lexicon {
  /** Lowercase, without the final period; spaced parts joined as in `joinParts`. */
  abbreviations: ReadonlySet<string>;
  /** Abbreviations only in the case written ("So", "Fig", "JJ.OO"). */
  caseSensitiveAbbreviations: ReadonlySet<string>;
  /**
   * Last parts (lowercase) of abbreviations written in several parts ("uu" of "EE. UU.", "ex" of
   * "par ex."): only after these is a multi-part lookup worth making.
   */
  multiPartTails: ReadonlySet<string>;
  /**
   * Clipped month and weekday names (CLDR, lowercase: "set", "lun", "вер"), abbreviations only in a
   * date: many are words too (Spanish "mar", Czech "led", Croatian "pet").
   */
  dateAbbreviations: ReadonlySet<string>;
  /**
   * Number scales the language abbreviates with a period (CLDR, lowercase: "tūkst", "mia", "tis"),
   * abbreviations only after a number ("230 tūkst. tonų").
   */
  scaleAbbreviations: ReadonlySet<string>;
  /**
   * Time units the language's relative times clip with a period after a count (CLDR, lowercase:
   * "mēn", "min", "seg"), abbreviations only after a number ("pirms 3 mēn."). Not in
   * abbreviationHashes: only a rule that reads a period after a count asks (end-punctuation-mismatch).
   */
  unitAbbreviations: ReadonlySet<string>;
  /**
   * hashTable of the wordHash of every entry above (abbreviations, case-sensitive ones, date and
   * scale abbreviations, multi-part tails): a word whose byte is 0 is none of them, told without a
   * lowercase copy of it and four set lookups (most words before a period).
   */
  abbreviationHashes: Uint8Array;
  /**
   * The pairs of consonants the language's words end in (lowercase, from its UD treebanks:
   * "st", "ch"), where the treebanks have enough words to tell; a long word ending in another pair
   * is clipped (German "Abspielgeschw."). English's are added to every language's. Undefined where
   * nothing is known.
   */
  wordEndings: ReadonlySet<string> | undefined;
  functionWords: ReadonlySet<string>;
  /**
   * Words known to be words of the language, never abbreviations, so that a period after one ends
   * a sentence: a profile's function words; for a registry language without a profile, its
   * registry common words (its most frequent words, in each script it is written in; see
   * Language.commonWords and Language.transliteration). Empty for a language outside the registry.
   */
  knownWords: ReadonlySet<string>;
  fragmentWords: ReadonlySet<string>;
  /** Words written lowercase on purpose: the profile's names and brands, its chat words, internet acronyms. */
  lowercaseWords: ReadonlySet<string>;
  /** The profile's chat abbreviations (a register signal). */
  chatWords: ReadonlySet<string>;
  /** Words the language always capitalises ("i", "monday"): written in lowercase, a register signal. */
  alwaysCapitalised: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  sentenceStarters: ReadonlySet<string>;
  /** The profile's interjections ("ach", "alas"). */
  interjections: ReadonlySet<string>;
  /** Whether a sentence may go on in lowercase after an interjection's "!" ("Ah ! que c'est beau"). */
  lowercaseAfterInterjection: boolean;
  /** Whether a quoted sentence before its speech tag ends with a comma, so that `." said` is a break. */
  speechTagAfterComma: boolean;
  /** Agency bylines (lowercase) that sign a paragraph in any language. */
  bylines: ReadonlySet<string>;
  /** Citation words written lowercase after a sentence ("ibid", "ebd"). */
  citations: ReadonlySet<string>;
  /** Whether the language's own words end in a vowel, so that a lowercase word ending in a consonant is clipped. */
  vowelFinal: boolean;
  /** Whether r and l can carry a syllable (Czech "krk", Croatian "prst"): then no vowel proves nothing. */
  syllabicConsonants: boolean;
  /**
   * Whether a space stands between syllables, not words (Vietnamese, Language.spacedSyllables):
   * each lowercase syllable is a word, whatever its length.
   */
  spacedSyllables: boolean;
  /** Whether the language's period is a stop inside its sentences (Armenian, Language.periodInsideSentence). */
  periodInsideSentence: boolean;
  /** Whether an apostrophe inside a word marks a proper noun's suffixes (Turkish, Language.properNounApostrophe). */
  properNounApostrophe: boolean;
  /** Whether the profile knows the language's words (false for the stand-in of a language without a profile). */
  profiled: boolean;
  /**
   * Whether the registry lists the language's common words, full profile or not: each language it
   * tells apart from others of its script, and the cased ones its script alone tells (Greek,
   * Armenian). Not the others told by script (Chinese, Thai…), nor a language outside the registry.
   */
  registered: boolean;
}

const cache = new WeakMap<LanguageProfile, Lexicon>();

const lower = (words: readonly string[] | undefined) => new Set((words ?? []).map((w) => w.toLowerCase()));

/** The lookup form of an abbreviation written in parts: "EE. UU" → "EE.UU", "par ex" stays. */
export function joinParts(s: string): string {
  return s.replace(/\.\s+/g, '.');
}

const BYLINES: ReadonlySet<string> = new Set(AGENCY_BYLINES);
const CITATIONS: ReadonlySet<string> = new Set(CITATION_WORDS);

export function lexiconFor(profile: LanguageProfile): Lexicon {
  let lex = cache.get(profile);
  if (lex) return lex;
  const functionWords = lower(profile.functionWords);
  const knownWords = functionWords.size > 0 ? functionWords : registryWords(profile);
  const ordinary = lower(profile.notAbbreviations);
  const abbreviations = new Set<string>();
  const caseSensitive = new Set<string>(profile.caseSensitiveAbbreviations ?? []);
  const standard = (CLDR_ABBREVIATIONS[profile.code] ?? '').split(' ').filter(Boolean);
  // A treebank's are left out where the registry knows the word as one of the language's (a
  // language without a profile has no function words to tell): a period after it ends a sentence.
  const treebank = (UD_ABBREVIATIONS[profile.code] ?? '').split(' ').filter((w) => w && !knownWords.has(w.toLowerCase()));
  for (const entry of [...standard, ...treebank, ...INTERNATIONAL_ABBREVIATIONS]) {
    const folded = entry.toLowerCase();
    if (functionWords.has(folded)) continue;
    if (ordinary.has(folded)) {
      // Lowercase it is the word ("en el mar. luego"); capitalised mid-sentence, the abbreviation ("Lun. 15 de Mar. fue").
      caseSensitive.add(entry.charAt(0).toUpperCase() + entry.slice(1));
      continue;
    }
    if (folded === entry) abbreviations.add(folded);
    else caseSensitive.add(entry);
  }
  for (const entry of profile.abbreviations) abbreviations.add(joinParts(entry.toLowerCase()));
  const multiPartTails = new Set<string>();
  for (const entry of [...abbreviations, ...caseSensitive]) {
    const cut = Math.max(entry.lastIndexOf('.'), entry.lastIndexOf(' '));
    if (cut > 0 && cut < entry.length - 1) multiPartTails.add(entry.slice(cut + 1).toLowerCase());
  }
  const cldrWords = (table: Readonly<Record<string, string>>) => new Set((table[profile.code] ?? '').split(' ').filter((w) => w && !functionWords.has(w)));
  const dateAbbreviations = cldrWords(CLDR_DATE_ABBREVIATIONS);
  const scaleAbbreviations = cldrWords(CLDR_SCALE_ABBREVIATIONS);
  lex = {
    abbreviations: bothForms(abbreviations),
    caseSensitiveAbbreviations: bothForms(caseSensitive),
    multiPartTails: bothForms(multiPartTails),
    dateAbbreviations: bothForms(dateAbbreviations),
    scaleAbbreviations: bothForms(scaleAbbreviations),
    unitAbbreviations: bothForms(cldrWords(CLDR_UNIT_ABBREVIATIONS)),
    // wordHash reads a decomposed word as its composed form: one hash per entry serves both.
    abbreviationHashes: hashTable([...abbreviations, ...caseSensitive, ...multiPartTails, ...dateAbbreviations, ...scaleAbbreviations].map(wordHash)),
    wordEndings: wordEndings(profile.code),
    functionWords: bothForms(functionWords),
    knownWords: bothForms(knownWords),
    fragmentWords: bothForms(lower(profile.fragmentWords)),
    lowercaseWords: bothForms(lower([...profile.lowercaseWords, ...(profile.chatWords ?? []), ...INTERNET_SLANG])),
    chatWords: bothForms(lower(profile.chatWords)),
    alwaysCapitalised: bothForms(lower(profile.alwaysCapitalised)),
    speechVerbs: bothForms(lower(profile.speechVerbs)),
    sentenceStarters: bothForms(lower(profile.sentenceStarters)),
    interjections: bothForms(lower(profile.interjections)),
    lowercaseAfterInterjection: profile.lowercaseAfterInterjection ?? false,
    speechTagAfterComma: profile.speechTagAfterComma ?? false,
    bylines: BYLINES,
    citations: CITATIONS,
    syllabicConsonants: profile.syllabicConsonants ?? false,
    vowelFinal: profile.vowelFinal ?? false,
    spacedSyllables: profile.spacedSyllables ?? false,
    periodInsideSentence: profile.periodInsideSentence ?? false,
    properNounApostrophe: profile.properNounApostrophe ?? false,
    // A stand-in profile for a language mtqa has no knowledge of lists no words.
    profiled: functionWords.size > 0,
    registered: profile.commonWords !== '',
  };
  cache.set(profile, lex);
  return lex;
}

/**
 * `words` (composed, as the profiles and CLDR write them) with the decomposed form (NFD) of each
 * that has one: the boundary rules look words up as sliced from the text, which is never
 * normalised (findings carry offsets into it), and a file may be in either form ("např" written
 * "napr" and U+030C is still Czech's "e.g."). The same set when no word decomposes.
 */
export function bothForms(words: ReadonlySet<string>): ReadonlySet<string> {
  const decomposed = [...words].map((w) => w.normalize('NFD')).filter((w) => !words.has(w));
  return decomposed.length === 0 ? words : new Set([...words, ...decomposed]);
}

/**
 * The language's word endings (Lexicon.wordEndings) and English's: names and loanwords in a text
 * of any Latin-script language come from English first ("McCormick.", "Bangladesh.").
 */
function wordEndings(code: string): ReadonlySet<string> | undefined {
  const own = UD_WORD_ENDINGS[code];
  return own === undefined ? undefined : bothForms(new Set(`${own} ${UD_WORD_ENDINGS.en}`.split(' ')));
}

/** A registry language's common words, and their spelling in its other script where it has one (Serbian "и" and "i"). */
function registryWords(language: Language): ReadonlySet<string> {
  const words = language.commonWords ? language.commonWords.split(' ') : [];
  const letters = language.transliteration;
  return new Set(letters ? [...words, ...words.map((w) => transliterate(w, letters))] : words);
}

/** `word` spelt letter by letter with `letters`, a digraph key ("lj") before its first letter. */
export function transliterate(word: string, letters: Readonly<Record<string, string>>): string {
  let out = '';
  for (let i = 0; i < word.length; ) {
    const pair = word.slice(i, i + 2);
    if (pair.length === 2 && letters[pair] !== undefined) {
      out += letters[pair];
      i += 2;
    } else {
      out += letters[word[i]] ?? word[i];
      i++;
    }
  }
  return out;
}

/** Index mask of the tables hashTable builds: 64K entries, a few percent set for a thousand words. */
export const HASH_TABLE_MASK = 0xffff;

/**
 * A byte per low 16 bits of each word hash, set for `hashes`: a word looked up in a set of a few
 * (or a thousand) words is most often none of them, and one typed-array read tells most of those
 * apart. The loops that ask run once per check, much of it before the JIT optimises them; there a
 * Map lookup costs some 20 times this read, and a bit test (a table an eighth the size) twice.
 */
export function hashTable(hashes: Iterable<number>): Uint8Array {
  const table = new Uint8Array(HASH_TABLE_MASK + 1);
  for (const h of hashes) table[h & HASH_TABLE_MASK] = 1;
  return table;
}
