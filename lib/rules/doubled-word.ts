import type { CheckContext } from '../context.js';
import { announcesNoun, capitalisesNouns, doublesAtClauseStartOnly, takesRelative, endsClause, mayDouble, namesLetter, neverEndsClause, opensClause, spelledBeside, standsAlone } from '../catalogue/repetition-words.js';
import { commonWordBit, stopwordMask } from '../catalogue/stopwords.js';
import { languageFor } from '../languages/index.js';
import { NOT_REDUPLICATING } from '../languages/reduplication.generated.js';
import {
  Info,
  sameWord,
  endOfWord,
  type Tokens,
} from '../catalogue/tokens.js';
import type { RawFinding, Rule, RuleExamples } from '../types.js';
import { lazyRegExp } from '../text/lazy-regexp.js';
import { hesitates, transcribed } from '../segmentation/style.js';

// "the the": a word twice in a row with nothing but a space between. Left alone: what a language
// doubles on purpose (see repetition-words.ts), names and titles written with two capitals
// ("Duran Duran", "Bora Bora", "Han Han"), a word next to its shouted self ("server SERVER",
// "sehr SEHR"), numbers, three or more in a row (repetition-loop reports those), and a doubling
// of a content word that the document writes three times or more (a name, a title, a refrain).

/** For the rule catalogue (scripts/update-schema.ts); not in the meta, so the bundle leaves it out. */
export const description =
  'The same word twice in a row ("the the", "na na čase", German "die Wiederholung Wiederholung", where a noun ' +
  'follows its article). Grammatical doublings of the language ("had had", "that that", "gave her her keys", German "die die", Czech ' +
  '"se se mnou", French "nous nous"), reduplications ("bye bye", "so so"; and the words a language\'s Universal Dependencies treebanks write doubled as one word: ' +
  'Vietnamese "từ từ", Turkish "göz göre göre", Italian "lecca lecca"; and those they write twice in a row in two roles, or in a construction they show so often: Faroese "setti hann hann", subject and object, Irish "do do"), a function word twice right before a clause\'s end where the language\'s treebanks never end a clause with it (Czech "Problémů je až až", plenty), interjections and fillers ("euh euh"), names ("Duran Duran", "Bora Bora"; where no capitals mark them, a doubling the document quotes or brackets whole, or glosses with a Latin name doubled, "دوران دوران (Duran Duran)", wherever it writes it), acronyms spelled out by letter names (Arabic "بي بي سي" BBC), ' +
  'emphasis in capitals and numbers are left alone, and so are a content word twice as a clause of its own ' +
  '("¡Socorro socorro!", "Hé hé, …"), a doubling in a line of transcribed speech, which hesitates between commas ("et, euh, … on on était"), a doubled syllable where spaces part syllables (Vietnamese) or a word doubled where the language reduplicates (Turkish "tek tek", Hindi, Korean "하나씩 하나씩", Indonesian), and a doubled content word the document writes three ' +
  'times or more (a title in every attribution, a refrain) or with a hyphen or comma elsewhere ("külön-külön"): a slip does not repeat itself. In a language mtqa does ' +
  'not know (or could not determine) nothing is reported: reduplication is grammar in many languages; unless Universal Dependencies treebanks, large enough to tell, show it does not (Irish, Faroese). The fix drops the ' +
  'second word; it is safe for function words.';

