import type { LanguageProfile } from './profile.js';

export const nl: LanguageProfile = {
  code: 'nl',
  franc: 'nld',
  name: 'Dutch',
  script: 'Latin',
  // "daar", "ons", "mag" as well: Afrikaans writes them too (its treebank's function words list
  // them), and without them here a Dutch text's "Dit formulier mag geen…" was Afrikaans evidence.
  commonWords:
    'de het een en van in is dat op te zijn met voor niet die er aan ook als maar om bij door was worden wordt hij zij ze heeft dan nog naar uit wel kan deze ik je daar ons mag',
  numberWords: {
    cardinals: {
      0: 'nul/geen', 1: 'een/één', 2: 'twee/beide', 3: 'drie', 4: 'vier', 5: 'vijf', 6: 'zes', 7: 'zeven', 8: 'acht', 9: 'negen', 10: 'tien',
      11: 'elf', 12: 'twaalf', 20: 'twintig', 30: 'dertig', 40: 'veertig', 50: 'vijftig', 60: 'zestig', 70: 'zeventig', 80: 'tachtig', 90: 'negentig',
      100: 'honderd', 1000: 'duizend',
    },
    scales: { 1000: 'duizend', 1e6: 'miljoen', 1e9: 'miljard' },
  },
  abbreviations: [
    // Linking and hedging words, often followed by a lowercase word ("bijv. de", "o.a. in", "m.b.t. het")
    'bijv', 'bv', 'd.w.z', 'dwz', 'm.a.w', 'o.a', 'oa', 't.a.v', 'tav', 't.o.v', 'tov', 'i.v.m', 'ivm', 'm.b.t', 'mbt', 'n.a.v', 'nav', 'v.w.b', 'i.p.v', 'ipv', 'z.g', 'zg', 'zgn', 'zog', 'e.d', 'e.a', 'ea', 'e.e.a', 'enz', 'etc', 'c.q', 'cq', 'resp', 'ca', 'ong', 'evt', 'vgl', 'nl', 'o.m', 'm.n', 't.w', 'i.h.a', 'i.c', 'i.o', 'i.s.m', 'i.o.m', 't.b.v', 'tbv', 't.g.v', 'tgv', 'i.h.b', 'o.b.v', 'd.m.v', 'dmv', 'm.u.v', 'o.i.d', 'v.a', 'n.v.t', 'a.u.b', 's.v.p', 'z.s.m', 'm.i', 'm.i.v', 'o.l.v', 'z.i', 'i.t.t', 'w.o', 'm.m.v', 'a.d.h.v', 'adhv', 'm.b.v', 'mbv', 'o.v.v', 'v.l.n.r', 'vnl', 'incl', 'excl', 'max', 'min', 'gem', 'vs', 'approx',
    // Dates and eras ("v.Chr.", "jl.", "d.d.")
    'd.d', 'v.chr', 'n.chr', 'jl', 'j.l', 'a.s', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'okt', 'nov', 'dec',
    // Reference and editorial ("blz. 5", "art. 3 lid", "e.v.")
    'tel', 'blz', 'pag', 'nr', 'nrs', 'art', 'afb', 'fig', 'hfdst', 'hst', 'par', 'bijl', 'betr', 'vlg', 'volg', 'red', 'ed', 'vert', 'uitg', 'c.s', 'e.v', 'e.o', 'p.p', 'afd', 'prov',
    // Titles and forms of address ("dhr. de Vries", "mr. drs.", "ir.")
    'dhr', 'mevr', 'mw', 'mej', 'dr', 'drs', 'ir', 'ing', 'mr', 'prof', 'ds', 'st', 'jhr', 'jkvr', 'hr', 'secr', 'adj', 'penn', 'voorz', 'sr', 'jr',
    // Companies and numbers ("B.V.", "N.V.", "Gebr.")
    'b.v', 'n.v', 'nv', 'v.o.f', 'vof', 'gebr', 'fa', 'inc', 'ltd', 'co', 'corp', 'mln', 'mld', 'mrd', 'ct',
    // Languages
    'ned', 'nederl', 'engl', 'fr', 'du', 'lat',
    // English left in Dutch text
    'u.s', 'l.a', 'd.c',
  ],
  // "Jan" is a first name; only lowercase "jan." is the month.
  caseSensitiveAbbreviations: ['jan'],
  ordinalDot: false,
  functionWords: [
    'de', 'het', 'een', 'en', 'of', 'maar', 'want', 'dus', 'dat', 'die', 'dit', 'deze', 'wat', 'wie', 'waar', 'wanneer', 'hoe', 'waarom', 'als', 'omdat', 'terwijl', 'hoewel', 'toen', 'van', 'in', 'op', 'aan', 'met', 'voor', 'door', 'naar', 'bij', 'uit', 'over', 'onder', 'tot', 'tussen', 'tegen', 'zonder', 'om', 'na', 'sinds', 'tijdens', 'volgens', 'is', 'zijn', 'was', 'waren', 'ben', 'bent', 'wordt', 'worden', 'werd', 'werden', 'heeft', 'hebben', 'had', 'hadden', 'kan', 'kunnen', 'kon', 'moet', 'moeten', 'zal', 'zullen', 'zou', 'zouden', 'wil', 'niet', 'geen', 'ik', 'je', 'jij', 'u', 'hij', 'zij', 'ze', 'we', 'wij', 'jullie', 'hem', 'haar', 'hun', 'hen', 'ons', 'onze', 'mijn', 'jouw', 'er', 'hier', 'daar', 'nu', 'ook', 'nog', 'al', 'wel', 'zo', 'dan', 'meer', 'zeer', 'heel', 'veel', 'alle', 'alles', 'elk', 'elke', 'iets', 'niets', 'toch', 'even', 'alleen', 'weer', 'reeds', 'echter', 'daarom', 'welke',
  ],
  fragmentWords: [
    'ook', 'eveneens', 'opnieuw', 'weer', 'zelfs', 'slechts', 'respectievelijk', 'bovendien', 'namelijk', 'tevens', 'echter',
    'de', 'het', 'een', 'en', 'of', 'van', 'in', 'op', 'aan', 'met', 'voor', 'door', 'naar', 'bij', 'uit', 'over', 'onder', 'tot', 'tussen', 'tegen', 'zonder', 'tijdens', 'volgens', 'wiens', 'wier', 'welke',
  ],
  // Chat abbreviations: written lowercase on purpose, and a sign of informal register.
  chatWords: [
    'lol', 'ok', 'oke', 'xd', 'haha', 'idd', 'wss', 'mss', 'btw', 'wow',
  ],
  // Lowercase names, brands and prefixes that start a sentence as they are.
  lowercaseWords: [
    'www', 'http', 'https',
  ],
  // Lowercase after a sentence end, these most likely open a new sentence: capitalise, do not join.
  sentenceStarters: [
    'ik', 'jij', 'je', 'hij', 'zij', 'ze', 'het', 'wij', 'we', 'jullie', 'u', 'dit', 'dat', 'wat', 'wie', 'hoe', 'waarom', 'wanneer', 'waar', 'welke', 'is', 'zijn', 'was', 'waren', 'heeft', 'hebben', 'kan', 'kunnen', 'zal', 'wordt', 'bedankt', 'dank', 'ja', 'nee', 'hallo', 'goedemorgen', 'sorry', 'maar', 'dan', 'ook', 'misschien', 'mijn', 'onze', 'jouw', 'haar',
  ],
  // Interjections: an exclamation mark after one inside a sentence does not end it.
  interjections: [
    'ach', 'ah', 'oh', 'o', 'hé', 'hè', 'hoera', 'bah', 'jakkes', 'au', 'oei', 'tja', 'hm', 'aha', 'foei', 'helaas', 'hela', 'nou',
  ],
  speechTagAfterComma: true,
  speechVerbs: [
    'zei', 'zegt', 'zeiden', 'vroeg', 'vraagt', 'vroegen', 'antwoordde', 'antwoordt', 'riep', 'roept', 'schreeuwde', 'fluisterde', 'mompelde', 'voegde', 'vulde', 'legde', 'ging', 'schreef', 'schrijft', 'twitterde', 'lachte', 'zuchtte', 'gaf', 'waarschuwde', 'benadrukte', 'stelde', 'verklaarde', 'merkte', 'herhaalde', 'reageerde', 'aldus', 'dacht', 'sprak', 'klaagde', 'beaamde', 'bevestigde', 'protesteerde',
    'hij', 'zij', 'ze', 'ik', 'we', 'wij', 'jij', 'je', 'u',
  ],
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Beide partijen zijn overeengekomen de samenwerking op het gebied van energie uit te breiden.',
  'Het verdrag wordt volgend jaar ondertekend, zei de minister na de gesprekken in Den Haag.',
  'Bedankt voor uw geduld, uw bestelling is al verzonden en zou morgen moeten aankomen.',
];
