// SRT and WebVTT subtitles. A subtitle sentence often runs over several lines and cues ("…and
// agreed" / "to expand…"), and a cue line starts in lowercase because it continues a sentence, so
// cue text is joined: the lines of a cue with a space, and cue after cue into one paragraph of the
// checked text. The paragraph ends only where the text and the timing agree that speech stopped:
// after a pause (PAUSE_MS) or a change of speaker (WebVTT <v>), a cue that ends a sentence and is
// not followed by one going on in lowercase, or a cue followed by one opening with a capital or
// an item's number. In a language that capitalises its nouns, a capital after an article or a
// preposition ("…kam der" / "Zug aus Berlin.") is a noun, not a sentence's start: the reader asks
// for the language.
// Findings name the cue (unit id: SRT cue number, VTT cue id or ordinal), and the cue a finding
// runs into (endId).
// Markup is opaque: tags (<i>, <b>, <font>, <v Name>, <c.x>, <00:01.000>), SRT {\an8} overrides,
// VTT ruby text; VTT character references are decoded. NOTE, STYLE and REGION blocks are skipped,
// and so are sung lines (see sungLines).
// Own reader: cues are simple blocks, and the npm parsers keep no offsets.

import { entityCodePoint } from '../catalogue/entities.js';
import { PROFILES, profileFor } from '../languages/index.js';
import { lexiconFor } from '../segmentation/lexicon.js';
import { ITEM_NUMBER } from '../segmentation/style.js';
import { isLetterAt, isLowerAt, isUpperAt } from '../text/chars.js';
import { TextBuilder } from './offset-map.js';
import { FormatError, type FormatAbout, type FormatReader, type ReadOptions, type ReadResult } from './types.js';

/** A gap this long between two cues is a pause in speech: where a sentence has ended, the paragraph ends too. */
const PAUSE_MS = 2000;
/**
 * A cue with the text of the one before, starting at most this long after it ends, keeps that
 * line on screen: a subtitler who split a sentence's time over two cues, as its source did, and
 * showed the whole sentence in both. The viewer reads it once; so do the rules.
 */
const HOLD_MS = 40; // a frame at 25 fps

interface Line {
  start: number;
  end: number;
  /** Only spaces and tabs. */
  blank: boolean;
  /** Holds "-->": a cue timing line (or a malformed one). */
  arrow: boolean;
}

interface Cue {
  id: string;
  startMs: number;
  endMs: number;
  lines: Line[];
  /** The speaker of a WebVTT `<v Name>` cue. */
  voice?: string;
}

function splitLines(file: string): Line[] {
  const lines: Line[] = [];
  const n = file.length;
  // The next "-->" at or after the current line, looked up once per arrow: linear over the file.
  let arrow = file.indexOf('-->');
  for (let start = 0; ; ) {
    let i = start;
    let blank = true;
    for (; i < n; i++) {
      const c = file.charCodeAt(i);
      if (c === 10 || c === 13) break;
      if (blank && c !== 32 && c !== 9) blank = false;
    }
    if (arrow !== -1 && arrow < start) arrow = file.indexOf('-->', start);
    lines.push({ start, end: i, blank, arrow: arrow !== -1 && arrow + 3 <= i });
    if (i >= n) return lines;
    start = lineEndAfter(file, i);
  }
}

/**
 * Where the next line starts after the line end at file[i]: after LF, CRLF, a lone CR, or CRs run
 * before an LF ("\r\r\n": a CRLF file converted to CRLF again, as editors and git's autocrlf on
 * Windows leave subtitle files; players read it as one line end).
 */
function lineEndAfter(file: string, i: number): number {
  let j = i;
  while (file.charCodeAt(j) === 13) j++;
  return j > i && file.charCodeAt(j) === 10 ? j + 1 : i + 1;
}

const SRT_TIME = /[ \t]*(\d{1,3}):(\d{1,2}):(\d{1,2})[,.](\d{1,3})[ \t]*-->[ \t]*(\d{1,3}):(\d{1,2}):(\d{1,2})[,.](\d{1,3})/y;
/** A line that opens as an SRT timing line does: a time with its milliseconds. */
const TIME_FIRST = /^[ \t]*\d{1,3}:\d{1,2}:\d{1,2}[,.]\d{1,3}(?!\d)/;
const VTT_TIME = /[ \t]*(?:(\d{2,}):)?(\d{2}):(\d{2})\.(\d{3})[ \t]+-->[ \t]+(?:(\d{2,}):)?(\d{2}):(\d{2})\.(\d{3})(?=[ \t]|$)/y;