export const doubledWord: Rule<CheckContext> = {
  meta: {
    id: 'doubled-word',
    category: 'repetition',
    severity: 'warning',
    mqm: 'Fluency/Grammar',
    languages: '*',
    silencedBySource: true,
  },

  check(ctx, report) {
    const { text } = ctx;
    const t = ctx.tokens;
    const lang = ctx.language.code;
    // What a language doubles on purpose is knowledge of that language: reduplication is grammar in
    // much of the world (Austronesian "undang undang", Bantu, creoles "boi boi"), and for a language
    // outside the registry, or one undetermined, a doubling cannot be told from a slip, unless its
    // treebanks show it does not reduplicate (Irish, Faroese: reduplication.generated.ts).
    const language = languageFor(lang);
    if (!language && !(lang in NOT_REDUPLICATING)) return;
    const ownBit = commonWordBit(lang);
    const { functionWords, interjections } = ctx.boundaries.lexicon;
    // Where a space parts syllables (Vietnamese), or the language doubles words as grammar
    // (Turkish "tek tek"), only a doubled function word is a slip.
    const syllables = language?.spacedSyllables === true || language?.reduplicates !== undefined;
    const { hash, info, count } = t;
    const found: { hash: number | undefined; word: string; finding: RawFinding }[] = [];
    const { lines } = ctx;
    const speech = (i: number) => {
      if (transcribed(text, ctx.boundaries)) return true;
      const line = lines.lineOf(t.start[i]);
      return hesitates(text.slice(lines.starts[line], lines.lineEnd(line)), ctx.boundaries.lexicon);
    };
    for (let i = nextDoubled(hash, info, 1, count); i < count; i = nextDoubled(hash, info, i + 1, count)) {
      if (!sameWord(text, t, i, i - 1)) continue;
      if (partOfTriple(text, t, i)) continue;
      // "tentado/a a escribir", "and/or or": a word of a slash pair is no word of its own.
      if (text.charCodeAt(t.start[i - 1] - 1) === 47 || text.charCodeAt(endOfWord(t, i)) === 47) continue;
      if ((t.info[i] & Info.HasLetter) === 0) continue;
      if (letterSpaced(text, t, i)) continue;
      // A letter glued to ")" is a list label after the word it spells: "alíneas c) e e)".
      if (endOfWord(t, i) - t.start[i] === 1 && text.charCodeAt(endOfWord(t, i)) === 41) continue;
      const a = t.info[i - 1] & Info.ShapeMask;
      const b = t.info[i] & Info.ShapeMask;
      const written = text.slice(t.start[i], endOfWord(t, i));
      // Looked up and measured composed, as the lists write words ("إلى" is alef and U+0655 in NFD).
      const word = (t.info[i] & Info.Decomposed) !== 0 ? written.normalize('NFC') : written;
      // A caseless language that reduplicates has no function-word list of a profile: its treebanks' (Hindi "कि").
      const isFunctionWord =
        (stopwordMask(t.hash[i]) & ownBit) !== 0 || functionWords.has(word.toLowerCase()) || language?.neverDoubled?.includes(word) === true;
      if (syllables && !isFunctionWord) continue;
      // Arabic says an indefinite accusative twice to distribute or grade ("قليلاً قليلاً" little by
      // little, "صنفاً صنفاً" kind by kind): its tanwin fatha (ً) marks the word so doubled.
      if (/\u064b\u0627?$/.test(word)) continue;
      // A slip doubles a word inside its phrase ("by the the two ministers"): a function word the
      // language never ends a clause with, twice right before a clause's end, is an idiom (Czech
      // "Problémů je až až", plenty), one alone would not stand there either.
      if (isFunctionWord && neverEndsClause(hash[i], lang) && endsClause(text, t, i)) continue;
      // "the the", "It it" (sentence start), and "THE THE" only for function words: "Han Han", "VOLIM VOLIM" are names and emphasis.
      // Names said twice are short ("Duran Duran", "Bora Bora", "Walla Walla"): a long word twice is a slip
      // ("Bulgarien Bulgarien", "KOSTENLOSEN KOSTENLOSEN"), and so are two capitals after a determiner where nouns
      // are capitalised ("die Wiederholung Wiederholung") or a capitalised function word twice mid-sentence ("Tippen Sie Sie").
      const midSentence = i >= 2 && (info[i - 1] & Info.GapMask) === Info.GapSpace;
      const capitals = (a === Info.ShapeCapital && b === Info.ShapeCapital) || (a === Info.ShapeUpper && b === Info.ShapeUpper);
      const named =
        capitals &&
        (word.length >= LONG_WORD ||
          (a === Info.ShapeCapital && i >= 2 && (info[i - 1] & Info.GapMask) === Info.GapSpace && announcesNoun(hash[i - 2], lang)) ||
          (a === Info.ShapeCapital && isFunctionWord && midSentence));
      // What a language doubles on purpose it writes in its usual case: "sie sie" may be meant, "Tippen Sie Sie" not.
      // The language's interjections and fillers repeat as speech does ("euh euh", "äh äh").
      // A pronoun that is a conjunction too opens the clause it then starts (Dutch "bewijst dat dat lid").
      const allowed =
        (mayDouble(hash[i], lang, isFunctionWord) &&
          !(doublesAtClauseStartOnly(hash[i], lang) && !opensClause(hash[i], lang) && !atClauseStart(text, t, i - 1, lang) && !opensParticipialAttribute(text, t, i, lang))) ||
        (!isFunctionWord && interjections.has(word.toLowerCase()));
      if (allowed && !(a === Info.ShapeCapital && b === Info.ShapeCapital && midSentence)) continue;
      // An acronym spelled out by its letters' names (Arabic "إس إس" SS, "بي بي سي" BBC). A letter
      // name that is a function word too ("في" V and in, among the words Arabic never lets stand
      // alone) is one only beside another letter name ("سي إن إن" CNN): "في في" alone is a stutter.
      if (namesLetter(hash[i]) && (!(isFunctionWord || language?.fragmentWords?.includes(word) === true) || spelledBeside(t, i - 1, i))) continue;
      // "It it" only at a sentence start: "bodu A a bod" is a label and a conjunction.
      const sentenceStart = i === 1 || (info[i - 1] & (Info.GapEnd | Info.GapLine)) !== 0;
      const shapes = named || (a === Info.ShapeLower && b === Info.ShapeLower) || (a === Info.ShapeCapital && b === Info.ShapeLower && sentenceStart) || (a === Info.ShapeUpper && b === Info.ShapeUpper && isFunctionWord);
      if (!shapes) continue;
      // A single letter that is not a function word is notation ("x x", "A A").
      if (word.length === 1 && !isFunctionWord) continue;
      // A content word twice as a clause of its own is a cry ("¡Ayuda ayuda!", "Hé hé, s'ils savaient").
      if (!isFunctionWord && standsAlone(text, t, i - 1, i)) continue;
      // A line of transcribed speech, which hesitates between commas ("et, euh, … on on était",
      // "so, um, … the the station"), or any line of a document that does so as a habit (a
      // transcript, see `transcribed`): the speaker stutters, as repetition-loop reads it; a decoder
      // does not hesitate. Asked last: few doublings get this far.
      if (speech(i)) continue;
      found.push({
        hash: isFunctionWord ? undefined : hash[i],
        word: written,
        finding: {
          start: t.start[i - 1],
          end: endOfWord(t, i),
          message: `Doubled word: “${text.slice(t.start[i - 1], endOfWord(t, i))}”.`,
          fix: { description: `drop the second “${written}”`, edits: [{ start: endOfWord(t, i - 1), end: endOfWord(t, i), text: '' }], safe: isFunctionWord },
        },
      });
    }
    // A doubling the document writes again and again is its writer's, not a slip: a name or a
    // title ("TABLOID TABLOID" in every attribution of a file of quotations), a refrain. A slip
    // does not repeat itself word for word; a doubled function word ("the the") is a slip however often.
    const times = new Map<number, number>();
    for (const f of found) if (f.hash !== undefined) times.set(f.hash, (times.get(f.hash) ?? 0) + 1);
    // So is one the document writes with a hyphen or a comma elsewhere ("külön-külön", "slowly,
    // slowly"): the writer doubles the word on purpose, and dropped the mark here.
    let lower: string | undefined;
    const marked = (word: string) => {
      lower ??= text.toLowerCase();
      const w = word.toLowerCase();
      return DOUBLING_MARKS.some((mark) => wordAt(lower!, w + mark + w));
    };
    // A name said twice where no capital can mark it (Arabic, Hebrew, Georgian script): the document
    // shows it is one where it quotes or brackets the doubling whole ("«דוראן דוראן»"), or glosses it
    // with a name in Latin letters doubled the same way ("دوران دوران (بالإنجليزية: Duran Duran)").
    // It is then a name wherever the document writes it.
    const names = new Set<number>();
    for (const f of found) if (f.hash !== undefined && !names.has(f.hash) && shownAsName(text, f.finding.start, f.finding.end)) names.add(f.hash);
    for (const f of found) {
      if (f.hash === undefined || (times.get(f.hash)! < DELIBERATE_TIMES && !names.has(f.hash) && !marked(f.word))) report(f.finding);
    }
  },
};

