import type { CheckContext } from '../context.js';
import { CLASS, K_IDEO, K_OTHER, RTL_SCRIPTS, SCRIPT, SCRIPT_NAMES } from '../catalogue/charclass.js';
import type { Mojibake } from '../catalogue/mojibake.js';
import type { Rule, RuleExamples, Severity } from '../types.js';
import { INVISIBLE_CHARACTERS } from '../text/invisible.js';
import type { ScriptName } from '../text/script.js';

// The characters of lib/text/invisible.ts. Each has a legitimate use, so each is reported only
// where that use is impossible:
// - zero-width space, word joiner, zero-width no-break space: inside a word (a space or nothing
//   was meant), or a byte-order mark anywhere but the start of the text (files were concatenated);
//   not between letters of a script that writes no spaces between its words (Thai, Lao, Khmer,
//   Myanmar, Tibetan, Han, Kana), where it marks a word's end for line breaking ("ດັ່ງ\u200Bນັ້ນ");
// - zero-width non-joiner and joiner: between two letters of Latin, Cyrillic or Greek (they shape
//   Persian, Indic and emoji sequences);
// - direction marks and embeddings: on a line without Hebrew or Arabic letters;
// - soft hyphen: inside a word, as info (a hyphenation hint, harmless on screen, but often a
//   leftover of the source layout that breaks search and spell checking).

const CASED = new Set((['Latin', 'Cyrillic', 'Greek'] as const).map((s) => SCRIPT_NAMES.indexOf(s)));

/** For the rule catalogue (scripts/update-schema.ts); not in the meta, so the bundle leaves it out. */
export const description =
  'Invisible characters where they cannot belong: a zero-width space or word joiner inside a word, a byte-order ' +
  'mark in mid-text, a zero-width (non-)joiner between Latin, Cyrillic or Greek letters, direction marks in a ' +
  'line without right-to-left text, and (as info) soft hyphens inside words. Zero-width joiners in emoji and ' +
  'non-joiners in Persian or Indic text are left alone. The safe fix removes them.';

export const invisibleCharacter: Rule<CheckContext> = {
  meta: {
    id: 'invisible-character',
    category: 'encoding',
    severity: 'warning',
    mqm: 'Fluency/Character encoding',
    languages: '*',
    silencedBySource: true,
  },

  check(ctx, report) {
    const { text, lines } = ctx;
    const rtlDocument = RTL_SCRIPTS.has(SCRIPT_NAMES.indexOf(ctx.language.script as ScriptName));
    const positions = ctx.marks.invisible;
    let mojibake: readonly Mojibake[] | undefined;
    let r = 0;
    for (let k = 0; k < positions.length; ) {
      // A run of adjacent invisible characters is one finding.
      const start = positions[k];
      let end = start + 1;
      for (k++; k < positions.length && positions[k] === end; k++) end++;
      // A soft hyphen or no-break space inside mojibake ("Ã­" for "í") is a byte of it.
      if (text.charCodeAt(start) === 0xad) {
        mojibake ??= ctx.mojibake;
        while (r < mojibake.length && mojibake[r].end <= start) r++;
        if (r < mojibake.length && mojibake[r].start <= start) continue;
      }
      const before = text.charCodeAt(start - 1);
      const after = text.charCodeAt(end);
      const inWord = start > 0 && CLASS[before] !== K_OTHER && end < text.length && CLASS[after] !== K_OTHER;
      const casedLetters = inWord && CASED.has(SCRIPT[before]) && CASED.has(SCRIPT[after]);
      let severity: Severity | undefined;
      let stray = false;
      for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 0xad) {
          if (inWord) severity ??= 'info';
          continue;
        }
        const { kind } = INVISIBLE_CHARACTERS[text[i]];
        if (c === 0xfeff) stray ||= start > 0;
        else if (kind === 'hint') stray ||= inWord && !(writtenUnspaced(before) && writtenUnspaced(after));
        else if (kind === 'joiner') stray ||= casedLetters;
        // In a right-to-left document a direction mark keeps a Latin term's punctuation in place ("Excalidraw+\u200E").
        else stray ||= !rtlDocument && !lineHasRtl(text, lines.starts[lines.lineOf(start)], lines.lineEnd(lines.lineOf(start)));
      }
      if (stray) severity = 'warning';
      if (!severity) continue;
      const names = [...new Set([...text.slice(start, end)].map((c) => INVISIBLE_CHARACTERS[c].name))];
      report({
        start,
        end,
        severity,
        message: `Invisible ${names.join(', ')}${end - start > 1 ? ` (${end - start} characters)` : ''} ${inWord ? 'inside a word' : 'in the text'}.`,
        fix: { description: 'remove the invisible characters', edits: [{ start, end, text: '' }], safe: true },
      });
    }
  },
};

