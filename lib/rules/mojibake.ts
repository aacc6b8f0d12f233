import type { CheckContext } from '../context.js';
import { isLetterUnit } from '../catalogue/charclass.js';
import { hasLineBreak, type Mojibake } from '../catalogue/mojibake.js';
import { CJK_ENCODINGS, findCjkMisreads } from '../catalogue/mojibake-cjk.js';
import type { Edit, Rule, RuleExamples } from '../types.js';
import { ellipsized } from '../text/chars.js';

/** Runs closer than this (on one line) are one finding: "PÅ™Ã­liÅ¡ Å¾luÅ¥ouÄ�kÃ½" is one garbled phrase. */
const MERGE_GAP = 20;

/** For the rule catalogue (scripts/update-schema.ts); not in the meta, so the bundle leaves it out. */
export const description =
  'UTF-8 text that was read as Windows-1252 / Latin-1, Windows-1250, ISO-8859-2, Windows-1251, Windows-1253, Windows-1257, KOI8-R/U or Mac OS Roman somewhere on its way ' +
  '(or as GBK: Han characters that re-encode to letters of the document\'s alphabet, in a word or a whole line, "M眉nchen", "胁芯褌 褝褌芯", or to punctuation of three bytes, "there鈥檚", Shift_JIS "there窶冱"; or as EUC-KR: Hangul syllables that re-encode so, "m챕s"; ' +
  'or as Big5 or Shift_JIS: Han characters or half-width katakana inside a Latin, Cyrillic or Greek word, "rﾃｩsumﾃｩ", or in pairs at its edge, "malﾃｽ", which cannot be repaired) ' +
  '("cafÃ©", "â€™", "ÐŸÑ€Ð¸Ð²ÐµÑ‚", "РџСЂРёРІРµС‚", "Ĺ™"), also twice over ("ÃƒÂ©"). The safe fix re-decodes ' +
  'the bytes; where a byte was already replaced by U+FFFD ("Ä�") the text cannot be rebuilt and no fix is offered. ' +
  'One pair that ordinary text also writes counts only beside certain mojibake on its line: capitals such as Czech ' +
  '"KÉŽ", Slovak "PÄŤ", Ukrainian "ВІДІ" or Romanian "GHIDATĂ”" would decode to a rare letter, a letter of the wrong ' +
  'case or another script.';

export const mojibake: Rule<CheckContext> = {
  meta: {
    id: 'mojibake',
    category: 'encoding',
    severity: 'error',
    mqm: 'Fluency/Character encoding',
    languages: '*',
  },

  check(ctx, report) {
    const { text } = ctx;
    const cjk = findCjkMisreads(text, ctx.tokens, ctx.language.script, ctx.language.code);
    const runs = cjk.length ? [...ctx.mojibake, ...cjk].sort((a, b) => a.start - b.start) : ctx.mojibake;
    let group: Mojibake[] = [];
    const flush = () => {
      if (group.length === 0) return;
      const start = group[0].start;
      const end = group[group.length - 1].end;
      const fixable = group.every((r) => r.repaired !== undefined);
      const edits: Edit[] = group.map((r) => ({ start: r.start, end: r.end, text: r.repaired ?? '' }));
      const encoding = group[0].encoding;
      const preview = fixable ? repair(text, start, end, edits) : undefined;
      report({
        start,
        end,
        message: preview
          ? `Mojibake: “${clip(text.slice(start, end))}” is UTF-8 read as ${encoding}; it should read “${clip(preview)}”.`
          : group.every((r) => r.encoding === CJK_ENCODINGS)
            ? `Mojibake: “${clip(text.slice(start, end))}” in “${clip(wordsAround(text, start, end))}” is UTF-8 read as ${encoding}; retranslate or re-export this passage.`
            : `Mojibake: “${clip(text.slice(start, end))}” is UTF-8 read as ${encoding}, and some bytes were lost (�); retranslate or re-export this passage.`,
        fix: fixable ? { description: 're-decode as UTF-8', edits, safe: true } : undefined,
        data: { encoding },
      });
      group = [];
    };
    for (const run of runs) {
      const last = group[group.length - 1];
      if (last && (run.start - last.end > MERGE_GAP || hasLineBreak(text, last.end, run.start))) flush();
      group.push(run);
    }
    flush();
  },
};

