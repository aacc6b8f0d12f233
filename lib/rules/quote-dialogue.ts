// Some books print a turn of dialogue as a dash and an opening mark that nothing closes
// ("-- «Bem, irei! -- disse por fim Manoela, resignada -- mas ao menos quero levar a certeza do
// seu perdão, minha mãe!..."): the mark announces speech, as the dash does, and the paragraph's end
// ends it. Where that is how the document writes its turns — most of its paragraphs that open
// with a dash and that mark leave the mark open — those marks are its typography, not dropped
// closing marks; where most of them close, the few left open are dropped marks.

import type { CheckContext } from '../context.js';
import { opensWithDialogueDash } from '../segmentation/style.js';

/** Turns left open a document shows before leaving them open reads as its habit (a few could be dropped marks). */
const MIN_OPEN_TURNS = 5;

/**
 * The unpaired marks `unpaired` (positions, in report order) less those that open a turn of
 * dialogue after its dash, where the document leaves most turns opened that way open.
 */
export function withoutOpenTurnMarks(text: string, lines: CheckContext['lines'], unpaired: number[]): number[] {
  if (unpaired.length < MIN_OPEN_TURNS) return unpaired;
  const turnMarks = unpaired.filter((at) => opensTurn(text, lines, at));
  if (turnMarks.length < MIN_OPEN_TURNS) return unpaired;
  const habitual = new Set<number>();
  for (const c of new Set(turnMarks.map((at) => text.charCodeAt(at)))) {
    const open = turnMarks.filter((at) => text.charCodeAt(at) === c);
    if (open.length >= MIN_OPEN_TURNS && open.length * 2 > turnsOpenedWith(text, lines, c)) for (const at of open) habitual.add(at);
  }
  return habitual.size === 0 ? unpaired : unpaired.filter((at) => !habitual.has(at));
}

/** Whether the mark at `at` follows the dialogue dash that opens its line, only blanks between. */
export function opensTurn(text: string, lines: CheckContext['lines'], at: number): boolean {
  const line = lines.lineOf(at);
  const start = lines.starts[line];
  if (!opensWithDialogueDash(text, start, lines.lineEnd(line))) return false;
  return afterDash(text, start) === at;
}

/** How many lines open with a dialogue dash and the mark of code `c`. */
function turnsOpenedWith(text: string, lines: CheckContext['lines'], c: number): number {
  let n = 0;
  for (let l = 0; l < lines.starts.length; l++) {
    const start = lines.starts[l];
    const at = afterDash(text, start);
    if (text.charCodeAt(at) === c && opensWithDialogueDash(text, start, lines.lineEnd(l))) n++;
  }
  return n;
}

/** The position after the blanks and dashes that open the line at `start`. */
function afterDash(text: string, start: number): number {
  let i = start;
  for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 0xa0 || c === 45 || c === 0x2013 || c === 0x2014; c = text.charCodeAt(++i));
  return i;
}
