// A full profile: what the segmentation rules know about a language on top of its registry entry
// (language.ts). Each profile is the entry file of its language (en.ts, de.ts, …). Word lists are
// lowercase; abbreviations are written without their final period. Every profile's abbreviations
// start from Unicode CLDR's list for its code and the international list (international.ts);
// `abbreviations` holds this language's additions.

import type { Language } from './language.js';

export interface LanguageProfile extends Language {
  commonWords: string;
  /**
   * Abbreviations written with a final period that the sentence goes on after ("e.g", "approx",
   * "no", "etc", "mr"). Inner periods are kept ("e.g", "a.m", "s.r.o"). Case-insensitive, except
   * entries listed in `caseSensitiveAbbreviations`.
   */
  abbreviations: readonly string[];
  /**
   * Abbreviations that are also ordinary words in lowercase (English "no", "fig", German "bzw"
   * is not one); they count as abbreviations only in the case written here ("No", "Fig").
   */
  caseSensitiveAbbreviations?: readonly string[];
  /**
   * Ordinary words of the language that the standard abbreviation data (Unicode CLDR, see
   * cldr-abbreviations.ts) lists as abbreviations, such as French "mer" (the sea, or mercredi):
   * a period after them ends a sentence, unless they are capitalised ("Mer. 3 mai").
   */
  notAbbreviations?: readonly string[];
  /** Whether "22. " is an ordinal (German, Czech…), so a number before a period proves nothing. */
  ordinalDot: boolean;
  /**
   * Whether years are written as ordinals too ("u lipnju 2017. održao", Croatian). Elsewhere a
   * four-digit number before ". lowercase" is a year that ended a sentence.
   */
  yearOrdinals?: boolean;
  /**
   * Function words: articles, prepositions, conjunctions, pronouns, auxiliaries, common adverbs.
   * Used to judge fragments and to recognise the language of a span without statistics.
   */
  functionWords: readonly string[];
  /**
   * Words that cannot make a sentence on their own even when capitalised: "Again.", "Also."
   * (Lowercase one-word sentences are judged without a list.) Required of a profile; see Language.
   */
  fragmentWords: readonly string[];
  /**
   * Chat abbreviations of the language ("mdr", "спс", "vllt"): written lowercase on purpose where
   * a sentence could start, and a sign of informal register. International ones (lol, omg, btw)
   * and laughter ("haha", "jaja") are known to every profile.
   */
  chatWords?: readonly string[];
  /**
   * Words the language always capitalises, wherever they stand (English "I", "Monday",
   * "January"): written in lowercase they show a writer who does not capitalise, a sign of
   * informal register. Words that are also ordinary lowercase words ("may", "march") are left out.
   */
  alwaysCapitalised?: readonly string[];
  /**
   * Names, brands and prefixes written lowercase on purpose ("stern", "www"). Mixed-case words
   * (iPhone, eBay) need no entry: they are recognised by shape; agency bylines ("dpa") are shared
   * by all languages (international.ts).
   */
  lowercaseWords: readonly string[];
  /**
   * Verbs of saying, and the pronouns that open a speech tag, as in '"This is great." she said'
   * and 'Who am I? asked Berset'. Pronouns count only after a closing quote.
   */
  speechVerbs: readonly string[];
  /**
   * Interjections ("ach", "alas", "ах"): an exclamation mark after one inside a sentence ("Und ach!
   * die liebe Sophilette", "out and alas! but") does not end it.
   */
  interjections?: readonly string[];
  /**
   * True where the language's orthography lets a sentence go on in lowercase after an
   * interjection's exclamation mark ("Ah ! que je suis content", "Ah! sono io", "Uau! que lugar").
   */
  lowercaseAfterInterjection?: boolean;
  /**
   * True where a quoted sentence before its speech tag ends with a comma („Ich gehe“, sagte er;
   * «Иду», — сказал он): a period there before a lowercase tag ("vraćaju." kazala je) is a break.
   * English writes '"This is great." she said' often enough to leave alone.
   */
  speechTagAfterComma?: boolean;
  /**
   * Words that, written lowercase after a sentence end, most likely open a new sentence (pronouns,
   * question words, "thank", "please"): the fix is then to capitalise rather than to join.
   */
  sentenceStarters?: readonly string[];
  /**
   * True where every noun is capitalised (German): a run of capitalised words before "?" is then
   * not a title ("Who Wants to Be a Millionaire?").
   */
  capitalisedNouns?: boolean;
  /**
   * True where the language's own words end in a vowel (Italian): a lowercase word ending in a
   * consonant before a period is clipped ("la centrale meteor. si è guastata", "gli idraul.").
   */
  vowelFinal?: boolean;
  /** True where r and l can carry a syllable (Czech "krk", Croatian "prst"). */
  syllabicConsonants?: boolean;
}