/** What the rule flags and what it leaves alone: tests/rules.test.ts runs them. Not part of the rule, so not of the bundle. */
export const examples: RuleExamples = {
  bad: [
    {
      text: 'The cafÃ© was closed, so we didnâ€™t stay.',
      findings: [
        { flagged: 'Ã©', message: 'Mojibake: “Ã©” is UTF-8 read as windows-1252; it should read “é”.' },
        { flagged: 'â€™', message: 'Mojibake: “â€™” is UTF-8 read as windows-1252; it should read “’”.' },
      ],
      output: 'The café was closed, so we didn’t stay.',
    },
    {
      text: 'Das GebÃ¤ude wurde 1901 erÃ¶ffnet.',
      lang: 'de',
      findings: [
        { flagged: 'Ã¤ude wurde 1901 erÃ¶', message: 'Mojibake: “Ã¤ude wurde 1901 erÃ¶” is UTF-8 read as windows-1252; it should read “äude wurde 1901 erö”.' },
      ],
      output: 'Das Gebäude wurde 1901 eröffnet.',
    },
    {
      text: 'El niÃ±o comiÃ³ una manzana.',
      lang: 'es',
      findings: [{ flagged: 'Ã±o comiÃ³', message: 'Mojibake: “Ã±o comiÃ³” is UTF-8 read as windows-1252; it should read “ño comió”.' }],
      output: 'El niño comió una manzana.',
    },
    {
      text: 'PÅ™Ã\u00ADliÅ¡ Å¾luÅ¥ouÄ\uFFFDkÃ½ kÅ¯Åˆ ÃºpÄ›l.',
      lang: 'cs',
      findings: [
        { flagged: 'Å™Ã\u00ADliÅ¡ Å¾luÅ¥ouÄ\uFFFDkÃ½ kÅ¯Åˆ ÃºpÄ›', message: 'Mojibake: “Å™Ã\u00ADliÅ¡ Å¾luÅ¥ouÄ\uFFFDkÃ½ kÅ¯Åˆ ÃºpÄ›” is UTF-8 read as windows-1252, and some bytes were lost (\uFFFD); retranslate or re-export this passage.' },
      ],
    },
    {
      text: 'PĹ™Ă\u00ADliĹˇ ĹľluĹĄouÄŤkĂ˝ kĹŻĹ.',
      lang: 'cs',
      findings: [
        { flagged: 'Ĺ™Ă\u00ADliĹˇ ĹľluĹĄouÄŤkĂ˝ kĹŻ', message: 'Mojibake: “Ĺ™Ă\u00ADliĹˇ ĹľluĹĄouÄŤkĂ˝ kĹŻ” is UTF-8 read as windows-1250; it should read “říliš žluťoučký ků”.' },
      ],
      output: 'Příliš žluťoučký kůĹ.',
    },
    {
      text: 'ÐŸÑ€Ð¸Ð²ÐµÑ‚, Ð¼Ð¸Ñ€!',
      lang: 'ru',
      findings: [
        { flagged: 'ÐŸÑ€Ð¸Ð²ÐµÑ‚, Ð¼Ð¸Ñ€', message: 'Mojibake: “ÐŸÑ€Ð¸Ð²ÐµÑ‚, Ð¼Ð¸Ñ€” is UTF-8 read as windows-1252; it should read “Привет, мир”.' },
      ],
      output: 'Привет, мир!',
    },
    {
      text: 'Він сказав: РџСЂРёРІС–С‚ усім.',
      lang: 'uk',
      findings: [{ flagged: 'РџСЂРёРІС–С‚', message: 'Mojibake: “РџСЂРёРІС–С‚” is UTF-8 read as windows-1251; it should read “Привіт”.' }],
      output: 'Він сказав: Привіт усім.',
    },
    // ISO-8859-2, KOI8-R (KOI8-U alike), Mac OS Roman, Windows-1253 (Greek), Windows-1257 (Baltic).
    {
      text: 'Paraguay won met 1-0 van TsjechiĂŤ.',
      lang: 'nl',
      findings: [{ flagged: 'ĂŤ', message: 'Mojibake: “ĂŤ” is UTF-8 read as iso-8859-2; it should read “ë”.' }],
      output: 'Paraguay won met 1-0 van Tsjechië.',
    },
    {
      text: 'Он сказал: п÷я─п╦п╡п╣я┌ всем.',
      lang: 'ru',
      findings: [{ flagged: 'п÷я─п╦п╡п╣я┌', message: 'Mojibake: “п÷я─п╦п╡п╣я┌” is UTF-8 read as koi8-r; it should read “Привет”.' }],
      output: 'Он сказал: Привет всем.',
    },
    {
      text: 'Le caf√© était fermé.',
      lang: 'fr',
      findings: [{ flagged: '√©', message: 'Mojibake: “√©” is UTF-8 read as macintosh; it should read “é”.' }],
      output: 'Le café était fermé.',
    },
    {
      text: 'Ο υπουργός Ξ±Ξ½Ξ±ΞΊΞΏΞ―Ξ½Ο‰ΟƒΞµ τη συμφωνία.',
      lang: 'el',
      findings: [{ flagged: 'Ξ±Ξ½Ξ±ΞΊΞΏΞ―Ξ½Ο‰ΟƒΞµ', message: 'Mojibake: “Ξ±Ξ½Ξ±ΞΊΞΏΞ―Ξ½Ο‰ΟƒΞµ” is UTF-8 read as windows-1253; it should read “ανακοίνωσε”.' }],
      output: 'Ο υπουργός ανακοίνωσε τη συμφωνία.',
    },
    {
      text: 'Jis gyveno MĆ¼nchene.',
      lang: 'lt',
      findings: [{ flagged: 'Ć¼', message: 'Mojibake: “Ć¼” is UTF-8 read as windows-1257; it should read “ü”.' }],
      output: 'Jis gyveno Münchene.',
    },
    // GBK (a Han character for each letter of two UTF-8 bytes): re-encoded, in a word or as a
    // whole line of a non-Latin script.
    {
      text: 'Er wohnt in M眉nchen.',
      lang: 'de',
      findings: [{ flagged: '眉', message: 'Mojibake: “眉” is UTF-8 read as GBK; it should read “ü”.' }],
      output: 'Er wohnt in München.',
    },
    {
      text: 'Non 猫 mai stato così pi霉 felice.',
      lang: 'it',
      findings: [{ flagged: '猫 mai stato così pi霉', message: 'Mojibake: “猫 mai stato così pi霉” is UTF-8 read as GBK; it should read “è mai stato così più”.' }],
      output: 'Non è mai stato così più felice.',
    },
    {
      text: 'Он сказал:\n胁芯褌 褝褌芯 锌褉芯胁邪谢',
      lang: 'ru',
      findings: [{ flagged: '胁芯褌 褝褌芯 锌褉芯胁邪谢', message: 'Mojibake: “胁芯褌 褝褌芯 锌褉芯胁邪谢” is UTF-8 read as GBK; it should read “вот это провал”.' }],
      output: 'Он сказал:\nвот это провал',
    },
    // A character of three UTF-8 bytes is two Han characters, the second holding the byte after it
    // ("’s" is E2 80 99 73: 鈥 E280, 檚 9973); letters of another alphabet inside a word.
    {
      text: 'There鈥檚 more than one kind of boss.',
      findings: [{ flagged: '鈥檚', message: 'Mojibake: “鈥檚” is UTF-8 read as GBK; it should read “’s”.' }],
      output: 'There’s more than one kind of boss.',
    },
    {
      text: 'The composer Anton铆n Dvo艡谩k was born in 1841.',
      findings: [{ flagged: '铆n Dvo艡谩', message: 'Mojibake: “铆n Dvo艡谩” is UTF-8 read as GBK; it should read “ín Dvořá”.' }],
      output: 'The composer Antonín Dvořák was born in 1841.',
    },
    // Shift_JIS reads a character of three UTF-8 bytes (’: E2 80 99) as kanji pairs, as GBK does.
    {
      text: 'Wait, there窶冱 more to it, she said.',
      findings: [{ flagged: '窶冱', message: 'Mojibake: “窶冱” is UTF-8 read as Shift_JIS; it should read “’s”.' }],
      output: 'Wait, there’s more to it, she said.',
    },
    // EUC-KR (Windows-949): a Latin letter of lead byte 0xC3 is one Hangul syllable, inside a word
    // or standing alone as a common word ("챕" é); re-encoded by the platform's own decoder.
    {
      text: 'Un pas m챕s, i el panorama 챕s l\'actual.',
      lang: 'ca',
      findings: [{ flagged: '챕s, i el panorama 챕', message: 'Mojibake: “챕s, i el panorama 챕” is UTF-8 read as EUC-KR; it should read “és, i el panorama é”.' }],
      output: 'Un pas més, i el panorama és l\'actual.',
    },
    {
      text: 'O carro 챕 azul.',
      lang: 'pt',
      findings: [{ flagged: '챕', message: 'Mojibake: “챕” is UTF-8 read as EUC-KR; it should read “é”.' }],
      output: 'O carro é azul.',
    },
    // Big5 or Shift_JIS (two half-width katakana), which cannot be re-encoded: no fix.
    {
      text: 'Er wohnt in M羹nchen.',
      lang: 'de',
      findings: [{ flagged: '羹', message: 'Mojibake: “羹” in “M羹nchen” is UTF-8 read as GBK, Big5 or Shift_JIS; retranslate or re-export this passage.' }],
    },
    {
      text: 'Le rﾃｩsumﾃｩ est prﾃｪt.',
      lang: 'fr',
      findings: [{ flagged: 'ﾃｩsumﾃｩ est prﾃｪ', message: 'Mojibake: “ﾃｩsumﾃｩ est prﾃｪ” in “rﾃｩsumﾃｩ est prﾃｪt” is UTF-8 read as GBK, Big5 or Shift_JIS; retranslate or re-export this passage.' }],
    },
    // Shift_JIS at a word's edge, or beside the half-width ､ (0xA4) that the word scan takes for punctuation.
    {
      text: 'Der Termin wurde geﾃ､ndert, das ist ﾃｶffentlich.',
      lang: 'de',
      findings: [
        {
          flagged: 'ﾃ､ndert, das ist ﾃｶ',
          message: 'Mojibake: “ﾃ､ndert, das ist ﾃｶ” in “geﾃ､ndert, das ist ﾃｶffentlich” is UTF-8 read as GBK, Big5 or Shift_JIS; retranslate or re-export this passage.',
        },
      ],
    },
    {
      text: 'Prices in â‚¬ rose by 5Â % â€“ again.',
      findings: [
        { flagged: 'â‚¬ rose by 5Â % â€“', message: 'Mojibake: “â‚¬ rose by 5Â % â€“” is UTF-8 read as windows-1252; it should read “€ rose by 5 % –”.' },
      ],
      output: 'Prices in € rose by 5 % – again.',
    },
  ],
  good: [
    // A dash before an accented word, typeset without spaces: read as macintosh the pair is "ю", a
    // Cyrillic letter alone among Latin words, which a word of Cyrillic mojibake would stand beside.
    { text: 'O resultado foi "bom"—é o que todos esperavam.', lang: 'pt' },
    // Chinese and Japanese words in a text of another script: their Han characters spell no word of it.
    { text: 'Sie kaufte 3枚 Briefmarken, trank 中国茶 und las 目前 小原を追い詰め.', lang: 'de' },
    { text: 'Он читал 小原を追い詰め и 停止.', lang: 'ru' },
    // Korean in a Latin text, glued to Latin letters too: its syllables' bytes are no UTF-8 letters.
    { text: 'Die Band 방탄소년단 spielte in 서울, auf Koreanisch „API를 호출“ und „CEO가 말했다“.', lang: 'de' },
    // A word that opens with a letter and an apostrophe, or with the pair an ordinal indicator
    // would be in Windows-1250 ("Âş" for "º"): an elision, and Turkish "âşık" (lover).
    { text: 'Âşık Veysel türküleri çok sevilir. Ç’ka po bën ti? Ç’a été une belle journée.', lang: 'tr' },
    { text: 'Es el 1º de mayo y la 2ª edición.', lang: 'es' },
    { text: 'Příliš žluťoučký kůň úpěl ďábelské ódy, nevíš“.', lang: 'cs' },
    { text: '„Grüß Gott“, sagte er. Der Gruß“ endet hier. ÄRGER über Öl.', lang: 'de' },
    { text: 'AÇÃO E REAÇÃO”, disse ele. São Paulo, Ñandú, Øresund.', lang: 'pt' },
    { text: 'Рівне, Сім днів, Рёв мотора, Сі-бемоль.', lang: 'uk' },
    { text: 'Привет, мир! «Ёлка» и «Эхо».', lang: 'ru' },
    // One-letter words bound to the next by a no-break space: not KOI8-R "ך" or Windows-1251 mojibake of the space.
    { text: 'Шутка появилась в\u00a01998 году. В\u00a0JavaScript это просто; у\u00a0нас тоже.', lang: 'ru' },
    // Letter-spaced emphasis, a speaker's name in a play: each letter and a no-break space (KOI8-R would read "ϚΚ").
    { text: 'С\u00a0е\u00a0м\u00a0е\u00a0н Г\u00a0о\u00a0д\u00a0у\u00a0н\u00a0о\u00a0в\nВходит р\u00a0у\u00a0с\u00a0с\u00a0к\u00a0и\u00a0й п\u00a0л\u00a0е\u00a0н\u00a0н\u00a0и\u00a0к.', lang: 'ru' },
    // Han characters beside Latin letters but not inside a word of them.
    { text: 'Shares in A股B股 rose; the iPhone用 case sold well; see 東京Tower.' },
    { text: 'Die Firma verkauft PCﾃﾞｰﾀ und ｿﾌﾄｳｪｱ in Tokio.', lang: 'de' },
    // One Han character beside a Latin word that would be a Latin-1 symbol or a letter (路 "·", 卢 "¬", 女 "Ů"):
    // Chinese writes these often, and inside no Latin word.
    { text: 'He walked along Nanjing路 to the Lu卢 house; 女Sport opened.' },
    // Ukrainian letters that KOI8-U writes where UTF-8 continues a character; Greek capitals that Windows-1253 writes where UTF-8 starts one.
    { text: 'Дії є, ціні ґрунту зросли; її віє.', lang: 'uk' },
    { text: 'Ε… δεν ξέρω. «Ο» είπε.', lang: 'el' },
    { text: 'The café in Málaga served crème brûlée; naïve coöperation.' },
    { text: 'KÉŽ TYTO VÁNOCE PŘINESOU MÍR. DĚLAJÍ-LI DVA TOTÉŽ, NENÍ TO TOTÉŽ.', lang: 'cs' },
    { text: 'PAMÄŤ SA STRÁCA, KEĎ SA NECVIČÍ. PÄŤDESIAT ROKOV.', lang: 'sk' },
    { text: 'ВІДПОВІДІ НЕМАЄ. НАЙСТАРІШІ ФАЙЛИ ВИЛУЧЕНО.', lang: 'uk' },
    { text: 'CONSULTAȚI „PARTIȚIONAREA GHIDATĂ” ȘI „MEMORIE VIRTUALĂ”.', lang: 'ro' },
    // A capital Ã or Â ending a word in capitals, or a word of its own before a lowercase word.
    { text: 'THÔNG TIN ĐĂNG NHẬP ĐÃ LƯU', lang: 'vi' },
    { text: 'Â llaw', lang: 'cy' },
  ],
};

function repair(text: string, start: number, end: number, edits: Edit[]): string {
  let out = '';
  let at = start;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at, end);
}

/** text[start, end) with the letters glued to it on either side: the word it stands in. */
function wordsAround(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from > 0 && isLetterUnit(text.charCodeAt(from - 1))) from--;
  while (to < text.length && isLetterUnit(text.charCodeAt(to))) to++;
  return text.slice(from, to);
}

function clip(s: string): string {
  return ellipsized(s, 60);
}
