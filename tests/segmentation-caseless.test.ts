// The sentences of a text without case (lib/segmentation/caseless.ts), which the caseless path of
// stranded-fragment and stray-sentence-break reads: cut at the scripts' own terminals and at
// . ! ? after a caseless letter, never inside quotations, after a Latin word or in a number; the
// word a sentence opens with where the script writes no spaces; and the registry's caseless word
// lists, which come from UD treebanks (scripts/ud-caseless-words.py).
import { describe, expect, it } from 'vitest';
import { CheckContext } from '../lib/context.js';
import { analyse } from '../lib/engine.js';
import { LANGUAGES, isProfile } from '../lib/languages/index.js';
import { caselessWords, forEachLineOfSentences, nonInitialOpening, sentenceText } from '../lib/segmentation/caseless.js';

/** The sentences of each line of more than one, as their texts with their marks. */
function sentences(text: string, lang: string): string[][] {
  const ctx = new CheckContext(text, { lang });
  const lines: string[][] = [];
  forEachLineOfSentences(ctx, (ss) => lines.push(ss.map((s) => sentenceText(text, s) + text.slice(s.mark, s.markEnd))));
  return lines;
}

describe('caseless sentences', () => {
  it('cuts at the scripts’ own marks', () => {
    expect(sentences('議論されてきた。また。合意した！', 'ja')).toEqual([['議論されてきた。', 'また。', '合意した！']]);
    expect(sentences('सहमति व्यक्त की। भी। सहयोग बढ़ेगा॥', 'hi')).toEqual([['सहमति व्यक्त की।', 'भी।', 'सहयोग बढ़ेगा॥']]);
    expect(sentences('هل توافق؟ نعم. اتفق الطرفان.', 'ar')).toEqual([['هل توافق؟', 'نعم.', 'اتفق الطرفان.']]);
    // Georgian: Unicode calls its letters lowercase (Mkhedruli, beside capitals running text never uses).
    expect(sentences('მხარეები შეთანხმდნენ. კიდევ. თანამშრომლობა გაგრძელდება.', 'ka')).toEqual([['მხარეები შეთანხმდნენ.', 'კიდევ.', 'თანამშრომლობა გაგრძელდება.']]);
  });

  it('leaves a line of one sentence, and a run of marks is one mark', () => {
    expect(sentences('両国は協力を拡大することで合意した。', 'ja')).toEqual([]);
    expect(sentences('本当ですか？！ はい。', 'ja')).toEqual([['本当ですか？！', 'はい。']]);
  });

  it('cuts nowhere inside a quotation or brackets', () => {
    expect(sentences('彼は「また。来ます。」と言った。', 'ja')).toEqual([]);
    expect(sentences('הוא אמר "שוב. גם." ואז הלך.', 'he')).toEqual([]);
    expect(sentences('（注。重要。）これを読む。', 'ja')).toEqual([]);
    expect(sentences('他说：“好。再见。”然后走了。', 'zh')).toEqual([]);
  });

  it('reads curly quotes as opening and closing by turns (Hebrew writes ”…“)', () => {
    expect(sentences('הפרופיל ”%s“ כבר קיים. אולי. יש להסיר אותו.', 'he')).toEqual([['הפרופיל ”%s“ כבר קיים.', 'אולי.', 'יש להסיר אותו.']]);
  });

  it('reads a period as an abbreviation’s where the text ends its sentences with a stop of its own', () => {
    // "B.C." and "M.A." in Devanagari letters, in text that ends its sentences with the danda.
    expect(sentences('बी. सी. में पुलिस ने कहा। उसने एम.ए. की डिग्री हासिल की।', 'hi')).toEqual([['बी. सी. में पुलिस ने कहा।', 'उसने एम.ए. की डिग्री हासिल की।']]);
    // Hindi that ends its sentences with periods.
    expect(sentences('पुलिस ने कहा. भी. सहयोग बढ़ेगा.', 'hi')).toEqual([['पुलिस ने कहा.', 'भी.', 'सहयोग बढ़ेगा.']]);
  });

  it('reads two or more short dotted words in a row as initials or an abbreviation, where periods end sentences', () => {
    // "K. R. Narayanan", "Dr. K. H. Awate", "Shri K. R. Patil": a name's initials, not one-word sentences.
    expect(sentences('उन्होंने भाषण दिया. के. आर. नारायणन राष्ट्रपति थे. सब खुश थे.', 'hi')).toEqual([
      ['उन्होंने भाषण दिया.', 'के. आर. नारायणन राष्ट्रपति थे.', 'सब खुश थे.'],
    ]);
    expect(sentences('ते आले. डॉ. के. एच. आवटे यांनी पुस्तक लिहिले. श्री. का. रा. पाटील आले.', 'mr')).toEqual([
      ['ते आले.', 'डॉ. के. एच. आवटे यांनी पुस्तक लिहिले.', 'श्री. का. रा. पाटील आले.'],
    ]);
    // One short word alone between two sentences stays a sentence of its own (a stranded fragment, or a reply).
    expect(sentences('पुलिस ने कहा. के. सहयोग बढ़ेगा.', 'hi')).toEqual([['पुलिस ने कहा.', 'के.', 'सहयोग बढ़ेगा.']]);
  });

  it('does not cut at an ASCII period after a Latin word, in a number or an ellipsis', () => {
    expect(sentences('설정 파일은 config.json 입니다 e.g. 이것. 버전 1.2 입니다... 끝.', 'ko')).toEqual([['설정 파일은 config.json 입니다 e.g. 이것.', '버전 1.2 입니다... 끝.']]);
  });
});

