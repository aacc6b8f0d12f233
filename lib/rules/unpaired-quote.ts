import type { CheckContext } from '../context.js';
import { CLASS, K_DIGIT, K_OTHER } from '../catalogue/charclass.js';
import type { LineIndex } from '../text/lines.js';
import type { Rule } from '../types.js';

// Double quotation marks pair up in every style the languages use: “…” (English), „…“ (German,
// Czech), „…” (Polish, Croatian), «…» (French, Russian, Ukrainian), »…« (German, Danish books),
// ”…” (Swedish, Finnish), "…" and 「…」. Which role a mark plays is read off what is open and off
// its neighbours (an opening mark follows a space and precedes a word); straight and curly marks
// mix in practice and close each other. Single quotes are not checked: ’ is also the apostrophe.
// In prose every paragraph pairs its marks (a quotation over several paragraphs reopens at each).
// In a file of one sentence per line a quotation of several sentences leaves a lone mark on its
// first and last line, so there only an opening mark typed for a closing one („signed „ and) is certain.


const MAX_OPEN = 32;
/** Straight and curly marks get mixed ("„vidi\"", "“everything,\""): one family for closing. */
const CURLY = '"“„”';
const MAX_PER_LINE = 1000;

export const unpairedQuote: Rule<CheckContext> = {
  meta: {
    id: 'unpaired-quote',
    category: 'punctuation',
    severity: 'warning',
    mqm: 'Fluency/Punctuation',
    languages: '*',
    silencedBySource: true,
    description:
      'A double quotation mark without its partner in its paragraph ("he said “yes and left"), or an opening mark ' +
      'typed where the closing one belongs ("„signed „ and „final“"). Every national style is understood (“…”, „…“, „…”, «…», ' +
      '»…«, ”…”, "…", 「…」), and quotations over several paragraphs reopen at each. In files of one sentence per ' +
      'line, where quotations span lines, only the second kind is reported. Inch marks (15" screen) and ' +
      'single quotes (apostrophes) are left alone. No fix: only the writer knows where the partner belongs.',
    examples: {
      bad: [
        {
          text: 'He said “we are ready and left the room. Nobody followed him.',
          findings: [{ flagged: '“', message: 'Unpaired quotation mark ““”: its partner is missing.' }],
        },
        {
          text: 'He said we are ready” and left the room. Nobody followed him.',
          findings: [{ flagged: '”', message: 'Unpaired quotation mark “””: its partner is missing.' }],
        },
        {
          text: 'Das hat keine Auswirkungen auf ein bereits „unterzeichnetes „ und „endgültiges“ Abkommen.',
          lang: 'de',
          findings: [
            { flagged: '„', message: 'Unpaired quotation mark “„”: its partner is missing.' },
            { flagged: '„', start: 60, message: 'Unpaired quotation mark “„”: its partner is missing.' },
          ],
        },
        {
          text: 'Dijo «estamos listos y se fue. Nadie lo siguió.',
          lang: 'es',
          findings: [{ flagged: '«', message: 'Unpaired quotation mark “«”: its partner is missing.' }],
        },
        {
          text: 'Řekl: „Jsme připraveni, a odešel. Nikdo ho nenásledoval.',
          lang: 'cs',
          findings: [{ flagged: '„', message: 'Unpaired quotation mark “„”: its partner is missing.' }],
        },
        {
          text: 'Он сказал: «Мы готовы, и ушёл. Никто не пошёл за ним.',
          lang: 'ru',
          findings: [{ flagged: '«', message: 'Unpaired quotation mark “«”: its partner is missing.' }],
        },
        {
          text: 'Він сказав: Ми готові» і пішов. Ніхто не пішов за ним.',
          lang: 'uk',
          findings: [{ flagged: '»', message: 'Unpaired quotation mark “»”: its partner is missing.' }],
        },
        {
          text: 'Первая строка.\nОн сказал: «Мы готовы» и «мы победим « сегодня».\nТретья строка.',
          lang: 'ru',
          findings: [{ flagged: '«', start: 40, message: 'Unpaired quotation mark “«”: its partner is missing.' }],
        },
      ],
      good: [
        { text: 'He said “we are ready” and “we will win.” She bought a 15" screen and a 5\' 11" frame.' },
        { text: 'Er sagte: „Wir sind bereit.“ Sie las »Die Verwandlung« und „Faust”.', lang: 'de' },
        { text: 'Он сказал: «Мы готовы». Она ответила: «Хорошо, „пусть“ так».', lang: 'ru' },
        { text: 'Han sa: ”Vi är redo.”', lang: 'sv' },
        { text: 'The talks began.\n“We are ready.\nWe will win,” he said.\nThe talks ended.' },
        { text: '“The first paragraph of a long quotation. It goes on.\n“The second paragraph, which ends it. Here.”' },
        { text: 'The cooperative "Team of Owners of House 13, Prague 4", ID 123, is the owner. It pays.' },
        { text: 'Řekl: "Jsme připraveni." A odešel.', lang: 'cs' },
      ],
    },
  },

  check(ctx, report) {
    const { text, lines } = ctx;
    const open: number[] = [];
    /** Unpaired marks of the current line, and whether it paired any. */
    let unpaired: number[] = [];
    /** Opening marks left open by the same mark in a closing position (a certain error, in any layout). */
    let doubled: number[] = [];
    const segmented = ctx.segmentPerLine;
    let lineEnd = -1;
    const endLine = () => {
      // A quotation over several paragraphs reopens at each: its opening marks stay unclosed.
      for (const at of open) if (!(isParagraphOpening(text, at, lines) && nextLineOpensWith(text, at, lines))) unpaired.push(at);
      // One sentence per line: a lone mark usually belongs to a quotation over several lines.
      const certain = segmented ? doubled : unpaired;
      for (const at of certain.sort((a, b) => a - b)) report(finding(text, at));
      open.length = 0;
      unpaired = [];
      doubled = [];
    };
    const top = () => (open.length > 0 ? text[open[open.length - 1]] : '');
    /** Closes the innermost open mark among `openers`; false when none is open. */
    const close = (openers: string) => {
      const k = open.findLastIndex((o) => openers.includes(text[o]));
      if (k < 0) return false;
      unpaired.push(...open.splice(k).slice(1));
      return true;
    };
    /** Closes what `at` closes, or notes it as unpaired. */
    const shut = (family: string, at: number) => {
      // Far more per line than the engine keeps would only cost time (a line of 10⁶ quotes).
      if (!close(family) && unpaired.length < MAX_PER_LINE) unpaired.push(at);
    };
    /**
     * Opens a quotation. An opening mark that stands where a closing one belongs ("„signed „ and")
     * while the same mark is open was typed for the closing one: the open one is unpaired.
     */
    const begin = (at: number) => {
      const k = open.findLastIndex((o) => text[o] === text[at]);
      if (k >= 0 && text[at] !== '"' && !opens(text, at)) {
        doubled.push(open[k]);
        unpaired.push(open[k]);
        open.splice(k, 1);
      }
      open.push(at);
      // Quotations do not nest this deep: the oldest will not close (and the search stays short).
      if (open.length > MAX_OPEN) unpaired.push(open.shift()!);
    };
    for (const at of ctx.marks.quote) {
      if (at >= lineEnd) {
        endLine();
        lineEnd = lines.lineEnd(lines.lineOf(at));
      }
      const c = text[at];
      const opening = opens(text, at);
      const closing = closes(text, at);
      switch (c) {
        case '„':
        case '「':
        case '『':
          begin(at);
          break;
        case '」':
          shut('「', at);
          break;
        case '』':
          shut('『', at);
          break;
        case '«':
          if (top() === '»' && closing) close('»');
          else begin(at);
          break;
        case '»':
          if (open.some((o) => text[o] === '«') || !opening) shut('«', at);
          else begin(at); // »…« as in German books
          break;
        case '“':
          // German and Czech close „ with “ (also typed after a space: „Don Goyo “); elsewhere “ opens.
          if (open.some((o) => text[o] === '„') && !(opening && isWordStart(text, at + 1))) close('„');
          else if (closing && !opening) shut(CURLY, at); // after a word, before a space: a closing mark, paired or not
          else begin(at);
          break;
        case '”':
          if (open.some((o) => CURLY.includes(text[o])) || !opening) shut(CURLY, at);
          else begin(at); // ”…” as in Swedish
          break;
        case '"':
          if (isInch(text, at) && !open.some((o) => text[o] === '"')) break;
          if (opening && !closing) begin(at);
          else if (closing && !opening) shut(CURLY, at);
          else if (open.some((o) => CURLY.includes(text[o]))) close(CURLY);
          else begin(at);
          break;
      }
    }
    endLine();
  },
};

