// The bilingual checks across language pairs, with the traps real files hold: decimal commas,
// German dates and ordinals, placeholders against punctuation, inline codes at a segment's edges,
// non-Latin digits, sources without letter case; and the machinery they share (pairs, superseded
// and source-silenced monolingual rules, unfinished units, source spans in reports).
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { checkText } from '../lib/check.js';
import type { SegmentPair } from '../lib/context.js';
import { alignMarks, type Mark } from '../lib/bilingual/breaks.js';
import { analyse } from '../lib/engine.js';
import type { InlineCode } from '../lib/formats/types.js';

interface Unit {
  source: string;
  target: string;
  kind?: 'segment' | 'prose';
  state?: string;
  codes?: InlineCode[];
  sourceCodes?: InlineCode[];
}

/** Checks units as a bilingual file's reader would hand them over: a paragraph each, paired by position. */
function check(units: Unit[], tl: string, sl: string, rule?: string) {
  let text = '';
  let source = '';
  const pairs: SegmentPair[] = units.map((u, index) => {
    const p: SegmentPair = { index, start: text.length, end: text.length + u.target.length, sourceStart: source.length, sourceEnd: source.length + u.source.length, kind: u.kind ?? 'segment' };
    if (u.state) p.address = { id: String(index + 1), state: u.state };
    if (u.codes) p.codes = u.codes.map((c) => ({ ...c, offset: c.offset + p.start }));
    if (u.sourceCodes) p.sourceCodes = u.sourceCodes.map((c) => ({ ...c, offset: c.offset + p.sourceStart }));
    text += u.target + '\n';
    source += u.source + '\n';
    return p;
  });
  const findings = analyse(text, { lang: tl, source: { text: source, lang: sl }, pairs }).findings;
  return (rule ? findings.filter((f) => f.rule === rule) : findings).map((f) => ({ rule: f.rule, flagged: text.slice(f.start, f.end), message: f.message, source: f.sourceSpan?.text }));
}

const one = (source: string, target: string, tl: string, sl: string, rule: string) => check([{ source, target }], tl, sl, rule);

