// Judgements about the words after a boundary and about a paragraph's capitalisation habit,
// shared by the segmentation rules.

import { INTERNET_SLANG } from '../languages/international.js';
import { codePointWidth, isCloser, isDigit, isInlineSpace, isLetterAt, isLetterOrMarkAt, isLowerAt, isLowSurrogate, isOpener, isUpperAt, isWordCharAt, letterOrMarkRunEnd } from '../text/chars.js';
import { CASED_SCRIPTS, scriptOf } from '../text/script.js';
import { charactersIn } from '../catalogue/charclass.js';
import type { Lexicon } from './lexicon.js';
import { countWords, isVowel, isWholeWord, looksAbbreviated, nextWord, separatesCells, type BoundaryScan, type NextWord, type Paragraph } from './boundaries.js';
import { lazyRegExp } from '../text/lazy-regexp.js';

/**
 * Words whose lowercase start proves nothing: lowercase on purpose (listed chat words and brands,
 * names the document itself writes in lowercase throughout, an agency byline signing the paragraph, a citation such as "ibid"), mixed case (iPhone, eBay,
 * xVASynth), words in another script than the document's (a Latin "s r. o." in Ukrainian text),
 * or not words at all (URLs, handles, paths, "no." after "parc.": a chain of abbreviations).
 */
export function isDeliberateLowercase(text: string, w: NextWord, scan: Pick<BoundaryScan, 'lexicon' | 'script' | 'lowercaseNames'>, paraEnd: number): boolean {
  const lex = scan.lexicon;
  const word = text.slice(w.start, w.end);
  const folded = word.toLowerCase();
  if (lex.lowercaseWords.has(folded) || scan.lowercaseNames.has(word) || (lex.citations.has(folded) && !lex.functionWords.has(folded))) return true;
  if (lex.bylines.has(folded) && signsParagraph(text, w.tokenEnd, paraEnd)) return true;
  if (lex.properNounApostrophe && hasSuffixApostrophe(text, w.start, w.end)) return true;
  // Laughter ("hahaha", "jajaja") and a sound drawn out at its end ("hummmmm", "nooo"): spelt as
  // the writer hears them, in any language; no word that lost its capital ("Schifffahrt" is spelling).
  if (word.length >= 3 && (laughs(word) || endsDrawnOut(word))) return true;
  for (let i = w.start + 1; i < w.end; i++) {
    if (isDigit(text.charCodeAt(i)) && coinedAt(text, i, w.end)) return true;
    if (!isUpperAt(text, i)) continue;
    // A noun-class prefix before a name (Zulu "uKim", "e-Newport"), unless the capital is a
    // brand's; after a title it is the name the title goes with ("uMnu. u-Adams", Mr Adams).
    if (!prefixesNames(text, w.start, i) || followsTitle(text, w.start)) return true;
    break;
  }
  const script = scriptOf(text.charCodeAt(w.start));
  if (script !== undefined && script !== scan.script && CASED_SCRIPTS.has(scan.script)) return true;
  // "표시합니다. true로 설정", "hexo. instance จะประกอบ": a term opening a sentence written in a
  // script without case keeps its own spelling; the letter case there tells nothing.
  if (goesOnUncased(text, w.end, paraEnd)) return true;
  // "a) ein Haus bauen", "x(0) sei ihr Fixpunkt": a list label or a formula, not a word.
  const after = text.charCodeAt(w.end);
  if ((after === 41 && charactersIn(text, w.start, w.end) <= 2) || after === 40) return true;
  // The token without its trailing punctuation, read in place (nearly every token is a plain word).
  let bareEnd = w.tokenEnd;
  while (bareEnd > w.start && isTrailingPunctuation(text.charCodeAt(bareEnd - 1))) bareEnd--;
  if (hasPathCharacter(text, w.start, bareEnd) || (hasPeriod(text, w.start, bareEnd) && dottedName(text.slice(w.start, bareEnd), lex))) return true;
  if (isKeyName(text, w.start, bareEnd)) return true;
  // The token's own length first: a read past its end (a word with nothing after it) deoptimised this function.
  if (w.tokenEnd > w.end && text.charCodeAt(w.end) === 46) {
    // "n." "p." "pp.": a one- or two-letter abbreviation is a citation or unit, not a sentence start
    // (but a two-letter word of the language, German "an.", is a stranded fragment); so is a
    // vowel-less abbreviation ("aanw. vnw.").
    if (word.length === 1) return !isStrandedLetter(text, w, paraEnd);
    if (word.length === 2 && !lex.functionWords.has(folded)) return true;
    if (!lex.functionWords.has(folded) && looksAbbreviated(word, lex)) return true;
  }
  // A handle followed by a timestamp is a forum or comment signature ("liverbird yesterday, 19:06").
  // Every form of it has a digit: most words have none within reach, and need no slice and regex.
  const reach = Math.min(text.length, w.tokenEnd + TIMESTAMP_REACH);
  if (!lex.functionWords.has(folded) && hasDigit(text, w.tokenEnd, reach) && TIMESTAMP().test(text.slice(w.tokenEnd, reach))) return true;
  return false;
}

/**
 * Fewest distinct capitalised stems the document writes after one lowercase prefix inside its
 * sentences for the prefix to be grammar, not a brand's spelling: an English text about Apple
 * writes a dozen at most (iPhone, iPad, iMac, iCloud, iTunes…); 440 paragraphs of Zulu news write
 * "u-" before 197 (uKim, u-Hazard), Xhosa "e" (locative) before 150 (eNewport), Shona "mu" before 144.
 */
const PREFIX_STEMS = 20;
/** Longest lowercase prefix before a capital read as a noun-class prefix ("zase", "kwi", "ngo"). */
const PREFIX_MAX_LENGTH = 5;
/**
 * Prefixes a document is asked about one at a time, each by a search of the text for it, before
 * all of its productive prefixes are learnt in one pass instead (productivePrefixes): a document
 * asks about one or two ("eBay" in 10 MB of long mixed paragraphs, 9 times), and a search for
 * " e" cost next to nothing where the pass over every space cost 1,180 M instructions (15 % of
 * the whole check); the bound keeps a document asking about a new prefix in every sentence linear.
 */
const PREFIXES_ASKED_ALONE = 8;
/** What the last document was asked (one check reads one document; a single entry suffices). */
let prefixCache: { text: string; asked: Map<string, boolean>; all: ReadonlySet<string> | undefined } | undefined;

