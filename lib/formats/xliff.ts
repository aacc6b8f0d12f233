// XLIFF 1.2 and 2.x, the exchange format of CAT tools and translation management systems. Each
// target segment is a unit on its own line of the checked text, its source on the same line of the
// source text: XLIFF 1.2 <trans-unit> (segmented by <seg-source>/<mrk mtype="seg"> where the tool
// did, as SDL Trados and memoQ do), XLIFF 2.x <unit>/<segment>. Units and groups marked
// translate="no" are skipped; alt-trans, notes and <ignorable> are not text to check.
// Inline codes: those the text flows through (g, bx/ex, bpt/ept, pc, sc/ec, mrk) leave no trace in
// the checked text; those that stand for content (x, ph, it) are U+FFFC; protected or
// translate="no" markers are U+FFFC too (their text is not the translation). A segment whose
// source is an ICU plural or select (Angular's i18n extraction writes them into XLIFF) is read as
// the JSON reader reads one: its `other` branch as the text.

import { BilingualBuilder, pipeFormKeys } from './bilingual.js';
import { PLURAL_CATEGORIES } from './plural-categories.js';
import type { Pieces } from './bilingual.js';
import { readContent, type InlineRole, type InlineRules } from './xml-inline.js';
import { escapeXml, rootElement, Tok, XmlScanner } from './xml.js';
import { FormatError, type FormatAbout, type FormatReader, type ReadResult, type UnitAddress } from './types.js';
import { OBJECT_REPLACEMENT } from '../text/chars.js';

/** XLIFF 1.2 inline elements (the spec's "inline elements" list). */
const inline12: InlineRules = (sc): InlineRole => {
  const a = sc.attrs();
  switch (sc.name) {
    case 'g':
      return { flow: true, id: a.id };
    case 'x':
    case 'ph':
      return { flow: false, text: OBJECT_REPLACEMENT, id: a.id, kind: 'standalone' };
    case 'bx':
    case 'bpt':
      return { flow: false, text: '', id: a.rid ?? a.id, kind: 'open' };
    case 'ex':
    case 'ept':
      return { flow: false, text: '', id: a.rid ?? a.id, kind: 'close' };
    case 'it':
      return { flow: false, text: OBJECT_REPLACEMENT, id: a.id, kind: a.pos === 'close' ? 'close' : 'open' };
    case 'mrk':
      return a.mtype === 'protected' || a.translate === 'no' ? { flow: false, text: OBJECT_REPLACEMENT, kind: 'standalone' } : { flow: true };
    default:
      // A tool's own inline markup: the text runs through it.
      return { flow: true };
  }
};

/** XLIFF 2.x inline elements (core and the translate annotation). */
const inline2: InlineRules = (sc): InlineRole => {
  const a = sc.attrs();
  switch (sc.name) {
    case 'pc':
      return { flow: true, id: a.id };
    case 'sc':
      return { flow: false, text: '', id: a.id, kind: 'open' };
    case 'ec':
      return { flow: false, text: '', id: a.startRef ?? a.id, kind: 'close' };
    case 'ph':
      return { flow: false, text: OBJECT_REPLACEMENT, id: a.id, kind: 'standalone' };
    case 'sm':
    case 'em':
      return { flow: false, text: '', kind: 'standalone' };
    case 'mrk':
      return a.translate === 'no' ? { flow: false, text: OBJECT_REPLACEMENT, kind: 'standalone' } : { flow: true };
    case 'cp': {
      const cp = /^[0-9a-fA-F]{1,6}$/.test(a.hex ?? '') ? Number.parseInt(a.hex, 16) : -1;
      if (cp < 0 || cp > 0x10ffff) throw new FormatError(`<cp hex="${a.hex ?? ''}"> is not a code point.`, sc.start);
      return { char: String.fromCodePoint(cp) };
    }
    default:
      return { flow: true };
  }
};

/** XLIFF 1.2 datatypes of HTML content (the spec's list: html, htmlbody, xhtml). */
const HTML_DATATYPE = /^(?:x?html|htmlbody)$/i;

/** An XLIFF 1.2 segment marker `<mrk mtype="seg" mid="…">`: its mid. */
const segment12 = (sc: XmlScanner): string | undefined => (sc.name === 'mrk' && sc.attr('mtype') === 'seg' ? (sc.attr('mid') ?? '') : undefined);

