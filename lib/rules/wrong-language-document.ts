import type { CheckContext } from '../context.js';
import { languageName } from '../languages/index.js';
import type { Rule, RuleExamples } from '../types.js';

/** For the rule catalogue (scripts/update-schema.ts); not in the meta, so the bundle leaves it out. */
export const description =
  'The whole document is in another language (or script) than the one given with --lang: the source was ' +
  'delivered untranslated, or the wrong file was uploaded. Reported once for the document, not per sentence. ' +
  'Only a language given with --lang can be contradicted, and a short document (a sentence or two) only when its ' +
  'common words and franc name the same language; close relatives (Czech/Slovak; Croatian, Bosnian, Serbian ' +
  'and Slovene; the Nordic languages; Bulgarian/Macedonian) are not told apart.';

export const wrongLanguageDocument: Rule<CheckContext> = {
  meta: {
    id: 'wrong-language-document',
    category: 'language',
    severity: 'error',
    mqm: 'Accuracy/Untranslated',
    languages: '*',
  },

  check(ctx, report) {
    const v = ctx.documentLanguage;
    if (!v.wrong) return;
    const declared = languageName(ctx.language.code);
    const found = v.language && v.language !== 'und' ? languageName(v.language) : `${v.script} script`;
    const data: Record<string, string | number> = { language: v.language ?? 'und', expected: ctx.language.code, share: v.share ?? 0 };
    if (v.script) data.script = v.script;
    report({
      start: 0,
      end: ctx.text.length,
      message: `The document is in ${found}, not in ${declared} as declared: it was not translated, or it is the wrong file.`,
      data,
    });
  },
};

