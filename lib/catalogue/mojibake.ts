// Mojibake: UTF-8 bytes decoded with a legacy single-byte code page ("é" → "Ã©", "’" → "â€™",
// "Привет" → "ÐŸÑ€Ð¸Ð²ÐµÑ‚" in Windows-1252 or "РџСЂРёРІРµС‚" in Windows-1251, "ř" → "Ĺ™" in
// Windows-1250). Found by re-encoding: a run of characters that maps back to bytes forming valid
// UTF-8 multi-byte sequences, decoding to characters that make sense, is mojibake, and the decoded
// text is the fix. Ordinary text almost never does this: a lead byte must be followed by exactly
// the right number of continuation bytes, which as Windows-1252 are symbols (€ ‚ „ … ™ © «…).
//
// Speed: a lookup table tells lead characters followed by continuation characters (rare outside
// mojibake); only there is anything decoded.

import { CLASS, K_LOWER, K_OTHER, K_UPPER, SCRIPT, SCRIPT_NAMES, isLetterClass } from './charclass.js';

const LATIN = SCRIPT_NAMES.indexOf('Latin');

interface CodePage {
  name: string;
  /** Code unit → byte (0x80..0xFF). */
  bytes: Map<number, number>;
  /** The script of the code page's own letters (SCRIPT index): Cyrillic for Windows-1251 and KOI8, Greek for Windows-1253. */
  script: number;
  /**
   * That script is not Latin: a lone pair decoding to a Latin character must touch Latin letters
   * ("speciГЎlnГ­", "MarchВ 23"), or it is a word of that script ("Гість", "В 2020 году" with a
   * no-break space, Greek "Ε… δεν").
   */
  nonLatin: boolean;
}

/**
 * Bytes 0x80..0xFF of each code page; bytes a code page leaves undefined decode to the C1 control
 * of the same number, as browsers and Latin-1 readers do.
 */
export const CP1252 =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿' +
  'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ';
const CP1250 =
  '€\u0081‚\u0083„…†‡\u0088‰Š‹ŚŤŽŹ\u0090‘’“”•–—\u0098™š›śťžź\u00a0ˇ˘Ł¤Ą¦§¨©Ş«¬\u00ad®Ż°±˛ł´µ¶·¸ąş»Ľ˝ľż' +
  'ŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢßŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ˙';
const CP1251 =
  'ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\u0098™љ›њќћџ\u00a0ЎўЈ¤Ґ¦§Ё©Є«¬\u00ad®Ї°±Ііґµ¶·ё№є»јЅѕї' +
  'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя';

/** ISO-8859-2: C1 controls where Windows-1250 has punctuation, other letters in 0xA0..0xBF, the same upper half. */
const ISO_8859_2 =
  Array.from({ length: 0x20 }, (_, k) => String.fromCharCode(0x80 + k)).join('') +
  '\u00a0Ą˘Ł¤ĽŚ§¨ŠŞŤŹ\u00adŽŻ°ą˛ł´ľśˇ¸šşťź˝žż' +
  CP1250.slice(0x40);
const CP1253 =
  '€\u0081‚ƒ„…†‡\u0088‰\u008a‹\u008c\u008d\u008e\u008f\u0090‘’“”•–—\u0098™\u009a›\u009c\u009d\u009e\u009f\u00a0΅Ά£¤¥¦§¨©ª«¬\u00ad®―°±²³΄µ¶·ΈΉΊ»Ό½ΎΏ' +
  'ΐΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡ\u00d2ΣΤΥΦΧΨΩΪΫάέήίΰαβγδεζηθικλμνξοπρςστυφχψωϊϋόύώ\u00ff';
const CP1257 =
  '€\u0081‚\u0083„…†‡\u0088‰\u008a‹\u008c¨ˇ¸\u0090‘’“”•–—\u0098™\u009a›\u009c¯˛\u009f\u00a0\u00a1¢£¤\u00a5¦§Ø©Ŗ«¬\u00ad®Æ°±²³´µ¶·ø¹ŗ»¼½¾æ' +
  'ĄĮĀĆÄÅĘĒČÉŹĖĢĶĪĻŠŃŅÓŌÕÖ×ŲŁŚŪÜŻŽßąįāćäåęēčéźėģķīļšńņóōõö÷ųłśūüżž˙';
