import { francAll } from '../languages/franc.js';
import { lacksMarkers } from '../catalogue/alphabets.js';
import type { CheckContext, ReportLines } from '../context.js';
import { CLASS, K_DIGIT, K_LOWER, SCRIPT, charactersIn, isLetterClass } from '../catalogue/charclass.js';
import { CLOSERS, OPENERS, isBlank, urlishWord } from '../catalogue/addresses.js';
import { ASCII_LOANWORDS_PER_WORD, FOREIGN_LETTERS_PER_WORD, languageGiven } from '../languages/detect.js';
import { identifyLanguage } from '../languages/identify.js';
import { francCodes, groupHead, languageFor, languageForFranc, languageName, languagesWritten, sameOrClose, scriptLanguage, scriptsOf, scriptsWrittenIn, type Language } from '../languages/index.js';
import { forEachSentence } from '../catalogue/sentences.js';
import { SCRIPT_TERMINALS } from '../catalogue/marks.js';
import { MAX_STOPWORD, stopwordMask } from '../catalogue/stopwords.js';
import { LEAN_NONE, LEAN_OWN, LEAN_UNKNOWN, SentenceJudge, TITLE_LOWER_LETTERS, asciiUnlikeWords, lowestBit, markerCounts, markerTotal, rivalScore } from '../catalogue/sentence-language.js';
import {
  Info,
  SCRIPTS,
  scriptIndex,
  endOfWord,
  firstTokenAt,
  lettersOfWord,
  nextWordOutside,
  type Tokens,
} from '../catalogue/tokens.js';
import { grown } from '../text/grown.js';
import { ellipsized, isLetterAt, isRegExpSpace } from '../text/chars.js';
import { inKeywordList } from '../text/keyword-list.js';
import { namesLanguages } from '../languages/autonyms.js';
import { primaryLanguage } from '../languages/tags.js';
import { sourceValueList } from '../bilingual/value-list.js';
import { inCodeUnit } from '../bilingual/code-block.js';
import { unfinishedCopy } from '../bilingual/pairs.js';
import { lazyRegExp } from '../text/lazy-regexp.js';
import { MAX_FINDINGS, MAX_FINDINGS_PER_RULE_AND_LINE } from '../limits.js';
import { scriptOf, type ScriptName } from '../text/script.js';
import type { RawFinding, Rule, RuleExamples } from '../types.js';
import { writtenInCapitals } from '../text/readable-case.js';

// Two detectors, one finding type. A run of words in another script (Cyrillic in a German text,
// Chinese in an English one) needs no statistics, only enough words that it is not a name or a
// single borrowed word. Within the document's own script, each sentence's function words are
// counted for every catalogue language (one table lookup per word); only runs of sentences that
// lean to another language and hold at least MIN_LETTERS letters go to franc, which must agree.

/** franc is not asked about less text than this: below it its answer is noise. */
const MIN_LETTERS = 60;
/** …unless the function words or marker letters already point to one language, which franc then only confirms. */
const MIN_LETTERS_KNOWN = 40;
/** Shorter runs, too short for franc, are named on strong evidence of their own alone. */
/** A run in another script is named from this many characters on. */
const MIN_LETTERS_NAMED = 30;
const MIN_LETTERS_SHORT = 15;
/** One marker letter of the document's language in this many letters proves a run is its own. */
const OWN_MARKER_RATE = 50;
/**
 * franc calls per document: at least this many, and one per this many characters. A document
 * that mixes languages line by line would otherwise cost a call per line (0.1-0.2 ms each);
 * past the budget, only passages the function words alone prove are reported.
 */
const FRANC_CALLS = 200;
/** A language this little behind franc's first choice (as a share of the median's lag) is still plausible. */
const PLAUSIBLE = 0.25;
/** franc alone names a run this long, when the document's language is this far behind. */
const FRANC_ALONE_LETTERS = 80;
const FRANC_ALONE_BEHIND = 0.5;
const FRANC_CHARS = 20_000;
/** franc reads at most this many characters of a run. */
const FRANC_SPAN = 2000;

const CASED: ReadonlySet<ScriptName> = new Set(['Latin', 'Cyrillic', 'Greek', 'Armenian']);

/** For the rule catalogue (scripts/update-schema.ts); not in the meta, so the bundle leaves it out. */
export const description =
  'A sentence or run of sentences in another language than the document: left untranslated, or translated into ' +
  'the wrong language. Runs in another script (Cyrillic, Chinese, Arabic… in a Latin text, or Latin in a Cyrillic ' +
  'one) are found without statistics; runs in the same script by their common words and by lowercase words in ' +
  'letters the alphabet of the document lacks (CLDR exemplar characters), confirmed by franc where it has a model; ' +
  'short sentences only on strong evidence of their own. Names, titles, single borrowed words, short glosses in ' +
  'quotes or brackets, lowercase Latin words with no function word (a command: "docker container diff"; borrowed terms), a quotation inside a sentence (an error message, a button\'s label, a list of them each in its own marks: not a quoted sentence, which is speech), ' +
  'a sentence followed by its translation in brackets, ' +
  'terms listed with CJK enumeration commas, languages named in their own scripts (a list of translations, "简体中文 | 日本語"), ' +
  'URLs and product names are left alone; numbers with units and codes listed in brackets ' +
  'or between commas ("10k", "(de, cs, ru)") are no words of any language. In a document whose language was ' +
  'detected rather than declared, the languages of an even mixture are not reported, nor passages that would cover half of it. ' +
  '`data.language` gives the language of the passage.';

export const untranslatedPassage: Rule<CheckContext> = {
  meta: {
    id: 'untranslated-passage',
    category: 'language',
    severity: 'error',
    mqm: 'Accuracy/Untranslated',
    languages: '*',
    silencedBySource: { same: ['language'] },
  },

  check(ctx, report) {
    if (ctx.documentLanguage.wrong) return;
    const { language } = ctx;
    const tokens = ctx.tokens;
    const budget = { calls: Math.max(FRANC_CALLS, ctx.text.length / FRANC_CHARS) };
    // A given language (--lang, or the file's) is what the text must be in: everything else is
    // reported. A detected one is only the document's majority: the languages of an even mixture
    // are its own, and passages covering half the text mean the detection, not the text, is wrong
    // (a language mtqa does not know read as a neighbour): then nothing is said.
    // Passages are kept small until reported: the report stops at MAX_FINDINGS (engine.ts), and a
    // mixed document of 30 MB has 100,000 passages, which as findings took 45 MiB. Only a detected
    // language needs them all before the first is reported; for a given one each is reported as it
    // is found, in the same order, so that a full report stops the scan (in 30 MB of mixed text
    // the script runs alone are five times the report's 10,000, and every sentence was judged for none).
    const given = languageGiven(language);
    // Without a source, the report keeps this rule's findings in the order given, MAX_FINDINGS at
    // most and MAX_FINDINGS_PER_RULE_AND_LINE on a line: Passages counts how many it will keep.
    // A command line is no finding (see commandLine): it takes no place in the report.
    const found = new Passages(given ? 0 : ctx.text.length, (start, end) => commandLine(ctx.text, tokens, start, end), ctx.source ? undefined : ctx.reportLines);
    const mixture = (language.mixture ?? []).map((m) => languageFor(m.code));
    const collect: Found = (start, end, passageLanguage, script, method) => {
      if (inMixture(mixture, passageLanguage, script, method) || declaredSo(ctx, start, end, passageLanguage, script, method)) return;
      if (inKeywordList(ctx.text, start, end) || languageTagList(ctx.text, start, end) || glossedTerm(ctx.text, start, end, language.script)) return;
      if (sourceValueList(ctx, start, end) || inCodeUnit(ctx, start) || unfinishedCopy(ctx, start)) return;
      if (given) {
        if (!commandLine(ctx.text, tokens, start, end)) report(finding(ctx, { start, end, language: passageLanguage, script, method }));
      }
      else {
        found.push(start, end, passageLanguage, script, method);
        // Passages only add to what they cover: past half the text nothing will be reported, and
        // the scan stops (30 MB of mixed long paragraphs pass it three quarters through).
        if (2 * found.covered > ctx.text.length) throw HALF_COVERED;
      }
    };
    try {
      foreignScriptRuns(ctx, tokens, budget, collect);
      const own = judgedAs(languageFor(language.code), language.script);
      if (own?.commonWords) foreignSentenceRuns(ctx, tokens, own, budget, collect, given ? undefined : found);
    } catch (err) {
      if (err === HALF_COVERED) return;
      if (err !== SETTLED) throw err;
    }
    if (given) return;
    // A command line is told from the passages kept, not from every one found: a mixed text of
    // 30 MB finds 100,000, and reading each span again cost 6 % of its check.
    for (let i = 0; i < found.count; i++) if (!found.commandLine(i)) report(finding(ctx, found.at(i)));
  },
};

