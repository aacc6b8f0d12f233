// Words that are repeated on purpose. A doubled or looping word is reported unless it is one of
// these: interjections and onomatopoeia in any language ("ha ha", "bla bla bla", "tick tock"),
// reduplications ("so so", "far far away", "вот вот"), and the words a language's grammar puts
// next to themselves ("had had", "that that"; German "die die", "sie sie" where a relative or
// personal pronoun follows an article; Czech "se se mnou"; French "nous nous sommes"). A word
// goes on a language's list only when its grammar can put it next to itself: German "er", "es",
// "wir" and "man" are subjects only (or do not double in practice), so "es es" is a slip.

import { DOUBLED_ON_PURPOSE, NEVER_CLAUSE_FINAL, SIDE_BY_SIDE } from '../languages/reduplication.generated.js';
import { wordHash } from './stopwords.js';
import { Info, endOfWord, type Tokens } from './tokens.js';

/** The longest unit, in words, that repetition-loop looks for. */
export const MAX_LOOP_UNIT = 10;

/** Laughter, singing and sounds: repeated any number of times on purpose, in any language. */
const SOUNDS =
  'ha hah haha hahaha he hehe hi hihi ho hoho la lala bla blah blabla tick tock knock tut tsk pst psst shh sh ' +
  'boo bang boom ding dong pow pew beep choo chop hip hop yum dum doo rah woof meow moo baa oink quack ' +
  'ха хе хи хо ля бла тук бум динь дон';

/** Said twice on purpose in any language ("no no", "bye bye", "да да"); three times and more is a loop. */
const TWICE = 'yes no yeah ya ye oh ah aha uh um mm mmm hmm hm huh wow ok okay bye ciao jo ja si sí não sim non oui nee nein ну ой ай ах ох эх ух угу ага да нет так ні ' +
  // Thai "โอ้ โอ้" (oh oh), "เออ เออ" (yeah yeah), spelled out where ๆ would repeat a word of content.
  'โอ้ เออ';

/**
 * Grammatical or idiomatic doublings, per language (ISO 639-1), besides the words the language's
 * treebanks write doubled as one word (DOUBLED_ON_PURPOSE: Vietnamese "từ từ", Turkish "göre göre",
 * "için için", "bir bir", Italian "piano piano", Hebrew "אט אט", Welsh "ni ni", "i i") and those they
 * write twice in a row in two roles or as a sound twice (SIDE_BY_SIDE: German "die die", Afrikaans
 * "ons ons", Galician "se se", Faroese "teir teir", Irish "do do"). What is here the treebanks are too small or
 * too formal to show.
 */
const BY_LANGUAGE: Record<string, string> = {
  // A pronoun that is its own possessive stands before itself: "gave her her keys", Dutch "gaf haar
  // haar boek" (Afrikaans "het ons ons eerste resessie", "wanneer hulle hulle kwota": SIDE_BY_SIDE).
  en: 'na that had is was do does did in on up out off over by for about around down through there now well so very really many much far long little night pretty her',
  de: 'na ja das den dem sie ihr so nun gut sehr ganz',
  // Dutch "tijd om om te kijken": the infinitive's "om" before a separable verb's particle (omkijken);
  // "voel je je goed", "kunt u u legitimeren", "heeft ze ze gezien": the subject pronoun after the
  // verb, then the same word as the reflexive or the object.
  nl: 'die dat er zo heel haar om je u ze',
  af: 'dat julle',
  // "nog är det det", "det er det det handler om": the pronoun as subject and as predicative or object.
  sv: 'det', da: 'det', nb: 'det',
  // Hungarian "az az ötlet" (that idea): the demonstrative takes the article.
  hu: 'az',
  // "chargées de faire faire la publication": the causative "faire" before the verb it governs.
  fr: 'nous vous si bon très faire',
  es: 'ya muy poco',
  it: 'già pian molto',
  // "não se aplica se se verificar": the conditional before the reflexive pronoun (three in the GDPR's Portuguese text).
  pt: 'já muito se',
  // "Se se define": the conditional before the reflexive pronoun (24 such in GNOME Files' Galician PO).
  gl: 'xa moi moito',
  cs: 'se si je to tak už ba co jak',
  sk: 'sa si je to tak už',
  pl: 'to tak już co',
  hr: 'je da što to tako baš',
  bs: 'je da što to tako baš',
  sr: 'je da što to tako baš је да што то тако баш',
  sl: 'je da to tako',
  // Turkish, which doubles content words anyway (Language.reduplicates), doubles the intensifier
  // "çok çok" too (very very: 6 of 6 in UD Turkish-Tourism, a treebank not among the generated list's).
  tr: 'çok',
  // The Arabic intensifier "جداً جداً" (very very, as English "very"). Not Arabic "من من" (who
  // among, from whom), though grammar puts it so: a stuttered "من", the commonest preposition, is a
  // slip far more often.
  ar: 'جدا جداً',
  // "σιγά σιγά" (slowly, little by little), "λίγο λίγο", "γρήγορα γρήγορα", "πολύ πολύ" (very very),
  // "στο κάτω κάτω" (after all): spoken Greek, which the news treebanks (UD GDT, GUD) hardly hold.
  el: 'σιγά λίγο γρήγορα πολύ κάτω',
  ru: 'что то вот уж еле чуть мало',
  uk: 'що то ось вже ледь трохи',
};

