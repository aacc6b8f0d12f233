import type { CheckContext } from '../context.js';
import { CLASS, K_IDEO, K_LOWER, K_OTHER, SCRIPT, SCRIPT_NAMES } from '../catalogue/charclass.js';
import type { Rule, RuleExamples } from '../types.js';

// Chinese and Japanese punctuation （，。！？：；、） carried into a translation written in Latin or
// Cyrillic letters: the marks come with their own wide spacing and break searches and counts.
// Only marks between letters of the document's script are reported: next to Han or Kana they
// belong to a quoted original. Decorative brackets of Japanese product titles (【…】, 「…」) are
// left to the bracket and quote rules.

/** The ASCII mark for each wide one, and whether a space follows it in Latin typography. */
const NARROW: Record<string, [string, boolean]> = {
  '（': ['(', false],
  '）': [')', true],
  '，': [',', true],
  '。': ['.', true],
  '！': ['!', true],
  '？': ['?', true],
  '：': [':', true],
  '；': [';', true],
  '、': [',', true],
};

/** Wide marks that end a sentence. */
const SENTENCE_END = '。！？';

const LETTER_SCRIPTS = new Set((['Latin', 'Cyrillic', 'Greek'] as const).map((s) => SCRIPT_NAMES.indexOf(s)));

/** For the rule catalogue (scripts/update-schema.ts); not in the meta, so the bundle leaves it out. */
export const description =
  'Full-width Chinese or Japanese punctuation （，。！？：；、） in text written in Latin or Cyrillic letters, ' +
  'copied from the source. Marks next to Chinese or Japanese characters (a quoted original), and every mark in a ' +
  'Chinese, Japanese or Korean document (its own punctuation, also after a Latin word), are left alone. The ' +
  'safe fix writes the ASCII mark, with a space after it where needed.';

export const fullwidthPunctuation: Rule<CheckContext> = {
  meta: {
    id: 'fullwidth-punctuation',
    category: 'punctuation',
    severity: 'warning',
    mqm: 'Fluency/Punctuation',
    languages: '*',
  },

  check(ctx, report) {
    const { text } = ctx;
    // In a Chinese, Japanese or Korean document the wide marks are its own punctuation, also after
    // a Latin name or command ("…运行 reportbug installation-reports。").
    if (!LETTER_SCRIPTS.has(SCRIPT_NAMES.indexOf(ctx.language.script as (typeof SCRIPT_NAMES)[number]))) return;
    for (const at of ctx.marks.fullwidth) {
      const before = letterAround(text, at, -1);
      const after = letterAround(text, at + 1, 1);
      // Next to Han or Kana, or with no letters of a Latin-type script on either side: part of an original.
      if (before === K_IDEO_SCRIPT || after === K_IDEO_SCRIPT) continue;
      if (!LETTER_SCRIPTS.has(before) && !LETTER_SCRIPTS.has(after)) continue;
      const wide = text[at];
      const [mark, spaced] = NARROW[wide];
      const next = text.charCodeAt(at + 1);
      const needsSpace = spaced && at + 1 < text.length && CLASS[next] !== K_OTHER;
      // "？nobody": once spaced, a sentence end before a lowercase word; whether to capitalise it
      // or join is the writer's call, so that fix is offered but not applied automatically.
      const safe = !(needsSpace && SENTENCE_END.includes(wide) && CLASS[next] === K_LOWER);
      report({
        start: at,
        end: at + 1,
        message: `Full-width “${wide}” in ${SCRIPT_NAMES[LETTER_SCRIPTS.has(before) ? before : after]} text: write “${mark}”.`,
        fix: { description: `write “${mark}”`, edits: [{ start: at, end: at + 1, text: needsSpace ? `${mark} ` : mark }], safe },
      });
    }
  },
};

/** What the rule flags and what it leaves alone: tests/rules.test.ts runs them. Not part of the rule, so not of the bundle. */
export const examples: RuleExamples = {
  bad: [
    {
      text: 'Why are there six wontons？ Nobody knows。',
      findings: [
        { flagged: '？', message: 'Full-width “？” in Latin text: write “?”.' },
        { flagged: '。', message: 'Full-width “。” in Latin text: write “.”.' },
      ],
      output: 'Why are there six wontons? Nobody knows.',
    },
    {
      text: 'The theme is “discover the future，share science”.',
      findings: [{ flagged: '，', message: 'Full-width “，” in Latin text: write “,”.' }],
      output: 'The theme is “discover the future, share science”.',
    },
    {
      text: 'Das Thema lautet：Zukunft entdecken.',
      lang: 'de',
      findings: [{ flagged: '：', message: 'Full-width “：” in Latin text: write “:”.' }],
      output: 'Das Thema lautet: Zukunft entdecken.',
    },
    {
      text: 'El tema es descubrir el futuro（y compartir la ciencia）.',
      lang: 'es',
      findings: [
        { flagged: '（', message: 'Full-width “（” in Latin text: write “(”.' },
        { flagged: '）', message: 'Full-width “）” in Latin text: write “)”.' },
      ],
      output: 'El tema es descubrir el futuro(y compartir la ciencia).',
    },
    {
      text: 'Téma zní：objevujte budoucnost.',
      lang: 'cs',
      findings: [{ flagged: '：', message: 'Full-width “：” in Latin text: write “:”.' }],
      output: 'Téma zní: objevujte budoucnost.',
    },
    {
      text: 'Тема звучит так：открывайте будущее。',
      lang: 'ru',
      findings: [
        { flagged: '：', message: 'Full-width “：” in Cyrillic text: write “:”.' },
        { flagged: '。', message: 'Full-width “。” in Cyrillic text: write “.”.' },
      ],
      output: 'Тема звучит так: открывайте будущее.',
    },
    {
      text: 'Тема звучить так：відкривайте майбутнє！',
      lang: 'uk',
      findings: [
        { flagged: '：', message: 'Full-width “：” in Cyrillic text: write “:”.' },
        { flagged: '！', message: 'Full-width “！” in Cyrillic text: write “!”.' },
      ],
      output: 'Тема звучить так: відкривайте майбутнє!',
    },
  ],
  good: [
    { text: 'The motto 发现未来，分享科学 was printed in Chinese.' },
    { text: '【Official】Sale 「limited」 today.' },
    { text: 'Он процитировал：«我们走吧。»', lang: 'ru' },
    // The document's own punctuation after a Latin word (Chinese, Japanese).
    { text: '默认系统创建的第一个用户被允许使用 sudo。如果遇到问题，请运行 reportbug installation-reports。', lang: 'zh' },
    { text: 'インストールが終わったら、reportbug installation-reports を実行してください。詳しくは Debian Installer。', lang: 'ja' },
  ],
};

/** Marker for "a Han or Kana character" in letterAround's result. */
const K_IDEO_SCRIPT = -1;

/**
 * Script index of the nearest letter on the line, looking past spaces, punctuation and invisible
 * characters (up to 16), K_IDEO_SCRIPT for Han/Kana, 0 for none.
 */
function letterAround(text: string, from: number, dir: -1 | 1): number {
  for (let k = 0, i = dir < 0 ? from - 1 : from; k < REACH && i >= 0 && i < text.length; k++, i += dir) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return 0;
    if (CLASS[c] === K_IDEO) return K_IDEO_SCRIPT;
    if (SCRIPT[c] !== 0) return SCRIPT[c];
  }
  return 0;
}

const REACH = 16;
