// The text-like format readers (plain text, Markdown, SRT, WebVTT, PO, JSON resources): realistic
// fixtures with planted artifacts found with their unit and file position and nothing on the
// markup; the seed rendered into each format; malformed and hostile input.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText } from '../lib/check.js';
import { chooseFormat, formatById } from '../lib/formats/index.js';
import type { Finding, Report } from '../lib/types.js';
import { RENDERINGS } from '../scripts/render-formats.js';

const fixture = (name: string) => readFileSync(new URL(`fixtures/formats/${name}`, import.meta.url), 'utf8');

interface Expected {
  rule: string;
  /** The file text right before the finding, and the text it starts with. */
  after: string;
  starts: string;
  unit?: Record<string, unknown>;
}

/** The report's findings are exactly these, in order, at these file positions, in these units. */
function expectFindings(report: Report, file: string, expected: Expected[]): void {
  expect(report.status, report.error?.message).toBe('ok');
  const got = report.findings.map((f) => `${f.rule} ${JSON.stringify(file.slice(f.start, f.start + 12))}`);
  expect(got).toHaveLength(expected.length);
  expected.forEach((e, k) => {
    const f = report.findings[k];
    expect(f.rule).toBe(e.rule);
    expect(f.start).toBe(file.indexOf(e.after) + e.after.length);
    expect(file.slice(f.start).startsWith(e.starts), got[k]).toBe(true);
    expectPosition(file, f);
    if (e.unit) expect(f.unit).toMatchObject(e.unit);
  });
}

function expectPosition(file: string, f: Finding): void {
  const before = file.slice(0, f.start).split(/\r\n|\r|\n/);
  expect([f.line, f.column]).toEqual([before.length, before[before.length - 1].length + 1]);
}

describe('every reader', () => {
  it('is chosen by extension, or by content when the name does not tell', () => {
    expect(chooseFormat('a.md', '').meta.id).toBe('markdown');
    expect(chooseFormat('a.POT', '').meta.id).toBe('po');
    expect(chooseFormat('app_fr.arb', '').meta.id).toBe('json');
    expect(chooseFormat('upload', 'WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n').meta.id).toBe('vtt');
    expect(chooseFormat('upload', '1\n00:00:01,000 --> 00:00:02,000\nHi\n').meta.id).toBe('srt');
    expect(chooseFormat('upload', '# comment\nmsgid ""\nmsgstr ""\n').meta.id).toBe('po');
    expect(chooseFormat('upload', '{\n  "a": "b"\n}\n').meta.id).toBe('json');
    expect(chooseFormat('upload', 'Plain words. More words.\n').meta.id).toBe('text');
  });
});

describe('plain text', () => {
  const file = fixture('newsletter.txt');

  it('joins hard-wrapped paragraphs, so breaks at line ends and "plan for\\n2024. the" are found', () => {
    expectFindings(checkText(file, { name: 'newsletter.txt' }), file, [
      { rule: 'stray-sentence-break', after: 'before the winter', starts: '. the' },
      { rule: 'stray-sentence-break', after: 'a plan for\n2024', starts: '. the' },
      { rule: 'stranded-fragment', after: 'next session. ', starts: 'Again.' },
    ]);
  });

  it('joins the hard-wrapped prose blocks of a book of verse (preface, licence), not its verse', () => {
    const preface =
      'This translation was begun many years ago, when the translator was a student and had\n' +
      'time for such things; it was put aside for a long while and taken up again only when\n' +
      'friends who had read the first scenes in a magazine asked for the rest of the poem, and\n' +
      'it is offered now with many doubts.\n';
    const verse =
      'Du bist noch nicht der Mann, den Teufel festzuhalten!\n' +
      'Umgaukelt ihn mit süßen Traumgestalten,\n' +
      'Versenkt ihn in ein Meer des Wahns;\n' +
      'Doch dieser Schwelle Zauber zu zerspalten,\n' +
      'Bedarf ich eines Rattenzahns.\n';
    const file = preface + '\n' + verse + '\n' + verse;
    const read = formatById('text')!.read(file);
    expect(read.text).toBe(preface.replace(/\n(?=.)/g, ' ') + '\n' + verse + '\n' + verse);
  });

  it('keeps one-segment-per-line files line by line', () => {
    const lines =
      'The meeting ended at noon and everybody left the building.\nthe next one is in May.\n' +
      'Prices rose by 3.5 percent in the first quarter.\nThe committee will publish its report on the regional economy next week.\n' +
      'Thank you.\nThe minister said that the talks with the unions had been difficult but fair.\n';
    const read = formatById('text')!.read(lines);
    expect(read.text).toBe(lines);
    expect(read.map).toBeUndefined();
    expect(checkText(lines, { lang: 'en' }).findings).toEqual([]);
  });
});

