import { commonWords } from '../bilingual/language.js';
import { checkablePairs } from '../bilingual/pairs.js';
import { placeholdersIn } from '../bilingual/placeholders.js';
import { tagsIn, type Tag } from '../bilingual/tags.js';
import { propertiesAt, SPACE } from '../bilingual/unicode.js';
import type { CheckContext, SegmentPair } from '../context.js';
import type { Rule, RuleExamples } from '../types.js';
import { isLetterAt, isLowerAt, isUpperAt } from '../text/chars.js';
import { lastAtOrBefore } from '../text/search.js';
import { clippedInDocument } from '../segmentation/boundaries.js';
import { lazyRegExp } from '../text/lazy-regexp.js';
import { SHAPELESS } from '../text/invisible.js';

/** What a segment ends with, by function: each script's marks count as the same (。 is a period, ؟ a question mark). */
type EndClass = 'stop' | 'question' | 'exclamation' | 'colon' | 'ellipsis' | 'semicolon' | 'none';

const END_MARKS: Record<string, EndClass> = {
  '.': 'stop', '。': 'stop', '．': 'stop', '।': 'stop', '॥': 'stop', '۔': 'stop', '።': 'stop', '။': 'stop', '។': 'stop', '։': 'stop', '།': 'stop', '|': 'stop',
  '?': 'question', '？': 'question', '؟': 'question', ';': 'semicolon', '；': 'semicolon', '\u037e': 'question',
  '!': 'exclamation', '！': 'exclamation',
  ':': 'colon', '：': 'colon',
  // The Armenian mijaket, a colon's pause; elsewhere a leader dot, which ends no segment.
  '\u2024': 'colon',
  // The Armenian but, which at a label's end introduces what follows as a colon does ("Համատեքստ՝" for "Context:").
  '\u055d': 'colon',
  // Ethiopic: the colon ፥, the preface colon ፦ that ends a label ("ቦታ፦" for "Location:"), the
  // semicolon ፤ and the question mark ፧; the Arabic semicolon ؛.
  '\u1365': 'colon', '\u1366': 'colon', '\u1364': 'semicolon', '\u1367': 'question', '\u061b': 'semicolon',
  '…': 'ellipsis', '⋯': 'ellipsis',
};
/**
 * What an ASCII mark that a language lists among its sentence terminals (Language.sentenceTerminals)
 * stands for there: Greek ";" is its question mark (U+037E, whose canonical form it is), Armenian
 * ":" the full stop ։ it looks like and is typed for.
 */
const TYPED_FOR: Record<string, string> = { ';': '\u037e', ':': '։' };
/** Quotes and brackets that may follow the final mark ("…end.”", "(see above.)"), with white space (`\s`) and the invisible marks below. */
const CLOSERS = new Set([...'"\'“”‘’«»‹›)]}」』】）'].map((c) => c.charCodeAt(0)));
/** Invisible characters (a zero-width space, a direction mark…): trailing, but closing nothing. */
const INVISIBLE = new Set(Array.from(SHAPELESS, (c) => c.charCodeAt(0)));
/**
 * Scripts with no sentence terminal of their own (none of their marks is Unicode
 * Sentence_Terminal): Thai and Lao end sentences with a space, Tibetan with the shad, a clause
 * mark that also ends labels and is left out after some letters. A full stop there is neither
 * expected nor missed (see endsWithoutTerminal), in a translation with letters of such a script
 * (and technical terms in Latin).
 */
const NO_STOP_SCRIPT = lazyRegExp(String.raw`[\p{Script=Thai}\p{Script=Lao}\p{Script=Tibetan}]`, 'u');
/** Whether a segment in a script without terminals may end as the translation does where the source ends as it does: a full stop and no mark are one. */
function endsWithoutTerminal(s: EndClass, t: EndClass): boolean {
  if (t === 'none') return s === 'stop' || s === 'exclamation';
  return t === 'stop' && (s === 'stop' || s === 'none');
}
/**
 * Scripts whose languages ask a question with a particle and close it as any sentence, or leave
 * it open, with no question mark: Thai "…หรือเปล่า", Burmese "…မှာလား။", Tibetan and Dzongkha
 * "…ཨིན་ན།", Lao.
 */