function ms(h: string | undefined, m: string, s: string, frac: string): number {
  return ((Number(h ?? 0) * 60 + Number(m)) * 60 + Number(s)) * 1000 + Number(frac.padEnd(3, '0'));
}

/**
 * Timing of a cue line, or undefined when the line is not one. A malformed "-->" line throws where
 * a timing line must stand (`expected`); inside a cue's text it is text ("x --> y", an HTML comment).
 */
function timing(file: string, l: Line, re: RegExp, expected = true): { startMs: number; endMs: number } | undefined {
  if (!l.arrow) return undefined;
  re.lastIndex = 0;
  const m = re.exec(file.slice(l.start, l.end));
  if (!m && !expected) return undefined;
  if (!m) throw new FormatError('a cue timing line must read like "00:00:01,000 --> 00:00:04,000"', l.start);
  return { startMs: ms(m[1], m[2], m[3], m[4]), endMs: ms(m[5], m[6], m[7], m[8]) };
}

function parseSrt(file: string): Cue[] {
  const lines = splitLines(file);
  const cues: Cue[] = [];
  const isNumber = (l: Line) => /^[ \t]*\d+[ \t]*$/.test(file.slice(l.start, l.end));
  let cue: Cue | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    // Right after a cue's timing or text line (no blank between), a line is more of its text.
    const inText = cue !== undefined && i > 0 && !lines[i - 1].blank;
    const t = timing(file, l, SRT_TIME, !inText);
    if (t) {
      cue = { id: String(cues.length + 1), ...t, lines: [] };
      cues.push(cue);
      continue;
    }
    if (l.blank) continue;
    // A cue number: a number line followed by a timing line.
    const next = lines[i + 1];
    const nextTiming = next?.arrow && isNumber(l) ? timing(file, next, SRT_TIME) : undefined;
    if (nextTiming) {
      i++;
      cue = { id: file.slice(l.start, l.end).trim(), ...nextTiming, lines: [] };
      cues.push(cue);
      continue;
    }
    // A cue number before a line that opens with a time but lost its arrow ("00:00:03,760 -- 00:00:05,860"):
    // a damaged timing line, not text of the cue before, where the number and the times would be read as speech.
    if (next && isNumber(l) && TIME_FIRST.test(file.slice(next.start, next.end))) throw new FormatError('a cue timing line must read like "00:00:01,000 --> 00:00:04,000"', next.start);
    if (!cue) throw new FormatError('text before the first cue (a cue is a number, a "00:00:01,000 --> 00:00:04,000" line, then its text)', l.start);
    // Text after a blank line that does not start a cue still belongs to the last cue (sloppy files split cues with blank lines).
    cue.lines.push(l);
  }
  if (cues.length === 0) throw new FormatError('no subtitle cues (no "00:00:01,000 --> 00:00:04,000" timing line)', 0);
  return cues;
}

function parseVtt(file: string): Cue[] {
  const lines = splitLines(file);
  if (!/^WEBVTT(?:[ \t]|$)/.test(file.slice(lines[0].start, lines[0].end))) throw new FormatError('a WebVTT file starts with the line "WEBVTT"', 0);
  const cues: Cue[] = [];
  let i = 1;
  // The header runs to the first blank line.
  while (i < lines.length && !lines[i].blank) i++;
  while (i < lines.length) {
    while (i < lines.length && lines[i].blank) i++;
    if (i >= lines.length) break;
    const first = lines[i];
    const head = file.slice(first.start, first.end);
    let end = i;
    while (end < lines.length && !lines[end].blank) end++;
    if (/^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(head)) {
      i = end;
      continue;
    }
    let t = timing(file, first, VTT_TIME);
    let id = String(cues.length + 1);
    let textFrom = i + 1;
    if (!t) {
      t = i + 1 < end ? timing(file, lines[i + 1], VTT_TIME) : undefined;
      if (!t) throw new FormatError('a block that is neither a cue (an optional id, then "00:01.000 --> 00:04.000") nor NOTE, STYLE or REGION', first.start);
      id = head.trim();
      textFrom = i + 2;
    }
    const cue: Cue = { id, ...t, lines: lines.slice(textFrom, end) };
    const voice = /^<v(?:\.[^ \t>]*)?[ \t]+([^>]+)>/.exec(file.slice(cue.lines[0]?.start ?? 0, cue.lines[0]?.end ?? 0));
    if (voice) cue.voice = voice[1].trim();
    cues.push(cue);
    i = end;
  }
  return cues;
}