const hashes = (words: string) => new Set(words.split(' ').map(wordHash));

/**
 * The word sets of a list per language, each hashed the first time its language is asked about:
 * a check asks about its document's language or a few, of some 50 here. Hashing all of them at
 * import (the word hash runs per character in V8's interpreter there) was work a check did not
 * need, at every cold start.
 */
function perLanguage(lists: Readonly<Record<string, string>>): (lang: string) => ReadonlySet<number> | undefined {
  const made = new Map<string, ReadonlySet<number>>();
  return (lang) => {
    let set = made.get(lang);
    if (set === undefined && Object.hasOwn(lists, lang)) made.set(lang, (set = hashes(lists[lang])));
    return set;
  };
}

const sounds = hashes(SOUNDS);
const twice = hashes(TWICE);
const byLanguage = perLanguage(
  Object.fromEntries(
    [...new Set([...Object.keys(BY_LANGUAGE), ...Object.keys(DOUBLED_ON_PURPOSE), ...Object.keys(SIDE_BY_SIDE)])].map((code) => [
      code,
      [BY_LANGUAGE[code], DOUBLED_ON_PURPOSE[code], SIDE_BY_SIDE[code]].filter((words) => words !== undefined).join(' '),
    ]),
  ),
);

const neverClauseFinal = perLanguage(NEVER_CLAUSE_FINAL);

/**
 * Whether the word (by hash) is one `lang`'s treebanks never write before a clause's end
 * (NEVER_CLAUSE_FINAL: a preposition, a conjunction, Czech "až"). Twice right before one, it is no
 * stutter (one alone could not stand there either) but an idiom: Czech "Problémů je až až" (plenty).
 */
export function neverEndsClause(hash: number, lang: string): boolean {
  return neverClauseFinal(lang)?.has(hash) ?? false;
}

/**
 * Whether the word (by the tokenizer's folded hash) may stand twice in a row in `lang`. A sound
 * that is a function word of the language is not one there: "la la" sings in English but is an
 * article twice in Spanish, French or Italian ("he he" in Spanish, "ho ho" in Italian).
 */
export function mayDouble(hash: number, lang: string, functionWord: boolean): boolean {
  if (byLanguage(lang)?.has(hash) || twice.has(hash)) return true;
  return sounds.has(hash) && !functionWord;
}

/**
 * The names of the Latin letters as Arabic-script languages write them (with and without hamza, as
 * the press does), by which they spell acronyms out: Arabic "بي بي سي" (BBC), "سي إن إن" (CNN),
 * "إس إس" (SS); Urdu and Persian "اے آئی ای ای ای" (AIEEE). A letter named twice or three times is
 * an acronym, not a slip. One set for all: the spellings are the script's, the languages share most.
 */
const LETTER_NAMES =
  'إيه ايه بي سي دي إي اي إف اف جي إتش اتش آي جيه جاي كيه كي إل إم إن ان أو كيو آر ار إس اس تي يو في دبليو إكس اكس واي زد ' +
  // Urdu and Persian, with their own yeh (ی) and heh: words of their own to the tokenizer.
  'اے بی سی ڈی ای ایف جی ایچ آئی جے کے ایل ایم این او پی کیو آر ایس ٹی یو وی ڈبلیو ایکس وائی زیڈ دی اف اچ آی کی ال ام ان اس تی دبلیو وای';
const letterNames = hashes(LETTER_NAMES);

/** Whether the word (by hash) names a Latin letter (see LETTER_NAMES). */
export function namesLetter(hash: number): boolean {
  return letterNames.has(hash);
}

/**
 * Whether a letter's name stands right before word `first` or right after word `last`, a space
 * apart: the repeats between are letters of a spelled acronym ("سي إن إن", "اے آئی ای ای ای").
 */
