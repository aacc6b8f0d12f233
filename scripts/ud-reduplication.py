#!/usr/bin/env python3
"""Whether a language doubles content words as grammar (Language.reduplicates; doubled-word), from
Universal Dependencies treebanks (CoNLL-U). Usage: ud-reduplication.py FILE.conllu… > lib/languages/reduplication.generated.ts
The language of a file is the code its name starts with (tr_boun-ud-test.conllu: tr).

A doubling is a word written twice in a row with a space between ("yavaş yavaş") or joined by a
hyphen ("undang-undang"): the surface tokens of the treebank (a multiword token is one word,
"del"), folded to lowercase. Counted only where both carry the same content tag (NOUN, VERB, ADJ,
ADV): names ("Bora Bora"), numbers, interjections and sounds ("ha ha"), symbols and foreign words
(X) double in any language, function words double by a grammar that has nothing to do with
reduplication ("had had", Welsh "ni ni"), and three or more in a row are a loop or a song.

A language reduplicates when its treebanks double content words MIN_RATE times in 10,000 words or
more, MIN_FORMS different ones or more (one title quoted in a parallel treebank, "Really really
love you", is no grammar): Korean, seven forms at 0.9 ("매우 매우", "하나씩 하나씩"), is the least
grammar shows; Irish, four at 0.7 ("suas suas", a clipped "srl srl"), Hebrew, two at 0.8, are not. The registry's Language.reduplicates (set by hand, 'words' or 'phrases')
is checked against this (tests/languages.test.ts); a language that reduplicates with a hyphen
("külön-külön", Basque "astiro-astiro") still doubles with a space by a slip only, so it is no flag.
It does not reduplicate when its treebanks hold MIN_WORDS words or more and double less:
doubled-word then checks the language even outside the registry. With fewer words (Tamil TTB and
MWTT: 10,000 together, no doubling) nothing is known: a reduplication as frequent as Hindi's (two in
10,000 words) would be missed by chance one time in seven.

It also lists, per language, the words its treebanks write doubled as one word (DOUBLED_ON_PURPOSE):
a token of two same halves parted by a space (Vietnamese VTB's "từ từ", slowly, though "từ" alone is
the preposition "from"), two same words joined by the relation compound:redup (Turkish "göz göre
göre", openly, where "göre" alone is a postposition), or two same content words of one tag, one
the head of the other (Italian "lecca lecca", a lollipop; "piano piano", little by little). Not
names (PROPN, or two capitals: "Duran Duran", the song "Really Really Love You" quoted in PUD), nor
a word coordinated with itself (conj: Finnish "nosta nosta", lift, lift!), nor a verb its own
complement (xcomp, ccomp: Polish PDB's "przyjąć przyjąć", to admit to admit) or a word given no named
relation (dep: Portuguese GSD's "está está"), slips the treebanks keep, nor two words that merely
stand side by side in a sentence ("that that", Hindi PUD's "कि कि" slip), nor a repair (reparandum). In a
language that reduplicates, content words double anyway: only forms tagged mostly outside NOUN,
VERB, ADJ, ADV are listed.

And, per language, the function words its treebanks never write at a clause's end (NEVER_CLAUSE_FINAL):
forms tagged as function words (neither content, nor a name, nor SKIP) in FUNCTION_SHARE of their
MIN_FINAL_COUNT occurrences or more, followed by a clause mark (CLAUSE_MARKS) or the sentence's end in
at most MAX_FINAL_SHARE of them: a preposition, a conjunction, an article, Czech "až" (up to, until).
A slip that doubles one ("by the the two ministers") leaves its complement after it; the same word
twice right before a clause's end is no stutter of a word that cannot stand there once, but an idiom
("Problémů je až až", plenty).

And, per language, the words its treebanks write twice in a row in two roles (SIDE_BY_SIDE): two
surface words of the same form (folded to lowercase, letters only, neither inside a multiword token),
a space between, that differ in head or relation, neither a reparandum, not three in a row: subject
and object (Faroese "leiddu teir teir inn"), subordinator and determiner ("that that"), relative
pronoun and article (German "die die"), pronoun and possessive (Afrikaans "ons ons"). Listed when
seen so in MIN_SENTENCES different sentences, or in a construction (the two words' tags and
relations, names aside) seen in as many: the slips the treebanks keep unmarked reach three
(Portuguese "setor de de veículos", in two constructions; Arabic "في في" two), the least grammar
shows is four (Faroese subject and object, "teir teir" and "hann hann"; Irish preposition and
possessive, "do do", "ar ar"). Also listed: a form tagged mostly INTJ that a sentence writes
twice as two INTJ ("heia heia", Manx "eh eh"), a sound, not a slip, however rare.
"""
import collections, sys, textwrap

from conllu import language, sentences, tokens as written_tokens

MIN_SENTENCES = 4
MIN_RATE = 0.8
MIN_FORMS = 3
MIN_WORDS = 20_000
FUNCTION_SHARE = 0.75
MIN_FINAL_COUNT = 100
MAX_FINAL_SHARE = 0.005
CLAUSE_MARKS = ('.', ',', ';', ':', '!', '?', '…', '...')
CONTENT = ('NOUN', 'VERB', 'ADJ', 'ADV')
SKIP = ('PUNCT', 'SYM', 'NUM', 'X', 'INTJ')

