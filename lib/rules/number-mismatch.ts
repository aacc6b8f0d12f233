import { acceleratorsIn } from '../bilingual/folded.js';
import { groupsWithSpace, hasNumberWords, numberWordsIn, scaleAfter, type NumberWord } from '../bilingual/number-words.js';
import { hasDigit, numbersIn, type NumberToken } from '../bilingual/numbers.js';
import { sourceIsCode } from '../bilingual/code-block.js';
import { checkablePairs, targetSpan } from '../bilingual/pairs.js';
import { placeholdersIn } from '../bilingual/placeholders.js';
import { conversions, isConversion, mentionsUnit, quantitiesIn, type Converted } from '../bilingual/units.js';
import { codeRanges, codeRangesWith, type Range } from '../bilingual/protected.js';
import { pluralCategoriesOf } from '../formats/plural-categories.js';
import type { CheckContext, SegmentPair } from '../context.js';
import type { Reporter, Rule, RuleExamples } from '../types.js';

/** Findings per segment of each kind (the engine keeps 50 per rule and line). */
const MAX_PER_SEGMENT = 50;
/** Without number words for a language, numbers up to this may be written as words there: not reported. */
const SPELLED_OUT = 20;

/** For the rule catalogue (scripts/update-schema.ts); not in the meta, so the bundle leaves it out. */
export const description =
  'A number of the source missing from the translation, changed, or one the source does not have. Numbers are ' +
  'compared by value in the way each language writes them: decimal commas and periods ("3.5" = "3,5"), grouping ' +
  'by comma, period or space ("1,000" = "1.000" = "1 000"), ordinal periods ("3. Mai"), centuries by their hundreds ("1500-talet" = "16th century"), times ("18:30" = ' +
  '"6.30 pm", "18h30"), digits of any script, scale words ("3 million" = "3 Mio." = "£3m", "1억 4천 2백만" = "142 million") and numbers written as words ' +
  '("3" = "three" = "drei", "28" = "twenty eight", "60." = "sixtieth"), Roman numerals ("Thutmose III") and Chinese numerals ' +
  '("五十", "十四億"); a quantity converted to another unit ("30 miles" = "48 km", "80 degrees" = "27 °C", "6-foot-6" = "1,98 m", by CLDR\'s units) ' +
  'is the same quantity; parts of dates are not reported (dates are rewritten in translation). Placeholders, ' +
  'URLs, tags and keyboard accelerators ("(_7)") are not numbers.';

export const numberMismatch: Rule<CheckContext> = {
  meta: {
    id: 'number-mismatch',
    category: 'accuracy',
    severity: 'error',
    mqm: 'Accuracy/Mistranslation',
    languages: '*',
    needsSource: true,
  },

  check(ctx, report) {
    const src = ctx.source!;
    const tl = ctx.language.code;
    const sl = src.language.code;
    for (const p of checkablePairs(ctx)) {
      // A code example's output changes with the strings and names its translation translates.
      if (sourceIsCode(ctx, p)) continue;
      // Most units have no digit on either side, and so no number: their code is not looked for.
      if (!hasDigit(src.text, p.sourceStart, p.sourceEnd) && !hasDigit(ctx.text, p.start, p.end)) continue;
      const inSource = placeholdersIn(src.text, p.sourceStart, p.sourceEnd);
      const syntaxes = new Set(inSource.map((x) => x.syntax));
      const s = numbersIn(src.text, p.sourceStart, p.sourceEnd, withAccelerators(src.text, p.sourceStart, p.sourceEnd, codeRangesWith(inSource, src.text, p.sourceStart, p.sourceEnd)), {
        spaceGroups: groupsWithSpace(sl),
        scale: (at) => scaleAfter(sl, src.text, at, p.sourceEnd),
      });
      const t = numbersIn(ctx.text, p.start, p.end, withAccelerators(ctx.text, p.start, p.end, codeRanges(ctx.text, p.start, p.end, syntaxes)), {
        spaceGroups: groupsWithSpace(tl),
        scale: (at) => scaleAfter(tl, ctx.text, at, p.end),
      });
      if (s.length === 0 && t.length === 0) continue;
      compare(ctx, p, s, t, report);
    }
  },
};

