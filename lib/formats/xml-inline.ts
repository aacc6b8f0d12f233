// The text of an XML element with inline markup (an XLIFF <source>/<target>, a TMX <seg>), read
// into pieces for a TextBuilder: text as it is, references decoded, and inline codes as opaque
// stand-ins ('' where the text flows through the code, U+FFFC where the code stands for content
// of its own), each code recorded with its id and kind for tag checks.

import { Pieces } from './bilingual.js';
import { Tok, type XmlScanner } from './xml.js';
import { OBJECT_REPLACEMENT } from '../text/chars.js';

/** What an inline element is, for one dialect (XLIFF 1.2, XLIFF 2, TMX). */
export type InlineRole =
  /** A paired code around text that flows through it (`<g>`, `<pc>`, TMX `<hi>`): '' at both tags. */
  | { flow: true; id?: string }
  /** A code read whole, its content native markup (`<x/>`, `<ph>…</ph>`, `<bpt>…</bpt>`). */
  | { flow: false; text: '' | typeof OBJECT_REPLACEMENT; id?: string; kind: 'open' | 'close' | 'standalone' }
  /** Text that stands whole for one character (XLIFF 2 `<cp hex>`). */
  | { char: string };

/** Decides, on the scanner's Open token, what the element is; undefined for a segment boundary the caller handles. */
export type InlineRules = (sc: XmlScanner) => InlineRole;

/**
 * Reads the content of the element the scanner has just opened, up to its Close token. With
 * `segment`, elements it accepts split the content into segments (XLIFF 1.2 `<mrk mtype="seg">`):
 * text outside them is dropped. Returns one Pieces per segment (one for unsegmented content).
 */
export function readContent(sc: XmlScanner, rules: InlineRules, segment?: (sc: XmlScanner) => string | undefined): Pieces[] {
  const depth = sc.depth;
  const whole = new Pieces(sc.file);
  const segments: Pieces[] = [];
  let current = whole;
  let segmentDepth = -1;
  // Ids of the open flowing codes (undefined: not recorded), to record their close tags.
  const flows: Array<string | undefined> = [];
  while (sc.next() !== Tok.End) {
    switch (sc.kind) {
      case Tok.Text:
      case Tok.CData:
        current.verbatim(sc.start, sc.end);
        break;
      case Tok.Ref:
        current.replaced(sc.value, sc.start, sc.end);
        break;
      case Tok.Open: {
        const id = segment && segmentDepth < 0 ? segment(sc) : undefined;
        if (id !== undefined) {
          current = new Pieces(sc.file, id);
          segments.push(current);
          segmentDepth = sc.depth;
          break;
        }
        const role = rules(sc);
        const start = sc.start;
        if ('char' in role) {
          sc.skipElement();
          current.replaced(role.char, start, sc.end);
        } else if (role.flow) {
          if (role.id !== undefined) current.code(role.id, 'open');
          current.opaque('', start, sc.end);
          flows.push(role.id);
        } else {
          if (role.id !== undefined) current.code(role.id, role.kind);
          sc.skipElement();
          current.opaque(role.text, start, sc.end);
        }
        break;
      }
      case Tok.Close: {
        if (sc.depth < depth) return segments.length > 0 ? segments : [whole];
        if (sc.depth === segmentDepth - 1) {
          segmentDepth = -1;
          current = new Pieces(sc.file); // text between segments: dropped
          break;
        }
        const id = flows.pop();
        if (id !== undefined) current.code(id, 'close');
        current.opaque('', sc.start, sc.end);
        break;
      }
    }
  }
  return segments.length > 0 ? segments : [whole];
}
