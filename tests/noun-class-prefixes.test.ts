// A noun-class prefix (Zulu "u" before a name: "uSipho") is learnt from the document: a prefix it
// writes before twenty distinct capitalised stems or more. The first few prefixes a document is
// asked about are each counted by a search of the text for that prefix, later ones read from one
// pass that learns all of them (lib/segmentation/style.ts, isProductivePrefix): both must say the
// same, so a break before a prefixed name is reported whichever of them answered.
import { describe, expect, it } from 'vitest';
import { checkText } from '../lib/check.js';

const NAMES = ['Sipho', 'Thandi', 'Themba', 'Lindiwe', 'Bongani', 'Nomsa', 'Sibusiso', 'Zanele', 'Mandla', 'Ayanda', 'Busisiwe', 'Lwazi', 'Nandi', 'Jabulani', 'Thabo', 'Zodwa', 'Musa', 'Khanyi', 'Andile', 'Nokuthula', 'Zinhle'];
const ZULU = NAMES.map((name) => `Ngibone u${name} emakethe izolo.`);
const BREAK = 'Sihambe kakhulu ngoMgqibelo. uSipho ubuyile ekhaya.';
/** Sentences opening with a word with an inner capital after a prefix of its own ("kaBheki"), each written once: asked about, and no noun-class prefix. */
const OTHER_PREFIXES = ['ka', 'ma', 'ba', 'si', 'zi', 'li', 'wa', 'ya', 'ku', 'nge'].map((p) => `Sihambe kakhulu izolo. ${p}Bheki ubuyile ekhaya.`);

const strayBreaks = (text: string) =>
  checkText(text, { lang: 'zu' })
    .findings.filter((f) => f.rule === 'stray-sentence-break')
    .map((f) => text.slice(f.start, f.end));

describe('noun-class prefixes', () => {
  it('reports a break before a prefixed name when the prefix is the first asked about', () => {
    expect(strayBreaks([...ZULU, BREAK].join('\n'))).toContain('. uSipho');
  });

  it('reports it too when other prefixes were asked about first (all learnt in one pass)', () => {
    const found = strayBreaks([...ZULU, ...OTHER_PREFIXES, BREAK].join('\n'));
    expect(found).toContain('. uSipho');
    expect(found.filter((f) => f.endsWith('Bheki'))).toEqual([]);
  });
});
