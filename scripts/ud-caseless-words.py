#!/usr/bin/env python3
"""The word lists of a caseless language's registry entry (lib/languages/ja.ts, zh.ts, …), from
Universal Dependencies treebanks (CoNLL-U): `fragmentWords`, words that cannot make a sentence of
their own, and `nonInitialWords`, words that never open one, and `neverDoubled`, function words that a language
reduplicating content words never doubles (so doubled they are a slip). See the selection rules below and in
language.ts. Usage: ud-caseless-words.py [--unspaced] FILE.conllu…  (--unspaced for scripts
written without spaces between words: Japanese, Chinese, Thai)."""
import collections, re, sys, unicodedata

from conllu import sentences, words as syntactic_words

args = sys.argv[1:]
unspaced = '--unspaced' in args
files = [a for a in args if a != '--unspaced']
# Words per list: "tens of words" in all.
TOP = 20
# How many sentences chance would open with a word said never to open one.
CHANCE_OPENINGS = 10
# Questions a word must stand in, at least, to be read as a question word by them (see question_word).
MIN_ASKED = 4
FUNCTION = ('CCONJ', 'SCONJ', 'ADP', 'PART')
# Closed classes for neverDoubled: the fragment words' tags and auxiliaries. Not pronouns and
# determiners: a reduplicating language doubles them to distribute ("कौन कौन" who all, "जो जो"
# whoever, "अपने अपने" each their own, "बहुत बहुत" very much), and few treebanks mark which
# (Urdu UDTB and Tamil TTB have no PronType) for a small one to leave out by its silence.
CLOSED = FUNCTION + ('AUX',)
# Words per neverDoubled list: a slip doubles any function word, the frequent ones most.
TOP_NEVER_DOUBLED = 40
# Doublings of a form that its treebank may hold by a slip: Hindi PUD, translated, writes "कि कि"
# (that that) once in 211. A slip does not repeat itself; a reduplication does.
SLIPS = 1
# Share of a form's occurrences tagged outside the closed classes above which it may be an adverb or
# an adjective (Tamil மேலும் "further", doubled "more and more"), and those reduplicate.
OPEN_SHARE = 0.1
EDGE = '.,:;!?"\'()،؛।॥'
CLOSING = ' "\'»“”’)」』）'
# Features of a negation or a question word (Georgian marks a negation by PartType=Neg or the
# relation advmod:neg, not by Polarity).
NEGATION_OR_QUESTION = ('Polarity=Neg', 'PronType=Int', 'PronType=Neg', 'PartType=Neg', 'PartType=Int')
# Where words are written without spaces, share of a form's occurrences whose head precedes it at
# least (an enclitic: a particle or auxiliary bound to the word before, Chinese 的 and 了, Japanese を
# and た), for it to count as never opening a sentence. These languages drop the subject, so a
# sentence may open with a word whose head follows it (Chinese 被 "by", passive, and 是 "is": "被問到…
# 時", "是次改革"), however rarely their treebanks do.
ENCLITIC_SHARE = 0.8
# Where words are written without spaces, share of a form's occurrences that begin a longer word of
# the treebank at most (counted in tokens), for it to count as never opening a sentence: a form that
# begins words often (Chinese 中 in 中國, 中心: half) begins words the word segmentation's dictionary
# lacks too (中校, 中場), which it then splits after the form.
WORD_START_SHARE = 0.25
LEADING = re.compile(r'^[\s"\'“”„«»「」『』（）()\[\]【】\-–—・…*#.,:;!?、，。]+')