/** KOI8-R; KOI8-U writes Ukrainian letters at eight of its box-drawing places (KOI8_U_LETTERS). */
const KOI8_R =
  '─│┌┐└┘├┤┬┴┼▀▄█▌▐░▒▓⌠■∙√≈≤≥\u00a0⌡°²·÷═║╒ё╓╔╕╖╗╘╙╚╛╜╝╞╟╠╡Ё╢╣╤╥╦╧╨╩╪╫╬©' +
  'юабцдефгхийклмнопярстужвьызшэщчъЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧЪ';
const KOI8_U_LETTERS: ReadonlyArray<[string, number]> = [['є', 0xa4], ['і', 0xa6], ['ї', 0xa7], ['ґ', 0xad], ['Є', 0xb4], ['І', 0xb6], ['Ї', 0xb7], ['Ґ', 0xbd]];
const MAC_ROMAN =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ' +
  '‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

/** A byte that U+FFFD replaced when the mojibake was made (Python's errors="replace"): decodable, not fixable. */
const LOST = 0xfffd;

/** Per code unit, bit k set: a lead character of CODE_PAGES[k] (only the leads each page watches). */
const LEADS = new Uint8Array(0x10000);
/** Per code unit, bit k set: a continuation character of CODE_PAGES[k]; U+FFFD stands for any. */
const CONTS = new Uint8Array(0x10000);
/** Per code unit, bit k set: a continuation character the scan watches for CODE_PAGES[k] (see CodePageOptions.byTrail). */
const TRAILS = new Uint8Array(0x10000);
let pages = 0;
/** The code units the scan stops at, listed (a scan of all 64K would cost a cold start). */
const LEAD_UNITS: number[] = [];

interface CodePageOptions {
  /**
   * The page's leads are the lowercase letters of a script (KOI8: "п", "я"), which the scan would
   * otherwise stop at on every other letter of a Russian text: it stops at the continuation
   * characters instead, those that are no letters (box drawing: "п÷я─п╦"), and looks one back.
   */
  byTrail?: boolean;
  /** More characters for some continuation bytes (KOI8-U's letters where KOI8-R draws boxes). */
  aliases?: ReadonlyArray<[string, number]>;
}

function codePage(name: string, table: string, leadBytes: number[], options: CodePageOptions = {}): CodePage {
  const bit = 1 << pages++;
  const bytes = new Map<number, number>();
  for (let b = 0x80; b <= 0xff; b++) bytes.set(table.charCodeAt(b - 0x80), b);
  for (const [c, b] of options.aliases ?? []) bytes.set(c.charCodeAt(0), b);
  // Latin-1 readers turn 0x80..0x9F into C1 controls: accept those for every code page.
  for (let b = 0x80; b <= 0x9f; b++) if (!bytes.has(b)) bytes.set(b, b);
  for (const [c, b] of bytes) {
    if (b > 0xbf) continue;
    CONTS[c] |= bit;
    if (options.byTrail && c !== LOST && !isLetterClass(CLASS[c])) {
      TRAILS[c] |= bit;
      LEAD_UNITS.push(c);
    }
  }
  CONTS[LOST] |= bit;
  for (const b of leadBytes) {
    LEADS[table.charCodeAt(b - 0x80)] |= bit;
    if (!options.byTrail) LEAD_UNITS.push(table.charCodeAt(b - 0x80));
  }
  // Its letters stand in its upper half: "а" in Windows-1251, "à" in Windows-1252.
  const script = SCRIPT[table.charCodeAt(0xe0 - 0x80)];
  return { name, bytes, script, nonLatin: script !== LATIN && script !== 0 };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);