/** Elements that may carry translate="no" for everything inside them. */
const CONTAINERS = new Set(['file', 'group', 'trans-unit', 'unit']);

function readXliff(file: string): ReadResult {
  const sc = new XmlScanner(file);
  while (sc.next() !== Tok.Open && sc.kind !== Tok.End);
  const root = sc.name;
  if (root !== 'xliff') throw new FormatError(`The root element is <${root}>, not <xliff>.`, sc.start);
  const version = sc.attr('version') ?? '';
  const v2 = version.startsWith('2') || (sc.attr('xmlns') ?? '').includes('xliff:document:2');
  let lang = v2 ? sc.attr('trgLang') : undefined;
  let sourceLang = v2 ? sc.attr('srcLang') : undefined;
  const out = new BilingualBuilder(file);
  let part: string | undefined;
  let datatype: string | undefined;
  let ordinal = 0;
  while (sc.next() !== Tok.End) {
    if (sc.kind !== Tok.Open || !CONTAINERS.has(sc.name)) continue;
    if (sc.attr('translate') === 'no') {
      sc.skipElement();
      continue;
    }
    if (sc.name === 'file') {
      part = sc.attr('original') ?? sc.attr('id');
      if (!v2) {
        datatype = sc.attr('datatype');
        lang ??= sc.attr('target-language');
        sourceLang ??= sc.attr('source-language');
      }
    } else if (sc.name === 'trans-unit' && !v2) transUnit(sc, out, part, ++ordinal, { target: lang, source: sourceLang }, datatype);
    else if (sc.name === 'unit' && v2) unit(sc, out, part, ++ordinal, { target: lang, source: sourceLang });
  }
  return out.build(lang, sourceLang);
}

/** An XLIFF 1.2 <trans-unit>: a unit per target segment, paired with the source segment of the same mid. */
function transUnit(sc: XmlScanner, out: BilingualBuilder, part: string | undefined, ordinal: number, langs: Langs, fileDatatype: string | undefined): void {
  const a = sc.attrs();
  const depth = sc.depth;
  const id = a.id ?? String(ordinal);
  let source: Pieces[] | undefined;
  let segSource: Pieces[] | undefined;
  let target: Pieces[] | undefined;
  // memoQ records the state on the trans-unit, Trados per segment in <sdl:seg-defs>.
  let state: string | undefined = a['mq:status'];
  const segmentStates = new Map<string, string>();
  while (sc.next() !== Tok.End && sc.depth >= depth) {
    if (sc.kind !== Tok.Open) continue;
    if (sc.name === 'sdl:seg' && sc.attr('id') !== undefined && sc.attr('conf') !== undefined) segmentStates.set(sc.attr('id')!, sc.attr('conf')!);
    else if (sc.name === 'sdl:seg-defs') continue;
    else if (sc.name === 'source') source = readContent(sc, inline12);
    else if (sc.name === 'seg-source') segSource = readContent(sc, inline12, segment12);
    else if (sc.name === 'target') {
      state = sc.attr('state') ?? state;
      target = readContent(sc, inline12, segment12);
    } else sc.skipElement(); // alt-trans, note, context-group…
  }
  if (!target) return; // not translated yet: nothing to check
  // HTML content (Angular's units are datatype="html"): its edge white space collapses, unless kept.
  if (HTML_DATATYPE.test(a.datatype ?? fileDatatype ?? '') && a['xml:space'] !== 'preserve') for (const pieces of [...target, ...(source ?? []), ...(segSource ?? [])]) pieces.edgeSpaceCollapses = true;
  const approved = (st: string | undefined) => (a.approved === 'yes' ? (st ? `${st}, approved` : 'approved') : st);
  const segments = new Map((segSource ?? []).map((s) => [s.id, s]));
  for (const t of target) {
    const s = t.id !== undefined ? segments.get(t.id) : (source?.[0] ?? (segSource?.length === 1 ? segSource[0] : undefined));
    const st = (t.id !== undefined ? segmentStates.get(t.id) : undefined) ?? state;
    addPair(out, address(id, t.id, a.resname, part, approved(st)), t, s, sc.start, langs);
  }
}

