// XLIFF 1.2, XLIFF 2.0 and TMX files as CAT tools and MT pipelines write them: the planted
// artifacts are found in the right unit and segment at the right place in the file, nothing is
// found on markup, skipped or alternative text; source and inline codes are paired for the
// bilingual checks; fix --write keeps the file valid and changes nothing but the edits.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../cli/mtqa.js';
import { applyEdits, collectEdits } from '../lib/fix.js';
import { tmx } from '../lib/formats/tmx.js';
import { xliff } from '../lib/formats/xliff.js';
import type { FormatReader } from '../lib/formats/types.js';
import { check, expectFindings } from './format-fixtures.js';

export const XLIFF12 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0">
  <file original="press/2023-05-24.html" source-language="de-DE" target-language="en-US" datatype="html">
    <header><tool tool-id="mt" tool-name="MT engine"/></header>
    <body>
      <trans-unit id="title" resname="page.title">
        <source>Treffen in Peking</source>
        <target state="translated">Meeting in Beijing</target>
      </trans-unit>
      <group id="g1">
        <trans-unit id="p1">
          <source>Xi Jinping traf Mishustin. Sie sprachen über <g id="1">BRICS und China</g> sowie die G20.</source>
          <seg-source><mrk mtype="seg" mid="1">Xi Jinping traf Mishustin.</mrk> <mrk mtype="seg" mid="2">Sie sprachen über <g id="1">BRICS und China</g> sowie die G20.</mrk></seg-source>
          <target state="needs-review-translation"><mrk mtype="seg" mid="1">Xi Jinping met Mishustin.</mrk> <mrk mtype="seg" mid="2">They talked about <g id="1">BRICS and China</g>. the G20.</mrk></target>
        </trans-unit>
        <trans-unit id="p2" approved="yes">
          <source>Klicken Sie auf <x id="2"/>, um fortzufahren. Der Preis steigt um <bpt id="3">&lt;b&gt;</bpt>5 %<ept id="3">&lt;/b&gt;</ept>.</source>
          <target state="signed-off">Click <x id="2"/> to continue. the price rises by <bpt id="3">&lt;b&gt;</bpt>5%<ept id="3">&lt;/b&gt;</ept>.</target>
          <alt-trans origin="tm"><source>Klicken Sie.</source><target>Press <x id="2"/>. to go on</target></alt-trans>
          <note>Do not translate the button label. the note is not checked</note>
        </trans-unit>
      </group>
      <trans-unit id="code" translate="no"><source>npm ci. then run</source><target>npm ci. then run</target></trans-unit>
      <group id="legal" translate="no"><trans-unit id="l1"><source>GmbH. und Co</source><target>GmbH. und Co</target></trans-unit></group>
      <trans-unit id="p3"><source>AT&amp;T und R&amp;D.</source><target>AT&amp;T and R&amp;D &amp; Q&amp;A met. Fine.</target></trans-unit>
      <trans-unit id="p4"><source>Noch nicht übersetzt.</source></trans-unit>
      <trans-unit id="p5"><source>Marke</source><target>The <mrk mtype="protected">brand. name</mrk> stays.</target></trans-unit>
    </body>
  </file>
</xliff>
`;

export const XLIFF20 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="en-GB">
  <file id="f1" original="app/strings.json">
    <unit id="welcome" name="screen.welcome">
      <originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data><data id="d3">{user}</data></originalData>
      <segment id="s1" state="translated"><source>Willkommen, <ph id="1" dataRef="d3"/>.</source><target>Welcome, <ph id="1" dataRef="d3"/>.</target></segment>
      <ignorable><source> </source><target> </target></ignorable>
      <segment id="s2" state="reviewed"><source>Die <pc id="2" dataRefStart="d1" dataRefEnd="d2">Seiten</pc> bauen die Zusammenarbeit aus.</source><target>The <pc id="2" dataRefStart="d1" dataRefEnd="d2">sides</pc> will expand cooperation. in the field of energy.</target></segment>
      <segment id="s3"><source><sc id="3" dataRef="d1"/>Neu<ec startRef="3" dataRef="d2"/> im Angebot.</source><target><sc id="3" dataRef="d1"/>New<ec startRef="3" dataRef="d2"/> on offer<cp hex="2026"/></target></segment>
    </unit>
    <unit id="legal" translate="no"><segment><source>GmbH. und Co</source><target>GmbH. und Co</target></segment></unit>
    <unit id="u3"><notes><note>Checked. the notes are not text</note></notes><segment><source>Zweite Zeile. Mehr</source><target>Second line. more to come</target></segment></unit>
  </file>
</xliff>
`;