describe('Markdown', () => {
  const file = fixture('release-notes.md');

  it('finds breaks in wrapped paragraphs, list items, quotes, table cells and alt text, and nothing in code, links, HTML or front matter', () => {
    expectFindings(checkText(file, { name: 'release-notes.md' }), file, [
      { rule: 'stray-sentence-break', after: 'brings faster\nimports', starts: '. the', unit: { id: '2' } },
      { rule: 'stray-sentence-break', after: '  files', starts: '. it', unit: { id: '5' } },
      { rule: 'stray-sentence-break', after: '> automatically', starts: '. you', unit: { id: '7' } },
      { rule: 'stray-sentence-break', after: 'Skips checks', starts: '. the', unit: { id: '8', segment: 'r2c2' } },
      { rule: 'stray-sentence-break', after: 'settings page', starts: '. the', unit: { id: '9' } },
    ]);
  });

  it('reads each text block on a line of its own', () => {
    const { text } = formatById('markdown')!.read(file);
    expect(text.split('\n')).toContain('Run the installer with \uFFFC and check the output. If you see errors, read the troubleshooting guide first.');
    expect(text).not.toMatch(/npm install mtqa\. then|HTML block|Help\. here|title:/);
  });
});

describe('SRT and WebVTT', () => {
  it('joins a sentence over two cues and names both (endId)', () => {
    const file = fixture('interview.srt');
    expectFindings(checkText(file, { name: 'interview.srt', lang: 'en' }), file, [
      { rule: 'stray-sentence-break', after: 'and agreed', starts: '.\n\n2\n', unit: { id: '1', endId: '2' } },
      { rule: 'stray-sentence-break', after: '\n2024', starts: '. the', unit: { id: '5' } },
    ]);
  });

  it('skips NOTE and STYLE blocks, reads voice and class tags and timestamps as markup, decodes references', () => {
    const file = fixture('talk.vtt');
    const report = checkText(file, { name: 'talk.vtt', lang: 'en' });
    expectFindings(report, file, [
      { rule: 'stranded-fragment', after: '00:06.000\n<v Anna>', starts: 'Again.', unit: { id: '2' } },
      { rule: 'stray-sentence-break', after: '>agreed', starts: '. in', unit: { id: '3' } },
    ]);
    expect(formatById('vtt')!.read(file).text).toContain('The talks went well & we agreed.');
  });

  it('with the source file (--source), still reports a break that runs on into the next cue', () => {
    // The bilingual rule judges the breaks inside a cue; this one ends a cue, so the monolingual one stands.
    const srt = (first: string, second: string) =>
      `1\n00:00:01,000 --> 00:00:03,000\n${first}\n\n2\n00:00:03,100 --> 00:00:05,000\n${second}\n`;
    const source = srt('I went to the market', 'and bought some apples.');
    const target = srt('Ich ging auf den Markt.', 'und kaufte ein paar Äpfel.');
    const report = checkText(target, { name: 'de.srt', lang: 'de', sourceDocument: { bytes: new TextEncoder().encode(source), name: 'en.srt', lang: 'en' } });
    expectFindings(report, target, [{ rule: 'stray-sentence-break', after: 'den Markt', starts: '.\n\n2\n', unit: { id: '1', endId: '2' } }]);
  });

  it('ends a paragraph where a sentence ends before a pause, not where a cue goes on in lowercase', () => {
    const srt = (gap: number, next: string) =>
      `1\n00:00:01,000 --> 00:00:02,000\nThey met in Moscow.\n\n2\n00:00:0${2 + gap},000 --> 00:00:09,000\n${next}\n`;
    expect(formatById('srt')!.read(srt(3, 'Later they left.')).text).toBe('They met in Moscow.\nLater they left.\n');
    expect(formatById('srt')!.read(srt(0, 'Later they left.')).text).toBe('They met in Moscow. Later they left.\n');
    expect(formatById('srt')!.read(srt(3, 'and left.')).text).toBe('They met in Moscow. and left.\n');
  });

  it('ends a paragraph at a pause before a cue that opens with a capital, though the cue before has no closing mark', () => {
    const srt = (gap: number, first: string, next: string) =>
      `1\n00:00:01,000 --> 00:00:02,000\n${first}\n\n2\n00:00:0${2 + gap},000 --> 00:00:09,000\n${next}\n`;
    const read = (gap: number, first: string, next: string) => formatById('srt')!.read(srt(gap, first, next)).text;
    expect(read(3, 'They met in Moscow', '<i>Later they left.</i>')).toBe('They met in Moscow\nLater they left.\n');
    // A sentence said over the pause goes on in lowercase; without a pause the cues are one sentence.
    expect(read(3, 'I told him', 'that we were leaving.')).toBe('I told him that we were leaving.\n');
    expect(read(0, 'They met in', 'Moscow in March.')).toBe('They met in Moscow in March.\n');
    // A byline ends its story's paragraph, as it would in a page.
    const file = srt(3, 'He finished on the podium 103 times. dpa', 'Friedrich gets his 60th win.');
    expectFindings(checkText(file, { name: 'news.srt', lang: 'en' }), file, []);
  });

  it('in a language that capitalises its nouns, a capital after a pause and an article or preposition is a noun going on with the sentence', () => {
    const srt = (first: string, next: string) => `1\n00:00:01,000 --> 00:00:02,000\n${first}\n\n2\n00:00:05,000 --> 00:00:09,000\n${next}\n`;
    const read = (lang: string | undefined, first: string, next: string) => formatById('srt')!.read(srt(first, next), { lang }).text;
    // A German noun is capitalised wherever it stands: the sentence said over the pause goes on.
    expect(read('de', 'Wir standen am Bahnsteig, und dann kam der', 'Zug aus Berlin.')).toBe('Wir standen am Bahnsteig, und dann kam der Zug aus Berlin.\n');
    // After another word the capital opens a sentence, a verb's as well as a function word's: the paragraph ends.
    expect(read('de', 'Korrigieren Sie die Position des vorderen Beins', 'Und die Haltung bleibt.')).toBe('Korrigieren Sie die Position des vorderen Beins\nUnd die Haltung bleibt.\n');
    expect(read('de', 'und tätigen Sie Ihren Einkauf auf der Website', 'Führen Sie diese Schritte aus.')).toBe('und tätigen Sie Ihren Einkauf auf der Website\nFühren Sie diese Schritte aus.\n');
    // Where nouns are lowercase, the capital still opens a sentence; so it does where the language is not known yet.
    expect(read('en', 'They met in Moscow', 'Later they left.')).toBe('They met in Moscow\nLater they left.\n');
    expect(read(undefined, 'Wir standen am Bahnsteig, und dann kam der', 'Zug aus Berlin.')).toBe('Wir standen am Bahnsteig, und dann kam der\nZug aus Berlin.\n');
    // Only then does the reader ask for the language: other files are read once.
    expect(formatById('srt')!.read(srt('Wir standen am Bahnsteig, und dann kam der', 'Zug aus Berlin.')).needsLanguage).toBe(true);
    expect(formatById('srt')!.read(srt('They met in Moscow', 'Later they left.')).needsLanguage).toBeUndefined();
    // A script without case has no capital to tell: the cue goes on with the one before.
    expect(read('ja', '私たちは長い間駅で待っていて', '列車がベルリンから来ました。')).toBe('私たちは長い間駅で待っていて 列車がベルリンから来ました。\n');
    // checkText reads the file again in the language it detects: the German noun joins its sentence, found as one.
    const file = srt('Wir standen lange am Bahnsteig, und dann kam endlich der', 'Zug aus Berlin. er war voll, und niemand wollte aussteigen.');
    const report = checkText(file, { name: 'de.srt' });
    expect(report.language?.code).toBe('de');
    expect(report.summary?.sentences).toBe(2);
    expectFindings(report, file, [{ rule: 'stray-sentence-break', after: 'aus Berlin', starts: '. er', unit: { id: '2' } }]);
  });

  it('ends a paragraph at a pause before a cue that opens with a list label: the label starts an item', () => {
    const srt = (gap: number, first: string, next: string) =>
      `1\n00:00:01,000 --> 00:00:02,000\n${first}\n\n2\n00:00:0${2 + gap},000 --> 00:00:09,000\n${next}\n`;
    const read = (gap: number, first: string, next: string) => formatById('srt')!.read(srt(gap, first, next)).text;
    expect(read(3, 'The tenant keeps the house rules.', '12. promptly report any damage.')).toBe('The tenant keeps the house rules.\n12. promptly report any damage.\n');
    expect(read(3, 'The tenant may not', '<i>a) let the flat to others.</i>')).toBe('The tenant may not\na) let the flat to others.\n');
    // A dash opens a speaker's turn, not an item: a lowercase one still goes on with the sentence.
    expect(read(3, 'They met in Moscow.', '- and left.')).toBe('They met in Moscow. - and left.\n');
    const file = srt(3, 'Пацієнт дотримується правил.', '5. постійно дотримуватися принципів гігієни.');
    expectFindings(checkText(file, { name: 'uk.srt', lang: 'uk' }), file, []);
  });

  it('judges the register of a lowercase cue after a pause apart from the cues before it, in the one paragraph', () => {
    const srt = (first: string, next: string) => `1\n00:00:01,000 --> 00:00:02,000\n${first}\n\n2\n00:00:05,000 --> 00:00:09,000\n${next}\n`;
    // A chat line that writes in lowercase: neither its own breaks nor the join are slips.
    const chat = srt('It was one of the largest tornadoes in U.S. history.', "isn't the hero zelda? i think not a lot of people thought about it");
    expect(formatById('srt')!.read(chat).text).toBe("It was one of the largest tornadoes in U.S. history. isn't the hero zelda? i think not a lot of people thought about it\n");
    expectFindings(checkText(chat, { name: 'chat.srt', lang: 'en' }), chat, []);
    // A sentence translated cue by cue: the cue after the pause capitalises like the rest, the break is a slip.
    const slip = srt('Ahora crearemos un hueso para el antebrazo.', 'y desde ese hueso haremos otro. Luego lo movemos.');
    expectFindings(checkText(slip, { name: 'es.srt', lang: 'es' }), slip, [
      { rule: 'stray-sentence-break', after: 'el antebrazo', starts: '.\n\n2\n', unit: { id: '1', endId: '2' } },
    ]);
    // So is a lowercase cue after a pause that goes on from a cue without a sentence end: a message
    // written in lowercase throughout stays silent, one that capitalises has its slips found.
    const message = srt('We moved here in May. The school is new to us. Our son likes it. Would sport help him settle in? (swimming or music)', "today is not my day. the blinds in the living room broke. alone in the morning. it's another night");
    expectFindings(checkText(message, { name: 'chat.srt', lang: 'en' }), message, []);
    const said = srt('I told him', 'that we were leaving. then we left. Nobody saw us.');
    expectFindings(checkText(said, { name: 'said.srt', lang: 'en' }), said, [{ rule: 'stray-sentence-break', after: 'were leaving', starts: '. then', unit: { id: '2' } }]);
  });

  it('reads an agency byline as signing the cues before a pause, though a lowercase cue goes on in the paragraph', () => {
    const srt = (first: string, next: string) => `1\n00:00:01,000 --> 00:00:02,000\n${first}\n\n2\n00:00:05,000 --> 00:00:09,000\n${next}\n`;
    const file = srt('This was an increase of 65 percent on the day before. dpa', 'will the full amount be refunded upon delivery?');
    expect(formatById('srt')!.read(file).text).toBe('This was an increase of 65 percent on the day before. dpa will the full amount be refunded upon delivery?\n');
    expectFindings(checkText(file, { name: 'news.srt', lang: 'en' }), file, []);
    // Without the pause, the cues are one message: "dpa" opens a sentence of it.
    const joined = file.replace('00:00:05,000', '00:00:02,100');
    expectFindings(checkText(joined, { name: 'news.srt', lang: 'en' }), joined, [{ rule: 'stray-sentence-break', after: 'day before', starts: '. dpa', unit: { id: '1' } }]);
  });

  it('leaves out a continuation "..." after a cue ending in a full stop, so the break it contradicts is found', () => {
    const srt = (first: string, second: string) =>
      `1\n00:00:01,000 --> 00:00:03,000\n${first}\n\n2\n00:00:03,100 --> 00:00:05,000\n${second}\n`;
    const read = (first: string, second: string) => formatById('srt')!.read(srt(first, second)).text;
    expect(read('Ahora crearemos un hueso para el antebrazo.', '...y desde ese hueso haremos otro.')).toBe(
      'Ahora crearemos un hueso para el antebrazo. y desde ese hueso haremos otro.\n',
    );
    expect(read('Then we copy the keyframe.', '<i>… and move the character.</i>')).toBe('Then we copy the keyframe. and move the character.\n');
    // The marker stays where the cue before agrees with it (an ellipsis, no mark) or resumes a thought after "?" or "!".
    expect(read('Then we copy the keyframe...', '...and move the character.')).toBe('Then we copy the keyframe... ...and move the character.\n');
    expect(read('Then we copy the keyframe', '...and move the character.')).toBe('Then we copy the keyframe ...and move the character.\n');
    expect(read('Do we have dogs here?', '...in case of a power cut, start the generator.')).toBe(
      'Do we have dogs here? ...in case of a power cut, start the generator.\n',
    );
    expect(read('Select the upper circle..', '...right-click it.')).toBe('Select the upper circle.. ...right-click it.\n');
    expect(read('He left.', '...Later that day.')).toBe('He left. ...Later that day.\n');
    // After another speaker's turn the marker may resume the first speaker's sentence.
    expect(read('-But when you ace a witness...\n-A working man.', "...who ain't even in the game.")).toBe(
      "-But when you ace a witness... -A working man. ...who ain't even in the game.\n",
    );
    const file = srt('Ahora crearemos un hueso para el antebrazo.', '...y desde ese hueso haremos otro.');
    expectFindings(checkText(file, { name: 'es.srt', lang: 'es' }), file, [
      { rule: 'stray-sentence-break', after: 'el antebrazo', starts: '.\n\n2\n', unit: { id: '1', endId: '2' } },
    ]);
  });

  it('reads a quotation opened again on each cue it runs over as one quotation', () => {
    const srt = (...cues: string[]) => cues.map((c, k) => `${k + 1}\n00:00:0${k + 1},000 --> 00:00:0${k + 1},900\n${c}\n`).join('\n');
    const read = (...cues: string[]) => formatById('srt')!.read(srt(...cues)).text;
    expect(read('And say, "Mr. Nugget, you the bomb.', '"We selling chicken faster', 'than you can fry it."')).toBe(
      'And say, "Mr. Nugget, you the bomb. We selling chicken faster than you can fry it."\n',
    );
    expect(read('Er sagte: „Wir kommen', '<i>„morgen wieder.“</i>')).toBe('Er sagte: „Wir kommen morgen wieder.“\n');
    // A quotation closed before, or a mark inside a tag, leaves the next one as written.
    expect(read('He said "yes".', '"No," she said.')).toBe('He said "yes". "No," she said.\n');
    expect(read('<font color="red">Stop', '"here" now.')).toBe('Stop "here" now.\n');
    const file = srt('On a un dicton : "Le coyote aime', '"au sang qui dégouline."');
    expectFindings(checkText(file, { name: 'fr.srt', lang: 'fr' }), file, []);
  });

  it('reads a cue that repeats the one before without a gap once: the line stays on screen', () => {
    const srt = (...cues: [string, string, string][]) => cues.map(([from, to, text], k) => `${k + 1}\n${from} --> ${to}\n${text}\n`).join('\n');
    const held = srt(['00:07:58,150', '00:07:59,530', '행렬식이 사용된건 우연이 아니야.'], ['00:07:59,530', '00:08:01,931', '행렬식이 사용된건 우연이 아니야.'], ['00:08:01,931', '00:08:04,009', '기저벡터를 아무순서로 적은게 아니야.']);
    const read = formatById('srt')!.read(held);
    expect(read.text).toBe('행렬식이 사용된건 우연이 아니야. 기저벡터를 아무순서로 적은게 아니야.\n');
    expect(read.units!.map((u) => u.address.id)).toEqual(['1', '3']);
    expectFindings(checkText(held, { name: 'ko.srt', lang: 'ko' }), held, []);
    // After a gap, or with other text, a repeated line is said again.
    const again = srt(['00:00:01,000', '00:00:02,000', 'Stop.'], ['00:00:02,500', '00:00:03,000', 'Stop.']);
    expect(formatById('srt')!.read(again).text).toBe('Stop. Stop.\n');
  });

  it('leaves sung lines out (♪, ♫, or "#" for ♪): refrains, no marks, the song\'s own language', () => {
    const srt = (...cues: string[]) => cues.map((text, k) => `${k + 1}\n00:00:0${2 * k + 1},000 --> 00:00:0${2 * k + 2},000\n${text}\n`).join('\n');
    const file = srt('<i>♪ Oh, oh, oh ♪</i>\n<i>♪ Oh, oh, oh ♪</i>', "<i># Always singin'\nthe same old song #</i>", '- ♪ La la la ♪\n- Stop singing.', 'Look at #1 in C#.\n# Notes on pipes.');
    // A "#" without its pair is no note: a heading, a number, a name.
    expect(formatById('srt')!.read(file).text).toBe('- Stop singing. Look at #1 in C#. # Notes on pipes.\n');
    expectFindings(checkText(file, { name: 'song.srt', lang: 'en' }), file, []);
    const vtt = 'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Anna>♫ La la la, la la la\nla la la ♫\n\n00:02.100 --> 00:03.000\n<v Anna>Again!\n';
    expect(formatById('vtt')!.read(vtt).text).toBe('Again!\n');
  });

  it('reads a line said again by another speaker or on the next cue as dialogue, not as a sentence translated twice', () => {
    const srt = (...cues: string[]) => cues.map((text, k) => `${k + 1}\n00:00:0${k + 1},000 --> 00:00:0${k + 1},900\n${text}\n`).join('\n');
    const file = srt(
      'Yes, please.\n- What is wrong with you?\n- What is wrong with you?',
      'We have no brakes!',
      'We have no brakes! Move!',
      'That was great.\nThat was great.',
      'All right, move.\nMove, move, move.',
      '- Go!\n- Go, go, go!',
    );
    expectFindings(checkText(file, { name: 'film.srt', lang: 'en' }), file, []);
    // In one line, the same sentence twice is still a segment translated twice, and a word four times a loop.
    const twice = srt('The agreement on energy was signed yesterday. The agreement on energy was signed yesterday.', 'No. No. No. No.');
    expectFindings(checkText(twice, { name: 'twice.srt', lang: 'en' }), twice, [
      { rule: 'repeated-sentence', after: '00:00:01,900\n', starts: 'The agreement', unit: { id: '1' } },
      { rule: 'repetition-loop', after: '00:00:02,900\n', starts: 'No. No.', unit: { id: '2' } },
    ]);
  });

  it('reads "-->" inside a cue\'s text as text, and rejects it only where a timing line must stand', () => {
    const cue = (text: string) => `1\n00:00:01,000 --> 00:00:02,000\n${text}\n`;
    expect(formatById('srt')!.read(cue('Press A --> B to go on.')).text).toBe('Press A --> B to go on.\n');
    expect(formatById('srt')!.read(cue('The arrow\nx --> y points right.')).text).toBe('The arrow x --> y points right.\n');
    expect(() => formatById('srt')!.read('1\n00:00:01 --> 00:00:02\nHi.\n')).toThrow(/a cue timing line must read like/);
    expect(() => formatById('srt')!.read(`${cue('Hi.')}\n2\n00:00:03 --> 00:00:04\nBye.\n`)).toThrow(/a cue timing line must read like/);
    // A timing line that lost its arrow after a cue number: damaged, not the last cue's text ("2 00:00:03,760 -- …").
    expect(() => formatById('srt')!.read(`${cue('Hi.')}\n2\n00:00:03,760 -- 00:00:05,860\nBye.\n`)).toThrow(/a cue timing line must read like/);
    // A number and a time as the text of a cue stay text.
    expect(formatById('srt')!.read(cue('Round\n\n2\nstarts at 10:30.')).text).toBe('Round 2 starts at 10:30.\n');
  });
});

