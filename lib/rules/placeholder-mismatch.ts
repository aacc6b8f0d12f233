import { sourceIsCode } from '../bilingual/code-block.js';
import { checkablePairs, difference, MAX_PER_UNIT, takeByKey, targetSpan } from '../bilingual/pairs.js';
import { pipeForms } from '../bilingual/pipe-plurals.js';
import { isBoostFormat, placeholdersIn, mangledPlaceholder, type Placeholder, type PlaceholderSyntax } from '../bilingual/placeholders.js';
import type { CheckContext, SegmentPair } from '../context.js';
import type { Reporter, Rule, RuleExamples } from '../types.js';

/** For the rule catalogue (scripts/update-schema.ts); not in the meta, so the bundle leaves it out. */
export const description =
  'A placeholder of the source missing from the translation, one the source does not have, one changed ' +
  '(`{name}` translated to `{nom}`, `%s` to `%d`), or one split by a space ("% s", "{ name }") or mangled with a look-alike of its mark (the Arabic percent sign: "٪ d" for "%d"; fullwidth "％s"). Syntaxes: printf ' +
  '(`%s`, `%1$d`, `%(name)s`, `%@`; Apple\'s `%#@count@`, and `%arg` read as its substitution\'s formatSpecifier), `%1` and Qt\'s count `%n`, Boost `%1%`, `{0}`, `{name}`, ICU `{count, plural, …}`, `{{count}}`, ' +
  '`%{x}`, `${x}`, `$(x)`, `$NAME$`, `%NAME%`, `@NAME@`, `&entity;`; a percent-escape in a URL (`%3A`) is none; in a source that writes `%1` alone anywhere (no Boost format), `%1%` is `%1` and a percent sign, which may be spaced (`%1 %`). Each syntax is looked for only in units ' +
  'whose source uses it (`%{n}` for a source\'s `{n}%` is a percent sign before `{n}`); a brace field is compared by its name (`{n:L}` is `{n}`), ' +
  'printf arguments may be reordered with positions (`%2$d … %1$s`), and may gain thousands ' +
  'grouping (`%d` → `%\'d`), and losing it is a warning; a date format\'s fields (strftime: `%b %-d, %-I:%M %p`, in a unit not marked c-format) are not compared. A PO plural form that serves ' +
  'one count alone (Arabic\'s dual; a Rails YAML `one:` in German, `zero:`) may leave out an integer conversion (`%d`, `{n:L}`), its one conversion or the placeholder named count (`%{count}`, `{{count}}`): it may write the count in words; ' +
  'a form that serves 1 among other counts (Russian 1, 21, 31…) missing a placeholder its singular msgid lacks too is info. ' +
  'A string marked no-c-format (or another gettext no-…-format flag) is not read for that syntax; in plurals separated by "|" ' +
  '(Symfony, Laravel) a placeholder is compared by presence, not by count; a placeholder written with spaces ("{{ limit }}") is split only by more.';

