import type { LanguageProfile } from './profile.js';

export const pt: LanguageProfile = {
  code: 'pt',
  franc: 'por',
  name: 'Portuguese',
  script: 'Latin',
  commonWords:
    'o a os as de do da dos das e que em um uma é para com não por no na se mais ao como mas foi ele ela seu sua ou são está também pelo pela já eu você',
  markers: 'ãõ',
  numberWords: {
    cardinals: {
      0: 'zero/nenhum/nenhuma', 1: 'um/uma', 2: 'dois/duas/ambos/ambas', 3: 'três', 4: 'quatro', 5: 'cinco', 6: 'seis', 7: 'sete', 8: 'oito', 9: 'nove', 10: 'dez',
      11: 'onze', 12: 'doze/dúzia', 20: 'vinte', 30: 'trinta', 40: 'quarenta', 50: 'cinquenta', 60: 'sessenta', 70: 'setenta', 80: 'oitenta', 90: 'noventa',
      100: 'cem/cento', 1000: 'mil',
    },
    scales: { 1000: 'mil', 1e6: 'milhão/milhões', 1e9: 'bilhão/bilhões/mil milhões' },
  },
  abbreviations: [
    // Latin and scholarly ("p. ex. o", "etc. e", "cf. a")
    'etc', 'p.ex', 'i.e', 'e.g', 'cf', 'vs', 'aprox', 'ca', 'op', 'cit', 'ibid', 'pág', 'págs', 'pp', 'cap', 'art', 'arts', 'inc', 'núm', 'vol', 'ed', 'trad', 'org', 'coord', 'obs', 'máx', 'mín', 'min', 'seg', 'hs', 'tel', 'excl', 'incl', 'séc',
    // Titles and forms of address ("Sr. ministro", "Dra. Ana", "Exmo. senhor")
    'sr', 'sra', 'srta', 'srs', 'sras', 'dr', 'dra', 'drs', 'dras', 'prof', 'profa', 'profs', 'eng', 'arq', 'exmo', 'exma', 'ilmo', 'ilma', 'v.exa', 'pe', 'sto', 'sta', 'gen', 'cel', 'maj', 'ten', 'sgt', 'cmte', 'pres', 'dep', 'sen', 'gov', 'sec', 'jr',
    // Companies and addresses ("Ltda.", "av. Paulista", "apto. 12")
    'ltda', 'lda', 's.a', 'cia', 'adm', 'depto', 'dept', 'av', 'pç', 'pça', 'al', 'estr', 'rod', 'bl', 'ltd', 'co', 'corp',
    // Dates and eras ("a.C.", "15 jan. a")
    'a.c', 'd.c', 'a.m', 'p.m', 'fev', 'abr', 'mai', 'jun', 'jul', 'ago', 'out', 'nov', 'n.s',
    // English left in Portuguese text
    'u.s', 'l.a', 'approx',
  ],
  // "Jan" is a first name; only lowercase "jan." is the month.
  caseSensitiveAbbreviations: ['jan'],
  // Listed by CLDR (março) but an ordinary word: "no mar. depois".
  notAbbreviations: ['mar'],
  ordinalDot: false,
  functionWords: [
    'o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas', 'e', 'ou', 'mas', 'nem', 'que', 'quem', 'qual', 'quais', 'cujo', 'cuja', 'onde', 'quando', 'como', 'porque', 'se', 'embora', 'de', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'nos', 'nas', 'num', 'numa', 'por', 'pelo', 'pela', 'pelos', 'pelas', 'para', 'com', 'sem', 'sobre', 'entre', 'até', 'desde', 'contra', 'após', 'durante', 'segundo', 'ao', 'aos', 'à', 'às', 'é', 'são', 'era', 'eram', 'foi', 'foram', 'ser', 'sido', 'está', 'estão', 'estava', 'estar', 'tem', 'têm', 'tinha', 'ter', 'há', 'havia', 'pode', 'podem', 'seu', 'sua', 'seus', 'suas', 'lhe', 'lhes', 'me', 'te', 'vos', 'meu', 'minha', 'ele', 'ela', 'eles', 'elas', 'eu', 'nós', 'você', 'vocês', 'este', 'esta', 'estes', 'estas', 'esse', 'essa', 'isso', 'isto', 'aquele', 'aquela', 'não', 'mais', 'muito', 'também', 'já', 'ainda', 'só', 'apenas', 'todo', 'toda', 'todos', 'todas', 'outro', 'outra', 'mesmo', 'cada', 'assim', 'então', 'além', 'porém', 'contudo', 'aqui', 'lá',
  ],
  fragmentWords: [
    'também', 'ainda', 'apenas', 'somente', 'inclusive', 'respectivamente', 'novamente', 'igualmente', 'sobretudo',
    'o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas', 'e', 'ou', 'de', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'nos', 'nas', 'por', 'pelo', 'pela', 'para', 'com', 'sem', 'sobre', 'entre', 'até', 'desde', 'ao', 'aos', 'à', 'às', 'cujo', 'cuja', 'cujos', 'cujas', 'durante', 'após',
  ],
  // Chat abbreviations: written lowercase on purpose, and a sign of informal register.
  chatWords: [
    'kkk', 'kkkk', 'rs', 'rsrs', 'vc', 'blz', 'tb', 'tbm', 'pq', 'ok', 'lol', 'xd', 'haha', 'wow',
  ],
  // Lowercase names, brands and prefixes that start a sentence as they are.
  lowercaseWords: [
    'www', 'http', 'https',
  ],
  // Lowercase after a sentence end, these most likely open a new sentence: capitalise, do not join.
  sentenceStarters: [
    'eu', 'tu', 'ele', 'ela', 'você', 'nós', 'vós', 'eles', 'elas', 'vocês', 'isto', 'isso', 'este', 'esta', 'o', 'que', 'quem', 'como', 'por', 'quando', 'onde', 'qual', 'é', 'são', 'há', 'obrigado', 'obrigada', 'sim', 'não', 'olá', 'bom', 'boa', 'desculpe', 'mas', 'então', 'também', 'talvez', 'meu', 'minha', 'nosso', 'nossa', 'seu', 'sua',
  ],
  // Interjections: an exclamation mark after one inside a sentence does not end it.
  interjections: [
    'ah', 'oh', 'eh', 'ai', 'ui', 'uau', 'opa', 'oba', 'ufa', 'puxa', 'caramba', 'nossa', 'ué', 'xi', 'hum', 'bah', 'olé', 'ó', 'o', 'eia', 'oxalá', 'credo', 'upa', 'psiu',
  ],
  lowercaseAfterInterjection: true,
  speechTagAfterComma: true,
  speechVerbs: [
    'disse', 'diz', 'dizia', 'perguntou', 'pergunta', 'indagou', 'questionou', 'respondeu', 'responde', 'retrucou', 'rebateu', 'acrescentou', 'acrescenta', 'completou', 'exclamou', 'gritou', 'sussurrou', 'murmurou', 'explicou', 'explica', 'continuou', 'prosseguiu', 'insistiu', 'admitiu', 'lembrou', 'lembra', 'observou', 'afirmou', 'afirma', 'declarou', 'escreveu', 'escreve', 'comentou', 'suspirou', 'riu', 'sorriu', 'sublinhou', 'ressaltou', 'destacou', 'concluiu', 'brincou', 'avisou', 'alertou', 'pediu', 'protestou',
    'ele', 'ela', 'eles', 'elas', 'eu', 'nós', 'você', 'lhe', 'se',
  ],
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'As duas partes concordaram em ampliar a cooperação no domínio da energia.',
  'O tratado será assinado no próximo ano, disse o ministro após as conversações em Lisboa.',
  'Obrigado pela sua paciência, a sua encomenda já foi enviada e deve chegar amanhã.',
];