const CODE_PAGES: readonly CodePage[] = [
  codePage('windows-1252', CP1252, range(0xc2, 0xf4)),
  // Central European: Czech "ř" → "Ĺ™", "ě" → "Ä›", Russian "п" → "Đż".
  codePage('windows-1250', CP1250, [...range(0xc2, 0xc5), 0xd0, 0xd1, 0xd2, 0xe2]),
  // The same read as ISO-8859-2 (Unix): "é" → "ĂŠ", "ą" → "Ä", "š" → "ĹĄ".
  codePage('iso-8859-2', ISO_8859_2, [...range(0xc2, 0xc5), 0xd0, 0xd1, 0xd2, 0xe2]),
  // Cyrillic: "п" → "Рї", "’" → "вЂ™", Czech "á" → "ГЎ"; the leads of Latin Extended, Cyrillic and punctuation.
  codePage('windows-1251', CP1251, [0xc2, 0xc3, 0xc4, 0xc5, 0xd0, 0xd1, 0xd2, 0xe2]),
  // Greek: "α" → "Ξ±", "é" → "Γ©", "п" → "Πї", "’" → "β€™".
  codePage('windows-1253', CP1253, [...range(0xc2, 0xc5), 0xce, 0xcf, 0xd0, 0xd1, 0xe2]),
  // Baltic: "é" → "Ć©", "ą" → "Ä…", "’" → "ā€™".
  codePage('windows-1257', CP1257, [...range(0xc2, 0xc5), 0xce, 0xcf, 0xd0, 0xd1, 0xe2]),
  // KOI8-R and KOI8-U (Russian and Ukrainian Unix): "п" → "п÷", "é" → "ц╘", "’" → "Б─≥".
  codePage('koi8-r', KOI8_R, range(0xc2, 0xf4), { byTrail: true, aliases: KOI8_U_LETTERS }),
  // Mac OS Roman: "é" → "√©", "ü" → "√º", "п" → "–ø", "א" → "◊ê", "’" → "‚Äô", "क" → "‡§ï".
  codePage('macintosh', MAC_ROMAN, [...range(0xc2, 0xc5), 0xce, 0xcf, 0xd0, 0xd1, 0xd7, 0xd8, 0xd9, 0xe0, 0xe1, 0xe2]),
];

export interface Mojibake {
  start: number;
  end: number;
  /** The code page the UTF-8 was read with. */
  encoding: string;
  /** The repaired text, or undefined when a byte was lost (U+FFFD) and it cannot be rebuilt. */
  repaired?: string;
  /**
   * One pair that ordinary text also writes: a letter no language in question uses ("KÉŽ" in
   * Czech capitals would be "KɎ"), one CJK character, a letter whose case does not fit its word
   * ("PÄŤDESIAT" in Slovak capitals would be "PčDESIAT"), a capital ending a word in capitals
   * before a quotation mark or dash ("GHIDATĂ”" in Romanian), or a letter of the script the code
   * page itself writes (Greek "«Ο»" read as Windows-1253 would be "«ϻ"). Such a run counts only
   * beside certain mojibake.
   */
  weak?: boolean;
}

/** How far certain mojibake on the same line vouches for a weak run. */
const COMPANY = 80;

/**
 * The characters mojibake may start with (then mayStartMojibake looks at the next one): the lead
 * characters of the code pages, and "Â"/"Ã" (see mayStartMojibake).
 */
export const MOJIBAKE_LEADS: readonly number[] = [...new Set([...LEAD_UNITS, 0xc2, 0xc3])];

/**
 * Where mojibake may start: a lead character followed by a continuation character of the same
 * code page, or a lone "Ã"/"Â" before a space (see below). Cheap enough for a whole-text scan.
 */
export function mayStartMojibake(c: number, next: number): boolean {
  return (LEADS[c] & CONTS[next]) !== 0 || ((c === 0xc2 || c === 0xc3) && next === 32);
}

/**
 * Where mojibake may start, seen from a character the scan stops at (MOJIBAKE_LEADS) at `i`: `i`
 * for a lead, one back for a continuation character that follows a lead of its page
 * (CodePageOptions.byTrail); -1 for neither.
 */
