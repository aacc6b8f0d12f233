// The speakers' labels of a text (lib/segmentation/speaker-abbreviations.ts) are read at line starts
// whose first word has a period near it, not by the expression anchored everywhere; and the
// abbreviated speakers are read one word at a time as asked. Both must answer as the expression and
// the eager set they replace did.
import { describe, expect, it } from 'vitest';
import { speakerAbbreviations, speakerLabels } from '../lib/segmentation/speaker-abbreviations.js';
import { LineIndex } from '../lib/text/lines.js';
import { random } from './seeded-random.js';

const LABEL = /^[ \t]*[_*]?(\p{Lu}[\p{L}\p{M}]{0,19})[_*]?\.[_*]?(?=[ \t]+[\p{Lu}(\[_*«»"“„—-]|[ \t]*$)/gmu;

function expected(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(LABEL)) counts.set(m[1].toLowerCase(), (counts.get(m[1].toLowerCase()) ?? 0) + 1);
  return counts;
}

/** The eager set speakerAbbreviations was: every word labelled twice or more that the text always writes with its period, if two or more (80 labelled words at most). */
function eagerSet(text: string): Set<string> {
  const labelled = [...expected(text)].filter(([, n]) => n >= 2).map(([w]) => w);
  const out = new Set<string>();
  if (labelled.length <= 80) {
    for (const w of labelled) {
      const re = new RegExp(String.raw`(?<![\p{L}\p{M}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}\p{M}])(.?)`, 'giu');
      if ([...text.matchAll(re)].every((m) => m[1] === '.')) out.add(w);
    }
  }
  return out.size >= 2 ? out : new Set();
}

// Line ends of every kind LABEL's ^ knows, spaces, tabs, emphasis marks, capitals (an astral one, a
// titlecase one, the Kelvin sign), letters, marks, a surrogate pair's halves, the marks a speech may
// open with, and long words that take the period past where a label's could be.
const PIECES = [
  '\n', '\n', '\n', '\r\n', '\r', '\u2028', '\u2029', ' ', ' ', ' ', '\t', '_', '*', '.', '.', '.', 'Ham', 'HOR', 'Goedsm', 'Q', 'A',
  'Ž', 'Дж', '\u{1D400}', 'ǅ', '\u212a', 'e', 'ß', '\u0301', 'é', 'я', 'abcdefghijklmnopqr', 'Abcdefghijklmnopqrst', '(', '[', '«', '—',
  '-', '"', ',', '1', '\ud835', ':', 'Enter ',
];

function* randomTexts(count: number, seed: number): Generator<string> {
  const next = random(seed);
  for (let n = 0; n < count; n++) {
    let s = '';
    const length = 1 + Math.floor(next() * 40);
    for (let k = 0; k < length; k++) s += PIECES[Math.floor(next() * PIECES.length)];
    yield s;
  }
}

describe('speakerLabels: LABEL read at line starts', () => {
  it('counts what the expression matches on random texts', () => {
    for (const text of randomTexts(100_000, 46)) expect([...speakerLabels(text)], JSON.stringify(text)).toEqual([...expected(text)]);
  });

  it('reads a label as far from the line start as one can be', () => {
    const far = `  _\u{1D400}${'\u{1D467}'.repeat(19)}_. Yes.\n`;
    expect([...speakerLabels(far.repeat(2))]).toEqual([...expected(far.repeat(2))]);
    expect(speakerLabels(far).size).toBe(1);
  });
});

describe('speakerAbbreviations: the words asked about', () => {
  it('answers as the eager set on random plays', () => {
    const next = random(7);
    const names = ['Ham', 'Hor', 'Ophel', 'Pol', 'Q', 'Laer'];
    const lines = ['Enter Ham. and Hor.', 'Ham is here.', 'Hor and Pol. speak', '(Exit Ophel.)', 'Laer. Yes.', 'Q. What?'];
    for (let n = 0; n < 2_000; n++) {
      let text = '';
      const length = 2 + Math.floor(next() * 30);
      for (let k = 0; k < length; k++) {
        text += next() < 0.6 ? `${names[Math.floor(next() * names.length)]}. Speech ${k}.\n` : `${lines[Math.floor(next() * lines.length)]}\n`;
      }
      const eager = eagerSet(text);
      const lazy = speakerAbbreviations({ text, lines: new LineIndex(text) });
      for (const w of [...names.map((x) => x.toLowerCase()), 'speech', 'enter', 'nobody']) expect(lazy.has(w), `${w} in ${JSON.stringify(text)}`).toBe(eager.has(w));
    }
  });
});
