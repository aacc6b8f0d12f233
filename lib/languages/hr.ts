import type { LanguageProfile } from './profile.js';

export const hr: LanguageProfile = {
  code: 'hr',
  franc: 'hrv',
  name: 'Croatian',
  script: 'Latin',
  commonWords:
    'i je u na se da za od s su a o to ali kao što koji koja koje bio bila bilo biti sam smo ih iz ne će bi sve samo već kako jer prema još ovo taj mi mu ta pod nad bez gdje kada ni vrlo zbog nakon ovaj ova do po te li ga pa sa uz pri kroz ja ti on ona oni vi ste nije nisu može ima nema također ako ju bih kad tako sada više među oko prije dok čak',
  markers: 'đ',
  group: 'hbs',
  numberWords: {
    cardinals: {
      0: 'nula/nijedan/nijedna', 1: 'jedan/jedna/jedno/jednog/jednoj/jednom/jednu', 2: 'dva/dvije/dvaju/dvama/oba/obje', 3: 'tri/triju/trima', 4: 'četiri/četiriju',
      5: 'pet', 6: 'šest', 7: 'sedam', 8: 'osam', 9: 'devet', 10: 'deset', 11: 'jedanaest', 12: 'dvanaest', 20: 'dvadeset', 30: 'trideset', 40: 'četrdeset', 50: 'pedeset',
      60: 'šezdeset', 70: 'sedamdeset', 80: 'osamdeset', 90: 'devedeset', 100: 'sto/stotinu', 1000: 'tisuću/tisuća',
    },
    scales: { 1000: 'tisuća/tisuće/tisuću', 1e6: 'milijun/milijuna/milijuni', 1e9: 'milijarda/milijarde/milijardi' },
  },
  abbreviations: [
    // Linking and hedging words, routinely followed by a lowercase word ("tj. da", "npr. pudlice", "i sl. u")
    'tj', 'npr', 'tzv', 'itd', 'sl', 'odn', 'usp', 'cca', 'max', 'min', 'maks', 'etc', 'vs', 'i.dr', 'itsl', 'sc',
    // Time, dates and numbers ("19. st.", "5 mil. kuna")
    'st', 'stolj', 'sek', 'mj', 'pr', 'pr.kr', 'kr', 'n.e', 'pr.n.e', 'mil', 'mlrd', 'tis', 'kn', 'br', 'rođ', 'umr', 'pok',
    // Legal, editorial and official ("čl. 5. st. 2.", "izd.", "ur.")
    'čl', 'toč', 'al', 'gl', 'odj', 'pogl', 'str', 'sv', 'izd', 'ur', 'prir', 'prev', 'sur', 'bilj', 'lit', 'tel', 'mob', 'tab', 'sl.l', 'n.n',
    // Companies
    'd.d', 'd.o.o', 'j.d.o.o', 'inc', 'ltd', 'co', 'corp',
    // Academic and professional titles and forms of address
    'dr', 'prof', 'doc', 'mr', 'mr.sc', 'dr.sc', 'dr.med', 'dipl', 'ing', 'dipl.ing', 'bacc', 'univ', 'oec', 'iur', 'med', 'dent', 'vet', 'struč', 'spec', 'gosp', 'vlč', 'gen', 'jr', 'sr', 'mrs', 'ms',
    // Addresses and places
    'ul', 'sjev', 'juž', 'ist', 'zap',
    // Languages and nationalities ("(engl. conscious hip-hop)")
    'engl', 'njem', 'franc', 'tal', 'lat', 'grč', 'hrv', 'mađ', 'španj', 'amer', 'brit', 'kin', 'jap', 'slov',
    // English left in Croatian text
    'u.s', 'l.a', 'd.c', 'approx',
  ],
  // "Rus" (a Russian) is a noun; only lowercase "rus." is the abbreviation.
  caseSensitiveAbbreviations: ['rus'],
  ordinalDot: true,
  yearOrdinals: true,
  functionWords: [
    'i', 'a', 'ali', 'ili', 'te', 'pa', 'da', 'je', 'su', 'biti', 'bio', 'bila', 'bilo', 'bili', 'će', 'ćemo', 'ćete', 'ću', 'bi', 'sam', 'si', 'smo', 'ste', 'nije', 'nisu', 'ima', 'imaju', 'može', 'mogu', 'u', 'na', 'za', 'od', 'do', 's', 'sa', 'iz', 'o', 'po', 'pri', 'kod', 'prema', 'između', 'nad', 'pod', 'pred', 'bez', 'kroz', 'oko', 'zbog', 'tijekom', 'nakon', 'prije', 'protiv', 'koji', 'koja', 'koje', 'kojeg', 'kojega', 'kojoj', 'kojim', 'kojima', 'što', 'tko', 'gdje', 'kada', 'kad', 'kako', 'zašto', 'jer', 'ako', 'dok', 'kao', 'nego', 'također', 'već', 'još', 'samo', 'vrlo', 'više', 'no', 'međutim', 'ovaj', 'ova', 'ovo', 'ove', 'taj', 'ta', 'to', 'tog', 'toga', 'njegov', 'njezin', 'njihov', 'njihova', 'on', 'ona', 'ono', 'oni', 'one', 'mi', 'vi', 'ja', 'ti', 'se', 'ga', 'mu', 'joj', 'ih', 'im', 'nas', 'vas', 'svoj', 'svoje', 'svoju', 'sve', 'svi', 'svaki', 'nešto', 'ništa', 'sada', 'sad', 'ovdje', 'tamo', 'čak', 'ipak', 'stoga', 'zato', 'odnosno', 'tek', 'li', 'ni', 'niti',
  ],
  fragmentWords: [
    'također', 'opet', 'ponovno', 'ponovo', 'čak', 'samo', 'jedino', 'osim', 'umjesto', 'odnosno', 'pritom', 'nadalje', 'uglavnom', 'posebice',
    'i', 'a', 'ili', 'te', 'u', 'na', 'za', 'od', 'do', 's', 'sa', 'iz', 'o', 'po', 'pri', 'kod', 'prema', 'između', 'bez', 'kroz', 'zbog', 'tijekom', 'nakon', 'koji', 'koja', 'koje', 'čiji', 'čija', 'čije', 'nego', 'kao', 'da',
  ],
  // Chat abbreviations: written lowercase on purpose, and a sign of informal register.
  chatWords: [
    'lol', 'xd', 'ok', 'btw', 'haha', 'hehe', 'wow',
  ],
  // Lowercase names, brands and prefixes that start a sentence as they are.
  lowercaseWords: [
    'www', 'http', 'https', 'index.hr', 'net.hr', 'jutarnji.hr', 'vecernji.hr', 'tportal.hr',
  ],
  // Lowercase after a sentence end, these most likely open a new sentence: capitalise, do not join.
  sentenceStarters: [
    'ja', 'ti', 'on', 'ona', 'ono', 'mi', 'vi', 'oni', 'one', 'to', 'ovo', 'što', 'tko', 'kako', 'zašto', 'kada', 'gdje', 'koji', 'koja', 'koje', 'je', 'su', 'bio', 'bila', 'bilo', 'imam', 'imamo', 'hvala', 'da', 'ne', 'dobar', 'dobro', 'bok', 'oprostite', 'molim', 'ali', 'onda', 'također', 'možda', 'moj', 'moja', 'naš', 'naša', 'vaš', 'vaša', 'njegov', 'njezin',
  ],
  // Interjections: an exclamation mark after one inside a sentence does not end it.
  interjections: [
    'ah', 'oh', 'o', 'joj', 'jao', 'ej', 'hej', 'uh', 'fuj', 'ura', 'hm', 'aha', 'ajme', 'jaoj', 'eh', 'au', 'gle', 'evo',
  ],
  speechTagAfterComma: true,
  speechVerbs: [
    'rekao', 'rekla', 'rekli', 'kaže', 'kazao', 'kazala', 'upitao', 'upitala', 'zapitao', 'zapitala', 'pitao', 'pitala', 'pita', 'odgovorio', 'odgovorila', 'odgovara', 'uzvratio', 'uzvratila', 'dodao', 'dodala', 'dodali', 'dodaje', 'uzviknuo', 'uzviknula', 'viknuo', 'viknula', 'vikao', 'vikala', 'povikao', 'povikala', 'šapnuo', 'šapnula', 'promrmljao', 'promrmljala', 'napisao', 'napisala', 'piše', 'tvitao', 'tvitala', 'izjavio', 'izjavila', 'objasnio', 'objasnila', 'istaknuo', 'istaknula', 'naglasio', 'naglasila', 'upozorio', 'upozorila', 'nastavio', 'nastavila', 'uzdahnuo', 'uzdahnula', 'nasmijao', 'nasmijala', 'priznao', 'priznala', 'ponovio', 'ponovila', 'primijetio', 'primijetila', 'napomenuo', 'napomenula', 'poručio', 'poručila', 'zaključio', 'zaključila', 'tvrdi', 'tvrdio', 'tvrdila', 'smatra', 'zavapio', 'zavapila', 'ustvrdio', 'ustvrdila',
    'on', 'ona', 'oni', 'one', 'ja', 'mi', 'vi', 'je', 'se',
  ],
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Obje strane dogovorile su se da će proširiti suradnju u području energetike.',
  'Ugovor će biti potpisan sljedeće godine, rekao je ministar nakon razgovora u Zagrebu.',
  'Hvala vam na strpljenju, vaša je narudžba već poslana i trebala bi stići sutra.',
];