describe('the word a sentence opens with, in a script without spaces', () => {
  /** The never-initial word that `sentence` opens with, read by the language's word segmentation. */
  const opening = (sentence: string, lang: string) => {
    const ctx = new CheckContext(sentence, { lang });
    return nonInitialOpening(ctx, 0, sentence.length, caselessWords(ctx)!);
  };

  it('is the segmentation’s first word, alone or before a word, a number or a quotation', () => {
    expect(opening('的合作，条约将于明年签署', 'zh')).toBe('的');
    expect(opening('了一名男子', 'zh')).toBe('了');
    expect(opening('的 DNA 样本', 'zh')).toBe('的');
    expect(opening('了', 'zh')).toBe('了');
    expect(opening('をすることで合意した', 'ja')).toBe('を');
    expect(opening('を「拡大」した', 'ja')).toBe('を');
  });

  it('is not a word that begins a longer one, and not a particle before a comma', () => {
    expect(opening('的确如此', 'zh')).toBeUndefined();
    expect(opening('了解情况的人表示', 'zh')).toBeUndefined();
    expect(opening('はい、そうです', 'ja')).toBeUndefined();
    expect(opening('が、結果は変わらなかった', 'ja')).toBeUndefined();
    // The dictionary reads も|しそう|なら; the particle and the next kana make もし "if".
    expect(opening('もしそうなら、別の方法を使う', 'ja')).toBeUndefined();
    // In the historical orthography (ゐ), a kana word the dictionary lacks: して見れば "so then".
    expect(opening('して見れば今の大あらしも、魔性の悪戯に違ひありません。星はきらきら輝いてゐます', 'ja')).toBeUndefined();
    expect(opening('してしまった。星はきらきら輝いています', 'ja')).toBe('し');
  });
});

describe('caseless word lists', () => {
  it('are given only to languages written without case, and never list a word twice', () => {
    for (const l of LANGUAGES.filter((x) => !isProfile(x) && (x.fragmentWords || x.nonInitialWords || x.neverDoubled))) {
      expect(['Han', 'Kana', 'Hangul', 'Hebrew', 'Arabic', 'Devanagari', 'Bengali', 'Tamil', 'Thai', 'Georgian'], l.code).toContain(l.script);
      expect(new Set(l.fragmentWords).size, l.code).toBe(l.fragmentWords?.length ?? 0);
      expect(new Set(l.neverDoubled).size, l.code).toBe(l.neverDoubled?.length ?? 0);
      for (const w of [...(l.nonInitialWords ?? []), ...(l.neverDoubled ?? [])]) expect(w, l.code).toMatch(/^\S+$/u);
    }
  });
});

describe('languages that share a script', () => {
  const segmentation = (text: string) => {
    const report = analyse(text);
    return [report.language.code, ...report.findings.filter((f) => f.category === 'segmentation').map((f) => text.slice(f.start, f.end))];
  };

  it('are read by their own lists, not their neighbour’s, without --lang', () => {
    // Marathi "का" (why) opens a sentence; Hindi's का (of) never does.
    expect(segmentation('तो काल उशिरा घरी आला. का ते कोणालाच माहीत नाही. आई खूप काळजीत होती.')).toEqual(['mr']);
    expect(segmentation('दोन्ही पक्षांनी सहमती दर्शवली. पुन्हा. ऊर्जा क्षेत्रात सहकार्य वाढेल.')).toEqual(['mr', 'पुन्हा.']);
    expect(segmentation('این موضوع مدتی است که بحث می‌شود. همچنین. دو کشور بر گسترش همکاری توافق کردند.')).toEqual(['fa', 'همچنین.']);
    expect(segmentation('دونوں ملکوں۔ کے درمیان تعاون بڑھانے پر اتفاق ہوا۔')).toEqual(['ur', '۔ کے']);
  });

  it('know Tamil and Bengali by their scripts (before, letters of no script and of no language)', () => {
    expect(segmentation('இரு நாடுகளும் ஒப்பந்தம் செய்தன. மேலும். எரிசக்தி துறையில் ஒத்துழைப்பு அதிகரிக்கும்.')).toEqual(['ta', 'மேலும்.']);
    expect(segmentation('দুই দেশ চুক্তি করেছে। তারপর। জ্বালানি খাতে সহযোগিতা বাড়বে।')).toEqual(['bn', 'তারপর।']);
  });

  it('leave a text too short to tell them apart to the script’s main language', () => {
    expect(analyse('اتفق الطرفان على التعاون.').language).toMatchObject({ code: 'ar', source: 'default' });
    expect(analyse('सहयोग बढ़ेगा।').language).toMatchObject({ code: 'hi', source: 'default' });
  });
});