/** What the rule flags and what it leaves alone: tests/rules.test.ts runs them. Not part of the rule, so not of the bundle. */
export const examples: RuleExamples = {
  bad: [
    // The capital I is no Turkish marker letter (its ı is): English "I" does not make the sentence Turkish.
    {
      text: 'Bu kitapta onların özgürlükleri de anlatılıyor. I was lucky to escape them, but a friend of mine talked to them. Güzel bayrağımızda ay yıldız var.',
      lang: 'tr',
      findings: [
        {
          flagged: 'I was lucky to escape them, but a friend of mine talked to them.',
          message: 'Untranslated passage: “I was lucky to escape them, but a friend…” is in English inside a text in Turkish.',
        },
      ],
    },
    // A close relative's sentence: franc ranks Spanish first but Catalan (which it has no model
    // of) or Portuguese close behind; the function words prove it ("y", "los", "te", "no", none of
    // the document's own).
    {
      text: "L'Ajuntament ha aprovat el pressupost per a l'any vinent amb els vots del govern. Y cuando habla y no te mira a los ojos, dibuja redes o pequeños cuadrados.",
      lang: 'ca',
      findings: [
        {
          flagged: 'Y cuando habla y no te mira a los ojos, dibuja redes o pequeños cuadrados.',
          message: 'Untranslated passage: “Y cuando habla y no te mira a los ojos, …” is in Spanish inside a text in Catalan.',
        },
      ],
    },
    {
      text: 'A Câmara aprovou ontem o orçamento para o próximo ano com os votos do governo. Según los analistas, sería peligroso para Bouchard retrasar mucho el referendo, por el desgaste que sufriría paralelamente su Gobierno.',
      lang: 'pt',
      findings: [
        {
          flagged: 'Según los analistas, sería peligroso para Bouchard retrasar mucho el referendo, por el desgaste que sufriría paralelamente su Gobierno.',
          message: 'Untranslated passage: “Según los analistas, sería peligroso par…” is in Spanish inside a text in Portuguese.',
        },
      ],
    },
    // A sentence of the document's own that leans to no language (numbers, words Galician shares)
    // is left out at the passage's edge, though it opened the run.
    {
      text: 'O homem fuma entre 11 e 20 cigarros por dia e a mulher, entre 5 e 10. During the incorporation, 77 lines will be cancelled, 37 new lines will be introduced, and 12 currently operating lines will be adjusted.',
      lang: 'pt',
      findings: [
        {
          flagged: 'During the incorporation, 77 lines will be cancelled, 37 new lines will be introduced, and 12 currently operating lines will be adjusted.',
          message: 'Untranslated passage: “During the incorporation, 77 lines will …” is in English inside a text in Portuguese.',
        },
      ],
    },
    // A sentence in brackets has lowercase words of its own: no title, however it opens.
    {
      text: 'ავტორი ეყრდნობა კლასიკურ ნაშრომს (The author argues that we should not trust these results at all) და ავითარებს მის იდეებს.',
      lang: 'ka',
      findings: [
        {
          flagged: 'The author argues that we should not trust these results at all',
          message: 'Untranslated passage: “The author argues that we should not tru…” is in English (Latin script) inside a text in Georgian.',
        },
      ],
    },
    // A clause in a bracket is no gloss of a term, first of its bracket or not.
    {
      text: '这个功能还在测试中（please do not use this feature in production，谢谢）。',
      lang: 'zh',
      findings: [
        {
          flagged: 'please do not use this feature in production',
          message: 'Untranslated passage: “please do not use this feature in produc…” is in English (Latin script) inside a text in Chinese.',
        },
      ],
    },
    // …but a passage with fields in it is still one.
    {
      text: "Η σύνδεση απέτυχε: Couldn't connect socket {socket} to {address} because the remote server refused it ({error_code})",
      lang: 'el',
      findings: [
        {
          flagged: "Couldn't connect socket {socket} to {address} because the remote server refused it",
          message: 'Untranslated passage: “Couldn\'t connect socket {socket} to {add…” is in English (Latin script) inside a text in Greek.',
        },
      ],
    },
    {
      text: 'The minister met his counterpart on Monday. Обе стороны договорились расширить сотрудничество в области энергетики. The treaty will be signed next year.',
      findings: [
        {
          flagged: 'Обе стороны договорились расширить сотрудничество в области энергетики.',
          message: 'Untranslated passage: “Обе стороны договорились расширить сотру…” is in Russian (Cyrillic script) inside a text in English.',
        },
      ],
    },
    {
      text: 'The minister met his counterpart on Monday. Die beiden Seiten vereinbarten, die Zusammenarbeit im Bereich der Energie auszubauen und zu vertiefen. The treaty will be signed next year.',
      findings: [
        {
          flagged: 'Die beiden Seiten vereinbarten, die Zusammenarbeit im Bereich der Energie auszubauen und zu vertiefen.',
          message: 'Untranslated passage: “Die beiden Seiten vereinbarten, die Zusa…” is in German inside a text in English.',
        },
      ],
    },
    {
      text: 'Der Minister traf am Montag seinen Amtskollegen. Both sides agreed that they would expand their cooperation in the field of energy. Der Vertrag wird im nächsten Jahr unterzeichnet.',
      lang: 'de',
      findings: [
        {
          flagged: 'Both sides agreed that they would expand their cooperation in the field of energy.',
          message: 'Untranslated passage: “Both sides agreed that they would expand…” is in English inside a text in German.',
        },
      ],
    },
    // Bulgarian in Russian: its ъ is a Russian marker letter too, and proves nothing of Russian.
    {
      text: 'Правительство утвердило новый бюджет на следующий год. Според министъра бюджетът ще бъде приет до края на месеца, защото всички партии са съгласни с него. Депутаты обсудят его во вторник на заседании комитета.',
      lang: 'ru',
      findings: [
        {
          flagged: 'Според министъра бюджетът ще бъде приет до края на месеца, защото всички партии са съгласни с него.',
          message: 'Untranslated passage: “Според министъра бюджетът ще бъде приет …” is in Bulgarian inside a text in Russian.',
        },
      ],
    },
    // A sentence of the document's own after the passage, with none of its function words but
    // words in letters English lacks: no part of the English run (see ruledOutTogether).
    {
      text: 'Štúr sa narodil v Uhrovci. Many of them had to leave because their homes had been destroyed. Štúr si dokonale osvojil nemčinu a klasické jazyky.',
      lang: 'sk',
      findings: [
        {
          flagged: 'Many of them had to leave because their homes had been destroyed.',
          message: 'Untranslated passage: “Many of them had to leave because their …” is in English inside a text in Slovak.',
        },
      ],
    },
    {
      text: 'Štúr sa narodil v Uhrovci a študoval v Bratislave. Štúr si dokonale osvojil nemčinu a klasické jazyky. Many of them had to leave because their homes had been destroyed.',
      lang: 'sk',
      findings: [
        {
          flagged: 'Many of them had to leave because their homes had been destroyed.',
          message: 'Untranslated passage: “Many of them had to leave because their …” is in English inside a text in Slovak.',
        },
      ],
    },
    // A document language franc has no model for: franc is sure of English, and the common words lean to it.
    {
      text: 'Hallitus päätti lisätä tutkimuksen rahoitusta tulevina vuosina. The committee will publish its report on the proposal at the end of the month. Asiasta kerrottiin eilen.',
      lang: 'fi',
      findings: [
        {
          flagged: 'The committee will publish its report on the proposal at the end of the month.',
          message: 'Untranslated passage: “The committee will publish its report on…” is in English inside a text in Finnish.',
        },
      ],
    },
    // The same with two common words of English only: franc far surer of English than of any other (clearLean).
    {
      text: 'Kaupunki avasi uuden kirjaston viime viikolla. Heavy snowfall closed the mountain roads again in October. Kirjasto on auki joka päivä.',
      lang: 'fi',
      findings: [
        {
          flagged: 'Heavy snowfall closed the mountain roads again in October.',
          message: 'Untranslated passage: “Heavy snowfall closed the mountain roads…” is in English inside a text in Finnish.',
        },
      ],
    },
    // Estonian in a Finnish text: its own words and letters ("õige", "üle") prove it.
    {
      text: 'Kävin eilen kaupassa ja ostin leipää. Ma ei tea, kas see on õige, aga me peame seda veel kord üle vaatama. Sitten menin kotiin.',
      lang: 'fi',
      findings: [
        {
          flagged: 'Ma ei tea, kas see on õige, aga me peame seda veel kord üle vaatama.',
          message: 'Untranslated passage: “Ma ei tea, kas see on õige, aga me peame…” is in Estonian inside a text in Finnish.',
        },
      ],
    },
    // Serbian in Latin letters, judged by the words of Croatian, its relative written so.
    {
      text: 'Vlada je odlučila da poveća finansiranje istraživanja u narednim godinama. The committee will publish its report on the proposal at the end of the month. To je objavljeno juče.',
      lang: 'sr',
      findings: [
        {
          flagged: 'The committee will publish its report on the proposal at the end of the month.',
          message: 'Untranslated passage: “The committee will publish its report on…” is in English inside a text in Serbian.',
        },
      ],
    },
    {
      text: 'Ministr se v pondělí setkal se svým protějškem. Both sides agreed that they would expand their cooperation in the field of energy. Smlouva bude podepsána příští rok.',
      lang: 'cs',
      findings: [
        {
          flagged: 'Both sides agreed that they would expand their cooperation in the field of energy.',
          message: 'Untranslated passage: “Both sides agreed that they would expand…” is in English inside a text in Czech.',
        },
      ],
    },
    {
      text: 'Міністр зустрівся зі своїм колегою в понеділок. Обе стороны договорились, что они расширят сотрудничество в области энергетики и транспорта. Угоду буде підписано наступного року.',
      lang: 'uk',
      findings: [
        {
          flagged: 'Обе стороны договорились, что они расширят сотрудничество в области энергетики и транспорта.',
          message: 'Untranslated passage: “Обе стороны договорились, что они расшир…” is in Russian inside a text in Ukrainian.',
        },
      ],
    },
    {
      text: 'Министр встретился с коллегой в понедельник. Both sides agreed that they would expand their cooperation in the field of energy. Договор будет подписан в следующем году.',
      lang: 'ru',
      findings: [
        {
          flagged: 'Both sides agreed that they would expand their cooperation in the field of energy.',
          message: 'Untranslated passage: “Both sides agreed that they would expand…” is in English (Latin script) inside a text in Russian.',
        },
      ],
    },
    {
      text: 'El ministro se reunió con su homólogo el lunes. 双方同意扩大能源领域的合作。 El tratado se firmará el próximo año.',
      lang: 'es',
      findings: [
        {
          flagged: '双方同意扩大能源领域的合作。',
          message: 'Untranslated passage: “双方同意扩大能源领域的合作。” is in Chinese (Han script) inside a text in Spanish.',
        },
      ],
    },
    {
      // A quoted sentence is speech, which the translation should have translated.
      text: 'Министр сказал: "We will expand our cooperation in the field of energy next year." Договор будет подписан в январе.',
      lang: 'ru',
      findings: [
        {
          flagged: 'We will expand our cooperation in the field of energy next year.',
          message: 'Untranslated passage: “We will expand our cooperation in the fi…” is in English (Latin script) inside a text in Russian.',
        },
      ],
    },
    {
      // An aside in brackets as long as a sentence is no gloss.
      text: 'Ми оновили систему минулого тижня (to tell the truth, this is the first time I have learned that the base distribution has changed).',
      lang: 'uk',
      findings: [
        {
          flagged: 'to tell the truth, this is the first time I have learned that the base distribution has changed',
          message: 'Untranslated passage: “to tell the truth, this is the first tim…” is in English (Latin script) inside a text in Ukrainian.',
        },
      ],
    },
    {
      text: 'Please restart the device. 電源を入れ直してから、もう一度お試しください。 Then try again.',
      findings: [
        {
          flagged: '電源を入れ直してから、もう一度お試しください。',
          message: 'Untranslated passage: “電源を入れ直してから、もう一度お試しください。” is in Japanese (Kana script) inside a text in English.',
        },
      ],
    },
    {
      text: 'The photo was shared widely. （苹果日报图：天安门母亲网站由陶业负责打理。）pic.twitter.com/UxID9ZGjzm',
      findings: [
        {
          flagged: '苹果日报图：天安门母亲网站由陶业负责打理。',
          message: 'Untranslated passage: “苹果日报图：天安门母亲网站由陶业负责打理。” is in Chinese (Han script) inside a text in English.',
        },
      ],
    },
    {
      text: 'The minister met his counterpart on Monday. Båda parter kom överens om att utöka samarbetet inom energiområdet. The treaty will be signed next year.',
      findings: [
        {
          flagged: 'Båda parter kom överens om att utöka samarbetet inom energiområdet.',
          message: 'Untranslated passage: “Båda parter kom överens om att utöka sam…” is in Swedish inside a text in English.',
        },
      ],
    },
    {
      text: 'Dobrý den, jak vám mohu pomoci? Thank you for the message. Objednávka dorazí zítra.',
      lang: 'cs',
      findings: [
        {
          flagged: 'Thank you for the message.',
          message: 'Untranslated passage: “Thank you for the message.” is in English inside a text in Czech.',
        },
      ],
    },
    {
      text: 'You can check all the settings in one place. Pomocí jediného ovládacího panelu můžete kontrolovat nastavení zabezpečení a ochrany identity. It takes a minute.',
      findings: [
        {
          flagged: 'Pomocí jediného ovládacího panelu můžete kontrolovat nastavení zabezpečení a ochrany identity.',
          message: 'Untranslated passage: “Pomocí jediného ovládacího panelu můžete…” is in Czech inside a text in English.',
        },
      ],
    },
    {
      text: 'Ugovor je potpisan u ponedjeljak. Mohu vám ještě s něčím pomoci? Hvala na strpljenju.',
      lang: 'hr',
      findings: [
        {
          flagged: 'Mohu vám ještě s něčím pomoci?',
          message: 'Untranslated passage: “Mohu vám ještě s něčím pomoci?” is in Czech inside a text in Croatian.',
        },
      ],
    },
    {
      text: 'Nous sommes arrivés trop tard au village. ¿Por qué no me dijiste nada de esto? La tempête ne s\'est pas calmée de la nuit.',
      lang: 'fr',
      findings: [
        {
          flagged: '¿Por qué no me dijiste nada de esto?',
          message: 'Untranslated passage: “¿Por qué no me dijiste nada de esto?” is in Spanish inside a text in French.',
        },
      ],
    },
    // Serbian in Cyrillic is named Serbian, not by its group's first language, Croatian, written in Latin.
    {
      text: 'Правительство утвердило новый закон об охране окружающей среды. Влада је јуче усвојила нови закон о заштити животне средине, који ће ступити на снагу следеће године. Министр сказал, что закон вступит в силу в январе.',
      lang: 'ru',
      findings: [
        {
          flagged: 'Влада је јуче усвојила нови закон о заштити животне средине, који ће ступити на снагу следеће године.',
          message: 'Untranslated passage: “Влада је јуче усвојила нови закон о зашт…” is in Serbian inside a text in Russian.',
        },
      ],
    },
    // A sentence has long lowercase words of its own: no title, though it stands inside one of the document's.
    {
      text: 'При обновлении программа сообщает, что The new version is not compatible with older devices, и останавливается.',
      lang: 'ru',
      findings: [
        {
          flagged: 'The new version is not compatible with older devices',
          message: 'Untranslated passage: “The new version is not compatible with o…” is in English (Latin script) inside a text in Russian.',
        },
      ],
    },
    // A UI label in title case left in English on a line of its own is a short sentence of its
    // own, not a name inside one of the document's sentences.
    {
      text: 'Добавить в плейлист\nAdd to Playlist\nСохранить как файл',
      lang: 'ru',
      findings: [{ flagged: 'Add to Playlist', message: 'Untranslated passage: “Add to Playlist” is in Latin script inside a text in Russian.' }],
    },
    // An option inside a sentence left in English: its function words make it prose.
    {
      text: 'Не вдалося оновити гілку. Use --force to override the check and update the branch anyway.',
      lang: 'uk',
      findings: [{ flagged: 'Use --force to override the check and update the branch anyway.', message: 'Untranslated passage: “Use --force to override the check and up…” is in English (Latin script) inside a text in Ukrainian.' }],
    },
    // A sentence written in capitals (a heading, a notice) is read in lowercase: its words are no
    // acronyms. An English one left untranslated in a German or French text is found by its common words.
    {
      text: 'Die Regierung hat am Montag den neuen Haushalt für das kommende Jahr vorgestellt. PLEASE READ THESE TERMS AND CONDITIONS OF USE CAREFULLY BEFORE USING THIS WEBSITE. Die Opposition kritisierte den Entwurf als unzureichend.',
      lang: 'de',
      findings: [
        {
          flagged: 'PLEASE READ THESE TERMS AND CONDITIONS OF USE CAREFULLY BEFORE USING THIS WEBSITE.',
          message: 'Untranslated passage: “PLEASE READ THESE TERMS AND CONDITIONS O…” is in English inside a text in German.',
        },
      ],
    },
    {
      text: 'Le conseil municipal a approuvé hier le budget de l’année prochaine.\nTERMS AND CONDITIONS OF USE\nLes élus de l’opposition ont voté contre le projet.',
      lang: 'fr',
      findings: [{ flagged: 'TERMS AND CONDITIONS OF USE', message: 'Untranslated passage: “TERMS AND CONDITIONS OF USE” is in English inside a text in French.' }],
    },
    // Turkish in capitals in an English text: "VE", "BİR" are no acronyms.
    {
      text: 'The city council approved the budget for next year with the votes of the majority.\nBU ÜRÜNÜ HERKESE TAVSİYE EDİYORUM, ÇOK GÜZEL VE KALİTELİ BİR ÜRÜN.\nThe opposition voted against the plan on Monday.',
      lang: 'en',
      findings: [{ flagged: 'BU ÜRÜNÜ HERKESE TAVSİYE EDİYORUM, ÇOK GÜZEL VE KALİTELİ BİR ÜRÜN.', message: 'Untranslated passage: “BU ÜRÜNÜ HERKESE TAVSİYE EDİYORUM, ÇOK G…” is in Turkish inside a text in English.' }],
    },
    // A word of one letter is no sign of capitals ("I", "A": also Spanish "a", Czech "i", "a"): the
    // first word of two letters or more tells a span in capitals, and a few such common words of the
    // document's language do not keep it from being read in lowercase.
    {
      text: 'El ayuntamiento aprobó ayer el presupuesto del año próximo con los votos de la mayoría.\nI WOULD LIKE TO ORDER A COPY OF THE REPORT FOR MY OFFICE.\nLa oposición votó en contra del proyecto el lunes.',
      lang: 'es',
      findings: [{ flagged: 'I WOULD LIKE TO ORDER A COPY OF THE REPORT FOR MY OFFICE.', message: 'Untranslated passage: “I WOULD LIKE TO ORDER A COPY OF THE REPO…” is in English inside a text in Spanish.' }],
    },
    {
      text: 'Ministr se v pondělí setkal se svým protějškem a podepsali smlouvu.\n“I WISH SHE COULD STAY WITH US ANOTHER WEEK,” SAID AMELIA.\nSmlouva vstoupí v platnost v lednu.',
      lang: 'cs',
      findings: [{ flagged: '“I WISH SHE COULD STAY WITH US ANOTHER WEEK,” SAID AMELIA.', message: 'Untranslated passage: ““I WISH SHE COULD STAY WITH US ANOTHER W…” is in English inside a text in Czech.' }],
    },
  ],
  good: [
    // A capitalised function word inside a name ("De" of "Giovanna De Luca") is the name's, no Spanish or French word.
    { text: 'Il comune ha approvato ieri il bilancio per il prossimo anno con i voti della maggioranza. Veniva da me questa collega tremenda, la Giovanna De Luca.', lang: 'it' },
    // The short lowercase words of a title in title case ("of the" of "Lord of the Rings") are the title's, no English.
    { text: 'Pemerintah kota menyetujui anggaran untuk tahun depan dengan suara mayoritas. Komponis Howard Shore meraih Piala Grammy atas musiknya Lord of the Rings: The Fellowship of the Ring.', lang: 'id' },
    // A list of translations names languages in their own scripts.
    { text: 'Read this book in other languages: 简体中文 | 正體中文 | 日本語 | 한국어 | العربية فارسی | Русский.' },
    // A brace field's name ("{path}", "{error}") is filled in by the program: no word of a passage.
    { text: "Αδυναμία εκτέλεσης script '{path}': {error} ({error_code})", lang: 'el' },
    // A program the text calls with options (at a line's start or in quotes) names command lines with none of their own.
    {
      text: 'Чтобы продолжить, выполните «git rebase --continue».\nЧтобы отменить перемещение, выполните «git rebase --abort».\nВыберите коммит для изменения (смотрите также: git help revisions).',
      lang: 'ru',
    },
    // Galician, which franc has no model for, reads to it as Spanish and Portuguese alike: not sure enough.
    { text: 'O concello aprobou onte o orzamento para o ano que vén. O goberno, desde esta perspectiva, tería capacidade para influír nos procesos de toma de decisións dos concellos que del dependen.', lang: 'gl' },
    // The original of a term or title in brackets, labelled with its language or first of its bracket.
    { text: 'ეს წიგნი (ინგლ. The Wind in the Willows) საბავშვო ლიტერატურის კლასიკაა და ბევრი ენაზეა ნათარგმნი.', lang: 'ka' },
    { text: 'სიტყვა ბიოლოგია (ძვ. ბერძნ. βιολογία; βίος — სიცოცხლე) ნიშნავს მეცნიერებას სიცოცხლის შესახებ.', lang: 'ka' },
    { text: '回合制游戏（Turn based strategy game，又称回合制策略游戏）是一种常见的游戏类型。', lang: 'zh' },
    // A title in the angle brackets that mark titles in Korean and Chinese (〈 〉, 《 》, typed as < >), alone in them.
    { text: '이 논쟁은 근대 유럽의 보편적 주제인 <querelle des anciens et des modernes>로 이어졌다.', lang: 'ko' },
    { text: '그는 《the old man and the sea of stories》를 번역했다.', lang: 'ko' },
    // A name or a cited title in brackets, in title case, at any length: kept in the original on purpose.
    { text: 'ავტორი ეყრდნობა კლასიკურ ნაშრომს (R. Smith, The Theory of Moral Sentiments and the Origins of Modern Economic Thought) და ავითარებს მის იდეებს.', lang: 'ka' },
    { text: 'הוועדה (באנגלית: International Committee for the Protection of Migrant Workers and Their Families) פועלת מאז שנות השמונים.', lang: 'he' },
    // A sentence of the document's language whose words its short list lacks and a relative's has,
    // with one of its own the relative lacks ("stemmen", "toe", "alles" Danish; "de", "hun", "uit"
    // Dutch): no evidence against the document's language, which franc cannot give without a
    // model of the relative.
    { text: 'De gemeente heeft het plan vorige week voorgesteld aan de raad. Tot nu toe stemmen de beide diensten hun werk nauwelijks op elkaar af. Daar moet volgens de wethouder snel verandering in komen.', lang: 'nl' },
    { text: 'Het boek gaat over de geschiedenis van de stad. Terwijl de kinderen uit den treure alles hebben geleerd over de oorlog. De schrijver woont zelf in Utrecht.', lang: 'nl' },
    { text: 'Die regering wil die dienste verbeter. Ons benodig amptenare wat toegewyd en bekwaam is en wat na mense se behoeftes omsien. Die minister het dit gister gesê.', lang: 'af' },
    // A line whose only common words are Dutch's too ("en", "er", which Icelandic's list leaves to
    // the Scandinavian languages), and which franc reads as Swedish as much as Dutch.
    { text: 'Hún synti á tímanum 2:17,99 mín. í undanrásunum í morgun.\nen tími hennar er 1:05,12 mín.', lang: 'is' },
    // A sentence whose words read as Swedish ("men", "sum", "til", "er") but with a word in letters
    // Swedish lacks ("sjálvan"): not Swedish, whatever it is (Faroese, which mtqa does not know).
    { text: 'Veðrið var gott í gær og við fórum öll saman niður að höfninni. Þar sáum við marga báta sem komu inn með fisk. Men hann sum ger seg sjálvan til kong, er ikki vinur. Síðan fórum við heim og borðuðum kvöldmat.', lang: 'is' },
    // The same with ASCII letters: Latvian's words ("ne", "to", "kas", "bet", "ir") in a sentence
    // with "gyvena" and "gyventi", whose y Latvian's alphabet lacks.
    { text: 'Šiandien mes aplankėme muziejų. Ne tik to, kas gyvena kaime, bet ir to, kas nori gyventi mieste. Vakare grįžome namo.', lang: 'lt' },
    // Unit names and symbols, the source's kept beside the translation's.
    { text: 'ペタビット,petabit,petabits,Pb', lang: 'ja' },
    // Short lines of dialogue: pronouns and words the languages nearly share ("mi", "ti", "si", "tu").
    { text: 'Do vesnice jsme dorazili pozdě a bouře se celou noc neutišila. Dovol mi ti to vysvětlit.', lang: 'cs' },
    { text: 'Wir kamen zu spät im Dorf an, und der Sturm legte sich die ganze Nacht nicht. Was in aller Welt willst du?', lang: 'de' },
    { text: 'Nous sommes arrivés trop tard au village, et la tempête ne s\'est pas calmée. Suis-moi si tu oses, mon ami.', lang: 'fr' },
    { text: '"Juudas ..." sosistas ta. "Ma ju teadsin, et sa tuled. Ilma sinuta on ... nii igav!" Ta vaatas mulle otsa.', lang: 'et' },
    { text: 'Teised rahvad tulid hiljem. Pealegi me tahame olla Euroopas iseendana, mitte teiste kultuuride edasiarendajatena.', lang: 'et' },
    // Names franc reads as Italian or Croatian, the words shared with Czech ("a", "se"), and "konzervatoři"
    // with an ř neither has: franc alone does not name it.
    // Place names and words Russian shares with Bulgarian ("на", "с"): franc reads Bulgarian, but not
    // one word or letter of the sentence is Bulgarian's alone.
    { text: 'Бановина была создана в 1929 году. На юге бановина граничила с Грецией, на востоке -- с Болгарией, на западе -- с Албанией, на северо-западе -- с Зетской бановиной. Административным центром было Скопье.', lang: 'ru' },
    { text: 'Koncert se konal v neděli večer. Oba studenti Goffreda Petrassiho, Nino Rota a Bruno Maderna, se setkali v konzervatoři Santa Cecilia. Sál byl plný do posledního místa.', lang: 'cs' },
    // Latvian's "ne", "tik", "to", "kas", "bet", "ir" in a Lithuanian sentence of 73 letters without
    // one of the ā ē ī ķ ļ ņ ģ Latvian sentences hold from 25 letters on (MARKED_WITHIN).
    // Lithuanian in an old spelling, ē for ė: ē is Latvian's, but "kągi" has an ą, which Latvian lacks.
    { text: 'Vakar buvau parduotuvėje ir nusipirkau duonos. Kiek żinau giminē kišo pinigus abiem, kągi pelnē? Paskui grįžau namo ir atsiguliau.', lang: 'lt' },
    { text: 'Vakar buvau parduotuvėje ir nusipirkau duonos. Kita vertus, dirbant namuose atsisakoma ne tik to, kas darbe erzina, bet ir to, kas džiugina. Paskui grįžau namo.', lang: 'lt' },
    // Spoken Finnish: "oma", "nii" are on Estonian's common-word list alone, but "nyt" has a y, which
    // Estonian writes in loanwords only (LOANWORD_LETTERS, from its treebanks; CLDR lists it).
    { text: 'Kävin eilen kaupassa ja ostin leipää. Sil on oma auto ja mul oma, nii et ei nyt tartte lainata. Sitten menin kotiin.', lang: 'fi' },
    { text: 'Sut mae\'r Ecwadoriaid yn eich trin chi? Lle ti \'di cadw\'r cwpana\' te? Chlywodd e monot ti.', lang: 'cy' },
    // Short lines whose words the document's list lacks and a rival's has ("du", "ta" French, "in",
    // "per" Italian, "v", "in" Slovene): franc, between the two languages, sides with Swedish.
    { text: 'Det här är en svensk text om programmet.\nVill du ta bort grenen nu?\nStäll in taktslag per streck.\nV: Ställ in vald nods pivotpunkt.', lang: 'sv' },
    // Software strings: a placeholder's letters are no words ("s" is Czech and Croatian, "in" Slovene).
    { text: 'Die Datei wurde gespeichert.\nAnimation in Datei speichern: %s\nGefunden: „%s“, erwartet: „%1$s“.', lang: 'de' },
    { text: 'Imposta %s su %d oggetti\nRicevimento dello snapshot (%s/%s MiB)\nImpossibile convertire da \'%(name)s\' a \'%s\'.', lang: 'it' },
    // The source quotes the same English sentence.
    { text: 'Ministr řekl: „We will expand our cooperation in the field of energy next year.“ Smlouva bude podepsána v lednu.', lang: 'cs', source: 'Der Minister sagte: „We will expand our cooperation in the field of energy next year.“ Der Vertrag wird im Januar unterzeichnet.', sourceLang: 'de' },
    // Option values the program reads, listed as the source lists them (a common word among them:
    // without one, lowercase Latin words are names with or without the source).
    { text: 'Можливі варіанти поведінки: ignore, warn, error, other. Режим: traditional | matching | no.', lang: 'uk', source: 'Possible behaviours are: ignore, warn, error, other. Mode: traditional | matching | no.', sourceLang: 'en' },
    // Names, titles and slogans keep their language; a name's letters do not make a passage.
    { text: 'El Real Madrid ganó la Champions League con un gol de Vinícius Júnior.', lang: 'es' },
    { text: 'In Prague we visited the Staroměstské náměstí and the Karlův most before lunch.' },
    { text: 'El lema de la campaña era "Just Do It" y se vendieron millones de zapatillas.', lang: 'es' },
    { text: 'Ми переглянули серіал Game of Thrones і фільм Lord of the Rings.', lang: 'uk' },
    { text: 'Unisoft ju je učinio neupotrebljivom ako niste stručnjak za tehnologiju.', lang: 'hr' },
    { text: 'President Vladimir Putin (Владимир Путин) met Olaf Scholz in Moscow; the talks were held in the Kremlin.' },
    { text: 'Εγώ δεν έλαβα τέτοιο αντίτυπο από τον κ. van Buitenen. Όπως εξέθεσε ο συνάδελφός μου, θα ψηφίσουμε ανάλογα.', lang: 'el' },
    { text: 'The slogan “Слава Україні” was heard everywhere, and the crowd sang for an hour.' },
    { text: 'The official website is https://премияарсеньева.рф/ and the prize is awarded every year.' },
    // The words of addresses, handles and domain names are in no language: "o", "da", "dos", "com"
    // are Portuguese, "the", "and", "of" English (UD English-EWT has the first address on a line of its own).
    { text: 'Please send the signed forms to rajendra.o...@gmail.com before Friday.\nrajendra.o...@gmail.com\nThanks for your help with the move.' },
    { text: 'Contacts for the Lisbon office:\nmaria.da.silva@empresa.com.br, joao.dos.santos@empresa.com.br, ana.de.sousa@empresa.com.br\nCall us if anything is missing.' },
    { text: 'Grazie a tutti per il supporto! @the_guardian @and_the_band @of_the_year seguiteci anche su http://t.co/abc e http://t.co/def', lang: 'it' },
    { text: 'The term 关系 (guanxi) describes personal networks in China.' },
    { text: 'Der Hersteller Black Desert Prestige Edition brachte das Spiel im Mai heraus.', lang: 'de' },
    { text: 'Компания выпустила Battery Powered Vacuum Pump и Watches of Switzerland Training Program в мае.', lang: 'ru' },
    // Names of places, organisations and works stay in their own script wherever they stand, in
    // title case: every long word capitalised, only short particles lowercase ("de las", "do", "и").
    { text: 'Десятки сторонников уже празднуют победу на площади Plaza de las Victorias в центре города.', lang: 'ru' },
    { text: 'Η έκθεση μεταφέρθηκε στο Museo de Arte de Ponce το περασμένο φθινόπωρο.', lang: 'el' },
    { text: 'הסרט הוקרן לראשונה בפסטיבל Festival de Cine de San Sebastián בשנה שעברה.', lang: 'he' },
    { text: 'حصل على الدكتوراه من Pontifícia Universidade Católica do Rio de Janeiro عام 2010.', lang: 'ar' },
    { text: 'Партнерами проєкту є European Cultural Foundation, Kulturamt der Landeshauptstadt Stuttgart und Goethe-Institut Ukraine.', lang: 'uk' },
    { text: 'She studied at the Универзитет Св. Кирил и Методиј во Скопје before moving to Vienna.' },
    // A quotation inside a sentence names what it quotes (an error message, a button), in its own language.
    { text: 'Щёлкните правой кнопкой мыши по массиву и выберите "Store as a global variable" в меню консоли.', lang: 'ru' },
    { text: '"You passed a second argument to root.render" というエラーが出る場合は、オプションを hydrateRoot に渡してください。', lang: 'ja' },
    // Lowercase Latin words with no common word of any language are names (a command, a package,
    // terms the text borrows), not a sentence left untranslated: a heading naming a command, terms
    // inside a sentence.
    { text: 'kubectl config view\nПоказує об’єднані налаштування kubeconfig.', lang: 'uk' },
    { text: 'این تابع را به‌عنوان یک event handler prop به کامپوننت فرزند بدهید.', lang: 'fa' },
    // Quotations listed, each in its own quotation marks: terms the sentence mentions.
    { text: '검색창에 "p"를 입력하면 "Pad thai", "Pho noodle soup", "Pasta primavera"가 목록에 나타나는지 확인하세요.', lang: 'ko' },
    // A message quoted in the original, its translation in brackets right after it.
    { text: 'Під час збирання з’являється помилка:\nError: Cannot find module in the given path. (Помилка: не вдалося знайти модуль за вказаним шляхом.)', lang: 'uk' },
    // Terms in a CJK sentence, parted by its punctuation.
    { text: 'コンポーネントは、同じ入力（props、state、context）が与えられた場合に常に同じ JSX を返します。', lang: 'ja' },
    { text: '有时可能会出现错误：“Too many re-renders”。React 会限制渲染次数，以防止进入无限循环。', lang: 'zh' },
    { text: '在评估异步函数时，你将收到一个 Promise，它的状态可能是 pending，fulfilled，failed 中的一个。', lang: 'zh' },
    { text: '配列を右クリックし、"Store as a global variable（グローバル変数として保存）" を選択します。', lang: 'ja' },
    // Korean joins its particles to the terms it borrows ("context의", "snapshot과"): words of the sentence.
    { text: '尝试调用 root.render 将会抛出异常错误信息“无法更新一个未挂载的根节点（Cannot update an unmouted root）”。', lang: 'zh' },
    { text: '### 오류가 발생했습니다: "`useLayoutEffect` does nothing on the server"', lang: 'ko' },
    { text: '### 린트 오류가 발생합니다: "... is a function created with useEffectEvent, and can only be called from Effects"', lang: 'ko' },
    { text: 'render는 props, state, context의 순수한 함수로 작성되어야 합니다. 부수 효과가 없어야 합니다.', lang: 'ko' },
    { text: '일반적인 JavaScript 변수와 달리, React의 state는 snapshot과 유사하게 동작합니다.', lang: 'ko' },
    { text: 'NO TRANSLATION AVAILABLE', lang: 'uk' },
    // Commands a usage text or an error message quotes, with their options and metavariables.
    { text: 'Після розв’язання конфликтів виконайте git rebase --continue, щоб продовжити.\nВикористання: git remote remove <назва>', lang: 'uk' },
    { text: '冲突解决后，运行 git cherry-pick (--continue|--skip|--abort) 继续。', lang: 'zh' },
    // A term kept in the original and glossed in the text's own language; a name and its romanisation.
    { text: 'Багато алгоритмів обробки тексту працюють із UTF-16 code units (елементи коду), а не з окремими символами, і це слід враховувати.', lang: 'uk' },
    { text: 'A stranger would address Mao Zedong as 毛泽东先生 (Mao Ze Dong xiān shēng), and a friend would use another form.', lang: 'en' },
    // A page's language switcher: its tags are no Galician or Spanish words ("da", "de", "en").
    { text: 'Apache HTTP Server Version 2.5 Documentation\nAvailable Languages:  da  |  de  |  en  |  es  |  fr  |  ja  |  ko  |  pt-br  |  ru  |  tr  |  zh-cn\nThe Apache HTTP Server is a project of the Apache Software Foundation.', lang: 'en' },
    { text: '아파치 HTTP 서버 버전 2.5 문서\n가능한 언어:  da  |  de  |  en  |  es  |  fr  |  ja  |  ko  |  pt-br  |  ru  |  tr  |  zh-cn\n아파치 HTTP 서버는 아파치 소프트웨어 재단의 프로젝트입니다.', lang: 'ko' },
    // A configuration directive's syntax in a reference table: its values' alternatives are no sentence's words.
    { text: 'AuthLDAPCompareDNOnServer on|off\nLDAP サーバを使ってユーザの DN を比較する\nCookieSecure on|off\nCookie に Secure 属性を付ける', lang: 'ja' },
    // Language codes and figures are not Catalan words ("de", "en", "per").
    { text: 'Segmentation alarms on clean text: 0.16 per 10k words (en), 0.10 (de, cs, ru, uk, hr).' },
    { text: 'Fehlalarme auf sauberem Text: 0,16 pro 10k Wörter (en), 0,10 (de, cs, ru, uk, hr).', lang: 'de' },
    { text: 'Film „Das Leben der Anderen“ získal Oscara za nejlepší cizojazyčný film v roce 2007.', lang: 'cs' },
    { text: 'Die Gewerkschaft forderte „mehr Lohn für alle“, sagte die Sprecherin am Montag in Berlin vor den Journalisten.', lang: 'de' },
    // Acronyms and labels in capitals inside the document's sentences, a two-word heading, and the
    // document's own language written in capitals are no passages.
    {
      text: 'Die Regierung hat am Montag den neuen Haushalt vorgestellt.\nGENERAL TERMS\nDie NATO und die EU haben die DNA-Analyse im FAQ erklärt, wie es auch THE NEW YORK TIMES berichtete.\nALLGEMEINE GESCHÄFTSBEDINGUNGEN FÜR DIE NUTZUNG DER WEBSITE UND DER APP\nDie Opposition kritisierte den Entwurf als unzureichend.',
      lang: 'de',
    },
    { text: 'Le conseil municipal a approuvé hier le budget.\nCONDITIONS GÉNÉRALES D’UTILISATION DU SITE ET DE L’APPLICATION\nLes élus ont lu la FAQ de la SNCF et du CNRS sur le site de l’ONU.', lang: 'fr' },
    // A text written in capitals (a review typed in caps): its sentences in capitals are its
    // register, not read in lowercase, where a short Turkish one, its ı written I, meets Basque "hemen".
    { text: 'OTELİN KONUMU ÇOK GÜZELDİ . YÜZME İMKANLARI İYİ DEĞİLDİ . HEMEN HEMEN AYNI YEMEKLER VARDI . HER ŞEY BİRBİRİNE YAKINDI .', lang: 'tr' },
    { text: 'Ministr se v pondělí setkal se svým protějškem. Smlouva bude podepsána příští rok a vstoupí v platnost v lednu.', lang: 'cs' },
  ],
};