describe('PO', () => {
  const file = fixture('app.de.po');
  const report = checkText(file, { name: 'app.de.po' });

  it('finds breaks in plural forms, fuzzy and obsolete entries, with msgid, msgctxt, plural form and state', () => {
    expectFindings(report, file, [
      // Against its source (msgid_plural): a break the source does not have.
      { rule: 'sentence-break-mismatch', after: 'Dateien wurden kopiert', starts: '. sie', unit: { id: 'One file was copied.', segment: 'msgstr[1]' } },
      // A fuzzy entry is reported as such and not compared with its source; its text is still checked.
      { rule: 'unit-status', after: 'close the window."\nmsgstr ""\n"', starts: 'Der Export', unit: { state: 'fuzzy' } },
      { rule: 'stray-sentence-break', after: 'Fenster schließen', starts: '. und', unit: { id: 'The export finished.\nYou can close the window.', state: 'fuzzy' } },
      { rule: 'stray-sentence-break', after: 'Alter Eintrag', starts: '. mit', unit: { id: 'Old entry', state: 'obsolete' } },
    ]);
  });

  it('uses the header language and keeps msgid as the source, flags on the unit', () => {
    expect(report.language).toMatchObject({ code: 'de', source: 'declared' });
    const read = formatById('po')!.read(file);
    const units = read.units!;
    expect(units.map((u) => read.source!.text.slice(u.sourceStart, u.sourceEnd))).toEqual([
      'Deleted %d files.',
      'Open the "recent" list',
      'One file was copied.',
      '%d files were copied.',
      'The export finished.\nYou can close the window.',
      'Old entry',
    ]);
    expect(units[0].flags).toEqual(['c-format']);
    expect(units[1].address).toEqual({ id: 'Open the "recent" list', key: 'menu' });
    // An escaped quote maps to its escape in the file.
    const q = read.text.indexOf('"Zuletzt');
    expect(read.map!.toFileRange(q, q + 1)).toMatchObject({ start: file.indexOf('\\"Zuletzt'), end: file.indexOf('\\"Zuletzt') + 2 });
  });

  it('reports malformed files with line and column', () => {
    const bad = (po: string) => checkText(po, { name: 'x.po' }).error;
    expect(bad('msgid "a"\nmsgstr "b\n')).toEqual({ code: 'invalid-format', message: 'Not valid Gettext PO (line 2, column 8): the string has no closing quote on its line' });
    expect(bad('msgid "a"\nmsgstr "b" x\n')?.message).toMatch(/line 2, column 12\): unexpected text after the closing quote/);
    expect(bad('msgid "a"\nmsgstr "\\q"\n')?.message).toMatch(/line 2, column 9\): unknown escape sequence \\q/);
    expect(bad('msgstr "b"\n')?.message).toMatch(/line 1, column 1\): msgstr without a msgid/);
    expect(bad('msgid "a"\nmsgtxt "b"\n')?.message).toMatch(/line 2, column 1\): expected msgid/);
  });
});

