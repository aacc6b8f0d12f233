// The language registry (lib/languages/): every entry's own examples are detected as its language,
// stay silent as a document of their own, and are found when planted in a document of another
// language. Languages without a full profile are detected and reported `supported: false` without
// a storm of untranslated passages; a forced language fixes the expected script; an evenly mixed
// document reports its mixture and is not flagged; identifyLanguage names the language of a span.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { data as francData } from 'franc-all/data.js';
import { expressions as francScripts } from 'franc-min/expressions.js';
import { analyse } from '../lib/engine.js';
import { ALPHABETS } from '../lib/languages/alphabets.generated.js';
import { NOT_REDUPLICATING, REDUPLICATING } from '../lib/languages/reduplication.generated.js';
import { detectLanguage } from '../lib/languages/detect.js';
import { identifyLanguage } from '../lib/languages/identify.js';
import { letterPairLeader } from '../lib/languages/letter-pairs.js';
import { LETTER_PAIR_SETS } from '../lib/languages/letter-pairs.generated.js';
import { firstTokenAt, tokenize } from '../lib/catalogue/tokens.js';
import { FRANC_CODES, LANGUAGES, PROFILES, isProfile, languageFor, sameOrClose, scriptsOf } from '../lib/languages/index.js';
import { RULES } from '../lib/rules/index.js';
import { alphabetsSource, lettersOf } from '../scripts/generate-alphabets.js';
import { autonymsSource } from '../scripts/generate-autonyms.js';
import { commonWordsSource } from '../scripts/generate-common-words.js';
import { MAX_STOPWORD, commonWordBit, stopwordMask, wordHash } from '../lib/catalogue/stopwords.js';
import { namesLanguages } from '../lib/languages/autonyms.js';
import { AUTONYM_CLDR, AUTONYM_WORDS } from '../lib/languages/autonyms.generated.js';
import { examplesOfLanguage } from './examples.js';

const languageRules = RULES.filter((r) => r.meta.category === 'language');
const check = (text: string, lang?: string) => analyse(text, { lang, rules: languageRules });