describe('numbers across locales', () => {
  it.each([
    ['en', 'de', 'Growth was 3.5 percent, or 1,250.75 euros.', 'Das Wachstum betrug 3,5 Prozent bzw. 1.250,75 Euro.'],
    ['en', 'fr', 'It costs 1,000 dollars (0.5 percent).', 'Cela coûte 1 000 dollars (0,5 pour cent).'],
    ['en', 'fr', 'It costs 12,500 dollars.', 'Cela coûte 12\u202f500 dollars.'],
    ['en', 'cs', 'Inflation reached 15.8 percent in 2022.', 'Inflace v roce 2022 dosáhla 15,8 procenta.'],
    ['en', 'ru', 'The budget is 2.5 million roubles.', 'Бюджет составляет 2,5 млн рублей.'],
    ['de', 'en', 'Am 3. Mai 2024 um 18.30 Uhr wurde das 22. Werk eröffnet.', 'On 3 May 2024 at 6.30 pm, the 22nd plant opened.'],
    ['cs', 'en', 'Schůze proběhne 12.5. v 9:00.', 'The meeting takes place on 12 May at 9:00.'],
    ['en', 'de', 'Released on 05/03/2024.', 'Veröffentlicht am 3. Mai 2024.'],
    ['en', 'de', 'She is in her 1990s house with three dogs.', 'Sie ist mit 3 Hunden in ihrem Haus aus den 90ern.'],
    ['en', 'hi', 'Page 12 of 40', 'पृष्ठ १२ / ४०'],
    ['en', 'ar', 'Limit: 25 characters.', 'الحد: ٢٥ حرفًا.'],
    ['ja', 'en', '約４億５０００万ドルに達した。', 'It reached about $450 million.'],
    ['zh', 'en', '他于2015年12月11日到达。', 'He arrived on December 11, 2015.'],
    ['en', 'de', 'Version 2.4.1 is required.', 'Version 2.4.1 ist erforderlich.'],
    // An hour before "p.m." is the afternoon hour a 24-hour clock writes.
    ['en', 'es', 'Liverpool plays at 3 p.m. on Wednesday.', 'El Liverpool juega el miércoles a las 15:00.'],
    ['en', 'it', 'At 2pm two vans arrived.', 'Alle 14.00 sono arrivati due furgoni.'],
    ['en', 'pl', 'No reports by 1 p.m. or at 9 a.m.', 'Do godz. 13 ani o 9:00 nie było zgłoszeń.'],
    // Korean writes a time with 시 and 분 (or 반, half past), as Chinese and Japanese with 時 and 分.
    ['en', 'ko', 'She was found at 7.55am, and he at 19:30.', '그녀는 오전 7시 55분에, 그는 오후 7시 반에 발견되었다.'],
    // Vietnamese names a month by its number ("tháng 6", June).
    ['en', 'vi', 'In June, the Commission published the results.', 'Vào tháng 6, Ủy ban đã công bố kết quả.'],
    ['en', 'vi', 'He spoke in Moscow in September.', 'Ông phát biểu ở Moscow vào Tháng 9.'],
  ])('%s→%s: %s', (sl, tl, source, target) => {
    expect(one(source, target, tl, sl, 'number-mismatch')).toEqual([]);
  });

  it('reports a changed decimal, whatever the separators', () => {
    expect(one('Growth was 3.5 percent.', 'Das Wachstum betrug 3,8 Prozent.', 'de', 'en', 'number-mismatch')).toEqual([
      { rule: 'number-mismatch', flagged: '3,8', message: 'The number 3.5 of the source is 3,8 in the translation.', source: '3.5' },
    ]);
  });

  it('reports a thousand read as one: "1,000" is never "1.5"', () => {
    expect(one('It costs 1,000 dollars.', 'Es kostet 1,5 Dollar.', 'de', 'en', 'number-mismatch')).toHaveLength(1);
  });

  it('reads "3 p.m." as 15 and 3, and no other hour', () => {
    expect(one('Kick-off is at 3 p.m.', 'Il calcio d’inizio è alle 16:00.', 'it', 'en', 'number-mismatch').map((f) => f.message)).toEqual([
      'The number 3 of the source is 16:00 in the translation.',
    ]);
    expect(one('Kick-off is at 3 a.m.', 'Il calcio d’inizio è alle 15:00.', 'it', 'en', 'number-mismatch').map((f) => f.message)).toEqual([
      'The number 3 of the source is 15:00 in the translation.',
    ]);
  });

  it('reports a Korean time whose minutes changed', () => {
    expect(one('She was found at 7.55am.', '그녀는 오전 7시 50분에 발견되었다.', 'ko', 'en', 'number-mismatch').map((f) => f.message)).toEqual([
      'The number 7.55 of the source is 7시 50분 in the translation.',
    ]);
  });

  it('reports a Vietnamese count of months ("3 tháng", three months), which is no month name', () => {
    expect(one('It took two years.', 'Mất 3 tháng.', 'vi', 'en', 'number-mismatch').map((f) => f.message)).toEqual(['The number 3 is not in the source.']);
  });

  it('reports a number dropped from a German date-free sentence but not the ordinal dot', () => {
    expect(one('He finished 22nd of 40 riders.', 'Er wurde 22. von Fahrern.', 'de', 'en', 'number-mismatch').map((f) => f.message)).toEqual([
      'The number 40 of the source is missing from the translation.',
    ]);
  });
});

