// Words that are repeated on purpose. A doubled or looping word is reported unless it is one of
// these: interjections and onomatopoeia in any language ("ha ha", "bla bla bla", "tick tock"),
// reduplications ("so so", "far far away", "вот вот"), and the words a language's grammar puts
// next to themselves ("had had", "that that"; German "die die", "sie sie" where a relative or
// personal pronoun follows an article; Czech "se se mnou"; French "nous nous sommes").

import { wordHash } from './stopwords.js';

/** The longest unit, in words, that repetition-loop looks for. */
export const MAX_LOOP_UNIT = 10;

/** Laughter, singing and sounds: repeated any number of times on purpose, in any language. */
const SOUNDS =
  'ha hah haha hahaha he hehe hi hihi ho hoho la lala bla blah blabla tick tock knock tut tsk pst psst shh sh ' +
  'boo bang boom ding dong pow pew beep choo chop hip hop yum dum doo rah woof meow moo baa oink quack ' +
  'ха хе хи хо ля бла тук бум динь дон';

/** Said twice on purpose in any language ("no no", "bye bye", "да да"); three times and more is a loop. */
const TWICE = 'yes no yeah ya ye oh ah aha uh um mm mmm hmm hm huh wow ok okay bye ciao jo ja si sí não sim non oui nee nein ну ой ай ах ох эх ух угу ага да нет так ні';

/** Grammatical or idiomatic doublings, per language (ISO 639-1). */
const BY_LANGUAGE: Record<string, string> = {
  en: 'na that had is was do does did in on up out off over by for about around down through there now well so very really many much far long little night pretty',
  de: 'na der die das den dem des sie es er wir ihr man so nun gut sehr ganz',
  nl: 'die dat er zo heel',
  fr: 'nous vous si bon très',
  es: 'ya muy poco',
  it: 'già piano pian molto',
  pt: 'já muito',
  cs: 'se si je to tak už ba co jak',
  sk: 'sa si je to tak už',
  pl: 'to tak już co',
  hr: 'je da što to tako baš li',
  bs: 'je da što to tako baš li',
  sr: 'je da što to tako baš li је да што то тако баш',
  sl: 'je da to tako',
  ru: 'что то вот уж еле чуть мало',
  uk: 'що то ось вже ледь трохи',
};

const hashes = (words: string) => new Set(words.split(' ').map(wordHash));
const sounds = hashes(SOUNDS);
const twice = hashes(TWICE);
const byLanguage = new Map(Object.entries(BY_LANGUAGE).map(([code, words]) => [code, hashes(words)]));

/** Whether the word (by the tokenizer's folded hash) may stand twice in a row in `lang`. */
export function mayDouble(hash: number, lang: string): boolean {
  return sounds.has(hash) || twice.has(hash) || (byLanguage.get(lang)?.has(hash) ?? false);
}

/** Whether the word is a sound or laugh that is repeated any number of times ("ha ha ha ha"). */
export function isSound(hash: number): boolean {
  return sounds.has(hash);
}

/**
 * Coordinating conjunctions, per language: "again and again and again", "znovu a znovu a znovu"
 * repeat a two-word unit on purpose, so such units need more repeats to count as a loop. (Per
 * language: Czech "a" is "and", English "a" is an article, and "a dessert a dessert" is a loop.)
 */
const CONJUNCTIONS: Record<string, string> = {
  en: 'and or nor', de: 'und oder', nl: 'en of', fr: 'et ou', es: 'y e o u', it: 'e ed o', pt: 'e ou',
  cs: 'a i nebo ani', sk: 'a i alebo ani', pl: 'i a lub ani', hr: 'i a ili ni', bs: 'i a ili ni', sr: 'i a ili ni и или',
  sl: 'in ali', ru: 'и или а', uk: 'і й та або а', bg: 'и или', sv: 'och eller', da: 'og eller', nb: 'og eller',
};
const conjunctions = new Map(Object.entries(CONJUNCTIONS).map(([code, words]) => [code, hashes(words)]));

export function isConjunction(hash: number, lang: string): boolean {
  return conjunctions.get(lang)?.has(hash) ?? false;
}
