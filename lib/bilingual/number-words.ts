// Numbers written as words, per language, so that "3 people" may become "three people" (and
// "drei Leute" "3 Leute") without a number mismatch. Cardinals 0-12, round tens, 100 and 1000
// with their common inflected forms, the indefinite articles that stand for "1" ("a year", "ein
// Jahr"), and scale words that multiply the number before them ("3 million", "3 Millionen").
// Languages without a table compare digits only, and then small numbers are not reported missing.
//
// Language data: to move into the language registry (lib/languages) once it describes numbers.

/** Words (lowercase) by value; slash-separated forms. */
type Table = Record<number, string>;

interface NumberWords {
  cardinals: Table;
  /** Words that multiply the number before them. */
  scales: Table;
}

/** Russian and Ukrainian numerals in -ь decline to -и and -ью/-ма: "пять" → "пяти", "пятью". */
const softDeclension = (w: string) => (w.endsWith('ь') ? [w, w.slice(0, -1) + 'и', w.slice(0, -1) + 'ью'] : [w]).join('/');

const TABLES: Record<string, NumberWords> = {
  en: {
    cardinals: {
      0: 'zero/no', 1: 'one/a/an', 2: 'two/both', 3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 8: 'eight', 9: 'nine', 10: 'ten',
      11: 'eleven', 12: 'twelve/dozen', 20: 'twenty', 30: 'thirty', 40: 'forty', 50: 'fifty', 60: 'sixty', 70: 'seventy', 80: 'eighty', 90: 'ninety',
      100: 'hundred/one hundred', 1000: 'thousand',
    },
    scales: { 1000: 'thousand', 1e6: 'million/millions', 1e9: 'billion/billions' },
  },
  de: {
    cardinals: {
      0: 'null/kein/keine', 1: 'eins/ein/eine/einen/einem/einer/eines', 2: 'zwei/beide/beiden', 3: 'drei', 4: 'vier', 5: 'fünf', 6: 'sechs', 7: 'sieben', 8: 'acht', 9: 'neun', 10: 'zehn',
      11: 'elf', 12: 'zwölf/dutzend', 20: 'zwanzig', 30: 'dreißig', 40: 'vierzig', 50: 'fünfzig', 60: 'sechzig', 70: 'siebzig', 80: 'achtzig', 90: 'neunzig',
      100: 'hundert/einhundert', 1000: 'tausend/eintausend',
    },
    scales: { 1000: 'tausend', 1e6: 'million/millionen/mio', 1e9: 'milliarde/milliarden/mrd' },
  },
  fr: {
    cardinals: {
      0: 'zéro/aucun/aucune', 1: 'un/une', 2: 'deux', 3: 'trois', 4: 'quatre', 5: 'cinq', 6: 'six', 7: 'sept', 8: 'huit', 9: 'neuf', 10: 'dix',
      11: 'onze', 12: 'douze/douzaine', 20: 'vingt', 30: 'trente', 40: 'quarante', 50: 'cinquante', 60: 'soixante', 70: 'soixante-dix', 80: 'quatre-vingts/quatre-vingt', 90: 'quatre-vingt-dix',
      100: 'cent', 1000: 'mille',
    },
    scales: { 1000: 'mille', 1e6: 'million/millions', 1e9: 'milliard/milliards' },
  },
  es: {
    cardinals: {
      0: 'cero/ningún/ninguna', 1: 'uno/una/un', 2: 'dos/ambos/ambas', 3: 'tres', 4: 'cuatro', 5: 'cinco', 6: 'seis', 7: 'siete', 8: 'ocho', 9: 'nueve', 10: 'diez',
      11: 'once', 12: 'doce/docena', 20: 'veinte', 30: 'treinta', 40: 'cuarenta', 50: 'cincuenta', 60: 'sesenta', 70: 'setenta', 80: 'ochenta', 90: 'noventa',
      100: 'cien/ciento', 1000: 'mil',
    },
    scales: { 1000: 'mil', 1e6: 'millón/millones' },
  },
  it: {
    cardinals: {
      0: 'zero/nessun/nessuna/nessuno', 1: 'uno/una/un', 2: 'due/entrambi/entrambe', 3: 'tre', 4: 'quattro', 5: 'cinque', 6: 'sei', 7: 'sette', 8: 'otto', 9: 'nove', 10: 'dieci',
      11: 'undici', 12: 'dodici/dozzina', 20: 'venti', 30: 'trenta', 40: 'quaranta', 50: 'cinquanta', 60: 'sessanta', 70: 'settanta', 80: 'ottanta', 90: 'novanta',
      100: 'cento', 1000: 'mille',
    },
    scales: { 1000: 'mila', 1e6: 'milione/milioni', 1e9: 'miliardo/miliardi' },
  },
  pt: {
    cardinals: {
      0: 'zero/nenhum/nenhuma', 1: 'um/uma', 2: 'dois/duas/ambos/ambas', 3: 'três', 4: 'quatro', 5: 'cinco', 6: 'seis', 7: 'sete', 8: 'oito', 9: 'nove', 10: 'dez',
      11: 'onze', 12: 'doze/dúzia', 20: 'vinte', 30: 'trinta', 40: 'quarenta', 50: 'cinquenta', 60: 'sessenta', 70: 'setenta', 80: 'oitenta', 90: 'noventa',
      100: 'cem/cento', 1000: 'mil',
    },
    scales: { 1000: 'mil', 1e6: 'milhão/milhões', 1e9: 'bilhão/bilhões/mil milhões' },
  },
  nl: {
    cardinals: {
      0: 'nul/geen', 1: 'een/één', 2: 'twee/beide', 3: 'drie', 4: 'vier', 5: 'vijf', 6: 'zes', 7: 'zeven', 8: 'acht', 9: 'negen', 10: 'tien',
      11: 'elf', 12: 'twaalf', 20: 'twintig', 30: 'dertig', 40: 'veertig', 50: 'vijftig', 60: 'zestig', 70: 'zeventig', 80: 'tachtig', 90: 'negentig',
      100: 'honderd', 1000: 'duizend',
    },
    scales: { 1000: 'duizend', 1e6: 'miljoen', 1e9: 'miljard' },
  },
  cs: {
    cardinals: {
      0: 'nula/žádný/žádná/žádné', 1: 'jeden/jedna/jedno/jednoho/jednomu/jedné/jednou/jedním', 2: 'dva/dvě/dvou/dvěma/oba/obě', 3: 'tři/tří/třem/třemi',
      4: 'čtyři/čtyř/čtyřem/čtyřmi', 5: 'pět/pěti', 6: 'šest/šesti', 7: 'sedm/sedmi', 8: 'osm/osmi', 9: 'devět/devíti', 10: 'deset/deseti',
      11: 'jedenáct/jedenácti', 12: 'dvanáct/dvanácti', 20: 'dvacet/dvaceti', 30: 'třicet/třiceti', 40: 'čtyřicet', 50: 'padesát', 60: 'šedesát', 70: 'sedmdesát', 80: 'osmdesát', 90: 'devadesát',
      100: 'sto', 1000: 'tisíc',
    },
    scales: { 1000: 'tisíc/tisíce/tis', 1e6: 'milion/miliony/milionů/mil', 1e9: 'miliarda/miliardy/miliard/mld' },
  },
  pl: {
    cardinals: {
      0: 'zero/żaden/żadna/żadne', 1: 'jeden/jedna/jedno/jednego/jednej/jednemu/jednym/jedną', 2: 'dwa/dwie/dwóch/dwu/dwom/dwoma/dwiema/oba/obie', 3: 'trzy/trzech/trzem/trzema',
      4: 'cztery/czterech/czterem/czterema', 5: 'pięć/pięciu', 6: 'sześć/sześciu', 7: 'siedem/siedmiu', 8: 'osiem/ośmiu', 9: 'dziewięć/dziewięciu', 10: 'dziesięć/dziesięciu',
      11: 'jedenaście/jedenastu', 12: 'dwanaście/dwunastu', 20: 'dwadzieścia/dwudziestu', 30: 'trzydzieści', 40: 'czterdzieści', 50: 'pięćdziesiąt', 60: 'sześćdziesiąt', 70: 'siedemdziesiąt', 80: 'osiemdziesiąt', 90: 'dziewięćdziesiąt',
      100: 'sto', 1000: 'tysiąc',
    },
    scales: { 1000: 'tysiąc/tysiące/tysięcy/tys', 1e6: 'milion/miliony/milionów/mln', 1e9: 'miliard/miliardy/miliardów/mld' },
  },
  hr: {
    cardinals: {
      0: 'nula/nijedan/nijedna', 1: 'jedan/jedna/jedno/jednog/jednoj/jednom/jednu', 2: 'dva/dvije/dvaju/dvama/oba/obje', 3: 'tri/triju/trima', 4: 'četiri/četiriju',
      5: 'pet', 6: 'šest', 7: 'sedam', 8: 'osam', 9: 'devet', 10: 'deset', 11: 'jedanaest', 12: 'dvanaest', 20: 'dvadeset', 30: 'trideset', 40: 'četrdeset', 50: 'pedeset',
      60: 'šezdeset', 70: 'sedamdeset', 80: 'osamdeset', 90: 'devedeset', 100: 'sto/stotinu', 1000: 'tisuću/tisuća',
    },
    scales: { 1000: 'tisuća/tisuće/tisuću', 1e6: 'milijun/milijuna/milijuni', 1e9: 'milijarda/milijarde/milijardi' },
  },
  ru: {
    cardinals: {
      0: 'ноль/нуль', 1: 'один/одна/одно/одного/одной/одному/одним/одном/одну', 2: 'два/две/двух/двум/двумя/оба/обе', 3: 'три/трёх/трех/трём/трем/тремя',
      4: 'четыре/четырёх/четырех/четырём/четырем/четырьмя', 5: softDeclension('пять'), 6: softDeclension('шесть'), 7: softDeclension('семь'), 8: 'восемь/восьми/восемью/восьмью',
      9: softDeclension('девять'), 10: softDeclension('десять'), 11: softDeclension('одиннадцать'), 12: softDeclension('двенадцать') + '/дюжина', 20: softDeclension('двадцать'),
      30: softDeclension('тридцать'), 40: 'сорок/сорока', 50: 'пятьдесят/пятидесяти', 60: 'шестьдесят', 70: 'семьдесят', 80: 'восемьдесят', 90: 'девяносто', 100: 'сто/ста', 1000: 'тысяча',
    },
    scales: { 1000: 'тысяча/тысячи/тысяч/тыс', 1e6: 'миллион/миллиона/миллионов/млн', 1e9: 'миллиард/миллиарда/миллиардов/млрд' },
  },
  uk: {
    cardinals: {
      0: 'нуль', 1: 'один/одна/одне/одного/одній/одному/одним/одну', 2: 'два/дві/двох/двом/двома/обидва/обидві', 3: 'три/трьох/трьом/трьома',
      4: 'чотири/чотирьох/чотирьом/чотирма', 5: "п'ять/п’ять/п'яти/п’яти/п'ятьма/п’ятьма", 6: 'шість/шести/шістьма', 7: 'сім/семи/сьома', 8: 'вісім/восьми/вісьмома',
      9: "дев'ять/дев’ять/дев'яти/дев’яти", 10: 'десять/десяти/десятьма', 11: 'одинадцять/одинадцяти', 12: 'дванадцять/дванадцяти', 20: 'двадцять/двадцяти',
      30: 'тридцять/тридцяти', 40: 'сорок/сорока', 50: "п'ятдесят/п’ятдесят", 60: 'шістдесят', 70: 'сімдесят', 80: 'вісімдесят', 90: "дев'яносто/дев’яносто", 100: 'сто/ста', 1000: 'тисяча',
    },
    scales: { 1000: 'тисяча/тисячі/тисяч/тис', 1e6: 'мільйон/мільйона/мільйони/мільйонів/млн', 1e9: 'мільярд/мільярда/мільярди/мільярдів/млрд' },
  },
};