/** Scripts that mix with the document's own without being foreign (Han in Japanese and Korean). */
function compatible(doc: ScriptName, s: ScriptName): boolean {
  return s === doc || ((doc === 'Kana' || doc === 'Hangul' || doc === 'Han') && (s === 'Han' || s === 'Kana'));
}

interface Budget {
  calls: number;
}

/** A passage found: its language, and how it was found (by its script, or by statistics within the document's script). */
interface Passage {
  start: number;
  end: number;
  language: string;
  script: ScriptName;
  method: Method;
}

type Method = 'script' | 'statistics';

/**
 * Takes a passage found. Its fields, not a Passage: a mixed document of 30 MB has some 100,000
 * passages (most left out of the report at MAX_FINDINGS), and an object each was 16 MiB of garbage.
 */
type Found = (start: number, end: number, language: string, script: ScriptName, method: Method) => void;

/** Most words of a term glossed in brackets after it. */
const MAX_TERM_WORDS = 4;
/** Letters of the document's script the gloss needs, and how far after the bracket they are looked for. */
const GLOSS_LETTERS = 2;
const GLOSS_REACH = 40;

/**
 * Whether text[start, end) is a short term that a bracket right after it glosses in the document's
 * own script: the original term kept and translated ("UTF-16 code units (елементи коду)"), or a
 * name and its romanisation ("毛泽东先生 (Mao Ze Dong xiān shēng)" in an English text). A
 * passage left untranslated has no gloss of its own.
 */
