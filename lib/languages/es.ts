import type { LanguageProfile } from './profile.js';

export const es: LanguageProfile = {
  code: 'es',
  franc: 'spa',
  name: 'Spanish',
  script: 'Latin',
  commonWords:
    'el la los las de del y que en un una es por con para no se su al lo como más pero sus le ya este fue ha entre cuando muy sin sobre también hay donde desde todo nos está son esta yo a o me si mi porque había era ni te tu tú él ella usted ustedes nosotros os nuestro nuestra vos vosotros',
  markers: 'ñ¿¡',
  numberWords: {
    cardinals: {
      0: 'cero/ningún/ninguna', 1: 'uno/una/un', 2: 'dos/ambos/ambas', 3: 'tres', 4: 'cuatro', 5: 'cinco', 6: 'seis', 7: 'siete', 8: 'ocho', 9: 'nueve', 10: 'diez',
      11: 'once', 12: 'doce/docena', 20: 'veinte', 30: 'treinta', 40: 'cuarenta', 50: 'cincuenta', 60: 'sesenta', 70: 'setenta', 80: 'ochenta', 90: 'noventa',
      100: 'cien/ciento', 1000: 'mil',
    },
    scales: { 1000: 'mil', 1e6: 'millón/millones' },
  },
  abbreviations: [
    // Latin and scholarly ("p. ej. el", "etc. y", "cfr. la")
    'etc', 'p.ej', 'ej', 'v.gr', 'vs', 'aprox', 'cca', 'cf', 'cfr', 'vid', 'ibíd', 'ibid', 'op', 'cit', 'pág', 'págs', 'núm', 'núms', 'nro', 'art', 'arts', 'cap', 'fig', 'vol', 'ed', 'ref', 'coord', 'trad', 'comp', 'párr', 'lit', 'resp',
    // Statutes ("disp. adic. tercera", "disp. trans. primera", "disp. derog. única")
    'disp', 'adic', 'trans', 'derog', 'adj', 'atte', 'fdo', 'máx', 'mín', 'min', 'seg', 'hrs', 'hs', 'tel', 'tfno', 'tlf',
    // Titles and forms of address ("Sr. presidente", "Ud. sabe", "Dña. María")
    'sr', 'sra', 'srta', 'sres', 'sras', 'srs', 'dr', 'dra', 'dres', 'lic', 'lcdo', 'lcda', 'ldo', 'lda', 'ing', 'prof', 'profa', 'arq', 'abg', 'dña', 'dn', 'ud', 'uds', 'vd', 'vds', 'excmo', 'excma', 'ilmo', 'ilma', 'rvdo', 'mons', 'pbro', 'sto', 'sta', 'gral', 'tte', 'cnel', 'cmdte', 'sgto', 'pte', 'vda', 'jr',
    // Companies, institutions and plurals written with doubled letters ("EE. UU.", "FF. AA.")
    'cía', 'cia', 'hnos', 's.a', 's.l', 's.r.l', 's.a.c', 's.a.s', 's.a.u', 'ee.uu', 'ff.aa', 'cc.oo', 'rr.hh', 'jj.oo', 'cc.aa', 'gob', 'admón', 'dpto', 'depto', 'inc', 'ltd', 'co', 'corp',
    // Addresses ("Avda. de la", "ctra. de")
    'apdo', 'avda', 'av', 'ctra', 'pza', 'esq', 'urb', 'edif', 'psje', 'prov', 'dcha', 'dcho', 'izq', 'izqda', 'izdo', 'c.p',
    // Dates and eras ("a. C.", "3 feb. de")
    'a.c', 'd.c', 'a.m', 'p.m', 'feb', 'abr', 'jun', 'jul', 'ago', 'sept', 'sep', 'oct', 'nov', 'dic', 'q.e.p.d',
    // Numbers and money
    'mill', 'ptas', 'pts',
    // Kitchen measures ("1 cdta. de sal", "2 cdas. de aceite")
    'cdta', 'cdtas', 'cda', 'cdas',
    // English left in Spanish text
    'u.s', 'l.a', 'approx',
  ],
  // Listed by CLDR (martes or marzo, colonia) but ordinary words: "en el mar. luego".
  notAbbreviations: ['mar', 'col'],
  ordinalDot: false,
  functionWords: [
    'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'lo', 'y', 'e', 'o', 'u', 'pero', 'sino', 'ni', 'que', 'quien', 'quienes', 'cual', 'cuales', 'cuyo', 'cuya', 'donde', 'cuando', 'como', 'porque', 'pues', 'si', 'aunque', 'mientras', 'de', 'del', 'a', 'al', 'en', 'con', 'por', 'para', 'sin', 'sobre', 'entre', 'hasta', 'desde', 'hacia', 'contra', 'según', 'durante', 'tras', 'ante', 'bajo', 'es', 'son', 'era', 'eran', 'fue', 'fueron', 'ser', 'sido', 'está', 'están', 'estaba', 'estar', 'ha', 'han', 'había', 'haber', 'hay', 'tiene', 'tienen', 'puede', 'pueden', 'se', 'su', 'sus', 'le', 'les', 'me', 'te', 'nos', 'os', 'mi', 'mis', 'tu', 'tus', 'nuestro', 'nuestra', 'él', 'ella', 'ellos', 'ellas', 'yo', 'nosotros', 'usted', 'ustedes', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'esos', 'esas', 'aquel', 'esto', 'eso', 'no', 'más', 'muy', 'también', 'ya', 'todavía', 'aún', 'solo', 'sólo', 'todo', 'toda', 'todos', 'todas', 'otro', 'otra', 'otros', 'mismo', 'cada', 'así', 'entonces', 'además', 'embargo', 'menos', 'tanto', 'aquí', 'allí',
  ],
  fragmentWords: [
    'también', 'además', 'incluso', 'solo', 'sólo', 'solamente', 'únicamente', 'respectivamente', 'asimismo', 'nuevamente',
    'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'y', 'e', 'o', 'u', 'de', 'del', 'a', 'al', 'en', 'con', 'por', 'para', 'sin', 'sobre', 'entre', 'hasta', 'desde', 'hacia', 'según', 'durante', 'tras', 'ante', 'cuyo', 'cuya', 'cuyos', 'cuyas',
  ],
  // Chat abbreviations: written lowercase on purpose, and a sign of informal register.
  chatWords: [
    'jaja', 'jajaja', 'jeje', 'xd', 'ok', 'xq', 'pq', 'tb', 'tmb', 'lol', 'wow',
  ],
  // Lowercase names, brands and prefixes that start a sentence as they are.
  lowercaseWords: [
    'www', 'http', 'https',
  ],
  // Lowercase after a sentence end, these most likely open a new sentence: capitalise, do not join.
  sentenceStarters: [
    'yo', 'tú', 'él', 'ella', 'usted', 'nosotros', 'nosotras', 'vosotros', 'ellos', 'ellas', 'ustedes', 'esto', 'eso', 'este', 'esta', 'qué', 'quién', 'cómo', 'por', 'cuándo', 'dónde', 'cuál', 'es', 'son', 'hay', 'gracias', 'sí', 'no', 'hola', 'buenos', 'buenas', 'perdón', 'lo', 'siento', 'pero', 'entonces', 'también', 'quizás', 'mi', 'mis', 'nuestro', 'nuestra', 'su', 'sus',
  ],
  // Interjections: an exclamation mark after one inside a sentence does not end it.
  interjections: [
    'ay', 'ah', 'oh', 'eh', 'bah', 'uy', 'huy', 'caramba', 'olé', 'hala', 'puaj', 'uf', 'ja', 'ea', 'epa', 'hurra', 'guau', 'ojo', 'chis', 'chitón', 'hm', 'ajá',
    // Hesitation in transcribed speech.
    'em', 'ehm', 'mmm',
  ],
  speechTagAfterComma: true,
  speechVerbs: [
    'dijo', 'dice', 'decía', 'preguntó', 'pregunta', 'respondió', 'responde', 'contestó', 'contesta', 'replicó', 'replica', 'añadió', 'añade', 'agregó', 'agrega', 'exclamó', 'gritó', 'susurró', 'murmuró', 'explicó', 'explica', 'continuó', 'prosiguió', 'insistió', 'admitió', 'reconoció', 'recordó', 'señaló', 'señala', 'advirtió', 'afirmó', 'afirma', 'aseguró', 'asegura', 'declaró', 'escribió', 'escribe', 'tuiteó', 'comentó', 'suspiró', 'rió', 'rio', 'sonrió', 'apuntó', 'subrayó', 'destacó', 'sentenció', 'inquirió', 'interrumpió', 'concluyó', 'indicó', 'pidió', 'exigió', 'protestó', 'bromeó',
    'él', 'ella', 'ellos', 'ellas', 'yo', 'nosotros', 'usted', 'le', 'les', 'me', 'se',
  ],
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Ambas partes acordaron ampliar la cooperación en el ámbito de la energía.',
  'El tratado se firmará el próximo año, dijo el ministro tras las conversaciones en Madrid.',
  'Gracias por su paciencia, su pedido ya ha sido enviado y debería llegar mañana.',
];