/**
 * Whether the single letters i - 1 and i are inside a word spaced out letter by letter for
 * emphasis (Russian razryadka, German Sperrsatz: "В а р л а а м", a speaker's name in a play): a
 * single letter also stands on either side, and one more beyond it, each a space apart.
 */
function letterSpaced(text: string, t: Tokens, i: number): boolean {
  const single = (k: number) => k >= 0 && k < t.count && endOfWord(t, k) - t.start[k] === 1 && (t.info[k] & Info.HasLetter) !== 0;
  const spaced = (k: number) => t.start[k + 1] - endOfWord(t, k) === 1 && /\s/.test(text[endOfWord(t, k)]);
  if (!single(i - 1) || !single(i)) return false;
  const before = single(i - 2) && spaced(i - 2) && single(i - 3) && spaced(i - 3);
  const after = single(i + 1) && spaced(i) && single(i + 2) && spaced(i + 1);
  const around = single(i - 2) && spaced(i - 2) && single(i + 1) && spaced(i);
  return before || after || around;
}

/** What the rule flags and what it leaves alone: tests/rules.test.ts runs them. Not part of the rule, so not of the bundle. */
export const examples: RuleExamples = {
  bad: [
    {
      // An interjection that is no hesitation, not set off by commas: written text, where a doubled word is a slip.
      text: 'Oh, we went down to the the station and waited there.',
      findings: [{ flagged: 'the the', message: 'Doubled word: “the the”.' }],
      output: 'Oh, we went down to the station and waited there.',
    },
    {
      // Dialogue that hesitates in two lines of a story is no transcript: a doubling in its narration is a slip.
      text: 'so, um, we left early.\nand, uh, it was cold.\nThe train left at noon.\nShe put the the bag in the locker.',
      findings: [{ flagged: 'the the', message: 'Doubled word: “the the”.' }],
      output: 'so, um, we left early.\nand, uh, it was cold.\nThe train left at noon.\nShe put the bag in the locker.',
    },
    {
      text: 'The agreement was signed by the the two ministers.',
      findings: [{ flagged: 'the the', message: 'Doubled word: “the the”.' }],
      output: 'The agreement was signed by the two ministers.',
    },
    {
      text: 'It it stops doing that, we will not get the money.',
      findings: [{ flagged: 'It it', message: 'Doubled word: “It it”.' }],
      output: 'It stops doing that, we will not get the money.',
    },
    {
      text: 'Der Vertrag wurde mit mit den beiden Ministern unterzeichnet.',
      lang: 'de',
      findings: [{ flagged: 'mit mit', message: 'Doubled word: “mit mit”.' }],
      output: 'Der Vertrag wurde mit den beiden Ministern unterzeichnet.',
    },
    {
      text: 'El acuerdo fue firmado por los los dos ministros.',
      lang: 'es',
      findings: [{ flagged: 'los los', message: 'Doubled word: “los los”.' }],
      output: 'El acuerdo fue firmado por los dos ministros.',
    },
    {
      text: 'Uvedli, že je na na čase skončit s naivitou.',
      lang: 'cs',
      findings: [{ flagged: 'na na', message: 'Doubled word: “na na”.' }],
      output: 'Uvedli, že je na čase skončit s naivitou.',
    },
    {
      text: 'Соглашение было подписано в в Москве.',
      lang: 'ru',
      findings: [{ flagged: 'в в', message: 'Doubled word: “в в”.' }],
      output: 'Соглашение было подписано в Москве.',
    },
    {
      text: 'Угоду підписали міністри у у Києві.',
      lang: 'uk',
      findings: [{ flagged: 'у у', message: 'Doubled word: “у у”.' }],
      output: 'Угоду підписали міністри у Києві.',
    },
    {
      text: 'Das ist die Wiederholung Wiederholung des Fehlers.',
      lang: 'de',
      findings: [{ flagged: 'Wiederholung Wiederholung', message: 'Doubled word: “Wiederholung Wiederholung”.' }],
    },
    {
      text: 'Pidieron ayuda ayuda, pero nadie vino.',
      lang: 'es',
      findings: [{ flagged: 'ayuda ayuda', message: 'Doubled word: “ayuda ayuda”.' }],
    },
    {
      text: 'Hợp đồng của của công ty đã được ký.',
      lang: 'vi',
      findings: [{ flagged: 'của của', message: 'Doubled word: “của của”.' }],
      output: 'Hợp đồng của công ty đã được ký.',
    },
    {
      // After a preposition, not a noun: a slip.
      text: 'Sie kauften auf dem dem Markt Gemüse.',
      lang: 'de',
      findings: [{ flagged: 'dem dem', message: 'Doubled word: “dem dem”.' }],
      output: 'Sie kauften auf dem Markt Gemüse.',
    },
    {
      text: 'Ich glaube, dass es es nicht gibt.',
      lang: 'de',
      findings: [{ flagged: 'es es', message: 'Doubled word: “es es”.' }],
      output: 'Ich glaube, dass es nicht gibt.',
    },
    {
      text: 'Es culpa de la la empresa.',
      lang: 'es',
      findings: [{ flagged: 'la la', message: 'Doubled word: “la la”.' }],
      output: 'Es culpa de la empresa.',
    },
    {
      // "S-Bahn-Bahnhöfe" holds no "Bahn-Bahn": a word doubled with a hyphen elsewhere must be a word of its own.
      text: 'Die S-Bahn-Bahnhöfe sind voll. Sie fuhr mit der Bahn Bahn nach Hause.',
      lang: 'de',
      findings: [{ flagged: 'Bahn Bahn', message: 'Doubled word: “Bahn Bahn”.' }],
    },
    {
      // "في" names the letter V too, but no other letter name stands beside it: "in" twice.
      text: 'تم إنجازه في في وقت متأخر من الحرب.',
      lang: 'ar',
      findings: [{ flagged: 'في في', message: 'Doubled word: “في في”.' }],
    },
    {
      // Tamil, Hindi, Persian, Urdu and Marathi reduplicate content words, but never the function
      // words their treebanks list (Language.neverDoubled): doubled, one is a slip.
      text: 'அவர்கள் திட்டம் குறித்து குறித்து பேசினர்.',
      lang: 'ta',
      findings: [{ flagged: 'குறித்து குறித்து', message: 'Doubled word: “குறித்து குறித்து”.' }],
      output: 'அவர்கள் திட்டம் குறித்து பேசினர்.',
    },
    {
      text: 'उसने कहा कि कि वह कल आएगा।',
      lang: 'hi',
      findings: [{ flagged: 'कि कि', message: 'Doubled word: “कि कि”.' }],
      output: 'उसने कहा कि वह कल आएगा।',
    },
    {
      text: 'او گفت که فردا به به خانه می‌آید.',
      lang: 'fa',
      findings: [{ flagged: 'به به', message: 'Doubled word: “به به”.' }],
      output: 'او گفت که فردا به خانه می‌آید.',
    },
    {
      text: 'وہ کل شام گھر سے سے نکلا۔',
      lang: 'ur',
      findings: [{ flagged: 'سے سے', message: 'Doubled word: “سے سے”.' }],
      output: 'وہ کل شام گھر سے نکلا۔',
    },
    {
      text: 'तो घरी गेला आणि आणि जेवला.',
      lang: 'mr',
      findings: [{ flagged: 'आणि आणि', message: 'Doubled word: “आणि आणि”.' }],
      output: 'तो घरी गेला आणि जेवला.',
    },
    {
      // A function word (Language.neverDoubled) doubled however often is a slip each time.
      text: 'سافر إلى إلى القاهرة. ثم عاد إلى إلى بيته. وكتب إلى إلى صديقه.',
      lang: 'ar',
      findings: [
        { flagged: 'إلى إلى', start: 5, message: 'Doubled word: “إلى إلى”.' },
        { flagged: 'إلى إلى', start: 29, message: 'Doubled word: “إلى إلى”.' },
        { flagged: 'إلى إلى', start: 48, message: 'Doubled word: “إلى إلى”.' },
      ],
      output: 'سافر إلى القاهرة. ثم عاد إلى بيته. وكتب إلى صديقه.',
    },
    {
      // A text that is the doubling alone is not quoted.
      text: 'הספר הספר',
      lang: 'he',
      findings: [{ flagged: 'הספר הספר', message: 'Doubled word: “הספר הספר”.' }],
    },
    {
      // A gloss beside it that does not double the word: no name, a slip.
      text: 'ذهب الطالب إلى المدرسة المدرسة (school) صباحاً.',
      lang: 'ar',
      findings: [{ flagged: 'المدرسة المدرسة', message: 'Doubled word: “المدرسة المدرسة”.' }],
    },
    {
      // Turkish doubles "göre" as a converb ("göz göre göre"), never "ile" (with).
      text: 'Ali ile ile Ayşe dün geldi.',
      lang: 'tr',
      findings: [{ flagged: 'ile ile', message: 'Doubled word: “ile ile”.' }],
      output: 'Ali ile Ayşe dün geldi.',
    },
    {
      // Irish is outside the registry, but its treebanks show it does not double words as grammar
      // (reduplication.generated.ts): a doubled word there is a slip.
      text: 'Chuaigh siad go dtí an siopa siopa inné.',
      lang: 'ga',
      findings: [{ flagged: 'siopa siopa', message: 'Doubled word: “siopa siopa”.' }],
    },
    {
      // A pronoun ends a clause as it is: twice there, one is a slip.
      text: 'We talked about it it.',
      findings: [{ flagged: 'it it', message: 'Doubled word: “it it”.' }],
      output: 'We talked about it.',
    },
    {
      // Treebanks double "de" in a few sentences only, by a slip: not often enough to be grammar.
      text: 'O setor de de veículos cresceu muito.',
      lang: 'pt',
      findings: [{ flagged: 'de de', message: 'Doubled word: “de de”.' }],
      output: 'O setor de veículos cresceu muito.',
    },
    {
      text: 'Fóru tey til til Havnar í gjár?',
      lang: 'fo',
      findings: [{ flagged: 'til til', message: 'Doubled word: “til til”.' }],
    },
  ],
  good: [
    // Legal text: a conjunction of the legal register before a relative pronoun and an article, French causative
    // "faire faire", Portuguese conditional and reflexive "se se", Dutch conjunction and demonstrative "dat dat", a list label.
    { text: 'Die Regeln gelten für das Straßenverkehrsrecht sowie die die Prüfertätigkeit berührenden Fragen.', lang: 'de' },
    { text: 'Sie übermittelt das Ergebnis an die die Verteilung veranlassende Stelle. Er nennt Personen, mit denen oder mit der der betroffenen Person der Kontakt untersagt ist.', lang: 'de' },
    { text: 'Sauf celles qui sont chargées de faire faire la publication, ou leurs ayants cause.', lang: 'fr' },
    { text: 'O disposto no n.º 1 não se aplica se se verificar um dos seguintes casos, nas alíneas c) e e).', lang: 'pt' },
    { text: 'Hij is van aansprakelijkheid ontheven, indien hij bewijst dat dat lid niet verantwoordelijk is.', lang: 'nl' },
    // Dutch: the subject pronoun, then the same word as the reflexive or the object.
    { text: 'Voel je je goed? Kunt u u even legitimeren? Heeft ze ze gisteren gezien?', lang: 'nl' },
    // The document writes the reduplication with a hyphen elsewhere: the space is the hyphen dropped, not a slip.
    { text: 'A csapatok külön-külön edzettek. Később külön külön is beszéltek az edzővel.', lang: 'hu' },
    { text: 'Viron kirjaimet luetaan hiljaa-hiljaa. Lapsi luki hiljaa hiljaa kirjaa.', lang: 'fi' },
    // Tamil "மெல்ல மெல்ல" (slowly): the registry says Tamil reduplicates, which its treebanks are too small to confirm or deny.
    { text: 'அவன் மெல்ல மெல்ல நடந்தான்.', lang: 'ta' },
    { text: 'صدرت أسطوانة "أحبك جداً جداً" في آب ووصلت إلى مصاف أفضل 50 أسطوانة.', lang: 'ar' },
    { text: 'אט אט התחיל ההמון לצעוד אל מחוץ לסמטאות.', lang: 'he' },
    // Acronyms spelled out by the names of their letters: SS, BBC, CNN.
    { text: 'أصبح ضابطاً في وحدات إس إس. وذكرت هيئة بي بي سي أن شبكة سي إن إن الأمريكية نقلت الخبر.', lang: 'ar' },
    // A filler of the language's speech, said twice in a transcript.
    { text: "et ensuite le huit juillet je suis partie euh euh dans les Charentes", lang: 'fr' },
    // A line of transcribed speech, which hesitates between commas ("et, euh,"): a word said twice is the speaker's stutter.
    { text: "et, euh, du coup on on était en train de tourner, et on éclairait la scène avec les les phares de la voiture.", lang: 'fr' },
    { text: 'so, um, we went down to the the station and, uh, waited there for for an hour.' },
    // A transcript, which hesitates in three lines of four: its speakers stutter in the line that does not (ParisStories).
    { text: "alors, euh, on est partis le matin.\net, euh, il faisait froid.\nbon, euh, on a attendu.\nj'ai posé mon mon sac dans le casier.", lang: 'fr' },
    { text: 'so, um, we left early.\nand, uh, it was cold.\nwell, um, we waited.\nI put my my bag in the locker.' },
    {
      // Malay (outside the registry): reduplication makes plurals.
      text: 'Semua orang berhak mendapat pendidikan, dan undang undang negara melindungi hak hak mereka.',
      lang: 'ms',
    },
    // The source has the same slip: the translation kept what the author wrote.
    { text: 'The agreement was signed by the the two ministers.', source: 'Соглашение было подписано в в Москве двумя министрами.', sourceLang: 'ru' },
    { text: 'She had had more than two drinks. It is hard to imagine that that is possible.' },
    // A pronoun before itself as a possessive.
    { text: 'He gave her her keys back.' },
    { text: 'Hiába tetszett meg neki az az ötlet.', lang: 'hu' },
    { text: 'För det är just det det är frågan om.', lang: 'sv' },
    { text: 'Nos Lun diwetha mi es i i gyfarfod y gymdeithas.', lang: 'cy' },
    // Turkish "çok çok" (very very), "için için" (inwardly) and "bir bir" (one by one).
    { text: 'Otelden çok çok memnun kaldık. Kız köşede için için ağlıyordu. Bir bir sözlerine yansıyordu bunlar.', lang: 'tr' },
    // Korean and Indonesian reduplicate words too: "매우 매우" (very very), "하나씩 하나씩" (one by one), "tata bahasa bahasa Semitik" (the grammar of Semitic languages).
    { text: '그것은 매우 매우 섬세한 떨림이었다. 회사들이 하나씩 하나씩 넘어갔다.', lang: 'ko' },
    { text: 'Tata bahasanya mirip dengan tata bahasa bahasa Semitik lain.', lang: 'id' },
    // Adverbs and pronouns these languages double on purpose: Tamil "மேலும் மேலும்" (more and more), Hindi
    // "धीरे धीरे" (slowly) and "कौन कौन" (who all), Marathi "हळू हळू" (slowly), Urdu "کبھی کبھی" (sometimes).
    { text: 'மேலும் மேலும் மக்கள் கூட்டம் அதிகரித்தது.', lang: 'ta' },
    { text: 'वह धीरे धीरे घर गया। वहाँ कौन कौन आया था?', lang: 'hi' },
    { text: 'तो हळू हळू चालत घरी गेला.', lang: 'mr' },
    { text: 'وہ کبھی کبھی یہاں آتا ہے۔', lang: 'ur' },
    // Greek "σιγά σιγά" (little by little), "στο κάτω κάτω" (after all), "πολύ πολύ"; Thai "โอ้ โอ้" (oh oh).
    { text: 'Η κατάσταση βελτιώνεται σιγά σιγά και στο κάτω κάτω είμαστε πολύ πολύ τυχεροί.', lang: 'el' },
    { text: '"โอ้ โอ้ อะไรนะ" เธอถาม', lang: 'th' },
    // A word spaced out letter by letter (a speaker's name in a play) holds a letter twice.
    { text: 'В\u00a0а\u00a0р\u00a0л\u00a0а\u00a0а\u00a0м\nПойдём. Входит р у с с к и й п л е н н и к.', lang: 'ru' },
    // Arabic indefinite accusatives twice: "قليلاً قليلاً" (little by little), "صنفاً صنفاً" (kind by kind).
    { text: 'فكان يعلمه قليلاً قليلاً، ويعرض عليه الطير صنفاً صنفاً حتى عرفها.', lang: 'ar' },
    // Persian "آرام آرام" (slowly), Urdu "ساتھ ساتھ" (along with), Bengali "মাঝে মাঝে" (sometimes).
    { text: 'او آرام آرام به خانه برگشت.', lang: 'fa' },
    { text: 'اس کے ساتھ ساتھ کھیلوں کا انتظام بھی ہوا۔', lang: 'ur' },
    { text: 'সে মাঝে মাঝে বাড়িতে আসে।', lang: 'bn' },
    { text: 'Verlede jaar het ons ons eerste resessie ervaar, en hulle sal sien wanneer hulle hulle kwota gebruik.', lang: 'af' },
    { text: 'Duran Duran played in Bora Bora; Han Han wrote about it.' },
    // Without capitals, a name said twice shows itself by what the document does with it: glossed by a
    // Latin name doubled the same way, or quoted whole. Then it is a name wherever the document writes it.
    { text: 'دوران دوران (بالإنجليزية: Duran Duran) هي فرقة بوب إنجليزية. أصدرت دوران دوران أول ألبوم لها عام 1981.', lang: 'ar' },
    { text: 'הלהקה "דוראן דוראן" הופיעה בעיר, ואחר כך דוראן דוראן טסה ללונדון.', lang: 'he' },
    { text: 'ბენდი დურან დურან (Duran Duran) ლონდონში გამოვიდა.', lang: 'ka' },
    // A slash pair's word before the same word.
    { text: 'Podrías sentirte tentado/a a escribir un Efecto que actualice una variable.', lang: 'es' },
    { text: 'The files are stored on server SERVER in location LOCATION.' },
    { text: 'The police have been looking for for several days. The photos were just so so.' },
    { text: 'Bye bye, see you! No no, not that one.' },
    // A content word twice as a clause of its own is a cry.
    { text: '¡Socorro socorro! Nos están robando.', lang: 'es' },
    { text: 'Hé hé, tu ne savais pas ça ?', lang: 'fr' },
    { text: 'Pomoc pomoc! Hoří!', lang: 'cs' },
    { text: '— Караул караул, грабят! — закричал он.', lang: 'ru' },
    { text: 'Ich weiß, dass die die Aufgabe lösen können. Sie sie hat es gesehen.', lang: 'de' },
    // The Catalan middle dot joins a word ("Cancel·la", UAX #29 MidLetter): its tail is no word of its own.
    { text: 'Feu clic a Cancel·la la operació i torneu-ho a provar.', lang: 'ca' },
    // A relative pronoun after its noun, the comma forgotten.
    { text: 'In einer Autokratie hat ein Einzelner oder eine Gruppe die die Regierung stellt die Macht.', lang: 'de' },
    { text: 'Odmítli se se mnou bavit. Bod C leží mezi body A a B.', lang: 'cs' },
    // A function word twice right before a clause's end, where its treebanks never write it once
    // (NEVER_CLAUSE_FINAL): no stutter, an idiom. Czech "až až" (plenty).
    { text: 'Problémů je až až. Práce bylo až až, ale nikdo si nestěžoval.', lang: 'cs' },
    { text: 'Nous nous sommes rencontrés hier.', lang: 'fr' },
    // Words the language's treebanks write twice in a row in two roles, or as a sound twice
    // (reduplication.generated.ts SIDE_BY_SIDE): Faroese "teir teir" (they, them), and "hann hann",
    // seen less often, but in the construction "teir teir" shows grammar (subject and object);
    // Irish "do do" (to your).
    { text: 'Tá ið teir komu heim, bóðu teir teir koma inn.', lang: 'fo' },
    { text: 'Tá ið hann kom, setti hann hann í fangahús.', lang: 'fo' },
    // Norwegian Bokmål's treebank is UD's "no_bokmaal", its data keyed by the registry's "nb": the
    // cheer "heia heia" (SIDE_BY_SIDE) and "men men" (well, well) before a clause's end.
    { text: 'De ropte heia heia til laget sitt. Det var mye å gjøre, men men.', lang: 'nb' },
    { text: 'Thug sé an leabhar do do chara inné.', lang: 'ga' },
    // Syllables parted by spaces: the seam of two compounds, a reduplication.
    { text: 'Đã hoàn thành thành công. Bộ kết xuất luôn luôn được sử dụng.', lang: 'vi' },
    // Words the language's treebanks write doubled as one word (reduplication.generated.ts): Vietnamese "từ từ"
    // (slowly, though "từ" is the preposition "from"), Turkish "göz göre göre" (openly, "göre" the postposition
    // "according to"), Italian "lecca lecca" (a lollipop).
    { text: 'Bà từ từ đi đến chỗ cửa sổ.', lang: 'vi' },
    { text: 'Adam göz göre göre yalan söyledi.', lang: 'tr' },
    { text: 'Il bambino comprò un lecca lecca al mercato.', lang: 'it' },
    { text: 'Es ist 10 10 Uhr. Die die die Regel kennen, wissen es.', lang: 'de' },
    { text: 'Sie flogen nach Bora Bora und hörten Duran Duran. Gebt ihr ihr das Buch?', lang: 'de' },
    { text: 'She sang la la and he said ha ha.' },
    { text: 'Он сказал: «да да, конечно».', lang: 'ru' },
    // A doubling the document writes three times is a name or a title.
    { text: 'Una battuta. -- Paolo, "TABLOID TABLOID"\nUn\'altra battuta. -- Luca, "TABLOID TABLOID"\nL\'ultima. -- Anna, "TABLOID TABLOID"', lang: 'it' },
  ],
};

