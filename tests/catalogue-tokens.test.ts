// The word records keep a byte of length per word and the lengths that do not fit a byte aside:
// every word, short or long, must read back the offsets a plain scan of the text gives.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLASS, FOLD, foldsLikeToLowerCase, isDiacritic, K_CASELESS, K_DIGIT, K_LOWER, K_UPPER } from '../lib/catalogue/charclass.js';
import { wordHash, wordHashAt } from '../lib/catalogue/stopwords.js';
import { Info, SCRIPTS, endOfWord, lengthOfWord, lettersOfWord, nextWordOutside, nextWordPastAsciiIn, sameWord, scriptIndex, tokenize } from '../lib/catalogue/tokens.js';
import { isWordCharAt } from '../lib/text/chars.js';
import { unitsSource } from '../scripts/generate-units.js';
import { letterClassesSource } from '../scripts/generate-letter-classes.js';

const words = (text: string) => {
  const t = tokenize(text);
  return Array.from({ length: t.count }, (_, i) => text.slice(t.start[i], endOfWord(t, i)));
};

describe('tokenize', () => {
  it('reads back the words of the text', () => {
    expect(words('The cat, don’t e-mail it: 10k «wäre» 中文')).toEqual(['The', 'cat', 'don’t', 'e-mail', 'it', '10k', 'wäre', '中', '文']);
  });

  it('reads the words of the Indic scripts after Devanagari, vowel signs and viramas inside the word', () => {
    // Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala: a script of
    // India the tables did not know had no letters, so a Tamil text had no words to count or compare.
    expect(words('அவர் நேற்று வந்தார். ৫ টাকা দাও। ਮੈਂ ਘਰ ਜਾਂਦਾ ਹਾਂ। ಕನ್ನಡ ೧೨ മലയാളം ශ්‍රී')).toEqual([
      'அவர்', 'நேற்று', 'வந்தார்', '৫', 'টাকা', 'দাও', 'ਮੈਂ', 'ਘਰ', 'ਜਾਂਦਾ', 'ਹਾਂ', 'ಕನ್ನಡ', '೧೨', 'മലയാളം', 'ශ්‍රී',
    ]);
  });

  it('takes every letter, mark and digit of the Indic blocks (U+0980–U+0DFF) for a word character, as Unicode classes them', () => {
    const letter = /^[\p{L}\p{M}]$/u;
    for (let c = 0x980; c < 0xe00; c++) {
      const ch = String.fromCharCode(c);
      if (/^\p{Nd}$/u.test(ch)) expect(CLASS[c], c.toString(16)).toBe(K_DIGIT);
      else if (letter.test(ch)) expect(CLASS[c], c.toString(16)).toBe(K_CASELESS);
    }
  });

  it('takes the letters of blocks the hand table does not name as Unicode classes them (Coptic, Cherokee, syllabics, Latin Extended-D), from a generated table, up to date', () => {
    const file = readFileSync(fileURLToPath(new URL('../lib/catalogue/letter-classes.generated.ts', import.meta.url)), 'utf8');
    expect(file, 'run `npx tsx scripts/generate-letter-classes.ts`').toBe(letterClassesSource());
    expect([...'ⲀᎠꞋᐊⴰ'].map((c) => CLASS[c.charCodeAt(0)])).toEqual([K_UPPER, K_UPPER, K_UPPER, K_CASELESS, K_CASELESS]);
    expect([...'ⲁꞌ'].map((c) => CLASS[c.charCodeAt(0)])).toEqual([K_LOWER, K_LOWER]);
  });

  it('reads the code units through a table generated from the character tables, up to date', () => {
    const file = readFileSync(fileURLToPath(new URL('../lib/catalogue/units.generated.ts', import.meta.url)), 'utf8');
    expect(file, 'run `npx tsx scripts/generate-units.ts`').toBe(unitsSource());
  });

  it('grows past its first guess of the word count', () => {
    // Past the size where every code unit gets room: one word per two units, against a guess of five.
    expect(words('a b '.repeat(20000))).toEqual(Array.from({ length: 40000 }, (_, i) => (i % 2 === 0 ? 'a' : 'b')));
    expect(words('中'.repeat(70000))).toEqual(Array(70000).fill('中'));
  });

  it('keeps the length of words too long for a byte', () => {
    for (const n of [254, 255, 256, 70000]) {
      const long = 'a'.repeat(n);
      const text = `x ${long} y ${long.toUpperCase()}`;
      const t = tokenize(text);
      expect(t.count).toBe(4);
      expect(lengthOfWord(t, 1)).toBe(n);
      expect(endOfWord(t, 1)).toBe(2 + n);
      expect(words(text)).toEqual(['x', long, 'y', long.toUpperCase()]);
      expect(sameWord(text, t, 1, 3)).toBe(true);
    }
  });
});

