// The word scan (tokenize) is written for speed: one pass, the marks noted on the way, counts kept
// implicitly. Here a plain reference — find each word, then read its attributes off its own code
// units — must give the same columns and the same marks, over generated text (joiners at a word's
// ends, astral characters, words past 255 units, digits first, ideographs, combining marks) and
// over the real text of the seed, the fixtures and every language's examples.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLASS, joinsPrevious, K_CASELESS, K_DIGIT, K_IDEO, K_LOWER, K_MARK, K_OTHER, K_UPPER, SCRIPT } from '../lib/catalogue/charclass.js';
import { emptyMarks, MARK_FLAGS, noteMark, type Marks } from '../lib/catalogue/marks.js';
import { wordHashAt } from '../lib/catalogue/stopwords.js';
import {
  Info,
  lengthOfWord,
  tokenize,
} from '../lib/catalogue/tokens.js';
import { LANGUAGES } from '../lib/languages/index.js';
import { examplesOfLanguage } from './examples.js';

interface Word {
  start: number;
  end: number;
  hash: number;
  info: number;
}

const SPACES = [32, 9, 0xa0, 0x202f, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x3000];
const LINES = [10, 13, 0x2028, 0x2029, 11, 12];
const ENDS = [46, 33, 63, 0x2026, 0x3002, 0xff01, 0xff1f];
const JOINERS = [39, 0x2019, 45, 0x2010, 0x2011, 0xb7];

function gapOf(c: number): number {
  if (LINES.includes(c)) return Info.GapLine | Info.GapSpace;
  if (SPACES.includes(c)) return Info.GapSpace;
  if (ENDS.includes(c)) return Info.GapEnd;
  return Info.GapPunct;
}

const between = (k: number) => k === K_OTHER || k === K_IDEO;

/** The words, each from its own code units. */
function referenceWords(text: string): Word[] {
  const words: Word[] = [];
  const unit = (i: number) => text.charCodeAt(i);
  let gap = 0;
  let i = 0;
  while (i < text.length) {
    const k = CLASS[unit(i)];
    if (k === K_OTHER) gap |= gapOf(unit(i));
    if (k === K_OTHER || k === K_MARK) {
      i++;
      continue;
    }
    const start = i++;
    // A kana's voicing mark written apart is part of it.
    if (k === K_IDEO && joinsPrevious(text, start, i)) i++;
    if (k !== K_IDEO) {
      while (i < text.length) {
        if (!between(CLASS[unit(i)])) i++;
        else if (JOINERS.includes(unit(i)) && i + 1 < text.length && !between(CLASS[unit(i + 1)])) i++;
        else break;
      }
    }
    const units = Array.from({ length: i - start }, (_, j) => unit(start + j));
    const upper = units.filter((c) => CLASS[c] === K_UPPER).length;
    const lower = units.filter((c) => CLASS[c] === K_LOWER).length;
    const script = SCRIPT[units.find((c) => SCRIPT[c] !== 0) ?? 0];
    const letter = k === K_IDEO || upper + lower > 0 || script !== 0;
    let shape = Info.ShapeMixed;
    if (letter && upper === 0) shape = Info.ShapeLower;
    else if (letter && lower === 0 && upper >= 2) shape = Info.ShapeUpper;
    else if (letter && upper === 1 && CLASS[units[0]] === K_UPPER) shape = Info.ShapeCapital;
    const flags =
      (letter ? Info.HasLetter : 0) |
      (units.some((c) => CLASS[c] === K_DIGIT) ? Info.HasDigit : 0) |
      (units.some((c) => c >= 128) ? Info.NonAscii : 0) |
      // Diacritics on cased letters (decomposed text, NFD) are part of them.
      ([K_UPPER, K_LOWER].includes(CLASS[units[0]]) && units.every((c) => [K_UPPER, K_LOWER].includes(CLASS[c]) || (c >= 0x300 && c <= 0x36f)) ? Info.Cased : 0);
    const lead = start > 0 && '%$)'.includes(text[start - 1]) ? Info.PrintfLead : 0;
    // A diacritic after the word's first cased letters, and only cased letters and diacritics before it, is written apart from its letter.
    const cased = units.findIndex((c) => ![K_UPPER, K_LOWER].includes(CLASS[c]) && !(c >= 0x300 && c <= 0x36f));
    // So is a unit that composes with the one before it (alef and U+0655, Hangul jamo), wherever it stands.
    const joined = units.some((_, j) => joinsPrevious(text, start, start + j));
    const decomposed = joined || units.slice(1, cased < 0 ? units.length : cased).some((c) => c >= 0x300 && c <= 0x36f) ? Info.Decomposed : 0;
    words.push({ start, end: i, hash: wordHashAt(text, start, i), info: shape | flags | gap | lead | decomposed | (script << Info.ScriptShift) });
    gap = 0;
  }
  return words;
}

/** The marks: every flagged code unit, but an ASCII one inside a word (the ' of "don't"). */
function referenceMarks(text: string, words: Word[]): Marks {
  const marks = emptyMarks(text.length);
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    while (w < words.length && words[w].end <= i) w++;
    const c = text.charCodeAt(i);
    const inWord = w < words.length && words[w].start <= i;
    // The word that holds text[i], or stands before it with only combining marks between.
    const before = w > 0 && Array.from(text.slice(words[w - 1].end, i)).every((ch) => CLASS[ch.charCodeAt(0)] === K_MARK);
    const word = inWord ? w : before ? w - 1 : -1;
    if (MARK_FLAGS[c] !== 0 && !(inWord && c < 128)) noteMark(text, i, c, MARK_FLAGS[c], marks, word);
  }
  return marks;
}