describe('line breaks in software strings', () => {
  // A translation of a --help text wraps its longer lines where its own words fall.
  const help = '  -H, --with-filename       print file name with output lines\n  -h, --no-filename         suppress the file name prefix on output\n      --label=LABEL         use LABEL as the standard input file name prefix';
  it.each([
    ['cs', '  -H, --with-filename       u výstupních řádků vypisuje název souboru\n  -h, --no-filename         potlačí předřazování jména souboru na\n                            výstupu\n      --label=NÁZEV         použije NÁZEV jako označení standardního\n                            vstupu na výstupu'],
    ['de', '  -H, --with-filename       gibt den Dateinamen bei jeder Ausgabezeile\n                            mit aus\n  -h, --no-filename         unterdrückt den Dateinamen\n      --label=NAME          verwendet NAME als Dateinamen für die\n                            Standardeingabe'],
    ['ru', '  -H, --with-filename       печатать имя файла для каждой строки\n  -h, --no-filename         не печатать имя файла\n      --label=МЕТКА         использовать МЕТКУ как имя файла для\n                            стандартного ввода'],
  ])('a rewrapped help text is not a line-break mismatch (%s)', (tl, target) => {
    expect(one(help, target, tl, 'en', 'whitespace-mismatch')).toEqual([]);
  });

  it.each([
    ['de', 'Zwei Zeilen. Zweite Zeile.'],
    ['fr', 'Deux lignes. Deuxième ligne.'],
    ['uk', 'Два рядки. Другий рядок.'],
  ])('a line break lost between sentences is found (%s)', (tl, target) => {
    expect(one('Two lines.\nSecond line.', target, tl, 'en', 'whitespace-mismatch').map((f) => f.message)).toEqual(['The source has 1 line break, the translation 0.']);
  });

  it('a wrap that falls after a sentence on one side only is no mismatch: both sides wrap where their words fall', () => {
    const source = "'git help -a' and 'git help -g' list available subcommands and some\nconcept guides.\nSee 'git help git' for an overview of the system.";
    const target = '«git help -a» i «git help -g» llisten les subordres disponibles i\nalgunes guies de concepte. Vegeu «git help git» per a una visió general.';
    expect(one(source, target, 'ca', 'en', 'whitespace-mismatch')).toEqual([]);
  });

  it('in wrapped text, a blank line or a final line break lost is found', () => {
    const source = 'To avoid this message, use "drop" to explicitly remove a commit.\n\nThe possible behaviours are: ignore, warn,\nerror.\n';
    const target = 'Um diese Meldung zu vermeiden, benutzen Sie "drop", um Commits\nexplizit zu entfernen.\nDie möglichen Werte sind: ignore, warn, error.';
    expect(one(source, target, 'de', 'en', 'whitespace-mismatch').map((f) => f.message)).toEqual(['The source has 3 line breaks at blank lines or at its ends, the translation 0.']);
  });

  it('a line break lost between items is found', () => {
    expect(one('Usage: grep [OPTION]... PATTERNS [FILE]...\nSearch for PATTERNS in each FILE.', 'Použití: grep [PŘEPÍNAČ…] VZORKY [SOUBOR…] Hledá VZORKY v každém SOUBORU.', 'cs', 'en', 'whitespace-mismatch')).toHaveLength(1);
  });
});

describe('placeholders next to punctuation', () => {
  it.each([
    ['en', 'de', 'Saved to %s.', 'Gespeichert unter %s.'],
    ['en', 'fr', 'Hello, {name}!', 'Bonjour, {name} !'],
    ['en', 'de', 'Deleted (%d).', '(%d) gelöscht.'],
    ['en', 'es', '"%s" was saved.', '«%s» se ha guardado.'],
    ['en', 'ru', 'Open {{count}} pages?', 'Открыть страницы ({{count}})?'],
  ])('%s→%s: %s', (sl, tl, source, target) => {
    expect(one(source, target, tl, sl, 'placeholder-mismatch')).toEqual([]);
  });

  it('finds a placeholder split after a space before punctuation', () => {
    expect(one('Saved to %s.', 'Gespeichert unter % s.', 'de', 'en', 'placeholder-mismatch').map((f) => f.flagged)).toEqual(['% s']);
  });
});