/** An XLIFF 2.x <unit>: a unit per <segment> that has a target. */
function unit(sc: XmlScanner, out: BilingualBuilder, part: string | undefined, ordinal: number, langs: Langs): void {
  const depth = sc.depth;
  const id = sc.attr('id') ?? String(ordinal);
  const key = sc.attr('name');
  let n = 0;
  while (sc.next() !== Tok.End && sc.depth >= depth) {
    if (sc.kind !== Tok.Open) continue;
    const name = sc.name;
    if (name !== 'segment') {
      sc.skipElement(); // ignorable, notes, originalData, metadata…
      continue;
    }
    n++;
    const segment = sc.attr('id') ?? String(n);
    const state = sc.attr('state');
    const segmentDepth = sc.depth;
    let source: Pieces | undefined;
    let target: Pieces | undefined;
    while (sc.next() !== Tok.End && sc.depth >= segmentDepth) {
      if (sc.kind !== Tok.Open) continue;
      if (sc.name === 'source') source = readContent(sc, inline2)[0];
      else if (sc.name === 'target') target = readContent(sc, inline2)[0];
      else sc.skipElement();
    }
    if (target) addPair(out, address(id, segment, key, part, state), target, source, sc.start, langs);
  }
}

/**
 * Adds a segment. One whose source is an ICU plural or select (Angular's extracted messages) is
 * read as ICU on both sides: the syntax is markup, the `other` branch the text. One whose source
 * is Symfony's plural forms ("one apple|%count% apples") is read form by form: the last form, the
 * text of the segment, against the source's last; each other form a unit of its own (segment
 * "count:one", "count:{0}") against the source form of its interval or category, else, a category
 * the source language does not have (Russian "few"), the source's last, which serves those counts
 * there. A target of one form (Japanese) is read whole against the source's last form.
 */
function addPair(out: BilingualBuilder, addr: UnitAddress, target: Pieces, source: Pieces | undefined, fileEnd: number, langs: Langs): void {
  const icuSource = source?.icuOther();
  if (icuSource && icuSource !== source) return out.add(addr, 'segment', target.icuOther(), icuSource, fileEnd);
  const sourceForms = source?.pipeForms();
  if (!sourceForms) return out.add(addr, 'segment', target, source, fileEnd);
  const s = pipeFormKeys(sourceForms, langs.source);
  const targetForms = target.pipeForms();
  if (!targetForms) return out.add(addr, 'segment', target.icuOther('symfony'), sourceForms[sourceForms.length - 1].pieces, fileEnd);
  const t = pipeFormKeys(targetForms, langs.target);
  const last = (forms: readonly unknown[]) => forms.length - 1;
  out.add(addr, 'segment', targetForms[last(t)].pieces, sourceForms[last(s)].pieces, fileEnd, { count: t[last(t)].count, sourceCount: s[last(s)].count });
  const sourceForm = new Map<string, number>();
  s.forEach((f, j) => sourceForm.has(f.key) || sourceForm.set(f.key, j));
  for (let k = 0; k < last(t); k++) {
    const j = sourceForm.get(t[k].key) ?? (PLURAL_CATEGORIES.has(t[k].key) ? last(s) : -1);
    const segment = `${addr.segment !== undefined ? `${addr.segment}/` : ''}count:${t[k].key}`;
    out.add({ ...addr, segment }, 'segment', targetForms[k].pieces, j >= 0 ? sourceForms[j].pieces : undefined, fileEnd, { count: t[k].count, sourceCount: j >= 0 ? s[j].count : undefined });
  }
}

/** The languages of a file's two sides, as far as it declares them. */
interface Langs {
  target?: string;
  source?: string;
}

/** A unit address with the fields the file gives (the report leaves the others out). */
function address(id: string, segment?: string, key?: string, part?: string, state?: string): UnitAddress {
  const a: UnitAddress = { id };
  if (segment !== undefined) a.segment = segment;
  if (key !== undefined) a.key = key;
  if (part !== undefined) a.part = part;
  if (state !== undefined) a.state = state;
  return a;
}

export const xliff: FormatReader = {
  meta: {
    id: 'xliff',
    name: 'XLIFF',
    extensions: ['xlf', 'xliff', 'sdlxliff', 'mxliff', 'mqxliff'],
  },
  sniff: (text) => rootElement(text) === 'xliff',
  read: readXliff,
  escape: escapeXml,
};