/**
 * The first word from `from` on with the hash of the word before it and only a space between them
 * ("No, no" and "that, that" are speech, a line break is a new item); `count` if none. The scan of
 * every word in a loop of its own: small, it is optimised at once, where the loop inside check(),
 * with all that a doubling is then asked, ran unoptimised for most of a large text. The word before
 * is carried over from the step before, not read again: one load per word instead of two (the
 * compiler reloads it), some 10 % of the scan.
 */
function nextDoubled(hash: Int32Array, info: Uint16Array, from: number, count: number): number {
  let previous = hash[from - 1];
  for (let i = from; i < count; i++) {
    const h = hash[i];
    if (h === previous && (info[i] & Info.GapMask) === Info.GapSpace) return i;
    previous = h;
  }
  return count;
}

/**
 * Whether the doubling text[start, end) is shown to be a name or a title: quoted or bracketed whole
 * ("«דוראן דוראן»", "(دوران دوران)" after its Latin original), or followed by a bracket that glosses
 * it with a Latin-script word doubled ("دوران دوران (بالإنجليزية: Duran Duran)", "(Bora Bora)").
 */
function shownAsName(text: string, start: number, end: number): boolean {
  // charAt past either end is '', which includes() finds in any string.
  if (start > 0 && end < text.length && ENCLOSING_OPENERS.includes(text.charAt(start - 1)) && ENCLOSING_CLOSERS.includes(text.charAt(end))) return true;
  let i = end;
  while (text.charCodeAt(i) === 32) i++;
  if (i >= text.length || !GLOSS_OPENERS.includes(text.charAt(i))) return false;
  const gloss = GLOSS.exec(text.slice(i + 1, i + 1 + MAX_GLOSS));
  return gloss !== null && LATIN_DOUBLED().test(gloss[0]);
}