describe('JSON resources', () => {
  it('reads nested i18next keys by JSON pointer, placeholders as markup', () => {
    const file = fixture('i18next.de.json');
    expectFindings(checkText(file, { name: 'i18next.de.json' }), file, [
      { rule: 'stray-sentence-break', after: 'wird gelöscht', starts: '. sie', unit: { id: '/dialog/body' } },
      { rule: 'stray-sentence-break', after: 'Backslash', starts: '. und', unit: { id: '/a~1b/c~0d' } },
    ]);
  });

  it('reads ICU plurals as their other form inline and the other forms as units of their own', () => {
    const file = fixture('formatjs.en.json');
    expectFindings(checkText(file, { name: 'formatjs.en.json' }), file, [
      { rule: 'stray-sentence-break', after: '# message', starts: '. it', unit: { id: '/inbox.count', segment: 'count:one' } },
      { rule: 'stray-sentence-break', after: 'welcome back', starts: '. the', unit: { id: '/welcome' } },
    ]);
    const read = formatById('json')!.read(file);
    expect(read.text).toBe('You have \uFFFC messages in your inbox.\nno messages\n\uFFFC message. it is new\nHello \uFFFC, welcome back. the dashboard is ready.\nIt\'s {literal} text.\n');
    expect(read.units![0].flags).toEqual(['icu-message-format']);
  });

  it('reads only Chrome messages and ARB strings, not descriptions or metadata', () => {
    const chrome = fixture('_locales/de/messages.json');
    expectFindings(checkText(chrome, { name: 'messages.json' }), chrome, [
      { rule: 'stray-sentence-break', after: 'willkommen zurück', starts: '. wir', unit: { id: '/greeting/message' } },
    ]);
    const arb = fixture('app_fr.arb');
    const report = checkText(arb, { name: 'app_fr.arb' });
    expectFindings(report, arb, [{ rule: 'stray-sentence-break', after: "l'application", starts: '. vous', unit: { id: '/welcome' } }]);
    expect(report.language).toMatchObject({ code: 'fr', source: 'declared' });
  });

  it('pairs a translation with its source file by key (--source)', () => {
    const source = '{"a": "One.", "b": {"c": "Two words."}}';
    const target = '{"b": {"c": "Zwei Wörter."}, "a": "Eins."}';
    const json = formatById('json')!;
    const read = json.read(target);
    expect(read.units!.map((u) => u.address.id)).toEqual(['/b/c', '/a']);
    const report = checkText(target, { name: 't.json', lang: 'de', sourceDocument: { bytes: new TextEncoder().encode(source), name: 's.json', lang: 'en' } });
    expect(report.status).toBe('ok');
    expect(report.sourceLanguage?.code).toBe('en');
  });

  it('reads a name in angle brackets that nothing closes as text, not a tag (a key, a usage placeholder)', () => {
    // ICU rich text and i18next Trans close their tags: "<Enter>" alone is the name of a key, which a translation translates.
    const source = '{"save": "Press <Enter> to save.", "bold": "Click <b>here</b>.", "icu": "{n} <count> items"}';
    const target = '{"save": "Drücken Sie <Eingabe>, um zu speichern.", "bold": "Klicken Sie <b>hier</b>.", "icu": "{n} <Anzahl> Einträge"}';
    const read = formatById('json')!.read(target);
    expect(read.text).toBe('Drücken Sie <Eingabe>, um zu speichern.\nKlicken Sie hier.\n\ufffc <Anzahl> Einträge\n');
    const report = checkText(target, { name: 't.json', lang: 'de', sourceDocument: { bytes: new TextEncoder().encode(source), name: 's.json', lang: 'en' } });
    expect(report.findings.filter((f) => f.rule === 'tag-mismatch')).toEqual([]);
    // A tag left open where the source closes it is still a tag, and its loss is found.
    const lost = checkText('{"bold": "Klicken Sie <b>hier."}', { name: 't.json', lang: 'de', sourceDocument: { bytes: new TextEncoder().encode('{"bold": "Click <b>here</b>."}'), name: 's.json', lang: 'en' } });
    expect(lost.findings.filter((f) => f.rule === 'tag-mismatch').length).toBeGreaterThan(0);
  });

  it('tells sources that differ only in their placeholders apart (inconsistent-translation)', () => {
    // Both read "Could not open ￼ for reading": what the placeholder stands for decides.
    const source = '{"a": "Could not open {file} for reading", "b": "Could not open {folder} for reading", "c": "Could not open {file} for reading"}';
    const target = '{"a": "Die Datei {file} konnte nicht geöffnet werden", "b": "Der Ordner {folder} konnte nicht geöffnet werden", "c": "Datei {file} ist nicht lesbar"}';
    const report = checkText(target, { name: 't.json', lang: 'de', sourceDocument: { bytes: new TextEncoder().encode(source), name: 's.json', lang: 'en' } });
    expect(report.findings.filter((f) => f.rule === 'inconsistent-translation').map((f) => [f.unit?.id, f.message])).toEqual([
      ['/c', 'The same source is translated “Die Datei ￼ konnte nicht geöffnet werden” in unit /a.'],
    ]);
  });

  it('reports malformed files with line and column', () => {
    const bad = (json: string) => checkText(json, { name: 'x.json' }).error?.message;
    expect(bad('{\n  "a": "b",\n}')).toBe('Not valid JSON resources (line 3, column 1): expected a key in double quotes');
    expect(bad('{"a": "b\nc"}')).toMatch(/line 1, column 9\): a control character or line break inside a string/);
    expect(bad('{"a" "b"}')).toMatch(/line 1, column 6\): expected ':' after the key/);
    expect(bad('{"a": [1, 2}')).toMatch(/line 1, column 12\): expected ',' or '\]'/);
    expect(bad('{"a": "\\x"}')).toMatch(/invalid escape \\x/);
    expect(bad('{"a": 1} x')).toMatch(/unexpected text after the JSON value/);
  });
});