const PARTICLE_QUESTION_SCRIPT = lazyRegExp(String.raw`[\p{Script=Thai}\p{Script=Lao}\p{Script=Tibetan}\p{Script=Myanmar}]`, 'u');
/** Marks that end a sentence in any script (Santali ᱾, N'Ko ߹, Vai ꓿): a full stop unless the table says otherwise. */
const SENTENCE_TERMINAL = lazyRegExp(String.raw`\p{Sentence_Terminal}`, 'u');
/** An ellipsis anywhere in a text, typed as one character or three full stops. */
const ELLIPSIS = lazyRegExp(String.raw`…|⋯|\.\.\.`, 'u');
const GREEK = lazyRegExp(String.raw`\p{Script=Greek}`, 'u');
const NAMES: Record<EndClass, string> = {
  stop: 'a full stop', question: 'a question mark', exclamation: 'an exclamation mark', colon: 'a colon', ellipsis: 'an ellipsis', semicolon: 'a semicolon', none: 'no mark',
};

/** For the rule catalogue (scripts/update-schema.ts); not in the meta, so the bundle leaves it out. */
export const description =
  'The end of a segment punctuated otherwise than its source: the final mark lost (often a truncated ' +
  'translation) or, in software strings, added; a question turned into a statement; a colon or an ellipsis ' +
  'lost (an ellipsis the translation writes elsewhere, where its word order puts the object it stands for, is kept). Each script\'s marks count as the same (。？！ ؟ । ።), as do "..." and "…", Greek ";" and "?", Greek "·" and ";", Armenian ":" (typed for ։) and "։", Armenian "․" and ":", Armenian "՝" and ":", ' +
  'an Armenian sentence one of whose words carries ՞ (or ՜) and a question (or an exclamation), and ' +
  'an abbreviation\'s period (a unit clipped after its count, "pirms %ld g.", "Še %ld min.", or a word the file clips throughout) and a full stop or no mark. Tags and reStructuredText footnote references ("[#]_") at the end are markup, not marks: a source\'s mark inside a closing tag may be its span\'s ' +
  '("<g2>Preferences...</g2>") and is left alone, a translation\'s there is not the source\'s final mark. A mark inside a closing quotation or bracket, and a full stop ' +
  'against an exclamation mark or a semicolon, are left alone, as are a Thai, Lao, Tibetan or Burmese question asked with a ' +
  'particle and closed as a statement or left open. A full stop the translation adds (or leaves out) ' +
  'in most of a file\'s strings, ten at least, is its style, and is not reported, as is a colon left out so; a lowercase source message written ' +
  'as a sentence, with a capital and a full stop, is info.';