/** What the rule flags and what it leaves alone: tests/rules.test.ts runs them. Not part of the rule, so not of the bundle. */
export const examples: RuleExamples = {
  bad: [
    // A numeral prefix is soft on its own, but another number written out still shows.
    {
      text: 'Bezpłatny 5-dniowy okres próbny',
      source: 'Free 3-day trial',
      lang: 'pl',
      sourceLang: 'en',
      findings: [{ flagged: '5', message: 'The number 3 of the source is 5 in the translation.', sourceFlagged: '3' }],
    },
    {
      text: 'Seite 12 von 41.',
      source: 'Page 12 of 40.',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: '41', message: 'The number 40 of the source is 41 in the translation.', sourceFlagged: '40' }],
    },
    {
      text: 'Der Umsatz stieg um 3,5 Prozent.',
      source: 'Sales rose by 3.5 percent to 2.1 billion euros.',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: 'Der Umsatz stieg um 3,5 Prozent.', message: 'The number 2.1 of the source is missing from the translation.', sourceFlagged: '2.1' }],
    },
    {
      text: 'Le contrat a été signé en 2019 par 12 pays.',
      source: 'The contract was signed by 12 countries.',
      lang: 'fr',
      sourceLang: 'en',
      findings: [{ flagged: '2019', message: 'The number 2019 is not in the source.' }],
    },
    {
      text: 'Осталось ٣ дня.',
      source: '4 days left.',
      lang: 'ru',
      sourceLang: 'en',
      findings: [{ flagged: '٣', message: 'The number 4 of the source is ٣ in the translation.', sourceFlagged: '4' }],
    },
    // A unit conversion that is not one ("385 miles" is 620 km), a converted range that lost a number, a Korean amount changed.
    {
      text: 'Rosa war 360 Kilometer entfernt.',
      source: 'Rosa was 385 miles away.',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: '360', message: 'The number 385 of the source is 360 in the translation.', sourceFlagged: '385' }],
    },
    {
      text: 'Erwartet werden bis zu 10 Zentimeter Regen.',
      source: 'As much as 2 to 4 inches of rain is expected.',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: 'Erwartet werden bis zu 10 Zentimeter Regen.', message: 'The number 2 of the source is missing from the translation.', sourceFlagged: '2' }],
    },
    // A number changed in the source's own unit is no conversion, though near one into another ("230 millas": 130 miles are 209 km).
    {
      text: 'La marea roja se extiende a lo largo de 230 millas de litoral.',
      source: 'The Red Tide extends approximately 130 miles of coastline.',
      lang: 'es',
      sourceLang: 'en',
      findings: [{ flagged: '230', message: 'The number 130 of the source is 230 in the translation.', sourceFlagged: '130' }],
    },
    {
      text: '地方では、2－4インチの雨が降る。',
      source: 'Locally, 1 to 4 inches of rain will fall.',
      lang: 'ja',
      sourceLang: 'en',
      findings: [{ flagged: '2', message: 'The number 2 is not in the source.' }],
    },
    {
      text: '1억 4천 3백만 명의 팔로워',
      source: '142 million followers',
      lang: 'ko',
      sourceLang: 'en',
      findings: [{ flagged: '1억 4천 3', message: 'The number 142 of the source is 1억 4천 3 in the translation.', sourceFlagged: '142' }],
    },
    // Two years in full never pair by their last two digits, nor by a calendar the language does not use.
    {
      text: 'Am 29. September 2018 führte er sein Bataillon.',
      source: 'On 29 September 1918 he led his battalion.',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: '2018', message: 'The number 1918 of the source is 2018 in the translation.', sourceFlagged: '1918' }],
    },
    // A "1" the source does not say, in a language whose singular says the count one (German
    // "Woche" serves 1 alone); and in any language a "1" for another number of the source.
    {
      text: 'Jede 1 Stunde prüfen',
      source: 'Check every hour',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: '1', message: 'The number 1 is not in the source.' }],
    },
    {
      text: '1 時間ごと',
      source: 'Every 2 hours',
      lang: 'ja',
      sourceLang: 'en',
      findings: [{ flagged: '1', message: 'The number 1 is not in the source.' }],
    },
    {
      text: 'Im Jahr 2561 gab es 40 Schüler.',
      source: 'In 2018 there were 40 pupils.',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: '2561', message: 'The number 2018 of the source is 2561 in the translation.', sourceFlagged: '2018' }],
    },
  ],
  good: [
    // The count one said with the numeral where no plural form says it alone (CLDR): Japanese and
    // Chinese have no "one"; Russian "one" serves 21 too, Brazilian Portuguese "one" 0 too.
    { text: '1 時間ごと', source: 'Every hour', lang: 'ja', sourceLang: 'en' },
    { text: '最近 1 个月', source: 'Last month', lang: 'zh', sourceLang: 'en' },
    { text: '1 час', source: 'Every hour', lang: 'ru', sourceLang: 'en' },
    { text: 'A cada 1 hora', source: 'Every hour', lang: 'pt', sourceLang: 'en' },
    // A year abbreviated to its last two digits on one side ("1950-53", "SS19"), or counted in the
    // Buddhist era a Thai translation writes (2018 is 2561); multiples, fractions and spans of years said in words.
    { text: 'La guerre de Corée (1950-1953) et la collection printemps-été 2019.', source: 'The 1950-53 Korea War and the SS19 collection.', lang: 'fr', sourceLang: 'en' },
    { text: 'ในปี พ.ศ. 2561 มีนักเรียน 40 คน', source: 'In 2018 there were 40 pupils.', lang: 'th', sourceLang: 'en' },
    { text: 'Saint Martin 10 ans plus tard, avec plus de 1,3 cm de pluie.', source: "St. Martin's a decade later, with over half an inch of rain.", lang: 'fr', sourceLang: 'en' },
    { text: 'その後2度にわたり、過去20年間で3倍近くに増えた。', source: 'Then twice, as it nearly tripled in the past two decades.', lang: 'ja', sourceLang: 'en' },
    // A temperature marked with the degree sign or the ordinal indicator typed for it, which alone reads as an ordinal ("1º").
    { text: 'Estavam 26º na costa norte de Kauai.', source: 'It was a sunny 80 degrees on the north shore of Kauai.', lang: 'pt', sourceLang: 'en' },
    // Ages and teens written as one word, from the stems compounds build on.
    { text: 'Trzech nastolatków, szesnastolatek i czterdziestodwuletni mężczyzna.', source: 'Three teenagers, a 16-year-old and a 42-year-old man.', lang: 'pl', sourceLang: 'en' },
    { text: 'Un tredicenne e il trentunenne giocatore.', source: 'A 13-year-old and the 31-year-old player.', lang: 'it', sourceLang: 'en' },
    // Units converted (CLDR's units and factors), as translators round: ranges, mixed units
    // ("6-foot-6"), temperatures and their differences, and a conversion the source gives in brackets.
    { text: 'Rosa hatte Winde von 136 km/h und war 620 Kilometer entfernt.', source: 'Rosa had winds of 85 mph and was 385 miles away.', lang: 'de', sourceLang: 'en' },
    { text: 'Se esperan entre 5 y 10 centímetros de lluvia.', source: 'As much as 2 to 4 inches of rain is expected.', lang: 'es', sourceLang: 'en' },
    { text: 'Le joueur de 1,98 m pesait 250 kilos.', source: 'The 6-foot-6 forward weighed 550 pounds.', lang: 'fr', sourceLang: 'en' },
    { text: 'New York könnte 27 ºC erreichen, ungefähr 6 Grad über dem Durchschnitt.', source: 'New York City could reach 80 degrees, approximately 10 degrees above average.', lang: 'de', sourceLang: 'en' },
    { text: 'Der Vulkan liegt 72 Kilometer südöstlich der Hauptstadt.', source: 'The volcano sits 45 miles (72 kilometers) southeast of the capital.', lang: 'de', sourceLang: 'en' },
    // Amounts in groups of Chinese, Japanese and Korean scale characters; scale words of CLDR's compact formats ("£125m").
    { text: '1억 4천 2백만 명의 팔로워', source: '142 million followers', lang: 'ko', sourceLang: 'en' },
    { text: '37万5,000ドルを1億2,500万ポンドで', source: '$375,000 for £125m', lang: 'ja', sourceLang: 'en' },
    { text: '这个有300万人居住的地带', source: 'the province, where three million people live', lang: 'zh', sourceLang: 'en' },
    // Times with an "h" and minutes with seconds in Chinese characters; an Arabic comma grouping thousands.
    { text: 'À 07h55, puis à 19 h 30.', source: 'At 7.55am, then at 19:30.', lang: 'fr', sourceLang: 'en' },
    { text: '27分37秒に同点ゴールを決めた。', source: 'He equalised on 27:37.', lang: 'ja', sourceLang: 'en' },
    { text: 'مبلغ ۲۶،۷۵۰ دلار را به سرقت بردند', source: 'They stole $26,750.', lang: 'fa', sourceLang: 'en' },
    // Burmese typed with the digits that look like letters: ၀ for ဝ, ၄ for ၎, each opening a syllable.
    { text: '၄င်းသည် စကား၀ှက် မပါ၀င်ပါ။', source: 'It does not contain a password.', lang: 'my', sourceLang: 'en' },
    // A strftime field numbered for reordering: "%2$" is an argument's position, not a 2.
    { text: '%1$b %2$-d %3$Y, %4$-I:%5$M %6$p', source: '%b %-d %Y, %-I:%M %p', lang: 'bn', sourceLang: 'en' },
    // A small number joined to a word is written as a numeral prefix ("3-way": "trójstronne", "8-bit": "ośmiobitowe").
    { text: 'dokonaj trójstronnego scalenia z nową gałęzią', source: 'perform a 3-way merge with the new branch', lang: 'pl', sourceLang: 'en' },
    { text: 'Jakie ośmiobitowe kodowanie zadeklarować?', source: 'Which 8bit encoding should I declare?', lang: 'pl', sourceLang: 'en' },
    // A usage text's names in angle brackets, translated with their numbers ("<file1>").
    { text: 'git merge-file <파일1> <본래-파일> <파일2>', source: 'git merge-file <file1> <orig-file> <file2>', lang: 'ko', sourceLang: 'en' },
    { text: 'git diff ФАЙЛ_1 ФАЙЛ_2 [<cabang 1>]', source: 'git diff <file1> <file2> [<branch1>]', lang: 'bg', sourceLang: 'en' },
    { text: 'Der Umsatz stieg um 3,5 Prozent auf 1.000 Euro.', source: 'Sales rose by 3.5 percent to 1,000 euros.', lang: 'de', sourceLang: 'en' },
    { text: 'Am 3. Mai 2024 um 18.30 Uhr.', source: 'On 3 May 2024 at 6.30 pm.', lang: 'de', sourceLang: 'en' },
    { text: 'Il y a 1 000 participants et trois invités.', source: 'There are 1,000 participants and 3 guests.', lang: 'fr', sourceLang: 'en' },
    { text: 'Der Vertrag vom 03.05.2024 gilt für 40-Bit-RC2.', source: 'The contract of May 3, 2024 applies to 40-bit RC2.', lang: 'de', sourceLang: 'en' },
    { text: 'Platz %1$d von 3,5 Mio.', source: 'Place %1$d of 3.5 million', lang: 'de', sourceLang: 'en' },
    { text: 'Zuerst zwölf, dann 22. Platz.', source: 'First 12, then 22nd place.', lang: 'de', sourceLang: 'en' },
    // Numbers of several words, teens and ordinals spelt out in the source; Chinese numerals for digits.
    { text: 'Sie stachen mit 28 Männern in See, im 13. Jahrhundert, nach 18 Monaten.', source: 'They set sail with twenty eight men, in the thirteenth century, after eighteen months.', lang: 'de', sourceLang: 'en' },
    { text: '它的年度預算超過十四億美元。在過去的五十年中。', source: 'Its annual budget is more than $1.4 billion. Over the past 50 years.', lang: 'zh', sourceLang: 'en' },
    // A number word after an elided article or preposition.
    { text: 'Au bout d’une heure, puis l’un après l’autre.', source: 'After 1 hour, then 1 after the other.', lang: 'fr', sourceLang: 'en' },
    // A century named by its hundreds (Swedish, Danish, Norwegian, Finnish).
    { text: 'Kontakten med väst under 1500-talet ledde till tillväxt.', source: 'This contact with the West during the 16th century led to growth.', lang: 'sv', sourceLang: 'en' },
    { text: 'เมืองถูกทำลายในศึกของฟาโรห์ทุตโมสที่ 3 และลูกสาววัย 2 ขวบ', source: 'The city was destroyed in a campaign by Thutmose III, and his two-year-old daughter.', lang: 'th', sourceLang: 'en' },
    { text: 'Перевірте сторінку https://example.com/v2/page3 ще раз.', source: 'Check the page https://example.com/v2/page3 again.', lang: 'uk', sourceLang: 'en' },
    // A digit that is a keyboard accelerator, appended in brackets after the translation's own digit.
    { text: '৭ ঘর (_7)', source: '_7 places', lang: 'bn', sourceLang: 'en' },
  ],
};