/**
 * Appends one line of cue text: tags and overrides opaque, VTT character references decoded,
 * VTT ruby text (<rt>…</rt>) left out, and the file range `elided` (a continuation marker or a
 * reopening quotation mark, see emitCues) left out too. Returns nothing; the builder holds the result.
 */
function emitLine(b: TextBuilder, file: string, l: Line, vtt: boolean, elided?: { start: number; end: number }): void {
  // The text since `run` is copied before each piece of markup (no closure for it: this runs for
  // every line of the file).
  let run = l.start;
  let i = l.start;
  while (i < l.end) {
    const c = file.charCodeAt(i);
    if (i === elided?.start) {
      if (i > run) b.verbatim(run, i);
      b.opaque('', i, elided.end);
      i = run = elided.end;
      continue;
    }
    if (c === 60 /* < */) {
      const close = file.indexOf('>', i);
      if (close !== -1 && close < l.end && /[a-zA-Z/0-9.]/.test(file[i + 1] ?? '')) {
        if (i > run) b.verbatim(run, i);
        let to = close + 1;
        if (vtt && file.startsWith('<rt', i) && /[ \t.>]/.test(file[i + 3])) {
          const endRt = file.indexOf('</rt>', to);
          if (endRt !== -1 && endRt < l.end) to = endRt + 5;
        }
        b.opaque('', i, to);
        i = run = to;
        continue;
      }
    } else if (c === 123 /* { */ && !vtt && file.charCodeAt(i + 1) === 92 /* \ */) {
      const close = file.indexOf('}', i);
      if (close !== -1 && close < l.end) {
        if (i > run) b.verbatim(run, i);
        b.opaque('', i, close + 1);
        i = run = close + 1;
        continue;
      }
    } else if (c === 38 /* & */ && vtt) {
      const semi = file.indexOf(';', i);
      if (semi !== -1 && semi < l.end && semi - i <= 32) {
        const cp = entityCodePoint(file.slice(i + 1, semi));
        if (cp !== undefined) {
          if (i > run) b.verbatim(run, i);
          b.replaced(String.fromCodePoint(cp), i, semi + 1);
          i = run = semi + 1;
          continue;
        }
      }
    }
    i++;
  }
  if (l.end > run) b.verbatim(run, l.end);
}

const SENTENCE_MARKS = '.!?…。！？';
const CLOSERS = ' \t"\'”’»)]';

/** The cue ends a sentence: its text ends in a sentence mark (before tags, closing quotes and brackets). */
function endsSentence(file: string, cue: Cue): boolean {
  const last = cue.lines[cue.lines.length - 1];
  for (let i = last.end - 1; i >= last.start; i--) {
    const c = file[i];
    if (c === '>' || c === '}') {
      // Skip a tag or an override back to its opening bracket.
      const open = file.lastIndexOf(c === '>' ? '<' : '{', i);
      if (open >= last.start) {
        i = open;
        continue;
      }
    }
    if (CLOSERS.includes(c)) continue;
    return SENTENCE_MARKS.includes(c);
  }
  return false;
}

/**
 * How the cue opens: an item's number ("5.", "a)", see ITEM_NUMBER) starts an item, a capital
 * a sentence (see breaksOffOnFragmentWord), a lowercase letter goes on with one; undefined without
 * either (digits, a script without case). Read past tags and overrides.
 */
function opening(file: string, cue: Cue): 'item' | 'capital' | 'continuation' | undefined {
  const first = cue.lines[0];
  const itemNumber = ITEM_NUMBER();
  itemNumber.lastIndex = textStart(file, first);
  if (itemNumber.test(file) && itemNumber.lastIndex <= first.end) return 'item';
  for (let i = first.start; i < first.end; i++) {
    const c = file[i];
    if (c === '<' || (c === '{' && file[i + 1] === '\\')) {
      const close = file.indexOf(c === '<' ? '>' : '}', i);
      if (close !== -1 && close < first.end) {
        i = close;
        continue;
      }
    }
    if (isLetterAt(file, i)) return isUpperAt(file, i) ? 'capital' : isLowerAt(file, i) ? 'continuation' : undefined;
  }
  return undefined;
}