export const endPunctuationMismatch: Rule<CheckContext> = {
  meta: {
    id: 'end-punctuation-mismatch',
    category: 'punctuation',
    severity: 'warning',
    mqm: 'Fluency/Punctuation',
    languages: '*',
    needsSource: true,
  },

  check(ctx, report) {
    const src = ctx.source!;
    const pairs = checkablePairs(ctx);
    const ends = pairs.map((p) => ({ s: endOf(src, p.sourceStart, p.sourceEnd), t: endOf(ctx, p.start, p.end) }));
    const { addsStops, dropsStops, dropsColons } = endHabits(ends);
    for (let k = 0; k < pairs.length; k++) {
      const p = pairs[k];
      const s = ends[k].s;
      let t = ends[k].t;
      // A mark before a closing quote or bracket belongs to the quotation or the aside; an
      // abbreviation's period may or may not end the sentence ("by Microsoft Corp.").
      if (s.closed || t.closed) continue;
      if ((s.abbreviation && t.cls === 'none') || (t.abbreviation && s.cls === 'none')) continue;
      if (s.cls === t.cls || compatible(s.cls, t.cls)) continue;
      // A paragraph of a document that ends with a colon introduces the block after it (a code
      // sample, a list): a translation may close it as a sentence ("以下のようになります。" for
      // "Here is how it looks:"), or the reverse. In a software string the colon is the label's.
      if (p.kind !== 'segment' && introducesOrCloses(s.cls, t.cls)) continue;
      // An Armenian question ends with ։ or no mark, its ՞ inside a word; only a question in the
      // other side makes it one here (a translator's "Ե՞րբ…" for "When to…" is a choice, not a slip).
      if (s.marked === t.cls || t.marked === s.cls) continue;
      // A mark inside a closing tag may be its span's ("<g2>Preferences...</g2>") or the sentence's
      // ("<u>Requires an account.</u>"): the source's asks nothing of the translation, and the
      // translation's leaves it without the source's own final mark.
      if (s.inSpan || (t.inSpan && s.cls === 'none')) continue;
      if (t.inSpan) t = { ...t, cls: 'none' };
      const span = lastToken(ctx.text, p, t.end);
      if (endsWithoutTerminal(s.cls, t.cls) && NO_STOP_SCRIPT().test(ctx.text.slice(p.start, p.end))) continue;
      if (s.cls === 'question' && (t.cls === 'stop' || t.cls === 'none') && PARTICLE_QUESTION_SCRIPT().test(ctx.text.slice(p.start, p.end))) continue;
      if (t.cls === 'none') {
        // A menu item's ellipsis stands for what the command asks next ("Share Page With…"): a
        // language that puts the object first writes it there ("…తో పంచుకోండి", Telugu "…-with share").
        if (s.cls === 'ellipsis' && ELLIPSIS().test(ctx.text.slice(p.start, p.end))) continue;
        if (s.cls === 'semicolon' || (s.cls === 'stop' && dropsStops) || (s.cls === 'colon' && dropsColons)) continue;
        report({ ...span, message: `The source ends with ${NAMES[s.cls]}, the translation with no mark: is it cut short?`, sourceSpan: { start: s.at, end: s.end } });
      } else if (s.cls === 'none') {
        // Prose may end a line without a mark (a heading, a caption); a software string may not gain one.
        if (t.cls === 'semicolon' || p.kind !== 'segment' || (t.cls === 'stop' && addsStops)) continue;
        // A source that ends in white space is a prefix the program completes ("On branch " + name):
        // a language that cannot put the value after its last word introduces it with a colon
        // (Turkish "Üzerinde bulunulan dal: ", Korean "HEAD가 다음 위치에서 분리: ").
        if (t.cls === 'colon' && TRAILING_SPACE().test(src.text.slice(p.sourceStart, p.sourceEnd))) continue;
        // So is a source that ends in a function word of its language, its object what the page
        // puts after it ("Show details for" + a title, "Part of", "Visit the" + a link): Turkish
        // "Şunun için daha fazla ayrıntı göster:", Korean "다음의 버전:".
        if (t.cls === 'colon' && endsInFunctionWord(src.text, p.sourceStart, p.sourceEnd, src.language.code)) continue;
        // git's messages are lowercase fragments ("unable to update temporary index"); a translator
        // who writes one as a sentence ("Konnte temporären Index nicht aktualisieren.") gives it a
        // capital and a full stop together: a choice of style, not a mark that slipped in.
        if (t.cls === 'stop' && firstLetterCase(src.text, p.sourceStart, p.sourceEnd) === 'lower' && firstLetterCase(ctx.text, p.start, p.end) === 'upper') {
          report({ ...span, severity: 'info', message: 'The translation ends with a full stop, the source with no mark: it writes the lowercase message as a sentence.' });
          continue;
        }
        report({ ...span, message: `The translation ends with ${NAMES[t.cls]}, the source with no mark.` });
      } else {
        report({ ...span, message: `The source ends with ${NAMES[s.cls]}, the translation with ${NAMES[t.cls]}.`, sourceSpan: { start: s.at, end: s.end } });
      }
    }
  },
};

/** Whether the first letter of text[start, end) outside placeholders is a capital or a small letter; undefined in a script without case. */
function firstLetterCase(text: string, start: number, end: number): 'upper' | 'lower' | undefined {
  const placeholders = placeholdersIn(text, start, end);
  let next = 0;
  for (let i = start; i < end; i++) {
    if (next < placeholders.length && placeholders[next].start === i) {
      i = placeholders[next++].end - 1;
      continue;
    }
    if (!isLetterAt(text, i)) continue;
    return isUpperAt(text, i) ? 'upper' : isLowerAt(text, i) ? 'lower' : undefined;
  }
  return undefined;
}

/** Units a habit is learnt from, at least: a handful may differ by chance. */
const HABIT_MIN_UNITS = 10;
/** Share of them that must differ the same way: then the difference is the translation's style. */
const HABIT_SHARE = 0.5;

/**
 * The translation's own style, read off the file as Punkt reads abbreviations: whether it ends
 * with a full stop most of the strings whose source ends with no mark (git's German messages,
 * Burmese sentences closed with ။), or ends with no mark most of those whose source ends with a
 * full stop, or with a colon (labels without colons: Armenian, where ":" is typed for the full
 * stop ։). A difference the translator makes throughout is a convention, not a slip; one against
 * the file's habit is still reported.
 */
