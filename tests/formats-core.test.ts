// The format layer's core: the offset map from checked text back to the file, and bilingual
// line-aligned checking (`--source`).
import { describe, expect, it } from 'vitest';
import { checkText } from '../lib/check.js';
import { TextBuilder } from '../lib/formats/offset-map.js';

describe('TextBuilder and OffsetMap', () => {
  // <p>Tom &amp; Jerry<b/>. the end</p>\n<p>Next</p>
  const file = '<p>Tom &amp; Jerry<b/>. the end</p>\n<p>Next</p>';
  const b = new TextBuilder(file);
  b.startUnit({ id: '1' }, 'prose');
  b.verbatim(3, 7); // "Tom "
  b.replaced('&', 7, 12); // "&amp;"
  b.verbatim(12, 18); // " Jerry"
  b.opaque('\u2060', 18, 22); // "<b/>"
  b.verbatim(22, 31); // ". the end"
  b.paragraphBreak(35);
  b.startUnit({ id: '2' }, 'prose');
  b.verbatim(39, 43);
  const { text, map, units } = b.build();

  it('joins the units a paragraph per line', () => {
    expect(text).toBe('Tom & Jerry\u2060. the end\nNext');
    expect(units.map((u) => [u.address.id, text.slice(u.start, u.end)])).toEqual([
      ['1', 'Tom & Jerry\u2060. the end'],
      ['2', 'Next'],
    ]);
  });

  it('maps verbatim text one to one and entities as a whole', () => {
    expect(map.toFile(0, 'start')).toBe(3);
    expect(map.toFile(4, 'start')).toBe(7);
    expect(map.toFile(5, 'end')).toBe(12);
    expect(file.slice(map.toFile(2, 'start'), map.toFile(7, 'end'))).toBe('m &amp; J');
    const next = text.indexOf('Next');
    expect(file.slice(map.toFile(next, 'start'), map.toFile(next + 4, 'end'))).toBe('Next');
  });

  it('lets a fix rewrite text and whole entities, never markup or a unit boundary', () => {
    const dot = text.indexOf('.');
    expect(map.toFileRange(dot, dot + 1)).toEqual({ start: 22, end: 23, editable: true });
    expect(map.toFileRange(4, 5)).toEqual({ start: 7, end: 12, editable: true });
    expect(map.toFileRange(text.indexOf('\u2060'), dot + 1).editable).toBe(false);
    expect(map.toFileRange(text.indexOf('\n') - 1, text.indexOf('Next') + 1).editable).toBe(false);
  });
});

describe('line-aligned source (--source)', () => {
  const source = { name: 'src.txt', lang: 'de' };
  const bytes = (s: string) => new TextEncoder().encode(s);

  it('reports the source language next to the translation language', () => {
    const report = checkText('The sides will expand cooperation.\nThey agreed.\n', {
      lang: 'en',
      sourceDocument: { ...source, bytes: bytes('Die Seiten bauen die Zusammenarbeit aus.\nSie stimmten zu.\n') },
    });
    expect(report.status).toBe('ok');
    expect(report.language).toMatchObject({ code: 'en', source: 'forced' });
    expect(report.sourceLanguage).toMatchObject({ code: 'de', source: 'forced' });
  });

  it('refuses files that do not line up, saying how many lines each has', () => {
    const report = checkText('One.\nTwo.\nThree.\n', { sourceDocument: { ...source, bytes: bytes('Eins.\nZwei.\n\n') } });
    expect(report.status).toBe('error');
    expect(report.error).toEqual({
      code: 'invalid-source',
      message: 'The source has 2 lines and the translation 3: line-aligned files need as many lines each.',
    });
  });

  it('refuses an undecodable source as the source', () => {
    const report = checkText('One.\n', { sourceDocument: { ...source, bytes: new Uint8Array([0x66, 0xff, 0x66]) } });
    expect(report.error?.code).toBe('invalid-source');
    expect(report.error?.message).toMatch(/^The source: The file is not valid UTF-8/);
  });
});