function glossedTerm(text: string, start: number, end: number, script: string): boolean {
  let e = end;
  while (text.charCodeAt(e) === 32) e++;
  if ((text[e] !== '(' && text[e] !== '（') || (text.slice(start, end).match(/\S+/g)?.length ?? 0) > MAX_TERM_WORDS) return false;
  let own = 0;
  for (let i = e + 1; i < Math.min(text.length, e + 1 + GLOSS_REACH) && text[i] !== ')' && text[i] !== '）'; i++) {
    if (scriptOf(text.charCodeAt(i)) === script && ++own >= GLOSS_LETTERS) return true;
  }
  return false;
}

/** Fewest tags that make a list of languages. */
const MIN_LANGUAGE_TAGS = 3;
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z\d]{2,8})*$/i;

/**
 * Whether text[start, end), after a label ending in a colon, is a list of language tags: a page's
 * language switcher ("Available Languages: da | de | en | es | fr | ja | ko | pt-br"), whose codes
 * read as some language's words ("da", "de", "en" as Galician or Spanish).
 */
export function languageTagList(text: string, start: number, end: number): boolean {
  // Its last item (see below) read in place first, back from the passage's end: nearly every
  // passage is prose, whose last word is no tag, and the slice, split and filter of each of
  // 100,000 passages (30 MB of mixed prose) took some 90 ms.
  let e = end;
  for (;;) {
    while (e > start && isTagListSeparator(text.charCodeAt(e - 1))) e--;
    let i = e;
    while (i > start && text.charCodeAt(i - 1) !== 0x3a && !isTagListSeparator(text.charCodeAt(i - 1))) i--; // 0x3a ':'
    if (i === e) return false; // no item after the last ':'
    if (e - i === 1 && text.charCodeAt(i) === 0x2026) {
      e = i; // '…', left out
      continue;
    }
    if (!LANGUAGE_TAG.test(text.slice(i, e))) return false;
    break;
  }
  const passage = text.slice(start, end);
  const items = passage.slice(passage.lastIndexOf(':') + 1).split(/[\s|,;/·•]+/).filter((w) => w !== '' && w !== '…');
  if (items.length < MIN_LANGUAGE_TAGS) return false;
  return items.every((w) => {
    const code = primaryLanguage(w);
    return LANGUAGE_TAG.test(w) && code !== undefined && (languageFor(code) !== undefined || languageForFranc(code) !== undefined);
  });
}

/** What separates the items of a language tag list: /[\s|,;/·•]/. */
export function isTagListSeparator(c: number): boolean {
  return isRegExpSpace(c) || c === 0x7c || c === 0x2c || c === 0x3b || c === 0x2f || c === 0xb7 || c === 0x2022;
}

/** Scripts written right to left: a run of one in a stretch the file says runs right to left (HTML's dir="rtl") is there on purpose. */
const RIGHT_TO_LEFT: ReadonlySet<ScriptName> = new Set(['Arabic', 'Hebrew']);

/**
 * Whether the file declares the passage in the language it was found in (an HTML element's `lang`:
 * a quotation in Arabic, an example sentence in Czech): written so on purpose. A passage named by
 * its script alone is in the declared language when that language writes the script (Han in a
 * span declared Japanese: kanji, which the script alone calls Chinese).
 */
function declaredSo(ctx: CheckContext, start: number, end: number, language: string, script: ScriptName, method: Method): boolean {
  if (method === 'script' && RIGHT_TO_LEFT.has(script) && ctx.declaredRightToLeft(start, end)) return true;
  const declared = ctx.declaredLanguageOf(start, end);
  if (!declared) return false;
  return sameOrClose(declared, language) || (method === 'script' && (scriptsWrittenIn(declared)?.includes(script) ?? false));
}

/** Whether a passage is in a language of the detected mixture (`mixture`), which is the document's own. */
function inMixture(mixture: readonly (Language | undefined)[], language: string, script: ScriptName, method: Method): boolean {
  for (let k = 0; k < mixture.length; k++) {
    const l = mixture[k];
    if (l && (method === 'script' ? l.script === script : sameOrClose(l.code, language))) return true;
  }
  return false;
}

/** Thrown where a detected language's passages cover half the text (see the rule's check). */
const HALF_COVERED = Symbol('half covered');
/** Thrown where no passage still to be found can change the report (see foreignSentenceRuns). */
const SETTLED = Symbol('settled');

/** What Passages.kind records of a passage told. */
const COMMAND = 1;
const PROSE = 2;

/** Passages reserved per character of text (the columns grow past it); pages never reached cost nothing. */
const PASSAGE_DENSITY = 1 / 100;

/**
 * The passages found until they are reported, one column per field: a mixed document of 50 MB has
 * some 176,000, and as objects they held 7 MiB of the heap through the check's peak.
 */
class Passages {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  /** Index into `languages`. */
  language: Uint16Array;
  /** Index into SCRIPTS. */
  script: Uint8Array;
  /** 1 when found by statistics, 0 by script. */
  statistics: Uint8Array;
  readonly languages: string[] = [];
  /** Characters the passages cover, summed as they come. */
  covered = 0;
  /** Whether the report is full (see full()), once known. */
  private filled = false;
  /** Per passage, 0 until told, then COMMAND or PROSE: each is read once, by the tally or the report. */
  private kind: Uint8Array;
  private kept = 0;
  /** Passages counted into `kept`: none until there are more than MAX_FINDINGS (most documents never have). */
  private tallied = 0;
  /** Per line, its passages tallied, up to MAX_FINDINGS_PER_RULE_AND_LINE. */
  private perLine: Uint8Array | undefined;

  constructor(
    textLength: number,
    private readonly isCommandLine: (start: number, end: number) => boolean,
    private readonly lines?: ReportLines,
  ) {
    const capacity = Math.max(16, Math.ceil(textLength * PASSAGE_DENSITY));
    this.kind = new Uint8Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.language = new Uint16Array(capacity);
    this.script = new Uint8Array(capacity);
    this.statistics = new Uint8Array(capacity);
  }

  push(start: number, end: number, language: string, script: ScriptName, method: Method): void {
    if (this.count === this.start.length) {
      const size = 2 * this.count;
      this.start = grown(this.start, size);
      this.end = grown(this.end, size);
      this.language = grown(this.language, size);
      this.script = grown(this.script, size);
      this.statistics = grown(this.statistics, size);
      this.kind = grown(this.kind, size);
    }
    let index = this.languages.indexOf(language);
    if (index < 0) index = this.languages.push(language) - 1;
    const k = this.count++;
    this.start[k] = start;
    this.end[k] = end;
    this.language[k] = index;
    this.script[k] = scriptIndex(script);
    this.statistics[k] = method === 'statistics' ? 1 : 0;
    this.covered += end - start;
  }

  /**
   * Whether the report will be full before the last of these passages: more than MAX_FINDINGS of
   * them, not command lines, are on lines with fewer than MAX_FINDINGS_PER_RULE_AND_LINE before
   * them. Counted only where `lines` is given (the report keeps every other finding then, see the
   * rule's check). A usage text quoting a command on each of 10,000 lines reports none of them, and
   * counted, they stopped the scan before the passages after them. Tallied when asked, not as
   * passages come: telling command lines costs, and a text whose passages come to cover half of it
   * never needs to know.
   */
  full(): boolean {
    if (this.count > MAX_FINDINGS && this.lines !== undefined && !this.filled) this.tally(this.lines);
    return this.filled;
  }

  /** Counts the passages not yet tallied into `kept` (see full()). */
  private tally(lines: ReportLines): void {
    const perLine = (this.perLine ??= new Uint8Array(lines.count));
    for (; this.tallied < this.count && !this.filled; this.tallied++) {
      const line = lines.lineOf(this.start[this.tallied]);
      // A command line is told only where the line has room: past its cap it changes nothing.
      if (perLine[line] < MAX_FINDINGS_PER_RULE_AND_LINE && !this.commandLine(this.tallied)) {
        perLine[line]++;
        if (++this.kept > MAX_FINDINGS) this.filled = true;
      }
    }
  }