/**
 * The fragment words of every language that capitalises its nouns, made on first use: only after
 * one of these does a reader that does not know the language yet need it (ReadResult.needsLanguage),
 * so a file in another language is read once.
 */
let nounCaseFragmentWords: ReadonlySet<string> | undefined;
const anyNounCaseFragmentWords = () =>
  (nounCaseFragmentWords ??= new Set(PROFILES.filter((p) => p.capitalisedNouns).flatMap((p) => [...lexiconFor(p).fragmentWords])));

/**
 * Whether `cue` breaks off on a word that cannot end a sentence (an article, a preposition, a
 * conjunction: the language's fragment words), so that a capital after it is a noun or a name
 * going on with the sentence ("…und dann kam der" / "Zug aus Berlin."), not a sentence's start.
 */
function breaksOffOnFragmentWord(file: string, cue: Cue, fragmentWords: ReadonlySet<string>): boolean {
  const last = cue.lines[cue.lines.length - 1];
  let end = last.end;
  // Past tags and overrides closing the line.
  while (end > last.start && (file[end - 1] === '>' || file[end - 1] === '}' || file[end - 1] === ' ' || file[end - 1] === '\t')) {
    const c = file[end - 1];
    if (c === ' ' || c === '\t') end--;
    else {
      const open = file.lastIndexOf(c === '>' ? '<' : '{', end - 1);
      if (open < last.start) break;
      end = open;
    }
  }
  let i = end;
  while (i > last.start && isLetterAt(file, i - 1)) i--;
  return i < end && fragmentWords.has(file.slice(i, end).toLowerCase());
}

/**
 * The cue ends in a full stop: one "." after a word, not an ellipsis ("..", "...", "…"), "?" or
 * "!" (past tags, closing quotes and brackets).
 */
function endsInFullStop(file: string, cue: Cue): boolean {
  const last = cue.lines[cue.lines.length - 1];
  let i = last.end - 1;
  while (i >= last.start) {
    const c = file[i];
    if (c === '>' || c === '}') {
      const open = file.lastIndexOf(c === '>' ? '<' : '{', i);
      if (open >= last.start) {
        i = open - 1;
        continue;
      }
    }
    if (!CLOSERS.includes(c)) break;
    i--;
  }
  return file[i] === '.' && i > last.start && file[i - 1] !== '.';
}

/** Where a line's text starts: past leading tags and overrides ("<i>", "{\\an8}"). */
function textStart(file: string, l: Line): number {
  let i = l.start;
  while (i < l.end) {
    const c = file[i];
    if (c !== '<' && !(c === '{' && file[i + 1] === '\\')) return i;
    const close = file.indexOf(c === '<' ? '>' : '}', i);
    if (close === -1 || close >= l.end) return i;
    i = close + 1;
  }
  return i;
}

/**
 * The continuation marker a cue opens with: "..." or "…" and the spaces after it, before a
 * lowercase letter ("...and agreed"). Subtitlers mark a sentence carried over from the cue before
 * this way; undefined when the cue opens otherwise.
 */
function continuationMarker(file: string, cue: Cue): { start: number; end: number } | undefined {
  const first = cue.lines[0];
  const i = textStart(file, first);
  const len = file.startsWith('...', i) ? 3 : file[i] === '…' ? 1 : 0;
  if (len === 0) return undefined;
  let end = i + len;
  while (end < first.end && (file[end] === ' ' || file[end] === '\t')) end++;
  return end < first.end && isLowerAt(file, end) ? { start: i, end } : undefined;
}

/** The cue's last line is a speaker's turn ("-A working man."): the cue after may resume another speaker. */
function endsInTurn(file: string, cue: Cue): boolean {
  const last = cue.lines[cue.lines.length - 1];
  const c = file[textStart(file, last)];
  return c === '-' || c === '–' || c === '—';
}

/**
 * Double quotation marks open in the paragraph so far, one count per family: straight ("), English
 * (“ opens, ” closes), low („ opens, “ or ” closes), guillemets (« opens, » closes). A straight
 * mark counts modulo 2.
 */