/**
 * Whether the capital at `upper` inside the word from `start` follows a lowercase prefix that the
 * document puts before PREFIX_STEMS or more distinct capitalised stems inside its sentences: a
 * noun-class prefix of a Bantu language (Zulu, Xhosa, Swati, Ndebele "u", "e", "i-", "ku-";
 * Shona "mu", "ku"), part of the word, which takes the sentence's capital on the prefix ("UKim
 * wafika."). A word so written after a sentence end is then a lowercase word like any other,
 * not a name spelt with an inner capital (iPhone, eBay). Learnt from the whole document when a
 * word with an inner capital is first asked about (isProductivePrefix).
 */
function prefixesNames(text: string, start: number, upper: number): boolean {
  const length = upper - start;
  if (length > PREFIX_MAX_LENGTH + 1 || !isLowerAt(text, start)) return false;
  for (let i = start; i < upper; i++) if (!isLowerAt(text, i) && !(i === upper - 1 && text.charCodeAt(i) === 45)) return false;
  if (!isLowerAt(text, upper + 1)) return false;
  return isProductivePrefix(text, text.slice(start, upper));
}

/** Whether the text puts `prefix` (lowercase letters and perhaps a hyphen: see prefixesNames) before PREFIX_STEMS distinct capitalised stems or more. */
function isProductivePrefix(text: string, prefix: string): boolean {
  if (prefixCache?.text !== text) prefixCache = { text, asked: new Map(), all: undefined };
  const cache = prefixCache;
  if (cache.all) return cache.all.has(prefix);
  let productive = cache.asked.get(prefix);
  if (productive !== undefined) return productive;
  if (cache.asked.size >= PREFIXES_ASKED_ALONE) {
    cache.all = productivePrefixes(text);
    return cache.all.has(prefix);
  }
  productive = (prefix.endsWith('-') ? prefix.length - 1 : prefix.length) <= PREFIX_MAX_LENGTH && stemsAfter(text, prefix) >= PREFIX_STEMS;
  cache.asked.set(prefix, productive);
  return productive;
}

/**
 * How many distinct capitalised stems the text writes after `prefix` where productivePrefixes
 * counts them: after a space that follows a lowercase letter or a comma. The prefix is of whole
 * code units (prefixesNames takes no surrogate pair), so its length is its count of letters; a
 * capital right after it ends its run of lowercase letters, so it is the whole prefix there, as
 * productivePrefixes reads it. Found by a regular expression without Unicode classes (lowercase
 * letters and a hyphen are no syntax), which passes over the text in machine code and stops only
 * where an ASCII capital or a character past ASCII follows: the same search by indexOf stopped at
 * every word starting so (" e" in 10 MB of long mixed paragraphs: 138 -> 82 M instructions).
 */
function stemsAfter(text: string, prefix: string): number {
  const stems = new Set<string>();
  const candidate = new RegExp(` ${prefix}[A-Z\u0080-\uffff]`, 'g');
  candidate.lastIndex = 1;
  for (let m = candidate.exec(text); m !== null && stems.size < PREFIX_STEMS; m = candidate.exec(text)) {
    const space = m.index;
    if (!followsLowercaseOrComma(text, space)) continue;
    const stemStart = space + 1 + prefix.length;
    const stemEnd = capitalisedStemEnd(text, stemStart);
    if (stemEnd !== -1) stems.add(text.slice(stemStart, stemEnd));
  }
  return stems.size;
}

/** Whether the space at `space` follows a comma or a lowercase letter (the whole code point before it). */
function followsLowercaseOrComma(text: string, space: number): boolean {
  const before = text.charCodeAt(space - 1);
  return before === 44 || isLowerAt(text, isLowSurrogate(before) && space >= 2 ? space - 2 : space - 1);
}

/** The end of a capital and one or more lowercase letters from `i` ("Kim" of "uKim"), or -1. */
function capitalisedStemEnd(text: string, i: number): number {
  if (i >= text.length || !isUpperAt(text, i)) return -1;
  i += codePointWidth(text, i);
  const lower = i;
  while (i < text.length && isLowerAt(text, i)) i += codePointWidth(text, i);
  return i === lower ? -1 : i;
}

/**
 * Whether the word before `start` is a short capitalised stem with a period, bare or after a
 * prefix ("Mnu.", "UMnu.", "uMfu.", "Dr."; the stem from the word's last capital): no whole word
 * (isWholeWord) or clipped, so a title abbreviated before a name, not the end of a sentence
 * ("ngoMgqibelo. u-Pompeo" is one: Saturday, whole).
 */
function followsTitle(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && isInlineSpace(text.charCodeAt(i - 1))) i--;
  if (text.charCodeAt(i - 1) !== 46) return false;
  const end = i - 1;
  let from = end;
  while (from > 0 && isLetterAt(text, from - 1)) from--;
  let upper = end;
  while (upper > from && !isUpperAt(text, upper - 1)) upper--;
  if (upper === from) return false;
  upper--;
  // The stem from its capital: too short for a word, or clipped in a consonant as titles are ("Gqirh.", Dr).
  return !isWholeWord(text, upper, end) || (end - upper <= TITLE_MAX_LENGTH && !isVowel(text.charCodeAt(end - 1)));
}

/** Longest stem taken for a title clipped in a consonant ("Gqirh." gqirha, doctor). */
const TITLE_MAX_LENGTH = 5;

/**
 * The lowercase prefixes the text writes before PREFIX_STEMS distinct capitalised stems or more
 * (see prefixesNames): a prefix of 1 to PREFIX_MAX_LENGTH lowercase letters (and a hyphen) and a
 * capital and lowercase letters after it, at a word's start inside a sentence, after a lowercase
 * letter or a comma and a space. Read space by space in code: the same search as one regular
 * expression with a lookbehind (Unicode properties tried at every position of the text) cost
 * 260 ms on 10 MB, a fifth of the whole check of long mixed paragraphs.
 */
