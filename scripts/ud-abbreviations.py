#!/usr/bin/env python3
"""Abbreviations written with a final period that a sentence goes on after, per registry language,
from Universal Dependencies treebanks (CoNLL-U). Usage, from the repository root:
ud-abbreviations.py FILE.conllu… > lib/languages/abbreviations.generated.ts
The language of a file is the code its name starts with (da_ddt-ud-dev.conllu: da; UD's "no" is
nb); only registry languages (lib/languages/*.ts) are written. The lexicon reads the list beside
Unicode CLDR's (lib/segmentation/lexicon.ts), which covers seven languages only: Danish "evt.",
Slovak "napr.", Norwegian "bl.a." were read as the end of a sentence.
Held out for measuring (scripts/ud-sentence-breaks.ts), and not given to this script: of a language
with two treebanks or more, one whole treebank (its PUD, else the one with the smallest test split);
of a language with one, that treebank's test split. The committed list is made from every other
dev and test split of the UD snapshots at hand (their train splits were too large to be stored).

An occurrence of a form as an abbreviation is, inside a sentence (a word follows it in the same
sentence, not only punctuation):
- a token that keeps its final period ("evt.", "bl.a.", "napr."): the treebank read the period as
  part of the word;
- a word tagged Abbr=Yes followed by a period token, or
- a word written against a period token (SpaceAfter=No) that a lowercase word follows: treebanks
  that split every period still show the sentence going on.
Not a verb nor a number, unless tagged Abbr=Yes ("mln."): a verb is not clipped (Icelandic Althing
transcripts insert "Forseti hringir." inside sentences, the president rings), and a number written
out takes a period as an ordinal (Turkish "onyedi." yüzyılda, the 17th): no abbreviation's.
The form is the word without its final period, inner periods kept ("bl.a"); letters and inner
periods only (not "3.", an ordinal) of one script, two letters or more (single letters are initials, known by
shape), not all capitals without an inner period (an acronym: "EU." ends sentences).

A form is listed when it is an abbreviation MIN_COUNT times or more (case folded), and
RATIO times or more as often as it is a word ending a sentence: written bare before the period
token that closes its sentence (an abbreviation that ends a sentence keeps its period in the token,
"osv.", and does not count). So "cooperation. in" stays a break: "cooperation" ends sentences and
no treebank writes it with a period inside one.
A form that is also an ordinary word (written bare, not Abbr=Yes, not before a period, at least
as often as it is an abbreviation: Norwegian "maks", Danish "nr" is not one) is listed only in
the capitalised spelling the treebank gives it as an abbreviation, which the lexicon matches only
as written (LanguageProfile.caseSensitiveAbbreviations); when it has none it is left out. At most
MAX_FORMS per language, the most frequent.

It also lists, per Latin-script language whose treebanks give MIN_ENDING_TOKENS words or more, the
pairs of consonants its words end in (UD_WORD_ENDINGS: two final letters neither of them a vowel,
ending MIN_ENDING_WORDS different words or more, Abbr=Yes words not counted). A compound clipped
inside a consonant cluster ends in a pair no word of the language ends in (German
"Abspielgeschw." in "hw", Dutch "Afspeelsnelh." in "lh"), and its vowels say nothing; the lexicon
adds English's pairs to every language's (names and loanwords: "Bangladesh." keeps its "sh"), and
boundaries.ts reads only long words so, before a lowercase word."""
import collections, glob, re, sys, unicodedata

from conllu import language, sentences, tokens

MIN_COUNT = 2
RATIO = 3
MAX_FORMS = 200
MIN_ENDING_WORDS = 2
MIN_ENDING_TOKENS = 20_000
FORM = re.compile(r'^[^\W\d_]+(?:\.[^\W\d_]+)*$')


def registry_scripts():
    """The script of each registry language (its code: its script)."""
    scripts = {}
    for path in glob.glob('lib/languages/*.ts'):
        source = open(path, encoding='utf-8').read()
        m = re.search(r"^\s*code: '([a-z]{2,3})'", source, re.M)
        script = re.search(r"script: '(\w+)'", source)
        if m and script:
            scripts[m.group(1)] = script.group(1)
    return scripts


def consonant(ch):
    """A Latin letter other than a, e, i, o, u, y (with or without marks), æ, ø, œ, ı: no more vowels
    than boundaries.ts's isVowel knows (it knows ə, ɛ… too), so that every pair isVowel reads as two
    consonants is one here too."""
    return unicodedata.normalize('NFD', ch)[0].lower() not in 'aeiouyæøœı' and unicodedata.name(ch, '').startswith('LATIN')