const plain = (m: Marks) => ({
  ...m,
  quote: Array.from(m.quote.at.subarray(0, m.quote.count)),
  bracket: Array.from(m.bracket.at.subarray(0, m.bracket.count)),
  sentenceMarks: Array.from(m.sentenceMarks.at.subarray(0, m.sentenceMarks.count)),
  sentenceMarkWords: Array.from(m.sentenceMarkWords.at.subarray(0, m.sentenceMarkWords.count)),
});

function expectLikeReference(text: string): void {
  const marks = emptyMarks(text.length);
  const t = tokenize(text, marks);
  const words = referenceWords(text);
  const got = Array.from({ length: t.count }, (_, i) => ({ start: t.start[i], end: t.start[i] + lengthOfWord(t, i), hash: t.hash[i], info: t.info[i] }));
  expect(got).toEqual(words);
  for (let i = 0; i < t.count; i++) {
    const l = words[i].end - words[i].start;
    expect(t.lengths[i]).toBe(Math.min(l, 255));
  }
  expect([...t.longLengths.keys()]).toEqual(words.flatMap((w, i) => (w.end - w.start >= 255 ? [i] : [])));
  expect(plain(marks)).toEqual(plain(referenceMarks(text, words)));
  // Without marks, the same words.
  const bare = tokenize(text);
  expect(Array.from(bare.info.subarray(0, bare.count))).toEqual(words.map((w) => w.info));
  // The scripts of the words past ASCII that are not all cased letters.
  const uncased = words.filter((w) => (w.info & Info.NonAscii) !== 0 && (w.info & Info.Cased) === 0).reduce((bits, w) => bits | (1 << ((w.info >> Info.ScriptShift) & 15)), 0);
  expect(t.uncasedScripts).toBe(uncased);
  expect(bare.uncasedScripts).toBe(uncased);
  // The scripts of the letters without case that stand in a word past its first unit.
  let caselessInside = 0;
  for (const w of words) {
    for (let j = w.start + 1; j < w.end; j++) if (CLASS[text.charCodeAt(j)] === K_CASELESS) caselessInside |= 1 << SCRIPT[text.charCodeAt(j)];
  }
  expect(t.caselessInside).toBe(caselessInside);
  expect(bare.caselessInside).toBe(caselessInside);
}

const PIECES = [
  'the', 'The', 'NATO', 'I', 'iPhone', 'McDonald', 'don', "'", '’', '-', '\u2010', '\u2011', '·', 't', 'e', 'mail',
  '3D', '2020', '-й', '10k', 'H2O', '٣', '０', 'ＡＢ', 'ｃ', 'Слово', 'слово', 'ΟΔΟΣ', 'İst', 'ß', 'naïve', 'e\u0301', 'U\u0308', 'c\u0327', 'Ω\u0301', 'и\u0306', 'a\u200d', 'a\u05be',
  '\u0301', 'ا\u0655', '\u0655', 'ক\u09c7\u09be', '\u1112\u1161\u11ab', '\u1161', 'か\u3099', 'は\u309a', 'か\u309a', '\u3099', 'שלום', 'مرحبا', 'हिन्दी', 'ไทย', '한국어', '中文', 'カタカナ', 'ひらがな', '・', '々', '😀', '𝐀', '\ud800',
  ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u202f', '\u3000', '\u2028', ',', '.', '..', '...', '?!', '!', ';', ':', '…',
  '。', '！', '？', '，', '&', '"', '«', '»', '“', '”', '„', ',,', "''", '``', '`', '(', ')', '[', ']', '（', '）', '¿', '¡',
  '\u200b', '\u00ad', '\ufeff', '\ufffd', '\u2047', '\u0007', '\u0085', 'Ã©', 'â€™', 'Ð¸', 'Ĺ™', '×', 'x'.repeat(254),
  'y'.repeat(255), 'Z'.repeat(300), '9'.repeat(256),
];

describe('tokenize against a plain reference', () => {
  it('gives the same words, attributes and marks on generated text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join('')), (text) => expectLikeReference(text)),
      { numRuns: 3000 },
    );
  });

  it('gives the same where the scan passes from one stretch of the text to the next', () => {
    // The scan takes a large text a few thousand code units at a time: the pieces land at every offset.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9000 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pad, pieces) =>
        expectLikeReference('ab '.repeat(Math.floor(pad / 3)) + 'x'.repeat(pad % 3) + pieces.join('')),
      ),
    );
  });

  it('gives the same on arbitrary code units', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => expectLikeReference(text)),
      { numRuns: 2000 },
    );
  });

  it('gives the same on real text: the seed, the fixtures and every language', () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => (statSync(path.join(dir, f)).isDirectory() ? files(path.join(dir, f)) : [path.join(dir, f)]));
    const texts = [...files(path.join(root, 'seeds')), ...files(path.join(root, 'tests/fixtures'))].map((f) => readFileSync(f, 'utf8'));
    for (const l of LANGUAGES) texts.push(examplesOfLanguage(l.code).join('\n'));
    // A text past the size for which every unit gets room, so that the columns grow.
    texts.push(texts.join('\n').repeat(2));
    texts.push('a '.repeat(70000));
    for (const text of texts) expectLikeReference(text);
  });
});