function productivePrefixes(text: string): ReadonlySet<string> {
  const stems = new Map<string, Set<string>>();
  const productive = new Set<string>();
  for (let space = text.indexOf(' ', 1); space !== -1; space = text.indexOf(' ', space + 1)) {
    if (!followsLowercaseOrComma(text, space)) continue;
    const start = space + 1;
    let i = start;
    let letters = 0;
    while (letters <= PREFIX_MAX_LENGTH && i < text.length && isLowerAt(text, i)) {
      i += codePointWidth(text, i);
      letters++;
    }
    if (letters === 0 || letters > PREFIX_MAX_LENGTH) continue;
    if (text.charCodeAt(i) === 45) i++;
    const prefixEnd = i;
    const stemEnd = capitalisedStemEnd(text, prefixEnd);
    if (stemEnd === -1) continue;
    const prefix = text.slice(start, prefixEnd);
    if (productive.has(prefix)) continue;
    let seen = stems.get(prefix);
    if (!seen) stems.set(prefix, (seen = new Set()));
    seen.add(text.slice(prefixEnd, stemEnd));
    if (seen.size >= PREFIX_STEMS) productive.add(prefix);
  }
  return productive;
}

/**
 * Whether the digits from `i` sit between letters of one word ("word2vec", "seq2seq", "i18n"): a
 * coined name, written as coined; not digits at its end ("windows11", "m3"), which a word of the
 * language can carry and still lose its capital.
 */
function coinedAt(text: string, i: number, end: number): boolean {
  if (!isLetterAt(text, i - 1)) return false;
  let j = i;
  while (j < end && isDigit(text.charCodeAt(j))) j++;
  return j < end && isLetterAt(text, j);
}

/** How far after a word goesOnUncased looks: the next two or three words. */
const UNCASED_REACH = 24;

/**
 * Whether the clause a word opens goes on, close by, in a script without case (Hangul, Thai, Han,
 * Kana): "folder Scaffold เมื่อคุณ" is a Thai sentence with its terms in Latin letters.
 */
function goesOnUncased(text: string, from: number, paraEnd: number): boolean {
  const end = Math.min(paraEnd, from + UNCASED_REACH);
  for (let i = from; i < end; i++) {
    const script = scriptOf(text.charCodeAt(i));
    if (script !== undefined && script !== 'Other' && !CASED_SCRIPTS.has(script)) return true;
    // The clause ends at a sentence mark.
    if (script === undefined && isSentenceMark(text.charCodeAt(i))) return false;
  }
  return false;
}

/**
 * Whether text[start, end) has an apostrophe between letters ("npm'den", "node’un"): in a language
 * that sets a proper noun's suffixes off with one (Language.properNounApostrophe), the word is a name.
 */
function hasSuffixApostrophe(text: string, start: number, end: number): boolean {
  for (let i = start + 1; i < end - 1; i++) {
    const c = text.charCodeAt(i);
    if ((c === 39 || c === 0x2019) && isLetterAt(text, i - 1) && isLetterAt(text, i + 1)) return true;
  }
  return false;
}

/** What a token may end with that is not part of it: . , ; : ! ? ) " ' ” ’ » */
function isTrailingPunctuation(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb;
}

/** Whether text[start, end) holds a character of URLs, handles, hashtags, paths or identifiers ("@", "/", "\\", "#", "_"). */
function hasPathCharacter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 64 || c === 47 || c === 92 || c === 35 || c === 95) return true;
  }
  return false;
}

function isSentenceMark(c: number): boolean {
  return c === 46 || c === 33 || c === 63;
}

/**
 * Whether text[start, end) names a key rather than a word: a last part of one letter after a
 * hyphen ("ctrl-a", "alt-f"). (Letters with digits are not: "windows11" and "m3," lost their
 * place or capital as words do.)
 */
function isKeyName(text: string, start: number, end: number): boolean {
  return end - start > 2 && text.charCodeAt(end - 2) === 45 && isWordCharAt(text, end - 1) && !isDigit(text.charCodeAt(end - 1));
}

function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}

function hasPeriod(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 46) return true;
  return false;
}

/** A period and the word after it, in a token. */
const DOTTED_WORD = lazyRegExp(String.raw`\.(\p{L}+)`, 'gu');

/**
 * Whether a token joins words with a period as names do ("gazeta.ru", "Node.js", "e.g"): not when
 * the word after the period opens a sentence ("the.The", "over.We"), a sentence glued to this one
 * that the missing-space fix will part.
 */
function dottedName(token: string, lex: Lexicon): boolean {
  for (const m of token.matchAll(DOTTED_WORD())) {
    const word = m[1];
    const folded = word.toLowerCase();
    const opener = word !== folded && word.slice(1) === folded.slice(1) && (lex.functionWords.has(folded) || lex.sentenceStarters.has(folded));
    if (!opener) return true;
  }
  return false;
}

/**
 * A lone letter with a period between two sentences ("… in Munich. n. The player has"): not a list
 * label (those start at "a" or "i", or follow the letter before them: "… a. … b. The second"), nor
 * a citation or unit (a number or an abbreviation follows: "p. 5", "s. Abb. 3", "v. Chr.").
 */
function isStrandedLetter(text: string, w: NextWord, paraEnd: number): boolean {
  const letter = text.charAt(w.start).toLowerCase();
  if (letter === 'a' || letter === 'i' || letter === '\u0430') return false;
  // After another lone letter, it is a part of a spaced abbreviation ("k. ú. Kamýk", "s. r. o.").
  let j = w.start;
  while (j > 0 && !isWordCharAt(text, j - 1)) j--;
  if (j < 2 || !isWordCharAt(text, j - 2)) return false;
  let i = w.tokenEnd;
  while (i < paraEnd && isInlineSpace(text.charCodeAt(i))) i++;
  if (i >= paraEnd || !isUpperAt(text, i)) return false;
  let e = i;
  while (e < paraEnd && isWordCharAt(text, e)) e++;
  if (e - i < 2 || text.charCodeAt(e) === 46) return false;
  const label = `${String.fromCharCode(letter.charCodeAt(0) - 1)}.`;
  const before = text.slice(Math.max(0, w.start - 400), w.start).toLowerCase();
  return !(before.startsWith(`${label} `) || before.includes(` ${label} `) || before.includes(`(${label} `));
}

/**
 * Whether what follows a byline up to the end of its paragraph is at most a short signature
 * ("dpa", "dpa/tmn", "(dpa)", "AFP/dpa mb").
 */
function signsParagraph(text: string, from: number, paraEnd: number): boolean {
  if (paraEnd - from > 16) return false;
  let words = 0;
  let inWord = false;
  for (let i = from; i < paraEnd; i++) {
    const w = isWordCharAt(text, i);
    if (w && !inWord && ++words > 2) return false;
    inWord = w;
  }
  return true;
}