// The boundary scan tells an ordinary word from the abbreviation lists by the wordHash of the word
// as written: that must be the hash of its toLowerCase(), the form the lists are looked up in.
describe('nextWordOutside', () => {
  // What it answers, word by word: the first word with letters of a script not in the mask, for
  // every word on (from the end back).
  const naive = (t: ReturnType<typeof tokenize>, scripts: number) => {
    const next = new Array<number>(t.count + 1).fill(t.count);
    for (let i = t.count - 1; i >= 0; i--) next[i] = (t.info[i] & Info.HasLetter) !== 0 && ((scripts >> ((t.info[i] >> Info.ScriptShift) & 15)) & 1) === 0 ? i : next[i + 1];
    return next;
  };
  const latin = (1 << scriptIndex('Latin')) | 1;
  const cyrillic = (1 << scriptIndex('Cyrillic')) | 1;
  // Blocks of words of one script, a Greek word far into a long text, words across block edges,
  // numbers (no script) between them.
  const line = (k: number) => (k % 97 === 0 ? 'Текст на русском языке, 12 слов. ' : k === 300 ? 'the word λόγος, 7 times. ' : 'The cat sat on the mat, 42 times. ');
  const text = Array.from({ length: 600 }, (_, k) => line(k)).join('');
  const t = tokenize(text);

  it('finds the word a scan of every word finds, from every word on, whatever the scripts asked', () => {
    expect(text.length).toBeGreaterThan(4 * 4096);
    for (const scripts of [latin, cyrillic, latin | cyrillic, 1, (1 << SCRIPTS.length) - 1]) {
      expect(Array.from({ length: t.count + 1 }, (_, from) => nextWordOutside(t, from, scripts))).toEqual(naive(t, scripts));
    }
  });

  it('finds it in a short text, and in none', () => {
    const short = tokenize('The Москва river');
    expect([nextWordOutside(short, 0, latin), nextWordOutside(short, 2, latin), nextWordOutside(short, 0, cyrillic)]).toEqual([1, 3, 0]);
    expect(nextWordOutside(tokenize(''), 0, latin)).toBe(0);
  });
});

describe('nextWordPastAsciiIn', () => {
  // The first word with a unit past ASCII whose script is in the mask, for every word on (from the end back).
  const naive = (t: ReturnType<typeof tokenize>, scripts: number) => {
    const next = new Array<number>(t.count + 1).fill(t.count);
    for (let i = t.count - 1; i >= 0; i--) next[i] = (t.info[i] & Info.NonAscii) !== 0 && ((scripts >> ((t.info[i] >> Info.ScriptShift) & 15)) & 1) !== 0 ? i : next[i + 1];
    return next;
  };
  // Numbers (no script, ASCII) in every block; a Han word, a private-use one (no script, past
  // ASCII) and a Latin word past ASCII far in.
  const line = (k: number) => (k === 200 ? 'the word 中文 in 12 lines. ' : k === 400 ? 'a sign \uf056 and a café, 7 times. ' : 'The cat sat on the mat, 42 times. ');
  const text = Array.from({ length: 600 }, (_, k) => line(k)).join('');
  const t = tokenize(text);

  it('finds the word a scan of every word finds, from every word on, whatever the scripts asked', () => {
    expect(text.length).toBeGreaterThan(4 * 4096);
    const han = 1 << scriptIndex('Han');
    for (const scripts of [han, 1, han | 1, 1 << scriptIndex('Latin'), 1 << scriptIndex('Cyrillic')]) {
      expect(Array.from({ length: t.count + 1 }, (_, from) => nextWordPastAsciiIn(t, from, scripts))).toEqual(naive(t, scripts));
    }
  });
});