/** Code ranges and the keyboard accelerators among them: a digit may be one ("_7 places", "৭ ঘর (_7)"). */
function withAccelerators(text: string, start: number, end: number, code: Range[]): Range[] {
  const accelerators = acceleratorsIn(text, start, end);
  return accelerators.length === 0 ? code : [...code, ...accelerators].sort((a, b) => a.start - b.start);
}

function compare(ctx: CheckContext, p: SegmentPair, s: NumberToken[], t: NumberToken[], report: Reporter): void {
  const src = ctx.source!;
  const tl = ctx.language.code;
  const sl = src.language.code;
  const written = (x: NumberToken, text: string) => text.slice(x.start, x.end);
  // Pair equal numbers: the same writing first ("1,000" with "1,000" before "1.000"), then equal
  // values, then tokens read as several numbers ("15 763", "3.5.") part by part.
  const used = new Set<NumberToken>();
  let missing = s;
  let free = t;
  const pair = (keysT: (y: NumberToken) => string[], keysS: (x: NumberToken) => string[]) => {
    // Each key's tokens in order, with a cursor past the ones already taken.
    const index = new Map<string, { tokens: NumberToken[]; next: number }>();
    for (const y of free) {
      for (const k of keysT(y)) {
        const entry = index.get(k);
        if (entry) entry.tokens.push(y);
        else index.set(k, { tokens: [y], next: 0 });
      }
    }
    missing = missing.filter((x) => {
      for (const k of keysS(x)) {
        const entry = index.get(k);
        if (!entry) continue;
        while (entry.next < entry.tokens.length && used.has(entry.tokens[entry.next])) entry.next++;
        if (entry.next < entry.tokens.length) {
          used.add(entry.tokens[entry.next++]);
          return false;
        }
      }
      return true;
    });
    free = free.filter((y) => !used.has(y));
  };
  pair((y) => [written(y, ctx.text)], (x) => [written(x, src.text)]);
  pair((y) => y.values, (x) => x.values);
  if (missing.some((x) => x.parts) || free.some((y) => y.parts)) {
    missing = missing.flatMap((x) => x.parts ?? [x]);
    free = free.flatMap((y) => y.parts ?? [y]);
    pair((y) => y.values, (x) => x.values);
  }
  if (missing.length > 0 && free.length > 0) [missing, free] = sameYears(missing, free, sl, tl);
  // A number joined to a word may be a numeral prefix on the other side ("3-way": "trójstronne");
  // where both sides write one in digits ("3-day", "5-dniowy") they must agree.
  const bothJoined = missing.some((x) => x.joined) && free.some((y) => y.joined);
  let extra = free.filter((x) => !x.soft || (bothJoined && x.joined));
  let lost = missing.filter((x) => !x.soft || (bothJoined && x.joined));
  // Numbers written as words on the other side.
  if (lost.length > 0) lost = unanswered(lost, numberWordsIn(tl, ctx.text, p.start, p.end), hasNumberWords(tl));
  // A source's plural form for one count writes it out ("1 file"); the translation's form may write
  // the count's placeholder instead ("%ld plik", Russian "%ld файл" for 1, 21, 31…), or, serving
  // that count alone too, leave it to the words ("Pozostał miesiąc", a month left).
  if (p.sourceCount !== undefined && lost.length > 0 && (p.count === p.sourceCount || placeholdersIn(ctx.text, p.start, p.end).length > 0)) {
    lost = lost.filter((x) => written(x, src.text) !== String(p.sourceCount));
  }
  // And the other way: a form for one count may write it in digits ("fra 1 mese") where the source
  // says it in words ("next month").
  if (p.count !== undefined && extra.length > 0) extra = extra.filter((x) => written(x, ctx.text) !== String(p.count));
  if (extra.length > 0) extra = unanswered(extra, numberWordsIn(sl, src.text, p.sourceStart, p.sourceEnd), hasNumberWords(sl));
  // A soft number left over may still be a lost quantity converted: "26°" or "26º" (read as an ordinal, "1º") for "80 degrees".
  if (lost.length > 0 || extra.length > 0) [lost, extra] = unconverted(ctx, p, s, t, lost, extra, free.filter((y) => y.soft && !extra.includes(y)));
  // A "1" nothing of the source answers, where the translation's language has no plural form for
  // the count one alone (CLDR: Japanese, Chinese, Korean have no "one"; Russian's serves 21 too,
  // French and Brazilian Portuguese's 0 too): it says the count one that the source says by its
  // singular ("Every hour": "1 時間ごと", "1 час"; "a week ago": "1 週間前"), as the language must;
  // not where a number of the source is left unpaired, which the "1" may have replaced.
  if (missing.length === 0 && extra.length > 0 && !singularSaysOne(tl)) extra = extra.filter((x) => !(x.values.length === 1 && x.values[0] === '1'));
  const shown = (x: NumberToken, text: string) => written(x, text).replace(/[\s\u00a0\u202f]+/g, ' ');
  let n = 0;
  while (lost.length > 0 && extra.length > 0 && n++ < MAX_PER_SEGMENT) {
    const was = lost.shift()!;
    const now = extra.shift()!;
    report({ start: now.start, end: now.end, message: `The number ${shown(was, src.text)} of the source is ${shown(now, ctx.text)} in the translation.`, sourceSpan: was });
  }
  for (const x of extra.slice(0, MAX_PER_SEGMENT)) report({ start: x.start, end: x.end, message: `The number ${shown(x, ctx.text)} is not in the source.` });
  for (const x of lost.slice(0, MAX_PER_SEGMENT)) report({ ...targetSpan(ctx, p), message: `The number ${shown(x, src.text)} of the source is missing from the translation.`, sourceSpan: x });
}

