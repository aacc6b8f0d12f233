// franc's language identification (franc 6.2.0, MIT, Titus Wormer): franc-all 7.2.0's trigram models
// of the registry's languages only, with franc-min 6.2.0's script expressions (franc.generated.ts,
// written by scripts/generate-franc.ts). franc-all itself ships the models of 414 languages and
// turns all of them into lookup tables when it is imported; mtqa asks about some 40, and builds a
// script's tables the first time text in that script is asked about. For every question mtqa asks
// (`only` a set of registry languages) the answers are franc-all's, number for number
// (tests/franc.test.ts compares them).
import { clean } from 'trigram-utils';
import { FRANC_ALPHABETS, FRANC_MODELS, FRANC_SCRIPTS } from './franc.generated.js';
import { FRANC_RIVAL_ALPHABETS, FRANC_RIVAL_NEIGHBOURS, FRANC_RIVALS } from './franc-rivals.generated.js';

/** Code units of a trigram: the generated models are their trigrams one after the other. */
export const TRIGRAM = 3;
/**
 * What the generated models write in place of the code units beyond ASCII of their script's
 * alphabet (FRANC_ALPHABETS), the i-th for the i-th: ASCII that no model has (franc reads
 * lowercase letters), without quotes, backslash or dollar, so that each stays one byte as written.
 */
export const STAND_INS = '!#%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_{|}~';
const STAND_IN = new RegExp(`[${STAND_INS.replace(/[\\\]^-]/g, '\\$&')}]`, 'g');
/** franc reads at most this many characters. */
const MAX_LENGTH = 2048;
/** What a trigram missing from a model adds to the distance. */
const MAX_DIFFERENCE = 300;

export interface FrancOptions {
  /** ISO 639-3 codes to choose among; empty or absent: every language of the model. */
  only?: readonly string[];
  /** Shorter text is "und". Default 10. */
  minLength?: number;
}

/** A model: each trigram's rank, most frequent 0. */
type Model = Map<string, number>;

const models = new Map<string, Map<string, Model>>();

function modelsOf(script: string): Map<string, Model> {
  let byLanguage = models.get(script);
  if (!byLanguage) {
    byLanguage = new Map();
    const alphabet = FRANC_ALPHABETS[script];
    const unitOf = (standIn: string) => alphabet[STAND_INS.indexOf(standIn)];
    for (const [code, written] of Object.entries(FRANC_MODELS[script])) {
      const trigrams = written.replace(STAND_IN, unitOf);
      const model: Model = new Map();
      // The first (most frequent) place of a trigram counts, as in franc.
      for (let rank = 0; rank * TRIGRAM < trigrams.length; rank++) {
        const trigram = trigrams.slice(rank * TRIGRAM, (rank + 1) * TRIGRAM);
        if (!model.has(trigram)) model.set(trigram, rank);
      }
      byLanguage.set(code, model);
    }
    models.set(script, byLanguage);
  }
  return byLanguage;
}

const und = (): [string, number][] => [['und', 1]];

/**
 * `value` in composed form (NFC), as franc's models are: decomposed text (NFD, "a" and U+0308 for
 * "ä") has other trigrams, and read Czech as Italian. Only the trigrams are read here, so no
 * offset depends on it.
 */
const composed = (value: string): string => value.normalize('NFC');