describe('markup the text flows through', () => {
  // "China.<g id="1"> the</g> G20": the rules read "China. the G20"; a fix may not cross the tag.
  const file = 'China.<g id="1"> the</g> G20';
  const b = new TextBuilder(file);
  b.startUnit({ id: 'u1' }, 'segment');
  b.verbatim(0, 6);
  b.opaque('', 6, 16);
  b.verbatim(16, 20);
  b.opaque('', 20, 24);
  b.verbatim(24, 28);
  const { text, map } = b.build();

  it('leaves no trace in the checked text', () => expect(text).toBe('China. the G20'));

  it('maps a finding on either side of a tag to the text, not the tag', () => {
    expect(file.slice(map.toFile(0, 'start'), map.toFile(6, 'end'))).toBe('China.');
    expect(file.slice(map.toFile(6, 'start'), map.toFile(10, 'end'))).toBe(' the');
  });

  it('marks an edit across a tag as not editable, and one beside it as editable', () => {
    expect(map.toFileRange(5, 6)).toEqual({ start: 5, end: 6, editable: true });
    expect(map.toFileRange(5, 7).editable).toBe(false);
    expect(map.toFileRange(7, 10)).toEqual({ start: 17, end: 20, editable: true });
  });
});

describe("the report's per-line cap counts the file's lines", () => {
  // 80 cues of continuous speech (no pause of 2 s): one paragraph of the checked text, 320 lines of
  // the file. Each cue has a stray break on its own file line: none may be cut by the cap of 50.
  const cues = Array.from({ length: 80 }, (_, i) => {
    const t = (s: number) => `00:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')},000`;
    return `${i + 1}\n${t(i)} --> ${t(i + 1)}\nSession ${i} opened at noon. The delegates spoke about the budget. and agreed on item ${i}.\n`;
  });

  it('reports a stray break in every cue of a long paragraph', () => {
    const report = checkText(cues.join('\n'), { name: 'talk.srt', lang: 'en' });
    const breaks = report.findings.filter((f) => f.rule === 'stray-sentence-break');
    expect(breaks).toHaveLength(80);
    expect(new Set(breaks.map((f) => f.line)).size).toBe(80);
    expect(report.summary?.truncated).toBe(false);
  });
});

describe('object replacement characters', () => {
  const rules = (file: string, name: string) => checkText(file, { name, lang: 'en' }).findings.map((f) => f.rule);

  it('stand for the inline code they replace: sentences that differ only there are not repeats', () => {
    const differ = 'In `handleChange`, you can create a new array with `map`. In `handleDelete`, you can create a new array with `filter`.\n';
    expect(rules(differ, 'notes.md')).toEqual([]);
    expect(rules('<p>In <code>handleChange</code>, you can create a new array with <code>map</code>. In <code>handleDelete</code>, you can create a new array with <code>filter</code>.</p>\n', 'notes.html')).toEqual([]);
  });

  it('repeat where the code repeats too', () => {
    const same = 'In `handleChange`, you can create a new array with `map`. In `handleChange`, you can create a new array with `map`.\n';
    expect(rules(same, 'notes.md')).toEqual(['repeated-sentence']);
  });
});

describe('inline spans of markup', () => {
  const passages = (file: string, name: string, lang: string) => checkText(file, { name, lang }).findings.filter((f) => f.rule === 'untranslated-passage').map((f) => f.message);

  it('set a term apart in a sentence of the document: no untranslated passage', () => {
    expect(passages('Rust の開発は *train of software releases* モデルに従って行われています。\n', 'book.md', 'ja')).toEqual([]);
    expect(passages('请按照上面的 [Safari and other browsers](#safari) 指南独立构建 React DevTools。\n', 'guide.md', 'zh')).toEqual([]);
    expect(passages('<p>Rust の開発は <em>train of software releases</em> モデルに従って行われています。</p>\n', 'book.html', 'ja')).toEqual([]);
  });

  it('the same words without the markup, or a whole sentence in it, are a passage', () => {
    // (A term with a function word: lowercase words with none are a name without markup too, "software release train".)
    expect(passages('Rust の開発は train of software releases モデルに従って行われています。\n', 'book.txt', 'ja')).toHaveLength(1);
    expect(passages('Rust の開発は software release train モデルに従って行われています。\n', 'book.txt', 'ja')).toEqual([]);
    expect(passages('大臣は次のように述べた。*Both sides agreed that they would expand their cooperation in the field of energy.* 条約は来年署名される。\n', 'news.md', 'ja')).toHaveLength(1);
  });
});
