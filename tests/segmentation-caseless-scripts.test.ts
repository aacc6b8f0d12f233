// Scripts without case that the registry has no language for (Ethiopic, Myanmar, Khmer…): their own
// full stops end sentences on the caseless path, and a language with a Universal Dependencies
// treebank reads its stray breaks by the treebank's words (lib/languages/caseless-words.generated.ts).
import { describe, expect, it } from 'vitest';
import { CASELESS_QUESTION_MARKS, CASELESS_TERMINALS } from '../lib/catalogue/marks.js';
import { analyse } from '../lib/engine.js';

const segmentation = (text: string, lang: string) =>
  analyse(text, { lang })
    .findings.filter((f) => f.category === 'segmentation')
    .map((f) => text.slice(f.start, f.end));

describe('the caseless scripts’ sentence terminals', () => {
  it('are Unicode Sentence_Terminal characters, every one of Ethiopic, Myanmar and Khmer among them but Myanmar’s comma ၊', () => {
    const derived: string[] = [];
    for (let c = 0x80; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (/\p{Sentence_Terminal}/u.test(ch) && /[\p{Script=Ethiopic}\p{Script=Myanmar}\p{Script=Khmer}]/u.test(ch) && ch !== '\u104a') derived.push(ch);
    }
    expect(derived.filter((ch) => !CASELESS_TERMINALS.includes(ch))).toEqual([]);
    expect([...CASELESS_TERMINALS].filter((ch) => !/\p{Sentence_Terminal}/u.test(ch))).toEqual([]);
    expect(CASELESS_QUESTION_MARKS).toContain('\u1367');
  });
});

describe('a stray break in a language outside the registry', () => {
  it.each([
    // Burmese ။ and Khmer ។ cut a line into sentences: a fragment word of the language would show; none listed, nothing found.
    ['my', 'နှစ်နိုင်ငံ သဘောတူညီခဲ့သည်။ စွမ်းအင်ကဏ္ဍတွင် ပူးပေါင်းဆောင်ရွက်မည်။', []],
    ['am', 'ጉዳዩ የተነሳው በተያዘው ዕቅድ ምክንያት ነው። ደግሞ። ኤኤምዎች ተጨንቀዋል።', ['ደግሞ።']],
    ['am', 'ጉዳዩ የተነሳው በተያዘው ዕቅድ ምክንያት ነው፡፡ ደግሞ፡፡ ኤኤምዎች ተጨንቀዋል፡፡', ['ደግሞ፡፡']],
    // The Ethiopic question mark ፧: a one-word reply may follow a question.
    ['am', 'ጉዳዩ የተነሳው ለምንድን ነው፧ ደግሞ። ኤኤምዎች ተጨንቀዋል።', []],
  ])('%s: %s', (lang, text, found) => {
    expect(segmentation(text, lang)).toEqual(found);
  });
});