/** Languages with a score from 1 (closest) down, as franc's francAll: `[['und', 1]]` when it cannot tell. */
export function francAll(value: string, options: FrancOptions = {}): [string, number][] {
  const only = options.only ?? [];
  const minLength = options.minLength ?? 10;
  if (!value || value.length < minLength) return und();
  value = composed(value.slice(0, MAX_LENGTH));

  const [script, share] = topScript(value);
  // A script with one language (Greek, Thai…) is named by it, and has no model.
  if (!(script in FRANC_MODELS)) return share === 0 || (only.length > 0 && !only.includes(script)) ? und() : [[script, 1]];

  const trigrams = trigramCounts(value);
  const distances: [string, number][] = [];
  for (const [code, model] of modelsOf(script)) {
    if (only.length === 0 || only.includes(code)) distances.push([code, distance(trigrams, model)]);
  }
  if (distances.length === 0) return und();
  distances.sort((a, b) => a[1] - b[1]);

  const min = distances[0][1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (const d of distances) d[1] = 1 - (d[1] - min) / max || 0;
  return distances;
}

const rivalModels = new Map<string, Model>();

/**
 * The model of rival `code` of a script (franc-rivals.generated.ts), built the first time it is
 * asked for: a check asks only for the rivals of its document's language (isRivalOf), a handful of
 * the script's sixty, and building them all cost a check of a 3 KB English text 9 % of its instructions.
 */
function rivalModel(script: string, code: string): Model {
  const key = `${script} ${code}`;
  let model = rivalModels.get(key);
  if (!model) {
    const alphabet = FRANC_RIVAL_ALPHABETS[script];
    const trigrams = FRANC_RIVALS[script][code].replace(STAND_IN, (standIn) => alphabet[STAND_INS.indexOf(standIn)]);
    model = new Map();
    for (let rank = 0; rank * TRIGRAM < trigrams.length; rank++) {
      const trigram = trigrams.slice(rank * TRIGRAM, (rank + 1) * TRIGRAM);
      if (!model.has(trigram)) model.set(trigram, rank);
    }
    rivalModels.set(key, model);
  }
  return model;
}

/** Whether `rival`'s model is close to that of one of `own` (franc-rivals.generated.ts). */
function isRivalOf(rival: string, own: readonly string[]): boolean {
  const near = FRANC_RIVAL_NEIGHBOURS[rival];
  return near !== undefined && own.some((code) => near.includes(code));
}

/**
 * How far franc-all, choosing among `own` (ISO 639-3 codes of registry languages) and their rivals,
 * the languages outside the registry whose models are close to one of them
 * (franc-rivals.generated.ts), puts the best of those rivals ahead of the best of `own`: the
 * difference of their normalised scores, as franc-all's francAll with `only` those languages gives
 * them (negative: own leads). Undefined when `own` has no rival or no model
 * in the text's script, or the text is too short. Only the rivals of `own` are read: all 52 Latin
 * ones doubled the time detection takes.
 */
export function francRivalLead(value: string, own: readonly string[]): { code: string; lead: number } | undefined {
  if (!value || value.length < 10) return undefined;
  value = composed(value.slice(0, MAX_LENGTH));
  const [script] = topScript(value);
  const rivals = script in FRANC_MODELS ? FRANC_RIVALS[script] : undefined;
  if (!rivals) return undefined;
  const counts = trigramCounts(value);
  // Read model by model (300 trigrams each) against the text's counts, not the text's 1,000 and more
  // trigrams against each model: the same sums, a fourth of the lookups.
  const index = new Map<string, number>();
  for (let k = 0; k < counts.trigrams.length; k++) index.set(counts.trigrams[k], counts.counts[k]);
  const missing = counts.trigrams.length * MAX_DIFFERENCE;
  let min = Infinity;
  let ownBest = Infinity;
  for (const [code, model] of modelsOf(script)) {
    if (!own.includes(code)) continue;
    const d = distanceByModel(index, missing, model);
    min = Math.min(min, d);
    ownBest = Math.min(ownBest, d);
  }
  if (ownBest === Infinity) return undefined;
  let rival = '';
  let rivalBest = Infinity;
  for (const code in rivals) {
    if (!isRivalOf(code, own)) continue;
    const d = distanceByModel(index, missing, rivalModel(script, code));
    if (d < rivalBest) {
      rivalBest = d;
      rival = code;
    }
  }
  if (rival === '') return undefined;
  min = Math.min(min, rivalBest);
  const max = value.length * MAX_DIFFERENCE - min;
  return { code: rival, lead: (ownBest - rivalBest) / max || 0 };
}

/**
 * The share of the trigrams of `value` (each occurrence) that are among the 300 of franc's model
 * for `code`: franc ranks the registry's languages against each other and names the closest even
 * for text in none of them; coverage says whether the closest is close at all. Own-language text
 * (UDHR, 2,000 characters) covers 0.52 and more of its model; Kikongo read as Portuguese, Tahitian
 * as Croatian, 0.45 and less. Undefined when there is no model for `code` in the text's script.
 * `ownScriptOnly`: only the trigrams all of whose letters are of that script count (see inScript).
 */
export function francCoverage(value: string, code: string, ownScriptOnly = false): number | undefined {
  value = composed(value.slice(0, MAX_LENGTH));
  const [script] = topScript(value);
  const model = script in FRANC_MODELS ? modelsOf(script).get(code) : undefined;
  if (!model) return undefined;
  const { trigrams, counts } = trigramCounts(value);
  const own = 1 << SCRIPT_NAMES.indexOf(script);
  let total = 0;
  let known = 0;
  for (let k = 0; k < trigrams.length; k++) {
    if (ownScriptOnly && !inScript(trigrams[k], own)) continue;
    total += counts[k];
    if (model.has(trigrams[k])) known += counts[k];
  }
  return total === 0 ? undefined : known / total;
}

/**
 * Whether every letter of `trigram` (spaces aside) is of the script whose UNIT_SCRIPTS bit is
 * `own`: a Latin name in a Cyrillic text, or a Latin letter standing in for its Cyrillic twin
 * ("Дeзeрт"), has trigrams no model of the script has, which say nothing about the language.
 */
function inScript(trigram: string, own: number): boolean {
  for (let i = 0; i < trigram.length; i++) {
    const c = trigram.charCodeAt(i);
    if (c !== 0x20 && (c >= 0xd800 && c < 0xe000 ? true : (UNIT_SCRIPTS[c] & own) === 0)) return false;
  }
  return true;
}

const SCRIPT_NAMES = Object.keys(FRANC_SCRIPTS);
if (SCRIPT_NAMES.length > 31) throw new Error('more than 31 franc scripts: UNIT_SCRIPTS needs wider masks');
/** Bit 31 of UNIT_SCRIPTS: the code unit has been looked at (its scripts may be none). */
const LOOKED_AT = 1 << 31;
/**
 * Per UTF-16 code unit, bit s set where the expression of SCRIPT_NAMES[s] matches it, filled in as
 * units are met. franc-min's expressions match single code units and surrogate pairs only, so that
 * in a text without surrogates the matches are the units that match: topScript reads the text
 * once with this table instead of once with each of the twenty expressions (and an array of their
 * matches each), which was most of franc's time on the short runs the passage rule asks about.
 */
const UNIT_SCRIPTS = new Int32Array(0x10000);
const scriptCounts = new Int32Array(SCRIPT_NAMES.length);

/** The script of `FRANC_SCRIPTS` with the largest share of the text (the first on a tie), and that share. */
function topScript(value: string): [string, number] {
  scriptCounts.fill(0);
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c < 0xe000) return topScriptByExpressions(value);
    let scripts = UNIT_SCRIPTS[c];
    if (scripts === 0) scripts = UNIT_SCRIPTS[c] = scriptsOfUnit(c);
    for (let m = scripts & ~LOOKED_AT; m !== 0; m &= m - 1) scriptCounts[31 - Math.clz32(m & -m)]++;
  }
  let top = '';
  let topShare = -1;
  for (let s = 0; s < SCRIPT_NAMES.length; s++) {
    const share = scriptCounts[s] / value.length || 0;
    if (share > topShare) {
      topShare = share;
      top = SCRIPT_NAMES[s];
    }
  }
  return [top, topShare];
}