/** Marks that open and close a quotation or a bracket around a title or a name. */
const ENCLOSING_OPENERS = '"\'«‹“„‘‚「『([{（';
const ENCLOSING_CLOSERS = '"\'»›”“’」』)]}）';
/** Brackets that open a gloss, and the gloss up to the bracket's end (on its line). */
const GLOSS_OPENERS = '([（';
const GLOSS = /^[^)\]）\n]*(?=[)\]）])/;
const MAX_GLOSS = 80;
/** A Latin-script word twice in a row, as a gloss writes a name said twice: "Duran Duran". */
const LATIN_DOUBLED = lazyRegExp(String.raw`(?<![\p{L}\p{M}])(\p{Script=Latin}+) \1(?![\p{L}\p{M}])`, 'iu');

/** A doubling of a word that is not a function word, written this often in a document, is deliberate. */
const DELIBERATE_TIMES = 3;

/** What joins a word to itself where a writer doubles it on purpose: a hyphen (ASCII or U+2010), a comma. */
const DOUBLING_MARKS = ['-', '\u2010', ', '];

/** Reduplicated names are two short syllables; a word this long said twice is not a name. */
const LONG_WORD = 7;

/**
 * Whether word k opens a clause: after a comma ("Kinder, die die"), a comma and a preposition
 * ("Rolltors, bei der der Druck") or a conjunction ("dass die die").
 */