describe('foldsLikeToLowerCase', () => {
  it('holds only for letters that FOLD lowercases as toLowerCase does', () => {
    let folded = 0;
    for (let c = 0; c < 0x10000; c++) {
      if (!foldsLikeToLowerCase(c)) continue;
      const s = String.fromCharCode(c);
      expect(/\p{L}/u.test(s), s).toBe(true);
      expect(String.fromCharCode(FOLD[c]), s).toBe(s.toLowerCase());
      folded++;
    }
    expect(folded).toBeGreaterThan(1000);
    for (const word of ['Abb', 'ΟΔΟΣ', 'İst', 'Млн', 'ŽUPA']) {
      const told = [...word].every((ch) => foldsLikeToLowerCase(ch.charCodeAt(0)));
      if (told) expect(wordHashAt(`(${word})`, 1, word.length + 1)).toBe(wordHash(word.toLowerCase()));
    }
  });
});

// The boundary scan takes a word of cased letters only (Info.Cased) for the word before a mark as the
// word scan bounds it, instead of stepping back over the text with isWordCharAt: every such letter
// must be a word character there too.
describe('Info.Cased words', () => {
  it('are made of word characters to isWordCharAt', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (CLASS[c] !== K_UPPER && CLASS[c] !== K_LOWER) continue;
      expect(isWordCharAt(`a${String.fromCharCode(c)}`, 1), c.toString(16)).toBe(true);
    }
    for (let c = 0x300; c <= 0x36f; c++) {
      expect(isDiacritic(c)).toBe(true);
      expect(isWordCharAt(`a${String.fromCharCode(c)}`, 1), c.toString(16)).toBe(true);
    }
    const t = tokenize('Dom über ŽUPA don’t 10k');
    expect(Array.from({ length: t.count }, (_, i) => (t.info[i] & Info.Cased) !== 0)).toEqual([true, true, true, false, false]);
  });
});

// Decomposed text (NFD: a base letter and its combining marks, as macOS file names, some editors and
// copy-paste give it) is the same text: its words must read as their composed form (NFC) does.
describe('words in decomposed form', () => {
  const nfc = 'Über üç Mỹ Ñandú Ελλάδα йод Ёлка hướng Ústí';
  const nfd = nfc.normalize('NFD');
  const columns = (text: string) => {
    const t = tokenize(text);
    return Array.from({ length: t.count }, (_, i) => ({ hash: t.hash[i], info: t.info[i] }));
  };

  it('have the hash, case shape and flags of the composed word, and a flag that they are decomposed', () => {
    expect(nfd).not.toBe(nfc);
    expect(columns(nfd)).toEqual(columns(nfc).map((w) => ({ ...w, info: w.info | Info.Decomposed })));
    expect(columns(nfc).some((w) => (w.info & Info.Decomposed) !== 0)).toBe(false);
    expect(tokenize(nfd).uncasedScripts).toBe(0);
  });

  it('have the letters of the composed word', () => {
    const t = tokenize(nfd);
    expect(Array.from({ length: t.count }, (_, i) => lettersOfWord(nfd, t, i))).toEqual(nfc.split(' ').map((w) => w.length));
  });

  it('are the same word as a composed copy, whichever is written first', () => {
    for (const w of nfc.split(' ')) {
      for (const text of [`${w} ${w.normalize('NFD')}`, `${w.normalize('NFD')} ${w.toUpperCase()}`]) expect(sameWord(text, tokenize(text), 0, 1), text).toBe(true);
    }
    // Vietnamese ệ: the dot below and the circumflex in either order are one letter.
    const text = 'he\u0323\u0302 he\u0302\u0323 he\u0302';
    const t = tokenize(text);
    expect([sameWord(text, t, 0, 1), sameWord(text, t, 0, 2)]).toEqual([true, false]);
  });

  it('hash as the composed word does, from wordHashAt too', () => {
    for (const w of nfc.split(' ')) expect(wordHash(w.normalize('NFD')), w).toBe(wordHash(w));
  });

  it('keep the marks on letters without case as the word’s own units', () => {
    const hindi = 'हिन्दी';
    expect(wordHash(hindi.normalize('NFD'))).toBe(wordHash(hindi));
    expect(tokenize(hindi).hash[0]).toBe(wordHash(hindi));
  });
});
