#!/usr/bin/env python3
"""Frequent function words the hand-made common-word lists (Language.commonWords) lack, from
Universal Dependencies treebanks (CoNLL-U). Usage, from the repository root:
ud-function-words.py FILE.conllu… > lib/languages/function-words.generated.ts
The language of a file is the code its name starts with (gl_ctg-ud-test.conllu: gl); the hand lists
and scripts are read from lib/languages/*.ts, and the registry merges the two (lib/languages/index.ts).

Detection and the passage rule weigh a sentence by the common words of the languages of its script:
a word on a neighbour's list and missing from its own language's is evidence for the neighbour.
Macedonian "ми", "или" were on Bulgarian's and Serbian's lists alone, Slovenian "med" on Swedish's,
Galician "entre", "sobre", "esta" on Spanish's, Latvian "ne" on Lithuanian's: a sentence alone of
such words was the neighbour's.

A candidate is a surface word (a multiword token as written: Spanish "del", Galician "do", its parts
all function words) that the language's treebanks write MIN_COUNT times or more, tag as a function
word (ADP, CCONJ, SCONJ, PRON, AUX, PART, DET) in FUNCTION_SHARE of its occurrences or more, in the
registry's script, and either
- write MIN_RATE times in 1,000 words or more, or
- write LEAST_RATE times in 1,000 words or more, when another language of the script lists it or
  writes it that often, and no language of the script writes it RIVAL_RATIO times as often as
  this one: listed by both, a word is evidence for neither (Galician "esta", on Spanish's list), and
  for a word much more another's it is the other that loses (Bulgarian "между", Russian's at 1.8
  times the rate, made a Russian sentence of "в", "и", "между", "на" a tie that franc gave to
  Bulgarian).
Only languages with a hand list are given words, and only when another language of their script
has one too: a script's only language needs none to be told, and a script whose languages have
none (Arabic, Devanagari) is told by franc's trigrams.

A candidate is left out when another language of the script writes it MIN_COUNT times and
LEAST_RATE times in 1,000 words or more without listing it (by hand or as its own candidate): there
it is some other word, and listed it would be evidence against that language in its own text
(Latvian "ja", if, is Danish and Swedish "yes"; Galician "dos", of the, Spanish "two"; Lithuanian
"sau", to oneself, Vietnamese "after"). At most MAX_ADDED candidates per language, the most
frequent, and no list past MAX_LIST: the lists stay of comparable length, so that none wins a vote
by being longer. A candidate past that room is not listed, so it keeps the word off the others'
lists (Russian's list is full: "была", "до" stay off Belarusian's and Bulgarian's, where they had
made Russian sentences theirs). Words left out, and the languages that keep them out, go to stderr."""
import collections, glob, os, re, sys, unicodedata

from conllu import language, sentences, tokens

FUNCTION = ('ADP', 'CCONJ', 'SCONJ', 'PRON', 'AUX', 'PART', 'DET')
FUNCTION_SHARE = 0.75
MIN_RATE = 1.0
MIN_COUNT = 10
LEAST_RATE = 0.2
RIVAL_RATIO = 1.5
MAX_ADDED = 25
# Longest list tests/languages.test.ts lets a language have.
MAX_LIST = 110
# UD's file names that do not start with the registry's code.


def registry():
    """Per language code with a hand list: its script and its common words."""
    languages = {}
    for path in sorted(glob.glob('lib/languages/*.ts')):
        source = open(path, encoding='utf-8').read()
        listed = re.search(r"commonWords:\s*((?:'[^']*'\s*\+?\s*)+)", source)
        script = re.search(r"script: '(\w+)'", source)
        if listed and script:
            words = ' '.join(re.findall(r"'([^']*)'", listed.group(1))).split()
            languages[os.path.basename(path)[:-3]] = (script.group(1), set(words))
    return languages


def count(paths, languages):
    """Per language: each lowercase word's count, how many of them are function words, all words."""
    freq = collections.defaultdict(collections.Counter)
    function = collections.defaultdict(collections.Counter)
    total = collections.Counter()
    for path in paths:
        code = language(path)
        if code not in languages:
            continue
        for _, rows in sentences(path):
            for token, parts in tokens(rows):
                w = token[1].lower()
                if w.isalpha():
                    freq[code][w] += 1
                    # A multiword token ("au": à le) is a function word when all its parts are.
                    function[code][w] += all(p[3] in FUNCTION for p in parts)
                    total[code] += 1
    return freq, function, total


def main():
    languages = registry()
    freq, function, total = count(sys.argv[1:], languages)
    rate = lambda code, w: 1000 * freq[code][w] / total[code]
    # Words of the language's script only: a treebank in another (Serbian SET, Latin, for the
    # registry's Cyrillic Serbian) gives none.
    script_of = lambda w: unicodedata.name(w[0], '').split()[0]
    function_word = lambda code, w, least: (freq[code][w] >= MIN_COUNT and function[code][w] >= FUNCTION_SHARE * freq[code][w]
                                            and rate(code, w) >= least and script_of(w) == languages[code][0].upper())
    frequent = {code: {w for w in freq[code] if function_word(code, w, MIN_RATE)} for code in total}
    candidates = {}
    for code in total:
        others = [r for r in languages if r != code and languages[r][0] == languages[code][0]]
        # Words another language of the script lists or writes often: this one's treebanks need
        # only tag them a function word at LEAST_RATE for them to be its own as well.
        elsewhere = set().union(*(languages[r][1] | frequent.get(r, set()) for r in others))
        candidates[code] = sorted((w for w in freq[code] if w not in languages[code][1]
                                   and (w in frequent[code] or (w in elsewhere and function_word(code, w, LEAST_RATE)))),
                                  key=lambda w: (-freq[code][w], w))
    # Only as many as the list has room for: a word left out for room is no word of the language's.
    room = {code: max(0, min(MAX_ADDED, MAX_LIST - len(languages[code][1]))) for code in candidates}
    listed = {code: languages[code][1] | set(candidates.get(code, ())[:room.get(code, 0)]) for code in languages}
    added = {}
    for code in sorted(candidates):
        script = languages[code][0]
        rivals = [r for r in total if r != code and languages[r][0] == script]
        if not rivals:
            continue
        keep = []
        for w in candidates[code][:room[code]]:
            against = [f'{r} {rate(r, w):.2f}' for r in rivals
                       if freq[r][w] >= MIN_COUNT and ((w not in listed[r] and rate(r, w) >= LEAST_RATE)
                                                       or (rate(code, w) < MIN_RATE and rate(r, w) > RIVAL_RATIO * rate(code, w)))]
            if against:
                print(f'{code} {w} {rate(code, w):.2f}: {", ".join(against)}', file=sys.stderr)
            else:
                keep.append(w)
        if keep:
            added[code] = keep
    print('// Generated by scripts/ud-function-words.py from Universal Dependencies treebanks: do not edit.')
    print('// Per language, frequent function words its hand-made common-word list lacks (the script says which).')
    print('export const UD_FUNCTION_WORDS: Readonly<Record<string, string>> = {')
    for code in sorted(added):
        print(f"  {code}: '{' '.join(added[code])}',")
    print('};')


main()