freq, upos, rel, marked = collections.Counter(), collections.defaultdict(collections.Counter), collections.defaultdict(collections.Counter), collections.defaultdict(set)
# Occurrences of each form whose head precedes it.
head_before = collections.Counter()
# Occurrences of each form as a sentence particle (deprel discourse:sp).
final_particle = collections.Counter()
alone, written, openings, sentences_read = collections.Counter(), collections.Counter(), [], 0
# How often each form is written twice in a row in the treebank.
doubled = collections.Counter()
# Sentences each word opens, and how many of them are questions; sentences each word stands in, and
# how many of them are questions.
opened, questions = collections.Counter(), collections.Counter()
within, asked = collections.Counter(), collections.Counter()
# Each sentence's first word and its part of speech (punctuation left out).
first_words = collections.Counter()
# Where words are written without spaces: the last letter of each sentence's last word, and of each
# word before a form (the form, the letter), for unfinishedEndings; each form's XPOS, for conjunctiveWords.
last_letters, letter_before, xpos = collections.Counter(), collections.Counter(), collections.defaultdict(collections.Counter)
for path in files:
    for text, rows in sentences(path):
        syntactic = syntactic_words(rows)
        words = [(c[1], c[3]) for c in syntactic]
        for c in syntactic:
            freq[c[1]] += 1
            head_before[c[1]] += c[6] != '0' and int(c[6]) < int(c[0])
            final_particle[c[1]] += c[7] == 'discourse:sp'
            upos[c[1]][c[3]] += 1
            rel[c[1]][c[7].split(':')[0]] += 1
            marked[c[1]] |= {f for f in c[5].split('|') if f in NEGATION_OR_QUESTION} | ({'neg'} if c[7].endswith(':neg') else set())
        if not words:
            continue
        sentences_read += 1
        content = [w for w in words if w[1] not in ('PUNCT', 'SYM')]
        if unspaced:
            for c in syntactic:
                xpos[c[1]][c[4]] += 1
            if content:
                last_letters[content[-1][0][-1]] += 1
            letter_before.update((b[0], a[0][-1]) for a, b in zip(words, words[1:]) if a[1] not in ('PUNCT', 'SYM'))
        doubled.update(a[0] for a, b in zip(words, words[1:]) if a[0] == b[0])
        if len(content) == 1:
            alone[content[0][0]] += 1
        question = text.rstrip(CLOSING).endswith(('?', '？', '؟', '፧'))
        if content:
            first_words[content[0]] += 1
            opened[content[0][0]] += 1
            questions[content[0][0]] += question
        for form in {w[0] for w in content}:
            within[form] += 1
            asked[form] += question
        for w in text.split():
            written[w.strip(EDGE)] += 1
        openings.append(LEADING.sub('', text))

tokens_per_sentence = sum(freq.values()) / sentences_read
main = lambda w: upos[w].most_common(1)[0][0]
# A negation or a question word answers on its own ("No.", "How?"): one the treebank's features
# mark, or one that opens more questions than statements where it opens a sentence (Georgian
# tags როგორ "how" and რატომ "why" as plain adverbs), or, where question words stand inside the
# sentence (verb-final languages: Telugu "మీరు ఎప్పుడు వచ్చారు?"), one whose sentences are mostly
# questions (Telugu MTG tags ఎప్పుడు "when", ఎలా "how", ఎందుకు "why" as plain adverbs and opens none
# with them), in MIN_ASKED questions at least (a few by chance prove nothing: Telugu కంటె "than" stands in
# three of MTG's five comparisons asked). In a spaced script, a form written as a
# word of its own in less than half its occurrences is a clitic (Hebrew ב, ל).
question_word = lambda w: questions[w] * 2 > opened[w] > 0 or (asked[w] * 2 > within[w] and asked[w] >= MIN_ASKED)
# A form with an underscore is a treebank's multiword expression joined for its tokenizer (Urdu
# UDTB "قبل_ازیں", "فی_الحال"), which text writes with a space: never a word of it.
eligible = lambda w: '_' not in w and not marked[w] and not question_word(w) and alone[w] == 0 and (unspaced or written[w] * 2 >= freq[w])
ranked = [w for w, _ in freq.most_common() if eligible(w)]
function_words = [w for w in ranked if main(w) in FUNCTION][:TOP]
adverbs = [w for w in ranked if main(w) == 'ADV' and rel[w].most_common(1)[0][0] == 'advmod'][:TOP]

def script(c):
    """The Unicode script of a character, near enough: the first word of its name (HIRAGANA, KATAKANA, CJK)."""
    return unicodedata.name(c, '?').split(' ')[0]

def crosses(w, v):
    """Whether v begins with w followed by a letter of another script (を before 見る's kanji)."""
    if v == w or not v.startswith(w):
        return False
    c = v[len(w)]
    return unicodedata.category(c).startswith('L') and script(c) != script(w[-1])

def opens(w):
    if unspaced:
        # The treebank's words tell where the text does not: a sentence whose first word is this
        # one, as the part of speech it mostly is (Chinese 在 "at", opening a sentence in 3 to 9
        # of every hundred, all in Han: the test of another script says nothing in one script),
        # not another word of the same form (Japanese でも "but", split で + も).
        return first_words[(w, main(w))] > 0 or any(t == w or crosses(w, t) for t in openings)
    return any(t.split(' ', 1)[0].strip(EDGE) == w for t in openings)

# Never sentence-initial: frequent enough that chance would open ten sentences with it (a
# function word opens fewer than chance does: Hindi पर "on", 8 times chance in Hindi PUD and opening
# none, opens sentences as "but" in other text), and opening none. Where words are written without
# spaces, the checker reads the first word of a sentence by the language's word segmentation
# (Intl.Segmenter: ICU's dictionary), and the form counts only if no sentence of the treebank opens
# with it (see opens), its head precedes it (ENCLITIC_SHARE) and it begins few longer words
# (WORD_START_SHARE).
begins_words = collections.Counter()
for v, n in freq.items():
    for k in range(1, len(v)):
        begins_words[v[:k]] += n