  /** Whether the k-th passage is a command line (see commandLine), which is not reported. */
  commandLine(k: number): boolean {
    if (this.kind[k] === 0) this.kind[k] = this.isCommandLine(this.start[k], this.end[k]) ? COMMAND : PROSE;
    return this.kind[k] === COMMAND;
  }

  at(k: number): Passage {
    return { start: this.start[k], end: this.end[k], language: this.languages[this.language[k]], script: SCRIPTS[this.script[k]], method: this.statistics[k] === 1 ? 'statistics' : 'script' };
  }
}

function finding(ctx: CheckContext, { start, end, language, script, method }: Passage): RawFinding {
  const named = method === 'script' ? describe(language, script) : languageName(language);
  return {
    start,
    end,
    message: `Untranslated passage: ${quote(ctx.text, start, end)} is in ${named} inside a text in ${docName(ctx)}.`,
    data: { language, script, method },
  };
}

/**
 * The run of words in a foreign script that foreignScriptRuns has open, and what flushRun needs to
 * judge it. An object passed to module-level functions rather than the locals of a closure made
 * per check: the compiled scan had inlined the last check's closure, and threw its code away at the
 * next check's first run ("wrong call target"), which then ran unoptimised until compiled again.
 */
interface ScriptRun {
  readonly ctx: CheckContext;
  readonly t: Tokens;
  readonly budget: Budget;
  readonly report: Found;
  /** Per script index: letters of it are the document's own (see hasLetterOf). */
  readonly ownScripts: readonly boolean[];
  /** Index of the run's first word; -1 while no run is open. */
  first: number;
  last: number;
  script: ScriptName;
  words: number;
  lower: number;
  /** Lowercase words of TITLE_LOWER_LETTERS letters or more: a title lowers only shorter ones (see titleCase). */
  longLower: number;
  letters: number;
  /** Japanese writes Han and Kana in one sentence: a run of either is one run, Japanese if it has Kana. */
  kana: boolean;
}

function foreignScriptRuns(ctx: CheckContext, t: Tokens, budget: Budget, report: Found): void {
  const { text } = ctx;
  const doc = ctx.language.script as ScriptName;
  if (!SCRIPTS.includes(doc) || doc === 'Other') return;
  const docIndex = scriptIndex(doc);
  const { count, info: infos } = t;
  // Per script index: a table read for each foreign word instead of comparing script names.
  const compatibleScript = SCRIPTS.map((s) => compatible(doc, s));
  const ownScripts = SCRIPTS.map((s, k) => k !== 0 && (k === docIndex || compatibleScript[k]));
  const run: ScriptRun = { ctx, t, budget, report, ownScripts, first: -1, last: -1, script: 'Other', words: 0, lower: 0, longLower: 0, letters: 0, kana: false };
  // The document's script and none: nextWordOutside passes over words in them.
  const own = (1 << docIndex) | 1;
  for (let i = 0; i < count; i++) {
    // With no run open, a word of the document's script or a number does nothing: most of a text.
    // (A call, not a loop here: 30 MB of English has 273 words in another script among 5 million,
    // and this loop, compiled while it ran, was thrown away at the first one it reached, a branch
    // never taken before.)
    if (run.first < 0) {
      i = nextWordOutside(t, i, own);
      if (i === count) break;
    }
    const info = infos[i];
    const si = (info >> Info.ScriptShift) & 15;
    const s = SCRIPTS[si];
    const family = s === 'Kana' ? 'Han' : s;
    // Whether the word ends the open run, and whether it is left out of any. Decided first and
    // flushed at one call: each flushRun() call the optimised loop had not run yet deoptimised it
    // there, and it was compiled again (mixed text with long paragraphs: 9 ms).
    let ends: boolean;
    let skip = true;
    if ((info & Info.HasLetter) === 0) {
      ends = (info & Info.GapLine) !== 0; // numbers neither start nor break a run
    } else if (si === docIndex || si === 0) {
      ends = true;
    } else {
      // A word with letters of the document's script is one of its words, whatever its first
      // letter: a Korean particle joined to a term ("props를", "Effect가"), a Russian ending ("iPhone-ом").
      skip = compatibleScript[si] || urlishWord(text, t, i) || ((info & Info.NonAscii) !== 0 && hasLetterOf(text, t.start[i], endOfWord(t, i), ownScripts));
      // A bracket ends a run: "FTBTM (fade-thru-black)" is a term and its gloss, not a sentence; so
      // does CJK punctuation between words of another script ("props、state、context", "pending，
      // fulfilled", "“Too many re-renders”。React"): it is the CJK text's, around terms it names.
      // Only a gap with punctuation can hold either: the text between most words is not read.
      ends =
        skip ||
        (info & Info.GapLine) !== 0 ||
        (run.first >= 0 && (family !== run.script || ((info & (Info.GapPunct | Info.GapEnd)) !== 0 && separatorBetween(text, endOfWord(t, i - 1), t.start[i], run.script !== 'Han'))));
    }
    if (run.first >= 0 && ends) flushRun(run);
    if (skip) continue;
    if (run.first < 0) {
      run.first = i;
      run.script = family;
      run.words = run.lower = run.longLower = run.letters = 0;
      run.kana = false;
    }
    if (s === 'Kana') run.kana = true;
    run.last = i;
    // An abbreviation ("s.r.o.", "p. 9", "spol.") extends a run but is no word of a sentence; nor is
    // a brace field's name ("{address}", "{file_count:L}"), which the program fills in.
    if (abbreviation(text, t, i) || inBraceField(text, t.start[i], endOfWord(t, i))) continue;
    run.words++;
    const letters = lettersOfWord(text, t, i);
    run.letters += letters;
    if ((info & Info.ShapeMask) === Info.ShapeLower) {
      run.lower++;
      if (letters >= TITLE_LOWER_LETTERS) run.longLower++;
    }
  }
  flushRun(run);
}

/** Judges the open run of `run` (if any), reports it if it is a passage, and closes it. */
function flushRun(run: ScriptRun): void {
  const { first, last, words, lower, longLower, letters, ctx, t } = run;
  if (first < 0) return;
  run.first = -1;
  const { text } = ctx;
  const s = run.kana ? 'Kana' : run.script;
  const start = t.start[first];
  const end = endOfWord(t, last);
  const passage =
    enough(s, words, lower, letters) &&
    !titleCase(words, lower, longLower) &&
    !lowercaseName(text, t, first, last, words, lower, s) &&
    !shortGloss(text, start, end, words) &&
    !namesLanguages(text, start, end);
  // A short sentence of its own in another cased script ("Thank you!" in a Russian chat) is a
  // passage too when it has a common word of its script and is written in sentence case: names
  // and titles ("Royal Mail", "University of Tennessee Press") capitalise their words. A short
  // one in title case is still one ("Add to Playlist" alone on its line of a Russian UI): asking
  // these for titleCase too lost 16 of VLC's 2,603 English UI strings planted in its translations
  // (ru, uk, bg, el, he, ar) and 6 of Aegisub's 697, and "Hi John, how are you?".
  const sentence =
    !passage && CASED.has(s) && words >= 2 && 2 * lower >= words - 1 && letters >= 6 && ownSentence(text, start, end) && commonWordIn(text, t, first, last);
  if ((passage || sentence) && !setApart(ctx, t, first, last, words, run.ownScripts) && !translatedAfter(text, end, run.ownScripts)) reportRun(ctx, t, first, end, s, run.budget, run.report);
}

/**
 * Whether words first..last, a run in another script, are Latin words all in lowercase with no common word of any language among
 * them: names as code writes them (a command heading its page, "docker container diff"; a package)
 * or terms a text borrows ("event handler prop" inside a Persian sentence), as titleCase's are
 * names as prose writes them. A sentence left untranslated has its function words ("the", "a",
 * "to"), and a heading or a label its capital.
 */
function lowercaseName(text: string, t: Tokens, first: number, last: number, words: number, lower: number, s: ScriptName): boolean {
  return s === 'Latin' && lower === words && !commonWordIn(text, t, first, last);
}

/** How far past a passage's end (its closing marks and spaces) the bracket of its translation may open. */
const TRANSLATION_GAP = 3;

/**
 * Whether a bracket opens right after the sentence the run ending at `end` ends (past its full
 * stop, closing marks and spaces) with a word of the document's script (`ownScripts`, by script index): the original quoted and its
 * translation beside it ("Warning: Each child in a list… (Попередження: Кожен…)"), as a gloss
 * after a term is (see shortGloss). A translation that left a passage out has no translation of it.
 */
function translatedAfter(text: string, end: number, ownScripts: readonly boolean[]): boolean {
  let i = end;
  let sentenceEnd = false;
  while (i < text.length && i - end <= TRANSLATION_GAP && !BRACKETS.has(text.charCodeAt(i)) && !isLetterAt(text, i) && text.charCodeAt(i) !== 10) {
    if (SENTENCE_MARKS.includes(text[i])) sentenceEnd = true;
    i++;
  }
  // The sentence ends first: a bracket right after words glosses them ("“亚伯拉罕·林肯”号（USS Abraham Lincoln）"), names or terms.
  if (!sentenceEnd || !BRACKETS.has(text.charCodeAt(i))) return false;
  i++;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  if (!isLetterAt(text, i)) return false;
  return ownScripts[SCRIPT[text.charCodeAt(i)]] === true;
}

/** A short lowercase word written with a period: "s.", "r.", "p.", "spol.". */
function abbreviation(text: string, t: Tokens, i: number): boolean {
  return text.charCodeAt(endOfWord(t, i)) === 46 && lettersOfWord(text, t, i) <= 4 && (t.info[i] & Info.ShapeMask) === Info.ShapeLower;
}

/** Whether text[start, end) is (part of) the name of a brace field: "{address}", "{file_count:L}", "%{name}". */
function inBraceField(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && start - i <= MAX_FIELD_NAME && isFieldNameChar(text.charCodeAt(i))) i--;
  if (text.charCodeAt(i) !== 123) return false; // {
  let j = end;
  while (j < text.length && j - i <= MAX_FIELD_NAME && isFieldNameChar(text.charCodeAt(j))) j++;
  const c = text.charCodeAt(j);
  return c === 125 || c === 58 || c === 33; // } : !
}

/** Longest field name read ("{downloaded_size}"); a longer run of name characters is prose in braces. */
const MAX_FIELD_NAME = 40;

/** Letters, digits, "_", "." and "-": what placeholder syntaxes allow in a name (see lib/bilingual/placeholders.ts). */
function isFieldNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
}

/**
 * Whether text[from, to) holds a bracket or, with `cjkMarks`, CJK punctuation (U+3000–U+303F, the
 * katakana middle dot, fullwidth punctuation), which inside a CJK run is the run's own.
 */
function separatorBetween(text: string, from: number, to: number, cjkMarks: boolean): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 41 || c === 91 || c === 93) return true;
    if (cjkMarks && ((c >= 0x3000 && c <= 0x303f) || c === 0x30fb || (c >= 0xff01 && c <= 0xff65 && !isLetterClass(CLASS[c]) && CLASS[c] !== K_DIGIT))) return true;
  }
  return false;
}

/** Whether text[start, end) has a letter of a script marked in `scripts` (by script index). */
function hasLetterOf(text: string, start: number, end: number, scripts: readonly boolean[]): boolean {
  for (let i = start; i < end; i++) if (scripts[SCRIPT[text.charCodeAt(i)]]) return true;
  return false;
}

/** Words of a gloss in brackets, or of a term in a span of markup, at most ("无法更新根节点（Cannot update an unmounted root）"). */
const MAX_GLOSS_WORDS = 8;
/**
 * Quotation marks and brackets that open a quotation or a gloss (not apostrophes), and the marks
 * that may close each; the angle brackets are the title marks of Korean and Chinese (typed < >).
 */
const PARTNERS: Readonly<Record<string, string>> = { '"': '"', '“': '”“', '„': '“”', '«': '»', '»': '«', '‚': '‘’', '「': '」', '『': '』', '(': ')', '（': '）', '〈': '〉', '《': '》', '<': '>', '＜': '＞' };
/** The openers of PARTNERS that are brackets rather than quotation marks: ( （ and the title marks 〈 《 < ＜. */
const BRACKETS = new Set([40, 0xff08, 0x3008, 0x300a, 60, 0xff1c]);
/** PARTNERS by the opener's char code (see quoted). */
const PARTNERS_BY_CODE: ReadonlyMap<number, string> = new Map(Object.entries(PARTNERS).map(([opener, closers]) => [opener.charCodeAt(0), closers]));

/**
 * Whether words first..last are set apart inside a sentence of the document's script
 * (`ownScripts`, by script index; a word of it on the same line before or after them): quoted or
 * bracketed ("「…」というエラーが出る", "select "Store as a global variable" in the menu",
 * "无法更新根节点（Cannot update an unmounted root）"), or a short span of the file's markup of
 * their own ("the *software release train* model", a link's text). Such words are a mention, a
 * term or a gloss, kept in their language on purpose (an error message, a button's label, the
 * original beside its translation); a translation that left a passage out would leave its whole
 * sentence. A quoted sentence, ending in its own full stop, question or exclamation mark, is speech
 * and not set apart.
 */
function setApart(ctx: CheckContext, t: Tokens, first: number, last: number, words: number, ownScripts: readonly boolean[]): boolean {
  const start = t.start[first];
  const end = endOfWord(t, last);
  const marked = quoted(ctx.text, start, end, words) || (words <= MAX_GLOSS_WORDS && ctx.spanHolds(start, end));
  return marked && amongOwnWords(t, first, last, ownScripts);
}

/**
 * Whether words first..last stand among the document's own words on their line (see setApart). A
 * function of its own: the closures here capture `t` and `ownScripts`, and the context holding them
 * is made at every call of the function that has them, before any test (in setApart, at each of
 * the runs of a mixed text it asks of, nearly all of which are not marked: 2.5 MB of garbage on 30 MB).
 */
function amongOwnWords(t: Tokens, first: number, last: number, ownScripts: readonly boolean[]): boolean {
  const ownWord = (i: number) => ownScripts[(t.info[i] >> Info.ScriptShift) & 15];
  const sameLine = (i: number) => (t.info[i] & Info.GapLine) === 0;
  let next = last + 1;
  while (next < t.count && sameLine(next) && !ownWord(next)) next++;
  return (next < t.count && sameLine(next)) || (first > 0 && sameLine(first) && ownWord(first - 1));
}

/**
 * Command-line syntax: an option ("--continue", "-s", "[--[no-]progress]"), a printf placeholder
 * ("%s", "%1$s"), an assignment, alternation or colon between words ("--format=<fmt>", "a|b",
 * "from:to"), a metavariable or an optional part after a word ("diagnose <enlistment>", "register [<dir>]").
 */
