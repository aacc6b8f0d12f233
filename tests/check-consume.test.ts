// checkBytes with `consume`: the caller is done with the bytes, so the check may lay its word
// columns in them once decoded (the CLI's check --format json/stylish). The report must not change.
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../lib/check.js';
import { emptyMarks } from '../lib/catalogue/marks.js';
import { lengthOfWord, tokenize, type Tokens } from '../lib/catalogue/tokens.js';
import { CheckContext } from '../lib/context.js';
import { Scratch } from '../lib/text/grown.js';
import { docxFile, wordDocument } from './format-fixtures.js';

const TEXT = 'The committee met on Monday. it adopted the report.\nThe meeting ended. Everybody left.\n';
/** Past the size from which the word scan lays its columns in the consumed bytes (see tokenize). */
const PROSE = [
  'The committee met on Monday. it adopted the report.',
  'Everybody left the meeting before the vote was taken.',
  'Their «proposal» was read out twice, and nobody objected to it.',
  'A new chair will be elected in the spring, when the members return.',
  'The budget for next year was approved without any changes…',
];
const LARGE = Array.from({ length: 1200 }, (_, i) => `${PROSE[i % 5]} ${PROSE[(3 * i + 1) % 5]}\n`).join('');
/** Prose of two and three UTF-8 bytes a letter: its bytes hold more of the columns than the word offsets and lengths. */
const RUSSIAN = Array.from({ length: 900 }, (_, i) => `Комитет собрался в понедельник. ${i % 3 ? 'он принял доклад.' : 'Все ушли.'} Заседание закончилось (поздно).\n`).join('');
const KOREAN = Array.from({ length: 2000 }, (_, i) => `국제협력위원회는 정기총회에서 ${i % 3 ? "내년도 예산안을 만장일치로 승인하였습니다." : "모두 떠났습니다."} 회의는 늦게 끝났습니다 (밤에).\n`).join("");
/** Han and Kana, a word per character (no spaces between words), with a Latin word in places. */
const CHINESE = Array.from({ length: 3000 }, (_, i) => `委员会星期一开会。${i % 3 ? '它通过了报告。' : '大家都走了 (PDF)。'}日本語の文章もここにあります。\n`).join('');
const DOCX = () => docxFile({ 'word/document.xml': wordDocument(`<w:p><w:r><w:t>${TEXT.trim()}</w:t></w:r></w:p>`) });