function atClauseStart(text: string, t: Tokens, k: number, lang: string): boolean {
  if (k === 0) return true;
  if (commaBefore(text, t, k) || commaBefore(text, t, k - 1) || opensClause(t.hash[k - 1], lang) || afterNoun(t, k, lang)) return true;
  // A preposition after a conjunction, and the pronoun: a relative clause ("und auf die die §§ … anzuwenden sind").
  return k >= 2 && takesRelative(t.hash[k - 1], lang) && opensClause(t.hash[k - 2], lang);
}

/** Words looked at after a doubled article for the participle of an attribute. */
const ATTRIBUTE_REACH = 6;

/**
 * Whether the doubled article at i - 1, i opens an extended participial attribute, where nouns are
 * capitalised: the first article is the head noun's, the second its object's, and a present
 * participle stands before the head noun ("an die die Verteilung veranlassende Stelle", "durch die
 * die Abschiebung durchführende Behörde").
 */
function opensParticipialAttribute(text: string, t: Tokens, i: number, lang: string): boolean {
  if (!capitalisesNouns(lang)) return false;
  for (let j = i + 1; j + 1 < t.count && j <= i + ATTRIBUTE_REACH; j++) {
    if ((t.info[j - 1] & (Info.GapEnd | Info.GapLine)) !== 0) return false;
    if ((t.info[j + 1] & Info.ShapeMask) === Info.ShapeCapital && (t.info[j] & Info.GapMask) === Info.GapSpace && PRESENT_PARTICIPLE().test(text.slice(t.start[j], endOfWord(t, j)))) return true;
  }
  return false;
}