describe('registry', () => {
  it('has one entry per code, and the profiles among them', () => {
    const codes = LANGUAGES.map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(PROFILES.every((p) => isProfile(p) && languageFor(p.code) === p)).toBe(true);
    expect(PROFILES.map((p) => p.code)).toEqual(expect.arrayContaining(['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'cs', 'pl', 'hr', 'ru', 'uk']));
  });

  it('names only franc-all models that exist (the bundle can be trimmed to FRANC_CODES)', () => {
    const models = new Set(Object.values(francData).flatMap((byLanguage) => Object.keys(byLanguage)));
    for (const code of FRANC_CODES) expect(models.has(code) || code in francScripts, code).toBe(true);
  });

  it('finds every common word of every language in the table generated from the registry, up to date', () => {
    const file = readFileSync(fileURLToPath(new URL('../lib/catalogue/common-words.generated.ts', import.meta.url)), 'utf8');
    expect(file, 'run `npx tsx scripts/generate-common-words.ts`').toBe(commonWordsSource());
    let longest = 0;
    for (const l of LANGUAGES.filter((x) => x.commonWords)) {
      const bit = commonWordBit(l.code);
      expect(bit, l.code).not.toBe(0);
      const missing = l.commonWords!.split(' ').filter((w) => w !== '' && (stopwordMask(wordHash(w)) & bit) === 0);
      expect(missing, l.code).toEqual([]);
      for (const w of l.commonWords!.split(' ')) longest = Math.max(longest, w.length);
    }
    expect(MAX_STOPWORD).toBe(longest);
    // A word of none of them: "the" is English's alone among the Latin languages.
    expect(stopwordMask(wordHash('qwxz'))).toBe(0);
    expect(stopwordMask(wordHash('The'))).toBe(commonWordBit('en'));
  });

  it('gives every language with common words an alphabet, generated from CLDR and up to date', () => {
    for (const l of LANGUAGES.filter((x) => x.commonWords)) expect(ALPHABETS[l.code], l.code).toBeTruthy();
    const file = readFileSync(fileURLToPath(new URL('../lib/languages/alphabets.generated.ts', import.meta.url)), 'utf8');
    expect(file, 'run `npx tsx scripts/generate-alphabets.ts`').toBe(alphabetsSource());
  });

  it('takes the letters of an alphabet\'s digraphs into it: Hungarian writes y only in gy, ly, ny, ty', () => {
    expect(lettersOf('[aá b c {cs} d {dz} {dzs} e g {gy} l {ly} n {ny} s {sz} t {ty} z {zs}]')).toBe('aábcsdzegylnt');
    expect(ALPHABETS.hu).toContain('y');
  });

  it('reads a list of language names in place: the range of the text the passage rule passes', () => {
    const text = 'Languages: РУССКИЙ | 日本語 | ΕΛΛΗΝΙΚΆ. Other: русский язык, Ελληνική ΓΛΩΣΣΑ.';
    const range = (s: string): [string, number, number] => [text, text.indexOf(s), text.indexOf(s) + s.length];
    expect(namesLanguages(...range('РУССКИЙ | 日本語 | ΕΛΛΗΝΙΚΆ')), 'capitals lowered').toBe(true);
    expect(namesLanguages(...range('русский язык')), 'a word that names no language').toBe(false);
    expect(namesLanguages(...range('РУССК')), 'a word cut by the range is read cut').toBe(false);
    expect(namesLanguages(...range(' | ')), 'no word').toBe(false);
    expect(namesLanguages(...range('ΓΛΩΣΣΑ')), 'a capital sigma, lowered in its context').toBe(false);
  });

  it('turns a run away by its first two letters only where the whole reading would too', () => {
    // The reading namesLanguages makes, word by word (as it was before it looked at the first letters).
    const names = new Set(AUTONYM_WORDS.split(' '));
    const named = (word: string) => names.has(word) || (/^\p{Script=Han}+$/u.test(word) && [1, 2].some((q) => q < word.length && names.has(word.slice(q))));
    const reference = (text: string, start: number, end: number) => {
      const run = text.slice(start, end);
      const words = [...(run.includes('Σ') ? run.toLowerCase() : run).matchAll(/[\p{L}\p{M}]+/gu)].map(([w]) => w.toLowerCase());
      return words.length > 0 && words.every(named);
    };
    const runs = [
      ...AUTONYM_WORDS.split(' ').flatMap((w) => [w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1), `${w} text`, w.slice(0, 2), `«${w}»`]),
      'Русский язык', 'Руки', 'то есть', 'Толстой', 'İnce', 'İ', 'ΣΥΝ', 'ΕΛΛΗΝΙΚΆ', 'ελληνικάΣ', '2ГИС', 'ߊ', '𐐨𐐩', 'ǅemal', 'ÀB', '正體中文', '台灣中文', '中文', '繁', 'a', '',
    ];
    for (const run of runs) {
      const text = `x ${run} y`;
      for (let end = 2; end <= text.length; end++) expect(namesLanguages(text, 2, end), `${run} to ${end}`).toBe(reference(text, 2, end));
    }
  });

  it('knows the names languages give themselves from the CLDR of the Node that runs the tests, up to date', () => {
    for (const name of ['日本語', '简体中文', '繁體中文', '한국어', 'العربية', 'हिन्दी', 'русский', 'ไทย']) expect(namesLanguages(name), name).toBe(true);
    expect(namesLanguages('正體中文 | 日本語'), 'a Chinese name after a qualifier of its script').toBe(true);
    expect(namesLanguages('他们今天开会'), 'Chinese words that name no language').toBe(false);
    // Another Node carries another CLDR: the file is compared where it was generated from the same one.
    if (process.versions.cldr !== AUTONYM_CLDR) return;
    const file = readFileSync(fileURLToPath(new URL('../lib/languages/autonyms.generated.ts', import.meta.url)), 'utf8');
    expect(file, 'run `npx tsx scripts/generate-autonyms.ts`').toBe(autonymsSource());
  });

  // The hand-set Language.reduplicates against the treebanks (scripts/ud-reduplication.py). Not the
  // other way: Hungarian and Basque reduplicate with a hyphen ("külön-külön"), so a word doubled with
  // a space is still a slip there.
  it('says a language reduplicates only where its treebanks do too, or are too small to tell', () => {
    const flagged = LANGUAGES.filter((l) => l.reduplicates !== undefined);
    expect(flagged.filter((l) => l.code in NOT_REDUPLICATING).map((l) => l.code)).toEqual([]);
    // Set by hand on too few treebank words to confirm: Tatar NMCTT 1,850 words, none doubled (its
    // sister Kazakh doubles 3.8 in 10,000); Bengali BRU 240 words; Tamil TTB and MWTT 9,300 words,
    // none doubled; Marathi UFAL 2,700 words, two doubled; Nepali has no treebank. Persian and Urdu are confirmed (1.5, 3.3).
    expect(flagged.filter((l) => !(l.code in REDUPLICATING)).map((l) => l.code)).toEqual(['tt', 'bn', 'ta', 'mr', 'ne']);
  });

  it('keeps common-word lists lowercase, without duplicates, of comparable length', () => {
    for (const l of LANGUAGES.filter((x) => x.commonWords)) {
      const words = l.commonWords!.split(' ');
      expect(words.every((w) => w === w.toLowerCase() && w.length > 0), l.code).toBe(true);
      expect(new Set(words).size, l.code).toBe(words.length);
      expect(words.length, l.code).toBeGreaterThanOrEqual(30);
      expect(words.length, l.code).toBeLessThanOrEqual(110);
    }
  });
});

describe.each(LANGUAGES.map((l) => l.code))('%s examples', (code) => {
  it('are detected as their language', () => {
    const info = detectLanguage(examplesOfLanguage(code).join(' '));
    expect(sameOrClose(info.code, code), `${info.code} for ${code}`).toBe(true);
    expect(info.source).toBe('detected');
    expect(info.supported).toBe(isProfile(languageFor(info.code)!));
  });

  it('stay silent as a document of their own, detected or declared', () => {
    const text = examplesOfLanguage(code).join('\n');
    expect(check(text).findings).toEqual([]);
    expect(check(text, code).findings).toEqual([]);
  });

  // Planted in an English document (a German one for English): copied source text.
  it('are found as an untranslated passage in a document of another language', () => {
    const host = code === 'en' ? 'de' : 'en';
    const [first, second, third] = examplesOfLanguage(host);
    const guest = examplesOfLanguage(code).join(' ');
    const text = [first, guest, second, third].join(' ');
    const findings = check(text, host).findings;
    expect(findings.map((f) => f.rule)).toEqual(['untranslated-passage']);
    // The whole sentence, up to its final mark.
    const flagged = text.slice(findings[0].start, findings[0].end);
    expect(findings[0].start).toBe(text.indexOf(guest));
    expect(guest.length - flagged.length, flagged).toBeLessThanOrEqual(1);
    expect(sameOrClose(String(findings[0].data?.language), code), String(findings[0].data?.language)).toBe(true);
  });
});

describe('languages without a full profile', () => {
  // Each was detected as Dutch or French before the registry knew it, and the whole document
  // became one untranslated passage.
  it.each([
    [
      'sv',
      'Regeringen presenterade på måndagen ett nytt förslag om energipolitiken. Enligt ministern ska elpriserna sänkas redan under nästa år. Oppositionen kritiserade förslaget och menade att det saknar finansiering. Flera kommuner har redan börjat planera för nya vindkraftsparker längs kusten.',
    ],
    [
      'tr',
      'Hükümet pazartesi günü enerji politikası hakkında yeni bir öneri sundu. Bakana göre elektrik fiyatları gelecek yıl düşürülecek. Muhalefet öneriyi eleştirdi ve finansmanın eksik olduğunu söyledi. Birçok belediye kıyı boyunca yeni rüzgar santralleri planlamaya başladı bile.',
    ],
    [
      'ro',
      'Guvernul a prezentat luni o nouă propunere privind politica energetică. Potrivit ministrului, prețurile la energie vor fi reduse încă de anul viitor. Opoziția a criticat propunerea și a spus că aceasta nu are finanțare. Mai multe primării au început deja să planifice noi parcuri eoliene de-a lungul coastei.',
    ],
    // Read as Dutch, Portuguese and undetermined before the registry knew them.
    [
      'af',
      'Die regering het Maandag ʼn nuwe voorstel oor energiebeleid voorgelê. Volgens die minister sal elektrisiteitspryse reeds volgende jaar daal. Die opposisie het die voorstel gekritiseer en gesê dat dit nie befonds is nie. Verskeie munisipaliteite het reeds begin om nuwe windplase langs die kus te beplan.',
    ],
    [
      'gl',
      'O Goberno presentou o luns unha nova proposta sobre a política enerxética. Segundo o ministro, os prezos da electricidade baixarán xa o ano que vén. A oposición criticou a proposta e dixo que non ten financiamento. Varios concellos xa comezaron a planificar novos parques eólicos ao longo da costa.',
    ],
    [
      'is',
      'Ríkisstjórnin kynnti á mánudag nýja tillögu um orkustefnu. Að sögn ráðherrans eiga raforkuverð að lækka strax á næsta ári. Stjórnarandstaðan gagnrýndi tillöguna og sagði að hana skorti fjármögnun. Nokkur sveitarfélög hafa þegar byrjað að skipuleggja ný vindorkuver meðfram ströndinni.',
    ],
  ])('%s is detected, reported unsupported, and not flagged', (code, text) => {
    const { language, findings } = check(text);
    expect(language).toMatchObject({ code, source: 'detected', supported: false });
    expect(findings).toEqual([]);
  });

  it('a Dutch text keeps its words that Afrikaans writes too (of, geen, wat, waar): no Afrikaans passage', () => {
    // Afrikaans lists only the words Dutch lists too or does not use: the others ("of", "geen")
    // would be Afrikaans evidence in every Dutch sentence that has them.
    const text =
      'Niemand weet nog wat de nieuwe regels betekenen of waar ze precies gelden. Er is geen besluit over de kosten, en de gemeente wil eerst meer weten of het plan haalbaar is. Hier en daar hoor je kritiek, maar de meeste bewoners wachten af.';
    const { language, findings } = check(text);
    expect(language.code).toBe('nl');
    expect(findings).toEqual([]);
  });

  it('Galician "se se" (if, then the reflexive pronoun) is grammar, not a doubled word', () => {
    const text = 'Se se define como verdadeiro, o programa mostra o tamaño de cada cartafol. Se se deixa baleiro, non mostra nada.';
    expect(analyse(text, { lang: 'gl' }).findings.filter((f) => f.rule === 'doubled-word')).toEqual([]);
  });

  it('a long text in a language mtqa does not know is undetermined, not its nearest neighbour', () => {
    // Esperanto, 600 words and more: its few words that registry languages share ("la", "de", "en",
    // "kaj") are not the variety of common words a text in any of them uses.
    const paragraph =
      'La urbo konstruis novan ponton super la rivero, kaj la loĝantoj nun povas iri al la bazaro sen longa vojo. ' +
      'Ĉiuj infanoj lernas legi kaj skribi en la lernejo, kiu staras apud la preĝejo. ' +
      'Mia frato laboras ĉe granda firmao, sed li ŝatus havi propran butikon iam. ' +
      'Hieraŭ pluvis dum la tuta tago, tial ni restis hejme kaj kuiris supon el freŝaj legomoj. ' +
      'La registaro promesis pli da mono por hospitaloj kaj por la maljunaj homoj de la regiono.';
    const text = Array.from({ length: 9 }, () => paragraph).join('\n\n');
    const { language, findings } = check(text);
    expect(language).toMatchObject({ code: 'und', source: 'detected', supported: false });
    expect(findings).toEqual([]);
  });

  it('a text in letters no registry alphabet has beside those of its neighbour is undetermined, not the neighbour', () => {
    // Faroese shares Icelandic's á, ð, í, ó, ú, ý and most short words, but writes ø, which no
    // alphabet with the rest has: read as Icelandic, its sentences were Swedish and Welsh passages.
    const text =
      'Tórshavn er høvuðsstaðurin í Føroyum, og í býnum búgva umleið tjúgu túsund fólk. Á sumri koma nógv ferðafólk við skipi, og tey vilja síggja fuglarnar og fjøllini. ' +
      'Børnini ganga í skúla frá seks ára aldri. Veðrið er ofta vátt, og vindurin er sterkur um veturin. ' +
      'Fiskivinnan er størsta vinnan í landinum, og nógv fólk arbeiða við fiski. Fólkið tosar føroyskt, men flestu kunna eisini tosa donskt og enskt.';
    expect(detectLanguage(text)).toMatchObject({ code: 'und', source: 'detected' });
  });

  it('a text that franc\'s model of its nearest registry language hardly covers is undetermined, not that language', () => {
    // Albanian (UD Albanian-STAF), 465 characters: every letter is French (ë, ç), so are "e", "i",
    // "se"; franc's French model covers 0.17 of its trigrams, NTREX news in French 0.42 and more.
    const text =
      'Vizatimet vazhdonin njëri pas tjetrit dhe dora e autorit bëhej akoma edhe më e talentuar. Këtë ma përforcuan edhe fashat e mbështjella në kokë. ' +
      'Profeti përgjigjet pa shikuar kënd: Ai po vinte në Shqipëri, nga një shtet i huaj, për tërheqjen e eshtrave të ushtarëve të vrarë këtu në luftën e fundit botërore. ' +
      'Herë pas here dukeshin djem e vajza që kalonin përmes sallonit në tavernë dhe anasjelltas. Më tërhoqi vëmendjen njëra ku ata ishin para pasqyrës në korridor.';
    expect(detectLanguage(text)).toMatchObject({ code: 'und', source: 'detected' });
    // Its first three sentences (179 characters) are too short for coverage to tell: still French.
    expect(detectLanguage(text.slice(0, text.indexOf(' Ai po'))).code).toBe('fr');
  });

  it('a text that a language outside the registry fits better than its nearest registry language is undetermined', () => {
    // Nigerian Pidgin shares English's words and letters, and its variety of English common words
    // ("di", "dem", "wey", "na" are none): read as English, a paragraph was an Indonesian or
    // Portuguese passage and "quick quick" a doubled word. franc-all's Nigerian Pidgin model, a
    // rival of the registry's English (franc-rivals.generated.ts), fits it 0.04 better.
    const text =
      'Di market for Oshodi full well well dis morning as traders dey wait for di new bus wey goment promise dem. Dem say na since last year dem dey hear say di road go dey ready, but till now nothing don change. One woman wey dey sell tomato talk say she no fit carry her load waka reach di motor park again because di sun too hot and di gutter don block.\n\n' +
      'Di chairman of di local goment come yesterday make e see wetin dey happen for di area. E tell di people say make dem no vex, say di contractor go return next week go finish di work. Plenty people no believe am because na di same tori dem hear for December. Wetin dem want na make goment do wetin e talk, no be only grammar.\n\n' +
      'For di other side of di town, pikin dem no dey go school since Monday because rain don spoil di roof of di classroom. Di headmaster say im don write letter give di ministry, but dem never answer am. Some parents don begin contribute money make dem fit buy zinc, because dem no wan make dia children siddon for house.\n\n' +
      'Di police talk say dem go put more men for di junction wey armed robbers dey disturb people for night. Dem beg make anybody wey see something wey no correct call dem quick quick. Di traders say dem go wait small make dem see whether di promise go hold dis time.';
    const { language, findings } = check(text);
    expect(language).toMatchObject({ code: 'und', source: 'detected' });
    expect(findings).toEqual([]);
    // Eight lines are too few for franc's lead to mean anything: English text that short is not undetermined by it.
    expect(detectLanguage(examplesOfLanguage('en').slice(0, 8).join('\n')).code).toBe('en');
  });

  it('letters decomposed into a base letter and combining marks (NFD) fit the alphabet of their composed form', () => {
    const text = 'Wir kamen zu spät im Dorf an, und der Sturm legte sich die ganze Nacht nicht. Über die Brücke führt ein schöner Weg zum Ufer, wo die Fischer wohnen.'.normalize('NFD');
    expect(detectLanguage(text)).toMatchObject({ code: 'de', source: 'detected' });
  });

  it('a language mtqa does not know at all raises no storm of passages', () => {
    // Maltese: read as some neighbour, whose passages would cover the whole text.
    const text =
      "Iż-żewġ naħat qablu li jwessgħu l-kooperazzjoni fil-qasam tal-enerġija. Il-ftehim se jiġi ffirmat is-sena d-dieħla, qal il-ministru wara l-laqgħa fil-Belt Valletta. Grazzi tal-paċenzja tiegħek, l-ordni tiegħek diġà ntbagħtet u għandha tasal għada.";
    expect(check(text).findings).toEqual([]);
  });
});

describe('frequent function words of a language (UD treebanks) in its common words', () => {
  // Each sentence leaned to a neighbour by words the neighbour's list has and the document's lacked
  // (Bulgarian "ти" and "бих" to Serbian; Slovenian "tak", "pred" to Slovak; Lithuanian "kas", "to"
  // to Latvian), its own function words ("ти", "seveda", "jei") unlisted.
  it.each([
    ['bg', 'Да знаех, бих ти казал.'],
    ['sl', 'seveda, en tak miren večer je pred nami, nič posebnega.'],
    ['lt', 'Jei kas nori gyventi kaime, tegu gyvena, bet mums to nereikia.'],
  ])('a %s sentence among its own is no passage: %s', (code, sentence) => {
    const [first, second, third] = examplesOfLanguage(code);
    const text = [first, sentence, second, third].join('\n');
    expect(check(text, code).findings).toEqual([]);
    expect(check(text).findings).toEqual([]);
  });
});

describe('abbreviations from UD treebanks (scripts/ud-abbreviations.py)', () => {
  const segmentation = RULES.filter((r) => r.meta.category === 'segmentation');
  const found = (text: string, code: string) => analyse(text, { lang: code, rules: segmentation }).findings.map((f) => `${f.rule}@${f.start}`);
  // Written sentences, not the treebanks': abbreviations a treebank writes with a period inside a
  // sentence, longer than the shape of a clipped word tells (Polish "pocz." początek, "rys."
  // rysunek; Icelandic "hæstv." hæstvirtur; Ukrainian "мал." малюнок; Portuguese "sáb." outside a date).
  it.each([
    ['pl', 'Prace rozpoczęto na pocz. roku i trwają nadal.'],
    ['pl', 'Wyniki pokazano na rys. obok tabeli.'],
    ['is', 'Þetta sagði hæstv. ráðherra í gær á þinginu.'],
    ['uk', 'Як показано на мал. праворуч, дані нові.'],
    ['pt', 'O mercado abre no sáb. de manhã cedo.'],
  ])('a %s abbreviation is no sentence end: %s', (code, text) => {
    expect(found(text, code)).toEqual([]);
  });

  // App labels: a compound clipped inside a consonant cluster no word of the language ends in
  // (German "hw" of Geschwindigkeit, Dutch "lh" of snelheid), where its vowels say nothing.
  it.each([
    ['de', 'Abspielgeschw. anpassen'],
    ['de', 'Audio-Wiedergabegeschw. ändern'],
    ['nl', 'Afspeelsnelh. aanpassen'],
  ])('a %s clipped compound is no sentence end: %s', (code, text) => {
    expect(found(text, code)).toEqual([]);
  });

  it.each([
    ['pl', 'Prace rozpoczęto w tym roku. na razie trwają.', ['stray-sentence-break@27']],
    ['is', 'Þetta sagði ráðherrann. í gær á þinginu.', ['stray-sentence-break@22']],
    ['de', 'Die Zusammenarbeit wird vertieft. und dann ging er.', ['stray-sentence-break@32']],
    ['de', 'Das Land liegt im Herbst. und dann ging er.', ['stray-sentence-break@24']],
    ['nl', 'Dat was de samenwerking. en dan gaan we verder.', ['stray-sentence-break@23']],
    // A long name ending in a pair English words do not end in: inside a paragraph of a language
    // that capitalises names only, a capital marks a name, not a clipped label.
    ['en', 'The delegation met Reinhardt. and the talks went on.', ['stray-sentence-break@28']],
    ['nl', 'De delegatie ontmoette Reinhardt. en de gesprekken gingen door.', ['stray-sentence-break@32']],
  ])('a %s word that ends sentences still makes a stray break: %s', (code, text, expected) => {
    expect(found(text, code)).toEqual(expected);
  });
});

describe('frequent function words from UD treebanks, for every language of a shared script', () => {
  // Each sentence alone leaned to a neighbour whose list had its function words while its own list
  // lacked them (scripts/ud-function-words.py): Macedonian "ми", "или" to Serbian, "го", "ја" to
  // Russian, Galician "entre", "sobre" to Spanish, Slovenian "med", "ni" to Swedish.
  it.each([
    ['mk', 'Ти ми рече дека ќе дојдеш или не.'],
    ['mk', 'Го видов него, но ја не ми кажа ништо.'],
    ['gl', 'Entre nós non hai nada sobre iso.'],
    ['sl', 'Med nami ni nič.'],
  ])('a %s sentence alone is identified as its language: %s', (code, sentence) => {
    const found = identifyLanguage(sentence)?.code ?? '';
    expect(sameOrClose(found, code), `${found} for ${code}`).toBe(true);
  });
});

describe('close languages told apart by their letter pairs where their common words leave them even', () => {
  const languages = (...codes: string[]) => codes.map((code) => languageFor(code)!);

  it.each([
    ['pt', 'Latin', ['pt', 'gl', 'es'], 'O trabalho do filho não acabou.'],
    ['es', 'Latin', ['pt', 'gl', 'es'], 'El trabajo del hijo no acabó.'],
    ['gl', 'Latin', ['pt', 'gl', 'es'], 'A xente non sabía que a canción era galega.'],
    ['ru', 'Cyrillic', ['ru', 'bg'], 'Мы были в городе, но не видели музей.'],
    ['bg', 'Cyrillic', ['ru', 'bg'], 'Тя се върна в къщи, но не каза нищо.'],
    ['sk', 'Latin', ['cs', 'sk'], 'Posledný krok je vydanie evidenčného čísla auta.'],
    ['cs', 'Latin', ['cs', 'sk'], 'Poslední krok je vydání evidenčního čísla auta.'],
  ] as const)('names %s in %s among %j: %s', (code, script, tied, text) => {
    expect(letterPairLeader([text], script, languages(...tied))?.code).toBe(code);
  });

  it('names none where the pairs are not 20 to 1 ahead, or the table has no set with every one of the tie', () => {
    // Galician "traballo", "fillo", "non": "ll" and "n " are Spanish's too, and no Portuguese pair stands against them.
    expect(letterPairLeader(['O traballo do fillo non rematou.'], 'Latin', languages('pt', 'gl'))).toBeUndefined();
    expect(letterPairLeader(['a casa'], 'Latin', languages('pt', 'gl'))).toBeUndefined();
    // Bosnian has no treebank, so no rates; nor is Portuguese written in Cyrillic; one language is no tie.
    expect(letterPairLeader(['Rekao je da će doći sutra.'], 'Latin', languages('hr', 'bs'))).toBeUndefined();
    expect(letterPairLeader(['O trabalho do filho não acabou.'], 'Cyrillic', languages('pt', 'gl'))).toBeUndefined();
    expect(letterPairLeader(['O trabalho do filho não acabou.'], 'Latin', languages('pt'))).toBeUndefined();
  });

  it('keeps the table small: sets of registry languages of their script, each pair two letters or a letter and a space', () => {
    for (const set of LETTER_PAIR_SETS) {
      for (const code of set.languages) expect(scriptsOf(code), code).toContain(set.script);
      const pairs = Object.keys(set.rates);
      expect(pairs.length).toBeLessThanOrEqual(12 * ((set.languages.length * (set.languages.length - 1)) / 2));
      for (const pair of pairs) expect(pair, pair).toMatch(/^(?: \p{Ll}|\p{Ll}\p{Ll}|\p{Ll} )$/u);
      for (const rates of Object.values(set.rates)) expect(rates.length).toBe(set.languages.length);
    }
  });

  // UD test splits (none of the table's treebank text), each named as the neighbour before: Russian as
  // Bulgarian and Ukrainian (franc), Portuguese and Galician as each other, Macedonian as Serbian ("па")
  // and Bulgarian, Slovak as Czech, Norwegian as Danish.
  it.each([
    ['ru', 'Штаб-квартира телеканала располагалась в белградском квартале Савски-Венац, откуда велось круглосуточное вещание.'],
    ['ru', 'В 1943 году Зеленский окончил Новосибирское пехотное училище.'],
    ['pt', 'A produtividade está baixa porque o canavial está velho.'],
    ['gl', 'Programan, os ianquis, protestas no seu interior, ou algún acto comparábel ao mesmo terrorismo.'],
    ['mk', 'Облеков јакна за да се стоплам. Студеше па облеков јакна.'],
    ['mk', 'Не го прашав ништо за тоа, ниту му предложив нешто.'],
    ['sk', 'Posledný krok je vydanie evidenčného čísla auta.'],
    ['nb', 'Sånn er ikke jeg. Jeg er rett og slett for lite polert.'],
  ])('detects %s: %s', (code, text) => {
    expect(detectLanguage(text).code).toBe(code);
  });
});

describe('a forced language', () => {
  it('fixes the expected script: Russian declared on a file that opens with English lines', () => {
    const ru = examplesOfLanguage('ru');
    const lines = ['The two sides agreed to expand cooperation in the field of energy.', ...ru, ...ru, ...ru];
    const { language, findings } = check(lines.join('\n'), 'ru');
    expect(language.script).toBe('Cyrillic');
    expect(findings.map((f) => [f.rule, f.data?.language])).toEqual([['untranslated-passage', 'en']]);
    expect(findings[0].start).toBe(0);
  });

  // Few common words (nursing notes), all of them Finnish: franc, which has no model of Finnish,
  // would name Swedish, whose alphabet fits as well and of whose common words the text has none.
  it('reads telegraphic Finnish as Finnish, not as a language franc picks without a common word of it', () => {
    const notes =
      'Hengitys: Saturaatio hyvä, limaa niukasti. Diureesi: Riittävä, nesteytys jatkuu. Tajunta: Rauhallinen, nukkunut yön. ' +
      'Kipu: Lääkitty kerran, nyt lievä. Omaiset: Tytär soittanut illalla. Verenpaine laskenut aamulla, nitro tauotettu. ' +
      'Syke tasainen, rytmi sinus. Ravitsemus: Syönyt puolet aamupalasta. Haava: Siisti, kuiva, side vaihdettu. ' +
      'Yö: Nukkunut hyvin, kivuton. Hemodynamiikka: Vakaa, muutoksitta. Hengitys: Omalla, happea ei tarvittu. ' +
      'Suoli: Toiminut myös aamulla. Iho: Ehjä, kääntely jo kolmen tunnin välein.';
    expect(detectLanguage(notes).code).toBe('fi');
  });

  // Macedonian leads the common words ("за", "да", "ќе", "ти"), Serbian close behind, with fewer of
  // its own against Macedonian than Macedonian has against it: franc, which has no model of
  // Macedonian, picks Serbian, but its trigrams alone do not put a contender ahead of the words' winner.
  it('reads Macedonian as Macedonian, not as the neighbour franc picks on the same words', () => {
    const text = 'Дојде за да му раскажам за моето патување. Пред да ти се јавам, бев во Рамстор. Студеше така што облеков палто. Да студеше, ќе облечев палто.';
    expect(detectLanguage(text).code).toBe('mk');
  });

  // Portuguese (UD Portuguese-Bosque) whose common words Spanish, Galician and Portuguese tie on: franc
  // settles it, and its Galician model wins by a hair, though "crianças" has a "ç" Galician's
  // alphabet lacks. franc picks among the contenders whose alphabet fits best.
  it('lets franc pick only among the contenders whose alphabet fits the words best', () => {
    const text = 'Neste ano, a secretaria espera vacinar cerca de 480 mil crianças. Rússia veta documento sobre a Bósnia';
    expect(detectLanguage(text).code).toBe('pt');
  });

  // A post of two Belarusian sentences and two links: the addresses' Latin letters outnumber the
  // Cyrillic ones, but a web address is in no language.
  it('leaves web addresses out of the letters that decide the script', () => {
    const text =
      'Глядзіце наш новы рэпартаж пра фестываль: <a href="https://www.youtube.com/watch?v=oIJOG56hAP0">https://www.youtube.com/watch?v=oIJOG56hAP0</a> ' +
      'Таксама чытайце пра нас: <a href="https://t.me/belsat_news_channel">https://t.me/belsat_news_channel</a>';
    expect(detectLanguage(text).code).toBe('be');
  });

  // Two Portuguese stock tweets (UD Portuguese-DANTEStocks): the "co" of each "t.co" address was
  // counted as Galician's common word (with the), a lead franc's Galician model then kept.
  it('leaves the words of web addresses out of the common words that decide the language', () => {
    const text =
      'Petrobrás PN (PETR4), Gráfico Semanal. Estudo das ... http://t.co/5bHkUTy8AC ' +
      '#USIM5 - Usiminas reverte prejuízo e lucra R$ 222 milhões no 1º trimestre - http://t.co/AWJFU3bytf';
    expect(detectLanguage(text).code).toBe('pt');
  });

  // A list of short plural strings (an app's .stringsdict): few common words, all English; franc
  // reads the stems repeated ("notifications", "media", "favorites") as French, none of whose
  // common words the text has.
  it('reads a list of short English strings as English, not as a language franc picks without a common word of it', () => {
    expect(detectLanguage(PLURAL_STRINGS).code).toBe('en');
  });

  it('names the language of such a list declared in another script by detection, not by franc alone', () => {
    const { findings } = check(PLURAL_STRINGS, 'hi');
    expect(findings.filter((f) => f.rule === 'wrong-language-document').map((f) => [f.data?.language, f.message])).toEqual([
      ['en', 'The document is in English, not in Hindi as declared: it was not translated, or it is the wrong file.'],
    ]);
  });

  // The names inside placeholders ("%#@unread_notification_count@") are no words of the strings'
  // language: read as words, with a few strings left in English, they made a Portuguese file French.
  it('judges a string file without the names inside its placeholders', () => {
    const pt = [
      '%#@notification_count_unread_notification@', '1 notificação', '%ld notificações',
      'Limite de caracteres excedido %#@character_count@', 'Limite de caracteres continua excedido %#@character_count@',
      '%#@character_count@', '1 caractere', '%ld caracteres', 'One person you may know', '%ld people you may know',
      '%#@count_year_ago_abbr@', '%#@count_month_ago_abbr@', '%#@count_day_ago_abbr@', '%#@count_hour_ago_abbr@',
      '%#@count_minute_ago_abbr@', '%#@count_second_ago_abbr@', '%ldA', '%ldM', '%ldd', '%ldh', '%ldm', '%lds',
    ].join('\n');
    expect(check(pt, 'pt').findings.filter((f) => f.rule === 'wrong-language-document')).toEqual([]);
  });

  // Reviews typed in capitals: in running text a word in capitals is an acronym ("EU", "IT"), and
  // was no common word; in a text written in capitals every word is written so. franc lowercases
  // "İ" to "i" and U+0307, and read the Turkish below as Indonesian.
  it('reads a text written in capitals as words, Turkish with its dotted and dotless i', () => {
    expect(detectLanguage('DENİZ GÜZELDİ. KONUM İYİYDİ. ODALAR TEMİZDİ. KAHVALTI ÇOK ZENGİNDİ.').code).toBe('tr');
    expect(detectLanguage('ÇOK MEMNUN KALDIK. PERSONEL İLGİLİ DEĞİLDİ. HAVUZ KÜÇÜKTÜ AMA TEMİZDİ.').code).toBe('tr');
    expect(detectLanguage('HUONEET OLIVAT SIISTEJÄ JA HENKILÖKUNTA YSTÄVÄLLISTÄ. ALLAS OLI KUITENKIN PIENI.').code).toBe('fi');
  });

  // Short Finnish and Estonian narrative with no common word, in letters Swedish, German and Dutch
  // have too: franc, with no model of either, named one of those, of whose common words a text of
  // that length would show several.
  it('reads short Finnish and Estonian without common words as theirs, not as the language franc can name', () => {
    const fi = 'Illalla nuori mies käveli myöhään hitaasti kohti rantaa. Tuuli heilutti koivujen lehtiä. Lapset leikkivät pihalla koko päivän.';
    const et = 'Poiss jooksis mööda metsateed koju. Tuul liigutas kardinaid hommikust õhtuni. Lapsed mängisid liivakastis terve päeva. Ema keetis köögis kohvi.';
    expect([detectLanguage(fi).code, detectLanguage(et).code]).toEqual(['fi', 'et']);
  });

  // Finnish and Estonian tied on the words both use ("oli", "ja", "ei", "on"), and franc has a model
  // of neither: "võõras" has an õ, which Finnish lacks, so Estonian, not the first of the two listed.
  it('settles a tie of two languages franc cannot name by the letters, not by their order', () => {
    expect(detectLanguage('Poisi taskus oli võõras pass ja politsei ei leidnud omanikku. Eile kell kuus teatati rattavargusest ja kaebus on registreeritud.').code).toBe('et');
  });

  // Under 40 letters franc's trigrams are noise, but the letters are not: a short text whose
  // lowercase words only one alphabet of the script spells is in that language. One in letters
  // many alphabets have, or in ASCII, is still named by the script's default.
  it('names a text too short for statistics by its letters where only one alphabet spells them', () => {
    expect(detectLanguage('ÇOK İYİ. MEMNUN KALDIM.')).toMatchObject({ code: 'tr', source: 'detected' });
    expect(detectLanguage('Ég þakka fyrir það.')).toMatchObject({ code: 'is', source: 'detected' });
    expect(detectLanguage('Le café était fermé.')).toMatchObject({ code: 'en', source: 'default' });
    expect(detectLanguage('The room was clean.')).toMatchObject({ code: 'en', source: 'default' });
  });

  // A Russian list with no common word: franc names Russian, and Tatar, whose alphabet holds every
  // Russian letter and of which franc has no model either, fits as well; but not one of the ә ө ү
  // җ ң һ that Tatar sentences of that length hold.
  it('names no language franc cannot name whose marker letters the text lacks', () => {
    const list = '2) складной стол (меняет высоту) 4) набор посуды (кастрюли, сковородка, деревянная разделочная доска, большая глубокая тарелка)';
    expect(detectLanguage(list).code).toBe('ru');
  });

  it('takes the script of its text where the language is written in two (Serbian)', () => {
    expect(detectLanguage('Obje strane su se dogovorile da će proširiti saradnju u oblasti energetike.', 'sr').script).toBe('Latin');
    expect(detectLanguage(examplesOfLanguage('sr').join(' '), 'sr').script).toBe('Cyrillic');
  });
});

describe('mixed documents', () => {
  const en = examplesOfLanguage('en');
  const de = examplesOfLanguage('de');
  const ru = examplesOfLanguage('ru');

  it('a German and English text half and half reports its mixture and flags neither', () => {
    const text = [de[0], en[1], de[1], en[2], de[2], en[0]].join('\n');
    const { language, findings } = check(text);
    expect(language.mixture?.map((m) => m.code).sort()).toEqual(['de', 'en']);
    expect(language.confidence).toBeLessThan(0.5);
    expect(findings).toEqual([]);
  });

  it('so does a Russian and English one', () => {
    const text = [ru[0], en[1], ru[1], en[2]].join(' ');
    const { language, findings } = check(text);
    expect(language.mixture?.map((m) => m.code).sort()).toEqual(['en', 'ru']);
    expect(findings).toEqual([]);
  });

  it('a document with one foreign sentence in six is no mixture', () => {
    const text = [...en, ...en.slice(0, 2), de[1]].join(' ');
    const { language, findings } = check(text);
    expect(language.mixture).toBeUndefined();
    expect(findings.map((f) => f.data?.language)).toEqual(['de']);
  });

  it('declared, a mixture is what the text must not be: the other half is reported', () => {
    const text = [de[0], en[1], de[1], en[2]].join('\n');
    expect(check(text, 'de').findings.map((f) => f.data?.language)).toEqual(['en', 'en']);
  });
});

describe('identifyLanguage', () => {
  it.each([
    ['Thank you for the message, we will reply tomorrow.', 'en'],
    ['Vielen Dank, dass Sie das Foto geschickt haben.', 'de'],
    ['Mohu vám ještě s něčím pomoci?', 'cs'],
    ['Обидві сторони домовилися розширити співпрацю', 'uk'],
    ['Мы оставим положительный отзыв для вас.', 'ru'],
    ['双方同意扩大能源领域的合作', 'zh'],
    ['Tack för ditt tålamod, din beställning har redan skickats', 'sv'],
  ])('%s → %s', (text, code) => {
    const found = identifyLanguage(text);
    expect(found?.code).toBe(code);
    expect(found!.confidence).toBeGreaterThan(0);
    expect(found!.confidence).toBeLessThanOrEqual(1);
  });

  it('reads only the span it is given, and says nothing about a word or two', () => {
    const text = 'Der Vertrag wurde unterzeichnet. The treaty was signed on Monday in London.';
    expect(identifyLanguage(text, text.indexOf('The'))?.code).toBe('en');
    expect(identifyLanguage(text, 0, text.indexOf(' The'))?.code).toBe('de');
    expect(identifyLanguage('OK')).toBeUndefined();
  });

  it('reads a span written in capitals in lowercase, as detection reads a document: its words are no acronyms', () => {
    const text = 'Der Vertrag wurde unterzeichnet. PLEASE READ THESE TERMS AND CONDITIONS OF USE CAREFULLY. ALLGEMEINE GESCHÄFTSBEDINGUNGEN FÜR DIE NUTZUNG DER WEBSITE.';
    const tokens = tokenize(text);
    const en = text.indexOf('PLEASE');
    const de = text.indexOf('ALLGEMEINE');
    expect(identifyLanguage(text, en, de - 1)?.code).toBe('en');
    expect(identifyLanguage(text, en, de - 1, { tokens, first: firstTokenAt(tokens, en) })?.code).toBe('en');
    expect(identifyLanguage(text, de)?.code).toBe('de');
    expect(identifyLanguage(text, de, text.length, { tokens, first: firstTokenAt(tokens, de) })?.code).toBe('de');
    // Turkish in capitals, İ for i: lowercased as Turkic is (see detect.ts's readableCase).
    expect(identifyLanguage('BU ÜRÜNÜ HERKESE TAVSİYE EDİYORUM, ÇOK GÜZEL VE KALİTELİ BİR ÜRÜN.')?.code).toBe('tr');
  });

  // Where the common words and the alphabets decide between neighbours franc confuses.
  it.each([
    ['Mūsų kaime gyvena trys šeimos, ir visos augina bites.', 'lt'],
    ['Hvala za vaše strpljenje, narudžba je već poslana.', 'hr'],
    ['Ďakujeme za trpezlivosť, objednávka už bola odoslaná.', 'sk'],
  ])('names a span in capitals as it names it in lowercase: %s', (sentence, code) => {
    const text = `Xx. ${sentence.toUpperCase()}`;
    const tokens = tokenize(text);
    expect(identifyLanguage(sentence)?.code).toBe(code);
    expect(identifyLanguage(text, 4)?.code).toBe(code);
    expect(identifyLanguage(text, 4, text.length, { tokens, first: firstTokenAt(tokens, 4) })?.code).toBe(code);
  });

  // The words of addresses and handles are in no language: "co" of "t.co" is Galician's "with the"
  // (UD Portuguese-DANTEStocks), "la", "casa", "de", "el" of the handles Spanish words.
  it.each([
    ['Estudo das ações da Petrobras http://t.co/5bHkUTy8AC http://t.co/AWJFU3bytf', 'pt'],
    ['Thanks @la_casa_de_papel @el_hormiguero for the support today', 'en'],
  ])('leaves the words of addresses and handles out of its votes: %s', (text, code) => {
    const tokens = tokenize(text);
    expect(identifyLanguage(text)?.code).toBe(code);
    expect(identifyLanguage(text, 0, text.length, { tokens, first: 0 })?.code).toBe(code);
  });

  it('counts the ASCII letters an alphabet lacks as it counts the others: Latvian writes no y', () => {
    // ų marks one word, "gyvena" and "trys" two more: Latvian, whose common word "ir" it shares, is out.
    const text = 'Mūsų kaime gyvena trys šeimos, ir visos augina bites.';
    expect(identifyLanguage(text)?.code).toBe('lt');
    expect(detectLanguage(text).code).toBe('lt');
  });

  it('leaves English loanwords a text on one subject repeats to a share of their own', () => {
    // Slovenian writes no w or y: "swing" twice, "workshope", "lindy" are 4 words in 126, which
    // would rule it out at the one word in a hundred allowed letters past ASCII (Czech, which has them, was taken).
    const text =
      'Ko sem bila še študentka, sem začela plesati v Ljubljani. Prijateljica me je prepričala, da vsaj poskusim, in od takrat plešem skoraj vsak teden. ' +
      'Najbolj mi je všeč swing, ker je glasba vesela in ljudje so prijazni. Pozimi imamo workshope v dvorani blizu centra, poleti pa plešemo kar zunaj na trgu. ' +
      'Vsako leto gremo tudi na festival na Švedskem, kjer je največji plesni kamp na svetu. ' +
      'Tam imamo čez dan swing delavnice z različnimi učitelji, zvečer pa plešemo do jutra. ' +
      'Sam lindy hop je v bistvu del tega sveta, vendar ga pri nas pozna še malo ljudi. ' +
      'Mislim, da se bo to kmalu spremenilo, saj je vedno več mladih, ki jih zanima ples. Na koncu je pomembno samo to, da se zabavaš in spoznaš nove prijatelje.';
    expect(detectLanguage(text).code).toBe('sl');
    expect(identifyLanguage(text)?.code).toBe('sl');
  });

  it('names no language whose alphabet lacks the letters of more than loanwords in the span', () => {
    // Belarusian in Łacinka (ŭ, ś, ń): the alphabet that fits it best, Polish's, lacks ŭ and č.
    expect(identifyLanguage('Sióńnia ŭ horadzie byŭ vialiki kancert, i ŭsie ludzi byli ščaślivyja.')).toBeUndefined();
  });
});

describe('short sentences in another script', () => {
  it('a chat line of its own in another script is found; names, titles and legal forms are not', () => {
    const lines = [
      'Спасибо за ваш заказ.',
      'Thank you!',
      'Royal Mail',
      'Мы отправили посылку через Royal Mail International Signed For.',
      'Have a nice day!',
      'University of Tennessee Press',
      'XYZ spol. s r. o. является производителем.',
      'Подробнее см. в Bell, p. 9, and Elting, p. 177.',
    ];
    const text = lines.join('\n');
    const flagged = check(text, 'ru').findings.map((f) => text.slice(f.start, f.end));
    expect(flagged).toEqual(['Thank you!', 'Have a nice day!']);
  });
});

/** English plural forms of an app's strings, one a line, as the .stringsdict reader hands them over. */
const PLURAL_STRINGS = [
  '%#@unread_notification_count@', 'no unread notifications', '1 unread notification', '%ld unread notifications',
  'Input limit exceeds %ld characters', 'Input limit remains %ld characters',
  '%#@character_count@', 'no characters left', '1 character left', '%ld characters left',
  'Followed by %1$@', 'Followed by %1$@, and another mutual', 'Followed by %1$@, and %ld mutuals',
  '%#@media_count@', '0 media', '1 media', '%ld media', '0 posts', '1 post', '%ld posts',
  '%#@favorite_count@', '0 favorites', '1 favorite', '%ld favorites', '0 reblogs', '1 reblog', '%ld reblogs',
  '%#@reply_count@', '0 replies', '1 reply', '%ld replies', '0 votes', '1 vote', '%ld votes',
  '%#@follower_count@', '0 followers', '1 follower', '%ld followers', '%ld years left', '%ld months left', '%ld days left',
  '0 lists', '1 list', '%ld lists', '0 bookmarks', '1 bookmark', '%ld bookmarks', '0 mentions', '1 mention', '%ld mentions',
  '%ld hours left', '%ld minutes left', '%ld seconds left', '%ldy ago', '%ldM ago', '%ldd ago', '%ldh ago',
].join('\n');