non_initial = [
    w for w in ranked
    if main(w) in ('ADP', 'PART', 'AUX') and freq[w] >= CHANCE_OPENINGS * tokens_per_sentence and not opens(w)
    and (not unspaced or (head_before[w] >= ENCLITIC_SHARE * freq[w] and begins_words[w] <= WORD_START_SHARE * (begins_words[w] + freq[w])))
]
# Never doubled: frequent closed-class forms the treebank never writes twice in a row, tagged
# outside the closed classes in at most OPEN_SHARE of their occurrences.
# Negations and question words are not left out here as they are from the fragment words: "नहीं
# नहीं" (no, no) is speech; a form never alone is not asked for either ("कि" may answer alone).
never_doubled = [
    w for w, n in freq.most_common()
    if '_' not in w and (unspaced or written[w] * 2 >= n) and doubled[w] <= SLIPS
    and not marked[w] and not question_word(w)
    and sum(k for t, k in upos[w].items() if t not in CLOSED) <= OPEN_SHARE * n and main(w) in CLOSED
][:TOP_NEVER_DOUBLED]
print(f'{sentences_read} sentences, {tokens_per_sentence:.1f} tokens a sentence')
print('fragmentWords:', ' '.join(function_words + adverbs))
# Where words are written without spaces, also the sentence particles (Chinese 吗 呢 吧): enclitics
# that UD's relation names (discourse:sp) in nine of ten occurrences at least, MIN_PARTICLE times at
# least, opening no sentence and beginning few longer words as above. Their relation proves the
# head before them, so they need not be as frequent as chance opening ten sentences (呢 52 in 6,750
# sentences of 16 tokens), and a question particle (吗, PartType=Int) asks nothing alone, unlike a
# question word. Not the aspect markers (着, 过), whose letters are verbs of their own in earlier
# vernacular (Yuan drama: 着他来 "let him come") and open sentences there, which no treebank of
# today's Chinese shows. They end their clause, so where one opens a sentence it is the whole of it
# or stands before a mark ("。吗？"); before a letter it is the start of a word the segmentation's
# dictionary lacks and splits (吧台 read 吧|台, 呢子 呢|子): Language.sentenceParticles.
MIN_PARTICLE = 20
sentence_particles = [
    w for w, n in freq.most_common()
    if unspaced and w not in non_initial and n >= MIN_PARTICLE and final_particle[w] >= (1 - OPEN_SHARE) * n
    and not opens(w) and head_before[w] >= ENCLITIC_SHARE * n and begins_words[w] <= WORD_START_SHARE * (begins_words[w] + n)
]
print('nonInitialWords:', ' '.join(non_initial + sentence_particles))
print('sentenceParticles:', ' '.join(sentence_particles))
print('neverDoubled:', ' '.join(never_doubled))

if unspaced:
    # Letters that seldom end a sentence (a noun's, a stem's, a particle's: Japanese 協力, 拡大し, 行っ),
    # for unfinishedEndings: letters that stand before the words that never open a sentence more
    # than UNFINISHED_RATIO times as often as they end a sentence, and MIN_BEFORE times at least;
    # kana each on its own (a language that ends its sentences with an inflection writes it in
    # kana: た る す い end sentences, し っ て に do not), the letters of the other scripts (Han,
    # Katakana, Latin, digits: open classes, nouns) by script, too many for each to be counted.
    UNFINISHED_RATIO, MIN_BEFORE = 4, 5
    PER_LETTER = ('HIRAGANA',)
    ends, befores = collections.Counter(), collections.Counter()
    for (form, letter), n in letter_before.items():
        if form in non_initial:
            befores[letter] += n
    def group(c):
        s = script(c)
        return c if s in PER_LETTER else ('DIGIT' if c.isdigit() else s)
    for c, n in last_letters.items():
        ends[group(c)] += n
    grouped = collections.Counter()
    for c, n in befores.items():
        grouped[group(c)] += n
    unfinished = sorted(g for g, n in grouped.items() if n >= MIN_BEFORE and n > UNFINISHED_RATIO * ends[g])
    print('unfinishedEndings:', ' '.join(unfinished), '|', ' '.join(f'{g}:{ends[g]}/{grouped[g]}' for g in sorted(grouped, key=lambda g: -grouped[g])[:40]))
    # Words that never open a sentence and are, in CONJUNCTIVE_SHARE of their occurrences at least,
    # conjunctive particles (Japanese XPOS 助詞-接続助詞: が "but", で "and so", し "and"), which open
    # sentences as conjunctions in literary and spoken registers ("が事実は", "で彼は", "して見れば").
    CONJUNCTIVE_SHARE = 0.01
    conjunctive = [w for w in non_initial if sum(n for x, n in xpos[w].items() if x.endswith('接続助詞')) >= CONJUNCTIVE_SHARE * freq[w]]
    print('conjunctiveWords:', ' '.join(conjunctive))
