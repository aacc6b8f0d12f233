import type { CheckContext } from '../context.js';
import { CLASS, K_DIGIT, K_UPPER, K_OTHER, charactersIn, isLetterUnit } from '../catalogue/charclass.js';
import type { RawFinding, Rule, RuleExamples } from '../types.js';
import { spacesMarksAsFrench } from './space-before-punctuation.js';

// ",,", ";;" and the Armenian full stop doubled ("։։") are never meant. Two full stops are: an ellipsis typed short ("troubles.. then",
// "him..") or a sentence ending in an abbreviation ("etc.."); so ".." is reported only where a
// new sentence follows (".. Next"), the shape of two segments joined after each kept its period,
// and only from a writer who does not trail off elsewhere in the text, and not after a stutter
// ("g.. geh"). "!!" and "?!" are emphasis, ".," follows abbreviations ("etc.,"), ",..." is a comma
// before an ellipsis, ",.5" a comma before a decimal fraction written without its zero, "::" is code.
// MT decoders also leave a sentence mark doubled with a space between (". .", "? ,", "! ."),
// which no writer types; ". . ." (a spaced ellipsis) and "? ?" / "! ?" (emphasis) are typed.

/** The doubled run at a position the mark scan found (it has checked the mark before differs). */
const DOUBLED = /,{2,}|;{2,}|\u0589{2,}|\.\.(?!\.)|,\.(?![.\d])/y;

/** For the rule catalogue (scripts/update-schema.ts); not in the meta, so the bundle leaves it out. */
export const description =
  'A punctuation mark typed twice: ",,", ";;", "։։" (the Armenian full stop), a comma before a full stop (",."), two full stops where a new ' +
  'sentence follows ("done.. The") from a writer who does not otherwise trail off, and a sentence mark doubled ' +
  'with a space as MT decoding leaves it (". .", "? ,", "! ."). Ellipses, two dots as an informal pause ' +
  '("well.. maybe"), stutters ("g.. geh"), spaced ellipses (". . ."), "etc.,", "!!", "?!", "? ?", ranges ' +
  '("1..10"), a decimal fraction after a comma ("(.25,.5]"), a low opening quote typed as two commas and glued to a word ("dat,,het volk erom vraagt\'\'"), smileys (". :-)") and "::" in code are left alone. The fix keeps one mark; it is safe for commas, ' +
  'semicolons, Armenian full stops and a full stop after a sentence mark.';

export const doubledPunctuation: Rule<CheckContext> = {
  meta: {
    id: 'doubled-punctuation',
    category: 'punctuation',
    severity: 'warning',
    mqm: 'Fluency/Punctuation',
    languages: '*',
    silencedBySource: true,
  },

  check(ctx, report) {
    const { text, marks } = ctx;
    const { lexicon } = ctx.boundaries;
    const found: RawFinding[] = [];
    for (const start of marks.doubledPunctuation) {
      DOUBLED.lastIndex = start;
      const m = DOUBLED.exec(text);
      if (!m) continue;
      let run = m[0];
      let end = start + run.length;
      const before = text.charCodeAt(start - 1);
      if (start === 0 || (CLASS[before] === K_OTHER && !isCloser(before))) continue; // ",, " at a line start, "-;;"
      const first = m[0][0];
      if (m[0] === '..') {
        if (CLASS[before] === K_DIGIT && CLASS[text.charCodeAt(end)] === K_DIGIT) continue; // 1..10
        // Only before a new sentence: a space, then a capital.
        let i = end;
        while (text.charCodeAt(i) === 32) i++;
        if (i === end || CLASS[text.charCodeAt(i)] !== K_UPPER) continue;
        // A writer who trails off elsewhere in the text ("well.. maybe", "wait..."), a stutter
        // ("g.. geh", "H.. Hilfe") or an abbreviation that ends the sentence ("etc.. The").
        if (marks.ellipses > 1 || stutter(text, start, i) || abbreviation(text, start, lexicon.abbreviations)) continue;
      }
      // Dutch and older German type the low opening quote as two commas (,,citaat''), glued to what
      // precedes where a space was lost ("dat,,het volk erom vraagt''", "Jansen,,,maar"): the last
      // two of the run open a quotation, the rest is punctuation.
      if (first === ',' && opensLowQuote(text, end)) {
        if (run.length < 4) continue;
        run = run.slice(2);
        end -= 2;
      }
      const keep = run === ',.' ? '.' : first;
      found.push({
        start,
        end,
        message: `Doubled punctuation “${run}”.`,
        fix: { description: `keep one “${keep}”`, edits: [{ start, end, text: keep }], safe: first !== '.' },
      });
    }
    const french = spacesMarksAsFrench(ctx);
    for (const second of marks.spacedPunctuation) {
      const f = spacedDouble(text, second, french, lexicon.abbreviations);
      if (f) found.push(f);
    }
    found.sort((a, b) => a.start - b.start);
    for (const f of found) report(f);
  },
};