export function mojibakeStart(text: string, i: number): number {
  const c = text.charCodeAt(i);
  // The continuation test is made for every character, lead or not: the scan that calls this
  // can be compiled before a text's first lead that starts no mojibake (an "é" not followed by a
  // continuation character), and the test, never run by then, had no type feedback, so that
  // character threw the compiled scan away (and with it the function that inlines this one).
  const before = i - 1;
  const trails = i > 0 && (TRAILS[c] & LEADS[text.charCodeAt(before)]) !== 0;
  if (mayStartMojibake(c, text.charCodeAt(i + 1))) return i;
  return trails ? before : -1;
}

/**
 * Every mojibake run in the text, in order of position. `candidates` are the ascending positions
 * where mayStartMojibake holds (the encoding rules share one scan for them); found here if absent.
 */
export function findMojibake(text: string, candidates?: readonly number[]): Mojibake[] {
  const found = runsAt(text, candidates ?? scan(text));
  return found.some((run) => run.weak) ? found.filter((run, k) => !run.weak || vouched(text, found, k)) : found;
}

/**
 * The mojibake runs starting at `starts`, in order, none inside another. Returns right after its
 * loop: the loop is compiled while it runs (on-stack replacement), and code after it in the same
 * function, never run before, threw that code away on the way out.
 */
function runsAt(text: string, starts: readonly number[]): Mojibake[] {
  const found: Mojibake[] = [];
  let covered = -1;
  // An index loop: for-of made an iterator result per candidate where this ran before it was optimised.
  for (let j = 0; j < starts.length; j++) {
    const i = starts[j];
    if (i < covered) continue;
    const c = text.charCodeAt(i);
    let run: Mojibake | undefined;
    const bits = LEADS[c] & CONTS[text.charCodeAt(i + 1)];
    // The first code page that reads it as certain mojibake, else the first that reads it at all:
    // Dutch "ë" read as ISO-8859-2 is "Ă«", which as Windows-1250 would be a weak "Í".
    for (let k = 0; !(run && !run.weak) && k < CODE_PAGES.length; k++) {
      if (((bits >> k) & 1) === 0) continue;
      const read = decodeRun(text, i, CODE_PAGES[k]);
      if (read && (!run || !read.weak)) run = read;
    }
    run ??= lone(text, i);
    if (run) {
      found.push(run);
      covered = run.end;
    }
  }
  return found;
}

/** Whether certain (not weak) mojibake stands near the weak run `k`, on the same line. */
function vouched(text: string, runs: readonly Mojibake[], k: number): boolean {
  const run = runs[k];
  for (let j = k - 1; j >= 0 && run.start - runs[j].end <= COMPANY; j--) {
    if (!runs[j].weak) return !hasLineBreak(text, runs[j].end, run.start);
  }
  for (let j = k + 1; j < runs.length && runs[j].start - run.end <= COMPANY; j++) {
    if (!runs[j].weak) return !hasLineBreak(text, run.end, runs[j].start);
  }
  return false;
}

export function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

function scan(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const at = mojibakeStart(text, i);
    if (at >= 0 && out[out.length - 1] !== at) out.push(at);
  }
  return out;
}

/**
 * "à" and a no-break space are C3 A0 and C2 A0 in UTF-8: once the no-break space has become an
 * ordinary space, what is left is a lone "Ã" or "Â" before a space ("voilÃ  la", "50Â km").
 * Neither letter ends a word in any language, except in capitals ("SÃ O", Vietnamese "ĐÃ CHẶN"),
 * nor is a word of its own but as a capital before a lowercase word (Welsh "Â llaw", "with hand").
 */
