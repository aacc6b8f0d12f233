// languageTagList (lib/rules/untranslated-passage.ts) reads a passage's first item in place before
// it splits the passage: it must answer as the split alone did, on every passage.
import { describe, expect, it } from 'vitest';
import { isTagListSeparator, languageTagList } from '../lib/rules/untranslated-passage.js';
import { primaryLanguage } from '../lib/languages/tags.js';
import { languageFor, languageForFranc } from '../lib/languages/index.js';
import { random } from './seeded-random.js';

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z\d]{2,8})*$/i;

/** The function before: split, filtered, every item a tag. */
function reference(text: string, start: number, end: number): boolean {
  const passage = text.slice(start, end);
  const items = passage.slice(passage.lastIndexOf(':') + 1).split(/[\s|,;/·•]+/).filter((w) => w !== '' && w !== '…');
  if (items.length < 3) return false;
  return items.every((w) => {
    const code = primaryLanguage(w);
    return LANGUAGE_TAG.test(w) && code !== undefined && (languageFor(code) !== undefined || languageForFranc(code) !== undefined);
  });
}

const PIECES = ['da', 'de', 'en', 'pt-br', 'zh-Hant', 'xx', 'q', 'Deutsch', 'двічі', ' ', ' ', '\u00a0', '\u3000', '\ufeff', '\u1680', '\n', '|', ',', ';', '/', '·', '•', '…', '……', ':', 'Languages:', '-', '1', '\ud835'];

describe('languageTagList', () => {
  it('answers as the split did on random passages, at every start and end', () => {
    const next = random(46);
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      const length = 1 + Math.floor(next() * 14);
      for (let k = 0; k < length; k++) text += PIECES[Math.floor(next() * PIECES.length)];
      const start = Math.floor(next() * text.length);
      const end = start + Math.floor(next() * (text.length - start + 1));
      expect(languageTagList(text, start, end), JSON.stringify([text, start, end])).toBe(reference(text, start, end));
    }
  });

  it('finds a language switcher', () => {
    const text = 'Available Languages: da | de | en | es | fr | ja | ko | pt-br';
    expect(languageTagList(text, 0, text.length)).toBe(true);
    expect(languageTagList('… da, de, en', 0, 12)).toBe(true);
  });

  it('separates as /[\\s|,;/·•]/ on every code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isTagListSeparator(c) !== /[\s|,;/·•]/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});
