// What the wrong-language rules know about languages, independent of the full profiles in
// lib/languages/ (which exist only for some languages): the most frequent function words of each
// (enough to tell which language a sentence of ten words leans to, at the cost of one hash lookup
// per word), letters no related language uses, franc's code, and groups of languages too close to
// tell apart reliably (Czech/Slovak; Croatian/Bosnian/Serbian/Slovene; the Scandinavian ones).

export type LanguageScript = 'Latin' | 'Cyrillic';

export interface CatalogueLanguage {
  /** ISO 639-1. */
  code: string;
  name: string;
  /** ISO 639-3 as franc-min reports it, when franc-min knows the language. */
  franc?: string;
  script: LanguageScript;
  /** Very frequent words, lowercase. */
  stopwords: string;
  /** Letters (lowercase) that mark the language among its neighbours: ř in Czech, ї in Ukrainian. */
  letters?: string;
  /**
   * The marker letters are so frequent (one letter in thirty or more) that a sentence without any
   * is unlikely to be in the language: Czech ě ř ů, Polish ą ę ł, Ukrainian і ї є, Russian ы э.
   */
  frequentLetters?: boolean;
  /** Languages of one group are never reported as each other. */
  group?: string;
}

export const LANGUAGES: readonly CatalogueLanguage[] = [
  {
    code: 'en', name: 'English', franc: 'eng', script: 'Latin',
    stopwords: 'the of and to in is that it was for on with as are be this by have from at not but they his her we you a an or were which their has had been will would there what who all can if its so no one more about when out up them some could into than other only then these also said our my your i he she me him do does did how why because any over after before just very where while',
  },
  {
    code: 'de', name: 'German', franc: 'deu', script: 'Latin', letters: 'ß',
    stopwords: 'der die das und ist nicht ein eine zu den von mit sich des auf für im dem es auch als an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde ich wir ihr uns sehr kann',
  },
  {
    code: 'fr', name: 'French', franc: 'fra', script: 'Latin', letters: 'œçêèùûë',
    stopwords: 'le la les de des et est en un une du que qui dans pour pas sur au ne se ce il elle sont avec plus par nous vous mais ou son sa ses aux été cette ont leur comme tout être fait je on',
  },
  {
    code: 'es', name: 'Spanish', franc: 'spa', script: 'Latin', letters: 'ñ¿¡',
    stopwords: 'el la los las de del y que en un una es por con para no se su al lo como más pero sus le ya este fue ha entre cuando muy sin sobre también hay donde desde todo nos está son esta yo',
  },
  {
    code: 'it', name: 'Italian', franc: 'ita', script: 'Latin',
    stopwords: 'il la le di che e è un una per non in del della dei delle al alla con si sono da come anche più ma ha gli lo nel nella questo essere stato suo sua loro ci sei io',
  },
  {
    code: 'pt', name: 'Portuguese', franc: 'por', script: 'Latin', letters: 'ãõ',
    stopwords: 'o a os as de do da dos das e que em um uma é para com não por no na se mais ao como mas foi ele ela seu sua ou são está também pelo pela já eu você',
  },
  {
    code: 'nl', name: 'Dutch', franc: 'nld', script: 'Latin',
    stopwords: 'de het een en van in is dat op te zijn met voor niet die er aan ook als maar om bij door was worden wordt hij zij ze heeft dan nog naar uit wel kan deze ik je',
  },
  {
    code: 'cs', name: 'Czech', franc: 'ces', script: 'Latin', letters: 'ěřů', frequentLetters: true, group: 'cs-sk',
    stopwords: 'a je se na v že to s z o do ve k ale jako pro by jsou být jsem jeho které který která také už jen tak po od při podle byl byla bylo není jak však když nebo i mezi si jsme jste za ze u aby bude jejich své má tento tato toto tuto ty tyto jsi mě nás vás nám vám ani protože proto ještě pouze velmi více než co kde kdy před přes ke budou mohou mají jestli',
  },
  {
    code: 'sk', name: 'Slovak', script: 'Latin', letters: 'ľĺŕôä', group: 'cs-sk',
    stopwords: 'a je sa na v že to s z o do vo k ale ako pre by sú byť som jeho ktoré ktorý ktorá tiež už len tak po od pri podľa bol bola bolo nie však keď alebo aj medzi si sme ste',
  },
  {
    code: 'pl', name: 'Polish', franc: 'pol', script: 'Latin', letters: 'ąęłńśźż', frequentLetters: true,
    stopwords: 'i w nie na się z do to że jest o jak a co ale po od za dla tak są był była było by jego który która które też już tylko czy przez lub oraz może ja ten ta',
  },
  {
    code: 'hr', name: 'Croatian', franc: 'hrv', script: 'Latin', letters: 'đ', group: 'hbs',
    stopwords: 'i je u na se da za od s su a o to ali kao što koji koja koje bio bila bilo biti sam smo ih iz ne će bi sve samo već kako jer prema još ovo taj mi mu ta pod nad bez gdje kada ni vrlo zbog nakon ovaj ova',
  },
  { code: 'bs', name: 'Bosnian', franc: 'bos', script: 'Latin', letters: 'đ', group: 'hbs', stopwords: 'i je u na se da za od s su a o to ali kao što koji koja koje bio bila bilo biti sam smo ih iz ne će bi sve samo već kako jer prema još' },
  {
    code: 'sl', name: 'Slovene', script: 'Latin', group: 'hbs',
    stopwords: 'in je v na se da za od s so a o to ki kot pa ali bil bila bilo biti sem smo jih iz ne bo bi vse samo že tudi še',
  },
  {
    code: 'ro', name: 'Romanian', franc: 'ron', script: 'Latin', letters: 'ășțşţ', frequentLetters: true,
    stopwords: 'și de la în a cu pe care nu este o un să din că se mai pentru sunt fost au ce acest această lui',
  },
  {
    code: 'hu', name: 'Hungarian', franc: 'hun', script: 'Latin', letters: 'őű',
    stopwords: 'a az és hogy nem is egy van meg de el ez már csak mint még volt ki be fel azt ha vagy',
  },
  {
    code: 'sv', name: 'Swedish', franc: 'swe', script: 'Latin', letters: 'å', group: 'nordic',
    stopwords: 'och i att det som en på är av för med till den inte har om de ett var jag men så från kan han',
  },
  { code: 'da', name: 'Danish', script: 'Latin', letters: 'æø', group: 'nordic', stopwords: 'og i at det en på er af for med til den ikke har om de et var jeg men så fra kan han' },
  { code: 'nb', name: 'Norwegian', script: 'Latin', letters: 'æø', group: 'nordic', stopwords: 'og i å det som en på er av for med til den ikke har om de et var jeg men så fra kan han' },
  { code: 'fi', name: 'Finnish', script: 'Latin', stopwords: 'ja on ei että se oli hän kun mutta myös tai ovat joka sen niin ole kanssa' },
  { code: 'tr', name: 'Turkish', franc: 'tur', script: 'Latin', letters: 'ğış', frequentLetters: true, stopwords: 've bir bu da de için ile çok ne gibi daha olarak var ama en kadar sonra olan' },
  {
    code: 'ru', name: 'Russian', franc: 'rus', script: 'Cyrillic', letters: 'ыэъё', frequentLetters: true,
    stopwords: 'и в не на что с по это как он а к у из за о от так его для но она же они был было бы все только уже то мы вы который которые если еще ещё при я когда или также чтобы где этот эти этой нет есть можно очень после себя свой вам нам их ее её будет может своей свою своих такой такое такая такие этом этого том того тем чем кто ни даже ли вот там здесь более всех всего без под над между около со во ко него нее ним ей ему им нас вас меня тебя',
  },
  {
    code: 'uk', name: 'Ukrainian', franc: 'ukr', script: 'Cyrillic', letters: 'ієїґ', frequentLetters: true,
    stopwords: 'і в не на що з по це як він а до у із за о від так його для але вона ж вони був було б все тільки вже то ми ви який які якщо ще при та й я коли або також щоб де цей ця ці є немає можна дуже після себе свій її їх буде може свою своїй своїх такий таке така такі цьому цього тому того хто ні навіть чи би ось там тут більш всіх без під над між біля зі об нього неї ним їй йому їм нас вас мене тебе',
  },
  { code: 'be', name: 'Belarusian', franc: 'bel', script: 'Cyrillic', letters: 'ўі', frequentLetters: true, stopwords: 'і ў не на што з па гэта як ён а да у за аб ад так яго для але яна ж яны быў было б усе толькі ўжо' },
  { code: 'bg', name: 'Bulgarian', franc: 'bul', script: 'Cyrillic', stopwords: 'и в не на че с по това как той а към от за така го но тя са бе да се ще са' },
  { code: 'sr', name: 'Serbian', franc: 'srp', script: 'Cyrillic', letters: 'ђјљњћџ', group: 'hbs', stopwords: 'и у не на да се је за од са су а о то али као што који ће би' },
];