function endHabits(ends: readonly { s: End; t: End }[]): { addsStops: boolean; dropsStops: boolean; dropsColons: boolean } {
  let bare = 0;
  let stopped = 0;
  let stops = 0;
  let droppedStops = 0;
  let colons = 0;
  let droppedColons = 0;
  for (const { s, t } of ends) {
    if (s.closed || t.closed) continue;
    if (s.cls === 'none') {
      bare++;
      if (t.cls === 'stop') stopped++;
    } else if (s.cls === 'stop' && !s.abbreviation) {
      stops++;
      if (t.cls === 'none') droppedStops++;
    } else if (s.cls === 'colon') {
      colons++;
      if (t.cls === 'none') droppedColons++;
    }
  }
  const habit = (units: number, differing: number) => units >= HABIT_MIN_UNITS && differing >= HABIT_SHARE * units;
  return { addsStops: habit(bare, stopped), dropsStops: habit(stops, droppedStops), dropsColons: habit(colons, droppedColons) };
}

/** What the rule flags and what it leaves alone: tests/rules.test.ts runs them. Not part of the rule, so not of the bundle. */
export const examples: RuleExamples = {
  bad: [
    // A colon after a phrase that ends in a content word, not in a function word waiting for its object.
    {
      text: 'Tüm çalışmaları görüntüleyin:',
      source: 'View all works',
      lang: 'tr',
      sourceLang: 'en',
      segments: true,
      findings: [{ flagged: 'görüntüleyin:', message: 'The translation ends with a colon, the source with no mark.' }],
    },
    {
      text: 'Phuma esimeni sekugucula kubhalisa.',
      source: 'Exit change recording mode?',
      lang: 'zu',
      sourceLang: 'en',
      findings: [{ flagged: 'kubhalisa.', message: 'The source ends with a question mark, the translation with a full stop.', sourceFlagged: '?' }],
    },
    {
      text: 'Die Verbindung wurde getrennt, weil der Server nicht',
      source: 'The connection was closed because the server did not answer.',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: 'nicht', message: 'The source ends with a full stop, the translation with no mark: is it cut short?', sourceFlagged: '.' }],
    },
    {
      text: 'Wird geladen',
      source: 'Loading…',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: 'geladen', message: 'The source ends with an ellipsis, the translation with no mark: is it cut short?', sourceFlagged: '…' }],
    },
    {
      text: 'Siehe das Forum <code>/r/uBlockOrigin</code>',
      source: 'See the forum <code>/r/uBlockOrigin</code>.',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: '/r/uBlockOrigin', message: 'The source ends with a full stop, the translation with no mark: is it cut short?', sourceFlagged: '.' }],
    },
    {
      text: 'Die Farben werden im Dialog <g0>Optionen / Farben...</g0>',
      source: 'Colours are set in the <g0>Options / Colours...</g0> dialog.',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: 'Farben...', message: 'The source ends with a full stop, the translation with no mark: is it cut short?', sourceFlagged: '.' }],
    },
    {
      text: 'Ցանկանում եք շարունակել։',
      source: 'Do you want to continue?',
      lang: 'hy',
      sourceLang: 'en',
      findings: [{ flagged: 'շարունակել։', message: 'The source ends with a question mark, the translation with a full stop.', sourceFlagged: '?' }],
    },
    {
      text: 'Speichern.',
      source: 'Save',
      lang: 'de',
      sourceLang: 'en',
      segments: true,
      findings: [{ flagged: 'Speichern.', message: 'The translation ends with a full stop, the source with no mark.' }],
    },
    // A unit written in full after its count takes no period of its own.
    {
      text: 'pirms %ld gadiem.',
      source: '%ld years ago',
      lang: 'lv',
      sourceLang: 'en',
      segments: true,
      findings: [{ flagged: 'gadiem.', message: 'The translation ends with a full stop, the source with no mark.' }],
    },
    // A lowercase message written as a sentence: a capital and a full stop, a choice of style.
    {
      text: 'Konnte temporären Index nicht aktualisieren.',
      source: 'unable to update temporary index',
      lang: 'de',
      sourceLang: 'en',
      segments: true,
      findings: [
        { flagged: 'aktualisieren.', message: 'The translation ends with a full stop, the source with no mark: it writes the lowercase message as a sentence.', severity: 'info' },
      ],
    },
    // In a software string a colon ends a label: its loss is reported, as in prose it would not be.
    {
      text: 'Nom d’utilisateur.',
      source: 'User name:',
      lang: 'fr',
      sourceLang: 'en',
      segments: true,
      findings: [{ flagged: 'd’utilisateur.', message: 'The source ends with a colon, the translation with a full stop.', sourceFlagged: ':' }],
    },
  ],
  good: [
    // A menu item's ellipsis moved where the object goes: Hindi "… with share page", the postposition after it.
    { text: '… के साथ पृष्ठ साझा करें', source: 'Share Page With…', lang: 'hi', sourceLang: 'en' },
    // A footnote's reference is markup: French calls the note before the full stop.
    { text: "Un objet conscient représente un moment précis qui n'est pas ouvert à l'interprétation [#]_.", source: 'An aware object represents a specific moment in time that is not open to interpretation. [#]_', lang: 'fr', sourceLang: 'en' },
    // A file whose translator leaves out every full stop of the source's descriptions: its style.
    {
      text: 'Spalte 0 der Liste\nSpalte 1 der Liste\nSpalte 2 der Liste\nSpalte 3 der Liste\nSpalte 4 der Liste\nSpalte 5 der Liste\nSpalte 6 der Liste\nSpalte 7 der Liste\nSpalte 8 der Liste\nSpalte 9 der Liste',
      source: 'The column 0 of the list.\nThe column 1 of the list.\nThe column 2 of the list.\nThe column 3 of the list.\nThe column 4 of the list.\nThe column 5 of the list.\nThe column 6 of the list.\nThe column 7 of the list.\nThe column 8 of the list.\nThe column 9 of the list.',
      lang: 'de',
      sourceLang: 'en',
    },
    // A file whose labels all leave out the colon (Armenian, where ":" is typed for the full stop ։): its style.
    {
      text: 'Անուն\nՉափ\nՏեսակ\nՏեղադրություն\nՓոփոխված\nՄատչված\nՍտեղծված\nՍեփականատեր\nԽումբ\nՊարունակություն',
      source: 'Name:\nSize:\nType:\nLocation:\nModified:\nAccessed:\nCreated:\nOwner:\nGroup:\nContents:',
      lang: 'hy',
      sourceLang: 'en',
      segments: true,
    },
    { text: '要啟用戶口，請瀏覽這個鏈結：', source: 'To activate your account, follow this link:', lang: 'zh', sourceLang: 'en' },
    { text: 'En-tête :', source: 'Header:', lang: 'fr', sourceLang: 'en' },
    { text: '¿Quiere recargar el archivo?', source: 'Do you want to reload the file?', lang: 'es', sourceLang: 'en' },
    { text: 'Bạn có muốn xoá hộp thoại XX không?', source: 'Do you want to delete the XX dialog?', lang: 'vi', sourceLang: 'en' },
    { text: 'Er sagte: „Wir sind bereit.“', source: 'He said: "We are ready."', lang: 'de', sourceLang: 'en' },
    { text: 'Wird geladen...', source: 'Loading…', lang: 'de', sourceLang: 'en' },
    { text: 'የፋይል መድረክ፦', source: 'File System:', lang: 'am', sourceLang: 'en' },
    // A question asked with a particle, closed as any sentence or left open.
    { text: 'အမှိုက်ပုံးရှင်းမှာလား', source: 'Empty the trash?', lang: 'my', sourceLang: 'en' },
    { text: '“%s”ကွင်းဆက် ပျက်နေသည်။ ၎င်းကို အမှိုက်ပုံးပို့မည်လား။', source: 'The link “%s” is broken. Move it to Trash?', lang: 'my', sourceLang: 'en' },
    { text: 'Fertig.', source: 'Done!', lang: 'de', sourceLang: 'en' },
    { text: 'Pseudo-elemente kan nie \'%1$S\' ontken word nie.', source: 'Pseudo-elements can\'t be negated \'%1$S\'.', lang: 'af', sourceLang: 'en' },
    { text: 'Sie trafen sich in den USA.', source: 'They met in the U.S.', sourceLang: 'en', lang: 'de' },
    { text: 'Alle Nachrichten von Microsoft Corp. anzeigen', source: 'View all news by Microsoft Corp.', sourceLang: 'en', lang: 'de' },
    { text: 'Aida gewann den Hauptpreis.', source: 'The main prize went to "Quo vadis, Aida?"', sourceLang: 'en', lang: 'de' },
    // A prefix the program completes with a value, which the translation introduces with a colon.
    { text: 'Üzerinde bulunulan dal: \nHEAD şurada ayrıldı: ', source: 'On branch \nHEAD detached at ', lang: 'tr', sourceLang: 'en', segments: true },
    // A source that ends in a function word, its object placed after it by the page.
    { text: 'Şunun için daha fazla ayrıntı göster:\nParçası:', source: 'Show more details for\nPart of', lang: 'tr', sourceLang: 'en', segments: true },
    // A paragraph that introduces a code sample with a colon, closed as a sentence in the translation, and the reverse.
    { text: 'Angular のシグナル API は以下のような感じです。', source: "Here's how Angular's signals API looks:", lang: 'ja', sourceLang: 'en' },
    { text: 'La configuration se fait dans le fichier suivant :', source: 'The configuration lives in the following file.', lang: 'fr', sourceLang: 'en' },
    // A line of prose may end without a mark in the source (a heading) and with one in the translation.
    { text: 'Windows 11 ist installiert.', source: '已经安装了windows11', sourceLang: 'zh', lang: 'de' },
    { text: 'Θέλετε να αποθηκεύσετε το αρχείο;', source: 'Do you want to save the file?', lang: 'el', sourceLang: 'en' },
    // The ano teleia is the Greek semicolon.
    { text: 'Τα αρχεία αποθηκεύτηκαν·', source: 'The files were saved;', lang: 'el', sourceLang: 'en' },
    { text: 'Τα αρχεία αποθηκεύτηκαν·', source: 'The files were saved.', lang: 'el', sourceLang: 'en' },
    // Armenian marks a question over a vowel of its word, and ends it with ։ or, in a string, no mark.
    { text: 'Ցանկանու՞մ եք շարունակել։', source: 'Do you want to continue?', lang: 'hy', sourceLang: 'en' },
    { text: 'Բացե՞լ %d պատուհանը', source: 'Open %d windows?', lang: 'hy', sourceLang: 'en' },
    // …and its full stop is often typed as the colon it looks like.
    { text: 'Firefox-ը պահանջում է Face ID:', source: 'Firefox requires Face ID.', lang: 'hy', sourceLang: 'en' },
    { text: 'Սխալ է: Ցանկանու՞մ եք շարունակել:', source: 'It failed. Do you want to continue?', lang: 'hy', sourceLang: 'en' },
    { text: 'Հասանելի սարքեր․', source: 'Available devices:', lang: 'hy', sourceLang: 'en' },
    { text: 'Համատեքստ՝', source: 'Context:', lang: 'hy', sourceLang: 'en' },
    // A mark inside a closing tag belongs to its span, as one inside a closing quote does.
    { text: 'Klicken Sie zum Speichern auf <b>Speichern</b>.', source: 'To save, click <b>Save.</b>', lang: 'de', sourceLang: 'en' },
    { text: 'Dieser Dialog wird über <g1>Optionen</g1> <g2>Einstellungen...</g2> geöffnet.', source: 'This dialog opens from <g1>Options</g1> <g2>Preferences...</g2>', lang: 'de', sourceLang: 'en' },
    { text: 'Zeile eins.<br/>', source: 'Line one.', lang: 'de', sourceLang: 'en' },
    { text: 'Siehe <l0>Einzelheiten</l0>.', source: 'See <l0>details.</l0>', lang: 'de', sourceLang: 'en' },
    // Santali's mucaad is its full stop (Unicode Sentence_Terminal).
    { text: 'ᱨᱮᱫᱽ ᱨᱮᱭᱟᱜ ᱯᱩᱥᱴᱟᱹᱣ ᱞᱮᱠᱟᱱ ᱾', source: 'The detailed type of the file.', lang: 'sat', sourceLang: 'en' },
    // The Tibetan shad ends a label as well as a sentence, and is left out after some letters.
    { text: 'ཀེར་ཐིག་ཚུ་ ཐོ་བཀོད་འབད།', source: 'List Columns', lang: 'dz', sourceLang: 'en' },
    { text: 'གསར་དུ་ཁ་ཕྱེས་པའི་ཤོག་བྱང་གི་གནས་ཡུལ', source: 'Where to position newly open tabs in browser windows.', lang: 'bo', sourceLang: 'en' },
    // A unit after a count, clipped with a period: a one-letter one ("g." gads, "M." mēneši), one
    // CLDR writes so in its relative times ("čez {0} min."), or one the file clips throughout and
    // writes in full elsewhere ("seg." beside "segundos"). Not a full stop the string gained.
    { text: 'pirms %ld g.\npirms 1 M.', source: '%ld years ago\n1 month ago', lang: 'lv', sourceLang: 'en', segments: true },
    { text: 'Še %ld min.', source: '%ld minutes left', lang: 'sl', sourceLang: 'en', segments: true },
    { text: 'Queda 1 segundo\nQuedan %ld segundos\nfai %ld seg.', source: '1 second left\n%ld seconds left\n%ld seconds ago', lang: 'gl', sourceLang: 'en', segments: true },
    { text: 'ต้องการ Identifier ของ Render Mode', source: 'Expected an identifier for render mode.', lang: 'th', sourceLang: 'en' },
    { text: 'คุณเถียงกับนาฬิกาปลุกของคุณหรือเปล่า', source: 'Do you argue with your alarm clock?', lang: 'th', sourceLang: 'en' },
  ],
};

