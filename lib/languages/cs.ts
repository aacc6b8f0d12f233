import type { LanguageProfile } from './profile.js';

export const cs: LanguageProfile = {
  code: 'cs',
  franc: 'ces',
  name: 'Czech',
  script: 'Latin',
  commonWords:
    'a je se na v že to s z o do ve k ale jako pro by jsou být jsem jeho které který která také už jen tak po od při podle byl byla bylo není jak však když nebo i mezi si jsme jste za ze u aby bude jejich své má tento tato toto tuto ty tyto jsi mě nás vás nám vám ani protože proto ještě pouze velmi více než co kde kdy před přes ke budou mohou mají jestli on ona ono oni já vy mi ti tě mu ho jí můj tvůj náš váš ne',
  markers: 'ěřů',
  frequentMarkers: true,
  group: 'cs-sk',
  numberWords: {
    cardinals: {
      0: 'nula/žádný/žádná/žádné', 1: 'jeden/jedna/jedno/jednoho/jednomu/jedné/jednou/jedním', 2: 'dva/dvě/dvou/dvěma/oba/obě', 3: 'tři/tří/třem/třemi',
      4: 'čtyři/čtyř/čtyřem/čtyřmi', 5: 'pět/pěti', 6: 'šest/šesti', 7: 'sedm/sedmi', 8: 'osm/osmi', 9: 'devět/devíti', 10: 'deset/deseti',
      11: 'jedenáct/jedenácti', 12: 'dvanáct/dvanácti', 20: 'dvacet/dvaceti', 30: 'třicet/třiceti', 40: 'čtyřicet', 50: 'padesát', 60: 'šedesát', 70: 'sedmdesát', 80: 'osmdesát', 90: 'devadesát',
      100: 'sto', 1000: 'tisíc',
    },
    scales: { 1000: 'tisíc/tisíce/tis', 1e6: 'milion/miliony/milionů/mil', 1e9: 'miliarda/miliardy/miliard/mld' },
  },
  abbreviations: [
    // Linking and hedging words, routinely followed by a lowercase word ("tzv. oznamovatel", "tj. lhůtu")
    'tzv', 'tj', 'tzn', 'např', 'resp', 'apod', 'atd', 'atp', 'aj', 'mj', 'popř', 'příp', 'event', 'cca', 'viz', 'srov', 'pozn', 'př', 'vč', 'zvl', 'zejm', 'zprav', 'obv', 'pravděp', 'přibl', 'odh', 'prům', 'max', 'min', 'nejv', 'nejm', 'etc', 'vs', 'mn', 'jedn',
    // Time and dates ("v 10 hod. ráno", "př. n. l.", "t. r.")
    'hod', 'sek', 'měs', 'týd', 'roč', 'stol', 'st', 'n.l', 'př.n.l', 'př.kr', 'po.kr', 't.r', 't.m', 't.č', 'b.r', 'ml', 'nar', 'zemř', 'roz',
    // Numbers, money and units ("100 mil. korun", "5 tis. obyvatel")
    'tis', 'mil', 'mld', 'bil', 'kč', 'hal', 'ks', 'm.n.m', 'el',
    // Legal and official ("č. 89/2012 Sb. a", "odst. 2", "písm. a", "sp. zn.", "k. ú.")
    'čís', 'čj', 'č.j', 'č.p', 'čp', 'č.ev', 'r.č', 'ev', 'evid', 'sp', 'zn', 'sp.zn', 'str', 'odst', 'písm', 'zák', 'zk', 'sb', 'nař', 'vyhl', 'usn', 'čl', 'par', 'hl', 'hl.m', 'k.ú', 'parc', 'příl', 'tab', 'kap', 'vyd', 'nakl', 'red', 'sv', 'ed', 'vol',
    // Bibliographies ("Přel. z angličtiny", "s předml. autora", "podle lit. uvedené")
    'přel', 'předml', 'lit', 'obch', 'tr', 'odd', 'zákl', 'o.s.ř', 'tr.ř', 'obč', 'obč.z', 'obch.z', 'z.p', 'č.ú', 'tel', 'mob',
    // Companies and organisations ("spol. s r. o.", "a. s.")
    's.r.o', 'spol', 'r.o', 'a.s', 'v.o.s', 'k.s', 'o.p.s', 'z.s', 'z.ú', 's.p', 'o.s', 'p.o', 'o.z', 'inc', 'ltd', 'corp',
    // Academic and professional titles
    'ing', 'mgr', 'bc', 'mudr', 'judr', 'phdr', 'rndr', 'mvdr', 'paeddr', 'thdr', 'pharmdr', 'mddr', 'icdr', 'thlic', 'thmgr', 'doc', 'prof', 'dr', 'drsc', 'csc', 'phd', 'ph.d', 'dis', 'akad', 'ak', 'dipl',
    // Forms of address, church and army ("sv. apoštola", "gen. ve výslužbě")
    'pí', 'sl', 'předs', 'místopř', 'posl', 'mons', 'p.t', 'gen', 'arm.gen', 'plk', 'pplk', 'mjr', 'kpt', 'škpt', 'npor', 'por', 'ppor', 'rtm', 'nrtm', 'prap', 'des', 'svob', 'jr', 'sr', 'mr', 'mrs', 'ms',
    // Addresses and places
    'ul', 'tř', 'nábř', 'sídl', 'okr', 'sev', 'záp', 'vých', 'stř', 'jz',
    // Languages and nationalities ("angl. výraz", "500 austr. dolarů")
    'angl', 'fr', 'franc', 'lat', 'řec', 'čes', 'maď', 'pol', 'austr', 'brit', 'čín', 'jap', 'amer', 'špan', 'ital',
    // English and US state abbreviations left in Czech news
    'l.a', 'u.s', 'd.c', 'n.y', 'mass', 'calif', 'fla', 'ill', 'penn', 'wash', 'approx',
  ],
  // "Rus" (a Russian) is a noun and "AP" the news agency; only lowercase "rus.", "ap." are abbreviations.
  caseSensitiveAbbreviations: ['rus', 'ap'],
  ordinalDot: true,
  functionWords: [
    'a', 'i', 'ale', 'nebo', 'ani', 'anebo', 'že', 'aby', 'když', 'protože', 'jestli', 'jestliže', 'pokud', 'než', 'jako', 'jak', 'který', 'která', 'které', 'kterou', 'kterého', 'kterým', 'kteří', 'jenž', 'jež', 'co', 'kdo', 'kde', 'kdy', 'proč', 'v', 've', 'na', 'do', 'z', 'ze', 's', 'se', 'si', 'k', 'ke', 'o', 'u', 'od', 'po', 'pro', 'při', 'za', 'před', 'mezi', 'nad', 'pod', 'přes', 'bez', 'kolem', 'podle', 'během', 'proti', 'díky', 'je', 'jsou', 'byl', 'byla', 'bylo', 'byli', 'být', 'bude', 'budou', 'jsem', 'jsi', 'jsme', 'jste', 'by', 'bych', 'bychom', 'má', 'mají', 'měl', 'měla', 'mohl', 'může', 'mohou', 'není', 'nejsou', 'to', 'ten', 'ta', 'tento', 'tato', 'toto', 'tyto', 'tak', 'také', 'tam', 'tady', 'zde', 'už', 'již', 'ještě', 'jen', 'jenom', 'pouze', 'velmi', 'více', 'však', 'totiž', 'tedy', 'proto', 'pak', 'potom', 'jeho', 'její', 'jejich', 'on', 'ona', 'ono', 'oni', 'ony', 'my', 'vy', 'já', 'ty', 'mu', 'mi', 'ho', 'jí', 'jim', 'nás', 'vás', 'svůj', 'své', 'svého', 'svou', 'všechny', 'všech', 'všichni', 'každý', 'žádný', 'nic', 'nikdo', 'rovněž', 'navíc', 'zatím', 'stále', 'dnes',
  ],
  fragmentWords: [
    'také', 'též', 'rovněž', 'znovu', 'opět', 'dokonce', 'jen', 'jenom', 'pouze', 'navíc', 'respektive', 'případně', 'popřípadě', 'zejména', 'především', 'přitom', 'namísto',
    'a', 'i', 'ale', 'nebo', 'ani', 'že', 'aby', 'v', 've', 'na', 'do', 'z', 'ze', 's', 'k', 'ke', 'o', 'u', 'od', 'po', 'pro', 'při', 'za', 'před', 'mezi', 'nad', 'pod', 'přes', 'bez', 'podle', 'během', 'než', 'jako', 'který', 'která', 'které', 'jehož', 'jejíž', 'jejichž',
  ],
  // Chat abbreviations: written lowercase on purpose, and a sign of informal register.
  chatWords: [
    'lol', 'omg', 'btw', 'jj', 'ok', 'oki', 'xd', 'haha', 'hehe', 'pls', 'wow',
  ],
  // Lowercase names, brands and prefixes that start a sentence as they are.
  lowercaseWords: [
    'www', 'http', 'https', 'novinky.cz', 'seznam.cz', 'idnes.cz', 'lidovky.cz', 'e15', 'mall.cz', 'alza.cz',
  ],
  // Lowercase after a sentence end, these most likely open a new sentence: capitalise, do not join.
  sentenceStarters: [
    'já', 'ty', 'on', 'ona', 'ono', 'my', 'vy', 'oni', 'ony', 'to', 'toto', 'tohle', 'co', 'kdo', 'jak', 'proč', 'kdy', 'kde', 'který', 'která', 'které', 'je', 'jsou', 'byl', 'byla', 'bylo', 'mám', 'máme', 'děkuji', 'díky', 'ano', 'ne', 'dobrý', 'ahoj', 'promiňte', 'prosím', 'ale', 'pak', 'také', 'možná', 'můj', 'moje', 'náš', 'naše', 'váš', 'vaše', 'jeho', 'její',
  ],
  // Interjections: an exclamation mark after one inside a sentence does not end it.
  interjections: [
    'ach', 'ah', 'oh', 'ó', 'o', 'ej', 'jé', 'jéje', 'au', 'ouvej', 'hurá', 'fuj', 'pst', 'hm', 'aha', 'ha', 'hej', 'inu', 'juj', 'běda', 'ejhle', 'hleďme', 'ouha', 'bác', 'hele',
    // Hesitation in transcribed speech.
    'ehm', 'eh', 'em', 'hmm',
  ],
  speechTagAfterComma: true,
  speechVerbs: [
    'zeptal', 'zeptala', 'zeptali', 'zeptá', 'ptal', 'ptala', 'ptali', 'ptá', 'ptají', 'dotázal', 'dotázala', 'řekl', 'řekla', 'řekli', 'říká', 'říkal', 'říkala', 'odpověděl', 'odpověděla', 'odpověděli', 'odpovídá', 'odvětil', 'odvětila', 'opáčil', 'opáčila', 'dodal', 'dodala', 'dodali', 'dodává', 'pokračoval', 'pokračovala', 'pokračuje', 'vykřikl', 'vykřikla', 'křičel', 'křičela', 'zakřičel', 'zakřičela', 'zvolal', 'zvolala', 'zašeptal', 'zašeptala', 'šeptal', 'šeptala', 'zamumlal', 'zamumlala', 'napsal', 'napsala', 'napsali', 'píše', 'psal', 'psala', 'tweetoval', 'tweetovala', 'uvedl', 'uvedla', 'uvedli', 'uvádí', 'prohlásil', 'prohlásila', 'vysvětlil', 'vysvětlila', 'vysvětluje', 'poznamenal', 'poznamenala', 'podotkl', 'podotkla', 'upozornil', 'upozornila', 'varoval', 'varovala', 'zdůraznil', 'zdůraznila', 'zasmál', 'zasmála', 'smál', 'smála', 'povzdechl', 'povzdechla', 'namítl', 'namítla', 'opakoval', 'opakovala', 'divil', 'divila', 'ozval', 'ozvala', 'pravil', 'pravila', 'tvrdil', 'tvrdila', 'tvrdí', 'míní', 'mínil', 'mínila', 'dodávají', 'uzavřel', 'uzavřela', 'vyzval', 'vyzvala', 'žádal', 'žádala', 'prosil', 'prosila',
    'on', 'ona', 'oni', 'ony', 'já', 'my', 'vy', 'se', 'si', 'mu', 'jí', 'jim',
  ],
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Obě strany se dohodly, že rozšíří spolupráci v oblasti energetiky.',
  'Smlouva bude podepsána příští rok, řekl ministr po jednáních v Praze.',
  'Děkujeme za trpělivost, vaše objednávka již byla odeslána a měla by dorazit zítra.',
];