export const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="mt" creationtoolversion="1" segtype="sentence" o-tmf="mt" adminlang="en" srclang="de" datatype="html"/>
  <body>
    <tu tuid="101"><prop type="x-domain">news</prop>
      <tuv xml:lang="de"><seg>Die Seiten bauen die <bpt i="1" x="1">&lt;b&gt;</bpt>Zusammenarbeit<ept i="1">&lt;/b&gt;</ept> im Energiebereich aus.</seg></tuv>
      <tuv xml:lang="en"><seg>The sides will expand <bpt i="1" x="1">&lt;b&gt;</bpt>cooperation<ept i="1">&lt;/b&gt;</ept>. in the field of energy.</seg></tuv>
    </tu>
    <tu tuid="102">
      <tuv xml:lang="EN"><seg>Click <ph x="2">&lt;img src="i.png"/&gt;</ph> to go on. Tom &amp; Jerry.</seg></tuv>
      <tuv xml:lang="DE"><seg>Klicken Sie auf <ph x="2">&lt;img src="i.png"/&gt;</ph>. Tom &amp; Jerry.</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="de"><seg>Neu <hi type="b">im</hi> Angebot. <it pos="begin" x="3">&lt;i&gt;</it>Bald mehr</seg></tuv>
      <tuv xml:lang="en"><seg>New <hi type="b">on</hi> offer. <it pos="begin" x="3">&lt;i&gt;</it>More. soon</seg></tuv>
    </tu>
  </body>
</tmx>
`;

const dir = mkdtempSync(path.join(tmpdir(), 'mtqa-xliff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('XLIFF 1.2', () => {
  const report = check(XLIFF12, 'press.xlf');

  it('finds the planted breaks in their unit and segment, and nothing on tags, alternatives, notes or skipped units', () => {
    expectFindings(report, XLIFF12, [
      // With the source known, sentence-break-mismatch reports the breaks (the sources have none).
      { rule: 'sentence-break-mismatch', flagged: '. the G20.', unit: { id: 'p1', segment: '2', state: 'needs-review-translation', part: 'press/2023-05-24.html' } },
      { rule: 'sentence-break-mismatch', flagged: '. the', unit: { id: 'p2', state: 'signed-off, approved' } },
      // A string whose source ("Marke") has no final mark gained one.
      { rule: 'end-punctuation-mismatch', flagged: 'stays.', unit: { id: 'p5' } },
    ]);
    expect(report.source.format).toBe('xliff');
  });

  it('uses the declared target language and reads the source language', () => {
    expect(report.language).toMatchObject({ code: 'en', source: 'declared' });
  });

  it('pairs each target segment with its source segment, inline codes included', () => {
    const read = xliff.read(XLIFF12);
    const pair = (i: number) => {
      const u = read.units![i];
      return [read.text.slice(u.start, u.end), read.source!.text.slice(u.sourceStart, u.sourceEnd), u.address];
    };
    expect(read.units!.map((u) => [u.address.id, u.address.segment])).toEqual([
      ['title', undefined],
      ['p1', '1'],
      ['p1', '2'],
      ['p2', undefined],
      ['p3', undefined],
      ['p5', undefined],
    ]);
    expect(pair(0)).toEqual(['Meeting in Beijing', 'Treffen in Peking', { id: 'title', key: 'page.title', part: 'press/2023-05-24.html', state: 'translated' }]);
    expect(pair(2).slice(0, 2)).toEqual(['They talked about BRICS and China. the G20.', 'Sie sprachen über BRICS und China sowie die G20.']);
    expect(pair(3).slice(0, 2)).toEqual(['Click \uFFFC to continue. the price rises by 5%.', 'Klicken Sie auf \uFFFC, um fortzufahren. Der Preis steigt um 5 %.']);
    expect(pair(5)[0]).toBe('The \uFFFC stays.');
    const p2 = read.units![3];
    expect(p2.codes).toEqual([
      { id: '2', kind: 'standalone', offset: read.text.indexOf('\uFFFC') },
      { id: '3', kind: 'open', offset: read.text.indexOf('5%') },
      { id: '3', kind: 'close', offset: read.text.indexOf('5%') + 2 },
    ]);
    expect(p2.sourceCodes?.map((c) => [c.id, c.kind])).toEqual([
      ['2', 'standalone'],
      ['3', 'open'],
      ['3', 'close'],
    ]);
    expect(read.lang).toBe('en-US');
    expect(read.source!.lang).toBe('de-DE');
  });
});

describe('XLIFF 1.2 as Trados and memoQ write it', () => {
  it('takes the state of each segment from sdl:seg-defs, and memoQ\'s mq:status', () => {
    const file = `<xliff version="1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns:mq="MQXliff"><file original="a.docx" source-language="de-DE" target-language="en-US"><body>