const TRAILING_SPACE = lazyRegExp(String.raw`[^\s]\s+$`, 'u');
const LAST_WORD = lazyRegExp(String.raw`(\p{L}[\p{L}\p{M}'’]*)[^\p{L}\p{N}]*$`, 'u');

/** Whether text[start, end)'s last word is a function word of `lang` (one of its common words): the phrase goes on after it. */
function endsInFunctionWord(text: string, start: number, end: number, lang: string): boolean {
  const last = LAST_WORD().exec(text.slice(Math.max(start, end - 64), end));
  return last !== null && commonWords(lang).has(last[1].toLowerCase());
}

/** A colon against a full stop, either way round. */
function introducesOrCloses(a: EndClass, b: EndClass): boolean {
  return (a === 'colon' && b === 'stop') || (a === 'stop' && b === 'colon');
}

/** Differences that are matters of style: a full stop for an exclamation or a semicolon. */
function compatible(a: EndClass, b: EndClass): boolean {
  const pair = (x: EndClass, y: EndClass) => (a === x && b === y) || (a === y && b === x);
  return pair('stop', 'exclamation') || pair('stop', 'semicolon');
}

/** How a side of a unit ends (see endOf). */
interface End {
  cls: EndClass;
  at: number;
  end: number;
  closed: boolean;
  inSpan: boolean;
  abbreviation: boolean;
  marked?: EndClass;
}