describe('inline codes (XLIFF) at the edges of a segment', () => {
  // "<g id="1">Click</g> here<x id="2"/>": an empty stand-in for <g>, U+FFFC for <x/>.
  const sourceCodes: InlineCode[] = [
    { id: '1', kind: 'open', offset: 0 },
    { id: '1', kind: 'close', offset: 5 },
    { id: '2', kind: 'standalone', offset: 10 },
  ];

  it('accepts the same codes in another place', () => {
    const target = 'Hier \ufffcklicken';
    expect(
      check([{ source: 'Click here\ufffc', target, sourceCodes, codes: [{ id: '2', kind: 'standalone', offset: 5 }, { id: '1', kind: 'open', offset: 6 }, { id: '1', kind: 'close', offset: 14 }] }], 'de', 'en', 'tag-mismatch'),
    ).toEqual([]);
  });

  it('reports a code lost at the end, and a code closed before it opens', () => {
    const target = 'Hier klicken';
    const found = check([{ source: 'Click here\ufffc', target, sourceCodes, codes: [{ id: '1', kind: 'close', offset: 0 }, { id: '1', kind: 'open', offset: 12 }] }], 'de', 'en', 'tag-mismatch');
    // Both point at the whole unit: a code the text flows through leaves no character to point at.
    expect(found.map((f) => [f.flagged, f.message, f.source])).toEqual([
      ['Hier klicken', 'Inline code 2 of the source is missing.', '\ufffc'],
      ['Hier klicken', 'Inline code 1 is closed before it opens.', undefined],
    ]);
  });

  it('reports a code the source does not have at the start', () => {
    const found = check([{ source: 'Click here', target: '\ufffcHier klicken', sourceCodes: [], codes: [{ id: '9', kind: 'standalone', offset: 0 }] }], 'de', 'en', 'tag-mismatch');
    expect(found).toEqual([{ rule: 'tag-mismatch', flagged: '\ufffc', message: 'Inline code 9 is not in the source.', source: undefined }]);
  });
});

describe('sentence breaks from sources without letter case', () => {
  it('reads 。 as the sentence end a Japanese source has', () => {
    expect(one('ありがとう。また明日。', 'Thank you. see you tomorrow.', 'en', 'ja', 'sentence-break-mismatch').map((f) => f.message)).toEqual([
      'Stray sentence break in “you. see”: the text goes on in lowercase. Join the parts, or capitalise “see” if a new sentence starts here. The source has the same break (“ありがとう。また明日”): copied from the source.',
    ]);
  });

  it('finds a break a Chinese source does not have', () => {
    const found = one('我们将在能源领域扩大合作', 'We will expand cooperation. in the field of energy', 'en', 'zh', 'sentence-break-mismatch');
    expect(found.map((f) => f.flagged)).toEqual(['. in']);
    expect(found[0].message).toContain('The source has no sentence break here.');
  });
});

