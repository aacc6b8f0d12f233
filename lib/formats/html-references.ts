// The HTML standard's named character references, for the text readers and rules
// (lib/catalogue/entities.ts), and a character reference in a page's shown attribute text ("Caf&eacute;" in an alt), decoded as in an
// attribute value, by the decoder htmlparser2's tokenizer decodes attribute values with (entities'
// EntityDecoder in its attribute mode, the HTML standard's rules: a legacy name such as "&amp" needs
// no semicolon, except before a letter, digit or "="). entities' decodeHTMLAttribute gives the same
// answers (compared on every prefix of every HTML name, with and without a letter, digit or
// semicolon after it, and 300,000 random ones) but is a second decoder of its own.
// A module of its own so that the bundles require it lazily (scripts/lazy-imports.mjs), at the first
// named reference met rather than at every start (decompressing the table is the cost): entities is
// then taken by import, of which esbuild keeps only what the tokenizer and this module use (the
// Lambda bundle 3.3 KB smaller than with entities/decode required whole).

import { DecodingMode, EntityDecoder, htmlDecodeTree } from 'entities/decode';

/** What the decoder emitted for the reference being decoded: one code point, two for a few names. */
let decoded = '';
const decoder = new EntityDecoder(htmlDecodeTree, (codePoint) => {
  decoded += String.fromCodePoint(codePoint);
});

/**
 * `reference` ("&amp;", "&#x2019;", "&eacute") with the reference at its start decoded and the rest
 * kept; unchanged when it starts with none.
 */
export function decodeAttributeReference(reference: string): string {
  decoded = '';
  decoder.startEntity(DecodingMode.Attribute);
  // After the "&"; -1: the reference may go on (the string ended), and end() settles it.
  const written = decoder.write(reference, 1);
  const consumed = written < 0 ? decoder.end() : written;
  return consumed > 0 ? decoded + reference.slice(consumed) : reference;
}

/**
 * The text the named reference "&" + `name` + ";" stands for ("bullet" → "•", "fjlig" → "fj", two
 * code points for a few names), or undefined when `name` is no name of the standard's table.
 */
export function namedReferenceText(name: string): string | undefined {
  decoded = '';
  decoder.startEntity(DecodingMode.Strict);
  const reference = `&${name};`;
  const written = decoder.write(reference, 1);
  const consumed = written < 0 ? decoder.end() : written;
  // A prefix that is a name ("&notx;" holds "&not") is not this reference.
  return consumed === reference.length ? decoded : undefined;
}