counted = collections.Counter()
doubled = collections.defaultdict(collections.Counter)
# Per language: words written doubled as one word (see above), and the tags of every form.
purposeful = collections.defaultdict(set)
tags = collections.defaultdict(lambda: collections.defaultdict(collections.Counter))
# Per language and surface word: its count, as a function word, and before a clause's end.
surface = collections.defaultdict(collections.Counter)
functional = collections.defaultdict(collections.Counter)
final = collections.defaultdict(collections.Counter)
# Per language and word: the sentences (by their text) that write it twice in a row in two roles, or as a sound twice.
roles = collections.defaultdict(lambda: collections.defaultdict(set))
# Per language and construction (the two words' tags and relations): its sentences, and the words met in it.
constructions = collections.defaultdict(lambda: collections.defaultdict(set))
constructed = collections.defaultdict(lambda: collections.defaultdict(set))
sounds = collections.defaultdict(lambda: collections.defaultdict(set))


def sentence(lang, tokens):
    """tokens: (form, tag, space after) of the surface words of one sentence."""
    for i, (form, tag, _) in enumerate(tokens):
        if form.isalpha():
            surface[lang][form] += 1
            functional[lang][form] += tag not in CONTENT + SKIP + ('PROPN',)
            final[lang][form] += i + 1 == len(tokens) or tokens[i + 1][0] in CLAUSE_MARKS
        if tag in SKIP or not any(ch.isalpha() for ch in form):
            continue
        counted[lang] += 1
        halves = form.split('-')
        if len(halves) == 2 and halves[0] == halves[1] and tag in CONTENT:
            doubled[lang][form] += 1
            continue
        if i == 0 or tag not in CONTENT:
            continue
        before, btag, space = tokens[i - 1]
        if before != form or btag != tag or not space:
            continue
        if (i >= 2 and tokens[i - 2][0] == form) or (i + 1 < len(tokens) and tokens[i + 1][0] == form):
            continue
        doubled[lang][form] += 1


def written_as_one(lang, words):
    """words: (id, form, tag, head, relation, form as written) of the syntactic words of one sentence."""
    for i, (_, form, tag, _, _, _, _, _) in enumerate(words):
        tags[lang][form][tag] += 1
        halves = form.split(' ')
        if len(halves) == 2 and halves[0] == halves[1] and any(ch.isalpha() for ch in form):
            purposeful[lang].add(halves[0])
        if i == 0 or words[i - 1][1] != form or not any(ch.isalpha() for ch in form):
            continue
        if (i >= 2 and words[i - 2][1] == form) or (i + 1 < len(words) and words[i + 1][1] == form):
            continue
        a, b = words[i - 1], words[i]
        if 'reparandum' in (a[4], b[4]) or 'conj' in (a[4], b[4]) or tag == 'PROPN' or (a[5][0].isupper() and b[5][0].isupper()):
            continue
        linked = a[3] == b[0] or b[3] == a[0]
        # A verb its own complement ("przyjąć przyjąć", to admit to admit: xcomp), or a word the
        # annotator could give no relation (dep: Portuguese "está está"), is a slip kept in the text.
        if any(rel.split(':')[0] in ('dep', 'xcomp', 'ccomp') for rel in (a[4], b[4])):
            continue
        if 'compound:redup' in (a[4], b[4]) or (linked and a[2] == b[2] and tag in CONTENT):
            purposeful[lang].add(form)


def side_by_side(lang, words, tokens):
    """words as for written_as_one: the same written word twice in a row, a space between, in two roles."""
    text = ' '.join(t[0] for t in tokens)
    for i in range(1, len(words)):
        a, b = words[i - 1], words[i]
        if a[1] != b[1] or not any(ch.isalpha() for ch in a[1]) or a[6] or b[6] or not a[7]:
            continue
        if (i >= 2 and words[i - 2][1] == a[1]) or (i + 1 < len(words) and words[i + 1][1] == a[1]):
            continue
        if a[4].startswith('reparandum') or b[4].startswith('reparandum'):
            continue
        if a[2] == 'INTJ' and b[2] == 'INTJ':
            sounds[lang][a[1]].add(text)
        elif a[3] != b[3] or a[4] != b[4]:
            roles[lang][a[1]].add(text)
            # Names ("Duran Duran", "gus gus") are no construction of the grammar.
            if 'PROPN' not in (a[2], b[2]):
                construction = (a[2], a[4].split(':')[0], b[2], b[4].split(':')[0])
                constructions[lang][construction].add(text)
                constructed[lang][construction].add(a[1])


for path in sys.argv[1:]:
    lang = language(path)
    for _, rows in sentences(path):
        tokens, words = [], []
        for token, parts in written_tokens(rows):
            space = 'SpaceAfter=No' not in token[9]
            # A multiword token is one written word; it takes the tag of its last part (Arabic
            # "وقال" and, said: VERB).
            tokens.append((token[1].lower(), parts[-1][3], space))
            inside = parts[0] is not token
            for c in parts:
                words.append((c[0], c[1].lower(), c[3], c[6], c[7], c[1], inside, 'SpaceAfter=No' not in c[9]))
        sentence(lang, tokens)
        written_as_one(lang, words)
        side_by_side(lang, words, tokens)