def usable(form):
    if not FORM.match(form) or sum(ch.isalpha() for ch in form) < 2:
        return False
    # Letters of one script: Russian Taiga's "cт." is a Latin c typed among Cyrillic.
    if len({unicodedata.name(ch, '').split(' ')[0] for ch in form if ch.isalpha()}) > 1:
        return False
    return '.' in form or not form.isupper()


abbr = collections.defaultdict(collections.Counter)  # lang -> form as written -> count
ends = collections.defaultdict(collections.Counter)  # lang -> lowercase form -> ends a sentence
bare = collections.defaultdict(collections.Counter)  # lang -> lowercase form -> ordinary word
marked = collections.defaultdict(collections.Counter)  # lang -> lowercase form -> abbreviation tagged Abbr=Yes
endings = collections.defaultdict(lambda: collections.defaultdict(set))  # lang -> final consonant pair -> words
words_read = collections.Counter()  # lang -> words of letters read


def sentence(lang, tokens):
    """tokens: (form, Abbr=Yes, space after, never clipped) of the surface tokens of one sentence."""
    words = [i for i, (f, _, _, _) in enumerate(tokens) if any(ch.isalnum() for ch in f)]
    if not words:
        return
    last = words[-1]
    for i, (form, tagged, space, word) in enumerate(tokens):
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else None
        if form.endswith('.') and len(form) > 1:
            if usable(form[:-1]) and i < last and not word:
                abbr[lang][form[:-1]] += 1
                if tagged:
                    marked[lang][form[:-1].lower()] += 1
            continue
        if not usable(form):
            continue
        if nxt == '.' and not space:
            after = tokens[i + 2][0] if i + 2 < len(tokens) else ''
            if i + 1 > last:
                if not tagged:
                    ends[lang][form.lower()] += 1
            elif not word and (tagged or after[:1].islower()):
                abbr[lang][form] += 1
                if tagged:
                    marked[lang][form.lower()] += 1
        elif not tagged:
            bare[lang][form.lower()] += 1
        if not tagged and form.isalpha():
            words_read[lang] += 1
        if not tagged and form.isalpha() and len(form) >= 3 and consonant(form[-1]) and consonant(form[-2]):
            endings[lang][form[-2:].lower()].add(form.lower())


for path in sys.argv[1:]:
    lang = language(path)
    for _, rows in sentences(path):
        surface = []
        for token, parts in tokens(rows):
            tagged, space = 'Abbr=Yes' in token[5], 'SpaceAfter=No' not in token[9]
            # A verb, auxiliary or number written as a word of its own is never a clipped form.
            word = parts[0] is token and token[3] in ('VERB', 'AUX', 'NUM') and not tagged
            surface.append((token[1], tagged, space, word))
        sentence(lang, surface)

scripts = registry_scripts()
codes = set(scripts)
out = {}
for lang in sorted(abbr):
    if lang not in codes:
        continue
    folded = collections.Counter()
    for form, n in abbr[lang].items():
        folded[form.lower()] += n
    listed = []
    for key, n in folded.most_common():
        if (n < MIN_COUNT and not marked[lang][key]) or n < RATIO * ends[lang][key]:
            continue
        if bare[lang][key] < n:
            listed.append((n, key))
            continue
        capitals = [(m, f) for f, m in abbr[lang].items() if f.lower() == key and f != key and f[0].isupper()]
        if capitals:
            listed.append((n, max(capitals)[1]))
    listed.sort(key=lambda x: (-x[0], x[1]))
    forms = sorted({f for _, f in listed[:MAX_FORMS]})
    if forms:
        out[lang] = forms
        print(f'{lang}: {len(forms)}', file=sys.stderr)

print('// Generated by scripts/ud-abbreviations.py from Universal Dependencies treebanks: do not edit.')
print('// Per language, abbreviations its treebanks write with a final period inside a sentence, without that')
print('// period. An entry in lowercase matches in any case; one with a capital matches only as written.')
print('export const UD_ABBREVIATIONS: Readonly<Record<string, string>> = {')
for lang, forms in out.items():
    text = ' '.join(forms).replace("'", "\\'")
    print(f"  {lang}: '{text}',")
print('};')
print()
print('/**')
print(' * Per Latin-script language, the pairs of consonants its words end in (MIN_ENDING_WORDS different')
print(' * words or more), lowercase, separated by spaces: a long word ending in another pair is clipped.')
print(' */')
print('export const UD_WORD_ENDINGS: Readonly<Record<string, string>> = {')
for lang in sorted(endings):
    if scripts.get(lang) != 'Latin' or words_read[lang] < MIN_ENDING_TOKENS:
        continue
    pairs = sorted(p for p, words in endings[lang].items() if len(words) >= MIN_ENDING_WORDS)
    print(f"  {lang}: '{' '.join(pairs)}',")
print('};')