const byCode = new Map(LANGUAGES.map((l) => [l.code, l]));
const byFranc = new Map(LANGUAGES.filter((l) => l.franc).map((l) => [l.franc!, l]));

export function catalogueLanguage(code: string): CatalogueLanguage | undefined {
  return byCode.get(code);
}

export function catalogueLanguageForFranc(iso6393: string): CatalogueLanguage | undefined {
  return byFranc.get(iso6393);
}

/** Whether two language codes should never be reported as each other. */
export function sameOrClose(a: string, b: string): boolean {
  if (a === b) return true;
  const la = byCode.get(a);
  const lb = byCode.get(b);
  return la?.group !== undefined && la.group === lb?.group;
}

/** franc-min codes of the catalogue languages written in `script`. */
export function francCandidates(script: LanguageScript): string[] {
  return LANGUAGES.filter((l) => l.script === script && l.franc).map((l) => l.franc!);
}

/** Script a language is normally written in, for languages outside the catalogue too. */
const SCRIPT_OF_CODE: Record<string, string> = {
  zh: 'Han', ja: 'Kana', ko: 'Hangul', ar: 'Arabic', fa: 'Arabic', ur: 'Arabic', he: 'Hebrew', yi: 'Hebrew', el: 'Greek',
  hi: 'Devanagari', mr: 'Devanagari', ne: 'Devanagari', th: 'Thai', hy: 'Armenian', ka: 'Georgian',
  ru: 'Cyrillic', uk: 'Cyrillic', be: 'Cyrillic', bg: 'Cyrillic', mk: 'Cyrillic', kk: 'Cyrillic', ky: 'Cyrillic', mn: 'Cyrillic', tg: 'Cyrillic',
};

/** Languages written in the Latin script that the catalogue has no word list for. */
const OTHER_LATIN = new Set(['nn', 'no', 'et', 'lv', 'lt', 'is', 'ga', 'cy', 'eu', 'ca', 'gl', 'id', 'ms', 'vi', 'tl', 'sw', 'af', 'sq', 'az', 'uz', 'mt', 'lb']);

/** The expected script of `code`, or undefined when unknown or written in several (Serbian). */
export function expectedScript(code: string): string | undefined {
  if (code === 'sr') return undefined;
  if (SCRIPT_OF_CODE[code]) return SCRIPT_OF_CODE[code];
  return byCode.has(code) || OTHER_LATIN.has(code) ? 'Latin' : undefined;
}
