// Close languages told apart by their letter pairs, where their common words leave them even
// (scripts/ud-letter-pairs.py: Portuguese "lh", "ão" against Galician "ll", "ón"; Russian "ы"
// against Bulgarian "ъ"; Slovak "ie", "ú" against Czech "ě", "ř").

import type { ScriptName } from '../text/script.js';
import type { Language } from './language.js';
import { LETTER_PAIR_SETS, type LetterPairSet } from './letter-pairs.generated.js';

/**
 * How far ahead (natural logarithm of the likelihood ratio) the best language's letter pairs must
 * put it over every other of the tie: e^3, twenty to one. A sentence of Portuguese holds an "ão" or
 * "lh" or two, each some 5 from Galician; a Danish sentence and a Norwegian one of "og", "er",
 * "det" tie, and stay with the words' leader.
 */
const MIN_MARGIN = 3;
/** The table's rates are natural logarithms times this (see scripts/ud-letter-pairs.py). */
const SCALE = 10;
const WORD = /\p{L}+/gu;

/**
 * Per set, per language, its rate (times SCALE) of every letter pair the set does not list: the
 * logarithm of the share the listed pairs leave. The absence of a language's frequent pairs is
 * evidence too: a Slovak sentence without "ě", "ř", "ů" scored by its listed pairs alone was Czech
 * by the "ní" Slovak writes as well (UD Slovak-SNK, one-sentence documents: 258 read as Czech, 168).
 */
const unlisted = new Map<LetterPairSet, readonly number[]>(
  LETTER_PAIR_SETS.map((set) => {
    const listed = set.languages.map(() => 0);
    for (const rates of Object.values(set.rates)) rates.forEach((r, k) => (listed[k] += Math.exp(r / SCALE)));
    return [set, listed.map((share) => SCALE * Math.log(1 - share))];
  }),
);

/** The set of the table that holds every one of `codes`, in `script`. */
function setOf(script: ScriptName, codes: readonly string[]): LetterPairSet | undefined {
  return LETTER_PAIR_SETS.find((s) => s.script === script && codes.every((c) => s.languages.includes(c)));
}

/**
 * Of `tied` (languages the common words leave even), the one whose letter pairs in `samples` are
 * likelier by MIN_MARGIN than every other's; undefined where they are not, or where the table holds
 * no set of `script` with all of them (Bosnian, Catalan: no treebank; Kazakh, Tatar).
 */
export function letterPairLeader(samples: readonly string[], script: ScriptName, tied: readonly Language[]): Language | undefined {
  if (tied.length < 2) return undefined;
  const set = setOf(script, tied.map((l) => l.code));
  if (!set) return undefined;
  const columns = tied.map((l) => set.languages.indexOf(l.code));
  const score = new Float64Array(tied.length);
  const rest = unlisted.get(set)!;
  for (const sample of samples) {
    for (const [word] of sample.toLowerCase().matchAll(WORD)) {
      const padded = ` ${word} `;
      for (let i = 0; i + 1 < padded.length; i++) {
        const rates = set.rates[padded.slice(i, i + 2)] ?? rest;
        for (let k = 0; k < tied.length; k++) score[k] += rates[columns[k]];
      }
    }
  }
  let best = 0;
  for (let k = 1; k < tied.length; k++) if (score[k] > score[best]) best = k;
  for (let k = 0; k < tied.length; k++) if (k !== best && score[best] - score[k] < MIN_MARGIN * SCALE) return undefined;
  return tied[best];
}