/** What the rule flags and what it leaves alone: tests/rules.test.ts runs them. Not part of the rule, so not of the bundle. */
export const examples: RuleExamples = {
  bad: [
    {
      text: 'Die beiden Seiten vereinbarten, die Zusammenarbeit im Bereich der Energie auszubauen. Der Vertrag wird im nächsten Jahr unterzeichnet, sagte der Minister.',
      lang: 'en',
      findings: [
        {
          flagged: 'Die beiden Seiten vereinbarten, die Zusammenarbeit im Bereich der Energie auszubauen. Der Vertrag wird im nächsten Jahr unterzeichnet, sagte der Minister.',
          message: 'The document is in German, not in English as declared: it was not translated, or it is the wrong file.',
        },
      ],
    },
    {
      text: 'Обидві сторони домовилися розширити співпрацю в галузі енергетики. Угоду буде підписано наступного року, сказав міністр.',
      lang: 'de',
      findings: [
        {
          flagged: 'Обидві сторони домовилися розширити співпрацю в галузі енергетики. Угоду буде підписано наступного року, сказав міністр.',
          message: 'The document is in Ukrainian, not in German as declared: it was not translated, or it is the wrong file.',
        },
      ],
    },
    {
      text: 'Obě strany se dohodly, že rozšíří spolupráci v oblasti energetiky. Smlouva bude podepsána příští rok, řekl ministr.',
      lang: 'es',
      findings: [
        {
          flagged: 'Obě strany se dohodly, že rozšíří spolupráci v oblasti energetiky. Smlouva bude podepsána příští rok, řekl ministr.',
          message: 'The document is in Czech, not in Spanish as declared: it was not translated, or it is the wrong file.',
        },
      ],
    },
    {
      // A document in the declared language's second script (Bosnian is written in Cyrillic too): franc names it.
      text: 'Обе стороны договорились расширить сотрудничество в области энергетики и транспорта. Договор будет подписан в следующем году, сказал министр после переговоров. Переговоры продолжатся в Москве на следующей неделе, сообщили в министерстве иностранных дел. Стороны также обсудили вопросы торговли.',
      lang: 'bs',
      findings: [
        {
          flagged: 'Обе стороны договорились расширить сотрудничество в области энергетики и транспорта. Договор будет подписан в следующем году, сказал министр после переговоров. Переговоры продолжатся в Москве на следующей неделе, сообщили в министерстве иностранных дел. Стороны также обсудили вопросы торговли.',
          message: 'The document is in Russian, not in Bosnian as declared: it was not translated, or it is the wrong file.',
        },
      ],
    },
    {
      text: 'Обе стороны договорились расширить сотрудничество в области энергетики. Договор будет подписан в следующем году, сказал министр.',
      lang: 'uk',
      findings: [
        {
          flagged: 'Обе стороны договорились расширить сотрудничество в области энергетики. Договор будет подписан в следующем году, сказал министр.',
          message: 'The document is in Russian, not in Ukrainian as declared: it was not translated, or it is the wrong file.',
        },
      ],
    },
    {
      text: 'Båda parter kom överens om att utöka samarbetet inom energiområdet. Avtalet kommer att undertecknas nästa år, sade ministern.',
      lang: 'de',
      findings: [
        {
          flagged: 'Båda parter kom överens om att utöka samarbetet inom energiområdet. Avtalet kommer att undertecknas nästa år, sade ministern.',
          message: 'The document is in Swedish, not in German as declared: it was not translated, or it is the wrong file.',
        },
      ],
    },
  ],
  good: [
    { text: 'The two sides agreed to expand cooperation in the field of energy. The treaty will be signed next year, the minister said.', lang: 'en' },
    { text: 'Ambas partes acordaron ampliar la cooperación en el ámbito de la energía. El tratado se firmará el próximo año, dijo el ministro.', lang: 'es' },
    // Slovak declared as Czech: too close to call, never reported.
    { text: 'Obe strany sa dohodli, že rozšíria spoluprácu v oblasti energetiky. Zmluva bude podpísaná budúci rok, povedal minister.', lang: 'cs' },
    // Mostly English with one German sentence: a passage, not the document.
    { text: 'The two sides agreed to expand cooperation in the field of energy. Der Vertrag wird im nächsten Jahr unterzeichnet. The minister said so on Monday after the talks in Berlin.', lang: 'en' },
    { text: 'Obě strany se dohodly, že rozšíří spolupráci v oblasti energetiky. Smlouva bude podepsána příští rok, řekl ministr.', lang: 'cs' },
    // Bosnian in Cyrillic, which it is written in too (Language.alsoWritten): not Serbian.
    { text: 'Обје стране су се договориле да ће проширити сарадњу у области енергетике. Споразум ће бити потписан наредне године, рекао је министар након састанка у Сарајеву.', lang: 'bs' },
    { text: 'Обидві сторони домовилися розширити співпрацю в галузі енергетики. Угоду буде підписано наступного року, сказав міністр.', lang: 'uk' },
    // One short sentence is too little to judge: names and a shared word are no Italian, a short
    // Russian sentence no Bulgarian.
    { text: 'Matsumoto Yoshiro in Kochihara District, Yamatsuri, Fukushima Prefecture.', lang: 'en' },
    { text: 'Пожалуйста, посмотрите изображения для получения подробной информации.', lang: 'ru' },
    // Dutch form messages, imperatives whose common words Afrikaans shares ("een", "is", "het"): its
    // modal "mag" is Dutch too, no Afrikaans evidence, and franc's Afrikaans reading stands alone.
    {
      text: 'Dit bericht mag geen bijlagen bevatten. Het gekozen bestand is te klein. Probeer een groter bestand te kiezen. De sessie is verlopen. Probeer het bericht opnieuw te sturen. Dit is geen geldige RGB kleur. Vul een geldige startdatum in. Kies een geldige map. Kies een geldige regio. Kies een geldig formaat. Vul een geldige naam en code in. Vul een geldige postcode in. Kies een geldig profiel. Het gekozen veld is leeg. Vul een geldig nummer in. Kies een geldige maand. Vul een geldige prijs in. Het wachtwoord is te kort. Vul een geldig jaartal in. Vul een geldige titel in. Vul een geldige omschrijving in. Vul een geldige straat in. Vul een geldig huisnummer in. Kies een geldige provincie. Vul een geldig adres in. Kies een geldige categorie. Kies een geldig merk.',
      lang: 'nl',
    },
    // Finnish whose few common words Estonian shares ("on", "jo"), and names: franc, which has no
    // model of Finnish, reads Swedish, but not one word or letter is Swedish's and not Finnish's.
    {
      text: 'Italialainen AC Milan hävisi niukasti jalkapallon mestareiden liigassa saksalaiselle Bayernille 5–6 rangaistuspotkukilpailussa. AC Milan hävisi joukkueiden ensimmäisen kohtaamisen 2–0, joten italialaiset olisivat tarvinneet vähintään kolmen maalin voiton. AC Milan siirtyi jo kahdeksannella minuutilla Paolo Rossin maalilla 1–0 johtoon. Ottelussa Bayernin Thomas Müller sai keltaisen kortin 52. minuutilla. Saman kohtalon koki 87. minuutilla AC Milanin Marco Conti.',
      lang: 'fi',
    },
  ],
};
