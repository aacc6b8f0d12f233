#!/usr/bin/env python3
"""Korean `nonFinalEndings` (lib/languages/ko.ts) from Universal Dependencies Korean treebanks
(CoNLL-U, Kaist and GSD): the last syllables of words that never end a sentence. Korean ends its
sentences with a verb's ending (다, 요, 까) and ties a noun to what follows with a case particle
written onto it (사랑을, 나라의, 친구와): a period after a noun with an object, genitive or
comitative particle stops a clause in the middle. Each word of two syllables or more is counted by
its last syllable: how often it ends a sentence (the last word before the final punctuation), and
how often the last morpheme (XPOS, the morphemes joined by '+') is a particle (Kaist j*, GSD J*) or
an adnominal ending (etm, ETM). Also the nominalizers before such a particle (see below).
Usage: ud-korean-particles.py FILE.conllu…"""
import collections, sys

from conllu import sentences, words as syntactic_words

# How many sentences chance would end with an ending said never to end one: its share of the
# treebank's words times the sentences.
CHANCE_ENDS = 10
# Share of an ending's occurrences bound to the next word at least (a particle, or an adnominal
# ending: 먹을 "to eat", which needs a noun after it): the letter then ties the word to what follows
# whatever the register; not 의 (96.4 %: Sino-Korean nouns 주의 "-ism", 동의 "agreement", 의의
# "meaning" end noun-phrase sentences in reviews), nor 와 (93 %: the verb 와 "come", 나와, which ends
# commands in speech that a written treebank seldom has), nor 과 (결과 "result").
BOUND_SHARE = 0.97
# Share of them that are a particle at least: the brief's signal is the particle's (adnominal
# endings alone, 할 된 던, end titles and verse: "잊지 못할.").
PARTICLE_SHARE = 0.9
# Nominalizers: what makes a clause a noun before the particle (되기를, 있음을, 좋았을 것을), counted
# by lemma where the particle's word has one before it at least this often: a nominalizing
# ending (etn/ETN: 기, ㅁ), or a dependent noun (nbn/NNB) that follows an adnominal clause (etm/ETM)
# in half its occurrences at least (것 "that", not 등 "etc." after nouns). A clause made a noun
# with its object particle ends wishes and laments whose verb goes unsaid ("잘 되기를.", "좋았을
# 것을."), which a written treebank never shows and reviews and letters write often.
MIN_NOMINALIZER = 10
CLAUSE_SHARE = 0.5

def hangul(c):
    return '\uac00' <= c <= '\ud7a3'

# The endings the nominalizers are counted before: nonFinalEndings (chosen below) are among these.
chosen_letters = ('을', '를', '의', '와')
freq, ends, particle, bound = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
# Lemmas before a particle ending a word, by kind (etn: nominalizing ending, nbn: dependent noun),
# and each dependent noun's occurrences after an adnominal clause.
before_particle, dependent, after_clause = collections.Counter(), collections.Counter(), collections.Counter()
# Nouns whose own stem ends in one of those letters (가을 "autumn", 마을 "village"), by lemma: the
# word is then the noun, which ends noun-phrase sentences ("그 마을."), not a particle.
noun_stems = collections.Counter()
sentences_read = tokens = 0
for path in sys.argv[1:]:
    for text, rows in sentences(path):
        ws = [c for c in syntactic_words(rows) if c[3] not in ('PUNCT', 'SYM')]
        if not ws:
            continue
        sentences_read += 1
        tokens += len(ws)
        for k, c in enumerate(ws):
            form = c[1]
            tags, lemmas = [t.lower() for t in c[4].split('+')], c[2].split('+')
            if len(tags) == len(lemmas) and tags[0][:1] == 'n' and len(lemmas[0]) >= 2 and lemmas[0][-1] in chosen_letters:
                noun_stems[lemmas[0]] += 1
            if len(tags) == len(lemmas):
                for t, l in zip(tags, lemmas):
                    if t in ('nbn', 'nnb'):
                        dependent[l] += 1
                        after_clause[l] += k > 0 and ws[k - 1][4].split('+')[-1].lower() == 'etm'
                if len(tags) >= 2 and tags[-1][:1] == 'j' and tags[-2] in ('etn', 'nbn', 'nnb') and len(form) >= 2 and form[-1] in chosen_letters:
                    before_particle[(lemmas[-2], tags[-2])] += 1
            if len(form) < 2 or not hangul(form[-1]) or not hangul(form[-2]):
                continue
            e = form[-1]
            freq[e] += 1
            ends[e] += k == len(ws) - 1
            # Bound to the next word: a particle, or an adnominal ending (있을, 먹을).
            last = c[4].split('+')[-1].lower()
            particle[e] += last[:1] == 'j'
            bound[e] += last[:1] == 'j' or last == 'etm'
per_sentence = tokens / sentences_read
print(f'{sentences_read} sentences, {per_sentence:.1f} words a sentence')
chosen = [e for e, n in freq.most_common() if ends[e] == 0 and n >= CHANCE_ENDS * per_sentence and bound[e] >= BOUND_SHARE * n and particle[e] >= PARTICLE_SHARE * n]
print('nonFinalEndings:', ' '.join(chosen))
nominalizers = sorted({l for (l, t), n in before_particle.items() if n >= MIN_NOMINALIZER and (t == 'etn' or after_clause[l] >= CLAUSE_SHARE * dependent[l])})
print('nonFinalNouns:', ' '.join(s for s, _ in noun_stems.most_common() if s[-1] in chosen))
print('nominalizers:', ' '.join(nominalizers), '|', ' '.join(f'{l}/{t}:{n}' for (l, t), n in before_particle.most_common(12)))
print('   (ending:words/ends/bound/particles)', ' '.join(f'{e}:{freq[e]}/{ends[e]}/{bound[e]}/{particle[e]}' for e in chosen))
# The near misses, for the record: frequent endings that seldom end a sentence, or are not particles enough.
print('others (ending:words/ends/bound/particles):', ' '.join(f'{e}:{n}/{ends[e]}/{bound[e]}/{particle[e]}' for e, n in freq.most_common(60) if e not in chosen and ends[e] <= 0.002 * n))
