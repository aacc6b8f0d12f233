// Document language: the script decides first (no statistics needed for Han, Kana, Hangul…);
// within a script that several profiles share, franc votes over a few samples spread across the
// document, restricted to the languages the checker knows. franc reads at most 2,048 characters
// per call, so sampling keeps detection constant-time on large files.

import { francAll } from 'franc-min';
import type { LanguageInfo } from '../types.js';
import { countScripts, dominantScript, CASED_SCRIPTS, type ScriptName } from '../text/script.js';
import { PROFILES, profileFor, profileForFranc } from './index.js';

const SAMPLE = 2000;
const SAMPLES = 4;
/** Below this many letters franc's answer is noise ("sco" for an English sentence). */
const MIN_LETTERS = 40;
const FULL_CONFIDENCE_MARGIN = 0.05;

/** Language a caseless or single-language script implies, as ISO 639-1. */
const SCRIPT_LANGUAGE: Partial<Record<ScriptName, string>> = {
  Han: 'zh',
  Kana: 'ja',
  Hangul: 'ko',
  Arabic: 'ar',
  Hebrew: 'he',
  Devanagari: 'hi',
  Thai: 'th',
  Greek: 'el',
  Armenian: 'hy',
  Georgian: 'ka',
};

/** When detection cannot tell within a script, the most common language of that script. */
const SCRIPT_DEFAULT: Partial<Record<ScriptName, string>> = { Latin: 'en', Cyrillic: 'ru' };

function sampleStarts(length: number): number[] {
  if (length <= SAMPLE * SAMPLES) {
    const starts = [];
    for (let s = 0; s < length; s += SAMPLE) starts.push(s);
    return starts;
  }
  const step = (length - SAMPLE) / (SAMPLES - 1);
  return Array.from({ length: SAMPLES }, (_, k) => Math.floor(k * step));
}

/** Votes of franc over samples: summed normalised scores per ISO 639-3 code. */
function francVotes(text: string, only: string[]): Map<string, number> {
  const votes = new Map<string, number>();
  for (const start of sampleStarts(text.length)) {
    const sample = text.slice(start, start + SAMPLE);
    for (const [code, score] of francAll(sample, { only, minLength: 20 })) {
      if (code === 'und') continue;
      votes.set(code, (votes.get(code) ?? 0) + score);
    }
  }
  return votes;
}

export function scriptInfo(text: string): { script: ScriptName | undefined; letters: number } {
  const starts = sampleStarts(text.length);
  const counts = new Map<ScriptName, number>();
  let letters = 0;
  for (const s of starts) {
    const c = countScripts(text, s, Math.min(text.length, s + SAMPLE));
    letters += c.letters;
    for (const [k, n] of c.counts) counts.set(k, (counts.get(k) ?? 0) + n);
  }
  return { script: dominantScript({ counts, letters }), letters };
}

/** Detects the document language, or takes the forced one. */
export function detectLanguage(text: string, forced?: string): LanguageInfo {
  const { script, letters } = scriptInfo(text);
  const scriptName = script ?? 'Other';
  if (forced) {
    return { code: forced, source: 'forced', confidence: 1, script: scriptName, supported: profileFor(forced) !== undefined };
  }
  const implied = script && SCRIPT_LANGUAGE[script];
  if (implied) {
    return { code: implied, source: 'detected', confidence: 0.9, script: scriptName, supported: profileFor(implied) !== undefined };
  }
  const candidates = PROFILES.filter((p) => p.script === script).map((p) => p.franc);
  const fallback = (script && SCRIPT_DEFAULT[script]) ?? 'und';
  if (candidates.length === 0 || letters < MIN_LETTERS) {
    return { code: fallback, source: 'default', confidence: 0, script: scriptName, supported: profileFor(fallback) !== undefined };
  }
  if (candidates.length === 1) {
    const only = profileForFranc(candidates[0])!;
    return { code: only.code, source: 'detected', confidence: 1, script: scriptName, supported: true };
  }
  const ranked = [...francVotes(text, candidates)].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) {
    return { code: fallback, source: 'default', confidence: 0, script: scriptName, supported: profileFor(fallback) !== undefined };
  }
  const [best, bestScore] = ranked[0];
  const second = ranked[1]?.[1] ?? 0;
  // franc's normalised scores sit close together (English 1, German 0.97 on an English page):
  // the relative margin over the runner-up is the signal; a margin of 5% counts as certain.
  const margin = 1 - second / bestScore;
  const confidence = Math.round(Math.min(1, margin / FULL_CONFIDENCE_MARGIN) * 100) / 100;
  const profile = profileForFranc(best)!;
  return { code: profile.code, source: 'detected', confidence, script: scriptName, supported: true };
}

export function isCased(info: LanguageInfo): boolean {
  return CASED_SCRIPTS.has(info.script as ScriptName);
}