interface OpenQuotes {
  straight: number;
  english: number;
  low: number;
  guillemet: number;
}

const noQuotesOpen = (): OpenQuotes => ({ straight: 0, english: 0, low: 0, guillemet: 0 });

/** Adds the cue's quotation marks (outside tags; `skip`, a reopening mark left out, not counted). */
function countQuotes(file: string, cue: Cue, q: OpenQuotes, skip: number): void {
  for (const l of cue.lines) {
    for (let i = l.start; i < l.end; i++) {
      const c = file[i];
      if (c === '<') {
        // Tag attributes hold quotes (<font color="red">).
        const close = file.indexOf('>', i);
        if (close !== -1 && close < l.end) i = close;
      } else if (i === skip) continue;
      else if (c === '"') q.straight ^= 1;
      else if (c === '“') {
        if (q.low > 0) q.low--;
        else q.english++;
      } else if (c === '”') {
        if (q.english > 0) q.english--;
        else if (q.low > 0) q.low--;
      } else if (c === '„') q.low++;
      else if (c === '«') q.guillemet++;
      else if (c === '»' && q.guillemet > 0) q.guillemet--;
    }
  }
}

/**
 * The quotation mark a cue opens with when the same quotation is still open from the cues before:
 * subtitles carry a quotation over cues by opening it again on each ("Mr. Nugget, you the bomb." /
 * "We selling chicken…"), as books do at each paragraph. Undefined otherwise.
 */
function reopeningQuote(file: string, cue: Cue, q: OpenQuotes): { start: number; end: number } | undefined {
  const i = textStart(file, cue.lines[0]);
  const c = file[i];
  const open = c === '"' ? q.straight > 0 : c === '“' ? q.english > 0 : c === '„' ? q.low > 0 : c === '«' ? q.guillemet > 0 : false;
  return open ? { start: i, end: i + 1 } : undefined;
}

const isBlank = (l: Line) => l.blank;

/** The notes that frame a sung line. */
const NOTES = '♪♫♬♩';

/**
 * Which lines of the cue are sung: those a note opens (past tags and a dialogue dash) or closes,
 * and the lines after one a note opened until one closes it ("♪ Always singin'" / "the same old
 * song ♪"); undefined when none is. SubRip files also write "#" for the note, from the days of
 * fonts without it ("# Same old song #"); a "#" counts only in a pair, one opening and one closing
 * the cue's lyrics, apart from the words ("# Notes on pipes." is a heading, "#1" and "C#" words).
 * Lyrics are verse the subtitler copies as the song goes: refrains said again and again, lines
 * without a sentence's marks, often left in the song's language. None of that is the
 * translation's, so the reader leaves them out of the checked text, as it does a NOTE; the song's
 * time is a pause for the speech around it.
 */