/**
 * The class of the mark a side's segment ends with, and where it is; `closed` when a closing quote
 * or bracket follows it; `inSpan` when a closing tag does; `abbreviation` when the final period is an abbreviation's ("in the U.S.");
 * `marked`, for a segment that ends with a full stop or no mark, the class an Armenian ՞ or ՜ in its
 * last sentence gives it.
 */
function endOf(side: CheckContext, start: number, end: number): End {
  // The trailing quotes, brackets, tags and spaces, walked back from the end (all in the BMP; a
  // pattern anchored at the end was tried at every such character of the segment).
  let stop = end;
  let closed = false;
  let closingTag = false;
  while (stop > start) {
    const c = side.text.charCodeAt(stop - 1);
    if (c === 0x3e) {
      const tag = trailingTag(side.text, start, stop);
      if (!tag) break;
      closingTag ||= tag.kind === 'close';
      stop = tag.start;
      continue;
    }
    if (c === 0x5f) {
      // A footnote's or citation's reference is markup too: "… interpretation. [#]_" is
      // "… interprétation [#]_." with the call before the mark, as French and others place it.
      const note = NOTE_REFERENCE.exec(side.text.slice(Math.max(start, stop - 40), stop));
      if (!note) break;
      stop -= note[0].length;
      continue;
    }
    if (CLOSERS.has(c)) closed = true;
    else if (!INVISIBLE.has(c) && (propertiesAt(side.text, stop - 1) & SPACE) === 0) break;
    stop--;
  }
  const text = side.text.slice(start, stop);
  const last = text[text.length - 1] ?? '';
  let cls: EndClass;
  if (text.endsWith('...') || last === '…' || last === '⋯') cls = 'ellipsis';
  else {
    const typedFor = side.profile.sentenceTerminals?.includes(last) ? TYPED_FOR[last] : undefined;
    cls = END_MARKS[typedFor ?? last] ?? (isAnoTeleia(text, text.length - 1) ? 'semicolon' : last && SENTENCE_TERMINAL().test(last) ? 'stop' : 'none');
    // "?!" and "!?" are questions.
    if (cls === 'exclamation' && END_MARKS[text[text.length - 2]] === 'question') cls = 'question';
  }
  // Tags are markup, not marks; a mark before a closing one is inside its span.
  const inSpan = closingTag && cls !== 'none';
  if (cls === 'ellipsis') return { cls, at: stop - (last === '.' ? 3 : 1), end: stop, closed, inSpan, abbreviation: false };
  const marked = cls === 'stop' || cls === 'none' ? markedInWord(text, side.profile.sentenceTerminals ?? '') : undefined;
  const abbreviation = last === '.' && endsAbbreviation(side, start, stop - 1);
  return { cls, at: cls === 'none' ? stop : stop - 1, end: stop, closed, inSpan, abbreviation, marked };
}

