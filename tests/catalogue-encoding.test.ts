// Mojibake made the way it happens (UTF-8 bytes decoded with a legacy code page) in several
// languages must be found and repaired exactly; clean text in those languages must stay silent;
// and the other encoding rules must tell stray characters from legitimate ones.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/engine.js';
import { applyEdits, collectEdits } from '../lib/fix.js';
import { RULES } from '../lib/rules/index.js';

const encoding = RULES.filter((r) => r.meta.category === 'encoding');
const check = (text: string, lang = 'en') => analyse(text, { lang, rules: encoding }).findings;
const fixed = (text: string, lang = 'en') => applyEdits(text, collectEdits(check(text, lang)));

/** UTF-8 bytes read as Windows-1252 (bytes it leaves undefined become C1 controls, as browsers do). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
function asCp1252(s: string): string {
  return [...Buffer.from(s, 'utf8')].map((b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b))).join('');
}
const asLatin1 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
const as = (encoding: string) => (s: string) => new TextDecoder(encoding).decode(Buffer.from(s, 'utf8'));

const SAMPLES: Array<[lang: string, text: string]> = [
  ['en', 'The café’s “crème brûlée” costs 5 € – a bargain.'],
  ['de', 'Die Straße wurde für den Verkehr geöffnet, sagte der Bürgermeister.'],
  ['es', 'El niño comió una manzana en la estación de Málaga.'],
  ['cs', 'Příliš žluťoučký kůň úpěl ďábelské ódy.'],
  ['pl', 'Zażółć gęślą jaźń, powiedział dyrektor.'],
  ['ru', 'Привет, мир! Съешь же ещё этих мягких французских булок.'],
  ['uk', 'Привіт, світе! Їжак з’їв ґудзик і шість яблук.'],
];

describe('mojibake', () => {
  it.each(SAMPLES)('finds and repairs Windows-1252 mojibake (%s)', (lang, clean) => {
    const broken = asCp1252(clean);
    expect(check(broken, lang).map((f) => f.rule)).toContain('mojibake');
    expect(fixed(broken, lang)).toBe(clean);
  });

  it.each(SAMPLES)('finds and repairs Latin-1 mojibake (%s)', (lang, clean) => {
    expect(fixed(asLatin1(clean), lang)).toBe(clean);
  });

  it.each(SAMPLES.filter(([lang]) => ['cs', 'pl', 'ru', 'uk'].includes(lang)))('finds and repairs Windows-1250 mojibake (%s)', (lang, clean) => {
    expect(fixed(as('windows-1250')(clean), lang)).toBe(clean);
  });

  it.each(SAMPLES.filter(([lang]) => ['ru', 'uk'].includes(lang)))('finds and repairs Windows-1251 mojibake (%s)', (lang, clean) => {
    expect(fixed(as('windows-1251')(clean), lang)).toBe(clean);
  });

  it('repairs mojibake made twice', () => {
    const twice = asCp1252(asCp1252('café'));
    expect(twice).toBe('cafÃƒÂ©');
    expect(fixed(`The ${twice} is open.`)).toBe('The café is open.');
  });

  it('reports a byte lost to U+FFFD as mojibake without a fix', () => {
    const findings = check('Smlouva je platn\u00c4\ufffd, řekl.', 'cs');
    expect(findings.map((f) => [f.rule, f.fix])).toEqual([['mojibake', undefined]]);
  });

  it('is one finding per garbled phrase, with every run repaired', () => {
    const broken = asCp1252('Příliš žluťoučký kůň');
    const findings = check(broken, 'cs');
    expect(findings).toHaveLength(1);
    expect(findings[0].fix?.edits.length).toBeGreaterThan(3);
  });

  it.each(SAMPLES)('stays silent on clean text (%s)', (lang, clean) => {
    expect(check(clean, lang)).toEqual([]);
  });

  it.each([
    ['de', '„Grüß Gott“, sagte er. Der Gruß“ endet hier. ÄRGER über Öl. ß“ und Ö”.'],
    ['cs', 'Řekl, že nevíš“. Příliš „žluťoučký“ kůň.'],
    ['pt', 'AÇÃO E REAÇÃO”, disse ele. SÃO PAULO.'],
    ['uk', 'Рівне, Гість, Сім днів, Сі-бемоль.'],
    ['ru', 'Рёв мотора. В 2020\u00a0году.'],
  ])('stays silent on legitimate letter pairs that look like mojibake (%s)', (lang, text) => {
    expect(check(text, lang)).toEqual([]);
  });

  // Capitals pair letters that read as UTF-8 lead and continuation bytes: É+Ž is C9 8E ("Ɏ"),
  // Ä+Ť is C4 8D in Windows-1250 ("č", lowercase inside capitals), В+І+Д+І is C2 B2 C4 B2 in
  // Windows-1251 (Latin inside a Cyrillic word), Ă+” is C3 94 ("Ô" ending a word in capitals).
  it.each([
    ['cs', 'KÉŽ TYTO VÁNOCE PŘINESOU UKRAJINĚ MÍR. DĚLAJÍ-LI DVA TOTÉŽ, NENÍ TO TOTÉŽ. BANGLADÉŠE, DÉŠŤ.'],
    ['sk', 'PAMÄŤ SA STRÁCA. PÄŤDESIATKA MLADOSŤ STAROBY. NASPÄŤ.'],
    ['uk', 'ОСКІЛЬКИ ВІДПОВІДІ НЕМАЄ. СТАРІШІ ДОДАТКОВО ОБКЛАДАЮТЬСЯ. РОСІЯ ВІДІБРАЛА КРИМ.'],
    ['ro', 'CONSULTAȚI „PARTIȚIONAREA GHIDATĂ”. UN ATAC DE TIP „FORȚĂ BRUTĂ” ȘI „MEMORIE VIRTUALĂ”.'],
    ['de', '„GRÜSS GOTT“, SAGTE ER. DIE STRASSE WURDE GEÖFFNET. ÄRGER ÜBER ÖL.'],
    ['pl', 'ZAŻÓŁĆ GĘŚLĄ JAŹŃ, POWIEDZIAŁ DYREKTOR.'],
  ])('stays silent on text in capitals (%s)', (lang, text) => {
    expect(check(text, lang)).toEqual([]);
  });

  it.each(SAMPLES)('finds and repairs mojibake of text in capitals (%s)', (lang, clean) => {
    const upper = clean.toUpperCase();
    expect(fixed(asCp1252(upper), lang)).toBe(upper);
  });

  it('counts a pair that capitals also write only when certain mojibake stands beside it', () => {
    // "Ã“" ends a word in capitals before nothing but a full stop: Ó, or Ã and a quotation mark.
    expect(check('ESTO PASÃ“.', 'es')).toEqual([]);
    expect(fixed('La canciÃ³n dice: ESTO PASÃ“.', 'es')).toBe('La canción dice: ESTO PASÓ.');
  });

  it('does not read an accented letter before quotation marks as a CJK character', () => {
    // "é“»" is E9 93 BB, the UTF-8 of 铻: one such character is no evidence.
    expect(check('„.é“»', 'en')).toEqual([]);
    expect(fixed('„.Ã©“»', 'en')).toBe('„.é“»');
  });

  it('relies on Shift_JIS giving no one character for a pair that starts UTF-8 of two bytes', () => {
    // A lone Han character is judged as GBK only (mojibake-cjk.ts): Shift_JIS reads the bytes
    // 0xC2..0xDF, which start a UTF-8 letter of two bytes, as half-width katakana of their own.
    const sjis = new TextDecoder('shift_jis');
    const single: string[] = [];
    for (let lead = 0xc2; lead <= 0xdf; lead++) {
      for (let trail = 0x80; trail <= 0xbf; trail++) {
        const text = sjis.decode(Uint8Array.of(lead, trail));
        if (text.length === 1) single.push(`${lead.toString(16)} ${trail.toString(16)}`);
      }
    }
    expect(single).toEqual([]);
    expect(check('a new media+丨Beijing Teen', 'en')).toEqual([]);
  });
});

describe('stray characters', () => {
  it('removes controls, zero-width characters in words and entities with safe fixes', () => {
    expect(fixed('The govern\u200bment\u0007 said &quot;no&quot; &amp;amp; left.')).toBe('The government said "no" & left.');
  });

  it('keeps a form feed but offers a line break', () => {
    const [f] = check('Chapter one.\fChapter two.');
    expect(f).toMatchObject({ rule: 'control-character', severity: 'warning', fix: { safe: false } });
  });

  it('reports soft hyphens inside words only as info', () => {
    const [f] = check('Die Regie\u00adrung kündigte an.', 'de');
    expect(f).toMatchObject({ rule: 'invisible-character', severity: 'info' });
  });

  it.each([
    ['en', 'A family emoji 👨\u200d👩\u200d👧 and a flag 🏳\ufe0f\u200d🌈.'],
    ['fa', 'می\u200cخواهم بروم.'],
    ['hi', 'क्\u200dष और क्\u200cष.'],
    ['en', 'He wrote \u200fשלום\u200e in Hebrew.'],
    ['en', 'AT&T; R&D; Q&A; &c; a &unknown; entity; 5 & 6.'],
    ['en', '\ufeffA byte-order mark at the very start.'],
  ])('stays silent on legitimate invisible characters and ampersands (%s): %s', (lang, text) => {
    expect(check(text, lang)).toEqual([]);
  });
});