/** Looks like an opening mark: after a space, a line start, a bracket or a dash, before a non-space. */
function opens(text: string, at: number): boolean {
  const before = at > 0 ? text.charCodeAt(at - 1) : 10;
  const after = text.charCodeAt(at + 1);
  const leftOpen = before === 32 || before === 10 || before === 13 || before === 9 || before === 0xa0 || before === 40 || before === 91 || before === 0x2014 || before === 0x2013 || before === 45 || before === 47 || before === 58;
  return leftOpen && at + 1 < text.length && after !== 32 && after !== 10 && after !== 13;
}

/** Looks like a closing mark: after a non-space, before a space, punctuation or the end. */
function closes(text: string, at: number): boolean {
  const before = at > 0 ? text.charCodeAt(at - 1) : 10;
  if (before === 32 || before === 10 || before === 13 || before === 9) return false;
  return at + 1 >= text.length || CLASS[text.charCodeAt(at + 1)] === K_OTHER;
}

function isParagraphOpening(text: string, at: number, lines: LineIndex): boolean {
  for (let i = lines.starts[lines.lineOf(at)]; i < at; i++) if (text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9) return false;
  return true;
}

function nextLineOpensWith(text: string, at: number, lines: LineIndex): boolean {
  const next = lines.lineOf(at) + 1;
  if (next >= lines.count) return false;
  let i = lines.starts[next];
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return text[i] === text[at];
}

function isWordStart(text: string, at: number): boolean {
  return at < text.length && CLASS[text.charCodeAt(at)] !== K_OTHER;
}

/** 15" or 5' 11": inches after a number. */
function isInch(text: string, at: number): boolean {
  return CLASS[text.charCodeAt(at - 1)] === K_DIGIT && CLASS[text.charCodeAt(at + 1)] === K_OTHER;
}

function finding(text: string, at: number) {
  return {
    start: at,
    end: at + 1,
    message: `Unpaired quotation mark “${text[at]}”: its partner is missing.`,
  };
}