/** A present participle as an attribute: lowercase, "-end" and an adjective's ending ("veranlassende", "liegenden"). */
const PRESENT_PARTICIPLE = lazyRegExp(String.raw`^\p{Ll}\p{L}*end(?:e|em|en|er|es)$`, 'u');

/**
 * Whether word k follows a noun inside a sentence, where a language capitalises its nouns: a
 * relative pronoun after its noun opens a clause even where the comma is missing ("eine Gruppe die
 * die Regierung stellt"); a slip follows a preposition or a verb ("auf dem dem Markt").
 */
function afterNoun(t: Tokens, k: number, lang: string): boolean {
  return k >= 2 && capitalisesNouns(lang) && (t.info[k - 1] & Info.ShapeMask) === Info.ShapeCapital && (t.info[k - 1] & (Info.GapEnd | Info.GapLine)) === 0;
}

/** Whether `s` holds `phrase` as words of their own, no letter, mark or digit touching it ("S-Bahn-Bahnhöfe" holds no "bahn-bahn"). */
function wordAt(s: string, phrase: string): boolean {
  for (let at = s.indexOf(phrase); at >= 0; at = s.indexOf(phrase, at + 1)) {
    if (!WORD_CHAR().test(s.charAt(at - 1)) && !WORD_CHAR().test(s.charAt(at + phrase.length))) return true;
  }
  return false;
}

const WORD_CHAR = lazyRegExp(String.raw`[\p{L}\p{M}\p{N}]`, 'u');

function commaBefore(text: string, t: Tokens, k: number): boolean {
  if (k <= 0) return false;
  for (let j = endOfWord(t, k - 1); j < t.start[k]; j++) if (text.charCodeAt(j) === 44) return true;
  return false;
}

/**
 * Whether word i and the one before it are part of three or more in a row (a loop, reported
 * elsewhere). The third may stand apart by a space, a comma or a mark ("the the, the", "No, no
 * no"), spaced or not: fixing the spacing ("the ,the the" → "the,the the") must not change this.
 */
function partOfTriple(text: string, t: Tokens, i: number): boolean {
  const before = i >= 2 && (t.info[i - 1] & Info.GapMask) !== 0 && sameWord(text, t, i - 2, i);
  const after = i + 1 < t.count && (t.info[i + 1] & Info.GapMask) !== 0 && sameWord(text, t, i + 1, i);
  return before || after;
}
