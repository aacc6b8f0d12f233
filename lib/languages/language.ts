// What mtqa knows about a language to tell it apart from others: one entry per language, in a file
// of its own beside this one (en.ts, sv.ts, …), listed once in index.ts. Languages with the
// segmentation knowledge of a full profile (profile.ts) extend this entry; the others are known
// well enough to detect and to report as untranslated, and are reported with `supported: false`.
// Each file also exports `examples`, a few ordinary sentences in the language (news, a
// customer-service reply): the tests detect them, plant them in documents of other languages and
// expect them found, and expect silence on them as a document of their own. The registry does not
// import them, so the bundle leaves them out.

import type { ScriptName } from '../text/script.js';

export interface Language {
  /** ISO 639-1 code. */
  code: string;
  /**
   * ISO 639-3 code of franc-all's trigram model (every language of a script it shares has one). Detection asks franc only
   * about registry languages, so the models of the others can be left out of the bundle.
   */
  franc?: string;
  /** English name, as messages show it. */
  name: string;
  /** The script the language is written in. */
  script: ScriptName;
  /** Other scripts it is commonly written in (Serbian: Latin too). */
  alsoWritten?: readonly ScriptName[];
  /**
   * Where the language is written letter for letter in its other script too (alsoWritten), how
   * each letter of its main script is spelt there, lowercase; a key may be a digraph that stands
   * for one letter (Serbian "љ" is "lj"; Bosnian "lj" is "љ"). The segmentation rules then know its
   * common words in either script ("и" and "i"). Detection leaves it alone: there the language is
   * told from the relatives written in that script by franc.
   */
  transliteration?: Readonly<Record<string, string>>;
  /**
   * Its most frequent words (articles, prepositions, conjunctions, pronouns, auxiliaries), lowercase,
   * separated by spaces: some 30 to 100 of them, so that no language wins a vote by having the longer
   * list. One hash lookup per word tells which languages a sentence leans to. Languages that their
   * script alone identifies need none for detection; a cased one (Greek, Armenian) has them all the
   * same, for the segmentation rules, which read a lowercase word after a period with confidence
   * only in a language whose words they know (Lexicon.registered).
   */
  commonWords?: string;
  /**
   * ASCII marks that end a sentence in the language besides . ! ?: Greek ";" (its question mark:
   * CLDR's sentence-break tailoring for "el"), Armenian ":" (typed for the full stop ։). In other
   * languages they end no sentence, so the boundary scan looks for them only in a text of the language.
   */
  sentenceTerminals?: string;
  /**
   * The language ends its sentences with a mark of its own, and its period is a stop inside the
   * sentence: Armenian ends them with ։ (or the colon typed for it) and writes its միջակետ (․, a
   * stop between clauses that does the colon's and semicolon's work) as ".", after which the
   * sentence goes on in lowercase ("ուղղակի ապշած եմ. բացի այն, որ"). A lowercase word after
   * its period is then no sentence break; after its own full stop it still is.
   */
  periodInsideSentence?: boolean;
  /**
   * The language writes an apostrophe between a proper noun and its suffixes, and never after a
   * common noun (Turkish "İstanbul'da", "npm'den", "Python'un"; Azerbaijani the same): a lowercase
   * word with one after a sentence end is a name written in lowercase (a tool, a command), not a
   * sentence that lost its capital. Not English, whose "'s" goes on any noun ("everyone's").
   */
  properNounApostrophe?: boolean;
  /** Lowercase letters that mark the language among the others of its script: ř in Czech, ї in Ukrainian. */
  markers?: string;
  /**
   * The marker letters are so frequent (one letter in thirty or more) that a sentence of some length
   * without any is unlikely to be in the language: Czech ě ř ů, Polish ą ę ł, Ukrainian і ї є.
   */
  frequentMarkers?: boolean;
  /** Languages of one group are too close to tell apart reliably and are never reported as each other. */
  group?: string;
  /**
   * The language's style drops the period of clipped words as often as not (Swedish "max", "inkl",
   * "t ex"; Danish and Norwegian alike): a label of a user interface writes "Max storlek" beside
   * "Max. hastighet", so a clipped word written bare in a short unit is no evidence of a whole word
   * (see learnAbbreviations).
   */
  bareAbbreviations?: boolean;
  /**
   * A space stands between syllables, not words (Vietnamese "hoàn thành thành công", "luôn luôn"):
   * a syllable twice in a row is the seam of two compounds or a reduplication as often as a slip;
   * and any lowercase syllable before a period is a word, however short ("quốc.", "các."), not the
   * clipped word an abbreviation is in a language that spaces its words.
   */
  spacedSyllables?: boolean;
  /**
   * The language doubles content words as grammar (Turkic "yavaş yavaş" slowly, "tek tek" one by one,
   * "ayrı ayrı" separately; Hindi "धीरे धीरे", "बार बार"): only a doubled function word is a slip.
   * 'phrases' where whole phrases are said twice as well (Turkish "öyle oyuncu öyle oyuncu ki"), so
   * that a phrase twice back to back is no loop either; 'words' where only single words double
   * (Korean "하나씩 하나씩", Indonesian "undang undang"): a phrase twice is still a slip there.
   */
  reduplicates?: 'words' | 'phrases';
  /**
   * Words that cannot make a sentence on their own ("Again.", "再び。", "גם."): one of them as a
   * sentence between two others is a piece cut off the sentence before. Lowercase. A full profile
   * (profile.ts) lists them by hand; a language written without case takes them from its Universal
   * Dependencies treebanks (scripts/ud-caseless-words.py), so that another is added the same way:
   * the 20 most frequent forms tagged CCONJ, SCONJ, ADP or PART and the 20 most frequent tagged ADV
   * as advmod, none ever a sentence of its own in the treebank; negations and question words left
   * out (Polarity=Neg, PronType=Int: "No." and "How?" answer on their own), and in a script that
   * spaces its words, forms written as a word of their own in less than half their occurrences
   * (clitics: Hebrew ב, ל).
   */
  fragmentWords?: readonly string[];
  /**
   * Verbs of saying that follow a quotation written without quotation marks, for a language
   * without a full profile (a profile lists its own, profile.ts): Turkish "Geldin mi? diye sordu",
   * "Yoruldum! dedi". After a question or exclamation mark, or a period (the words said keep
   * their own: "Herkes hazır olsun. diye ekledi"), one of them goes on the sentence. A language
   * that puts them after the words said takes them from its Universal Dependencies treebanks
   * (scripts/ud-speech-verbs.py), as Turkish and Kazakh do.
   */
  speechVerbs?: readonly string[];
  /**
   * In a language written without case, words that never open a sentence (Japanese を, Hindi में,
   * Hebrew של): a sentence that starts with one is the rest of the sentence before, cut by a stray
   * mark. From the same treebanks: forms tagged ADP, PART or AUX, frequent enough that chance
   * would open ten of the treebank's sentences with them (ten times its tokens per sentence: a
   * function word opens fewer than chance, and Hindi पर "on", at eight, opens sentences as "but"),
   * that open none, negations left out. Where words are written without spaces, the checker reads
   * the word a sentence opens with by the language's word segmentation (Intl.Segmenter, ICU's
   * dictionary: "を拡大" and "をする" open with を, "はい" and "のみ" do not; "的合作" opens with 的,
   * "的确" does not), and a form counts there only if no sentence of the treebank opens with it, its
   * head precedes it in four occurrences of five (an enclitic, Chinese 的 了, Japanese を た: these
   * languages drop the subject, so a sentence may open with a word whose head follows, 被 "by", 是
   * "is") and it begins longer words in a quarter of its occurrences at most (Chinese 中 begins 中國
   * and words the dictionary lacks, 中校).
   */
  nonInitialWords?: readonly string[];
  /**
   * Of nonInitialWords, the sentence particles (Chinese 吗 吧 呢, UD's discourse:sp), which end
   * their clause: one counts alone or before a mark, a comma too ("你会来。吗？", "那好。吧，就按"),
   * for before a letter it is the start of a word the segmentation's dictionary lacks and splits
   * (吧台 read 吧|台, 呢子 呢|子). (scripts/ud-caseless-words.py)
   */
  sentenceParticles?: readonly string[];
  /**
   * Of nonInitialWords, those that open sentences as conjunctions in literary and spoken
   * registers, though never in the treebank (Japanese が "but", で "and so", し in して "and then":
   * "が事実は…", "で彼は…", "して見れば…"): from the same treebanks, the words tagged as conjunctive
   * particles (Japanese XPOS 助詞-接続助詞) in one occurrence of a hundred at least
   * (scripts/ud-caseless-words.py). One counts as a stray break's evidence only after a sentence
   * that ends unfinished (unfinishedEndings).
   */
  conjunctiveWords?: readonly string[];
  /**
   * In a language written without spaces that ends its sentences with an inflection or a particle
   * (Japanese た る す い, か よ ね), the letters a sentence seldom ends with, as the body of a
   * regular expression's character class: those that stand before the words that never open a
   * sentence (nonInitialWords) more than four times as often as they end one in the language's
   * treebanks, kana each on its own (し っ て に の: a stem's, a particle's), the letters of other
   * scripts by script (Han, Katakana, Latin, digits: a noun's). A sentence that opens with one of
   * the conjunctiveWords, or with a kana word the word segmentation may have misread (はやく,
   * たべろ), is a stray break's rest only after a sentence that ends in one of these ("協力。が必要"),
   * not after a finished one ("…であらう。が事実は"). (scripts/ud-caseless-words.py)
   */
  unfinishedEndings?: string;
  /**
   * In a language that spaces its words and ties a noun to what follows with a particle written onto
   * it (Korean 사랑을, 나라의), the last letters of words that never end a sentence: a mark after a
   * word of two letters or more that ends in one cuts a clause in the middle ("협력을. 확대하기로").
   * From its Universal Dependencies treebanks (scripts/ud-korean-particles.py): endings of words
   * frequent enough that chance would end ten sentences with them, that end none, and that are a
   * particle or an adnominal ending (a word bound to the next) in 95 of 100 occurrences at least, so
   * that no noun (회의 "meeting", 결과 "result") or verb (나와 "come out", which ends commands in
   * speech) ends in them often.
   */
  nonFinalEndings?: readonly string[];
  /**
   * What makes a clause a noun before one of the nonFinalEndings, as a syllable (Korean 기 of 되기를,
   * 것 of "좋았을 것을") or a final consonant (ㅁ of 있음을): such a noun with its particle ends wishes
   * and laments whose verb goes unsaid ("잘 되기를.", "좋았을 것을."), so a mark after it is no
   * stray break. From the same treebanks: the lemmas before the particle, ten times at least, that
   * are a nominalizing ending or a dependent noun after an adnominal clause in half its occurrences.
   */
  nominalizers?: readonly string[];
  /**
   * Nouns whose own stem ends in one of the nonFinalEndings (Korean 가을 "autumn", 마을 "village"):
   * a word ending in one is the noun, which ends noun-phrase sentences ("그 마을."), not a particle.
   * From the same treebanks: the nouns' lemmas ending so.
   */
  nonFinalNouns?: readonly string[];
  /**
   * In a language written without case, function words that it never doubles: one of them twice in
   * a row is a slip ("कि कि", "به به"), where a language that reduplicates (Language.reduplicates)
   * doubles an adverb on purpose ("धीरे धीरे"), and however often a document doubles it (Arabic
   * "إلى إلى"), where a content word doubled again and again is a title or a refrain. From its
   * Universal Dependencies treebanks (scripts/ud-caseless-words.py): the 40 most frequent forms
   * tagged CCONJ, SCONJ, ADP, PART or AUX, in nine of ten occurrences or more, that the treebank
   * writes twice in a row once at most (a slip does not repeat itself; Hindi PUD has one "कि कि").
   * Not pronouns and determiners, which the languages double to distribute ("कौन कौन" who all). A
   * full profile's function words serve.
   */
  neverDoubled?: readonly string[];
  /**
   * How the language writes numbers as words, so that a translation may spell out a number of its
   * source ("3 people" → "three people") or write one its source spells: forms by value, lowercase.
   */
  numberWords?: NumberWords;
}

/** Words by value, lowercase; the forms of one value separated by slashes ("two/both"). */
export type NumberWordTable = Readonly<Record<number, string>>;

export interface NumberWords {
  /**
   * Cardinals 0-12, round tens, 100 and 1000, with their inflected forms and words that mean one ("a",
   * "ein"); and the teens and ordinals that are not such a word with an ending ("fifteen", "fifth",
   * "twentieth": "fourteen" would read as "four" and "-teen").
   */
  cardinals: NumberWordTable;
  /** Words that multiply the number before them ("million", "Mio", "млн"). */
  scales: NumberWordTable;
}