/** Whether one of the language's plural forms serves the count one alone (German "Stunde"), or the language is not known to CLDR. */
function singularSaysOne(lang: string): boolean {
  const categories = pluralCategoriesOf(lang);
  return !categories || [...categories.values()].some((c) => c.single === 1);
}

/** A number's readings as numbers ("1,000": 1 and 1000), without times. */
const numericValues = (x: NumberToken | NumberWord) => ('value' in x ? [x.value] : x.values.filter((v) => !v.includes(':')).map(Number));

/**
 * The numbers lost and extra that are not a quantity of the source converted to another unit in
 * the translation ("30 miles": "48 km", "two-foot": "60 cm"), or a conversion the source gives in
 * brackets and the translation leaves out ("45 miles (72 kilometers)": "72 km"). A soft number of
 * the translation (never reported by itself) may answer a lost quantity too.
 */
function unconverted(ctx: CheckContext, p: SegmentPair, s: NumberToken[], t: NumberToken[], lost: NumberToken[], extra: NumberToken[], soft: NumberToken[] = []): [NumberToken[], NumberToken[]] {
  const src = ctx.source!;
  const sl = src.language.code;
  // The source's quantities: numbers in digits or words with a unit.
  const numbers: Array<NumberToken | NumberWord> = [...s, ...numberWordsIn(sl, src.text, p.sourceStart, p.sourceEnd)];
  const quantities = quantitiesIn(sl, src.text, numbers, p.sourceEnd, numericValues).map((q) => ({ ...q, converted: q.values.flatMap((v) => conversions(v, q.units, q.bareDegree)) }));
  if (quantities.length === 0) return [lost, extra];
  // A target number converts a quantity if near one of its conversions, into its own unit where it
  // has a unit word (or its range has: "2 إلى 4 بوصات" is in inches).
  const tl = ctx.language.code;
  const targetWords = numberWordsIn(tl, ctx.text, p.start, p.end);
  const targetUnits = new Map<unknown, number[]>(quantitiesIn(tl, ctx.text, [...t, ...targetWords], p.end, numericValues, true).map((q) => [q.number, q.units]));
  const converts = (x: NumberToken | NumberWord, q: { converted: Converted[] }) => numericValues(x).some((v) => isConversion(v, q.converted, targetUnits.get(x)));
  let free = extra;
  // The numbers of each quantity answered by a conversion: its own, and the second of a mixed one ("6-foot-6").
  const answered = new Set<unknown>();
  for (const q of quantities) {
    if (![q.number, ...q.parts].some((x) => lost.includes(x as NumberToken))) continue;
    const y = free.find((t) => converts(t, q)) ?? soft.find((t) => converts(t, q));
    if (y) free = free.filter((t) => t !== y);
    // Given twice in the source, in two units, and once in the translation (which then has no word for the unit left out).
    const restated = () =>
      quantities.some((other) => other !== q && !lost.includes(other.number as NumberToken) && q.values.some((v) => isConversion(v, other.converted, q.units))) &&
      !mentionsUnit(tl, ctx.text, p.start, p.end, q.units);
    if (y || targetWords.some((w) => converts(w, q)) || restated()) for (const x of [q.number, ...q.parts]) answered.add(x);
  }
  const keptLost = lost.filter((x) => !answered.has(x));
  return [keptLost, free.filter((t) => !quantities.some((q) => converts(t, q)))];
}