const COMMAND_SYNTAX = lazyRegExp(String.raw`(?:^|[\s(\[|])--?[\p{L}\d\[]|%(?:\d+\$)?[sdiuxXfgc@]|[\p{L}\p{M}\d][=|:][\p{L}\d<%-]|\s(?:\[[<-]|<[\p{L}])`, 'u');
/**
 * Whether text[from, to) has a character that every match of COMMAND_SYNTAX holds (- % = | : <):
 * most passages have none, and the test of the \p regex on a slice of each was 1.2 % of the
 * instructions of a mixed text's check.
 */
function syntaxMarkIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 37 || c === 61 || c === 124 || c === 58 || c === 60) return true;
  }
  return false;
}

/**
 * Usage syntax after a command, on its line: an optional part, a metavariable, a choice ("init
 * [OPTION…]", "remove <name>"), after a metavariable in capitals ("split ПОДАВАНЕ [--dry-run]").
 */
const USAGE_AFTER = lazyRegExp(String.raw`^[ \t]*(?:\p{Lu}[\p{Lu}\p{M}\d_-]*[ \t]+)?[\[<{]`, 'u');

/**
 * Whether USAGE_AFTER may match at `at`: after blanks, a bracket or a letter that may be a capital
 * (in ASCII, only A-Z is \p{Lu}). Most passages end before a space and a lowercase word or a mark.
 */
function mayOpenUsage(text: string, at: number): boolean {
  let i = at;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  const c = text.charCodeAt(i);
  return c === 91 || c === 60 || c === 123 || (c >= 65 && c <= 90) || c >= 128;
}

/**
 * Whether text[start, end), a passage found, is a command line, which usage texts and error
 * messages quote in every language ("git rebase --continue", "git remote remove <name>"):
 * command-line syntax in it (or just before it) or usage syntax right after it, and no common
 * word of a sentence among its words (a sentence left untranslated has its function words: "Use
 * --force to override it").
 */
export function commandLine(text: string, t: Tokens, start: number, end: number): boolean {
  const first = firstTokenAt(t, start);
  const last = firstTokenAt(t, end) - 1;
  if (last < first) return false;
  // The common words first, past the first two words (a program's name and subcommand, which are
  // no sentence's words when it is one): most passages are sentences, with a function word there,
  // and this settles them before the syntax is looked for (the 21,000 passages of 10 MB of mixed
  // text: 15.5 ms to 11, a third of which is finding their first and last words).
  if (sentenceWordIn(text, t, first + 2, last)) return false;
  const from = Math.max(0, start - 2);
  const syntax = (syntaxMarkIn(text, from, end) && COMMAND_SYNTAX().test(text.slice(from, end))) || (mayOpenUsage(text, end) && USAGE_AFTER().test(text.slice(end, end + 40)));
  // (Most texts call no program: then no slice of the first word is made and hashed.)
  const programs = programsOf(text, t);
  const program = programs.size > 0 && programs.has(text.slice(t.start[first], endOfWord(t, first)));
  if (!syntax && !program) return false;
  return program || !sentenceWordIn(text, t, first, Math.min(first + 1, last));
}

/**
 * Whether words first..last hold a common word of a sentence: the letters of an option or a
 * placeholder ("%s", "--no-merges") are none, nor are the alternatives of a value list
 * ("SSLCompression on|off", "Options None|All").
 */
function sentenceWordIn(text: string, t: Tokens, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    if (commonWordIn(text, t, i, i) && !SYNTAX_BEFORE.includes(text[t.start[i] - 1]) && text[endOfWord(t, i)] !== '|') return true;
  }
  return false;
}

/**
 * A program's name and subcommand before an option, at the start of a line or after an opening
 * quotation mark ("  git rebase --continue", "«git commit --amend»"); matched at the end of the text
 * before the option.
 */
const PROGRAM_HEAD = lazyRegExp(String.raw`(?:^|['"«„“‘‚「(])[ \t]*(\p{Ll}[\p{Ll}\p{M}\d]*)(?: \p{Ll}[\p{Ll}\p{M}\d-]*)?$`, 'u');
/** How far before an option its program's name may start. */
const MAX_PROGRAM_HEAD = 80;
/** Calls of one name a text needs before the name is a program's in it. */
const MIN_PROGRAM_CALLS = 2;
/** Per checked text (its word scan, which lives as long as the check): no text is kept past it. */
const PROGRAMS = new WeakMap<Tokens, ReadonlySet<string>>();

/**
 * The programs a text calls with options, learnt from the text itself as Punkt learns its
 * abbreviations: then a passage that starts with one is a command line with no syntax of its own
 * ("(see also: git help revisions)", "git notes get-ref"). Read once a text asks, and kept for it;
 * only the text before each option (" -x", " --x") is looked at.
 */
function programsOf(text: string, t: Tokens): ReadonlySet<string> {
  const known = PROGRAMS.get(t);
  if (known) return known;
  const calls = new Map<string, number>();
  // Each " -" found by its hyphen, far rarer than a space: indexOf(' -') stopped at every space
  // (10 MB of mixed prose: 9.5 ms, the hyphens 1 ms).
  for (let hyphen = text.indexOf('-', 1); hyphen >= 0; hyphen = text.indexOf('-', hyphen + 1)) {
    if (text.charCodeAt(hyphen - 1) !== 32) continue;
    const at = hyphen - 1;
    if (!isLetterAt(text, text[at + 2] === '-' ? at + 3 : at + 2)) continue;
    // The head starts at the line's start, or MAX_PROGRAM_HEAD before the option, after a NUL
    // that stands for the rest of the line (so that it is no line's start).
    let from = at;
    while (from > 0 && from > at - MAX_PROGRAM_HEAD && text.charCodeAt(from - 1) !== 10) from--;
    const head = from === 0 || text.charCodeAt(from - 1) === 10 ? text.slice(from, at) : `\u0000${text.slice(from, at)}`;
    const name = PROGRAM_HEAD().exec(head)?.[1];
    if (name !== undefined) calls.set(name, (calls.get(name) ?? 0) + 1);
  }
  const programs = new Set([...calls].filter(([, n]) => n >= MIN_PROGRAM_CALLS).map(([name]) => name));
  PROGRAMS.set(t, programs);
  return programs;
}

/** What stands before the letters of an option, a placeholder, a value or an optional part ("[no-]") rather than a word. */
const SYNTAX_BEFORE = '%-=$<.:/[|';

/** Whether text[start, end) stands in quotation marks or brackets of its own (see setApart), not a quoted sentence. */
function quoted(text: string, start: number, end: number, words: number): boolean {
  // The quotation may open with what is no word ("`useLayoutEffect` does nothing", "... is a function").
  // Read by char code, as is the rest: `text[i]` of a letter past U+00FF is a new string, and a
  // lookup by it in PARTNERS was most of this function's time (it runs for every run of foreign
  // words, hundreds of thousands in a mixed text).
  let open = start - 1;
  for (; open >= 0; open--) {
    const c = text.charCodeAt(open);
    if (!(isBlank(c) || c === 0xfffc || c === 46 || c === 0x2026 || c === 96)) break; // ￼ . … `
  }
  const opener = open >= 0 ? text.charCodeAt(open) : -1;
  const partners = PARTNERS_BY_CODE.get(opener);
  if (partners === undefined) return false;
  // In brackets, a gloss is a term, a title or a message, alone in them; a longer aside, or one the
  // bracket goes on from in the document's language ("（please do not use this，谢谢）"), is a sentence left untranslated.
  const bracket = BRACKETS.has(opener);
  if (bracket && words > MAX_GLOSS_WORDS) return false;
  // The quotation closes after the words, which it may go on past (a path, "root.render(...)", a
  // gloss in the document's language), on the line: a partner before their end closes it too early.
  // (Blanks before the words may hold a line's end: the line looked at is that of their end.)
  const p0 = partners.charCodeAt(0);
  const p1 = partners.charCodeAt(partners.length - 1);
  for (let i = open + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== p0 && c !== p1) continue;
    // A list of quotations, each in its own quotation marks ("Sushi", "Shish kebab", "Dim sum"): the words go on in the next.
    const next = bracket ? -1 : nextQuotation(text, i + 1, opener);
    if (next < 0) return false;
    i = next;
  }
  let close = end;
  for (; close < text.length; close++) {
    const c = text.charCodeAt(close);
    if (c === p0 || c === p1) break;
    if (isLineEnd(c)) return false;
  }
  if (close === text.length) return false;
  if (bracket) for (let i = end; i < close; i++) if (isLetterClass(CLASS[text.charCodeAt(i)])) return false;
  // A quoted sentence ("Он сказал: "We will expand our cooperation."") is speech, which a translation translates.
  let inside = close - 1;
  while (inside > open && isBlank(text.charCodeAt(inside))) inside--;
  return !(SENTENCE_MARKS.includes(text[inside]) || text[inside] === '…');
}

/** What parts the quotations of a list: a comma or a semicolon (Latin, CJK or full-width). */
const LIST_SEPARATORS = ',;、，；';

/**
 * Where the next quotation of a list opens, after a quotation that closed just before `from`: its
 * opening mark (`opener`) after a list separator and blanks; -1 when none opens there.
 */
function nextQuotation(text: string, from: number, opener: number): number {
  let i = from;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  if (!LIST_SEPARATORS.includes(text[i] ?? '\n')) return -1;
  i++;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === opener ? i : -1;
}

/**
 * Whether text[start, end) is a sentence of its own: only spaces, quotes or brackets between it and
 * the line's or sentence's start and end. A lowercase word after a period opens no sentence of a
 * cased script: that period ends an abbreviation ("κ. van Buitenen.", Mr van Buitenen, in Greek
 * parliament minutes), and the words after it go on the sentence it is in.
 */
function ownSentence(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || OPENERS.includes(text[i]))) i--;
  if (i >= 0 && !isLineEnd(text.charCodeAt(i)) && !SENTENCE_MARKS.includes(text[i])) return false;
  if (i >= 0 && text.charCodeAt(i) === 46 && CLASS[text.charCodeAt(start)] === K_LOWER) return false;
  let j = end;
  while (j < text.length && (text.charCodeAt(j) === 32 || CLOSERS.includes(text[j]) || text[j] === ',')) j++;
  return j >= text.length || isLineEnd(text.charCodeAt(j)) || SENTENCE_MARKS.includes(text[j]) || text[j] === '…';
}

function isLineEnd(c: number): boolean {
  return c === 10 || c === 13;
}

/** Whether words first..last hold a lowercase common word of some language ("you", "the", "und"). */
function commonWordIn(text: string, t: Tokens, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    if ((t.info[i] & Info.ShapeMask) !== Info.ShapeLower || abbreviation(text, t, i)) continue;
    if (lettersOfWord(text, t, i) <= MAX_STOPWORD && stopwordMask(t.hash[i]) !== 0) return true;
  }
  return false;
}

/** Whether a run in a foreign script is long enough to be a passage rather than a name or a word. */
function enough(s: ScriptName, words: number, lower: number, letters: number): boolean {
  // Chinese and Japanese: four characters are two words or more, beyond a name.
  if (s === 'Han' || s === 'Kana') return letters >= 4;
  // Thai does not space its words either.
  if (s === 'Thai') return letters >= 8;
  if (!CASED.has(s)) return words >= 2 && letters >= 8;
  // Latin inside another script is mostly brands and titles ("Watches of Switzerland"): it takes
  // more lowercase words to be a sentence.
  if (s === 'Latin') return words >= 3 && lower >= 2 && letters >= 15;
  return words >= 2 && lower >= 2 && letters >= 10;
}

/** Marks that end a sentence: ASCII and CJK ones, the danda, and the cased scripts' own (Armenian ։, Greek ;). */
const SENTENCE_MARKS = '.!?。！？।' + SCRIPT_TERMINALS;
/**
 * Whether a run of `words` words is in title case: every word of TITLE_LOWER_LETTERS letters or
 * more capitalised, and two capitalised words at least. That is a name or a title (a place, an
 * organisation, a cited work: "Plaza de las Victorias", "Festival de Cine de San Sebastián",
 * "Универзитет Св. Кирил и Методиј во Скопје", "(K. Oberg, Culture Shock and the Problem of
 * Adjustment in New Cultural Environments)"), kept in its own script on purpose wherever it
 * stands and at any length; only its short particles are lowercase ("de las", "von der", "of the",
 * "и"). A sentence left untranslated has long lowercase words of its own. The words of a script
 * without case read as lowercase: none of its runs is in title case.
 */
function titleCase(words: number, lower: number, longLower: number): boolean {
  return longLower === 0 && words - lower >= 2;
}

/** Brackets a gloss stands in besides OPENERS and CLOSERS: full-width ones and the angle brackets of titles. */
const GLOSS_OPENERS = OPENERS + '（〈《<＜';
const GLOSS_CLOSERS = CLOSERS + '）〉》>＞';
/** Marks that part a gloss from what follows it in its bracket. */
const GLOSS_SEPARATORS = ',;:，；：、—–';
/** Fewest words that are no short gloss; where a language label introduces it, a title in the original ("(engl. The Voyage of the Dawn Treader)"), LABELLED_GLOSS_WORDS. */
const GLOSS_WORDS = 5;
const LABELLED_GLOSS_WORDS = 12;
/** Longest language label, an abbreviation with its period ("engl.", "ბერძნ.", Greek), and how many may stand in a row ("ძვ. ბერძნ.", Ancient Greek). */
const LABEL_LETTERS = 6;
const LABELS = 2;

/**
 * A few words in quotes or brackets: a gloss or a title given in the original on purpose. The
 * bracket may open with the original's language, abbreviated ("(ინგლ. The Wind in the Willows)"),
 * and the gloss may be the first of its bracket ("密室推理（Locked room mystery，或稱密室殺人）").
 */
function shortGloss(text: string, start: number, end: number, words: number): boolean {
  let s = start - 1;
  while (s >= 0 && text.charCodeAt(s) === 32) s--;
  let labelled = false;
  for (let n = 0; n < LABELS && s > 0 && text.charCodeAt(s) === 46; n++) {
    let w = s;
    while (w > 0 && isLetterAt(text, w - 1)) w--;
    if (w === s || s - w > LABEL_LETTERS) break;
    labelled = true;
    s = w - 1;
    while (s >= 0 && text.charCodeAt(s) === 32) s--;
  }
  if (words >= (labelled ? LABELLED_GLOSS_WORDS : GLOSS_WORDS) || s < 0 || !GLOSS_OPENERS.includes(text[s])) return false;
  let e = end;
  while (e < text.length && text.charCodeAt(e) === 32) e++;
  // The first of its bracket's parts, which closes further on the line: "(Locked room mystery, or …)".
  const closer = closerOf(text[s]);
  if (closer !== '' && GLOSS_SEPARATORS.includes(text[e])) return closesOnLine(text, e, closer);
  while (e < text.length && (text.charCodeAt(e) === 32 || text[e] === '.' || text[e] === ',' || text[e] === '!' || text[e] === '?')) e++;
  return e < text.length && GLOSS_CLOSERS.includes(text[e]);
}