describe('the seed rendered into each format', () => {
  const seed = readFileSync(new URL('../seeds/000_3bf6eb0c58bdff8a.txt', import.meta.url), 'utf8');
  const paragraphs = seed.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  // The eight artifacts, as the checked text shows them.
  const ARTIFACTS = ['Again.', '. comprehensive', '. the G20', '. in', '. of growth', '. more', '. coordination', '. at'];

  for (const [name, render] of RENDERINGS) {
    it(`${name}: eight findings, each at its place in the file`, () => {
      const file = render(paragraphs);
      const report = checkText(file, { name });
      expect(report.source.format).toBe(chooseFormat(name, file).meta.id);
      // In a PO file the msgid is the source: the bilingual rule reports the breaks there.
      const seg = report.findings.filter((f) => f.rule === 'stray-sentence-break' || f.rule === 'stranded-fragment' || f.rule === 'sentence-break-mismatch');
      expect(seg.map((f) => f.excerpt.text.slice(f.excerpt.start, f.excerpt.end))).toEqual(ARTIFACTS.map((a) => expect.stringContaining(a)));
      expect(report.findings.filter((f) => f.category === 'segmentation')).toHaveLength(8);
      for (const f of seg) {
        const flagged = f.excerpt.text.slice(f.excerpt.start, f.excerpt.end);
        expect(file[f.start]).toBe(flagged[0]);
        expectPosition(file, f);
        if (name !== 'doc.txt') expect(f.unit).toBeDefined();
      }
    });
  }
});