/**
 * The numbers no number word of the other side answers. Without words for that language, small
 * numbers may be written as words there and are left out.
 */
function unanswered(numbers: NumberToken[], words: { value: number }[], known: boolean): NumberToken[] {
  const free = new Map<string, number>();
  for (const w of words) free.set(String(w.value), (free.get(String(w.value)) ?? 0) + 1);
  return numbers.filter((x) => {
    const v = x.values.find((value) => (free.get(value) ?? 0) > 0);
    if (v !== undefined) {
      free.set(v, free.get(v)! - 1);
      return false;
    }
    return known || !x.values.some((value) => /^\d+$/.test(value) && Number(value) <= SPELLED_OUT);
  });
}

/** A year written with four plain digits, of any script ("1953", "٢٠١٩"), as its value. */
function yearOf(x: NumberToken): number | undefined {
  return x.end - x.start === 4 && /^[12]\d{3}$/.test(x.values[0]) ? Number(x.values[0]) : undefined;
}

/** A number written with exactly two digits from 10 on ("53", "SS19"), as its value. */
function twoDigitsOf(x: NumberToken): number | undefined {
  return x.end - x.start === 2 && /^[1-9]\d$/.test(x.values[0]) ? Number(x.values[0]) : undefined;
}

/** Each language's years for a Gregorian year, by the other calendars its main territory uses (CLDR via Intl): Thai Buddhist era 2018 → 2561. */
const calendarYearCache = new Map<string, Map<number, number[]>>();
const calendarsOf = new Map<string, string[]>();