function lone(text: string, i: number): Mojibake | undefined {
  const c = text.charCodeAt(i);
  if ((c !== 0xc2 && c !== 0xc3) || text.charCodeAt(i + 1) !== 32) return undefined;
  const before = i > 0 ? CLASS[text.charCodeAt(i - 1)] : K_OTHER;
  if (before === K_UPPER) return undefined;
  if ((i === 0 || isSpaceOrLineStart(text.charCodeAt(i - 1))) && CLASS[text.charCodeAt(i + 2)] === K_LOWER) return undefined;
  // "Ã " was "à" + no-break space; "Â " was the no-break space alone.
  return c === 0xc3 ? { start: i, end: i + 2, encoding: 'windows-1252', repaired: 'à\u00a0' } : { start: i, end: i + 1, encoding: 'windows-1252', repaired: '' };
}

/** Decodes the longest run of UTF-8 sequences starting at `start`; undefined if it is not mojibake. */
function decodeRun(text: string, start: number, page: CodePage): Mojibake | undefined {
  let i = start;
  let out = '';
  let sequences = 0;
  let lost = false;
  let strong = false; // "â€™", "ðŸ˜€": never by chance
  let wide = false; // a letter of another script than Latin (Greek, Cyrillic, CJK…)
  let latin = false; // a Latin letter or a symbol
  let first = 0; // the first code point decoded
  let script = 0; // of the letters decoded so far
  let spaced = page.nonLatin; // every pair so far a letter of the page's script and a no-break space
  while (i < text.length) {
    const lead = page.bytes.get(text.charCodeAt(i));
    if (lead === undefined || lead < 0xc2 || lead > 0xf4) break;
    const n = lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : 3;
    let cp = lead & (n === 1 ? 0x1f : n === 2 ? 0x0f : 0x07);
    let ok = true;
    let hole = false;
    for (let k = 1; k <= n; k++) {
      const c = text.charCodeAt(i + k);
      if (c === LOST) {
        hole = true;
        continue;
      }
      const b = page.bytes.get(c);
      if (b === undefined || b > 0xbf) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (b & 0x3f);
    }
    if (!ok) break;
    if (n !== 1 || text.charCodeAt(i + 1) !== 0xa0 || SCRIPT[text.charCodeAt(i)] !== page.script) spaced = false;
    if (!hole) {
      if (!plausible(cp, lead)) break;
      // One word's letters are of one script: "РІШІ" (Ukrainian capitals) is not "в" and Arabic "ز".
      const letterScript = cp < 0x10000 && isLetterClass(CLASS[cp]) ? SCRIPT[cp] : 0;
      if (letterScript !== 0 && script !== 0 && letterScript !== script) break;
      if (letterScript !== 0) script = letterScript;
      // Punctuation and symbols in three bytes and emoji in four are proof; letters of other
      // scripts (two-byte Cyrillic, three-byte CJK) need company.
      if (n === 3 || (n === 2 && cp >= 0x2000 && cp < 0x2800)) strong = true;
      else if (cp >= 0x370) wide = true;
      else latin = true;
      if (sequences === 0) first = cp;
      out += String.fromCodePoint(cp);
    } else lost = true;
    sequences++;
    i += n + 1;
  }
  if (sequences === 0) return undefined;
  const before = CLASS[text.charCodeAt(start - 1)];
  const after = CLASS[text.charCodeAt(i)];
  const wholeWord = !isLetterClass(before) && !isLetterClass(after);
  // Latin letters and symbols inside a word of another script are that script's letters
  // ("ВІДІ" in Ukrainian capitals would read "²Ĳ").
  if (latin && (foreignLetter(text.charCodeAt(start - 1)) || foreignLetter(text.charCodeAt(i)))) return undefined;
  // A one-letter word of the code page's own script and the no-break space that binds it to the
  // next word, as Russian typesetting binds prepositions ("в\u00a01998 году", "В\u00a0JavaScript"):
  // as KOI8-R or Windows-1251 bytes the pair is a valid sequence ("ך", a no-break space), but
  // it is a word. Mojibake of a no-break space is glued to the word before it ("MarchВ\u00a023").
  if (sequences === 1 && !strong && page.nonLatin && !isLetterClass(before) && text.charCodeAt(start + 1) === 0xa0 && SCRIPT[text.charCodeAt(start)] === page.script) {
    return undefined;
  }
  // Letter-spaced emphasis (Russian razryadka, German Sperrsatz: "С\u00a0е\u00a0м\u00a0е\u00a0н", a
  // speaker's name in a play) writes each letter of the word and a no-break space: as KOI8-R or
  // Windows-1251 bytes every pair is a valid sequence ("ϚΚ"), but a word of them is the page's own
  // script spaced out. Mojibake of a real word mixes continuation bytes; it is not one no-break
  // space after every letter.
  if (spaced && sequences > 1) return undefined;
  if (sequences === 1 && !strong) {
    // One pair proves little unless it is a word of its own ("Ð² течение" for "в течение") or,
    // decoding to a Latin letter, sits in a Latin word ("cafÃ©").
    if (wide || lost) {
      if (!wholeWord && !(lost && !page.nonLatin && (isLetterClass(before) || isLetterClass(after)))) return undefined;
    } else if (page.nonLatin && SCRIPT[text.charCodeAt(start - 1)] !== LATIN && SCRIPT[text.charCodeAt(i)] !== LATIN) {
      return undefined;
    }
  }
  let repaired = lost ? undefined : out;
  // Mojibake of mojibake ("ÃƒÂ©"): decode again while the result is itself one whole, certain run.
  for (let round = 0; repaired && round < 2; round++) {
    const again = decodeRun(repaired, 0, page);
    if (!again || again.weak || again.end !== repaired.length || again.repaired === undefined) break;
    repaired = again.repaired;
  }
  const weak =
    sequences === 1 &&
    !strong &&
    !lost &&
    ((!wide && !commonLatin(first)) ||
      first >= 0x800 ||
      (page.nonLatin && script === page.script) ||
      // A letter of another script as a word of its own ("Ð² течение" for "в течение") stands
      // beside words of that script; read from a mark that ordinary text glues to a word, among
      // words of other scripts, it is a pair ordinary text writes (a dash typeset without spaces
      // before an accented word: "—é" is "ю" as macintosh).
      (wide && wholeWord && !isLetterClass(CLASS[text.charCodeAt(start)]) && !besideScript(text, start, i, script)) ||
      (isClosingMark(text.charCodeAt(start + 1)) && !isLetterClass(after) && CLASS[text.charCodeAt(start - 1)] === K_UPPER) ||
      !caseFits(text, start, i, first) ||
      // At a word's start, before more letters: an ordinal indicator (see isOrdinalIndicator), or a
      // letter and an apostrophe, an elision ("Ç’ka", Albanian; "Ç’a été", French).
      (!isLetterClass(before) && isLetterClass(after) && (isOrdinalIndicator(first) || text.charCodeAt(start + 1) === 0x2019)));
  return { start, end: i, encoding: page.name, repaired, ...(weak ? { weak } : {}) };
}

