// Spacing and punctuation at segment joins, pairing of brackets and quotes in both layouts (prose
// paragraphs and one sentence per line), full-width punctuation, and the traps that must stay
// silent. Fixes must produce the corrected text.
import { describe, expect, it } from 'vitest';
import { analyse, MAX_FINDINGS } from '../lib/engine.js';
import { applyEdits, collectEdits } from '../lib/fix.js';
import { RULES } from '../lib/rules/index.js';

const punctuation = RULES.filter((r) => r.meta.category === 'punctuation');
const check = (text: string, lang = 'en') => analyse(text, { lang, rules: punctuation }).findings;
const rules = (text: string, lang = 'en') => check(text, lang).map((f) => f.rule);
const fixed = (text: string, lang = 'en') => applyEdits(text, collectEdits(check(text, lang)));

describe('missing-space-after-sentence', () => {
  it('inserts the space', () => {
    expect(fixed('The minister arrived on Monday.The talks lasted three hours.')).toBe('The minister arrived on Monday. The talks lasted three hours.');
  });

  it.each([
    ['en', 'He left early.It was late.'],
    ['de', 'Er ging früh.Die Nacht war kalt.'],
    ['cs', 'Odešel brzy.To bylo pozdě.'],
    ['ru', 'Он ушёл рано.Это было поздно.'],
    ['uk', 'Він пішов рано.Це було пізно.'],
  ])('finds a join before a function word (%s)', (lang, text) => {
    expect(rules(text, lang)).toEqual(['missing-space-after-sentence']);
  });

  it('needs a function word or a spaced sentence end in the paragraph', () => {
    expect(rules('The vote was close.Democrats won by two seats.')).toEqual([]);
    expect(rules('The vote was close.Democrats won by two seats. Turnout was high.')).toEqual(['missing-space-after-sentence']);
  });

  it.each([
    ['en', 'Thank you.Thank you all.', '.Thank'],
    ['de', 'Danke.Danke euch allen.', '.Danke'],
    ['cs', 'Děkuji.Děkuji vám všem.', '.Děkuji'],
    ['hr', 'Upravo je to što sam trebao.Bila je u dobrom stanju.', '.Bila'],
  ])('finds a join before a word that opens sentences (%s)', (lang, text, join) => {
    expect(check(text, lang).map((f) => text.slice(f.start, f.end))).toEqual([join]);
  });

  it('takes joins in several paragraphs that space nothing for the text\'s habit, not a slip', () => {
    const reviews = [
      'Upravo je to što sam trebao.Bila je u dobrom stanju.',
      'Sada se čini običniji.U usporedbi s drugim čajevima, nema okusa.',
      'Isključen televizor dođe na isto.A ti su DVD-ovi jeftini.',
      'Nismo odigrali više od jedne partije.Ne bih ovo preporučio.',
      'Radio postaja je daleko.Dakle, nema zaštite. Dao sam 4 zvjezdice.',
    ];
    // Only the paragraph that spaces its other sentence end shows a slip.
    expect(check(reviews.join('\n'), 'hr').map((f) => f.rule)).toEqual(['missing-space-after-sentence']);
  });

  it('leaves a join the aligned source has too (the translator kept it)', () => {
    const source = 'It is exactly what I needed.It was in good condition.\nThe tea tastes of nothing. I sent it back.';
    const target = 'Upravo je to što sam trebao.Bila je u dobrom stanju.\nČaj nema okusa.Ne bih ga preporučio.';
    const lines = (t: string) => t.split('\n').reduce<{ start: number; end: number }[]>((a, l) => [...a, { start: a.length ? a[a.length - 1].end + 1 : 0, end: (a.length ? a[a.length - 1].end + 1 : 0) + l.length }], []);
    const [t, src] = [lines(target), lines(source)];
    const pairs = t.map((r, index) => ({ index, start: r.start, end: r.end, sourceStart: src[index].start, sourceEnd: src[index].end }));
    const findings = analyse(target, { lang: 'hr', rules: punctuation, source: { text: source, lang: 'en' }, pairs }).findings;
    expect(findings.map((f) => target.slice(f.start, f.end))).toEqual(['.Ne']);
  });

  it.each([
    'According to data from Gazeta.Ru and Booking.Com, sales rose.',
    'Call Math.Max(a, b) or System.IO.File.Exists(path) in C#.',
    'She read J.R.R.Tolkien and met Dr.Watson at St.Paul.',
    'Open Report.Docx and Budget.Xlsx before the call.',
    'See Yahoo!News, WoW!Korea and the U.S.A.The end.',
    'The index rose by 3.The end came later.',
  ])('stays silent on names, domains, code and abbreviations: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  // Technical prose names code with dots: an identifier ("RestApi", "Base64Encode"), a first part
  // written like code ("aws-apigateway"), a namespace the document glues to several names
  // ("States.Format", "States.Hash"), a paragraph that writes dotted names ("path.normalize").
  it.each([
    ['en', 'The functions include States.Format, States.JsonToString, States.Base64Encode and States.Hash. A retry will not catch States.Runtime errors.'],
    ['en', 'This flag changes the default for aws-apigateway.RestApi and aws-apigateway.Stage. There can only be one apigateway.CfnAccount.'],
    ['en', 'Paths are cleaned as by the Golang filepath.Clean or the Node.js path.normalize. Both remove dots.'],
    ['de', 'Die Funktionen States.Format und States.Hash sind eingebaut. Ein Fehler States.Runtime wird nicht abgefangen.'],
    ['cs', 'Třída apigateway.CfnAccount existuje jednou. Nastavení aws-apigateway.Stage se nemění.'],
    ['ru', 'Функции States.Format и States.Hash встроены. Ошибку States.Runtime нельзя перехватить.'],
    ['fr', 'Les fonctions States.Format et States.Hash sont intégrées. Une erreur States.Runtime ne peut pas être interceptée.'],
  ])('stays silent on identifiers in technical prose (%s): %s', (lang, text) => {
    expect(rules(text, lang)).toEqual([]);
  });

  it.each([
    ['en', 'The docs list States.Format and States.Hash. Both return strings.They are pure functions.', '.They'],
    ['en', 'Call path.normalize on the input first.Then compare the two paths.', '.Then'],
    ['de', 'Die Funktionen States.Format und States.Hash formatieren Text. Sie sind eingebaut.Die Ausgabe ist ein String.', '.Die'],
    ['cs', 'Funkce States.Format a States.Hash jsou vestavěné.To je užitečné.', '.To'],
    ['hr', 'Funkcije States.Format i States.Hash su ugrađene.One vraćaju tekst.', '.One'],
  ])('still finds a join before a word that opens sentences beside identifiers (%s)', (lang, text, join) => {
    expect(check(text, lang).map((f) => text.slice(f.start, f.end))).toEqual([join]);
  });
});

describe('space-before-punctuation', () => {
  it('reports spaces before punctuation where they are systematic, and removes them', () => {
    const text = 'The talks took place in Berlin , and both sides agreed , as expected .';
    expect(rules(text)).toEqual(['space-before-punctuation', 'space-before-punctuation', 'space-before-punctuation']);
    expect(fixed(text)).toBe('The talks took place in Berlin, and both sides agreed, as expected.');
  });

  it('leaves a single slip in a large text alone, but not when the whole text is spaced', () => {
    const careful = 'The talks went well, and both sides agreed, as expected. '.repeat(40);
    expect(rules(`${careful}\nThe talks went well , and both sides agreed.`)).toEqual([]);
    const tokenized = 'The talks went well , and both sides agreed .\n'.repeat(5);
    expect(rules(tokenized)).toHaveLength(10);
  });

  it('respects French spacing before ; : ! ? but not before a comma', () => {
    expect(rules('Il a dit : « oui » ; puis : quelle joie ! Vraiment ?', 'fr')).toEqual([]);
    expect(rules('Il est parti , puis revenu , enfin reparti .', 'fr')).toHaveLength(3);
  });

  it.each([
    'Thanks :) see you ;-) and :P and :( too.',
    'It runs on .NET and costs .5 dollars. Wait ... what ?!',
    'Rangers drew 2 : 2, kick-off at 19 : 30.',
    'Tiger : Crunchy wafers ; Owl : soft ones.',
    'Smells like a basement !!! Really ??',
  ])('stays silent on smileys, .NET, decimals, scores and labels: %s', (text) => {
    expect(rules(`${text} ${text} ${text}`)).toEqual([]);
  });
});

describe('doubled-punctuation', () => {
  it('keeps one comma with a safe fix, one full stop with an unsafe one', () => {
    const findings = check('The talks ended,, and both sides left.. The end.');
    expect(findings.map((f) => f.fix?.safe)).toEqual([true, false]);
    expect(fixed('The talks ended,, and both sides left.')).toBe('The talks ended, and both sides left.');
  });

  it.each([
    ['en', 'The talks ended. . The ministers left.', '. .'],
    ['de', 'Wo ist er? , fragte sie.', '? ,'],
    ['cs', 'Jednání skončilo! . Ministři odešli.', '! .'],
    ['ru', 'Переговоры закончились. , и министры ушли.', '. ,'],
    ['uk', 'Переговори завершилися. ; міністри пішли.', '. ;'],
    ['es', '¿Dónde está? . Nadie lo sabe.', '? .'],
  ])('finds a sentence mark doubled with a space, as MT decoding leaves it (%s)', (lang, text, marks) => {
    expect(check(text, lang).map((f) => [f.rule, text.slice(f.start, f.end)])).toEqual([['doubled-punctuation', marks]]);
  });

  it('finds ".." before a new sentence only from a writer who does not trail off elsewhere', () => {
    expect(rules('The minister arrived on Monday.. The talks began.')).toEqual(['doubled-punctuation']);
    expect(rules('The minister arrived on Monday.. The talks began... later.')).toEqual([]);
  });

  it.each([
    ['en', 'Only one shrimp dumpling! ? Across the mountain road? ? Not your coupons! !'],
    ['hr', 'Bio je previše energičan da bi sjedio na miru. . . Ne znam.'],
    ['de', 'B: g.. g.. geh doch weg. A: H.. Hilfe! D.. DU STURER T..T.. TEUFEL'],
    ['it', 'Oppure Boney M.. Gna. Figlio di N.N.. Con esso.'],
    ['en', 'Nice work. :-) See you. ;) Sandbox. .oO( dreams )'],
    ['ru', 'Свет мой, зеркальце,... заткнись! Человек принимает (решения,...)'],
    ['fr', 'Quoi ? ! Il a dit : « oui ». Et puis, etc. ; enfin.'],
  ])('stays silent on emphasis, spaced ellipses, stutters, abbreviations and smileys (%s): %s', (lang, text) => {
    expect(rules(text, lang).filter((r) => r === 'doubled-punctuation')).toEqual([]);
  });

  it.each([
    'Wait... what? It was him.. then he left. He said so..',
    'Streets like Vranovská etc., Washington, D.C., and the U.S.A., too.',
    'Count 1..10, open ../lib/index.js, use std::vector and a::b.',
    'Really?! No way!! Are you sure??',
  ])('stays silent on ellipses, abbreviations, ranges and emphasis: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('unpaired-bracket', () => {
  it.each([
    ['en', 'The treaty (signed in 2019 was ratified last week.', '('],
    ['de', 'Der Vertrag wurde 2019 unterzeichnet] und ratifiziert.', ']'],
    ['cs', 'Smlouva (podepsaná v roce 2019 byla ratifikována.', '('],
    ['ru', 'Договор (подписанный в 2019 году был ратифицирован.', '('],
  ])('finds a bracket without its partner (%s)', (lang, text, bracket) => {
    const findings = check(text, lang);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual([bracket]);
  });

  it('still reports a lone ")" on a line that does not smile', () => {
    expect(rules('Hello) everything was fine.').filter((r) => r === 'unpaired-bracket')).toEqual(['unpaired-bracket']);
    expect(rules('Hello) everything was fine :)').filter((r) => r === 'unpaired-bracket')).toEqual([]);
  });

  it('pairs a parenthesis split over two lines of a one-sentence-per-line file', () => {
    expect(rules('It was something like paper plates (or something close to them.\nOr straws?).')).toEqual([]);
  });

  it.each([
    'Options: a) cheap, b) fast, 1) now, iv) later.',
    'Thanks :) see you ;-) bye =) sad :( and :-(',
    'Спасибо большое))) Увидимся) Пока(((',
    'I can bring it tomorrow)',
    'My ex-husband writes poems for me ) a real drama).',
    '2 hours drive)) walks, shopping by mom and back)!',
    'Visit (Apple Daily Chart: the website）and more.',
    '【Official】 Sale （limited） (really) [yes] {ok}',
  ])('stays silent on labels, smileys and paired brackets: %s', (text) => {
    expect(rules(text).filter((r) => r === 'unpaired-bracket')).toEqual([]);
  });
});

describe('unpaired-quote', () => {
  const flagged = (text: string, lang = 'en') => check(text, lang).filter((f) => f.rule === 'unpaired-quote').map((f) => [text.slice(f.start, f.end), f.start]);

  it('in prose, finds a quotation that never closes', () => {
    const text = 'He said “we are ready and left. Nobody followed.\nShe stayed. It was late.\nThe end came.\nNothing more.\nReally nothing.\nThe last line.';
    expect(check(text).map((f) => text.slice(f.start, f.end))).toEqual(['“']);
  });

  it('in one-sentence-per-line files, leaves quotations over several lines alone', () => {
    const lines = ['The minister spoke.', '“We are ready.', 'We will win,” he said.', 'The talks ended.'];
    expect(rules(lines.join('\n'))).toEqual([]);
  });

  it.each([
    ['de', 'Keine Auswirkungen auf ein bereits „unterzeichnetes „ und „endgültiges“ Abkommen.', 'unterzeichnetes „'],
    ['cs', 'Dodal: „@leondame převálcoval molo. Nic není„ jako DAME!“', 'není„'],
    ['ru', 'Он сказал: «Мы готовы» и «мы победим « сегодня».', 'победим «'],
    ['pl', 'Powiedział „tak „ i wyszedł.', 'tak „'],
  ])('reports only the mark typed where the closing one belongs, or a stray one (%s)', (lang, text, before) => {
    const at = text.indexOf(before) + before.length - 1;
    expect(flagged(text, lang)).toEqual([[text[at], at]]);
    // In any layout: also in a file of one sentence per line.
    expect(flagged(`Jedna.\n${text}\nTři.`, lang)).toEqual([[text[at], at + 7]]);
  });

  it.each([
    ['en', 'He said “yes” and “no.” A 15" screen and a 5\' 11" frame. "Fine," she said. “She said ‘no’ twice.”'],
    ['de', 'Er sagte: „Ja.“ Sie las »Faust« und „Die Verwandlung”. Er nannte es „gut". Werden »Fcc«s gesendet? Das Feld »Reply-To:« und »last-«.'],
    ['de', '„Er sagte ‚nein‘ und ging“, schrieb sie. »Das ist ›gut‹«, sagte er.'],
    ['da', 'Han sagde: »Vi er klar.« Hun svarede: »Godt.«'],
    ['cs', 'Řekl: „Ano.“ A „ne“. Pak řekl "možná". Kniha „Babička“ vyšla.'],
    ['sk', 'Povedal: „Áno, prídem.“ A odišiel.'],
    ['hr', 'Rekao je: „Da.” Knjiga »Zločin i kazna« je klasik.'],
    ['pl', 'Powiedział: „Czytałem «Lalkę» wczoraj”. Potem wyszedł.'],
    ['ro', 'El a spus: „Am citit «Ion» ieri”. Apoi a plecat.'],
    ['hu', 'Azt mondta: „Megyek.” Aztán elment.'],
    ['ru', 'Он сказал: «Мы готовы». Она ответила: «Хорошо, „пусть“ так». Компания «Газпром» заявила, что «всё в порядке».'],
    ['ru', 'Акционеры «Компании «Газпром»» одобрили сделку.'],
    ['uk', 'Він сказав: «Так». Вона відповіла: «Добре». Мар’яна з’їла м’ясо, а Мар\u02bcяна — ні.'],
    ['fr', 'Il a dit : « oui ». Puis\u00a0: «\u00a0non\u00a0». Elle a lu « Le Petit Prince », bien sûr. « Vraiment ? »'],
    ['es', 'Dijo: «Estoy listo». Ella respondió: «Ya te dije “no” ayer».'],
    ['sv', 'Han sa: ”Vi är redo.” Hon svarade: »Bra», och gick.'],
    ['fi', 'Hän sanoi: ”Olen valmis.” Toinen vastasi: »Hyvä».'],
    ['en', '“The first paragraph of a long quotation. It goes on.\n“The second paragraph, which ends it. Here.”'],
  ])('stays silent on paired quotations in every style (%s): %s', (lang, text) => {
    expect(rules(text, lang)).toEqual([]);
  });

  it.each([
    ['de', 'Sie erzählte: „Wir kamen spät an. Es regnete.\nDann gingen wir ins Haus. Niemand war da.“ Er schwieg.'],
    ['cs', 'Řekl: „Přišli jsme pozdě. Pršelo.\n\nPak jsme šli domů.“ Mlčela.'],
    ['ru', 'Она сказала: «Мы пришли поздно. Шёл дождь.\nПотом мы пошли домой. Никого не было.\nДверь была открыта». Он молчал.'],
    ['es', 'Dijo: «Llegamos tarde. Llovía.\nLuego fuimos a casa. No había nadie». Él calló.'],
    ['en', 'She wrote: “We came late. It rained.\n“Then we went home. Nobody was there.\n“The door was open.” He said nothing.'],
  ])('pairs a quotation over several paragraphs, reopened on each or not (%s)', (lang, text) => {
    expect(rules(text, lang)).toEqual([]);
  });

  it.each([
    ['en', "Rock 'n' roll in the '90s: the students’ books, don’t worry, it’s fine. The ’80s were louder."],
    ['nl', "Het is 't beste zo'n boek te lezen. Zo’n huis in 's-Hertogenbosch."],
    ['fr', "L’homme d’aujourd’hui n’a pas l'habitude. C'est l’été."],
    ['it', "L'anno scorso ho mangiato un po' di pane. Un po’ di più."],
    ['uk', 'Мар’яна з’їла м’ясо. Об\u02bcєкт і п\u02bcять.'],
    ['de', "Wie geht's? Das war's. Andrea's Café (sic) und Grimms' Märchen."],
  ])('leaves apostrophes alone (%s)', (lang, text) => {
    expect(rules(text, lang)).toEqual([]);
  });

  it.each([
    ['cs', "Řekl ,,ahoj'' a odešel. Pak řekl ,,sbohem\" a zmizel."],
    ['pl', "Powiedział ,,tak'' i wyszedł. Napisz ,,dziękuję``."],
    ['de', "Er sagte ,,Hallo'' und ging."],
    ['en', "He typed ``quoted'' in TeX. Set x = '' and y = \"\" in code."],
    ['pl', 'Lisa: ,,Gdzie jest mój tata?”\nFrink: ,,Cóż, Homer Simpson trafił do...\n...(dramatyczna pauza)...\ntrzeciego wymiaru.’’'],
    ['pl', 'W konkursie magazynu „Światowid’’ i konkursu ‘‘7 pereł’’. Napisał ,,koniec’’.'],
    ['fr', 'Il a dit <<bonjour>> puis <<au revoir>>.'],
  ])('reads the pairs typed for quotation marks (%s)', (lang, text) => {
    expect(rules(text, lang)).toEqual([]);
  });

  it('reports a lone ASCII opening pair like any opening mark', () => {
    expect(flagged("Řekl ,,ahoj a odešel. Nikdo nevěděl proč.", 'cs')).toEqual([[',,', 5]]);
    expect(flagged('Powiedział ‘‘tak i wyszedł. Nikt nie wiedział dlaczego.', 'pl')).toEqual([['‘‘', 11]]);
    expect(flagged('Powiedział ,,tak’’ i wyszedł, a potem ,,nie i zniknął.', 'pl')).toEqual([[',,', 38]]);
  });

  it('leaves an apostrophe typed twice inside a word alone', () => {
    expect(flagged("He said “I don''t know and left. Nobody asked.")).toEqual([['“', 8]]);
    expect(rules("I don''t know. She didn''t either.")).toEqual([]);
  });

  it('reports a closing mark without an opening one, and one left open past four paragraphs', () => {
    expect(flagged('Он сказал: Мы готовы» и ушёл. Никто не пошёл.', 'ru')).toEqual([['»', 20]]);
    const far = ['Sie sagte: „Wir kamen spät an.', 'Zwei. Drei.', 'Vier. Fünf.', 'Sechs. Sieben.', 'Acht. Neun.', 'Zehn. Elf.', 'Zwölf“, sagte sie.'];
    expect(flagged(far.join('\n'), 'de')).toEqual([['„', 11], ['“', far.join('\n').indexOf('“')]]);
  });
});

describe('fullwidth-punctuation', () => {
  it('writes the ASCII mark with a space after it', () => {
    expect(fixed('Why are there six wontons？Nobody knows，really。')).toBe('Why are there six wontons? Nobody knows, really.');
  });

  it('stays silent next to Chinese or Japanese', () => {
    expect(rules('The motto 发现未来，分享科学 and 「東京」。')).toEqual([]);
  });

  it.each([
    ['zh', '默认系统创建的第一个用户被允许使用 sudo。如果遇到问题，请运行 reportbug installation-reports。'],
    ['ja', 'RAID、LVM、暗号化を用いた高度なパーティションセットアップ。詳しくは Debian Installer。'],
    ['ko', '설치가 끝나면 reportbug installation-reports！문제가 있으면 Debian Installer？'],
  ])('stays silent on the punctuation of a %s document, after Latin words too', (lang, text) => {
    expect(rules(text, lang).filter((r) => r === 'fullwidth-punctuation')).toEqual([]);
  });
});

describe('adversarial input', () => {
  const MB = 1 << 20;
  const rep = (s: string) => s.repeat(Math.ceil(MB / s.length)).slice(0, MB);
  // Speed is measured by `npm run bench` (which runs these inputs too), never by a timed test on
  // a shared machine. Here: the checker finishes on each, and its output stays bounded by the caps.
  it.each([
    ['only dots', rep('.')],
    ['"a. " repeated', rep('a. ')],
    ['one 1 MB word', rep('abcdefghij')],
    ['only spaces', rep(' ')],
    ['the the the', rep('the ')],
    ['quotation marks', rep('"')],
    ['opening brackets', rep('(')],
    ['opening quotes with words', rep('„a ')],
    ['mojibake', rep('Ã©')],
    ['entities', rep('&amp;')],
    ['spaced commas', rep('a , ')],
  ])('%s (1 MB): a bounded report', (_, text) => {
    const { findings, summary } = analyse(text, { lang: 'en' });
    expect(findings.length).toBeLessThanOrEqual(MAX_FINDINGS);
    expect(summary.findings).toBe(findings.length);
  });
});