<trans-unit id="8f1c"><source>Eins. Zwei.</source>
<seg-source><mrk mtype="seg" mid="1">Eins.</mrk> <mrk mtype="seg" mid="2">Zwei.</mrk></seg-source>
<target><mrk mtype="seg" mid="1">One.</mrk> <mrk mtype="seg" mid="2">Two.</mrk></target>
<sdl:seg-defs><sdl:seg id="1" conf="ApprovedTranslation" origin="tm"/><sdl:seg id="2" conf="Draft" origin="mt"/></sdl:seg-defs></trans-unit>
<trans-unit id="9" mq:status="ManuallyConfirmed"><source>Drei.</source><target>Three.</target></trans-unit>
</body></file></xliff>`;
    expect(xliff.read(file).units!.map((u) => [u.address.id, u.address.segment, u.address.state])).toEqual([
      ['8f1c', '1', 'ApprovedTranslation'],
      ['8f1c', '2', 'Draft'],
      ['9', undefined, 'ManuallyConfirmed'],
    ]);
  });
});

describe('XLIFF 2.0', () => {
  const report = check(XLIFF20, 'strings.xlf');

  it('finds the planted breaks in their unit and segment, and nothing in ignorables, notes or translate="no" units', () => {
    expectFindings(report, XLIFF20, [
      { rule: 'sentence-break-mismatch', flagged: '. in', unit: { id: 'welcome', segment: 's2', key: 'screen.welcome', state: 'reviewed', part: 'app/strings.json' } },
      // The source's full stop became an ellipsis ("Neu im Angebot." → "New on offer…").
      { rule: 'end-punctuation-mismatch', flagged: 'offer<cp hex="2026"/>', unit: { id: 'welcome', segment: 's3' } },
      { rule: 'sentence-break-mismatch', flagged: '. more', unit: { id: 'u3', segment: '1' } },
    ]);
    expect(report.language).toMatchObject({ code: 'en', source: 'declared' });
  });

  it('reads several segments per unit, each on its own line, with pc/sc/ec/ph codes and cp characters', () => {
    const read = xliff.read(XLIFF20);
    expect(read.text).toBe('Welcome, \uFFFC.\nThe sides will expand cooperation. in the field of energy.\nNew on offer…\nSecond line. more to come\n');
    expect(read.source!.text).toBe('Willkommen, \uFFFC.\nDie Seiten bauen die Zusammenarbeit aus.\nNeu im Angebot.\nZweite Zeile. Mehr\n');
    expect(read.units![1].codes?.map((c) => [c.id, c.kind, c.offset - read.units![1].start])).toEqual([
      ['2', 'open', 4],
      ['2', 'close', 9],
    ]);
    expect(read.units![2].codes?.map((c) => [c.id, c.kind])).toEqual([
      ['3', 'open'],
      ['3', 'close'],
    ]);
  });
});

describe('TMX', () => {
  const report = check(TMX, 'memory.tmx');

  it('checks the target variants, finds the planted breaks by tuid, and nothing on codes', () => {
    expectFindings(report, TMX, [
      { rule: 'sentence-break-mismatch', flagged: '. in', unit: { id: '101', segment: 'en' } },
      { rule: 'sentence-break-mismatch', flagged: '. soon', unit: { id: '3', segment: 'en' } },
    ]);
  });

  it('takes the source from srclang, whatever the order of the variants, language codes in any case', () => {
    const read = tmx.read(TMX);
    expect(read.text).toBe('The sides will expand cooperation. in the field of energy.\nClick \uFFFC to go on. Tom & Jerry.\nNew on offer. \uFFFCMore. soon\n');
    expect(read.source!.text.split('\n')[1]).toBe('Klicken Sie auf \uFFFC. Tom & Jerry.');
    expect(read.units![1].address).toEqual({ id: '102', segment: 'EN' });
    expect(read.lang).toBe('en');
    expect(read.source!.lang).toBe('de');
  });

  it('checks a memory of several target languages one language at a time, each in its own', () => {
    const tu = (id: number, de: string, en: string, ru: string) => `<tu tuid="${id}"><tuv xml:lang="de"><seg>${de}</seg></tuv><tuv xml:lang="en-GB"><seg>${en}</seg></tuv><tuv xml:lang="ru-RU"><seg>${ru}</seg></tuv></tu>\n`;
    const memory =
      '<tmx version="1.4"><header srclang="de"/><body>\n' +
      tu(1, 'Die Seiten bauen die Zusammenarbeit im Energiebereich aus.', 'The sides will expand cooperation in the field of energy.', 'Стороны расширят сотрудничество. в области энергетики.') +
      tu(2, 'Der Vertrag wurde gestern in Berlin unterzeichnet.', 'The treaty was signed in Berlin yesterday.', 'Договор был подписан вчера в Берлине.') +
      '</body></tmx>\n';
    expect(tmx.read(memory).languages).toEqual(['en-GB', 'ru-RU']);
    expect(tmx.read(memory, { lang: 'ru' }).text).toBe('Стороны расширят сотрудничество. в области энергетики.\nДоговор был подписан вчера в Берлине.\n');
    const r = check(memory, 'memory.tmx');
    expect(r.language!.mixture!.map((m) => m.code)).toEqual(['en', 'ru']);
    expectFindings(r, memory, [{ rule: 'sentence-break-mismatch', flagged: '. в', unit: { id: '1', segment: 'ru-RU', index: 1 } }]);
  });

  it('takes the first variant as the source when srclang is *all*', () => {
    const read = tmx.read(TMX.replace('srclang="de"', 'srclang="*all*"'));
    expect(read.units![1].address).toEqual({ id: '102', segment: 'DE' });
  });

  it('checks the variants of a <tu> without one in srclang as targets without a source, instead of taking one for the source', () => {
    const read = tmx.read(
      '<tmx version="1.4"><header srclang="de"/><body>\n<tu tuid="1"><tuv xml:lang="en"><seg>Alone. here</seg></tuv></tu>\n' +
        '<tu tuid="2"><tuv xml:lang="fr"><seg>Deux.</seg></tuv><tuv xml:lang="en"><seg>Two.</seg></tuv></tu>\n</body></tmx>\n',
    );
    expect(read.text).toBe('Alone. here\nDeux.\nTwo.\n');
    expect(read.units!.map((u) => [u.address, u.sourceStart])).toEqual([
      [{ id: '1', segment: 'en' }, undefined],
      [{ id: '2', segment: 'fr' }, undefined],
      [{ id: '2', segment: 'en' }, undefined],
    ]);
  });

  it('takes the source variant of srclang\'s language when none has its exact tag (srclang "en", xml:lang "en-US"; "EN-US", "en")', () => {
    // OmegaT's own test memories and project exports write both.
    const memory = (srclang: string, source: string) =>
      `<tmx version="1.4"><header srclang="${srclang}"/><body>\n<tu><tuv xml:lang="${source}"><seg>Open the file.</seg></tuv><tuv xml:lang="ca"><seg>Obre el fitxer.</seg></tuv></tu>\n</body></tmx>\n`;
    for (const [srclang, source] of [['en', 'en-US'], ['EN-US', 'en']]) {
      const read = tmx.read(memory(srclang, source));
      expect(read.text).toBe('Obre el fitxer.\n');
      expect(read.source!.text).toBe('Open the file.\n');
      expect([read.lang, read.source!.lang]).toEqual(['ca', source]);
    }
    // Two variants of the language and none of the tag, or another region: which one is the source is not said.
    const two = (srclang: string) => `<tmx version="1.4"><header srclang="${srclang}"/><body>\n<tu><tuv xml:lang="en-US"><seg>Color</seg></tuv><tuv xml:lang="en-GB"><seg>Colour</seg></tuv></tu>\n</body></tmx>\n`;
    for (const srclang of ['en', 'en-AU']) {
      expect(tmx.read(two(srclang)).units!.map((u) => [u.address.segment, u.sourceStart])).toEqual([
        ['en-US', undefined],
        ['en-GB', undefined],
      ]);
    }
  });

  it('reads a UTF-16 file', () => {
    const text = TMX.replace('UTF-8', 'UTF-16');
    const r = check(new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])), 'memory.tmx');
    expect(r.source).toMatchObject({ encoding: 'utf-16le', format: 'tmx' });
    expect(r.findings.map((f) => text.slice(f.start, f.end))).toEqual(['. in', '. soon']);
  });

  it('refuses a Tiled map saved as .tmx, saying what it is', () => {
    const r = check('<?xml version="1.0"?>\n<map version="1.10" orientation="orthogonal"><layer/></map>\n', 'level1.tmx');
    expect(r.error).toEqual({ code: 'invalid-format', message: 'Not valid TMX (line 2, column 1): This .tmx file is a Tiled map (root <map>), not a TMX translation memory.' });
  });
});

describe('format chosen by content', () => {
  it.each([
    ['xliff', XLIFF12],
    ['xliff', XLIFF20],
    ['tmx', TMX],
  ])('sniffs %s from the root element', (format, content) => {
    expect(check(content, 'upload').source.format).toBe(format);
  });
});

async function fixWrite(name: string, content: string): Promise<{ before: string; after: string; edits: number }> {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  const report = check(content, name, { lang: 'en' });
  const edits = collectEdits(report.findings);
  const code = await main(['fix', '--write', '--lang', 'en', file], { out: () => {}, err: () => {}, color: false });
  expect(code).toBe(1);
  const after = readFileSync(file, 'utf8');
  // Exactly the report's safe edits were applied, every other byte is as it was.
  expect(after).toBe(applyEdits(content, edits));
  return { before: content, after, edits: edits.length };
}

describe('fix --write on XML', () => {
  const cases: Array<[string, string, FormatReader]> = [
    ['press.xlf', XLIFF12, xliff],
    ['strings.xlf', XLIFF20, xliff],
    ['memory.tmx', TMX, tmx],
  ];
  it.each(cases)('%s: the fixed file still parses, with the breaks joined and the markup untouched', async (name, content, reader) => {
    const { after, edits } = await fixWrite(name, content);
    expect(edits).toBeGreaterThan(0);
    expect(reader.read(after).text).not.toBe(reader.read(content).text);
    expect(after.match(/<[^>]+>/g)).toEqual(content.match(/<[^>]+>/g));
    expect(check(after, name, { lang: 'en' }).findings.filter((f) => f.fix?.safe)).toEqual([]);
  });

  it('flags a break across a tag and fixes it beside the tag', () => {
    const file = '<xliff version="1.2"><file target-language="en"><body><trans-unit id="1"><source>China and <g id="1">the</g> G20 met.</source><target>China.<g id="1"> the</g> G20 met.</target></trans-unit></body></file></xliff>';
    const report = check(file, 'x.xlf');
    expect(report.findings).toHaveLength(1);
    const f = report.findings[0];
    expect(file.slice(f.start, f.end)).toBe('.<g id="1"> the');
    expect(f.fix?.edits).toEqual([{ start: file.indexOf('.<g'), end: file.indexOf('.<g') + 1, text: '' }]);
  });
});

describe('codes at the edges of a segment', () => {
  const line = 'Thanks, I already have the parcel, I can bring it tomorrow)';
  it('change nothing the rules see: a trailing placeholder is not part of the last sentence', () => {
    const plain = check(`${line}\n`, 'a.txt', { lang: 'en' });
    // An empty source: the monolingual rules alone read the unit (with a source, tag-mismatch would compare the codes).
    const file = `<xliff version="1.2"><file target-language="en"><body><trans-unit id="1"><source></source><target><x id="0"/>${line}<x id="1"/></target></trans-unit></body></file></xliff>`;
    const read = xliff.read(file);
    expect(read.text).toBe(`${line}\n`);
    expect(read.units![0].codes?.map((c) => [c.id, c.offset])).toEqual([
      ['0', 0],
      ['1', line.length],
    ]);
    expect(check(file, 'a.xlf', { lang: 'en' }).findings.map((f) => f.rule)).toEqual(plain.findings.map((f) => f.rule));
    expect(check(`<p>${line}<img src="smiley.png"></p>`, 'a.html', { lang: 'en' }).findings.map((f) => f.rule)).toEqual(plain.findings.map((f) => f.rule));
  });
});

describe('software strings in XLIFF, as real projects write them', () => {
  // Symfony keeps an English message per count; the Czech translation writes its three forms in one.
  // An iOS menu item's ellipsis goes where Hindi puts the object; Burmese typed with ၀ for ဝ.
  const file = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" target-language="cs" datatype="plaintext" original="security.cs.xlf"><body>
    <trans-unit id="1"><source>Try again in %minutes% minutes.</source><target>Zkuste to znovu za %minutes% minutu.|Zkuste to znovu za %minutes% minuty.|Zkuste to znovu za %minutes% minut.</target></trans-unit>
    <trans-unit id="2"><source>Try again in %minutes% minutes.</source><target>Zkuste to znovu za minutu.|Zkuste to znovu za %minutes% minuty.|Zkuste to znovu za %minutes% minut.</target></trans-unit>
    <trans-unit id="3"><source>Please wait %minutes% minutes.</source><target>Počkejte prosím.</target></trans-unit>
  </body></file></xliff>`;
  it('compares a pipe plural in the translation by whether each placeholder is there at all', () => {
    const placeholders = check(file, 'security.cs.xlf').findings.filter((f) => f.rule === 'placeholder-mismatch');
    expect(placeholders.map((f) => [f.unit?.id, f.message])).toEqual([['3', 'Placeholder “%minutes%” of the source is missing.']]);
  });
  it('keeps an ellipsis the word order moved, and reads a Burmese digit that opens a syllable as the letter', () => {
    const hi = `<xliff version="1.2"><file source-language="en" target-language="hi"><body><trans-unit id="Menu.Share"><source>Share Page With…</source><target>… के साथ पृष्ठ साझा करें</target></trans-unit><trans-unit id="Menu.Load"><source>Loading…</source><target>लोड हो रहा है</target></trans-unit></body></file></xliff>`;
    expect(check(hi, 'hi.xliff').findings.filter((f) => f.rule === 'end-punctuation-mismatch').map((f) => f.unit?.id)).toEqual(['Menu.Load']);
    const my = `<xliff version="1.2"><file source-language="en" target-language="my"><body><trans-unit id="1"><source>Enter the password.</source><target>စကား၀ှက်ကို ရိုက်ထည့်ပါ။</target></trans-unit><trans-unit id="2"><source>Delete 3 files</source><target>ဖိုင် ၅ခု ဖျက်မည်</target></trans-unit></body></file></xliff>`;
    // A digit before a word is still a number: the count changed.
    expect(check(my, 'my.xliff').findings.filter((f) => f.rule === 'number-mismatch').map((f) => [f.unit?.id, f.message])).toEqual([['2', 'The number ၅ is not in the source.']]);
  });
});