function sungLines(file: string, cue: Cue): boolean[] | undefined {
  const n = cue.lines.length;
  // Per line: 1 a note opens it, 2 one closes it, 4 a "#" opens it, 8 one closes it.
  const marks: number[] = [];
  let hashOpened = -1;
  let hashClosed = -1;
  for (let k = 0; k < n; k++) {
    const l = cue.lines[k];
    let i = textStart(file, l);
    if (file[i] === '-' || file[i] === '–' || file[i] === '—') i = textStart(file, { ...l, start: i + 1 + (file[i + 1] === ' ' ? 1 : 0) });
    let e = l.end;
    while (e > i && (file[e - 1] === ' ' || file[e - 1] === '\t' || file[e - 1] === '>')) e = file[e - 1] === '>' ? Math.max(i, file.lastIndexOf('<', e - 1)) : e - 1;
    const hashOpens = i < e && file[i] === '#' && /[ \t#]/.test(file[i + 1] ?? ' ');
    const hashCloses = e - 1 > i && file[e - 1] === '#' && /[ \t#]/.test(file[e - 2]);
    if (hashOpens && hashOpened < 0) hashOpened = k;
    if (hashCloses) hashClosed = k;
    marks[k] = (i < e && NOTES.includes(file[i]) ? 1 : 0) | (e - 1 > i && NOTES.includes(file[e - 1]) ? 2 : 0) | (hashOpens ? 4 : 0) | (hashCloses ? 8 : 0);
  }
  // Without its pair, a "#" is no note.
  const hash = hashOpened >= 0 && hashClosed >= hashOpened;
  let sung: boolean[] | undefined;
  let open = false;
  for (let k = 0; k < n; k++) {
    const opens = (marks[k] & 1) !== 0 || (hash && (marks[k] & 4) !== 0);
    const closes = (marks[k] & 2) !== 0 || (hash && (marks[k] & 8) !== 0);
    if (opens || closes || open) (sung ??= new Array<boolean>(n).fill(false))[k] = true;
    open = (opens || open) && !closes;
  }
  return sung;
}

/** Whether `cue` shows the same text as `previous` and follows it without a gap (see HOLD_MS). */
function holdsLine(file: string, previous: Cue, cue: Cue): boolean {
  if (cue.startMs - previous.endMs > HOLD_MS || cue.startMs < previous.startMs || cue.lines.length !== previous.lines.length) return false;
  return cue.lines.every((l, k) => file.slice(l.start, l.end).trim() === file.slice(previous.lines[k].start, previous.lines[k].end).trim());
}

function emitCues(file: string, cues: Cue[], vtt: boolean, lang: string | undefined): ReadResult {
  const b = new TextBuilder(file);
  const profile = lang === undefined ? undefined : profileFor(lang);
  // Where nouns are capitalised, the words after which a capital is one (see breaksOffOnFragmentWord).
  const fragmentWords = profile?.capitalisedNouns ? lexiconFor(profile).fragmentWords : undefined;
  let needsLanguage = false;
  let previous: Cue | undefined;
  let quotes = noQuotesOpen();
  const runStarts: number[] = [];
  for (const cue of cues) {
    // Only lines with text; blank ones inside a sloppy cue are passed over, and so are sung ones (see sungLines).
    if (cue.lines.some(isBlank)) cue.lines = cue.lines.filter((l) => !l.blank);
    const sung = sungLines(file, cue);
    if (sung) cue.lines = cue.lines.filter((_, k) => !sung[k]);
    if (cue.lines.length === 0) continue;
    const first = cue.lines[0];
    if (previous && holdsLine(file, previous, cue)) {
      previous = { ...previous, endMs: cue.endMs };
      continue;
    }
    if (previous) {
      const last = previous.lines[previous.lines.length - 1];
      const speakerChange = previous.voice !== undefined && cue.voice !== undefined && previous.voice !== cue.voice;
      // A pause ends the paragraph where a second sign agrees: the cue before ends a sentence and
      // this one does not go on with it in lowercase (in real subtitles a sentence end before a
      // lowercase cue is nearly always a slip, which the rules must see: see the README), or this
      // one opens a sentence with a capital or an item with its number ("5. keep", "a) let"),
      // whatever the cue before ends in (a byline "… 103 times. dpa", a dateline, a title).
      // Joined, those pull unrelated lines into one paragraph.
      // Where only a capital says so, the language decides (see breaksOffOnFragmentWord).
      const pause = cue.startMs - previous.endMs >= PAUSE_MS || speakerChange;
      let opens = opening(file, cue);
      const ended = endsSentence(file, previous);
      if (pause && opens === 'capital' && !ended) {
        if (lang === undefined) needsLanguage ||= breaksOffOnFragmentWord(file, previous, anyNounCaseFragmentWords());
        else if (fragmentWords && breaksOffOnFragmentWord(file, previous, fragmentWords)) opens = undefined;
      }
      if (pause && (opens === 'item' || opens === 'capital' || (opens !== 'continuation' && ended))) {
        b.paragraphBreak(last.end);
        quotes = noQuotesOpen();
      } else {
        // The space between two cues of one paragraph stands for the timing and numbering: never edited.
        b.opaque(' ', last.end, first.start);
        // A lowercase cue after a pause: after a sentence end a slip, or a line that writes in
        // lowercase on purpose (a chat message); after a cue without one, the sentence said over
        // the pause, or again a message of its own. Its own register tells (ReadResult.runStarts),
        // and the cues before the pause are what a byline there signs.
        if (pause) runStarts.push(b.textLength);
      }
    }
    // A cue that goes on with "...and agreed" after one ending in a full stop: the marker says the
    // sentence goes on, the full stop says it ended (a sentence translated cue by cue). The marker
    // is layout, like the cue's line breaks, so it is left out and the checked text reads "…met in
    // March. and agreed…", a stray sentence break. After "...", "?" or "!" it stays: "Dogs here?
    // ...in case of a power cut" is a thought resumed, which the ellipsis tells the rules; so is a
    // cue after another speaker's turn ("-But when you ace a witness..." / "-A working man." /
    // "...who ain't even in the game"). A quotation mark that reopens a quotation still open is
    // layout too (see reopeningQuote): left out, the quotation reads as one.
    const elided =
      reopeningQuote(file, cue, quotes) ??
      (previous && endsInFullStop(file, previous) && !endsInTurn(file, previous) ? continuationMarker(file, cue) : undefined);
    countQuotes(file, cue, quotes, elided?.start ?? -1);
    b.startUnit({ id: cue.id }, 'prose');
    for (let k = 0; k < cue.lines.length; k++) {
      // A line end inside a cue is a wrap: one space.
      if (k > 0) b.replaced(' ', cue.lines[k - 1].end, cue.lines[k].start);
      emitLine(b, file, cue.lines[k], vtt, k === 0 ? elided : undefined);
    }
    previous = cue;
  }
  const last = previous?.lines[previous.lines.length - 1];
  if (last) b.paragraphBreak(last.end);
  const { text, map, units } = b.build();
  return needsLanguage ? { text, map, units, runStarts, needsLanguage } : { text, map, units, runStarts };
}

export const srt: FormatReader = {
  meta: {
    id: 'srt',
    name: 'SubRip subtitles',
    extensions: ['srt'],
  },
  sniff: (text) => /^\s*\d+[ \t]*\r*\n[ \t]*\d{1,3}:\d{1,2}:\d{1,2}[,.]\d{1,3}[ \t]*-->/.test(text.slice(0, 500)),
  read: (file, options?: ReadOptions) => emitCues(file, parseSrt(file), false, options?.lang),
};

export const vtt: FormatReader = {
  meta: {
    id: 'vtt',
    name: 'WebVTT subtitles',
    extensions: ['vtt'],
  },
  sniff: (text) => /^WEBVTT(?:[ \t]|\r*\n|$)/.test(text),
  read: (file, options?: ReadOptions) => emitCues(file, parseVtt(file), true, options?.lang),
  escape: (text) => text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;')),
};

/** What the readers read and their examples (see FormatAbout); the registry leaves them out. */
export const about: Readonly<Record<string, FormatAbout>> = {
  srt: {
    description:
      'SubRip (.srt): cue text joined over lines and cues into sentences (a paragraph ends at a pause of 2 s or more after a sentence, unless the next cue goes on in lowercase, or before a cue opening with a capital, unless a language that capitalises its nouns has an article or preposition before it, or an item\'s number); unit id: the cue number; <i>, <font>, {\\an8} are markup; a quotation mark reopening a quotation on the next cue, and a "..." opening a cue after one ending in a full stop, are layout; a cue repeating the one before without a gap keeps its line on screen and is read once; sung lines (opened or closed by ♪ or ♫, or between a pair of "#") are left out.',
    examples: [
      {
        file: '1\n00:00:01,000 --> 00:00:03,000\n<i>They met in March</i>\nand agreed\n\n2\n00:00:03,100 --> 00:00:05,000\n{\\an8}to expand cooperation.\n\n3\n00:00:09,000 --> 00:00:10,000\nLater that day.\n',
        text: 'They met in March and agreed to expand cooperation.\nLater that day.\n',
      },
    ],
  },
  vtt: {
    description:
      'WebVTT (.vtt): cue text joined over lines and cues into sentences (a paragraph ends at a pause of 2 s or a change of <v> speaker after a sentence, unless the next cue goes on in lowercase, or before a cue opening with a capital, unless a language that capitalises its nouns has an article or preposition before it, or an item\'s number); unit id: the cue id, else its ordinal; tags, timestamps and ruby text are markup; NOTE, STYLE, REGION skipped; a cue repeating the one before without a gap keeps its line on screen and is read once; sung lines (opened or closed by ♪ or ♫, or between a pair of "#") are left out.',
    examples: [
      {
        file: 'WEBVTT\n\nNOTE written by hand\n\nintro\n00:01.000 --> 00:03.000 align:start\n<v Anna>We signed it &amp; they\n\n00:03.200 --> 00:05.000\n<v Anna>agreed <00:04.000>too.</v>\n',
        text: 'We signed it & they agreed too.\n',
      },
    ],
  },
};
