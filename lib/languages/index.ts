// The language registry: every language mtqa knows, one entry per file. Add a language by writing
// its file (language.ts says what an entry holds; a full profile adds segmentation knowledge, see
// profile.ts) and listing it here. Detection, the language rules, the CLI and the franc models
// the bundle needs are all read off this list.
import { af } from './af.js';
import { ar } from './ar.js';
import { be } from './be.js';
import { bg } from './bg.js';
import { bn } from './bn.js';
import { bs } from './bs.js';
import { ca } from './ca.js';
import { cs } from './cs.js';
import { cy } from './cy.js';
import { da } from './da.js';
import { de } from './de.js';
import { el } from './el.js';
import { en } from './en.js';
import { es } from './es.js';
import { et } from './et.js';
import { eu } from './eu.js';
import { fa } from './fa.js';
import { fi } from './fi.js';
import { fr } from './fr.js';
import { gl } from './gl.js';
import { he } from './he.js';
import { hi } from './hi.js';
import { hr } from './hr.js';
import { hu } from './hu.js';
import { hy } from './hy.js';
import { id } from './id.js';
import { is } from './is.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { ka } from './ka.js';
import { kk } from './kk.js';
import { ko } from './ko.js';
import { lt } from './lt.js';
import { lv } from './lv.js';
import { mr } from './mr.js';
import { mk } from './mk.js';
import { nb } from './nb.js';
import { ne } from './ne.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { ro } from './ro.js';
import { ru } from './ru.js';
import { sk } from './sk.js';
import { sl } from './sl.js';
import { sr } from './sr.js';
import { sv } from './sv.js';
import { ta } from './ta.js';
import { th } from './th.js';
import { tt } from './tt.js';
import { tr } from './tr.js';
import { uk } from './uk.js';
import { ur } from './ur.js';
import { vi } from './vi.js';
import { zh } from './zh.js';
import { UD_FUNCTION_WORDS } from './function-words.generated.js';
import { UNREGISTERED_CASELESS_WORDS } from './caseless-words.generated.js';
import type { ScriptName } from '../text/script.js';
import type { Language } from './language.js';
import type { LanguageProfile } from './profile.js';

export type { Language } from './language.js';
export type { LanguageProfile } from './profile.js';

/** The entry with the frequent function words its treebanks show and its hand list lacks (scripts/ud-function-words.py). */
function withTreebankWords<L extends Language>(language: L): L {
  const derived = UD_FUNCTION_WORDS[language.code];
  return derived ? { ...language, commonWords: `${language.commonWords} ${derived}` } : language;
}

export const LANGUAGES: readonly Language[] = [
  // Full profiles
  en, de, fr, es, it, pt, nl, cs, pl, hr, ru, uk,
  // Latin script
  sk, bs, sl, ro, hu, sv, da, nb, fi, et, lv, lt, tr, ca, id, vi,
  // Latin now has 31 languages with common words: the most one script's 32-bit masks hold (at 32,
  // detect.ts's mask of all languages, (1 << 32) - 1, is 0). More need wider masks first.
  is, af, gl, eu, cy,
  // Cyrillic script
  sr, be, bg, mk,
  kk, tt,
  // Languages their script identifies
  el, zh, ja, ko, he, th, hy, ka, bn, ta,
  // Scripts several languages share without common words: franc's trigrams tell them apart. Read
  // by the lists of its neighbour, a Marathi sentence opening with "का" (why) was a Hindi break.
  ar, fa, ur,
  hi, mr, ne,
].map(withTreebankWords);

/** Whether the entry carries the segmentation knowledge of a full profile. */
export function isProfile(language: Language): language is LanguageProfile {
  return 'abbreviations' in language;
}

export const PROFILES: readonly LanguageProfile[] = LANGUAGES.filter(isProfile);

const byCode = new Map(LANGUAGES.map((l) => [l.code, l]));
const byFranc = new Map(LANGUAGES.filter((l) => l.franc).map((l) => [l.franc!, l]));

export function languageFor(code: string): Language | undefined {
  return byCode.get(code);
}

export function languageForFranc(iso6393: string): Language | undefined {
  return byFranc.get(iso6393);
}

export function profileFor(code: string): LanguageProfile | undefined {
  const l = byCode.get(code);
  return l && isProfile(l) ? l : undefined;
}

/** The language's English name, or its code when mtqa does not know it. */
export function languageName(code: string): string {
  return byCode.get(code)?.name ?? code;
}

