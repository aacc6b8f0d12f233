import type { LanguageProfile } from './profile.js';

export const de: LanguageProfile = {
  code: 'de',
  franc: 'deu',
  name: 'German',
  script: 'Latin',
  commonWords:
    'der die das und ist nicht ein eine zu den von mit sich des auf für im dem es auch als an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde ich wir ihr uns sehr kann du dich dir mich mir ihn ihm euch mein meine dein deine unser euer',
  markers: 'ß',
  numberWords: {
    cardinals: {
      0: 'null/kein/keine', 1: 'eins/ein/eine/einen/einem/einer/eines', 2: 'zwei/beide/beiden', 3: 'drei', 4: 'vier', 5: 'fünf', 6: 'sechs', 7: 'sieben', 8: 'acht', 9: 'neun', 10: 'zehn',
      11: 'elf', 12: 'zwölf/dutzend', 20: 'zwanzig', 30: 'dreißig', 40: 'vierzig', 50: 'fünfzig', 60: 'sechzig', 70: 'siebzig', 80: 'achtzig', 90: 'neunzig',
      100: 'hundert/einhundert', 1000: 'tausend/eintausend',
    },
    scales: { 1000: 'tausend', 1e6: 'million/millionen/mio', 1e9: 'milliarde/milliarden/mrd' },
  },
  abbreviations: [
    // Linking and hedging words, often followed by a lowercase word ("bzw. im Fall", "z.B. für")
    'z.b', 'zb', 'z.bsp', 'bsp', 'z.t', 'z.zt', 'zzt', 'zz', 'd.h', 'dh', 'u.a', 'ua', 'o.a', 'u.ä', 'o.ä', 'u.u', 'u.v.m', 'u.s.w', 'usw', 'usf', 'etc', 'bzw', 'bzgl', 'bezügl', 'ca', 'vgl', 'ggf', 'ggfs', 'evtl', 'inkl', 'incl', 'exkl', 'zzgl', 'abzgl', 'sogen', 'v.a', 'insb', 'insbes', 'bspw', 'bes', 'i.d.r', 'i.a', 'i.allg', 'i.e', 'i.w.s', 'i.e.s', 'i.s.d', 'i.s.v', 'i.v.m', 'i.h.v', 'i.r.d', 'i.d.f', 'i.v', 'i.r', 'i.o', 'o.g', 'u.g', 's.o', 's.u', 'ggü', 'resp', 'vs', 'dgl', 'desgl', 'ebd', 'ders', 'ff', 'einschl', 'entspr', 'allg', 'ugs', 'urspr', 'eigtl', 'sinngem', 'wg', 'zw', 'zus', 'lt', 'gem', 'od', 'mind', 'max', 'min', 'ehem', 'stellv', 'stv', 'erg', 'mtl', 'jährl', 'tägl', 'vorm', 'nachm', 'abds', 'u.z', 'v.l.n.r', 'o.j', 'o.o', 'a.a.o', 'abk', 'ggs', 'insg', 'grds', 'ausschl', 'wiss', 'techn', 'betr', 'staatl', 'gesetzl', 'polit', 'wirtsch', 'mdl', 'schriftl', 'priv', 'öff', 'öffentl', 'kgl',
    // Numbers, quantities and units written with a period
    'mio', 'mrd', 'tsd', 'std', 'sek', 'jh', 'jhd', 'jhdt', 'jhs', 'pkt', 'stk', 'stck', 'ltr', 'pfd', 'ztr', 'tl', 'el', 'msp', 'proz',
    // Legal, editorial and reference
    'abs', 'nr', 'nrn', 'bd', 'bde', 'hrsg', 'hg', 'verf', 'aufl', 'abb', 'anm', 'anh', 'anl', 'ziff', 'lit', 'buchst', 'rn', 'rdnr', 'rz', 'tz', 'fn', 'hs', 'az', 'bgbl', 'vo', 'abschn', 'sp', 'a.f', 'n.f', 'h.m', 'm.w.n', 'vorb', 'begr', 'bearb', 'verl', 'übers', 'übertr', 'ausg', 'jg', 'jgg',
    // Titles and roles
    'dr', 'prof', 'dipl', 'ing', 'dipl.-ing', 'dipl.-kfm', 'lic', 'habil', 'h.c', 'med', 'dent', 'vet', 'rer', 'nat', 'phil', 'jur', 'oec', 'theol', 'hr', 'hrn', 'fr', 'frl', 'hl', 'st', 'pfr', 'präs', 'vors', 'vizepräs', 'gf', 'abg', 'reg', 'kfm', 'kffr', 'obm', 'univ', 'univ.-prof', 'jr', 'sen', 'sr', 'mr', 'mrs', 'ms', 'hptm', 'oblt', 'kpt', 'fw', 'uffz', 'gefr',
    // Birth, death, family status
    'geb', 'gest', 'verh', 'verw', 'gesch', 'led', 'verst',
    // Companies, associations and addresses
    'e.v', 'e.g', 'e.k', 'co', 'inc', 'ltd', 'corp', 'fa', 'ges', 'inh', 'str', 'pl', 'hbf', 'bhf', 'kr', 'lkr', 'bez', 'reg.-bez', 'kt', 'gde', 'postf', 'tel', 'whg', 'zi', 'etg', 'a.d', 'a.m', 'i.br', 'b.v', 'n.v', 'kl',
    // Months and weekdays (their lowercase forms are not German words)
    'febr', 'feb', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'okt', 'nov', 'dez', 'mo', 'di', 'mi', 'do', 'sa',
    // Eras and religion
    'v.chr', 'n.chr', 'chr', 'v.u.z', 'kath', 'ev', 'evang', 'röm', 'röm.-kath', 'ref',
    // Languages, countries and regions
    'dt', 'engl', 'franz', 'frz', 'ital', 'span', 'lat', 'griech', 'russ', 'poln', 'tschech', 'ungar', 'türk', 'niederl', 'schwed', 'chin', 'jap', 'arab', 'hebr', 'amerik', 'amerikan', 'brit', 'österr', 'schweiz', 'europ', 'bayr', 'bayer', 'sächs', 'int',
    // Tax, trade and forms
    'mwst', 'ust', 'brt', 'btto', 'ntto', 'pers', 'pos', 'art.-nr', 'best.-nr', 'kto', 'blz',
    // English left in German text
    'u.s', 'u.k', 'l.a', 'd.c', 'approx',
  ],
  // Also ordinary words in another case ("so", "mag", the nouns "Pol" and "Sog"): abbreviations only as written.
  caseSensitiveAbbreviations: ['So', 'Mag', 'pol', 'sog', 'Bl'],
  ordinalDot: true,
  capitalisedNouns: true,
  functionWords: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'und', 'oder', 'aber', 'denn', 'sondern', 'doch', 'dass', 'ob', 'wenn', 'weil', 'als', 'wie', 'wo', 'was', 'wer', 'wann', 'warum', 'welche', 'welcher', 'welches', 'obwohl', 'während', 'damit', 'sodass', 'nachdem', 'bevor', 'sofern', 'soweit', 'falls', 'sobald', 'solange', 'indem', 'seit', 'bis', 'in', 'im', 'ins', 'an', 'am', 'ans', 'auf', 'aus', 'bei', 'beim', 'mit', 'nach', 'von', 'vom', 'zu', 'zum', 'zur', 'für', 'über', 'unter', 'vor', 'hinter', 'neben', 'zwischen', 'durch', 'gegen', 'ohne', 'um', 'wegen', 'trotz', 'innerhalb', 'außerhalb', 'laut', 'ist', 'sind', 'war', 'waren', 'sein', 'bin', 'bist', 'seid', 'wird', 'werden', 'wurde', 'wurden', 'worden', 'hat', 'haben', 'hatte', 'hatten', 'kann', 'können', 'konnte', 'muss', 'müssen', 'soll', 'sollen', 'sollte', 'will', 'wollen', 'darf', 'möchte', 'würde', 'nicht', 'kein', 'keine', 'keinen', 'ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'mich', 'mir', 'dich', 'dir', 'ihn', 'ihm', 'ihnen', 'uns', 'euch', 'sich', 'seine', 'seinen', 'seiner', 'ihre', 'ihren', 'unser', 'unsere', 'dieser', 'diese', 'dieses', 'diesen', 'jener', 'man', 'auch', 'noch', 'schon', 'nur', 'sehr', 'mehr', 'so', 'dann', 'da', 'hier', 'dort', 'jetzt', 'immer', 'wieder', 'etwa', 'bereits', 'sowie', 'zudem', 'jedoch', 'also', 'alle', 'allen', 'viele', 'einige', 'andere', 'anderen', 'jeder', 'jede', 'selbst', 'sogar', 'eben', 'ja', 'nein',
  ],
  fragmentWords: [
    'auch', 'ebenfalls', 'ebenso', 'wieder', 'erneut', 'sogar', 'nur', 'lediglich', 'bloß', 'außerdem', 'zudem', 'ferner', 'jeweils', 'beziehungsweise', 'sowie', 'stattdessen', 'hingegen', 'wiederum',
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'und', 'oder', 'aber', 'sondern', 'dass', 'in', 'im', 'an', 'am', 'auf', 'aus', 'bei', 'beim', 'mit', 'von', 'vom', 'zu', 'zum', 'zur', 'für', 'über', 'unter', 'zwischen', 'durch', 'gegen', 'ohne', 'um', 'wegen', 'trotz', 'als', 'wie', 'deren', 'dessen', 'welche', 'welcher',
  ],
  // Chat abbreviations: written lowercase on purpose, and a sign of informal register.
  chatWords: [
    'lol', 'omg', 'thx', 'btw', 'imho', 'fyi', 'mfg', 'lg', 'vg', 'ok', 'okay', 'ps', 'xd', 'haha', 'hehe', 'hihi', 'vllt', 'wow',
  ],
  // Lowercase names, brands and prefixes that start a sentence as they are.
  lowercaseWords: [
    'www', 'http', 'https', 'stern', 'taz', 'bento', 'dm', 'tagesschau.de', 'spiegel.de',
  ],
  // Lowercase after a sentence end, these most likely open a new sentence: capitalise, do not join.
  sentenceStarters: [
    'ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'man', 'das', 'dies', 'dieser', 'diese', 'dieses', 'es\'s', 'was', 'wer', 'wie', 'warum', 'wann', 'wo', 'welche', 'welcher', 'welches', 'ist', 'sind', 'war', 'waren', 'hat', 'haben', 'kann', 'können', 'wird', 'werden', 'soll', 'sollen', 'bitte', 'danke', 'ja', 'nein', 'gut', 'hallo', 'entschuldigung', 'jetzt', 'dann', 'also', 'aber', 'auch', 'leider', 'vielleicht', 'mein', 'meine', 'unser', 'unsere', 'dein', 'deine', 'sein', 'seine', 'ihre',
  ],
  // Interjections: an exclamation mark after one inside a sentence does not end it.
  interjections: [
    'ach', 'ah', 'oh', 'o', 'ei', 'au', 'aua', 'oje', 'ojemine', 'hei', 'juchhe', 'hurra', 'pfui', 'nanu', 'tja', 'huch', 'ha', 'aha', 'oho', 'ätsch', 'igitt', 'pst', 'psst', 'hm', 'hmm', 'ui', 'weh', 'wehe', 'ade', 'holla', 'heda',
    // Hesitation in transcribed speech.
    'äh', 'ähm', 'öhm', 'hä',
  ],
  speechTagAfterComma: true,
  speechVerbs: [
    'sagte', 'sagten', 'sagt', 'fragte', 'fragten', 'fragt', 'antwortete', 'antworteten', 'antwortet', 'erwiderte', 'entgegnete', 'konterte', 'widersprach', 'rief', 'riefen', 'ruft', 'schrie', 'schrien', 'brüllte', 'flüsterte', 'murmelte', 'brummte', 'stammelte', 'meinte', 'meint', 'erklärte', 'erklärt', 'betonte', 'betont', 'bestätigte', 'fügte', 'ergänzte', 'ergänzt', 'fuhr', 'unterbrach', 'hakte', 'schrieb', 'schreibt', 'twitterte', 'lachte', 'seufzte', 'stöhnte', 'jammerte', 'schimpfte', 'staunte', 'wunderte', 'beharrte', 'gab', 'räumte', 'warnte', 'forderte', 'verlangte', 'bat', 'befahl', 'klagte', 'jubelte', 'mahnte', 'drängte', 'versprach', 'stellte', 'teilte', 'so', 'heißt', 'hieß', 'erzählte', 'berichtete', 'bemerkte', 'kommentierte', 'sprach', 'wiederholte', 'zitierte', 'gesagt', 'gefragt', 'gerufen',
    'er', 'sie', 'es', 'ich', 'wir', 'ihr', 'man',
  ],
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Die beiden Seiten vereinbarten, die Zusammenarbeit im Bereich der Energie auszubauen.',
  'Der Vertrag wird im nächsten Jahr unterzeichnet, sagte der Minister nach den Gesprächen in Berlin.',
  'Vielen Dank für Ihre Geduld, Ihre Bestellung wurde bereits verschickt und sollte morgen ankommen.',
];
