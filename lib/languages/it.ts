import type { LanguageProfile } from './profile.js';

export const it: LanguageProfile = {
  code: 'it',
  franc: 'ita',
  name: 'Italian',
  script: 'Latin',
  commonWords:
    'il la le di che e è un una per non in del della dei delle al alla con si sono da come anche più ma ha gli lo nel nella questo essere stato suo sua loro ci sei io a i o se ne mi ti tra dal sul ad ed era quando perché tu noi voi lui lei mio tuo',
  numberWords: {
    cardinals: {
      0: 'zero/nessun/nessuna/nessuno', 1: 'uno/una/un', 2: 'due/entrambi/entrambe', 3: 'tre', 4: 'quattro', 5: 'cinque', 6: 'sei', 7: 'sette', 8: 'otto', 9: 'nove', 10: 'dieci',
      11: 'undici', 12: 'dodici/dozzina',
      // The teens, and the stems that lose their last vowel in compounds and derived words ("sedicenne" 16 years old,
      // "trentunenne" 31, "quarantenne" 40, "tredicesimo" 13th).
      13: 'tredici/tredic', 14: 'quattordici/quattordic', 15: 'quindici/quindic', 16: 'sedici/sedic', 17: 'diciassette/diciassett', 18: 'diciotto/diciott', 19: 'diciannove/diciannov',
      20: 'venti/ventenne', 30: 'trenta/trent', 40: 'quaranta/quarant', 50: 'cinquanta/cinquant', 60: 'sessanta/sessant', 70: 'settanta/settant', 80: 'ottanta/ottant', 90: 'novanta/novant',
      21: 'ventuno/ventun', 31: 'trentuno/trentun', 41: 'quarantuno/quarantun', 51: 'cinquantuno/cinquantun', 61: 'sessantuno/sessantun', 71: 'settantuno/settantun', 81: 'ottantuno/ottantun', 91: 'novantuno/novantun',
      100: 'cento', 1000: 'mille',
    },
    scales: { 1000: 'mila', 1e6: 'milione/milioni', 1e9: 'miliardo/miliardi' },
  },
  abbreviations: [
    // Latin and scholarly ("ad es. il", "ecc. e", "cfr. la")
    'ecc', 'etc', 'es', 'cfr', 'trad', 'pref', 'postfaz', 'ca', 'cca', 'vs', 'op', 'cit', 'ibid', 'sg', 'sgg', 'vd', 'pag', 'pagg', 'pp', 'art', 'artt', 'cap', 'capp', 'par', 'fig', 'tab', 'vol', 'voll', 'nr', 'num', 'lett', 'co', 'sez', 'n.d.r', 'n.d.t', 'n.d.a', 'max', 'min', 'tot', 'sec', 'secc', 'tel', 'cell', 'int', 'approx',
    // Titles and forms of address ("sig. ministro", "dott.ssa", "on. deputato")
    'sig', 'sigg', 'sig.ra', 'sig.na', 'sig.ri', 'dott', 'dott.ssa', 'dr', 'prof', 'prof.ssa', 'avv', 'ing', 'arch', 'geom', 'rag', 'on', 'sen', 'gen', 'magg', 'ten', 'mons', 'rev', 'cav', 'comm', 'pres', 'segr', 'amm', 'dir', 'resp', 'jr',
    // Law, companies and institutions ("d.lgs. n.", "S.p.A.")
    'cod', 'c.c', 'c.p', 'c.p.c', 'c.p.p', 'd.lgs', 'd.l', 'd.p.r', 'd.m', 'd.p.c.m', 'ss.mm.ii', 'cass', 'trib', 'reg', 'prov', 's.p.a', 's.r.l', 's.r.l.s', 's.n.c', 's.a.s', 's.s', 'f.lli', 'inc', 'ltd', 'corp',
    // Addresses ("c.so Vittorio", "p.zza del")
    'c.so', 'v.le', 'p.za', 'p.zza', 'l.go', 'v.lo', 'c.a.p', 'c.a', 'e.p.c',
    // Dates and eras ("a.C.", "u.s.", "15 febbr. a")
    'a.c', 'd.c', 'u.s', 'p.v', 'c.m', 'gen', 'mar', 'febbr', 'feb', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'sett', 'ott', 'nov', 'dic',
    // Clipped weekdays ("dom. 25 set.", "lun. 3 marzo")
    'lun', 'mer', 'gio', 'ven', 'sab', 'dom',
    // Numbers and money
    'mln', 'mld', 'mrd', 'pz',
    // English left in Italian text
    'l.a',
  ],
  ordinalDot: false,
  functionWords: [
    'il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'uno', 'una', 'e', 'ed', 'o', 'od', 'ma', 'però', 'che', 'chi', 'cui', 'quale', 'quali', 'dove', 'quando', 'come', 'perché', 'se', 'anche', 'di', 'del', 'dello', 'della', 'dei', 'degli', 'delle', 'a', 'al', 'allo', 'alla', 'ai', 'agli', 'alle', 'da', 'dal', 'dalla', 'dai', 'dalle', 'in', 'nel', 'nello', 'nella', 'nei', 'negli', 'nelle', 'con', 'col', 'su', 'sul', 'sulla', 'sui', 'per', 'tra', 'fra', 'è', 'sono', 'era', 'erano', 'essere', 'stato', 'stata', 'ha', 'hanno', 'aveva', 'avere', 'si', 'ci', 'vi', 'ne', 'non', 'più', 'molto', 'già', 'ancora', 'solo', 'tutto', 'tutti', 'tutta', 'questo', 'questa', 'questi', 'queste', 'quello', 'quella', 'suo', 'sua', 'suoi', 'loro', 'lui', 'lei', 'io', 'tu', 'noi', 'voi', 'mi', 'ti', 'così', 'poi', 'quindi', 'dopo', 'prima', 'senza', 'sempre', 'mai', 'proprio', 'ogni', 'altro', 'altri', 'verso', 'contro', 'durante', 'mentre', 'inoltre',
  ],
  fragmentWords: [
    'anche', 'inoltre', 'ancora', 'solo', 'soltanto', 'solamente', 'persino', 'perfino', 'rispettivamente', 'ovvero', 'ossia', 'nonché',
    'il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'uno', 'una', 'e', 'ed', 'o', 'di', 'del', 'della', 'dei', 'a', 'al', 'alla', 'ai', 'da', 'dal', 'dalla', 'in', 'nel', 'nella', 'con', 'su', 'sul', 'per', 'tra', 'fra', 'cui', 'verso', 'durante',
  ],
  // Chat abbreviations: written lowercase on purpose, and a sign of informal register.
  chatWords: [
    'ok', 'xd', 'ahah', 'ahaha', 'cmq', 'nn', 'xké', 'xche', 'tvb', 'lol', 'wow',
  ],
  // Lowercase names, brands and prefixes that start a sentence as they are.
  lowercaseWords: [
    'www', 'http', 'https',
  ],
  // Lowercase after a sentence end, these most likely open a new sentence: capitalise, do not join.
  sentenceStarters: [
    'io', 'tu', 'lui', 'lei', 'noi', 'voi', 'loro', 'questo', 'questa', 'quello', 'quella', 'cosa', 'chi', 'come', 'perché', 'quando', 'dove', 'quale', 'è', 'sono', 'c\'è', 'c’è', 'grazie', 'sì', 'no', 'ciao', 'buongiorno', 'buonasera', 'scusa', 'mi', 'ma', 'allora', 'quindi', 'anche', 'forse', 'mio', 'mia', 'nostro', 'nostra', 'suo', 'sua',
  ],
  // Interjections: an exclamation mark after one inside a sentence does not end it.
  interjections: [
    'ah', 'oh', 'eh', 'ehi', 'ahi', 'ahimè', 'ohimè', 'bah', 'beh', 'boh', 'mah', 'puah', 'uffa', 'uff', 'ehm', 'ahia', 'ohè', 'evviva', 'perbacco', 'caspita', 'accipicchia', 'toh', 'uau', 'oibò', 'orsù', 'o', 'ahah', 'ih', 'uh', 'ehilà',
  ],
  lowercaseAfterInterjection: true,
  // Italian words end in a vowel: a lowercase word ending in a consonant before a period is clipped.
  vowelFinal: true,
  speechTagAfterComma: true,
  speechVerbs: [
    'disse', 'dice', 'diceva', 'chiese', 'chiede', 'domandò', 'domanda', 'rispose', 'risponde', 'replicò', 'replica', 'ribatté', 'aggiunse', 'aggiunge', 'esclamò', 'gridò', 'urlò', 'sussurrò', 'mormorò', 'spiegò', 'spiega', 'continuò', 'proseguì', 'insistette', 'ammise', 'ricordò', 'ricorda', 'osservò', 'affermò', 'afferma', 'dichiarò', 'scrisse', 'scrive', 'twittò', 'commentò', 'sospirò', 'rise', 'sorrise', 'sottolineò', 'sottolinea', 'precisò', 'precisa', 'concluse', 'conclude', 'avvertì', 'incalzò', 'ironizzò', 'protestò',
    'lui', 'lei', 'loro', 'io', 'noi', 'voi', 'mi', 'gli', 'le', 'si',
  ],
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Le due parti hanno concordato di ampliare la cooperazione nel settore dell\'energia.',
  'Il trattato sarà firmato il prossimo anno, ha detto il ministro dopo i colloqui a Roma.',
  'Grazie per la pazienza, il suo ordine è già stato spedito e dovrebbe arrivare domani.',
];