/** How far after a word its timestamp is looked for. */
const TIMESTAMP_REACH = 24;
const TIMESTAMP = lazyRegExp(String.raw`^\s+(?:[\p{L}\p{M}]+,?\s+)?(?:\d{1,2}:\d{2}|\d{1,2}\.?\s+(?:\p{L}\p{M}*){3,9}\.?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{2,4})`, 'u');

/**
 * Whether the sentence text[from, to) opens with a dialogue dash: a hyphen or an en dash before a
 * space ("- Hvad så?", "– Kas tai?"), an em dash ("—¿Vienes?", "— Ура!"), or the em dash typed as
 * two hyphens, as Project Gutenberg's plain texts and typewritten copy have it ("--Je vous ai
 * répondu", "-- Oui."): before a space or a capital, not a third hyphen or an option ("--help").
 */
export function opensWithDialogueDash(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isInlineSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  if (c === 45 && text.charCodeAt(i + 1) === 45) {
    const next = text.charCodeAt(i + 2);
    // ¿ ¡, and _ (the italics of plain text: "--_Cedant arma togae_, dit-il")
    return isInlineSpace(next) || isUpperAt(text, i + 2) || isOpener(next) || next === 0xbf || next === 0xa1 || next === 95;
  }
  return c === 0x2014 || ((c === 45 || c === 0x2013) && isInlineSpace(text.charCodeAt(i + 1)));
}

export type CaseStyle = 'capitalised' | 'lowercase';

/** "1.", "12)", "a.", "iv)": not "the. " (a word of three letters is no label). */
const ITEM_NUMBER_SOURCE = String.raw`(?:\d{1,3}|\p{L}\p{M}*|[ivxlcdm]{1,5})[.)]\s+`;
export const ITEM_NUMBER = lazyRegExp(ITEM_NUMBER_SOURCE, 'uy');
/** An item's number or a bullet ("- "). */
const LIST_LABEL = lazyRegExp(String.raw`${ITEM_NUMBER_SOURCE}|[-*•–—]\s+`, 'uy');
/** How every LIST_LABEL opens: a token (no white space) ending in its "." or ")", or a bullet, then white space. */
const LIST_LABEL_OPENING = /\S*[.)*•–—-]\s/y;

/**
 * Whether a paragraph writes its sentences in lowercase on purpose (chat, social posts, forum
 * replies, transcripts). Either by habit: it starts in lowercase and no sentence in it starts with
 * a capital, or most of its sentence starts are lowercase (at least three). Or by register: it
 * reads as informal (see `informalRegister`) and its lowercase sentence starts are not outnumbered
 * by capitalised ones after its first word (which machine translation capitalises: "Omg. no way 😂").
 * A paragraph that starts in lowercase (a segment cut from a longer text) but capitalises its other
 * sentences is not informal, nor is a press release with one lowercase start. List labels ("c.",
 * "4)") at the start are skipped and the word after them proves nothing (legal items start lowercase).
 * A `turn` of a thread (see speakerTurns) that starts in lowercase and never capitalises is its
 * writer's habit: the thread is the sign of register a lone paragraph must show.
 */
export function paragraphStyle(text: string, scan: BoundaryScan, p: Paragraph, turn = false): CaseStyle {
  let i = p.start;
  // A chat log's speaker ("<weasel> icq ist nett. ist so das irc"): the message starts after it.
  const speakerEnd = stickyEnd(CHAT_SPEAKER, CHAT_SPEAKER_OPENING, text, i);
  // A post's addressees or the retweet mark ("RT @user: comunichiamo!", "@anna @bo ok"): the same.
  const addresseesEnd = speakerEnd < 0 ? stickyEnd(ADDRESSEES, ADDRESSEES_OPENING, text, i) : -1;
  if (speakerEnd >= 0) i = speakerEnd;
  else if (addresseesEnd >= 0) i = addresseesEnd;
  while (i < p.end && (isInlineSpace(text.charCodeAt(i)) || isOpener(text.charCodeAt(i)))) i++;
  const labelled = stickyEnd(LIST_LABEL, LIST_LABEL_OPENING, text, i) >= 0;
  let upper = 0;
  let lower = 0;
  let startsLower = false;
  let startsUpper = false;
  /** The paragraph opens with an interjection in lowercase ("ähm … also", "eh… bueno", "ну, короче"): speech or chat. */
  let opensSpoken = false;
  if (!labelled && i < p.end && isWordCharAt(text, i)) {
    const w = nextWord(text, i, p.end);
    if (w && !isDeliberateLowercase(text, w, scan, p.end)) {
      if (isLowerAt(text, i)) startsLower = true;
      else if (isUpperAt(text, i)) startsUpper = true;
      const first = text.slice(w.start, w.end);
      // Not one that is also a function word (Russian "о", "about", lists as "oh" too).
      opensSpoken = startsLower && isInterjection(first, scan.lexicon) && !scan.lexicon.functionWords.has(first.toLowerCase());
    }
  }
  const { boundaries } = scan;
  // At most this many sentences start in lowercase, asked of the columns (the words are read
  // below): once the capitals counted outnumber them the paragraph is capitalised, and the rest of
  // a long paragraph need not be read word by word.
  let lowercaseStarts = 0;
  for (let k = p.first; k < p.last; k++) if (boundaries.isEnd(k) && boundaries.lowercaseNext(k)) lowercaseStarts++;
  if (!mayBeLowercase(startsLower, lowercaseStarts, upper)) return 'capitalised';
  // A sentence repeated within the last few (a decoding loop, "speed. slow. speed. slow.") is one
  // occurrence: its copies are no evidence of a habit, and removing them must not change the register.
  const recent: string[] = [];
  let sentenceStart = p.start;
  // The sentence after the boundary at hand, folded to ask whether it repeats a recent one: the
  // sentence that ends at the next boundary, pushed to `recent` there without folding it again.
  let following: string | undefined;
  for (let k = p.first; k < p.last; k++) {
    if (!boundaries.isEnd(k)) continue;
    const closeEnd = boundaries.closeEnd[k];
    const next = boundaries.next[k];
    const ended = following ?? text.slice(sentenceStart, closeEnd).trim().toLowerCase();
    following = undefined;
    sentenceStart = next;
    if (recent.push(ended) > REPEAT_WINDOW) recent.shift();
    if (next >= p.end || separatesCells(text, closeEnd, next)) continue;
    const w = nextWord(text, next, p.end);
    if (!w || w.end === w.start || isDeliberateLowercase(text, w, scan, p.end)) continue;
    following = text.slice(next, sentenceEnd(scan, k, p)).trim().toLowerCase();
    if (recent.includes(following)) continue;
    if (isLowerAt(text, w.start)) lower++;
    else if (isUpperAt(text, w.start) && !mayBeLowercase(startsLower, lowercaseStarts, ++upper)) return 'capitalised';
  }
  // Nor is the paragraph read again for glued capitals when those counted leave it capitalised
  // (nearly every paragraph asked of a long capitalised text).
  if (!mayBeLowercase(startsLower, lower, upper)) return 'capitalised';
  // A sentence glued to the one before ("went well.Both sides") starts with a capital too: once
  // the missing space is inserted it is counted above, so it must count before.
  upper += gluedCapitalStarts(text, p);
  // Starting in lowercase with no capitalised sentence after it is a habit when something shows it:
  // three lowercase sentences, an informal sign (a missing closing mark is enough here), an
  // interjection or a filler as its first word (a transcript of speech), a turn of a thread, or a
  // document that starts most of its paragraphs in lowercase. Two lowercase sentences ending in a
  // full stop in a document that capitalises ("speed. naturally slow.", form fields such as "name
  // … birth number, if applicable. birthdate …") lost their capitals.
  // A turn that opens with a number or a symbol ("kalasupp: 63 punkti minule. nüüd") shows no capital either.
  if ((startsLower || (turn && !startsUpper)) && upper === 0) {
    const docs = scan.paragraphStarts;
    if (lower >= 2 || opensSpoken || turn || docs.lower >= docs.upper || informalRegister(text, p, scan.lexicon, true)) return 'lowercase';
  }
  // Three lowercase starts that outnumber the capitalised ones: a habit, not a slip.
  if (lower >= 3 && lower > upper + (startsUpper ? 1 : 0)) return 'lowercase';
  // So are lowercase starts as many as the capitalised ones in a transcript, which writes its
  // utterances in lowercase and its names with capitals ("seul. dégarni. Gutiérrez, complètement
  // seul. il a pu armer son tir"), whether or not this line hesitates itself (see `transcribed`),
  // and in a feed of posts, whether or not this post has a handle or a hashtag (see `socialFeed`).
  if (lower > 0 && lower >= upper && (informalRegister(text, p, scan.lexicon) || transcribed(text, scan) || socialFeed(text, scan))) return 'lowercase';
  return 'capitalised';
}