export const placeholderMismatch: Rule<CheckContext> = {
  meta: {
    id: 'placeholder-mismatch',
    category: 'markup',
    severity: 'error',
    mqm: 'Design/Markup',
    languages: '*',
    needsSource: true,
  },

  check(ctx, report) {
    const src = ctx.source!;
    let boost: boolean | undefined;
    for (const p of checkablePairs(ctx)) {
      // A code example's braces are its own code, not the unit's format: its names may be translated.
      if (sourceIsCode(ctx, p)) continue;
      boost ??= isBoostFormat(src.text);
      let inSource = placeholdersIn(src.text, p.sourceStart, p.sourceEnd, undefined, boost);
      // A date format's fields are the locale's to order, drop or add ("%b %-d, %-I:%M %p" -> "%-d. %b, %H:%M").
      if (inSource.some((x) => x.syntax === 'printf') && isDateFormat(src.text, p)) inSource = inSource.filter((x) => x.syntax !== 'printf');
      // A gettext "no-…-format" flag says the string is no format string: "%-encoding" is text.
      const notFormats = p.flags?.flatMap((f) => NOT_FORMAT[f] ?? []);
      if (notFormats?.length) inSource = inSource.filter((x) => !notFormats.includes(x.syntax));
      if (inSource.length === 0) continue;
      inSource = withArgFormat(inSource, p.sourceArgFormat);
      let inTarget = withArgFormat(placeholdersIn(ctx.text, p.start, p.end, syntaxesToFind(inSource), boost), p.argFormat);
      // A pipe-separated plural has as many forms as the language has, each writing the
      // placeholder or not: only whether a placeholder is there at all can be compared. The
      // translation may be one where the source is not: Symfony's English keeps a message per
      // count ("in %minutes% minutes."), a Czech or Russian translation writes its forms in one.
      if (pipeForms(src.text, p.sourceStart, p.sourceEnd) > 1 || pipeForms(ctx.text, p.start, p.end) > 1) {
        inSource = distinct(inSource);
        inTarget = distinct(inTarget);
      }
      let { missing, extra } = difference(inSource, inTarget, ungrouped);
      reportLostGrouping(ctx, inSource, inTarget, report);
      // A plural form for one count may write that count in words (its other arguments keep their
      // places): the integer, or the one conversion there is, the count formatted ("%s bytes", "%0.2f frames").
      if (p.count !== undefined) {
        const conversions = inSource.filter(isConversion);
        missing = missing.filter((m) => !isInteger(m, src.text) && !isNamedCount(m) && !(conversions.length === 1 && m === conversions[0]));
      }
      // A form serving several counts (Russian "one": 1, 21, 31…) for a source form serving one,
      // which wrote the count out ("1 file"), writes the count: the one integer conversion it adds.
      if (p.sourceCount !== undefined && p.count === undefined && extra.filter((x) => isInteger(x, ctx.text)).length === 1) extra = extra.filter((x) => !isInteger(x, ctx.text));
      if (missing.length === 0 && extra.length === 0) continue;
      const written = (x: Placeholder) => src.text.slice(x.start, x.end);
      missing = missing.filter((m, k) => {
        const mangled = k < MAX_PER_UNIT ? mangledPlaceholder(ctx.text, p.start, p.end, m, written(m)) : undefined;
        if (mangled) {
          const seen = ctx.text.slice(mangled.start, mangled.end);
          const how = [...mangled.lookalikes.map(([w, meant]) => `with “${w}” for “${meant}”`), ...(mangled.split ? ['split by a space'] : [])].join(' and ');
          const message = mangled.lookalikes.length === 0 ? `Placeholder “${written(m)}” is split by a space: “${seen}”.` : `Placeholder “${written(m)}” is mangled: “${seen}”, ${how}.`;
          report({ start: mangled.start, end: mangled.end, message, sourceSpan: m });
          // What is left of it ("%1" of "%1 %") is that placeholder, not one of its own.
          extra = extra.filter((x) => x.start < mangled.start || x.end > mangled.end);
        }
        return !mangled;
      });
      // printf conversions in another order, unnumbered: the arguments would be swapped.
      const reordered = extra.filter((x) => x.syntax === 'printf');
      const replaced = missing.filter((x) => x.syntax === 'printf');
      if (reordered.length > 1 && reordered.length <= MAX_REORDERED && sameConversions(reordered, replaced)) {
        report({
          start: reordered[0].start,
          end: reordered[reordered.length - 1].end,
          message: `The placeholders take their arguments in another order than in the source (“${inSource.filter((x) => x.syntax === 'printf').map(written).join(' … ')}”); number them (“${renumbered(reordered, replaced)}”) to reorder.`,
          sourceSpan: replaced[0],
        });
        extra = extra.filter((x) => x.syntax !== 'printf');
        missing = missing.filter((x) => x.syntax !== 'printf');
      }
      // An extra placeholder of the same syntax as a missing one replaced it.
      const take = takeByKey(missing, (x) => braceFamily(x.syntax));
      const replacedBy = new Set<Placeholder>();
      for (const e of extra.slice(0, MAX_PER_UNIT)) {
        const flagged = ctx.text.slice(e.start, e.end);
        const was = take(braceFamily(e.syntax));
        if (!was) {
          report({ start: e.start, end: e.end, message: `Placeholder “${flagged}” is not in the source.` });
          continue;
        }
        replacedBy.add(was);
        report({ start: e.start, end: e.end, message: `Placeholder “${written(was)}” was changed to “${flagged}”.`, sourceSpan: was });
      }
      const inSingular = p.singularStart !== undefined ? placeholdersIn(src.text, p.singularStart, p.singularEnd!).map(ungrouped) : undefined;
      for (const m of missing.filter((x) => !replacedBy.has(x)).slice(0, MAX_PER_UNIT)) {
        // A form for 1, 21, 31… written after a singular that has no count ("Delete this file?"): the
        // source's own design, which the translator followed; worth a look, not a broken string.
        if (inSingular && !inSingular.includes(ungrouped(m))) {
          report({ ...targetSpan(ctx, p), severity: 'info', message: `Placeholder “${written(m)}” of the plural source is missing, as in the singular; this form also serves counts other than 1.`, sourceSpan: m });
          continue;
        }
        report({ ...targetSpan(ctx, p), message: `Placeholder “${written(m)}” of the source is missing.`, sourceSpan: m });
      }
    }
  },
};