export function spelledBeside(t: Tokens, first: number, last: number): boolean {
  const before = first >= 1 && (t.info[first] & Info.GapMask) === Info.GapSpace && namesLetter(t.hash[first - 1]);
  const after = last + 1 < t.count && (t.info[last + 1] & Info.GapMask) === Info.GapSpace && namesLetter(t.hash[last + 1]);
  return before || after;
}

/**
 * Words after which a capitalised word is a noun, in languages that capitalise their nouns:
 * "die Wiederholung Wiederholung" is a noun twice, "in Bora Bora" a name.
 */
const NOUN_DETERMINERS: Record<string, string> = {
  de:
    'der die das den dem des ein eine einer einem einen eines kein keine keiner keinem keinen keines ' +
    'dieser diese dieses diesem diesen jeder jede jedes jedem jeden jener jene jenes mein meine meinem meinen meiner meines ' +
    'dein deine sein seine seinem seinen seiner seines ihr ihre ihrem ihren ihrer ihres unser unsere unserem unseren unserer ' +
    'euer eure welche welcher welches alle allen aller viele vielen mehrere einige zum zur im am vom beim ins',
};
const nounDeterminers = perLanguage(NOUN_DETERMINERS);

/**
 * Pronouns that double only at the start of a clause, as a relative or demonstrative pronoun
 * before an article: after a comma ("Kinder, die die Aufgabe lösen") or a conjunction ("dass die
 * die Aufgabe lösen"). "auf dem dem Markt", "hat das das mit" are slips.
 */
const CLAUSE_DOUBLES: Record<string, [pronouns: string, conjunctions: string]> = {
  // The legal register's conjunctions too: "sowie die die Prüfertätigkeit berührenden", "bzw. die die Anforderungen".
  de: ['der die das den dem', 'dass daß weil ob wenn als da wie wo obwohl damit und oder aber denn sondern sowie soweit sofern falls bzw beziehungsweise'],
  nl: ['die dat', 'dat omdat of als toen waar hoewel en maar want'],
};
/**
 * Prepositions that take a relative pronoun, per language: after a comma or a conjunction, a
 * preposition and the pronoun open a relative clause, whose first word may be the same article
 * ("mit denen oder mit der der betroffenen Person", "und auf die die §§ 1278 anzuwenden sind").
 */
const RELATIVE_PREPOSITIONS: Record<string, string> = {
  de: 'an auf aus bei durch für gegen hinter in mit nach neben ohne über um unter von vor wegen zu zwischen gemäß',
};
const relativePrepositions = perLanguage(RELATIVE_PREPOSITIONS);

/** Whether the word (by hash) is a preposition that takes a relative pronoun in `lang`. */
export function takesRelative(hash: number, lang: string): boolean {
  return relativePrepositions(lang)?.has(hash) ?? false;
}

const clausePronouns = perLanguage(Object.fromEntries(Object.entries(CLAUSE_DOUBLES).map(([code, [p]]) => [code, p])));
const clauseConjunctions = perLanguage(Object.fromEntries(Object.entries(CLAUSE_DOUBLES).map(([code, [, c]]) => [code, c])));

/** Whether the word (by hash) doubles in `lang` only at a clause start. */
export function doublesAtClauseStartOnly(hash: number, lang: string): boolean {
  return clausePronouns(lang)?.has(hash) ?? false;
}

/** Whether the word (by hash) opens a clause in `lang` (a conjunction). */
export function opensClause(hash: number, lang: string): boolean {
  return clauseConjunctions(lang)?.has(hash) ?? false;
}

/** Whether `lang` capitalises its nouns: a capitalised word inside a sentence is a noun or a name. */
export function capitalisesNouns(lang: string): boolean {
  return Object.hasOwn(NOUN_DETERMINERS, lang);
}

/** Whether `lang` capitalises its nouns and the word (by hash) is a determiner that announces one. */
export function announcesNoun(hash: number, lang: string): boolean {
  return nounDeterminers(lang)?.has(hash) ?? false;
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
  mk: 'и или', be: 'і й ці або а', el: 'και κι ή ούτε', ro: 'și sau', ca: 'i o', gl: 'e ou', eu: 'eta edo', af: 'en of',
  is: 'og eða', fi: 'ja tai eikä', et: 'ja või ega', lv: 'un vai', lt: 'ir ar', hu: 'és vagy', cy: 'a ac neu',
  id: 'dan atau', kk: 'және немесе', hy: 'և ու կամ', ka: 'და ან', fa: 'و یا', hi: 'और या', he: 'או', ar: 'أو',
};
/**
 * Conjunctions written as a prefix of the next word: Arabic "وسمك" (and fish), Hebrew "ושלום".
 * A word that begins with one, and is longer, may be "and" + a word (or a root that starts so).
 */