yes, no, listed, reduplicating = [], [], [], set()
for lang in sorted(counted):
    n, forms = counted[lang], doubled[lang]
    rate = sum(forms.values()) * 10_000 / n
    sys.stderr.write(f'{lang}\t{n}\t{rate:.1f}/10k\t{" ".join(f for f, _ in forms.most_common(8))}\n')
    if rate >= MIN_RATE and len(forms) >= MIN_FORMS:
        yes.append(f'{lang}:\u00a0{rate:.1f}')
    elif n >= MIN_WORDS:
        no.append(f'{lang}:\u00a0{rate:.1f}')
    reduplicates = rate >= MIN_RATE and len(forms) >= MIN_FORMS
    if reduplicates:
        reduplicating.add(lang)
    # A form met only doubled ("chằm chằm") has no tag of its own: a content word.
    words = sorted(w for w in purposeful[lang] if not reduplicates or max(tags[lang][w], key=tags[lang][w].get, default='NOUN') not in CONTENT)
    if words:
        listed.append((lang, words))

# A sound the language's treebanks tag mostly INTJ and double as one ("hoh hoh") is speech, however rare;
# a word of two roles side by side must be seen so in MIN_SENTENCES sentences, or in a construction
# that is (Faroese "hann hann" twice, in subject and object as "teir teir" five times), as slips are not.
side = []
for lang in sorted(set(roles) | set(sounds)):
    grammar = [constructed[lang][c] for c, s in constructions[lang].items() if len(s) >= MIN_SENTENCES]
    words = sorted({w for w, s in roles[lang].items() if len(s) >= MIN_SENTENCES and w.isalpha()} |
                   {w for forms in grammar for w in forms if w.isalpha()} |
                   {w for w in sounds[lang] if w.isalpha() and max(tags[lang][w], key=tags[lang][w].get) == 'INTJ'})
    # Where the language reduplicates, content words double anyway (as for DOUBLED_ON_PURPOSE).
    words = [w for w in words if lang not in reduplicating or max(tags[lang][w], key=tags[lang][w].get, default='NOUN') not in CONTENT]
    if words:
        side.append((lang, words))

never_final = []
for lang in sorted(surface):
    words = sorted((w for w, n in surface[lang].items() if n >= MIN_FINAL_COUNT and functional[lang][w] >= FUNCTION_SHARE * n
                    and final[lang][w] <= MAX_FINAL_SHARE * n), key=lambda w: (-surface[lang][w], w))
    if words:
        never_final.append((lang, words))


def table(rows):
    for lang, words in rows:
        # A long list as a sum of lines (a string literal holds no line break).
        lines = textwrap.wrap(' '.join(words), 90, break_on_hyphens=False)
        print(f'  {lang}: ' + ' +\n    '.join(f"'{line}" + (' ' if k < len(lines) - 1 else '') + "'" for k, line in enumerate(lines)) + ',')


treebanks = sorted({path.rsplit('/', 1)[-1].split('-ud-')[0] for path in sys.argv[1:]})
print('// Generated by scripts/ud-reduplication.py from Universal Dependencies treebanks: do not edit.')
print('\n'.join(textwrap.wrap('Treebanks: ' + ' '.join(treebanks) + '.', 100, initial_indent='// ', subsequent_indent='// ')))
print('// Content words doubled in 10,000 words of each language\'s treebanks (spaced or hyphenated).')
print('/** Languages that double content words as grammar, with a space or a hyphen. */')
print('export const REDUPLICATING: Readonly<Record<string, number>> = {\n' + textwrap.fill(', '.join(yes) + ',', 100, initial_indent='  ', subsequent_indent='  ').replace('\u00a0', ' ') + '\n};')
print('/** Languages whose treebanks, large enough to tell, double content words less often: a doubling there is a slip. */')
print('export const NOT_REDUPLICATING: Readonly<Record<string, number>> = {\n' + textwrap.fill(', '.join(no) + ',', 100, initial_indent='  ', subsequent_indent='  ').replace('\u00a0', ' ') + '\n};')
print('/** Words each language\'s treebanks write doubled as one word ("từ từ", "göre göre", "lecca lecca"), space-separated. */')
print('export const DOUBLED_ON_PURPOSE: Readonly<Record<string, string>> = {')
table(listed)
print('};')
print('/** Words each language\'s treebanks write twice in a row in two roles ("that that", Faroese "teir teir", subject and object) or as a sound twice ("hoh hoh"), space-separated. */')
print('export const SIDE_BY_SIDE: Readonly<Record<string, string>> = {')
table(side)
print('};')
print('/** Function words each language\'s treebanks never write before a clause\'s end (a preposition, a conjunction, Czech "až"), space-separated. */')
print('export const NEVER_CLAUSE_FINAL: Readonly<Record<string, string>> = {')
table(never_final)
print('};')