/** What the rule flags and what it leaves alone: tests/rules.test.ts runs them. Not part of the rule, so not of the bundle. */
export const examples: RuleExamples = {
  bad: [
    {
      text: 'Butuh waktu %2.f detik',
      source: 'It took %.2f seconds',
      lang: 'id',
      sourceLang: 'en',
      findings: [{ flagged: '%2.f', message: 'Placeholder “%.2f” was changed to “%2.f”.', sourceFlagged: '%.2f' }],
    },
    {
      text: 'Seite %d von',
      source: 'Page %d of %d',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: 'Seite %d von', message: 'Placeholder “%d” of the source is missing.', sourceFlagged: '%d', start: 0 }],
    },
    {
      text: 'Supprimer %d éléments',
      source: "Delete %'d items",
      lang: 'fr',
      sourceLang: 'en',
      findings: [{ flagged: '%d', severity: 'warning', message: "Placeholder “%'d” was changed to “%d”: the number loses its thousands separators.", sourceFlagged: "%'d" }],
    },
    {
      text: 'Bonjour, {nom} !',
      source: 'Hello, {name}!',
      lang: 'fr',
      sourceLang: 'en',
      findings: [{ flagged: '{nom}', message: 'Placeholder “{name}” was changed to “{nom}”.', sourceFlagged: '{name}' }],
    },
    {
      text: 'Hallo {name}!',
      source: 'Hello %{name}!',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: '{name}', message: 'Placeholder “%{name}” was changed to “{name}”.', sourceFlagged: '%{name}' }],
    },
    {
      text: 'Fjarlægja torrent-skrárnar?',
      source: 'Remove {count:L} torrents?',
      lang: 'is',
      sourceLang: 'en',
      findings: [{ flagged: 'Fjarlægja torrent-skrárnar?', start: 0, message: 'Placeholder “{count:L}” of the source is missing.', sourceFlagged: '{count:L}' }],
    },
    {
      text: 'Dateien gelöscht',
      source: '%n file(s) deleted',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: 'Dateien gelöscht', start: 0, message: 'Placeholder “%n” of the source is missing.', sourceFlagged: '%n' }],
    },
    {
      // Boost writes every argument closed ("%1%"): a space splits it.
      text: '%1 % Dateien gelöscht, %2 % übrig.',
      source: '%1% files deleted, %2% left.',
      lang: 'de',
      sourceLang: 'en',
      findings: [
        { flagged: '%1 %', message: 'Placeholder “%1%” is split by a space: “%1 %”.', sourceFlagged: '%1%' },
        { flagged: '%2 %', message: 'Placeholder “%2%” is split by a space: “%2 %”.', sourceFlagged: '%2%' },
      ],
    },
    {
      text: '% 1 Dateien gelöscht.',
      source: '%1 files deleted.',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: '% 1', message: 'Placeholder “%1” is split by a space: “% 1”.', sourceFlagged: '%1' }],
    },
    {
      // Machine translation writes the Arabic percent sign for "%", and often a space after it.
      text: '٪ d من ملفات تعريف الارتباط',
      source: '%d cookies',
      lang: 'ar',
      sourceLang: 'en',
      findings: [{ flagged: '٪ d', message: 'Placeholder “%d” is mangled: “٪ d”, with “٪” for “%” and split by a space.', sourceFlagged: '%d' }],
    },
    {
      text: '已删除 ％s 个文件',
      source: '%s files deleted',
      lang: 'zh',
      sourceLang: 'en',
      findings: [{ flagged: '％s', message: 'Placeholder “%s” is mangled: “％s”, with “％” for “%”.', sourceFlagged: '%s' }],
    },
    {
      text: 'Zeichenfolge %d und Zahl %s',
      source: 'String %s and number %d',
      lang: 'de',
      sourceLang: 'en',
      findings: [
        {
          flagged: '%d und Zahl %s',
          message: 'The placeholders take their arguments in another order than in the source (“%s … %d”); number them (“%2$d … %1$s”) to reorder.',
          sourceFlagged: '%s',
        },
      ],
    },
    {
      text: 'Sie haben {{count}} neue Nachrichten{{count}}.',
      source: 'You have {{count}} new messages.',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: '{{count}}', start: 36, message: 'Placeholder “{{count}}” is not in the source.' }],
    },
    {
      // Twig writes its placeholders with spaces inside: one is missing here, not split.
      text: 'Höchstens {{ limit }} Zeichen eingeben.',
      source: 'Enter {{ limit }} characters or fewer ({{ limit }} at most).',
      lang: 'de',
      sourceLang: 'en',
      findings: [{ flagged: 'Höchstens {{ limit }} Zeichen eingeben.', start: 0, message: 'Placeholder “{{ limit }}” of the source is missing.', sourceFlagged: '{{ limit }}' }],
    },
    {
      text: 'Wybierz co najmniej jedną opcję.|Wybierz co najmniej {{ count }} opcje.|Wybierz co najmniej {{ count }} opcji.',
      source: 'You must select at least {{ limit }} choice.|You must select at least {{ limit }} choices.',
      lang: 'pl',
      sourceLang: 'en',
      findings: [{ flagged: '{{ count }}', start: 53, message: 'Placeholder “{{ limit }}” was changed to “{{ count }}”.', sourceFlagged: '{{ limit }}' }],
    },
  ],
  good: [
    // gettext's portable integer macros, and a "*" precision taking its own argument, numbered in the translation.
    { text: 'версия %2$<PRIu32> на файла „%1$s“', source: "'%s' has unsupported version %<PRIu32>", lang: 'bg', sourceLang: 'en' },
    { text: "配置 '%3$.*2$s' 缺少环境变量 '%1$s'", source: "missing environment variable '%s' for configuration '%.*s'", lang: 'zh', sourceLang: 'en' },
    { text: 'Zeichenfolge %2$d und Zahl %1$s', source: 'String %s and number %d', lang: 'de', sourceLang: 'en' },
    // A pipe-separated plural (Symfony, Laravel) has the translation language's number of forms.
    {
      text: 'Wybierz co najmniej {{ limit }} opcję.|Wybierz co najmniej {{ limit }} opcje.|Wybierz co najmniej {{ limit }} opcji.',
      source: 'You must select at least {{ limit }} choice.|You must select at least {{ limit }} choices.',
      lang: 'pl',
      sourceLang: 'en',
    },
    { text: 'Die Datei ist zu groß.|Die Dateien sind zu groß ({{ size }}).', source: 'The file is too large ({{ size }}).|The files are too large ({{ size }}).', lang: 'de', sourceLang: 'en' },
    // Its forms in the translation only: the source language keeps a message per count.
    {
      text: 'Zkuste to znovu za %minutes% minutu.|Zkuste to znovu za %minutes% minuty.|Zkuste to znovu za %minutes% minut.',
      source: 'Please try again in %minutes% minutes.',
      lang: 'cs',
      sourceLang: 'en',
    },
    { text: '{{ limit }}個以上選択してください。', source: 'You must select at least {{ limit }} choice.|You must select at least {{ limit }} choices.', lang: 'ja', sourceLang: 'en' },
    { text: '{count, plural, one {# Datei} other {# Dateien}} gelöscht', source: '{count, plural, one {# file} other {# files}} deleted', lang: 'de', sourceLang: 'en' },
    // Basque and Turkish write the percent sign before the number.
    { text: 'Metadatuak deskargatzen (%{percent_done} eginda)', source: 'Downloading metadata ({percent_done}% done)', lang: 'eu', sourceLang: 'en' },
    { text: '{count} Torrents entfernen?', source: 'Remove {count:L} torrents?', lang: 'de', sourceLang: 'en' },
    // Rails' number format: "%n" is the number, "%u" the unit, each placed by the locale.
    { text: 'Format: %n %u', source: 'Format: %u%n', lang: 'pt', sourceLang: 'en' },
    { text: 'Format: %n%u, percentage: %n %', source: 'Format: %u%n, percentage: %n%', lang: 'bs', sourceLang: 'en' },
    // A source that also writes "%1" alone is no Boost format (Qt, Windows, Apple apps' own): "%3%"
    // is the argument and a percent sign, which French and German typography space.
    { text: 'Belegt: %1 von %2 (%3 %)', source: 'Used %1 of %2 (%3%)', lang: 'de', sourceLang: 'en' },
    { text: '50 % Rabatt auf alles, nur heute.', source: '50% off everything, today only.', lang: 'de', sourceLang: 'en' },
    // A percent-escape in a URL is part of the address (url-mismatch compares it).
    { text: 'Melden Sie Fehler im Tracker.', source: 'Report issues at https://github.com/example/issues?q=is%3Aissue.', lang: 'de', sourceLang: 'en' },
    { text: 'Über $ProgramName$ und &brandShortName;.', source: 'About $ProgramName$ and &brandShortName;.', lang: 'de', sourceLang: 'en' },
    { text: '„%s“ wurde gespeichert.', source: '"%s" was saved.', lang: 'de', sourceLang: 'en' },
    // glibc's flag for the locale's own digits is the translation's choice.
    { text: 'باز کردن %Id مورد در «%s»', source: 'Open %d items in “%s”', lang: 'fa', sourceLang: 'en' },
    { text: '%\'Id Dateien', source: '%\'d files', lang: 'de', sourceLang: 'en' },
    // Thousands grouping the translation's locale adds; a date format's fields, which the locale orders.
    { text: '%\'d Dateien', source: '%d files', lang: 'de', sourceLang: 'en' },
    { text: '%-d. %b %Y, %H:%M', source: '%b %-d %Y, %-I:%M %p', lang: 'de', sourceLang: 'en' },
  ],
};

