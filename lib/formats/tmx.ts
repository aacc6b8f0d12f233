// TMX 1.4 translation memories: each <tu> pairs one <tuv> in the source language with one or more
// in other languages; every target <tuv>'s <seg> is a unit on its own line, its source on the same
// line of the source text. The source language is the header's srclang (or the <tu>'s own; a
// variant of its language when none has its very tag: "en" for "en-US"); with
// srclang="*all*" the first <tuv> is the source; a <tu> with none in the source language has no
// source, all its <tuv>s are targets. A memory of several target languages is read one language at
// a time (see target-languages.ts). Inline codes: <bpt>/<ept>/<ut> leave no trace,
// <ph>/<it> are U+FFFC, <hi> is text. The root element decides, not the extension: Tiled game
// maps are .tmx files too.

import { BilingualBuilder } from './bilingual.js';
import type { Pieces } from './bilingual.js';
import { readContent, type InlineRole, type InlineRules } from './xml-inline.js';
import { escapeXml, rootElement, Tok, XmlScanner } from './xml.js';
import { targetLanguages } from './target-languages.js';
import { FormatError, type FormatAbout, type FormatReader, type ReadOptions, type ReadResult } from './types.js';
import { OBJECT_REPLACEMENT } from '../text/chars.js';

const inlineTmx: InlineRules = (sc): InlineRole => {
  const a = sc.attrs();
  switch (sc.name) {
    case 'bpt':
      return { flow: false, text: '', id: a.i, kind: 'open' };
    case 'ept':
      return { flow: false, text: '', id: a.i, kind: 'close' };
    case 'ph':
      return { flow: false, text: OBJECT_REPLACEMENT, id: a.x ?? a.type ?? 'ph', kind: 'standalone' };
    case 'it':
      return { flow: false, text: OBJECT_REPLACEMENT, id: a.x ?? a.type ?? 'it', kind: a.pos === 'end' ? 'close' : 'open' };
    case 'ut':
      return { flow: false, text: '', id: a.x ?? 'ut', kind: 'standalone' };
    default:
      // <hi> and anything else: the text runs through it.
      return { flow: true, id: sc.name === 'hi' && a.x !== undefined ? a.x : undefined };
  }
};

const sameLang = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();

/** Whether one tag is the bare language of the other ("en" and "en-US"; not "en-US" and "en-GB"). */
function coversLang(a: string, b: string): boolean {
  const [x, y] = a.length < b.length ? [a.toLowerCase(), b.toLowerCase()] : [b.toLowerCase(), a.toLowerCase()];
  return /^[a-z]{2,3}$/.test(x) && (y.startsWith(`${x}-`) || y.startsWith(`${x}_`));
}

/**
 * The variant in srclang: of its tag, else the one its tag covers or that covers it (srclang "en"
 * and xml:lang "en-US", or "EN-US" and "en", as OmegaT's memories write them); none when two do.
 */
function sourceVariant<V extends { lang?: string }>(variants: readonly V[], srclang: string): V | undefined {
  const exact = variants.find((v) => sameLang(v.lang, srclang));
  if (exact) return exact;
  const ofLanguage = variants.filter((v) => v.lang !== undefined && coversLang(v.lang, srclang));
  return ofLanguage.length === 1 ? ofLanguage[0] : undefined;
}

/** The <tuv>s of the <tu> the scanner has just opened: language and <seg> text of each. */
function readVariants(sc: XmlScanner): Array<{ lang?: string; seg?: Pieces }> {
  const depth = sc.depth;
  const variants: Array<{ lang?: string; seg?: Pieces }> = [];
  while (sc.next() !== Tok.End && sc.depth >= depth) {
    if (sc.kind !== Tok.Open) continue;
    if (sc.name !== 'tuv') {
      sc.skipElement(); // note, prop
      continue;
    }
    const variant: (typeof variants)[number] = { lang: sc.attr('xml:lang') ?? sc.attr('lang') };
    const tuvDepth = sc.depth;
    while (sc.next() !== Tok.End && sc.depth >= tuvDepth) {
      if (sc.kind !== Tok.Open) continue;
      const name: string = sc.name;
      if (name === 'seg') variant.seg = readContent(sc, inlineTmx)[0];
      else sc.skipElement();
    }
    variants.push(variant);
  }
  return variants;
}

function readTmx(file: string, options?: ReadOptions): ReadResult {
  const sc = new XmlScanner(file);
  while (sc.next() !== Tok.Open && sc.kind !== Tok.End);
  const root = sc.name;
  if (root === 'map') throw new FormatError('This .tmx file is a Tiled map (root <map>), not a TMX translation memory.', sc.start);
  if (root !== 'tmx') throw new FormatError(`The root element is <${root}>, not <tmx>.`, sc.start);
  const out = new BilingualBuilder(file);
  let srclang: string | undefined;
  let sourceLang: string | undefined;
  const targets: Array<{ tuid: string; variant: { lang?: string; seg: Pieces }; source?: Pieces; at: number }> = [];
  let ordinal = 0;
  while (sc.next() !== Tok.End) {
    if (sc.kind !== Tok.Open) continue;
    const name = sc.name;
    if (name === 'header') srclang = sc.attr('srclang');
    if (name !== 'tu') continue;
    ordinal++;
    const tuid = sc.attr('tuid') ?? String(ordinal);
    const tuSrc = sc.attr('srclang') ?? srclang;
    const variants = readVariants(sc);
    // A <tu> with no <tuv> in a named source language has no source: its variants are targets
    // (the first is not the source; a lone one would be read as the source and go unchecked).
    const source = tuSrc === undefined || tuSrc === '*all*' ? variants[0] : sourceVariant(variants, tuSrc);
    sourceLang ??= source?.lang;
    for (const v of variants) if (v !== source && v.seg) targets.push({ tuid, variant: { lang: v.lang, seg: v.seg }, source: source?.seg, at: sc.start });
  }
  const langs = new Set(targets.flatMap((t) => (t.variant.lang === undefined ? [] : [t.variant.lang])));
  const { reads, lang, languages } = targetLanguages(langs, options?.lang);
  for (const { tuid, variant: v, source, at } of targets) {
    if (reads(v.lang)) out.add(v.lang ? { id: tuid, segment: v.lang } : { id: tuid }, 'segment', v.seg, source, at);
  }
  const result = out.build(lang, sourceLang);
  if (languages) result.languages = languages;
  return result;
}

export const tmx: FormatReader = {
  meta: {
    id: 'tmx',
    name: 'TMX',
    extensions: ['tmx'],
  },
  sniff: (text) => rootElement(text) === 'tmx',
  read: readTmx,
  escape: escapeXml,
};

/** What the reader reads and its examples (see FormatAbout); the registry leaves them out. */
export const about: Readonly<Record<string, FormatAbout>> = {
  tmx: {
    description:
      'TMX translation memories: each target <tuv> of a <tu> on a line of its own (unit id = tuid, segment = ' +
      'its language), the source <tuv> kept for bilingual checks; inline codes opaque; several target languages are checked one at a time.',
    examples: [
      {
        file:
          '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4"><header srclang="de" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>\n' +
          '<tu tuid="7"><tuv xml:lang="de"><seg>Mit <bpt i="1">&lt;b&gt;</bpt>Fett<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>' +
          '<tuv xml:lang="en-GB"><seg>With <bpt i="1">&lt;b&gt;</bpt>bold<ept i="1">&lt;/b&gt;</ept>. and more</seg></tuv></tu>\n</body></tmx>\n',
        text: 'With bold. and more\n',
      },
    ],
  },
};