/** The bracket that closes `opener`; "" for a quote, which may stand for a gloss's end only right after it. */
function closerOf(opener: string): string {
  const i = '([（〈《<＜【「『'.indexOf(opener);
  return i < 0 ? '' : ')]）〉》>＞】」』'[i];
}

/** Whether `closer` stands on text's line from `from` on. */
function closesOnLine(text: string, from: number, closer: string): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === closer) return true;
    if (c === '\n' || c === '\r') return false;
  }
  return false;
}

/** Reports the run of words from word `first` of `t` to `runEnd`. */
function reportRun(ctx: CheckContext, t: Tokens, first: number, runEnd: number, script: ScriptName, budget: Budget, report: Found): void {
  const start = t.start[first];
  // The run takes the sentence mark right after its last word, as sentence runs do (none at the
  // text's end: ''.includes is true for any string, and the span would end past the text).
  const end = runEnd + (runEnd < ctx.text.length && SENTENCE_MARKS.includes(ctx.text[runEnd]) ? 1 : 0);
  // Named by the script where one language owns it; otherwise by what the span says (common
  // words, alphabet, franc: one call from the budget), from 30 characters on (a diacritic written
  // apart, NFD, counted with its letter: read only for a span that is long enough in code units).
  let language = scriptLanguage(script)?.code ?? 'und';
  if (language === 'und' && end - start >= MIN_LETTERS_NAMED && budget.calls > 0 && charactersIn(ctx.text, start, end) >= MIN_LETTERS_NAMED) {
    budget.calls--;
    language = identifyLanguage(ctx.text, start, end, { tokens: t, first })?.code ?? 'und';
  }
  report(start, end, language, script, 'script');
}

interface Run {
  start: number;
  /** Index of the run's first word (see SentenceJudge.firstToken). */
  firstToken: number;
  end: number;
  para: number;
  letters: number;
  /** Index into the judge's languages the common words point to, or LEAN_UNKNOWN. */
  lang: number;
  /** Whether some sentence of the run leaned to a language. */
  leaned: boolean;
  hits: Int32Array;
  shared: Int32Array;
  own: number;
  /** Per language: lowercase words in letters of its alphabet that the document's lacks. */
  alien: Int32Array;
  /** Per language: lowercase words in letters of the document's alphabet that its alphabet lacks. */
  unlike: Int32Array;
  words: number;
  lowerContent: number;
  alienWords: number;
  /** Per language: the run's marker letters (filled by judgeRun where it reads them). */
  markers: Int32Array;
  /** Bit k set where hits[k] or alien[k] is non-zero (see SentenceJudge.counted). */
  counted: number;
  /** Bit k set where hits[k], shared[k], alien[k] or unlike[k] may be non-zero: what a new run resets. */
  dirty: number;
  /**
   * The run's sentences, SENTENCE_FIELDS numbers each: start, end, a mask of the languages it holds
   * evidence of (a common word of theirs the document's language lacks, or a word in letters only
   * their alphabet has), so that a sentence at the run's edge with none of the language the run is
   * named is left out of the passage (see reportPassage); a mask of the languages it has a word
   * in letters they lack of (SentenceJudge.unlikeMask), and its words, so that the passage left is
   * not named a language its letters rule out. Only the first `used` numbers are the open run's:
   * the array is written over by each run, not emptied (`length = 0` gives an array's room back,
   * and each run grew it again from nothing: 30 MB of mixed prose, some 10 MB of garbage).
   */
  sentences: number[];
  used: number;
}

/** Numbers per sentence in Run.sentences. */
const SENTENCE_FIELDS = 5;

/**
 * The runs of sentences in another language of the document's script. With a detected language
 * (`found` given), the scan stops once the report is full (Passages.full()) and the passages cannot
 * come to cover half the text, were all the rest of it one: no passage still to be found is then
 * reported, nor can it take the others out of the report (10 MB of mixed text: the report is full
 * after the script runs, which cover a fifth of the text, and the scan stops 93 % through, its
 * passages then covering 43 %. That close to half, a tighter bound of what the rest may cover stops
 * it little earlier: leaving out the lines that are one run in another script, which no sentence
 * run can reach, moved the stop to 91 %).
 */
function foreignSentenceRuns(ctx: CheckContext, t: Tokens, own: Language, budget: Budget, report: Found, found?: Passages): void {
  // A sentence that leans to the document's language only closes the open run: its counts are not read.
  const judge = new SentenceJudge(own, true);
  judge.capitalsStandOut = !writtenInCapitals(ctx.text);
  const only = francCodes(own.script);
  // One run is open at a time and none is kept once judged: one object, reused (mixed text opens
  // a run every few sentences, and four typed arrays each were most of this rule's garbage).
  const n = judge.langs.length;
  const run: Run = { start: 0, firstToken: 0, end: 0, para: 0, letters: 0, lang: 0, leaned: false, hits: new Int32Array(n), shared: new Int32Array(n), own: 0, alien: new Int32Array(n), unlike: new Int32Array(n), words: 0, lowerContent: 0, alienWords: 0, markers: new Int32Array(n), counted: 0, dirty: 0, sentences: [], used: 0 };
  let open = false;
  let tok = 0;

  const flush = () => {
    if (open && run.letters >= (run.lang >= 0 ? MIN_LETTERS_KNOWN : MIN_LETTERS)) judgeRun(ctx, run, judge, only, budget, report);
    else if (open && run.lang >= 0 && run.letters >= MIN_LETTERS_SHORT) judgeShortRun(ctx, run, judge, budget, report);
    open = false;
  };

  const length = ctx.text.length;
  forEachSentence(ctx, (start, end, para) => {
    // A passage still to be found starts at the open run or later. Whether the report is full is
    // asked first, at every sentence (full() is cheap until it is, and its answer depends only on
    // the passages found so far): asked only past the middle of the text, as the coverage test
    // allows, it was a call the compiled callback had never made, and it was thrown away there
    // and compiled again.
    if (found && found.full() && 2 * (found.covered + length - (open ? run.start : start)) <= length) throw SETTLED;
    if (open && run.para !== para) flush();
    tok = judge.measure(ctx.text, t, tok, start, end);
    const lang = judge.lean(ctx.text);
    if (lang === LEAN_NONE) return; // too short to tell: neither starts nor breaks a run
    if (lang === LEAN_OWN) {
      flush();
      return;
    }
    if (open && ruledOutTogether(run, judge, lang)) flush();
    // Foreign sentences in a row make one run, whatever each leans to on its own (Catalan reads as
    // French, Spanish or Italian sentence by sentence): the run's language is decided on the whole.
    const opens = !open;
    if (opens) {
      open = true;
      run.start = start;
      run.firstToken = judge.firstToken;
      run.para = para;
      run.letters = run.own = run.words = run.lowerContent = run.alienWords = run.counted = 0;
      run.used = 0;
      // Only the languages the last run added counts to: the others are still 0 (a mixed text
      // opens a run every few sentences, most with two or three of some thirty languages).
      const { hits, shared, alien, unlike } = run;
      for (let m = run.dirty; m !== 0; m &= m - 1) {
        const k = lowestBit(m);
        hits[k] = shared[k] = alien[k] = unlike[k] = 0;
      }
      run.dirty = 0;
    }
    run.end = end;
    run.letters += judge.letters;
    run.own += judge.own;
    run.words += judge.words;
    run.lowerContent += judge.lowerContent;
    run.alienWords += judge.alienWords;
    run.dirty |= judge.addCounts(run.hits, run.shared, run.alien, run.unlike);
    run.counted |= judge.counted;
    const { sentences, used } = run;
    sentences[used] = start;
    sentences[used + 1] = end;
    sentences[used + 2] = judge.evidenceMask();
    sentences[used + 3] = judge.unlikeMask();
    sentences[used + 4] = judge.words;
    run.used = used + SENTENCE_FIELDS;
    if (opens) {
      run.lang = lang;
      run.leaned = lang >= 0;
    } else {
      if (lang >= 0) run.leaned = true;
      if (run.leaned) run.lang = runLean(run, judge);
    }
  });
  flush();
}

/**
 * Whether the sentence just measured, leaning to `lang`, and the open run cannot be one passage:
 * the run leans to a language the sentence's letters rule out, or the sentence to one the run's
 * rule out. A sentence of the document's own language that holds none of its function words but
 * words only its alphabet spells leans to no language ("Šafárik si dokonale osvojil nemčinu a
 * klasické jazyky." in Slovak: "si" and "a" are Czech, Italian, Portuguese…), and joined to an
 * untranslated English sentence beside it, its "č" and "é" ruled the whole run out of English.
 */
function ruledOutTogether(run: Run, judge: SentenceJudge, lang: number): boolean {
  if (run.leaned && run.lang >= 0 && lang < 0) return judge.rulesOut(run.lang);
  return !run.leaned && lang >= 0 && ruledOut(run, lang);
}

/**
 * The language whose common words a document in `script` is judged by: its own, or where it is
 * written in another of its scripts (Serbian in Latin letters), the close relative whose main
 * script that is (Croatian), which shares its words letter for letter.
 */
function judgedAs(own: Language | undefined, script: string): Language | undefined {
  if (!own || own.script === script) return own;
  return own.group ? languagesWritten(script).find((l) => l.group === own.group) : undefined;
}

/**
 * franc must name a rival language and be clearly surer of it than of the document's; and the
 * passage must hold words or letters of that language that the document's language lacks.
 */
function judgeRun(ctx: CheckContext, run: Run, judge: SentenceJudge, only: string[], budget: Budget, report: Found): void {
  const own = judge.ownLang;
  const script = scriptIndex(own.script);
  // franc has no model for some languages (Catalan, Danish, Estonian, Finnish, Slovak…): when the
  // common words point to one of those, franc cannot confirm it, and the evidence must do alone.
  const leaning = run.lang >= 0 ? judge.langs[run.lang] : undefined;
  const byEvidence = leaning !== undefined && !leaning.franc;
  // Once franc's budget is spent, the function words must prove the run alone, twice as strongly:
  // one they do not prove is left alone before its letters are read (62,000 of 65,000 runs in 30
  // MB of mixed text are judged past the budget, and few are proved).
  const proved = leaning !== undefined && strongLean(run, run.lang);
  if (!byEvidence && budget.calls <= 0 && !proved) return;
  // Where the document's language has frequent marker letters (ř in Czech, і in Ukrainian), a
  // run that has them is its own: no need to ask franc (the costly step).
  const ownMarkersNeeded = Math.ceil(run.letters / OWN_MARKER_RATE);
  if (own.frequentMarkers && markerTotal(ctx.text, ctx.tokens, run.start, run.end, script, judge.closeMask, run.firstToken, ownMarkersNeeded, 0, true) >= ownMarkersNeeded) return;
  // The run's marker letters per language are counted where they are read: not for a run judged by
  // its function words alone.
  if (byEvidence) {
    const markers = markerCounts(ctx.text, run.start, run.end, script, run.markers, judge.ownAlphabet, judge.closeMask);
    if (evidenceFor(run, run.lang, markers, judge) && againstOwn(run, run.lang, markers, judge)) reportPassage(ctx, run, leaning, judge, report, true);
    return;
  }
  if (budget.calls <= 0) {
    if (proved) reportPassage(ctx, run, leaning, judge, report);
    return;
  }
  // The run takes its call from the budget even where franc's answer cannot matter, so that the
  // runs after it are judged as they would be had franc been asked.
  budget.calls--;
  const markers = markerCounts(ctx.text, run.start, run.end, script, run.markers, judge.ownAlphabet, judge.closeMask);
  if (!reportable(run, markers, judge)) return;
  const ranked = francAll(ctx.text.slice(run.start, Math.min(run.end, run.start + FRANC_SPAN)), { only, minLength: 10 });
  if (ranked.length === 0 || ranked[0][0] === 'und') return;
  const top = languageForFranc(ranked[0][0]);
  if (!top || sameOrClose(top.code, own.code)) return;
  // franc's normalised scores crowd near 1 on long text (English 1, French 0.93, German 0.92 on an
  // English paragraph): how far a language is behind the first, as a share of how far the median
  // language is, says how plausible it still is. A language franc has no model for is not behind.
  const spread = 1 - ranked[Math.ceil(ranked.length / 2)]?.[1];
  // franc cannot weigh a document language it has no model for (Danish, Finnish, Galician…), and
  // reads it as some neighbour: there franc must be sure of its first language, no other unrelated
  // one close behind (Galician reads as Spanish and Portuguese alike, English as English), and the
  // run's common words must lean to it strongly (below).
  const ownBehind = own.franc ? behind(ranked, spread, own) : runnerUpBehind(ranked, spread, top);
  if (ownBehind < PLAUSIBLE) {
    if (leaning === top && provedFirstChoice(run, markers, judge)) reportPassage(ctx, run, leaning, judge, report, true);
    return;
  }
  // The function words' language, when franc finds it nearly as likely as its first choice
  // (short Czech reads as Spanish or Serbian to franc as often as not).
  const lang = leaning && (sameOrClose(leaning.code, top.code) || behind(ranked, spread, leaning) < PLAUSIBLE) ? leaning : top;
  const k = judge.langs.indexOf(lang);
  // Words in letters of the document's alphabet that the language lacks rule it out.
  if (k < 0 || ruledOut(run, k) || (!own.franc && !strongLean(run, k) && !clearLean(run, k, ownBehind))) return;
  const evidence =
    evidenceFor(run, k, markers, judge) ||
    // A long run of prose that franc reads far from the document's language (Croatian in a Czech
    // text shares its short words and letters with Czech), unless a word of it is in letters of the
    // document's alphabet that the language lacks: then franc read the names ("Oba studenti Goffreda
    // Petrassiho, Ennio Morricone a Bruno Nicolai, se setkali v konzervatoři Santa Cecilia." in
    // Czech is Italian to franc, "a" and "se" Italian too, but "konzervatoři" has ř). franc's
    // trigrams alone name no close neighbour, though: the run must hold a common word or a letter
    // of the language that the document's lacks (a Russian sentence of place names and "на", "с"
    // is Bulgarian to franc, whose words those are too).
    (longProse(run, k) && ownBehind >= FRANC_ALONE_BEHIND && run.unlike[k] === 0 && (run.hits[k] > run.shared[k] || run.alien[k] > 0));
  if (evidence) reportPassage(ctx, run, lang, judge, report);
}