/**
 * A strftime conversion printf has not ("%Y", "%b", "%H", "%M", "%-I"; not "%Id", "%hd"): the unit
 * is a date format unless its PO entry says c-format.
 */
const STRFTIME = /%[-_0^#]?[EO]?[YmHMbByIkZRTDrPUVW](?![diouxXeEfFgGaAcsSpn])/;

function isDateFormat(text: string, p: SegmentPair): boolean {
  return !p.flags?.includes('c-format') && STRFTIME.test(text.slice(p.sourceStart, p.sourceEnd));
}

/** The syntaxes a gettext "no-…-format" flag (xgettext's, or the programmer's) says a string does not use. */
const NOT_FORMAT: Readonly<Record<string, readonly PlaceholderSyntax[]>> = {
  'no-c-format': ['printf'],
  'no-objc-format': ['printf'],
  'no-python-format': ['python', 'printf'],
  'no-python-brace-format': ['braces'],
  'no-qt-format': ['positional'],
  'no-boost-format': ['positional', 'printf'],
  'no-sh-format': ['dollar'],
  'no-php-format': ['printf'],
  'no-javascript-format': ['printf'],
};

/** Apple's "%arg" read as the conversion it stands for ("%1$arg" as "%1$lld"), where the unit says which. */
function withArgFormat(list: Placeholder[], format: string | undefined): Placeholder[] {
  if (format === undefined) return list;
  return list.map((x) => (x.syntax === 'printf' && x.key.endsWith('$arg') ? { ...x, key: `${x.key.slice(0, -3)}${format}` } : x));
}

/** The first placeholder of each key. */
function distinct(list: Placeholder[]): Placeholder[] {
  const seen = new Set<string>();
  return list.filter((x) => !seen.has(ungrouped(x)) && seen.add(ungrouped(x)) !== undefined);
}

/** A placeholder's key without printf's thousands grouping ("'"), which a translation may add where its locale groups digits. */
const ungrouped = (x: Placeholder) => (x.syntax === 'printf' || x.syntax === 'python' ? x.key.replace(/'/g, '') : x.key);
const grouped = (x: Placeholder) => (x.syntax === 'printf' || x.syntax === 'python') && x.key.includes("'");

/** Conversions that group thousands in the source and not in the translation ("%'d" -> "%d"), as pofilter reports them. */
function reportLostGrouping(ctx: CheckContext, inSource: readonly Placeholder[], inTarget: readonly Placeholder[], report: Reporter): void {
  const plain = inTarget.filter((x) => !grouped(x));
  for (const s of inSource.filter(grouped).slice(0, MAX_PER_UNIT)) {
    if (inTarget.some((x) => grouped(x) && ungrouped(x) === ungrouped(s))) continue;
    const k = plain.findIndex((x) => ungrouped(x) === ungrouped(s));
    if (k < 0) continue;
    const [t] = plain.splice(k, 1);
    // The program still runs and prints the number, ungrouped: a matter of layout, not a broken string.
    report({
      start: t.start,
      end: t.end,
      severity: 'warning',
      message: `Placeholder “${ctx.source!.text.slice(s.start, s.end)}” was changed to “${ctx.text.slice(t.start, t.end)}”: the number loses its thousands separators.`,
      sourceSpan: s,
    });
  }
}

/**
 * The syntaxes to read the translation with: the source's own, and for a "%{x}" source also "{x}",
 * so that a dropped percent sign reads as a changed placeholder rather than a missing one.
 */
function syntaxesToFind(inSource: readonly Placeholder[]): Set<PlaceholderSyntax> {
  const syntaxes = new Set(inSource.map((x) => x.syntax));
  if (syntaxes.has('percent-braces')) syntaxes.add('braces');
  return syntaxes;
}

/** "%{x}" and "{x}" replace each other ("%{name}" written "{name}"). */
const braceFamily = (syntax: PlaceholderSyntax): PlaceholderSyntax => (syntax === 'percent-braces' ? 'braces' : syntax);

/** A placeholder a program fills with a value of its arguments (not a markup variable such as "&brand;"). */
const isConversion = (x: Placeholder) => x.syntax === 'printf' || x.syntax === 'python' || x.syntax === 'braces' || x.syntax === 'double-braces';
/** An integer conversion: printf or Python ("%d", "%'Id", "%(count)i"), or a brace field formatted as a number ("{n:L}", "{0:d}", "{0,number}"). */
function isInteger(x: Placeholder, text: string): boolean {
  if (x.syntax === 'printf' || x.syntax === 'python') return /[diu]$/.test(x.key);
  return x.syntax === 'braces' && NUMBER_FIELD.test(text.slice(x.start, x.end + 16));
}
/** fmt's locale-aware "L" and integer types, .NET's "N"/"D", ICU's number and plural arguments. */
const NUMBER_FIELD = /^\{[\w.-]*\s*(?::[<>^=+\- #0-9,._]*[LdnDN]\d*\}|,\s*(?:number|plural)\b)/;

/**
 * The count by the name i18n libraries pass it under (Rails `%{count}`, i18next `{{count}}`, ICU
 * and FormatJS `{count}`): in a plural form for one count it is that count.
 */
const isNamedCount = (x: Placeholder) => x.key === '%{count}' || x.key === '{{count}}' || x.key === '{count}';

/** Reordered printf conversions are explained as one finding up to this many. */
const MAX_REORDERED = 10;

/** Conversion of a printf key ("%2$d" → "d"). */
const conversion = (x: Placeholder) => x.key.slice(x.key.indexOf('$') + 1);

function sameConversions(a: readonly Placeholder[], b: readonly Placeholder[]): boolean {
  const sorted = (xs: readonly Placeholder[]) => xs.map(conversion).sort().join('\u0000');
  return a.length === b.length && sorted(a) === sorted(b);
}

/** The translation's conversions numbered after the source argument each one takes. */
function renumbered(reordered: readonly Placeholder[], sourceSide: readonly Placeholder[]): string {
  const free = [...sourceSide];
  return reordered
    .map((x) => {
      const [s] = free.splice(free.findIndex((y) => conversion(y) === conversion(x)), 1);
      return `%${s.key.slice(1, s.key.indexOf('$'))}$${conversion(x)}`;
    })
    .join(' … ');
}