describe('checkBytes with consume', () => {
  it('reports the same as without, for text and for a format read from bytes', () => {
    for (const [name, make] of [
      ['notes.txt', () => Buffer.from(TEXT)],
      ['notes.docx', DOCX],
    ] as const) {
      const kept = checkBytes(make(), { name });
      const consumed = checkBytes(make(), { name, consume: true });
      expect(consumed).toEqual(kept);
      expect(kept.findings.length).toBeGreaterThan(0);
    }
  });

  it('never detaches the bytes (V8 would deoptimize every typed-array read), and leaves a view on part of a buffer alone', () => {
    for (const [name, make] of [
      ['a.txt', () => new Uint8Array(Buffer.from(TEXT))],
      ['big.txt', () => new Uint8Array(Buffer.from(LARGE))],
      ['a.docx', () => new Uint8Array(DOCX())],
    ] as const) {
      const whole = make();
      const size = whole.byteLength;
      checkBytes(whole, { name, consume: true });
      expect(whole.buffer.byteLength).toBe(size);
    }

    const shared = Buffer.from(`xx${TEXT}`);
    const part = shared.subarray(2);
    const report = checkBytes(part, { name: 'b.txt', consume: true });
    expect(report.status).toBe('ok');
    expect(shared.toString()).toBe(`xx${TEXT}`);

    const kept = Buffer.from(TEXT);
    checkBytes(kept, { name: 'c.txt' });
    expect(kept.toString()).toBe(TEXT);
  });

  it('lays the word columns of a large text in the consumed bytes: same report, same words', () => {
    expect(LARGE.length).toBeGreaterThan(1 << 16);
    const kept = checkBytes(Buffer.from(LARGE), { name: 'large.txt' });
    const consumed = new Uint8Array(Buffer.from(LARGE));
    expect(checkBytes(consumed, { name: 'large.txt', consume: true })).toEqual(kept);
    expect(kept.findings.length).toBeGreaterThan(0);

    // Scratch memory holds old bytes, not zeros: the columns read the same.
    const scratch = new Uint8Array(LARGE.length).fill(0xa7).buffer;
    const fresh = tokenize(LARGE, emptyMarks(LARGE.length));
    const laid = tokenize(LARGE, emptyMarks(LARGE.length), new Scratch(scratch));
    expect(laid.start.buffer).toBe(scratch);
    expectSameWords(laid, fresh);
  });

  it('reserves a word per ideograph for text without spaces between words: its columns are never grown out of the bytes', () => {
    expect(CHINESE.length).toBeGreaterThan(1 << 16);
    // Bytes enough for every column: a column not laid in them was grown (copied onto fresh memory).
    const scratch = new Uint8Array(16 * CHINESE.length).fill(0xa7).buffer;
    const laid = tokenize(CHINESE, emptyMarks(CHINESE.length), new Scratch(scratch));
    expect(laid.count).toBeGreaterThan(CHINESE.length / 2);
    expect((['start', 'lengths', 'info', 'hash'] as const).filter((c) => laid[c].buffer === scratch)).toEqual(['start', 'lengths', 'info', 'hash']);
    expectSameWords(laid, tokenize(CHINESE, emptyMarks(CHINESE.length)));
  });

  it('lays as many columns in the consumed bytes as they hold: words, then paragraphs in the room the words left', () => {
    // [text, what of the words is laid: offsets and lengths always, case and script from 1.4 bytes a code unit, hashes from 2.2]
    for (const [text, laidColumns] of [
      [LARGE, ['start', 'lengths']],
      [RUSSIAN, ['start', 'lengths', 'info']],
      [KOREAN, ['start', 'lengths', 'info', 'hash']],
    ] as const) {
      const bytes = Buffer.from(text);
      expect(checkBytes(new Uint8Array(Buffer.from(text)), { name: 'large.txt', consume: true })).toEqual(checkBytes(bytes, { name: 'large.txt' }));

      const scratch = new Uint8Array(bytes).fill(0xa7).buffer;
      const fresh = new CheckContext(text);
      const ctx = new CheckContext(text, { scratch });
      const t = ctx.tokens;
      expect((['start', 'lengths', 'info', 'hash'] as const).filter((c) => t[c].buffer === scratch)).toEqual(laidColumns);
      expectSameWords(t, fresh.tokens);
      // The words' room past their last word is handed on (Scratch.shrink): English prose has a word per six code units, not five.
      for (const c of laidColumns) expect(t[c].length).toBe(t.count);
      const { paragraphs } = ctx.boundaries;
      expect(paragraphs.end.buffer).toBe(scratch);
      const p = fresh.boundaries.paragraphs;
      for (const c of ['end', 'first', 'trimmedStart', 'trimmedEnd', 'textEnd'] as const) expect(paragraphs[c]).toEqual(p[c]);
      // The boundaries, wherever their columns went (the room left, when it holds them), read the same.
      const b = ctx.boundaries.boundaries;
      const fb = fresh.boundaries.boundaries;
      expect(b.count).toBe(fb.count);
      for (const c of ['mark', 'markEnd', 'closeEnd', 'next', 'para', 'wordStart', 'wordEnd', 'flags'] as const) expect(b[c].subarray(0, b.count)).toEqual(fb[c].subarray(0, fb.count));
    }
  });
});

describe('Scratch', () => {
  it('shrinks the columns taken last to the elements in use, moves them together and hands out the room after them again', () => {
    const scratch = new Scratch(new ArrayBuffer(64));
    const a = scratch.take(Int32Array, 4)!;
    const b = scratch.take(Uint8Array, 8)!;
    const c = scratch.take(Int32Array, 8)!;
    const d = scratch.take(Int32Array, 8);
    expect(d).toBeUndefined();
    a.set([1, 2, 3, 4]);
    b.set([5, 6, 7, 8, 9, 10, 11, 12]);
    c.set([13, 14, 15, 16, 17, 18, 19, 20]);
    const outside = new Uint16Array(8);
    const [b2, outside2, c2] = scratch.shrink([b, outside, c], 3);
    expect(outside2).toBe(outside);
    expect([b2.byteOffset, b2.length, c2.byteOffset, c2.length]).toEqual([16, 3, 20, 3]);
    expect([...a, ...b2, ...c2]).toEqual([1, 2, 3, 4, 5, 6, 7, 13, 14, 15]);
    // 32 bytes used: room for 8 more Int32 elements.
    expect(scratch.take(Int32Array, 8)?.byteOffset).toBe(32);
  });
});

function expectSameWords(laid: Tokens, fresh: Tokens): void {
  expect(laid.count).toBe(fresh.count);
  for (let i = 0; i < fresh.count; i++) {
    expect([laid.start[i], lengthOfWord(laid, i), laid.hash[i], laid.info[i]]).toEqual([fresh.start[i], lengthOfWord(fresh, i), fresh.hash[i], fresh.info[i]]);
  }
}