describe('sentence breaks in translations without letter case', () => {
  // Korean UI strings, each a sentence ending in 요 or 다, as a file of them would have.
  const strings: [string, string][] = [
    ['Save the file.', '파일을 저장하세요.'],
    ['The file was saved.', '파일이 저장되었습니다.'],
    ['Select a node.', '노드를 선택하세요.'],
    ['The node was deleted.', '노드가 삭제되었습니다.'],
    ['Open the project.', '프로젝트를 여세요.'],
    ['The project was opened.', '프로젝트가 열렸습니다.'],
    ['Check the path.', '경로를 확인하세요.'],
    ['The path does not exist.', '경로가 존재하지 않습니다.'],
    ['Enter a name.', '이름을 입력하세요.'],
    ['The name is already in use.', '이름이 이미 사용 중입니다.'],
    ['Restart the editor.', '편집기를 다시 시작하세요.'],
    ['The editor will restart.', '편집기가 다시 시작됩니다.'],
    ['Choose a folder.', '폴더를 선택하세요.'],
    ['The folder is empty.', '폴더가 비어 있습니다.'],
    ['Install the template.', '템플릿을 설치하세요.'],
    ['The template was installed.', '템플릿이 설치되었습니다.'],
    ['Reload the scene.', '씬을 다시 불러오세요.'],
    ['The scene was reloaded.', '씬을 다시 불러왔습니다.'],
    ['Close the window.', '창을 닫으세요.'],
    ['The window was closed.', '창이 닫혔습니다.'],
  ];
  const units = (extra: [string, string][]) => [...strings, ...extra].map(([source, target]) => ({ source, target }));

  it('learns the endings of a document\'s sentences and reports a break after another', () => {
    // After a word that no particle ends (전체를. is the monolingual rule's: Language.nonFinalEndings).
    const found = check(units([['Changing these settings requires restarting the whole program.', '이 설정을 변경하면 프로그램. 전체를 다시 시작해야 합니다.']]), 'ko', 'en', 'sentence-break-mismatch');
    expect(found).toEqual([
      {
        rule: 'sentence-break-mismatch',
        flagged: '.',
        message: 'Sentence break after “프로그램.”: none of this document\'s sentences ends in “램”, and the source has no sentence break here. Join the parts.',
        source: 'Changing these settings requires restarting the whole program.',
      },
    ]);
  });

  it('leaves a break the source has, and one where the source has a comma', () => {
    const extra: [string, string][] = [
      ['Invalid geometry, cannot create a polygon.', '잘못된 지오메트리. 폴리곤을 만들 수 없습니다.'],
      ['The file exists. It will be reused.', '파일이 존재합니다. 재사용됩니다.'],
    ];
    expect(check(units(extra), 'ko', 'en', 'sentence-break-mismatch')).toEqual([]);
  });

  it('leaves a mark at a line\'s end, where the source breaks the line', () => {
    expect(one('Line one\nLine two', '一行目。\n二行', 'ja', 'en', 'sentence-break-mismatch')).toEqual([]);
    expect(one('Line one\nLine two', '一行目。二行', 'ja', 'en', 'sentence-break-mismatch')).toEqual([]);
  });

  it('reads a period as an abbreviation\'s in Hindi that ends its sentences with the danda', () => {
    const hindi: [string, string][] = [
      ['Save the file.', 'फ़ाइल सहेजें।'],
      ['The file was saved.', 'फ़ाइल सहेजी गई।'],
      ['Select a node.', 'एक नोड चुनें।'],
      ['The node was deleted.', 'नोड हटा दिया गया।'],
      ['Open the project.', 'परियोजना खोलें।'],
      ['The project was opened.', 'परियोजना खोली गई।'],
      ['Check the path.', 'पथ जाँचें।'],
      ['The path does not exist.', 'पथ मौजूद नहीं है।'],
      ['Enter a name.', 'एक नाम दर्ज करें।'],
      ['The name is already in use.', 'नाम पहले से उपयोग में है।'],
      ['Restart the editor.', 'संपादक को फिर से शुरू करें।'],
      ['The editor will restart.', 'संपादक फिर से शुरू होगा।'],
      ['Choose a folder.', 'एक फ़ोल्डर चुनें।'],
      ['The folder is empty.', 'फ़ोल्डर खाली है।'],
      ['Install the template.', 'टेम्पलेट स्थापित करें।'],
      ['The template was installed.', 'टेम्पलेट स्थापित हो गया।'],
      ['Reload the scene.', 'दृश्य फिर से लोड करें।'],
      ['The scene was reloaded.', 'दृश्य फिर से लोड हो गया।'],
      ['Close the window.', 'विंडो बंद करें।'],
      ['The window was closed.', 'विंडो बंद हो गई।'],
      ['Dr Lee adds that the search is easy.', 'डॉ. ली आगे कहते हैं कि खोज आसान है।'],
    ];
    expect(check(hindi.map(([source, target]) => ({ source, target })), 'hi', 'en', 'sentence-break-mismatch')).toEqual([]);
  });

  it('learns nothing from fewer segment ends', () => {
    const found = check(units([['Changing these settings requires restarting the whole program.', '이 설정을 변경하면 프로그램. 전체를 다시 시작해야 합니다.']]).slice(5), 'ko', 'en', 'sentence-break-mismatch');
    expect(found).toEqual([]);
  });
});