/**
 * A letter of a script that writes no spaces between its words: Thai, Lao, Tibetan and Myanmar
 * (U+0E00–U+109F), Khmer, Han and Kana.
 */
function writtenUnspaced(c: number): boolean {
  return (c >= 0xe00 && c < 0x10a0) || (c >= 0x1780 && c < 0x1800) || CLASS[c] === K_IDEO;
}

/** What the rule flags and what it leaves alone: tests/rules.test.ts runs them. Not part of the rule, so not of the bundle. */
export const examples: RuleExamples = {
  bad: [
    {
      text: 'The govern\u200Bment announced new measures.',
      findings: [{ flagged: '\u200B', message: 'Invisible zero-width space inside a word.' }],
      output: 'The government announced new measures.',
    },
    {
      text: 'Die Regie\u200Drung kündigte neue Maßnahmen an.',
      lang: 'de',
      findings: [{ flagged: '\u200D', message: 'Invisible zero-width joiner inside a word.' }],
      output: 'Die Regierung kündigte neue Maßnahmen an.',
    },
    {
      text: 'El gobierno\u200E anunció nuevas medidas.',
      lang: 'es',
      findings: [{ flagged: '\u200E', message: 'Invisible left-to-right mark in the text.' }],
      output: 'El gobierno anunció nuevas medidas.',
    },
    {
      text: 'Vláda ozná\u00ADmila nová opatření.',
      lang: 'cs',
      findings: [{ flagged: '\u00AD', message: 'Invisible soft hyphen inside a word.', severity: 'info' }],
      output: 'Vláda oznámila nová opatření.',
    },
    {
      text: 'Правитель\u2060ство объявило новые меры.',
      lang: 'ru',
      findings: [{ flagged: '\u2060', message: 'Invisible word joiner inside a word.' }],
      output: 'Правительство объявило новые меры.',
    },
    {
      text: 'Уряд оголосив нові заходи.\n\uFEFFУряд оголосив нові заходи.',
      lang: 'uk',
      findings: [{ flagged: '\uFEFF', message: 'Invisible zero-width no-break space (byte-order mark) in the text.' }],
      output: 'Уряд оголосив нові заходи.\nУряд оголосив нові заходи.',
    },
    {
      text: 'Le gouvernement a annoncé \u202Ede nouvelles mesures\u202C.',
      lang: 'fr',
      findings: [
        { flagged: '\u202E', message: 'Invisible right-to-left override in the text.' },
        { flagged: '\u202C', message: 'Invisible pop directional formatting in the text.' },
      ],
      output: 'Le gouvernement a annoncé de nouvelles mesures.',
    },
  ],
  good: [
    { text: '\u200BI find it funny. The end.\u200B' },
    { text: 'Family: 👨\u200D👩\u200D👧 and 👍🏽.' },
    { text: 'می\u200Cخواهم بروم.', lang: 'fa' },
    // Line-break hints between the words of scripts written without spaces.
    { text: 'ประเทศ\u200Bไทย\u200Bมี\u200Bประชากร\u200Bมาก', lang: 'th' },
    { text: '東京\u200B都庁\u200Bは\u200B新宿に\u200Bある。', lang: 'ja' },
    { text: 'He said \u200Fשלום\u200E and left.', lang: 'en' },
    { text: 'שלום עולם\nExcalidraw+\u200E', lang: 'he' },
  ],
};

function lineHasRtl(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (RTL_SCRIPTS.has(SCRIPT[text.charCodeAt(i)])) return true;
  return false;
}
