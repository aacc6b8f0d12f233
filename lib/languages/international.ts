// Knowledge that holds in every language, shared by all profiles (the lexicon adds it to each,
// minus anything that is a function word of that language, such as Czech "co").
// Abbreviations are written as in the profiles: lowercase, without the final period, spaced
// parts joined as they are read ("et al", "op.cit").

/**
 * Scholarly Latin, bibliographic and taxonomic abbreviations, and company forms, used unchanged
 * in text of any language ("Quercus robur subsp. pedunculiflora", "Smith et al. zeigten",
 * "ebd. S. 5", "Pitt, Briggs & Co. at noon").
 */
export const INTERNATIONAL_ABBREVIATIONS: readonly string[] = [
  // Latin
  'e.g', 'i.e', 'etc', 'cf', 'cfr', 'viz', 'vs', 'ca', 'et al', 'al', 'et seq', 'seq', 'sqq', 'ff', 'sc', 'scil', 'n.b', 'p.s', 'a.d', 'b.c', 'a.m', 'p.m',
  // Citations
  'ibid', 'ib', 'ibd', 'ebd', 'op', 'cit', 'op.cit', 'loc', 'loc.cit', 'pp',
  // Taxonomy ("var.", "subsp.", "spp.", "cv.", "aff.", "sect.")
  'var', 'subsp', 'ssp', 'sp', 'spp', 'cv', 'aff', 'agg', 'auct', 'emend', 'sect', 'subsect', 'subg', 'subgen', 'nothosubsp',
  // Companies, titles
  'co', 'inc', 'ltd', 'corp', 'llc', 'plc', 'bros', 'mr', 'mrs', 'ms', 'dr', 'jr', 'sr',
  // An author's affiliation, clipped alike in every language that writes the Latin word ("Univ. de Chile",
  // "Univ. di Padova"; CLDR lists it for Portuguese only)
  'univ',
];

/**
 * Words that open a citation or a gloss after a sentence and are written lowercase by convention,
 * with or without their periods ("… der Zivilbevölkerung. ibid", "… Marsch. ebd.", "CLI switches.
 * eg `--key=value`", as the style guides that drop the periods of "e.g." and "i.e." write them).
 */
export const CITATION_WORDS: readonly string[] = ['ibid', 'ibidem', 'ib', 'ebd', 'ebenda', 'idem', 'cf', 'cfr', 'eg', 'ie', 'viz'];

/**
 * News agencies that sign a report at the end of its paragraph, often in lowercase ("… seit 2020.
 * dpa", "… depuis 2020. dpa"). Capitalised bylines ("AFP", "Reuters") need no entry to stay
 * silent; they are listed so that their lowercase spellings do too.
 */
export const AGENCY_BYLINES: readonly string[] = [
  'dpa', 'dpa-afx', 'afx', 'afp', 'ap', 'apa', 'sda', 'ats', 'awp', 'kna', 'kap', 'epd', 'sid', 'dapd', 'ddp', 'ots', 'idea', 'rtr', 'reuters',
  'ansa', 'efe', 'lusa', 'anp', 'belga', 'tt', 'ntb', 'ritzau', 'stt', 'pap', 'čtk', 'ctk', 'tasr', 'mti', 'hina', 'tanjug', 'fena', 'bta', 'agerpres',
  'tass', 'тасс', 'ria', 'риа', 'interfax', 'интерфакс', 'інтерфакс', 'unian', 'уніан', 'ukrinform', 'укрінформ', 'бта',
  'upi', 'aap', 'xinhua', 'kyodo', 'yonhap', 'irna', 'mena', 'aa',
];

/**
 * Internet acronyms used in chat and social posts in many languages: a register signal
 * (lib/segmentation/style.ts), not a list of lowercase words.
 */
export const INTERNET_SLANG: readonly string[] = ['lol', 'lmao', 'lmfao', 'rofl', 'omg', 'omfg', 'wtf', 'btw', 'imo', 'imho', 'idk', 'tbh', 'smh', 'fyi', 'irl', 'afaik', 'brb', 'thx', 'pls', 'plz', 'ffs', 'xd'];