/** The scripts whose expressions match code unit `c` alone, as in UNIT_SCRIPTS. */
function scriptsOfUnit(c: number): number {
  const unit = String.fromCharCode(c);
  let scripts = LOOKED_AT;
  for (let s = 0; s < SCRIPT_NAMES.length; s++) {
    // (The expressions are global: test() starts at, and moves, lastIndex.)
    const expression = FRANC_SCRIPTS[SCRIPT_NAMES[s]];
    expression.lastIndex = 0;
    if (expression.test(unit)) scripts |= 1 << s;
    expression.lastIndex = 0;
  }
  return scripts;
}

/** topScript by franc-min's expressions themselves: for text with surrogates, which they match in pairs. */
function topScriptByExpressions(value: string): [string, number] {
  let top = '';
  let topShare = -1;
  for (const [script, expression] of Object.entries(FRANC_SCRIPTS)) {
    const share = (value.match(expression)?.length ?? 0) / value.length || 0;
    if (share > topShare) {
      topShare = share;
      top = script;
    }
  }
  return [top, topShare];
}

/**
 * How often each trigram of the cleaned, padded value occurs: what franc-min reads from
 * trigram-utils' asTuples, without its sort (a distance is a sum of integers, the same in any
 * order) and without a dictionary object of up to 2,000 keys and an array of pairs per call
 * (most of franc's cost and garbage on a mixed document that asks it 1,500 times). In two
 * arrays, in order of first occurrence: each model's distance reads them, where iterating a Map
 * made an entry array per trigram and model.
 */
function trigramCounts(value: string): TrigramCounts {
  const padded = ' ' + clean(value) + ' ';
  const index = new Map<string, number>();
  const trigrams: string[] = [];
  const counts: number[] = [];
  for (let i = 0; i + TRIGRAM <= padded.length; i++) {
    const trigram = padded.slice(i, i + TRIGRAM);
    const k = index.get(trigram);
    if (k === undefined) {
      index.set(trigram, trigrams.length);
      trigrams.push(trigram);
      counts.push(1);
    } else {
      counts[k]++;
    }
  }
  return { trigrams, counts };
}

interface TrigramCounts {
  /** The distinct trigrams, and how often each occurs. */
  trigrams: string[];
  counts: number[];
}

/**
 * distance() read from the model's side: every trigram of the text costs MAX_DIFFERENCE (`missing`,
 * their number times it) but those the model has, which cost |count - rank - 1| instead.
 */
function distanceByModel(index: Map<string, number>, missing: number, model: Model): number {
  let sum = missing;
  for (const [trigram, rank] of model) {
    const count = index.get(trigram);
    if (count !== undefined) sum += Math.abs(count - rank - 1) - MAX_DIFFERENCE;
  }
  return sum;
}

function distance({ trigrams, counts }: TrigramCounts, model: Model): number {
  let sum = 0;
  for (let k = 0; k < trigrams.length; k++) {
    const rank = model.get(trigrams[k]);
    sum += rank === undefined ? MAX_DIFFERENCE : Math.abs(counts[k] - rank - 1);
  }
  return sum;
}