function calendarYears(code: string, year: number): number[] {
  let cals = calendarsOf.get(code);
  if (!cals) {
    try {
      const locale = new Intl.Locale(code).maximize() as Intl.Locale & { getCalendars?: () => string[]; calendars?: string[] };
      cals = (locale.getCalendars?.() ?? locale.calendars ?? []).filter((c) => c !== 'gregory');
    } catch {
      cals = [];
    }
    calendarsOf.set(code, cals);
  }
  if (cals.length === 0) return [];
  let byYear = calendarYearCache.get(code);
  if (!byYear) calendarYearCache.set(code, (byYear = new Map()));
  let years = byYear.get(year);
  if (!years) {
    const found = new Set<number>();
    for (const ca of cals) {
      const format = new Intl.DateTimeFormat(`en-u-ca-${ca}-nu-latn`, { year: 'numeric', timeZone: 'UTC' });
      // The calendar's years that overlap the Gregorian one (a Persian or Islamic year starts within it).
      for (const at of [Date.UTC(year, 0, 1), Date.UTC(year, 11, 31)]) {
        const y = Number(format.formatToParts(at).find((part) => part.type === 'year')?.value);
        // Written with four digits as years of the era are: not the cyclic or regnal years ("30", Heisei 30).
        if (Number.isInteger(y) && y >= 1000 && y !== year) found.add(y);
      }
    }
    byYear.set(year, (years = [...found]));
  }
  return years;
}

/**
 * The numbers left on both sides that are one year: abbreviated to its last two digits on one side
 * ("1950-53", "SS19", a spring/summer 2019 collection) and written in full on the other, or counted
 * in another calendar the language's territory uses (Thai "พ.ศ. 2561", the Buddhist era's 2018).
 * Two full years never pair by their last digits: "1918" is not "2018".
 */
function sameYears(missing: NumberToken[], free: NumberToken[], sl: string, tl: string): [NumberToken[], NumberToken[]] {
  const used = new Set<NumberToken>();
  // Whether a, in language aLang, writes b's year.
  const same = (a: NumberToken, aLang: string, b: NumberToken): boolean => {
    const year = yearOf(a);
    if (year === undefined) return false;
    const other = yearOf(b);
    if (other !== undefined) return calendarYears(aLang, other).includes(year);
    return year >= 1910 && year < 2100 && twoDigitsOf(b) === year % 100;
  };
  const lost = missing.filter((x) => {
    const y = free.find((y) => !used.has(y) && (same(x, sl, y) || same(y, tl, x)));
    if (y) used.add(y);
    return !y;
  });
  return [lost, free.filter((y) => !used.has(y))];
}