/** A reStructuredText footnote or citation reference at the end: "[#]_", "[2]_", "[#note]_", "[*]_", "[CIT2002]_". */
const NOTE_REFERENCE = /\[(?:#[\w.-]*|\*|\d+|[A-Za-z][\w.-]*)\]_$/;

/** The tag that ends text[start, stop), if one does (as tagsIn reads tags: "<Enter>" is a word in brackets). */
function trailingTag(text: string, start: number, stop: number): Tag | undefined {
  const open = text.lastIndexOf('<', stop - 1);
  if (open < start) return undefined;
  const [tag] = tagsIn(text, open, stop);
  return tag && tag.start === open && tag.end === stop ? tag : undefined;
}

/**
 * The Greek ano teleia, a pause like the semicolon: U+0387, or the middle dot it is canonically
 * (NFC writes U+00B7 for it) after a Greek letter.
 */
function isAnoTeleia(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x387 || (c === 0xb7 && i > 0 && GREEK().test(text[i - 1]));
}

/**
 * 'question' or 'exclamation' when the last sentence of `text` carries the Armenian question mark ՞
 * or exclamation mark ՜: Armenian writes them over a vowel of the word they bear on ("Ցանկանու՞մ եք
 * շարունակել։"), and ends the sentence with its full stop (or the marks of `typedTerminals` typed
 * for it) or, in a software string, no mark.
 */
function markedInWord(text: string, typedTerminals: string): EndClass | undefined {
  let i = text.length - 1;
  if (i >= 0 && (END_MARKS[text[i]] !== undefined || SENTENCE_TERMINAL().test(text[i]))) i--;
  for (; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x55e) return 'question';
    if (c === 0x55c) return 'exclamation';
    if (c === 0x589 || c === 46 || c === 33 || c === 63 || typedTerminals.includes(text[i])) return undefined;
  }
  return undefined;
}

/**
 * Whether the period at `at` belongs to an abbreviation: as the side's own boundary scan reads it
 * ("U.S.", "Corp."); a word the document clips throughout and writes in full elsewhere, as a label
 * or a short form clips a term ("Synk." of "synkronoidut", "seg." beside "segundos"); or a unit
 * clipped after its count (a number or a placeholder), a lone letter (the scan's initial: Latvian
 * "pirms %ld g.") or one CLDR's relative times clip ("čez {0} min."). The scan cannot read these
 * last as abbreviations at a segment's end, where no next word tells.
 */
function endsAbbreviation(side: CheckContext, start: number, at: number): boolean {
  if (!side.cased) return false;
  const { boundaries, lexicon } = side.boundaries;
  const k = lastAtOrBefore(boundaries.count, (i) => boundaries.mark[i], at);
  if (k < 0 || at >= boundaries.markEnd[k]) return false;
  const kind = boundaries.kind(k);
  if (kind === 'abbreviation') return true;
  const wordStart = boundaries.wordStart[k];
  const wordEnd = boundaries.wordEnd[k];
  if (wordStart === wordEnd || wordStart < start) return false;
  if (clippedInDocument(side.text, side.tokens, wordStart, wordEnd)) return true;
  return (kind === 'initial' || lexicon.unitAbbreviations.has(side.text.slice(wordStart, wordEnd).toLowerCase())) && followsCount(side.text, start, wordStart);
}

/** Whether a number or a placeholder (of a count: "%ld", "{0}") ends right before text[wordStart] over inline spaces, within text[start, …). */
function followsCount(text: string, start: number, wordStart: number): boolean {
  let end = wordStart;
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 0xa0)) end--;
  if (end === wordStart || end === start) return false;
  const c = text.charCodeAt(end - 1);
  if (c >= 48 && c <= 57) return true;
  return placeholdersIn(text, start, end).some((p) => p.end === end);
}

/** The target's last token (up to `stop`, where the end was measured, tags after it left out), where a finding about the end points. */
function lastToken(text: string, p: SegmentPair, stop: number): { start: number; end: number } {
  let end = stop;
  while (end > p.start && /\s/.test(text[end - 1])) end--;
  let start = end;
  // A tag before the last word is markup around it ("<code>/r/uBlockOrigin"): the word starts after it.
  while (start > p.start && !/\s/.test(text[start - 1]) && text[start - 1] !== '>') start--;
  return { start, end: Math.max(end, start) };
}