/** How far a ,, typed for „ looks for its closing mark (a quotation, not a page: the scan stays bounded). */
const LOW_QUOTE_REACH = 400;

/**
 * Whether the commas ending at `end` end in a low opening quote typed as two (,,citaat''): a letter
 * follows at once, and '' ’’ ” or “ closes it later on its line, before another ,, opens.
 */
function opensLowQuote(text: string, end: number): boolean {
  if (!isLetterUnit(text.charCodeAt(end))) return false;
  const stop = Math.min(text.length - 1, end + LOW_QUOTE_REACH);
  for (let i = end + 1; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return false;
    if (c === 0x201d || c === 0x201c) return true;
    const next = text.charCodeAt(i + 1);
    if ((c === 39 || c === 0x2019) && next === c) return true; // '' ’’
    if (c === 44 && next === 44) return false;
  }
  return false;
}

/** What the rule flags and what it leaves alone: tests/rules.test.ts runs them. Not part of the rule, so not of the bundle. */
export const examples: RuleExamples = {
  bad: [
    {
      text: 'The talks took place in Berlin,, and both sides agreed.',
      findings: [{ flagged: ',,', message: 'Doubled punctuation “,,”.' }],
      output: 'The talks took place in Berlin, and both sides agreed.',
    },
    {
      text: 'Նախարարը ժամանեց երկուշաբթի։։ Բանակցությունները սկսվեցին կեսօրին։',
      lang: 'hy',
      findings: [{ flagged: '։։', message: 'Doubled punctuation “։։”.' }],
      output: 'Նախարարը ժամանեց երկուշաբթի։ Բանակցությունները սկսվեցին կեսօրին։',
    },
    {
      text: 'The minister arrived on Monday.. The talks began at noon.',
      findings: [{ flagged: '..', message: 'Doubled punctuation “..”.' }],
    },
    // hrWaC: a word with a diacritic before ".." is a word, no stutter ("ih..").
    {
      text: 'Možda jednih od najvećih.. Ne kandidiram se, ali se borim za kandidate.',
      lang: 'hr',
      findings: [{ flagged: '..', message: 'Doubled punctuation “..”.' }],
    },
    {
      text: 'Was Verbraucher angeht, glaube ich,, dass die Preise steigen.',
      lang: 'de',
      findings: [{ flagged: ',,', message: 'Doubled punctuation “,,”.' }],
      output: 'Was Verbraucher angeht, glaube ich, dass die Preise steigen.',
    },
    // Two commas before a word that no closing mark answers are no quotation.
    {
      text: 'Hij zei dat,,het volk erom vraagt, en ging weg.',
      lang: 'nl',
      findings: [{ flagged: ',,', message: 'Doubled punctuation “,,”.' }],
      output: 'Hij zei dat,het volk erom vraagt, en ging weg.',
    },
    {
      text: 'El ministro llegó el lunes;; las conversaciones empezaron.',
      lang: 'es',
      findings: [{ flagged: ';;', message: 'Doubled punctuation “;;”.' }],
      output: 'El ministro llegó el lunes; las conversaciones empezaron.',
    },
    {
      text: 'Pokud to chcete udělat,, musíte se připojit.',
      lang: 'cs',
      findings: [{ flagged: ',,', message: 'Doubled punctuation “,,”.' }],
      output: 'Pokud to chcete udělat, musíte se připojit.',
    },
    {
      text: 'Министр прибыл в понедельник,. Переговоры начались.',
      lang: 'ru',
      findings: [{ flagged: ',.', message: 'Doubled punctuation “,.”.' }],
      output: 'Министр прибыл в понедельник. Переговоры начались.',
    },
    {
      text: 'Міністр прибув у понеділок.. Переговори почалися.',
      lang: 'uk',
      findings: [{ flagged: '..', message: 'Doubled punctuation “..”.' }],
    },
    {
      text: 'The minister arrived on Monday. . The talks began at noon.',
      findings: [{ flagged: '. .', message: 'Doubled punctuation “. .”.' }],
      output: 'The minister arrived on Monday. The talks began at noon.',
    },
    {
      text: 'Wo ist der Minister? , fragte sie. Er kam am Montag! . Die Gespräche begannen.',
      lang: 'de',
      findings: [
        { flagged: '? ,', message: 'Doubled punctuation “? ,”.' },
        { flagged: '! .', message: 'Doubled punctuation “! .”.' },
      ],
      output: 'Wo ist der Minister? , fragte sie. Er kam am Montag! Die Gespräche begannen.',
    },
    {
      text: 'Министр прибыл в понедельник. , и переговоры начались.',
      lang: 'ru',
      findings: [{ flagged: '. ,', message: 'Doubled punctuation “. ,”.' }],
    },
  ],
  good: [
    // The low opening quote typed as two commas (Dutch, older German), glued where a space was lost.
    { text: "Hij zei dat,,het volk erom vraagt''. Simeon zweeg. ,,Wij weten'', aldus Jansen,,,waar onze prioriteiten liggen.''", lang: 'nl' },
    { text: 'Buckets (.25,.5],(.5,1] and weights 0.1,.2 and .3 are set.' },
    { text: 'The car had been assigned to him..\nHe makes troubles.. then leaves. Wait... what?' },
    { text: 'Only one shrimp dumpling! ? Across the mountain road? ? Wait. . . what? Fine. :-)' },
    { text: 'B: g.. g.. geh doch weg. A: H.. Hilfe!', lang: 'de' },
    { text: 'Možda jednih od najvećih.. Ne kandidiram se. Ili ipak... ne znam.', lang: 'hr' },
    { text: 'Свет мой, зеркальце,... заткнись! Запятая, точка с запятой; всё на месте.', lang: 'ru' },
    { text: 'Quoi ? ! Il a dit : « oui » ; puis, etc. ; enfin.', lang: 'fr' },
    { text: 'Streets like Vranovská, Francouzská etc., that is a bad area. Count 1..10 in Ruby.' },
    { text: 'Really?! No way!! Use std::vector and ../lib/index.js.' },
    { text: 'Ich ging nach Hause.. und dann schlief ich.', lang: 'de' },
  ],
};

