"""Reading Universal Dependencies treebanks (CoNLL-U) for the scripts/ud-*.py generators: one reader,
so each generator says only what it counts. Columns of a row, by index: 0 ID, 1 FORM, 2 LEMMA, 3 UPOS,
4 XPOS, 5 FEATS, 6 HEAD, 7 DEPREL, 8 DEPS, 9 MISC (https://universaldependencies.org/format.html)."""
import os

# UD's file names that do not start with the registry's code (no_bokmaal-ud-test.conllu: nb).
UD_CODES = {'no': 'nb'}


def language(path):
    """The registry's code of a treebank file, from the code its name starts with (gl_ctg-ud-test.conllu: gl)."""
    code = os.path.basename(path).split('_')[0]
    return UD_CODES.get(code, code)


def sentences(path):
    """Each sentence of a CoNLL-U file as (text, rows): text is its `# text = ` comment ('' without one);
    rows are its lines split into their ten columns, multiword tokens ("3-4") kept, empty nodes ("3.1",
    enhanced graphs only) left out. Sentences without rows are skipped."""
    text, rows = '', []
    with open(path, encoding='utf-8') as lines:
        for line in lines:
            line = line.rstrip('\n')
            if line.startswith('# text = '):
                text = line[len('# text = '):]
            elif line.startswith('#'):
                continue
            elif line:
                row = line.split('\t')
                if '.' not in row[0]:
                    rows.append(row)
            elif rows:
                yield text, rows
                text, rows = '', []
            else:
                text = ''
    if rows:
        yield text, rows


def is_multiword(row):
    """A multiword token ("vámonos" 1-2): one written word of several syntactic words."""
    return '-' in row[0]


def words(rows):
    """The syntactic words of a sentence, multiword tokens left out."""
    return [row for row in rows if not is_multiword(row)]


def tokens(rows):
    """The written tokens of a sentence as (token, parts): a multiword token's row with the rows of its
    syntactic words, or a word's row with [row]."""
    out, until = [], 0
    for row in rows:
        if is_multiword(row):
            until = int(row[0].split('-')[1])
            out.append((row, []))
        elif out and int(row[0]) <= until:
            out[-1][1].append(row)
        else:
            out.append((row, [row]))
    return out