describe('length against the file\'s own ratio', () => {
  // Chinese sources, English translations: about three times as many letters is normal here.
  const units = [
    ['双方同意扩大能源领域的合作并加强联系。', 'Both sides agreed to expand cooperation in the field of energy and strengthen ties.'],
    ['条约将于明年在北京签署并随后生效。', 'The treaty will be signed in Beijing next year and will then take effect.'],
    ['部长们还讨论了粮食贸易和运输问题。', 'The ministers also discussed the grain trade and transport questions.'],
    ['下一次会议将于五月在上海举行。', 'The next meeting will be held in Shanghai in May of this year.'],
    ['两国政府对谈判结果表示欢迎。', 'Both governments welcomed the outcome of the negotiations warmly.'],
    ['反对派批评了协议中的一些条款。', 'The opposition criticised some of the provisions of the agreement.'],
    ['议会仍需批准这项条约才能生效。', 'Parliament still has to approve the treaty before it can take effect.'],
    ['该协议涉及学生和研究人员的交流。', 'The agreement covers the exchange of students and researchers.'],
    ['记者会在会谈结束后举行并持续一小时。', 'A press conference was held after the talks and lasted an hour.'],
    ['专家们认为这项协议意义重大而且影响深远。', 'Experts consider the agreement significant and far-reaching in its effects.'],
  ];

  it('stays silent on a file whose translations are all about as long as its others', () => {
    expect(check(units.map(([source, target]) => ({ source, target, kind: 'prose' as const })), 'en', 'zh', 'length-ratio')).toEqual([]);
  });

  it('reports a translation cut short and one with something added, each with its MQM type', () => {
    const cut = { source: '外交部发言人周六在北京举行的例行记者会上回答了有关峰会的问题。', target: 'The spokesman.', kind: 'prose' as const };
    const added = {
      source: '会议在上午十点结束了。',
      target: 'The meeting ended, and afterwards the delegations went on to visit several factories, schools and museums across the whole region for a week.',
      kind: 'prose' as const,
    };
    const all = [...units.map(([source, target]) => ({ source, target, kind: 'prose' as const })), cut, added];
    let text = '';
    let source = '';
    const pairs: SegmentPair[] = all.map((u, index) => {
      const p = { index, start: text.length, end: text.length + u.target.length, sourceStart: source.length, sourceEnd: source.length + u.source.length };
      text += u.target + '\n';
      source += u.source + '\n';
      return p;
    });
    const found = analyse(text, { lang: 'en', source: { text: source, lang: 'zh' }, pairs }).findings.filter((f) => f.rule === 'length-ratio');
    expect(found.map((f) => [text.slice(f.start, f.end), f.mqm])).toEqual([
      ['The spokesman.', 'Accuracy/Omission'],
      [added.target, 'Accuracy/Addition'],
    ]);
  });
});