/**
 * Whether a paragraph with `lower` sentences starting in lowercase (or fewer) and `upper` starting
 * with a capital (or more) may still be found to write in lowercase by paragraphStyle: each of its
 * tests needs no capital at all, or at least as many lowercase starts as capitals. More capitals
 * only make them harder to pass.
 */
function mayBeLowercase(startsLower: boolean, lower: number, upper: number): boolean {
  return (startsLower && upper === 0) || (lower > 0 && lower >= upper);
}

/** Capitalised words glued to a sentence mark after a lowercase letter in the paragraph ("well.Both", "the?Again"). */
function gluedCapitalStarts(text: string, p: Paragraph): number {
  let n = 0;
  for (let i = p.start + 1; i + 2 < p.end; i++) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63) && isUpperAt(text, i + 1) && isLowerAt(text, i + 2) && isLowerAt(text, i - 1)) n++;
  }
  return n;
}

/** Sentences before a sentence start among which a copy of it is a repeat, not new evidence (repeated-sentence's blocks). */
const REPEAT_WINDOW = 3;

/** End (after its closers) of the sentence that starts after boundary k: the next sentence end, or the paragraph's. */
function sentenceEnd(scan: BoundaryScan, k: number, p: Paragraph): number {
  for (let j = k + 1; j < p.last; j++) if (scan.boundaries.isEnd(j)) return scan.boundaries.closeEnd[j];
  return p.end;
}

/**
 * A speaker's label opening a turn of a forum thread or a transcript: a name or handle of one
 * token, which starts with a letter (not a time, "19:06", nor an item's number), and a colon
 * ("monstrum: ", "bob88: ", "Zero-san: ", "Taavi[esT]: ").
 */
const SPEAKER_LABEL = lazyRegExp(String.raw`\p{L}[^\s:]{0,29}:[ \t]+(?=\S)`, 'uy');
/** How every SPEAKER_LABEL opens: up to 30 code points (60 code units) of no white space nor colon, and its colon. */
const SPEAKER_LABEL_OPENING = /[^\s:]{1,60}:/y;
/**
 * Fewest labels opening sentences of a paragraph that make it a thread of turns: a heading's label
 * ("Note: ", "Update: ") opens one or two.
 */
const MIN_TURNS = 3;
/**
 * A speaker's name as a transcript or an interview writes it ("Q", "MR SMITH", "Interviewer",
 * "Mary-Ann"): a capital, then letters. A label of another shape is a handle ("jurts", "bob88",
 * "Taavi[esT]"), which its owner spells as they like.
 */
const SPEAKER_NAME = lazyRegExp(String.raw`^\p{Lu}[\p{L}\p{M}'’.-]*$`, 'u');

/**
 * Where the speakers' labels of a paragraph stand, when it is a thread of turns (posts of a forum
 * or a chat joined: at least MIN_TURNS labels, each at the paragraph start or after a sentence end,
 * one of them a handle): the offset of each label and of the message after it, ascending; empty
 * otherwise. Each turn has its own writer and so its own habit of capitals: one who writes in
 * lowercase ("jurts: homme on konsultatsioon. muidu eriti ei valmista") among others who
 * capitalise is no sign of a lost capital, and a handle written in lowercase after a sentence end
 * is as its writer chose it. Where every label is a name (SPEAKER_NAME: a transcript, an
 * interview's "Q:" and "A:"), one hand wrote every turn, and the paragraph is judged whole.
 */
