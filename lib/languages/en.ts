import type { LanguageProfile } from './profile.js';

export const en: LanguageProfile = {
  code: 'en',
  franc: 'eng',
  name: 'English',
  script: 'Latin',
  commonWords:
    'the of and to in is that it was for on with as are be this by have from at not but they his her we you a an or were which their has had been will would there what who all can if its so no one more about when out up them some could into than other only then these also said our my your i he she me him do does did how why because any over after before just very where while',
  numberWords: {
    cardinals: {
      // Fractions and multiples said in words ("half an inch", "twice", "tripled", "a pair", "a trio")
      // and the span of years a translation counts in digits ("a decade": "10年"; "a century" is the scale below);
      // the teens are the decade of life that Chinese, Japanese and Korean write "10代", "10대", "十几岁".
      0.5: 'half', 10: 'ten/tenth/decade/decades/teen/teens/teenage/teenager/teenagers', 100: 'hundred/one hundred',
      0: 'zero/no', 1: 'one/a/an/first', 2: 'two/both/second/twice/double/doubled/pair/couple/duo', 3: 'three/third/thrice/triple/tripled/trio', 4: 'four', 5: 'five/fifth', 6: 'six/sixth', 7: 'seven', 8: 'eight', 9: 'nine/ninth',
      11: 'eleven', 12: 'twelve/twelfth/dozen', 13: 'thirteen', 14: 'fourteen', 15: 'fifteen', 16: 'sixteen', 17: 'seventeen', 18: 'eighteen', 19: 'nineteen',
      20: 'twenty/twentieth/twenties', 30: 'thirty/thirtieth/thirties', 40: 'forty/fortieth/forties', 50: 'fifty/fiftieth/fifties', 60: 'sixty/sixtieth/sixties',
      70: 'seventy/seventieth/seventies', 80: 'eighty/eightieth/eighties', 90: 'ninety/ninetieth/nineties',
      1000: 'thousand',
    },
    scales: { 10: 'decade/decades', 100: 'century/centuries', 1000: 'thousand', 1e6: 'million/millions', 1e9: 'billion/billions' },
  },
  abbreviations: [
    // Latin and scholarly
    'e.g', 'eg', 'i.e', 'ie', 'etc', 'cf', 'viz', 'vs', 'v', 'ca', 'approx', 'al', 'ibid', 'op', 'cit', 'seq', 'sq', 'sqq', 'ff', 'pp', 'p', 'para', 'paras', 'sec', 'sect', 'ch', 'chap', 'vol', 'vols', 'ed', 'eds', 'transl', 'figs', 'no', 'nos', 'nr', 'ref', 'repr', 'esp', 'resp', 'incl', 'excl', 'exp', 'ext', 'attn', 'encl', 'misc', 'orig', 'abbr', 'corresp',
    // Bibliographies (Chicago style: "Trans. by", "ed. and trans. with", "Illus. by", "Rpt. with")
    'trans', 'comp', 'introd', 'illus', 'rpt', 'suppl', 'ser',
    // Titles
    'mr', 'mrs', 'ms', 'messrs', 'mme', 'mlle', 'dr', 'prof', 'rev', 'sr', 'jr', 'st', 'ste', 'capt', 'cpt', 'sgt', 'cmdr', 'supt', 'insp', 'pvt', 'cpl',
    // Companies and addresses
    'co', 'corp', 'inc', 'ltd', 'llc', 'plc', 'bros', 'dept', 'assn', 'assoc', 'ave', 'blvd', 'rd', 'hwy', 'apt', 'bldg', 'univ', 'intl', 'natl', 'govt',
    // Time
    'a.m', 'p.m', 'b.c', 'a.d', 'yr', 'yrs', 'hr', 'hrs', 'min', 'mins', 'secs',
    // Units and quantities
    'pcs', 'pc', 'pkg', 'qty', 'oz', 'lb', 'lbs', 'ft', 'yd', 'yds', 'cu', 'kcal', 'tbsp', 'tsp', 'pt', 'qt', 'doz', 'avg',
    // Countries and places written with inner periods
    'u.s', 'u.s.a', 'u.k', 'u.n', 'e.u', 'd.c', 'n.y', 'l.a',
    // Left in translated legal and commercial text (Czech "parc.", "pers.", "spol.")
    'pers', 'parc', 'techn', 'compl', 'coll', 'cust', 'spol',
  ],
  // Also ordinary words when lowercase ("art", "sun", "gen"): abbreviations only as written here.
  caseSensitiveAbbreviations: [
    'Art', 'Arts', 'Fig', 'Gen', 'Col', 'Lt', 'Maj', 'Gov', 'Sen', 'Rep', 'Pres', 'Hon', 'Adm', 'Mt', 'Fr', 'Ex', 'Est', 'Div', 'Reg', 'Det', 'Tel', 'Ph', 'Cal', 'Temp', 'Max', 'Var', 'No', 'Nos',
    // US states as the AP style abbreviates them in datelines and addresses ("Racine, Wis. in"), where no word of the language is spelt alike
    'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Fla', 'Kan', 'Kans', 'Ky', 'Mich', 'Minn', 'Neb', 'Nebr', 'Nev', 'Okla', 'Tenn', 'Tex', 'Vt', 'Wis', 'Wyo',
    'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
    'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
  ],
  ordinalDot: false,
  functionWords: [
    'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'then', 'than', 'that', 'this', 'these', 'those', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'without', 'about', 'into', 'onto', 'over', 'under', 'between', 'among', 'through', 'during', 'before', 'after', 'since', 'until', 'while', 'as', 'because', 'although', 'though', 'whether', 'which', 'who', 'whom', 'whose', 'what', 'where', 'when', 'why', 'how', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', 'no', 'it', 'its', 'he', 'she', 'they', 'we', 'you', 'i', 'him', 'her', 'them', 'us', 'me', 'his', 'their', 'our', 'your', 'my', 'there', 'here', 'also', 'very', 'more', 'most', 'such', 'other', 'all', 'any', 'some', 'each', 'both', 'only', 'just', 'even', 'again', 'too', 'against', 'within', 'upon', 'per', 'via', 'towards', 'toward', 'across', 'along', 'around', 'behind', 'beyond', 'despite', 'unlike',
  ],
  fragmentWords: [
    'again', 'also', 'too', 'either', 'neither', 'even', 'still', 'yet', 'only', 'just', 'instead', 'likewise', 'thereby', 'furthermore', 'moreover', 'respectively',
    'a', 'an', 'the', 'and', 'or', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'into', 'onto', 'than', 'as', 'between', 'among', 'through', 'during', 'via', 'per', 'whose', 'which',
  ],
  // Chat abbreviations: written lowercase on purpose, and a sign of informal register.
  chatWords: [
    'lol', 'lmao', 'rofl', 'omg', 'thx', 'btw', 'imho', 'imo', 'fyi', 'pls', 'plz', 'ok', 'ps', 'xd', 'haha', 'hehe', 'wow',
  ],
  // Always capitalised in English: in lowercase, a sign of chat ("i think", "on monday").
  alwaysCapitalised: [
    'i', "i'm", "i've", "i'll", "i'd", 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'january', 'february', 'april', 'june', 'july', 'september', 'october', 'november', 'december',
  ],
  // Lowercase names, brands and prefixes that start a sentence as they are.
  lowercaseWords: [
    'www', 'http', 'https', 'npm', 'git', 'stern',
  ],
  sentenceStarters: [
    'i', 'you', 'he', 'she', 'it', 'we', 'they', 'this', 'that', 'these', 'those', 'there', 'here', 'what', 'who', 'why', 'how', 'when', 'where', 'which', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'shall', 'may', 'please', 'thank', 'thanks', "it's", "i'm", "i'll", "i've", "don't", "let's", "that's", "there's", 'yes', 'no', 'ok', 'okay', 'good', 'hello', 'hi', 'sorry', 'now', 'then', 'so', 'but', 'also', 'however', 'if', 'my', 'our', 'your', 'his', 'her', 'their', 'just', 'maybe', 'perhaps', 'let',
  ],
  // Interjections: an exclamation mark after one inside a sentence does not end it.
  interjections: [
    'oh', 'ah', 'o', 'alas', 'alack', 'lo', 'hey', 'ho', 'ha', 'aha', 'oho', 'ahoy', 'wow', 'ouch', 'oops', 'hush', 'hark', 'huzzah', 'hurrah', 'hurray', 'eh', 'ay', 'bah', 'pah', 'pshaw', 'fie', 'hm', 'hmm', 'ugh', 'yay', 'whoa', 'gosh',
    // Hesitation in transcribed speech.
    'uh', 'um', 'erm', 'uhm',
  ],
  speechVerbs: [
    'said', 'says', 'asked', 'asks', 'replied', 'replies', 'answered', 'shouted', 'cried', 'whispered', 'added', 'adds', 'explained', 'continued', 'wrote', 'writes', 'told', 'tells', 'laughed', 'sighed', 'exclaimed', 'wondered', 'insisted', 'admitted', 'recalled', 'noted', 'warned', 'demanded', 'called', 'yelled', 'muttered', 'murmured', 'screamed', 'stated', 'commented', 'remarked', 'declared', 'announced', 'urged', 'agreed', 'protested', 'promised', 'suggested', 'claimed', 'argued', 'responded', 'he', 'she', 'they', 'i', 'we', 'you',
  ],
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'The two sides agreed to expand cooperation in the field of energy.',
  'The treaty will be signed next year, the minister said after the talks in London.',
  'Thank you for your patience, your order has already been shipped and should arrive tomorrow.',
];