describe('shared machinery', () => {
  it('lets the bilingual rule report breaks in units with a source, and the monolingual ones elsewhere', () => {
    const found = check(
      [
        { source: 'Die Zusammenarbeit wird im Bereich Energie ausgebaut.', target: 'Cooperation will be expanded. in the field of energy.', kind: 'prose' },
        { source: 'Die Zusammenarbeit wird im Bereich Energie ausgebaut.', target: 'Cooperation will be expanded. in the field of energy.', kind: 'prose', state: 'fuzzy' },
      ],
      'en',
      'de',
    );
    expect(found.map((f) => f.rule)).toEqual(['sentence-break-mismatch', 'unit-status', 'stray-sentence-break']);
  });

  it('does not compare unfinished units with their source', () => {
    expect(check([{ source: 'Page 12 of 40', target: 'Seite 12 von 41', state: 'needs-translation' }], 'de', 'en').map((f) => f.rule)).toEqual(['unit-status']);
  });

  it('reports a unit the file marks unfinished whose translation is its source copied by its state alone', () => {
    // Symfony writes new units as their source with state="needs-translation": no passage a translator left.
    const copy = 'This value does not represent a valid week in the ISO 8601 format.';
    const translated = { source: 'This value is not valid.', target: 'Questo valore non è valido.' };
    expect(check([translated, { source: copy, target: copy, state: 'needs-translation' }], 'it', 'en').map((f) => f.rule)).toEqual(['unit-status']);
    // Finished, the same copy is untranslated.
    expect(check([translated, { source: copy, target: copy }], 'it', 'en').map((f) => f.rule)).toEqual(['untranslated-segment']);
  });

  it('silences a foreign passage only when the source has one in the same language', () => {
    const english = '„We will expand our cooperation in the field of energy and transport next year.“';
    const target = `Ministr v pondělí řekl novinářům v Praze, že smlouva bude podepsána v lednu a vstoupí v platnost v březnu. Dodal: ${english}`;
    const german = 'Der Minister sagte am Montag den Journalisten in Prag, dass der Vertrag im Januar unterzeichnet wird und im März in Kraft tritt. Er fügte hinzu:';
    expect(analyse(target, { lang: 'cs' }).findings.map((f) => f.rule)).toEqual(['untranslated-passage']);
    expect(check([{ source: `${german} ${english}`, target }], 'cs', 'de', 'untranslated-passage')).toEqual([]);
    const french = '„Nous allons élargir notre coopération dans le domaine de l’énergie et des transports l’année prochaine.“';
    expect(check([{ source: `${german} ${french}`, target }], 'cs', 'de', 'untranslated-passage')).toHaveLength(1);
  });

  it('reports a unit left as its source once, whole, not again passage by passage', () => {
    const czech = 'Ministr v pondělí řekl novinářům v Praze, že smlouva bude podepsána v lednu a vstoupí v platnost v březnu.';
    const english = 'You may not convey a covered work if you are a party to an arrangement with a third party that is in the business of distributing software.';
    const found = check([{ source: 'The minister told journalists in Prague on Monday that the treaty would be signed in January.', target: czech }, { source: english, target: english }], 'cs', 'en');
    expect(found.map((f) => [f.rule, f.message])).toEqual([['untranslated-segment', 'Untranslated: the translation is the source unchanged.']]);
    // Without the source, the passage is still found.
    expect(analyse(`${czech}\n${english}\n`, { lang: 'cs' }).findings.map((f) => f.rule)).toEqual(['untranslated-passage']);
  });
});

