import type { LanguageProfile } from './profile.js';

export const fr: LanguageProfile = {
  code: 'fr',
  franc: 'fra',
  name: 'French',
  script: 'Latin',
  commonWords:
    'le la les de des et est en un une du que qui dans pour pas sur au ne se ce il elle sont avec plus par nous vous mais ou son sa ses aux été cette ont leur comme tout être fait je on à a y tu te toi moi me lui ils elles mon ton ma ta mes tes nos vos notre votre ni si',
  markers: 'œçêèùûë',
  numberWords: {
    cardinals: {
      0: 'zéro/aucun/aucune', 1: 'un/une', 2: 'deux', 3: 'trois', 4: 'quatre', 5: 'cinq', 6: 'six', 7: 'sept', 8: 'huit', 9: 'neuf', 10: 'dix',
      11: 'onze', 12: 'douze/douzaine', 20: 'vingt', 30: 'trente', 40: 'quarante', 50: 'cinquante', 60: 'soixante', 70: 'soixante-dix', 80: 'quatre-vingts/quatre-vingt', 90: 'quatre-vingt-dix',
      100: 'cent', 1000: 'mille',
    },
    scales: { 1000: 'mille', 1e6: 'million/millions', 1e9: 'milliard/milliards' },
  },
  abbreviations: [
    // Latin and scholarly ("cf. infra", "p. ex. la", "c.-à-d. que")
    'etc', 'cf', 'p.ex', 'par ex', 'p. ex', 'c.-à-d', 'c-à-d', 'c.à.d', 'c.à-d', 'i.e', 'e.g', 'env', 'ca', 'resp', 'vs', 'préc', 'approx', 'ibid', 'op', 'cit', 'loc', 'sq', 'sqq', 'suiv', 'n.b', 'n.d.l.r', 'n.d.t', 'n.d.a', 'n.d.e', 'c.q.f.d', 's.v.p', 'r.s.v.p', 'al', 'chap', 'fig', 'éd', 'coll', 'trad', 'préf', 'réf', 'suppl', 'sup', 'inf', 'pp', 'tél', 'max', 'min', 'hab', 'qté', 'nbre', 'ext', 'int',
    // Titles and forms of address ("Mme. la ministre", "Mgr. le cardinal")
    'mm', 'mme', 'mmes', 'mlle', 'mlles', 'mgr', 'dr', 'pr', 'prof', 'st', 'ste', 'sts', 'vve', 'jr', 'sr', 'gén', 'cdt', 'cne', 'lt', 'lieut', 'sgt', 'adj', 'pdt', 'dir', 'secr', 'ing',
    // Companies and addresses ("Cie.", "bd. de la", "av. des")
    'cie', 'sté', 'éts', 'ets', 's.a', 's.a.r.l', 's.a.s', 's.n.c', 'inc', 'ltd', 'co', 'corp', 'av', 'bd', 'boul', 'fg', 'pl', 'rte', 'ch', 'imp', 'dép', 'dépt', 'arr',
    // Dates and eras ("apr. J.-C.", "15 janv. au")
    'apr', 'j.-c', 'janv', 'févr', 'fév', 'avr', 'juil', 'oct', 'nov', 'déc',
    // Numbers and money
    'md', 'mds', 'mrd', 'mio', 'mill',
    // English left in French text
    'u.s', 'l.a', 'd.c',
  ],
  // Listed by CLDR (mercredi, jeudi) but ordinary words: "la mer. puis", "un jeu. il".
  notAbbreviations: ['mer', 'jeu'],
  ordinalDot: false,
  functionWords: [
    'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'ou', 'mais', 'donc', 'or', 'ni', 'car', 'que', 'qui', 'quoi', 'dont', 'où', 'si', 'comme', 'quand', 'lorsque', 'puisque', 'parce', 'à', 'au', 'aux', 'en', 'dans', 'sur', 'sous', 'par', 'pour', 'avec', 'sans', 'chez', 'vers', 'entre', 'depuis', 'pendant', 'avant', 'après', 'contre', 'selon', 'malgré', 'est', 'sont', 'était', 'étaient', 'être', 'été', 'a', 'ont', 'avait', 'avaient', 'avoir', 'fait', 'sera', 'seront', 'peut', 'peuvent', 'doit', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', 'tu', 'me', 'te', 'se', 'lui', 'leur', 'leurs', 'son', 'sa', 'ses', 'mon', 'ma', 'mes', 'ton', 'notre', 'nos', 'votre', 'vos', 'ce', 'cet', 'cette', 'ces', 'cela', 'ça', 'ceci', 'y', 'ne', 'pas', 'plus', 'aussi', 'très', 'tout', 'tous', 'toute', 'toutes', 'bien', 'encore', 'déjà', 'même', 'autre', 'autres', 'seulement', 'alors', 'ainsi', 'toujours', 'jamais', 'lequel', 'laquelle', 'lesquels', 'auquel', 'duquel', 'ici', 'là', 'peu', 'beaucoup', 'moins', 'également', 'cependant', 'toutefois',
  ],
  fragmentWords: [
    'aussi', 'également', 'encore', 'même', 'seulement', 'uniquement', 'notamment', 'respectivement', 'ainsi', 'ensuite', 'toutefois', 'cependant', 'pourtant',
    'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'ou', 'à', 'au', 'aux', 'en', 'dans', 'sur', 'sous', 'par', 'pour', 'avec', 'sans', 'chez', 'vers', 'entre', 'pendant', 'selon', 'dont', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'auquel', 'duquel',
  ],
  // Chat abbreviations: written lowercase on purpose, and a sign of informal register.
  chatWords: [
    'mdr', 'ptdr', 'lol', 'stp', 'svp', 'bcp', 'jsp', 'tkt', 'ok', 'xd', 'haha', 'wow',
  ],
  // Lowercase names, brands and prefixes that start a sentence as they are.
  lowercaseWords: [
    'www', 'http', 'https',
  ],
  // Lowercase after a sentence end, these most likely open a new sentence: capitalise, do not join.
  sentenceStarters: [
    'je', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'ce', 'cela', 'ça', 'c\'est', 'c’est', 'y', 'qui', 'que', 'quoi', 'comment', 'pourquoi', 'quand', 'où', 'est-ce', 'merci', 'oui', 'non', 'bonjour', 'bonsoir', 'désolé', 'pardon', 'mais', 'alors', 'donc', 'aussi', 'peut-être', 'mon', 'ma', 'mes', 'notre', 'nos', 'votre', 'vos', 'son', 'sa', 'ses', 'leur', 'leurs',
  ],
  // Interjections: an exclamation mark after one inside a sentence does not end it.
  interjections: [
    'ah', 'oh', 'eh', 'hé', 'hein', 'hélas', 'bah', 'bof', 'ô', 'o', 'ouf', 'aïe', 'hourra', 'pouah', 'zut', 'chut', 'oups', 'hola', 'ha', 'ho', 'hum', 'euh', 'ouais', 'holà', 'diantre', 'parbleu', 'morbleu', 'fichtre', 'ohé',
  ],
  lowercaseAfterInterjection: true,
  speechTagAfterComma: true,
  speechVerbs: [
    'dit', 'disait', 'demanda', 'demande', 'répondit', 'répond', 'répliqua', 'réplique', 'rétorqua', 'rétorque', 'ajouta', 'ajoute', 'cria', 'crie', 'hurla', 's\'écria', 's’écria', 's\'exclama', 's’exclama', 'murmura', 'chuchota', 'souffla', 'lança', 'lance', 'expliqua', 'explique', 'poursuivit', 'poursuit', 'continua', 'reprit', 'reprend', 'soupira', 'rit', 'sourit', 'insista', 'admit', 'avoua', 'rappela', 'rappelle', 'nota', 'observa', 'affirma', 'affirme', 'déclara', 'déclare', 'annonça', 'assura', 'assure', 'estima', 'estime', 'écrivit', 'écrit', 'interrogea', 'interroge', 's\'interrogea', 's\'interroge', 'protesta', 'promit', 'suggéra', 'commenta', 'commente', 'conclut', 'précisa', 'précise', 'souligna', 'souligne', 'ironisa', 'ironise', 's\'inquiéta', 's\'étonna', 's\'étonne', 'renchérit', 'martela', 'tonna', 'a-t-il', 'a-t-elle', 'ont-ils', 'dit-il', 'dit-elle', 'demanda-t-il', 'demanda-t-elle', 'demande-t-il', 'demande-t-elle', 'répondit-il', 'répondit-elle', 'répond-il', 'lance-t-il', 'lança-t-il', 'ajoute-t-il', 'ajouta-t-il', 'explique-t-il', 'poursuit-il', 'souligne-t-il', 'estime-t-il', 's\'exclame-t-il', 'interroge-t-il',
    'a', 'il', 'elle', 'ils', 'elles', 'je', 'nous', 'vous', 'on',
  ],
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Les deux parties sont convenues d\'étendre leur coopération dans le domaine de l\'énergie.',
  'Le traité sera signé l\'année prochaine, a déclaré le ministre après les entretiens à Paris.',
  'Merci de votre patience, votre commande a déjà été expédiée et devrait arriver demain.',
];