export function speakerTurns(text: string, scan: BoundaryScan, p: Paragraph): { labels: number[]; messages: number[] } {
  const labels: number[] = [];
  const messages: number[] = [];
  let handle = false;
  const at = (i: number) => {
    const end = stickyEnd(SPEAKER_LABEL, SPEAKER_LABEL_OPENING, text, i);
    if (end >= 0 && end <= p.end) {
      labels.push(i);
      messages.push(end);
      handle ||= !SPEAKER_NAME().test(text.slice(i, text.indexOf(':', i)));
    }
  };
  let i = p.start;
  while (i < p.end && isInlineSpace(text.charCodeAt(i))) i++;
  at(i);
  const { boundaries } = scan;
  for (let k = p.first; k < p.last; k++) if (boundaries.isEnd(k) && boundaries.next[k] < p.end) at(boundaries.next[k]);
  return labels.length >= MIN_TURNS && handle ? { labels, messages } : { labels: [], messages: [] };
}

/** A social post's retweet mark and addressees at its start: "RT @user: ", "@anna @bo ". */
const ADDRESSEES = lazyRegExp(String.raw`\s*(?:RT:?\s+)?(?:@[\p{L}\p{M}\p{N}_]{2,}:?\s+)+`, 'uy');

/** A chat log's speaker at the start of a line, after an optional timestamp: "<weasel> ", "[19:06] <@ops> ". */
const CHAT_SPEAKER = lazyRegExp(String.raw`\s*(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?<[@+%&~]?[\p{L}\p{M}\p{N}_\-|^${'`'}{}\\]{1,30}>\s+`, 'uy');

// How every match of CHAT_SPEAKER and of ADDRESSEES opens: white space, then the timestamp's "[" or
// the speaker's "<"; "RT" or "@". Asked first (see stickyEnd).
const CHAT_SPEAKER_OPENING = /\s*[[<]/y;
const ADDRESSEES_OPENING = /\s*[R@]/y;

/**
 * Where a match of the sticky `pattern` at text[i] ends, or -1; `opening` is a sticky expression
 * without `\p{…}` that matches where every match of `pattern` starts, tried first. Nearly every
 * paragraph opens with no chat speaker, addressee, retweet mark or list label, and nearly every
 * sentence with no speaker's label: a check that never builds CHAT_SPEAKER, ADDRESSEES, LIST_LABEL
 * or SPEAKER_LABEL saves their \p{…} classes' parse and compile. Measured with laughs and
 * endsDrawnOut, which spare LAUGHTER's and DRAWN_OUT_END's classes the same way (cachegrind, CLI):
 * the seed's check (3 KB) 941 -> 912 M instructions, 1 MB of English 2,282 -> 2,248 M, 1 MB mixed
 * 3,140 -> 3,111 M; none of the six \p{…} expressions is built on those inputs any more (LAUGHTER
 * is, without its classes).
 */
function stickyEnd(pattern: () => RegExp, opening: RegExp, text: string, i: number): number {
  opening.lastIndex = i;
  if (!opening.test(text)) return -1;
  const re = pattern();
  re.lastIndex = i;
  return re.test(text) ? re.lastIndex : -1;
}

/** The expressions stickyEnd asks with their openings, for tests/regexp-replacements.test.ts. */
export const STICKY_OPENINGS: [() => RegExp, RegExp][] = [
  [CHAT_SPEAKER, CHAT_SPEAKER_OPENING],
  [ADDRESSEES, ADDRESSEES_OPENING],
  [LIST_LABEL, LIST_LABEL_OPENING],
  [SPEAKER_LABEL, SPEAKER_LABEL_OPENING],
];

// Register signals. Strong: emoji and emoticons, handles, hashtags, laughter, chat acronyms, a
// chat log's speaker, a word the language always capitalises written in lowercase, a hesitation
// or a stutter of transcribed speech.
// Weak: a short paragraph, no closing mark, drawn-out letters or marks ("sooo", "??", "..").
const EMOJI = lazyRegExp(String.raw`(?![\u00a9\u00ae\u203c\u2049\u2122])\p{Extended_Pictographic}`, 'u');
/** The lowest code unit a match of EMOJI opens with (ℹ; an astral emoji opens with a surrogate, above it). */
export const FIRST_EMOJI_UNIT = 0x2139;
const EMOTICON = /(?:^|\s)(?:[:;=][-'^]?[()DPpOo3|\]\[\\/*]+|<3|\^\^|[xX][dD]+)(?=$|\s|[.,!?])/;
// Not "#PRS_ORG#": placeholders of anonymised text close with the mark.
const HANDLE_OR_HASHTAG = lazyRegExp(String.raw`(?:^|[\s(])[@#][\p{L}\p{M}\p{N}_]{2,}(?![\p{L}\p{M}\p{N}_#])`, 'u');
// Laughter by its shape in any language: one syllable of an h-like consonant and a vowel,
// repeated ("haha", "jajaja", "хахах", "ahah"; not "jeho" or "hohe"), or Portuguese "kkkk"; a
// word of its own (see laughs).
const LAUGHTER = lazyRegExp(String.raw`([hjxх])([aeiouаеиоэі])(?:\1\2)+\1?|([aeiouаеиоэ])([hjxх])(?:\3\4)+\3?|k{3,}`, 'giu');

/**
 * Whether text holds laughter (LAUGHTER) as a whole word: what
 * /(?<![\p{L}\p{M}])(?:LAUGHTER)(?![\p{L}\p{M}])/iu says, without its two \p{L}\p{M} classes,
 * which V8 closes over case for `i` (some 30,000 code points) at every check that asks, even of an
 * English word ("hummmm"; the gain with stickyEnd's). Every letter LAUGHTER
 * matches is a letter, so a match of that expression is a whole run of letters and marks; the
 * alternatives open with letters no other one opens with, and each takes the longest repetition
 * it can, so LAUGHTER's match at a run's start is that run exactly when anything from there is.
 * A match inside a run (not at its start) ends inside it too: the search goes on after it.
 */
export function laughs(text: string): boolean {
  const laughter = LAUGHTER();
  laughter.lastIndex = 0;
  for (let m = laughter.exec(text); m !== null; m = laughter.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start > 0 && isLetterOrMarkAt(text, start - (start > 1 && isLowSurrogate(text.charCodeAt(start - 1)) ? codePointWidth(text, start - 2) : 1))) continue;
    if (end >= text.length || !isLetterOrMarkAt(text, end)) return true;
  }
  return false;
}
const SLANG = lazyRegExp(String.raw`(?<![\p{L}\p{M}])(?:${INTERNET_SLANG.join('|')})(?![\p{L}\p{M}])`, 'iu');
/**
 * SLANG's words without its lookarounds, asked first: a paragraph holds them far more seldom than
 * not, and they have no [\p{L}\p{M}] for V8 to close over case (see laughs), whereas SLANG was
 * parsed and compiled in every check that asked about a paragraph's register.
 */
export const SLANG_OPENING = lazyRegExp(`(?:${INTERNET_SLANG.join('|')})`, 'iu');
// Two dots, neither a full stop nor an ellipsis, typed where a writer trails off ("always.. always",
// "matematica .."), count with drawn-out marks; not in a path ("../", "..\\").
const DRAWN_OUT = lazyRegExp(String.raw`(\p{Ll}\p{M}*)\1\1(?!\p{M})|[!?]{2,}|(?<![.\/\\])\.\.(?![.\/\\])`, 'u');
const SHORT_PARAGRAPH_WORDS = 12;
// A word said again right after a comma ("je, je", "it, it"): a speaker's self-repair where the text hesitates.
const STUTTER = lazyRegExp(String.raw`(?<![\p{L}\p{M}'’])([\p{L}\p{M}'’]+), \1(?![\p{L}\p{M}'’])`, 'u');

// The sound of a hesitation: a few vowels, h, m and r ("euh", "ähm", "erm", "hmm"), not an
// interjection that is a word of the language too (Polish "niestety", Dutch "helaas": unfortunately).
const HESITATION = /^[aeiouäöühmr]{2,4}$/u;

/**
 * Whether text reads as transcribed speech: a hesitation among the language's interjections set
 * off by commas inside a sentence ("et, euh, c'était", "and, uh, it was"), where speech pauses
 * and writing does not.
 */
export function hesitates(text: string, lex: Pick<Lexicon, 'interjections'>): boolean {
  if (lex.interjections.size === 0) return false;
  for (const found of betweenCommas(text)) {
    const word = found.toLowerCase();
    if (HESITATION.test(word) && lex.interjections.has(word)) return true;
  }
  return false;
}

/**
 * A transcript hesitates in some of its lines, not all: a speaker says "euh" between commas in one
 * utterance and stutters without it in the next ("j'ai posé euh mon mon lunch bag"). Where this many
 * of a document's lines hesitate, and at least this share of them, the document is transcribed
 * speech as a whole, and every line of it speaks. (Two UD spoken French treebanks, ParisStories and
 * Rhapsodie, joined five sentences a line: 47 % and 50 % of lines hesitate; of 600 lines of
 * English GUM's mixed genres, its interviews and vlogs among them, 3 %; a novel's dialogue, a
 * few lines in hundreds.)
 */
const TRANSCRIPT_MIN_LINES = 3;
const TRANSCRIPT_SHARE = 0.1;
/**
 * The lines with text read to tell: a transcript shows its habit from its first lines, and reading
 * all of a long text cost 2 % of the instructions on 10 MB of English news (every ", " of a
 * two-byte string found with indexOf), where a decision is asked for once a check.
 */
const TRANSCRIPT_SAMPLE_LINES = 400;

const transcripts = new WeakMap<BoundaryScan, boolean>();

/**
 * Whether the document reads as transcribed speech throughout: of its first
 * TRANSCRIPT_SAMPLE_LINES lines with text, it hesitates (see `hesitates`) in TRANSCRIPT_MIN_LINES
 * or more, and in TRANSCRIPT_SHARE of them. Asked once per check, when a rule finds a stutter or a
 * lowercase start it would otherwise report.
 */
export function transcribed(text: string, scan: BoundaryScan): boolean {
  const { lexicon } = scan;
  return lexicon.interjections.size > 0 && documentHabit(text, scan, transcripts, TRANSCRIPT_MIN_LINES, TRANSCRIPT_SHARE, (line) => hesitates(line, lexicon));
}

/**
 * A feed of posts (tweets, a comment thread) marks many of its lines with handles and hashtags, not
 * all: a post without one is written by the same habits ("… tra governo monti e berlusconi. piddini
 * aprite gli occhi!"). Where this many of a document's lines, and this share, hold one, the document
 * is social as a whole. (UD PoSTWITA and TWITTIRO, one tweet a line: 62 % and 53 % of lines; Russian
 * Taiga, social media and poetry, 6 %; English GUM's 600 lines of eight genres, 0.3 %.)
 */
const FEED_MIN_LINES = 3;
const FEED_SHARE = 0.25;

const feeds = new WeakMap<BoundaryScan, boolean>();

/**
 * Whether the document is a feed of posts: of its first TRANSCRIPT_SAMPLE_LINES lines with text,
 * FEED_MIN_LINES or more, and FEED_SHARE of them, hold a handle or a hashtag.
 */
export function socialFeed(text: string, scan: BoundaryScan): boolean {
  return documentHabit(text, scan, feeds, FEED_MIN_LINES, FEED_SHARE, (line) => (line.includes('@') || line.includes('#')) && HANDLE_OR_HASHTAG().test(line));
}

/**
 * Whether `shows` holds of at least `min` of the document's first TRANSCRIPT_SAMPLE_LINES lines with
 * text, and of `share` of them: a habit of the whole document, told once per check (`known`).
 */
function documentHabit(
  text: string,
  scan: BoundaryScan,
  known: WeakMap<BoundaryScan, boolean>,
  min: number,
  share: number,
  shows: (line: string) => boolean,
): boolean {
  let habit = known.get(scan);
  if (habit !== undefined) return habit;
  const { paragraphs } = scan;
  let lines = 0;
  let showing = 0;
  for (let p = 0; p < paragraphs.count && lines < TRANSCRIPT_SAMPLE_LINES; p++) {
    if (paragraphs.end[p] <= paragraphs.start[p]) continue;
    lines++;
    if (shows(text.slice(paragraphs.start[p], paragraphs.end[p]))) showing++;
  }
  habit = showing >= min && showing >= share * lines;
  known.set(scan, habit);
  return habit;
}

/**
 * The words set off by commas inside a sentence, to be asked whether they are interjections ("et,
 * euh, c'était"): what /, ([\p{L}\p{M}]+),/gu finds, read off chars.ts's table. A match is ", ",
 * the whole run of letters and marks after it (a comma is neither, so no shorter run can match)
 * and a comma; the next is looked for past it. The expression was parsed and compiled in every
 * check that asked about a paragraph's register: 1 MB of English 2,235 -> 2,228 M instructions, of
 * mixed prose 3,075 -> 3,067 M (tests/regexp-replacements.test.ts compares the two).
 */
export function* betweenCommas(text: string): Generator<string> {
  for (let at = text.indexOf(', '); at >= 0; ) {
    const end = letterOrMarkRunEnd(text, at + 2);
    if (end > at + 2 && text.charCodeAt(end) === 44) {
      yield text.slice(at + 2, end);
      at = text.indexOf(', ', end + 1);
    } else {
      at = text.indexOf(', ', at + 1);
    }
  }
}

/**
 * Whether a paragraph reads as chat, a social post or a transcript: two strong signals, or one
 * strong and one weak. One signal alone (an emoticon at the end of a long message, a handle in a
 * press release) is not enough. With `lowercaseHabit` (the paragraph already writes all its
 * sentences in lowercase), one sign of either kind is: a strong one, drawn-out letters, or no
 * closing mark ("in the evening I evaluate projects. after dinner").
 */
export function informalRegister(text: string, p: Paragraph, lex: Pick<Lexicon, 'chatWords' | 'alwaysCapitalised' | 'interjections'>, lowercaseHabit = false): boolean {
  const para = text.slice(p.start, p.end);
  let strong = 0;
  // EMOJI and HANDLE_OR_HASHTAG asked only of a paragraph with a code unit that every match of
  // theirs holds, SLANG after its words (SLANG_OPENING): most prose has none of them, and the three
  // \p{…} expressions were parsed and compiled in every check that asked about a paragraph's
  // register. 1 MB of English 2,253 -> 2,235 M instructions, of mixed prose 3,103 -> 3,075 M
  // (tests/regexp-replacements.test.ts).
  if (hasUnitFrom(para, FIRST_EMOJI_UNIT) && EMOJI().test(para)) strong++;
  if (EMOTICON.test(para)) strong++;
  if ((para.includes('@') || para.includes('#')) && HANDLE_OR_HASHTAG().test(para)) strong++;
  if (stickyEnd(CHAT_SPEAKER, CHAT_SPEAKER_OPENING, para, 0) >= 0) strong++;
  if (laughs(para)) strong++;
  if ((SLANG_OPENING().test(para) && SLANG().test(para)) || hasWordFrom(para, lex.chatWords)) strong++;
  // "so i think", "on monday": a word the language always capitalises, written in lowercase inside
  // a sentence (at a sentence start, "… problems. i will write", it is the lost capital itself,
  // unless the paragraph writes every sentence in lowercase: "zelda? i think").
  if (hasWordFrom(para, lex.alwaysCapitalised, !lowercaseHabit)) strong++;
  // Speech transcribed: hesitation between commas, and a word said again after a comma besides
  // (alone, that is rhetoric too: "never, never").
  if (hesitates(para, lex)) {
    strong++;
    if (STUTTER().test(para)) strong++;
  }
  if (strong >= 2 || (strong === 1 && lowercaseHabit)) return true;
  if (strong === 0 && !lowercaseHabit) return false;
  if (DRAWN_OUT().test(para)) return true;
  let end = para.length;
  while (end > 0 && (isInlineSpace(para.charCodeAt(end - 1)) || isCloser(para.charCodeAt(end - 1)))) end--;
  const last = para.charCodeAt(end - 1);
  if (last !== 46 && last !== 33 && last !== 63 && last !== 0x2026) return true;
  return !lowercaseHabit && countWords(para, 0, para.length) <= SHORT_PARAGRAPH_WORDS;
}

/** Whether text holds a code unit of `lowest` or above. */
function hasUnitFrom(text: string, lowest: number): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= lowest) return true;
  return false;
}

/**
 * Whether a word is an interjection: one the profile lists ("ach", "alas"), laughter ("hahaha"),
 * or a sound drawn out ("Mmmhhh", "Pfff", "Shhh").
 */
export function isInterjection(word: string, lex: Pick<Lexicon, 'interjections'>): boolean {
  if (word.length > MAX_INTERJECTION) return false;
  if (lex.interjections.has(word.toLowerCase())) return true;
  return ONOMATOPOEIA().test(word) || laughs(word);
}

/**
 * Whether a word ends with a lowercase letter written three times or more: a sound drawn out
 * ("hummmmm", "sooo"). What /(\p{Ll})\1\1$/u says, its last three code points compared first and
 * the letter's case read by isLowerAt (exact for every code point; no regex for ASCII): the
 * expression's \p{Ll} class cost its parse and compile at every check that asked (the seed's
 * check: the gain with stickyEnd's).
 */
export function endsDrawnOut(word: string): boolean {
  const n = word.length;
  const w = codePointWidth(word, n - 2) === 2 ? 2 : 1;
  if (n < 3 * w) return false;
  for (let k = n - w; k < n; k++) if (word.charCodeAt(k - w) !== word.charCodeAt(k) || word.charCodeAt(k - 2 * w) !== word.charCodeAt(k)) return false;
  return isLowerAt(word, n - w);
}
const ONOMATOPOEIA = lazyRegExp(String.raw`^[\p{L}\p{M}]*(\p{L}\p{M}*)\1\1(?!\p{M})[\p{L}\p{M}]*$`, 'u');
/** Longest word read as an interjection ("PPPRRRRAAAAKKKK" fits; a run of letters past it is something else). */
const MAX_INTERJECTION = 24;

/** Whether a word of `words` (lowercase) stands in `para`, written in lowercase. */
function hasWordFrom(para: string, words: ReadonlySet<string>, midSentence = false): boolean {
  if (words.size === 0) return false;
  let start = -1;
  for (let i = 0; i <= para.length; i++) {
    const w = i < para.length && (isWordCharAt(para, i) || (start >= 0 && para.charCodeAt(i) === 46 && i + 1 < para.length && isWordCharAt(para, i + 1)));
    if (w && start < 0) start = i;
    else if (!w && start >= 0) {
      if (i - start <= 8 && !isDigit(para.charCodeAt(start)) && isLowerAt(para, start) && words.has(para.slice(start, i)) && (!midSentence || followsWord(para, start))) return true;
      start = -1;
    }
  }
  return false;
}

/** Whether a word or a comma comes before `i` in its sentence (not a sentence mark, not the paragraph start). */
function followsWord(para: string, i: number): boolean {
  while (i > 0 && isInlineSpace(para.charCodeAt(i - 1))) i--;
  return i > 0 && (isWordCharAt(para, i - 1) || para.charCodeAt(i - 1) === 44);
}