/** How many characters that are no letters may part a word from the one beside it (a space, a quotation mark, a dash). */
const NEIGHBOUR_GAP = 3;

/** Whether the nearest letter before text[start, end) or after it, on its line and NEIGHBOUR_GAP away at most, is of `script`. */
function besideScript(text: string, start: number, end: number, script: number): boolean {
  for (let i = end; i < text.length && i - end <= NEIGHBOUR_GAP && !isLineBreak(text.charCodeAt(i)); i++) {
    const c = text.charCodeAt(i);
    if (isLetterClass(CLASS[c])) {
      if (SCRIPT[c] === script) return true;
      break;
    }
  }
  for (let i = start - 1; i >= 0 && start - 1 - i <= NEIGHBOUR_GAP && !isLineBreak(text.charCodeAt(i)); i--) {
    const c = text.charCodeAt(i);
    if (isLetterClass(CLASS[c])) return SCRIPT[c] === script;
  }
  return false;
}

const isLineBreak = (c: number) => c === 10 || c === 13;

/**
 * Latin letters that the languages of mojibake's victims write: Latin-1 and Latin Extended-A,
 * Romanian Ș ș Ț ț, Vietnamese Ơ ơ Ư ư, pinyin ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ, ƒ (and Latin-1 symbols such as ° ©).
 */