/** What the reader reads and its examples (see FormatAbout); the registry leaves them out. */
export const about: Readonly<Record<string, FormatAbout>> = {
  xliff: {
    description:
      'XLIFF 1.2 and 2.x: each target segment on a line of its own (1.2 trans-units, segmented by seg-source ' +
      'where the tool did; 2.x segments), its source kept for bilingual checks; inline codes opaque; ' +
      'translate="no" skipped; the declared target language used; white space at the edges of HTML content ' +
      '(datatype html, xhtml, htmlbody, not xml:space="preserve") is markup; an ICU plural or select read by its other branch; ' +
      'Symfony/Laravel plural forms ("one|%count% many", intervals "{0} …|]1,Inf[ …") by their last form, each other ' +
      'form a unit of its own (segment "count:one", "count:{0}") paired with the source form of its interval or ' +
      'CLDR category (the categories a language\'s forms stand for, in CLDR order), else the source\'s last.',
    examples: [
      {
        file:
          '<?xml version="1.0"?>\n<xliff version="1.2"><file original="a.txt" source-language="de" target-language="en" datatype="plaintext"><body>\n' +
          '<trans-unit id="1"><source>Die Seiten bauen die <g id="1">Zusammenarbeit</g> aus.</source>' +
          '<target state="translated">The sides expand <g id="1">cooperation</g>. in energy &amp; trade.</target></trans-unit>\n' +
          '<trans-unit id="2" translate="no"><source>BRICS</source><target>BRICS</target></trans-unit>\n' +
          '<trans-unit id="3"><source>Siehe <x id="2"/>.</source><target>See <x id="2"/>.</target></trans-unit>\n</body></file></xliff>\n',
        text: 'The sides expand cooperation. in energy & trade.\nSee \uFFFC.\n',
      },
      {
        file:
          '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="en"><file id="f1">\n' +
          '<unit id="u1"><segment id="s1"><source>Erster Satz.</source><target>First sentence.</target></segment>' +
          '<ignorable><source> </source></ignorable>' +
          '<segment id="s2"><source>Mit <pc id="1">Fett</pc><ph id="2"/>.</source><target>With <pc id="1">bold</pc><ph id="2"/>.</target></segment></unit>\n' +
          '</file></xliff>\n',
        text: 'First sentence.\nWith bold\uFFFC.\n',
      },
      {
        // HTML content (datatype="html", as Angular writes every unit): white space at its edges
        // collapses, so it is markup, not the text's ("Name: " keeps its space in plain text).
        file:
          '<xliff version="1.2"><file original="ng2.template" source-language="en" target-language="fr" datatype="plaintext"><body>\n' +
          '<trans-unit id="a" datatype="html"><source> Container image is required </source><target>L\'image du conteneur est requise </target></trans-unit>\n' +
          '<trans-unit id="b"><source>Name: </source><target>Nom : </target></trans-unit>\n</body></file></xliff>\n',
        text: "L'image du conteneur est requise\nNom : \n",
      },
      {
        // Symfony's plural forms: the last one is the segment's text, each other form a unit of its
        // own (Polish "one", "few": paired with the English "one" and, a category English lacks,
        // its last form); an interval ("{0}", "]1,Inf[") is the form's key, not its text; a bar
        // between words with no count shown ("Home|About") is text.
        file:
          '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="pl" datatype="plaintext" original="file.ext"><body>\n' +
          '<trans-unit id="1"><source>It should have one item.|It should have {{ limit }} items.</source>' +
          '<target>Powinien mieć jeden element.|Powinien mieć {{ limit }} elementy.|Powinien mieć {{ limit }} elementów.</target></trans-unit>\n' +
          '<trans-unit id="2"><source>{0} No entries.|{1} One entry.|]1,Inf[ %count% entries.</source>' +
          '<target>{0} Nie ma wpisów.|{1} Jest jeden wpis.|]1,Inf[ Są %count% wpisy.</target></trans-unit>\n' +
          '<trans-unit id="3"><source>Home|About</source><target>Start|O nas</target></trans-unit>\n</body></file></xliff>\n',
        text:
          'Powinien mieć {{ limit }} elementów.\nPowinien mieć jeden element.\nPowinien mieć {{ limit }} elementy.\n' +
          'Są %count% wpisy.\nNie ma wpisów.\nJest jeden wpis.\nStart|O nas\n',
      },
    ],
  },
};