interface Compiled {
  /** word → value */
  cardinals: Map<string, number>;
  scales: Map<string, number>;
  /** Cardinal forms of three letters or more, which may start a longer word. */
  stems: string[];
}

const compiled = new Map<string, Compiled>();

function compile(code: string): Compiled | undefined {
  const table = TABLES[code];
  if (!table) return undefined;
  let c = compiled.get(code);
  if (!c) {
    const toMap = (t: Table) => {
      const m = new Map<string, number>();
      for (const [value, forms] of Object.entries(t)) for (const w of forms.split('/')) m.set(w, Number(value));
      return m;
    };
    const cardinals = toMap(table.cardinals);
    c = { cardinals, scales: toMap(table.scales), stems: [...cardinals.keys()].filter((w) => w.length >= 3 && !w.includes(' ')) };
    compiled.set(code, c);
  }
  return c;
}

/** Whether mtqa knows how the language writes numbers as words. */
export function hasNumberWords(code: string): boolean {
  return code in TABLES;
}

const WORD = /[\p{L}'’-]+/gu;
/** What joins the parts of a compound number word: "dva-a-dvacet", "zwei-und-zwanzig", "twenty-two". */
const JOINER = /^(?:a|und|en|i|y|e|-)/u;

/**
 * The values of the number words in text[start, end), with their places (scales not included).
 * Compounds and inflected or derived forms count too: "zweiundzwanzig" 22, "dvaadvacetiletý" 22,
 * "šedesátých" 60, "dreihundert" 300.
 */
export function numberWordsIn(code: string, text: string, start: number, end: number): { value: number; start: number; end: number }[] {
  const c = compile(code);
  if (!c) return [];
  const out: { value: number; start: number; end: number }[] = [];
  const part = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(part); m !== null; m = WORD.exec(part)) {
    const word = m[0].toLowerCase();
    const value = c.cardinals.get(word) ?? compoundValue(word, c);
    if (value !== undefined) out.push({ value, start: start + m.index, end: start + m.index + m[0].length });
  }
  return out;
}