/**
 * A run in a close relative of the document's language (Spanish in Catalan or Portuguese text)
 * reads to franc as that relative first, but seldom clearly ahead of the document's language: the
 * run's function words must then prove it, as they prove a language franc has no model of
 * (evidenceFor, againstOwn), with FIRST_CHOICE_WORDS of the relative's own and none of the
 * document's ("Los gobiernos de Panamá y Venezuela firmarán…" in Catalan text: "los", "y", "un"…
 * against no Catalan "els", "i", "amb").
 */
function provedFirstChoice(run: Run, markers: Int32Array, judge: SentenceJudge): boolean {
  const k = run.lang;
  return k >= 0 && run.own === run.shared[k] && run.hits[k] - run.shared[k] >= FIRST_CHOICE_WORDS && evidenceFor(run, k, markers, judge) && againstOwn(run, k, markers, judge);
}
/** Common words of its own that provedFirstChoice asks of a run. */
const FIRST_CHOICE_WORDS = 3;

/**
 * How far franc's ranking puts `lang` behind its first language, in units of `spread` (how far
 * its median language is); 0 for a language franc has no model for. A function of its own, not a
 * closure in judgeRun: the variables a closure reads live in a context that judgeRun allocated on
 * every call, and it is called for every run, most of them left before franc is asked.
 */
function behind(ranked: readonly (readonly [string, number])[], spread: number, lang: Language): number {
  for (let i = 0; i < ranked.length; i++) if (ranked[i][0] === lang.franc) return spread > 0 ? (1 - ranked[i][1]) / spread : 0;
  return 0;
}

/** How far franc's ranking puts its first language unrelated to `top` behind it, in units of `spread`. */
function runnerUpBehind(ranked: readonly (readonly [string, number])[], spread: number, top: Language): number {
  for (let i = 1; i < ranked.length; i++) {
    const lang = languageForFranc(ranked[i][0]);
    if (!lang || !sameOrClose(lang.code, top.code)) return spread > 0 ? (1 - ranked[i][1]) / spread : 0;
  }
  return 1;
}

/**
 * Whether judgeRun could report the run whatever franc answers: franc only picks the rival, which
 * must then have evidence of the run's own (evidenceFor) or be long prose in it, and those are
 * counts known before franc is asked. Most runs in a text in one language are names and titles
 * with none (384 of 412 in 30 MB of English): franc need not read them.
 */
function reportable(run: Run, markers: Int32Array, judge: SentenceJudge): boolean {
  for (let k = 0; k < run.hits.length; k++) {
    if (!judge.close[k] && !ruledOut(run, k) && (evidenceFor(run, k, markers, judge) || longProse(run, k))) return true;
  }
  return false;
}

/** Words in letters of the document's alphabet that language k's alphabet lacks, more than the other way round: not k. */
function ruledOut(run: Run, k: number): boolean {
  return run.unlike[k] >= 2 && run.unlike[k] > run.alien[k];
}

/** A long run with two common words of language k at least: prose, not a list of names or keywords. */
function longProse(run: Run, k: number): boolean {
  return run.letters >= FRANC_ALONE_LETTERS && run.hits[k] >= 2;
}

/**
 * A run too short for franc among all languages ("Thank you for the message", "Mohu vám ještě s
 * něčím pomoci?") is reported on evidence of its own, which franc then confirms between the two: two common words of the rival that the document's language
 * lacks, a third of its words, none of the document's own, and a lowercase word of four letters
 * (titles and names have none); or, with none of the document's words either, lowercase words in
 * letters the document's alphabet lacks and the rival's has, half its words. A quotation or a title in quotes or brackets is left alone,
 * and so is a run with a word in letters of the document's alphabet that the rival's lacks.
 */
function judgeShortRun(ctx: CheckContext, run: Run, judge: SentenceJudge, budget: Budget, report: Found): void {
  const k = run.lang;
  if (enclosed(ctx.text, run.start, run.end)) return;
  // In a sentence this short, one word in letters the rival's alphabet lacks ("předvést" for
  // Croatian, "voilà" for Spanish) outweighs two or three short words the languages nearly share,
  // and words in letters only the rival's has: a sentence spelled both ways is no evidence of the
  // rival (Lithuanian in an old spelling, ē for ė, keeps its ą and ų, which Latvian lacks).
  if (run.unlike[k] >= 1) return;
  const mine = run.own - run.shared[k];
  const words = run.hits[k] - run.shared[k];
  const byWords = words >= 2 && mine === 0 && 3 * run.hits[k] >= run.words && run.lowerContent >= 1;
  const byLetters = run.alien[k] >= 2 && 2 * run.alienWords >= run.words && mine === 0;
  if (!byWords && !byLetters) return;
  // The document's list of common words is short and written for prose: a line of dialogue or a
  // software string has words of its own that the list lacks and a rival's has (Swedish "Vill du ta
  // bort grenen nu?" reads as French, "Ställ in …" as Italian). franc, asked to choose between the
  // two languages only, must side with the rival (with its group's, where franc has no model of its
  // own: Slovene by Croatian, as the finding names it); past franc's budget, such a run is not
  // reported. Where franc knows neither, the word evidence stands alone.
  const rival = judge.langs[k];
  const own = judge.ownLang;
  const rivalModel = rival.franc ?? groupHead(rival).franc;
  if (own.franc && rivalModel) {
    if (budget.calls <= 0) return;
    budget.calls--;
    const ranked = francAll(ctx.text.slice(run.start, run.end), { only: [own.franc, rivalModel], minLength: 1 });
    if (ranked[0]?.[0] !== rivalModel) return;
  } else if (rivalModel) {
    // franc has no model of the document's language to weigh against the rival's: among all the
    // languages of the script, it must read the run as the rival, none unrelated close behind, as
    // judgeRun asks of a longer run. Icelandic leaves "en" and "er" to the Scandinavian lists, and
    // "en tími hennar er 1:05,12 mín." was Dutch by them; franc reads it as Swedish or Dutch alike.
    if (budget.calls <= 0) return;
    budget.calls--;
    const ranked = francAll(ctx.text.slice(run.start, run.end), { only: francCodes(own.script), minLength: 1 });
    if (ranked[0]?.[0] !== rivalModel) return;
    const spread = 1 - ranked[Math.ceil(ranked.length / 2)]?.[1];
    if (runnerUpBehind(ranked, spread, rival) < PLAUSIBLE) return;
  }
  reportPassage(ctx, run, rival, judge, report);
}

/** Whether text[start, end) stands between quotes or brackets (with its closing punctuation inside or out). */
function enclosed(text: string, start: number, end: number): boolean {
  let s = start - 1;
  while (s >= 0 && text.charCodeAt(s) === 32) s--;
  let e = end;
  while (e < text.length && (text.charCodeAt(e) === 32 || text[e] === '.' || text[e] === ',' || text[e] === '!' || text[e] === '?')) e++;
  const before = s >= 0 && OPENERS.includes(text[s]);
  const after = e < text.length && CLOSERS.includes(text[e]);
  const inside = OPENERS.includes(text[start]) && CLOSERS.includes(text[end - 1]);
  return (before && after) || inside;
}

/**
 * The rival the whole run points to most (see SentenceJudge.lean), among those its letters allow;
 * of equals, the first. A language without common or alien words in the run scores 0 and every
 * other more: only the run's languages are scored (two or three of some thirty, for each foreign
 * sentence of a long paragraph), and the first allowed language is the lean only where none of
 * them is allowed.
 */
function runLean(run: Run, judge: SentenceJudge): number {
  let best = LEAN_UNKNOWN;
  let bestScore = 0;
  for (let m = run.counted; m !== 0; m &= m - 1) {
    const k = lowestBit(m);
    if (judge.close[k] || ruledOut(run, k)) continue;
    const score = rivalScore(run.hits[k], run.shared[k], run.alien[k]);
    if (best < 0 || score > bestScore) {
      best = k;
      bestScore = score;
    }
  }
  if (best >= 0) return best;
  for (let k = 0; k < run.hits.length; k++) if (!judge.close[k] && !ruledOut(run, k)) return k;
  return LEAN_UNKNOWN;
}

/**
 * Evidence of the run's own that it is in language k: two of k's common words that the document's
 * language lacks (more than its own), two of k's marker letters and none of the document's, or two
 * lowercase words in letters k's alphabet has and the document's lacks.
 */
function evidenceFor(run: Run, k: number, markers: Int32Array, judge: SentenceJudge): boolean {
  const words = run.hits[k] - run.shared[k];
  return (words >= 2 && words > run.own - run.shared[k]) || (markers[k] >= 2 && ownMarkers(markers, judge) === 0) || run.alien[k] >= 2;
}

/**
 * Evidence that run k is not in the document's language, where franc has no model of the rival
 * (and its model of the document's language, the nearest it knows, would read the rival as that
 * language): the rival's words alone are none, as the document's language's list of common words
 * is short and its relatives' lists hold words it uses too (Afrikaans "na", "se" read as
 * Galician; Dutch "toe", "alles" as Danish). Letters of the rival that the document's alphabet
 * lacks are; else the run must hold no common word of the document's language that the rival
 * lacks, or three of the rival's for each.
 */
function againstOwn(run: Run, k: number, markers: Int32Array, judge: SentenceJudge): boolean {
  if (run.alien[k] >= 2 || (markers[k] >= 2 && ownMarkers(markers, judge) === 0)) return true;
  const mine = run.own - run.shared[k];
  return mine === 0 || run.hits[k] - run.shared[k] >= 3 * mine;
}

/**
 * Where franc has no model of the document's language (Finnish, Slovak, Galician…): a run franc
 * reads as the rival far ahead of any language unrelated to it (FRANC_ALONE_BEHIND), with two
 * common words of the rival, none of the document's language, and lowercase words (no title or
 * list of names, "The Art of Computer Programming Paul Dirac"). A short sentence ("Heavy snowfall
 * closed the mountain roads again in October.") has too few common words for strongLean.
 */
function clearLean(run: Run, k: number, ownBehind: number): boolean {
  return ownBehind >= FRANC_ALONE_BEHIND && run.hits[k] - run.shared[k] >= 2 && run.own === run.shared[k] && run.lowerContent >= MIN_LOWER_CONTENT;
}
/** Lowercase words of four letters or more that clearLean asks of a run. */
const MIN_LOWER_CONTENT = 2;

/** Four function words of the rival's own, and three times those of the document's language. */
function strongLean(run: Run, k: number): boolean {
  const words = run.hits[k] - run.shared[k];
  return words >= 4 && words >= 3 * (run.own - run.shared[k]);
}

/**
 * Reports the run as a passage in `found`, less the sentences at its edges with no evidence of it.
 * `spelling`: franc has not read the passage as far from the document's language (it finds that
 * as plausible as `found`, or was not asked, having no model of `found`), and the words in letters
 * `found`'s alphabet lacks decide (see below).
 */
function reportPassage(ctx: CheckContext, run: Run, found: Language, judge: SentenceJudge, report: Found, spelling = false): void {
  // Close relatives are named by the first of their group (franc's Bosnian, Croatian and Serbian
  // are one guess): the registry lists the one with a profile first. Not by one that does not write
  // the passage's script (Serbian in Cyrillic is not Croatian).
  const head = groupHead(found);
  const lang = scriptsOf(head.code)?.includes(judge.ownLang.script as ScriptName) ? head : found;
  // A sentence of the document's own that leaned to no language (numbers and names, words a third
  // language shares: "O homem fuma entre 11 e 20 cigarros por dia.") joins the foreign sentence
  // beside it in one run; at the passage's edges, a sentence with no evidence of the language the
  // passage is in is left out (one sentence at least stays).
  const k = judge.langs.indexOf(found);
  const { sentences, used } = run;
  let first = 0;
  let last = used - SENTENCE_FIELDS;
  if (k >= 0) {
    const bit = 1 << k;
    while (first < last && (sentences[first + 2] & bit) === 0) first += SENTENCE_FIELDS;
    while (last > first && (sentences[last + 2] & bit) === 0) last -= SENTENCE_FIELDS;
    // Where franc cannot tell the passage from the document's language, one word in letters the
    // language's alphabet lacks, more than loanwords make, says it is not in it, whatever its
    // common words say (Faroese "sjálvan", "lógina" in sentences whose other words are Swedish's
    // too: "men", "sum", "ikki", "til", in UD Faroese detected as Icelandic). judgeRun wants two
    // such words, over the whole run: a sentence franc reads far from the document's language may
    // open with a word of it ("Ministr řekl: „We will …“"), and the run may hold sentences left out here.
    // Words that lack only ASCII letters of the language's alphabet count past their share of
    // loanwords, as in detection: "gyvena" is not Latvian, an English "show" may stand in Croatian.
    if (spelling) {
      let words = 0;
      let unlike = 0;
      for (let i = first; i <= last; i += SENTENCE_FIELDS) {
        words += sentences[i + 4];
        if ((sentences[i + 3] & bit) !== 0) unlike++;
      }
      const from = sentences[first];
      const ascii = asciiUnlikeWords(ctx.text, ctx.tokens, first > 0 ? firstTokenAt(ctx.tokens, from) : run.firstToken, from, sentences[last + 1], judge.ownLang.script, judge.ownAlphabet, bit);
      if ((unlike + Math.max(0, ascii - words / ASCII_LOANWORDS_PER_WORD)) * FOREIGN_LETTERS_PER_WORD > words) return;
    }
  }
  const start = first > 0 ? sentences[first] : run.start;
  const end = last < used - SENTENCE_FIELDS ? sentences[last + 1] : run.end;
  if (spelling && lacksMarkers(ctx.text, start, end, found)) return;
  report(start, end, lang.code, judge.ownLang.script, 'statistics');
}

function ownMarkers(markers: Int32Array, judge: SentenceJudge): number {
  let n = 0;
  for (let k = 0; k < markers.length; k++) if (judge.close[k]) n += markers[k];
  return n;
}

function quote(text: string, start: number, end: number): string {
  return `“${ellipsized(text.slice(start, end), 40)}”`;
}

function describe(language: string, script: ScriptName): string {
  const name = languageFor(language)?.name;
  return name ? `${name} (${script} script)` : `${script} script`;
}

function docName(ctx: CheckContext): string {
  return languageName(ctx.language.code);
}