/** Whether two language codes should never be reported as each other (same, or one group). */
export function sameOrClose(a: string, b: string): boolean {
  if (a === b) return true;
  const group = byCode.get(a)?.group;
  return group !== undefined && group === byCode.get(b)?.group;
}

/** Per group, its first registry language. */
const groupHeads = new Map<string, Language>();
for (const l of LANGUAGES) if (l.group && !groupHeads.has(l.group)) groupHeads.set(l.group, l);

/**
 * The first registry language of `language`'s group (itself when it has none): how a guess among
 * close relatives is named. Looked up, not searched with a closure per call: the passage rule
 * names tens of thousands of passages in a big mixed text with it.
 */
export function groupHead(language: Language): Language {
  return language.group ? groupHeads.get(language.group)! : language;
}

const writtenIn = new Map<string, readonly Language[]>();

/**
 * Registry languages whose main script is `script`, in registry order. Kept per script when first
 * asked: the passage rule asks once per run in another script (tens of thousands in a big mixed text).
 */
export function languagesWritten(script: string): readonly Language[] {
  let languages = writtenIn.get(script);
  if (!languages) writtenIn.set(script, (languages = LANGUAGES.filter((l) => l.script === script)));
  return languages;
}

/** franc codes of the registry languages written in `script`: what franc is asked about. */
export function francCodes(script: string): string[] {
  return languagesWritten(script).flatMap((l) => (l.franc ? [l.franc] : []));
}

/** The language a script implies when it is the only registry language written in it (Greek, Thai…). */
export function scriptLanguage(script: string): Language | undefined {
  const written = languagesWritten(script);
  return written.length === 1 ? written[0] : undefined;
}

const scriptsByCode = new Map<string, readonly ScriptName[]>();

/**
 * Scripts `code` is written in, main script first; undefined when mtqa does not know the language.
 * Kept per language when first asked: the passage rule asks of each passage it reports (a new
 * array, spread through an iterator, at each call was 2.5 MB of garbage on 30 MB of mixed prose).
 */
export function scriptsOf(code: string): readonly ScriptName[] | undefined {
  let scripts = scriptsByCode.get(code);
  if (scripts === undefined) {
    const l = byCode.get(code);
    if (!l) return undefined;
    scriptsByCode.set(code, (scripts = [l.script, ...(l.alsoWritten ?? [])]));
  }
  return scripts;
}

/**
 * Scripts the text of `code` is written in: scriptsOf, and Han beside Kana or Hangul (Japanese
 * kanji, Korean hanja), which the script alone names Chinese.
 */
export function scriptsWrittenIn(code: string): readonly ScriptName[] | undefined {
  const scripts = scriptsOf(code);
  return scripts?.some((s) => s === 'Kana' || s === 'Hangul') ? [...scripts, 'Han'] : scripts;
}

/** franc codes of every registry language: the trigram models the bundle needs. */
export const FRANC_CODES: readonly string[] = LANGUAGES.flatMap((l) => (l.franc ? [l.franc] : []));

/**
 * Stand-in for a language without a profile: no abbreviation knowledge, so it assumes the cautious
 * reading everywhere (a number before a period may be an ordinal). Keeps what the registry knows;
 * a language written without case that the registry lacks takes the caseless word lists of its
 * Universal Dependencies treebanks (caseless-words.generated.ts: Amharic, Telugu, Uyghur…).
 */
export function genericProfile(code: string): LanguageProfile {
  const known: Partial<Language> | undefined = byCode.get(code) ?? UNREGISTERED_CASELESS_WORDS[code];
  return {
    code,
    name: known?.name ?? code,
    script: known?.script ?? 'Latin',
    commonWords: known?.commonWords ?? '',
    transliteration: known?.transliteration,
    spacedSyllables: known?.spacedSyllables,
    sentenceTerminals: known?.sentenceTerminals,
    periodInsideSentence: known?.periodInsideSentence,
    properNounApostrophe: known?.properNounApostrophe,
    bareAbbreviations: known?.bareAbbreviations,
    abbreviations: [],
    ordinalDot: true,
    yearOrdinals: true,
    functionWords: [],
    fragmentWords: known?.fragmentWords ?? [],
    nonInitialWords: known?.nonInitialWords,
    conjunctiveWords: known?.conjunctiveWords,
    sentenceParticles: known?.sentenceParticles,
    unfinishedEndings: known?.unfinishedEndings,
    nonFinalEndings: known?.nonFinalEndings,
    nominalizers: known?.nominalizers,
    nonFinalNouns: known?.nonFinalNouns,
    lowercaseWords: [],
    speechVerbs: known?.speechVerbs ?? [],
  };
}