/** The value of a word made of number words (each of three letters or more) and joiners, with any ending. */
function compoundValue(word: string, c: Compiled): number | undefined {
  let rest = word;
  let total = 0;
  let parts = 0;
  for (;;) {
    let best = '';
    for (const w of c.stems) if (w.length > best.length && rest.startsWith(w)) best = w;
    if (!best) break;
    const v = c.cardinals.get(best)!;
    total = v >= 100 && total > 0 && total < v ? total * v : total + v;
    parts++;
    rest = rest.slice(best.length);
    const joined = JOINER.exec(rest);
    if (joined && c.stems.some((w) => rest.startsWith(w, joined[0].length))) rest = rest.slice(joined[0].length);
  }
  return parts > 0 && word.length - rest.length >= 4 ? total : undefined;
}

/** Chinese, Japanese and Korean scale characters, written right after the digits ("2510亿", "3万"). */
const CJK_SCALES: Record<string, number> = { 千: 1e3, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12, 천: 1e3, 만: 1e4, 억: 1e8 };

/** The factor a scale word right after a number applies ("3 million", "3 Mio.", "2510亿"), or undefined. */
export function scaleAfter(code: string, text: string, at: number, end: number): number | undefined {
  const cjk = CJK_SCALES[text[at] === ' ' ? text[at + 1] : text[at]];
  if (cjk !== undefined) return cjk;
  const c = compile(code);
  if (!c) return undefined;
  const m = /^[\s\u00a0\u202f]*([\p{L}]+)/u.exec(text.slice(at, Math.min(end, at + 24)));
  return m ? c.scales.get(m[1].toLowerCase()) : undefined;
}

/** Languages that group digits with a plain space ("1 000"); elsewhere "June 15 763" is two numbers. */
export function groupsWithSpace(code: string): boolean {
  return !NO_SPACE_GROUPING.has(code);
}
const NO_SPACE_GROUPING: ReadonlySet<string> = new Set(['en', 'zh', 'ja', 'ko', 'th', 'he', 'hi', 'bn', 'ar', 'fa', 'ur']);