/**
 * ". ." "? ," "! .": a sentence mark, a space, and another mark, as an MT decoder leaves them
 * when it emits a segment's punctuation twice. Not an ellipsis typed with spaces (". . ."), not
 * emphasis ("? ?", "! ?", which translators keep from Chinese "！？"), not French spacing before
 * ; : ! ?, not an abbreviation followed by its clause's mark ("etc. ,").
 */
function spacedDouble(text: string, second: number, french: boolean, abbreviations: ReadonlySet<string>): RawFinding | undefined {
  const c2 = text.charCodeAt(second);
  if (c2 === 33 || c2 === 63 || (french && (c2 === 58 || c2 === 59))) return undefined;
  let first = second - 1;
  while (first > 0 && isSpace(text.charCodeAt(first))) first--;
  const c1 = text.charCodeAt(first);
  if (c1 !== 46 && c1 !== 33 && c1 !== 63) return undefined;
  const word = text.charCodeAt(first - 1);
  if (first === 0 || !(CLASS[word] !== K_OTHER || isCloser(word))) return undefined; // ". . ." and "?!. ."
  // The second mark is punctuation: a space or the line end after it, then a word (not ".NET",
  // ":-)", ". . ." or ASCII art).
  const glued = text.charCodeAt(second + 1);
  if (!(isSpace(glued) || glued === 10 || glued === 13 || second + 1 >= text.length)) return undefined;
  let next = second + 1;
  while (isSpace(text.charCodeAt(next))) next++;
  const after = text.charCodeAt(next);
  if (!(next >= text.length || after === 10 || after === 13 || CLASS[after] !== K_OTHER || OPENING.includes(text[next]))) return undefined;
  if (c1 === 46 && abbreviation(text, first, abbreviations)) return undefined;
  const marks = text.slice(first, second + 1);
  const keep = text[first];
  return {
    start: first,
    end: second + 1,
    message: `Doubled punctuation “${marks}”.`,
    // The decoder's second mark: after ". ." the sentence has ended anyway; "? ," leaves the writer to choose.
    fix: { description: `keep “${keep}”`, edits: [{ start: first + 1, end: second + 1, text: '' }], safe: c2 === 46 },
  };
}

/** "g.. geh", "H.. Hilfe", "w.. w.. weg": one or two letters, or the start of the next word, before "..". */
function stutter(text: string, dots: number, next: number): boolean {
  let i = dots;
  while (i > 0 && isLetterUnit(text.charCodeAt(i - 1))) i--;
  const piece = text.slice(i, dots);
  return charactersIn(text, i, dots) <= 2 || text.slice(next, next + piece.length).toLowerCase() === piece.toLowerCase();
}

/** The word before the period at `at` is an abbreviation: it has inner periods ("N.N", "U.S"), one letter, or the language lists it. */
function abbreviation(text: string, at: number, abbreviations: ReadonlySet<string>): boolean {
  let i = at;
  while (i > 0 && (isLetterUnit(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 46)) i--;
  const word = text.slice(i, at);
  return word.includes('.') || charactersIn(text, i, at) === 1 || abbreviations.has(word.toLowerCase());
}

/** Opening quotation marks and brackets: a word follows them. */
const OPENING = '"“„«»‘\'([¿¡';

function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 9;
}

function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x201c;
}
