import type { LanguageProfile } from './profile.js';

export const pl: LanguageProfile = {
  code: 'pl',
  franc: 'pol',
  name: 'Polish',
  script: 'Latin',
  commonWords:
    'i w nie na się z do to że jest o jak a co ale po od za dla tak są był była było by jego który która które też już tylko czy przez lub oraz może ja ten ta',
  markers: 'ąęłńśźż',
  frequentMarkers: true,
  numberWords: {
    cardinals: {
      0: 'zero/żaden/żadna/żadne', 1: 'jeden/jedna/jedno/jednego/jednej/jednemu/jednym/jedną', 2: 'dwa/dwie/dwóch/dwu/dwom/dwoma/dwiema/oba/obie', 3: 'trzy/trzech/trzem/trzema',
      4: 'cztery/czterech/czterem/czterema', 5: 'pięć/pięciu', 6: 'sześć/sześciu', 7: 'siedem/siedmiu', 8: 'osiem/ośmiu', 9: 'dziewięć/dziewięciu', 10: 'dziesięć/dziesięciu',
      11: 'jedenaście/jedenastu', 12: 'dwanaście/dwunastu',
      // The teens, and the stems of the tens that compounds and ordinals build on ("dwudziestoletni" 20 years old,
      // "czterdziestodwuletni" 42, "szesnastolatek" 16, "latach trzydziestych" the thirties).
      13: 'trzynaście/trzynast', 14: 'czternaście/czternast', 15: 'piętnaście/piętnast', 16: 'szesnaście/szesnast', 17: 'siedemnaście/siedemnast', 18: 'osiemnaście/osiemnast', 19: 'dziewiętnaście/dziewiętnast',
      20: 'dwadzieścia/dwudziestu/dwudziest/dwudziesto', 30: 'trzydzieści/trzydziest/trzydziesto', 40: 'czterdzieści/czterdziest/czterdziesto', 50: 'pięćdziesiąt/pięćdziesięciu/pięćdziesi',
      60: 'sześćdziesiąt/sześćdziesięciu/sześćdziesi', 70: 'siedemdziesiąt/siedemdziesięciu/siedemdziesi', 80: 'osiemdziesiąt/osiemdziesięciu/osiemdziesi', 90: 'dziewięćdziesiąt/dziewięćdziesięciu/dziewięćdziesi',
      100: 'sto', 200: 'dwieście/dwustu', 1000: 'tysiąc',
    },
    scales: { 1000: 'tysiąc/tysiące/tysięcy/tys', 1e6: 'milion/miliony/milionów/mln', 1e9: 'miliard/miliardy/miliardów/mld' },
  },
  abbreviations: [
    // After a number, a one-letter word can be an abbreviation: "XX w." (wiek)
    'w',
    // Linking and hedging words, routinely followed by a lowercase word ("m.in. w", "tzw. ustawa")
    'm.in', 'np', 'tzw', 'tj', 'tzn', 'itd', 'itp', 'etc', 'ok', 'ca', 'wg', 'ww', 'jw', 'j.w', 'dot', 'ds', 'nt', 'zob', 'por', 'cyt', 'wł', 'ew', 'zw', 'in', 'nb', 'cd', 'cdn', 'wsp', 'pw', 'pt', 'pn', 'mn.w', 'bd', 'vs', 'zwł', 'szczeg', 'kl',
    // Time and dates ("w br. rząd", "ub. roku", "godz. siódmej", "p.n.e.")
    'br', 'ub', 'bm', 'b.r', 'ub.r', 'godz', 'min', 'sek', 'dn', 'ur', 'zm', 'p.n.e', 'n.e', 'pon', 'wt', 'śr', 'czw', 'sob', 'niedz', 'stycz', 'kwiet', 'czerw', 'sierp', 'wrz', 'paźdz', 'grudz',
    // Numbers, money and units ("250 tys. zł", "15 proc. wyższy")
    'tys', 'mln', 'mld', 'bln', 'proc', 'pkt', 'zł', 'gr', 'szt', 'm.kw', 'wys', 'dł', 'szer', 'gł', 'maks',
    // Legal, editorial and official ("art. 3 ust. 3 pkt 2 lit. a", "Dz. U.", "sygn.")
    'art', 'lit', 'poz', 'rozdz', 'dz.u', 'dz', 'zał', 'sygn', 'k.c', 'k.p.c', 'k.k', 'k.p.k', 'k.p', 'k.p.a', 'k.s.h', 'nr', 'str', 'wyd', 'red', 'oprac', 'tłum', 'przyp', 'tab', 'tabl', 'il', 'fot', 'ibid', 'op.cit', 'tel',
    // Companies ("sp. z o.o. w", "S.A.")
    'sp', 'o.o', 's.a', 'sp.j', 'sp.k', 's.c', 'inc', 'ltd', 'corp',
    // Academic titles and offices ("dr hab. inż.", "prof. nadzw.", "min. finansów")
    'prof', 'hab', 'inż', 'doc', 'dr', 'mgr', 'lic', 'med', 'nadzw', 'przew', 'pos', 'dyr', 'prez', 'kier', 'zast', 'wz', 'prok', 'mec', 'adw', 'jr', 'mr', 'mrs', 'ms',
    // Army, police and church ("gen. broni", "ks. prałat", "pw. św. Anny")
    'gen', 'dyw', 'bryg', 'płk', 'ppłk', 'mjr', 'kpt', 'ppor', 'kmdr', 'adm', 'sierż', 'st', 'mł', 'kpr', 'plut', 'chor', 'asp', 'podinsp', 'insp', 'podkom', 'nadkom', 'ks', 'abp', 'bp', 'kard', 'św', 'bł', 'śp', 'oo',
    // Addresses and places ("ul. Dobra", "woj. mazowieckie", "m.st. Warszawa")
    'ul', 'al', 'pl', 'os', 'woj', 'pow', 'gm', 'm.st', 'wsch', 'zach', 'płd', 'płn', 'poł',
    // Languages and nationalities ("ang. skrót")
    'ang', 'niem', 'franc', 'łac', 'ros', 'ukr', 'hiszp', 'czes', 'amer', 'bryt', 'chiń', 'jap',
    // English left in Polish text
    'u.s', 'l.a', 'd.c', 'approx',
  ],
  ordinalDot: true,
  functionWords: [
    'i', 'a', 'w', 'we', 'z', 'ze', 'na', 'do', 'o', 'od', 'po', 'przez', 'przy', 'dla', 'za', 'pod', 'nad', 'przed', 'między', 'bez', 'u', 'że', 'aby', 'żeby', 'czy', 'jak', 'jako', 'gdy', 'kiedy', 'jeśli', 'jeżeli', 'ponieważ', 'bo', 'ale', 'lecz', 'oraz', 'lub', 'albo', 'ani', 'też', 'także', 'również', 'już', 'jeszcze', 'tylko', 'nie', 'tak', 'to', 'ten', 'ta', 'te', 'tego', 'tej', 'tym', 'tych', 'tę', 'który', 'która', 'które', 'którego', 'której', 'którzy', 'których', 'co', 'kto', 'gdzie', 'jest', 'są', 'był', 'była', 'było', 'byli', 'być', 'będzie', 'będą', 'jestem', 'został', 'została', 'zostały', 'zostanie', 'ma', 'mają', 'miał', 'miała', 'może', 'można', 'się', 'sobie', 'jego', 'jej', 'ich', 'on', 'ona', 'ono', 'oni', 'one', 'my', 'wy', 'ja', 'ty', 'mu', 'mi', 'go', 'nam', 'nas', 'was', 'jednak', 'więc', 'bardzo', 'więcej', 'wszystkie', 'wszystko', 'każdy', 'tu', 'tam', 'teraz', 'nawet', 'około', 'według', 'wśród', 'podczas', 'poprzez', 'wobec', 'przeciwko', 'dzięki',
  ],
  fragmentWords: [
    'także', 'również', 'znowu', 'znów', 'ponownie', 'nawet', 'tylko', 'jedynie', 'ponadto', 'poza', 'zamiast', 'odpowiednio', 'zwłaszcza', 'wzajemnie', 'natomiast',
    'i', 'a', 'oraz', 'lub', 'albo', 'w', 'we', 'z', 'ze', 'na', 'do', 'o', 'od', 'po', 'przez', 'przy', 'dla', 'za', 'pod', 'nad', 'przed', 'między', 'bez', 'u', 'że', 'aby', 'jako', 'niż', 'który', 'która', 'które', 'którego', 'której', 'których', 'podczas', 'wśród', 'według',
  ],
  // Chat abbreviations: written lowercase on purpose, and a sign of informal register.
  chatWords: [
    'lol', 'xd', 'ok', 'okej', 'spoko', 'pzdr', 'nwm', 'btw', 'imo', 'haha', 'hehe', 'wow',
  ],
  // Lowercase names, brands and prefixes that start a sentence as they are.
  lowercaseWords: [
    'www', 'http', 'https', 'onet.pl', 'wp.pl', 'interia.pl', 'gazeta.pl', 'o2.pl',
  ],
  // Lowercase after a sentence end, these most likely open a new sentence: capitalise, do not join.
  sentenceStarters: [
    'ja', 'ty', 'on', 'ona', 'ono', 'my', 'wy', 'oni', 'one', 'to', 'tego', 'co', 'kto', 'jak', 'dlaczego', 'kiedy', 'gdzie', 'który', 'która', 'które', 'jest', 'są', 'był', 'była', 'było', 'mam', 'mamy', 'dziękuję', 'dzięki', 'tak', 'nie', 'dzień', 'cześć', 'przepraszam', 'proszę', 'ale', 'potem', 'też', 'może', 'mój', 'moja', 'nasz', 'nasza', 'wasz', 'wasza', 'jego', 'jej',
  ],
  // Interjections: an exclamation mark after one inside a sentence does not end it.
  interjections: [
    'ach', 'ah', 'och', 'oh', 'o', 'oj', 'aj', 'ej', 'hej', 'hura', 'fe', 'fuj', 'psst', 'hm', 'aha', 'ha', 'niestety', 'biada', 'ojej', 'ojejku', 'au', 'brr',
  ],
  speechTagAfterComma: true,
  speechVerbs: [
    'zapytał', 'zapytała', 'zapytali', 'spytał', 'spytała', 'pytał', 'pytała', 'pyta', 'dopytywał', 'powiedział', 'powiedziała', 'powiedzieli', 'mówi', 'mówił', 'mówiła', 'rzekł', 'rzekła', 'odpowiedział', 'odpowiedziała', 'odpowiada', 'odparł', 'odparła', 'dodał', 'dodała', 'dodali', 'dodaje', 'krzyknął', 'krzyknęła', 'krzyczał', 'krzyczała', 'wykrzyknął', 'wykrzyknęła', 'zawołał', 'zawołała', 'wołał', 'szepnął', 'szepnęła', 'wyszeptał', 'wyszeptała', 'mruknął', 'mruknęła', 'napisał', 'napisała', 'pisze', 'tweetował', 'stwierdził', 'stwierdziła', 'stwierdza', 'wyjaśnił', 'wyjaśniła', 'wyjaśnia', 'zauważył', 'zauważyła', 'podkreślił', 'podkreśliła', 'ostrzegł', 'ostrzegła', 'zaznaczył', 'zaznaczyła', 'kontynuował', 'kontynuowała', 'westchnął', 'westchnęła', 'zaśmiał', 'zaśmiała', 'roześmiał', 'roześmiała', 'przyznał', 'przyznała', 'oświadczył', 'oświadczyła', 'ogłosił', 'ogłosiła', 'zażądał', 'zażądała', 'powtórzył', 'powtórzyła', 'upierał', 'tłumaczył', 'tłumaczyła', 'zdziwił', 'zdziwiła', 'przekonywał', 'przekonywała', 'apelował', 'apelowała',
    'on', 'ona', 'oni', 'one', 'ja', 'my', 'wy',
  ],
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Obie strony uzgodniły, że rozszerzą współpracę w dziedzinie energetyki.',
  'Traktat zostanie podpisany w przyszłym roku, powiedział minister po rozmowach w Warszawie.',
  'Dziękujemy za cierpliwość, Twoje zamówienie zostało już wysłane i powinno dotrzeć jutro.',
];