const CONJUNCTION_PREFIXES: Record<string, string> = { ar: 'و', he: 'ו' };
const conjunctions = perLanguage(CONJUNCTIONS);

export function isConjunction(hash: number, lang: string): boolean {
  return conjunctions(lang)?.has(hash) ?? false;
}

/**
 * Words that make a phrase said twice distributive, per language: Korean "한 발짝 한 발짝" (one
 * step one step: step by step), "한 사람 한 사람" (one by one), "하나 하나".
 */
const DISTRIBUTIVES: Record<string, string> = { ko: '한 하나' };
const distributives = perLanguage(DISTRIBUTIVES);

/** Whether the word (by hash) makes a phrase said twice distributive in `lang` (see DISTRIBUTIVES). */
export function pairsWithItself(hash: number, lang: string): boolean {
  return distributives(lang)?.has(hash) ?? false;
}

/** Whether `word` may begin with a conjunction written as its prefix in `lang` (see CONJUNCTION_PREFIXES). */
export function mayOpenWithConjunction(word: string, lang: string): boolean {
  const prefix = CONJUNCTION_PREFIXES[lang];
  return prefix !== undefined && word.length > prefix.length && word.startsWith(prefix);
}

/** Marks that may stand between a clause's start and its first word: openers of exclamations, quotes (「 『 too), brackets, dialogue dashes. */
const OPENERS = new Set([...' \t\u00a0\u202f¡¿"\'«»„“”‚‘’‹›([—–-\u3000\u300c\u300e\uff08'].map((c) => c.charCodeAt(0)));
/**
 * Marks that close a clause: the sentence marks, comma, semicolon, colon, and the scripts' own (Arabic
 * ، ؛ ؟ ۔, the danda । ॥, Armenian ։, Ethiopic ፣ ፤ ።, Myanmar ၊ ။, Khmer ។, the ideographic and
 * full-width 、 。 ， ！ ？ ： ；).
 */
const CLAUSE_MARKS = new Set([...'.!?…,;:\u060c\u061b\u061f\u06d4\u0964\u0965\u0589\u1363\u1364\u1362\u104a\u104b\u17d4\u3001\u3002\uff0c\uff01\uff1f\uff1a\uff1b'].map((c) => c.charCodeAt(0)));
/** Quotation marks that close a quotation when they follow a word: ” » 」 』 and the straight ". */
const CLOSING_QUOTES = new Set([...'"”»」』'].map((c) => c.charCodeAt(0)));
const SPACES = new Set([...' \t\u00a0\u202f'].map((c) => c.charCodeAt(0)));

/**
 * Whether words first..last make up a clause on their own: a line start or a clause mark before
 * them (past opening marks such as "¡", "«", a dialogue dash) and a clause mark right after them.
 * A word said two to five times as a clause of its own is an interjection or a cry ("¡Ja ja ja!",
 * "Ouais ouais ouais !", "¡Ayuda ayuda!", "Hé hé, s'ils savaient", "… alam alam …"); a decoder's
 * slip sits inside a phrase ("by the the two ministers", "že že že že nic").
 */
export function standsAlone(text: string, t: Tokens, first: number, last: number): boolean {
  let j = t.start[first] - 1;
  while (j >= 0 && OPENERS.has(text.charCodeAt(j))) j--;
  const before = j < 0 || text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13 || CLAUSE_MARKS.has(text.charCodeAt(j));
  return before && endsClause(text, t, last);
}

/** Whether a clause mark follows word `last` (past spaces), or a quotation closes right after it: the word ends a clause. */
export function endsClause(text: string, t: Tokens, last: number): boolean {
  const end = endOfWord(t, last);
  if (CLOSING_QUOTES.has(text.charCodeAt(end))) return true;
  const k = clauseMarkAfter(text, end);
  return k < text.length && CLAUSE_MARKS.has(text.charCodeAt(k));
}

/**
 * Marks that may close the quotation holding the words before a clause's mark (“Не, не, не, не”.):
 * besides the closing quotes, those that close in some languages and open in others (German „…“,
 * Danish »…«, single quotes), passed over only on the way to a mark.
 */
const CLOSERS = new Set([...CLOSING_QUOTES, ...[...'\'«“’'].map((c) => c.charCodeAt(0))]);

/** Where the mark after offset `end` stands, past spaces and the quotation marks that close the words before it. */
export function clauseMarkAfter(text: string, end: number): number {
  let k = end;
  while (k < text.length && (SPACES.has(text.charCodeAt(k)) || CLOSERS.has(text.charCodeAt(k)))) k++;
  return k;
}