describe('hostile input stays linear and never crashes', () => {
  const MB = 1_000_000;
  const cases: Array<[string, string, string]> = [
    ['JSON nested 100,000 deep', 'x.json', '['.repeat(100_000) + '"a. the"' + ']'.repeat(100_000)],
    ['JSON with one 5 MB string', 'x.json', `{"a": "${'word. '.repeat(MB)}"}`],
    ['JSON with 200,000 keys', 'x.json', `{${Array.from({ length: 200_000 }, (_, k) => `"k${k}": "v {x} '{'"`).join(',')}}`],
    ['ICU nested 10,000 deep', 'x.json', `{"a": "${'{n, select, other {'.repeat(10_000)}x${'}}'.repeat(10_000)}"}`],
    ['Markdown quotes 100,000 deep', 'x.md', '> '.repeat(100_000) + 'text. the end\n'],
    ['Markdown lists 50,000 deep', 'x.md', Array.from({ length: 2000 }, () => '- '.repeat(25) + 'item. the').join('\n')],
    ['Markdown 1 MB of brackets', 'x.md', '[a]('.repeat(MB / 4)],
    ['Markdown 1 MB of backticks', 'x.md', Array.from({ length: 1000 }, (_, k) => '`'.repeat(k + 1) + ' x ').join('')],
    ['Markdown 1 MB of emphasis', 'x.md', '*_'.repeat(MB / 2)],
    ['Markdown unclosed comments', 'x.md', '<!-- a '.repeat(MB / 7)],
    ['Markdown unclosed tags', 'x.md', '<a href="x" '.repeat(MB / 12)],
    ['SRT with 100,000 cues', 'x.srt', Array.from({ length: 100_000 }, (_, k) => `${k + 1}\n00:00:01,000 --> 00:00:02,000\nline. the\n`).join('\n')],
    ['PO with 1 MB of continuation lines', 'x.po', 'msgid "a"\nmsgstr ""\n' + '"word. the "\n'.repeat(MB / 13)],
    ['YAML key with 100,000 blanks before its colon', 'x.yml', 'a' + ' '.repeat(100_000) + 'b: c\n' + 'd' + ' '.repeat(100_000) + ': e\n'],
    ['YAML with 100,000 sequence items and quoted lines', 'x.yml', 'a:\n' + '  - x. the\n'.repeat(100_000) + 'b: "' + 'x. the\n'.repeat(100_000) + '"\n'],
    ['Apple .strings with 100,000 comments', 'x.strings', '/* c */ "k" = "v. the";\n'.repeat(100_000)],
    ['text of 1 MB wrapped lines', 'x.txt', 'The wrapped line of prose goes on and on across the width of the\n'.repeat(MB / 67)],
    // Lines opened as a play's speakers open theirs, by 20,000 different words, and a break after a name.
    ['text of 40,000 label-like line openings', 'x.txt', Array.from({ length: 40_000 }, (_, k) => `Q${(k >> 1).toString(36).replace(/\d/g, (d) => 'abcdefghij'[+d])}. The text goes on.`).join('\n') + '\nWe met in China. the G20 was there.\n'],
    ['text of 1 MB of one-word sentences in one paragraph', 'x.txt', 'word. '.repeat(MB / 6)],
  ];
  for (const [what, name, file] of cases) {
    it(what, () => {
      const report = checkText(file, { name });
      expect(['ok', 'error']).toContain(report.status);
      if (report.status === 'error') expect(report.error?.code).toBe('invalid-format');
    });
  }
});