function commonLatin(cp: number): boolean {
  return (cp >= 0xa0 && cp < 0x180) || (cp >= 0x218 && cp <= 0x21b) || (cp >= 0x1cd && cp <= 0x1dc) || cp === 0x1a0 || cp === 0x1a1 || cp === 0x1af || cp === 0x1b0 || cp === 0x192;
}

/**
 * Whether the decoded letter's case fits its word: not lowercase inside capitals ("PÄŤDESIAT",
 * Slovak, would read "PčDESIAT"), not a capital after a lowercase letter.
 */
function caseFits(text: string, start: number, end: number, cp: number): boolean {
  const k = cp < 0x10000 ? CLASS[cp] : K_OTHER;
  const before = CLASS[text.charCodeAt(start - 1)];
  if (k === K_UPPER) return before !== K_LOWER;
  if (k !== K_LOWER || before !== K_UPPER) return true;
  return CLASS[text.charCodeAt(end)] !== K_UPPER && CLASS[text.charCodeAt(start - 2)] !== K_UPPER;
}

/**
 * "º" and "ª" follow a number ("1º", "n.º"), never open a word: at a word's start, the pair that
 * would read as one is letters of the word ("Âşık", Turkish, read as Windows-1250).
 */
function isOrdinalIndicator(cp: number): boolean {
  return cp === 0xba || cp === 0xaa;
}

/**
 * Marks that follow a word: closing quotation marks, dashes and the ellipsis (Windows-1252 0x85,
 * 0x91–0x97, 0xAB, 0xBB), not the low marks that open a quotation (‚ „).
 */
function isClosingMark(c: number): boolean {
  return c === 0x2026 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2013 || c === 0x2014 || c === 0xab || c === 0xbb;
}

/** A letter of a cased script other than Latin (Cyrillic, Greek…). */
function foreignLetter(c: number): boolean {
  return isLetterClass(CLASS[c]) && SCRIPT[c] !== LATIN && SCRIPT[c] !== 0;
}

/** Code points that UTF-8 mojibake plausibly hides: letters, punctuation, symbols, CJK, emoji. */
function plausible(cp: number, lead: number): boolean {
  // Overlong forms and surrogates are not UTF-8.
  if ((lead === 0xe0 && cp < 0x800) || (lead === 0xf0 && cp < 0x10000) || (cp >= 0xd800 && cp < 0xe000) || cp > 0x10ffff) return false;
  if (cp < 0xa0) return false; // C1 controls
  if (cp < 0x250) return true; // Latin-1 and Latin Extended
  if (cp >= 0x370 && cp < 0x400) return true; // Greek
  if ((cp >= 0x400 && cp < 0x460) || cp === 0x490 || cp === 0x491) return true; // modern Cyrillic
  if (cp >= 0x531 && cp < 0x58b) return true; // Armenian
  if (cp >= 0x5d0 && cp < 0x5eb) return true; // Hebrew letters
  if (cp >= 0x620 && cp < 0x64b) return true; // Arabic letters
  if (cp >= 0x900 && cp < 0x980) return true; // Devanagari
  if (cp >= 0xe01 && cp < 0xe5c) return true; // Thai
  if (cp >= 0x10a0 && cp < 0x1100) return true; // Georgian
  if (cp >= 0x1e00 && cp < 0x1f00) return true; // Latin Extended Additional (Vietnamese)
  // Punctuation, currency, letter-like symbols, arrows, mathematics, shapes, dingbats (not Braille)
  if (cp >= 0x2000 && cp < 0x2800) return true;
  if (cp >= 0x3000 && cp < 0xa000) return true; // CJK
  if (cp >= 0xac00 && cp < 0xd7b0) return true; // Hangul
  if (cp >= 0xff00 && cp < 0xfff0) return true; // full-width forms
  return cp >= 0x1f000; // emoji
}

/** A space or a line break: what stands before a word that opens a sentence or a line. */
function isSpaceOrLineStart(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}