describe('reports with the source (mtqa check --source)', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  const report = checkText('Seite 1 von 40.\nSeite 2 von 41.\n', {
    lang: 'de',
    sourceDocument: { bytes: bytes('Page 1 of 40.\nPage 2 of 40.\n'), name: 'src.txt', lang: 'en' },
  });

  it('points at the source line and column of what it compares', () => {
    const f = report.findings.find((x) => x.rule === 'number-mismatch')!;
    expect(f).toMatchObject({ line: 2, column: 13, sourceSpan: { text: '40', line: 2, column: 11, start: 24, end: 26 } });
  });

  it('is valid against the published schema', () => {
    const schema = JSON.parse(readFileSync(new URL('../schema/report.schema.json', import.meta.url), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('alignMarks', () => {
  const mark = (at: number, next: 'lower' | 'upper' | 'none', question = false): Mark => ({
    mark: at,
    markEnd: at + 1,
    closeEnd: at + 1,
    next: at + 2,
    kind: 'end',
    question,
    nextCase: next,
    before: '',
    after: '',
  });

  it('pairs as many sentences on both sides one for one, however far apart their places', () => {
    // "ਇਹ ਸਾਰਾ ਕੈਨਵਸ ਸਾਫ ਕਰ ਦੇਵੇਗਾ। ਕੀ ਤੁਸੀਂ …?" (63) against "This will clear the whole canvas. Are you sure?" (47): 43 % and 70 %.
    expect(alignMarks([mark(27, 'upper'), mark(62, 'none', true)], 0, 63, [mark(32, 'upper'), mark(46, 'none', true)], 0, 47)).toEqual([0, 1]);
  });

  it('aligns by place where the sentences differ in number', () => {
    expect(alignMarks([mark(10, 'lower'), mark(27, 'upper'), mark(62, 'none')], 0, 63, [mark(32, 'upper'), mark(46, 'none')], 0, 47)).toEqual([-1, -1, 1]);
  });
});

describe('link targets of Markdown and HTML against the source document', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  const urlFindings = (name: string, text: string, source: string) =>
    checkText(text, { name: `de.${name}`, lang: 'de', sourceDocument: { bytes: bytes(source), name: `en.${name}`, lang: 'en' } })
      .findings.filter((f) => f.rule === 'url-mismatch')
      .map((f) => ({ text: text.slice(f.start, f.end), severity: f.severity, message: f.message, sourceText: f.sourceSpan?.text }));

  it('finds a changed link target, on the link text', () => {
    expect(
      urlFindings('md', 'Lesen Sie die [Anleitung](https://example.org/guide) und <https://exampel.org/faq>.\n', 'Read the [guide](https://example.com/guide) and <https://example.org/faq>.\n'),
    ).toEqual([
      { text: 'Anleitung', severity: 'error', message: 'URL “https://example.com/guide” was changed to “https://example.org/guide”.', sourceText: 'guide' },
      { text: '<https://exampel.org/faq>', severity: 'error', message: 'URL “https://example.org/faq” was changed to “https://exampel.org/faq”.', sourceText: '\uFFFC' },
    ]);
    expect(
      urlFindings('html', '<p>Lesen Sie die <a href="https://example.org/guide">Anleitung</a>.</p>\n', '<p>Read the <a href="https://example.com/guide">guide</a>.</p>\n'),
    ).toEqual([{ text: 'Anleitung', severity: 'error', message: 'URL “https://example.com/guide” was changed to “https://example.org/guide”.', sourceText: 'guide' }]);
  });

  it('takes a localised page for a warning and the same page in the translation language as right', () => {
    const warning = {
      text: 'Hilfe',
      severity: 'warning',
      message: 'URL “https://example.com/en/help” was changed to “https://example.com/de/hilfe”: the same site; check that the page exists.',
      sourceText: 'help',
    };
    expect(urlFindings('md', 'Siehe [Hilfe](https://example.com/de/hilfe).\n', 'See [help](https://example.com/en/help).\n')).toEqual([warning]);
    expect(urlFindings('html', '<p>Siehe <a href="https://example.com/de/hilfe">Hilfe</a>.</p>', '<p>See <a href="https://example.com/en/help">help</a>.</p>')).toEqual([warning]);
    expect(urlFindings('md', 'Siehe [Hilfe](https://example.com/de/help) und [dort](../dort.md).\n', 'See [help](https://example.com/en/help) and [there](../there.md).\n')).toEqual([]);
  });

  it('takes a reference link\'s target from its definition, wherever in the document it stands', () => {
    const source = 'Read the [guide][g] and the [FAQ][].\n\n[g]: https://example.com/guide\n[faq]: <https://example.org/faq> "Questions"\n';
    expect(urlFindings('md', 'Lesen Sie die [Anleitung][g] und die [FAQ][].\n\n[g]: https://example.org/guide\n[FAQ]: https://example.org/faq\n', source)).toEqual([
      { text: 'Anleitung', severity: 'error', message: 'URL “https://example.com/guide” was changed to “https://example.org/guide”.', sourceText: 'guide' },
    ]);
    // A label defined nowhere is no link; an undefined one in the source neither.
    expect(urlFindings('md', 'Lesen Sie die [Anleitung][x] und die [FAQ][].\n\n[faq]: https://example.org/faq\n', 'Read the [guide][x] and the [FAQ][].\n\n[faq]: https://example.org/faq\n')).toEqual([]);
  });

  it('reports a link whose text is its URL once', () => {
    expect(urlFindings('md', 'Siehe [https://exampel.org](https://exampel.org).\n', 'See [https://example.org](https://example.org).\n')).toEqual([
      { text: 'https://exampel.org', severity: 'error', message: 'URL “https://example.org” was changed to “https://exampel.org”.', sourceText: '\uFFFC' },
    ]);
    expect(
      urlFindings('html', '<p>Siehe <a href="https://exampel.org">https://exampel.org</a>.</p>\n', '<p>See <a href="https://example.org">https://example.org</a>.</p>\n'),
    ).toEqual([{ text: 'https://exampel.org', severity: 'error', message: 'URL “https://example.org” was changed to “https://exampel.org”.', sourceText: 'https://example.org' }]);
  });
});
