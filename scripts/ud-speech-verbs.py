#!/usr/bin/env python3
"""The speech verbs of a registry entry without a full profile (Language.speechVerbs: Turkish
"dedi", "diye"; Kazakh "деді", "деп"), from Universal Dependencies treebanks (CoNLL-U), for a
language that puts its verb of saying after the words said. Usage: ud-speech-verbs.py FILE.conllu…

A quotation inside a treebank sentence ends with its own "?" or "!", or with a period before its
closing quotation mark; the word after it, when lowercase, goes on the sentence. Its lemmas (tagged
VERB, ADP or SCONJ: Turkish tags the quotative "diye" ADP) that follow five such quotations or more,
and one in ten of them or more, are the verbs of saying, with the lemmas that share a form with
them. Their forms are listed: each written twice
or more in the treebank, lowercase, and the capitalised first word of no more sentences than it
closes quotations of (a form that opens them, "Demek ki", "Derken", may be a new sentence after a
period; "Dedim ki" opens a few, "dedim" closes more)."""
import collections, sys

from conllu import sentences, words as syntactic_words

MIN_QUOTATIONS = 5
MIN_SHARE = 0.1
MIN_FORM = 2
TAGS = ('VERB', 'ADP', 'SCONJ')
CLOSING = ('"', "'", '”', '’', '»', '«')

after, closes, forms, opening, quotations = collections.Counter(), collections.Counter(), collections.defaultdict(collections.Counter), collections.Counter(), 0
for path in sys.argv[1:]:
    for _, rows in sentences(path):
        words = [(c[1], c[2], c[3]) for c in syntactic_words(rows)]
        content = [i for i, w in enumerate(words) if w[2] != 'PUNCT']
        # Capitalised: a treebank sentence that opens in lowercase is cut from the one before,
        # often at the very speech verb ("diye sordu").
        if content and not words[content[0]][0][:1].islower():
            opening[words[content[0]][0].lower()] += 1
        for i, (form, _, tag) in enumerate(words):
            if tag != 'PUNCT' or not content or i > content[-1]:
                continue
            j = i + 1
            while j < len(words) and words[j][2] == 'PUNCT':
                j += 1
            closed = any(w[0] in CLOSING for w in words[i + 1:j])
            if not ('?' in form or '!' in form or (form == '.' and closed)) or j >= len(words):
                continue
            if not words[j][0][:1].islower():
                continue
            quotations += 1
            after[words[j][1:]] += 1
            closes[words[j][0]] += 1
        for form, lemma, tag in words:
            if tag in TAGS:
                forms[(lemma, tag)][form] += 1

verbs = [k for k, n in after.most_common() if k[1] in TAGS and n >= MIN_QUOTATIONS and n >= MIN_SHARE * quotations]
# Treebanks lemmatise one verb differently (IMST "deyip" under "dey", BOUN "deyince" under "de"): a
# lemma of the same tag that shares a form with one of the verbs is the same verb.
shared = {(f, t) for l, t in verbs for f in forms[(l, t)]}
verbs += [k for k in forms if k not in verbs and any((f, k[1]) in shared for f in forms[k])]
listed = sorted({f for k in verbs for f, n in forms[k].items() if n >= MIN_FORM and f == f.lower() and ' ' not in f and opening[f] <= closes[f]})
print(f'// {quotations} quotations; lemmas {", ".join(f"{l}/{t} {after[(l, t)]}" for l, t in verbs)}', file=sys.stderr)
print('  speechVerbs: [' + ', '.join(f"'{f}'" for f in listed) + '],')
