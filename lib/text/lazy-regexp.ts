/**
 * A regular expression built from its source at its first use. V8 verifies every `\p{…}` regex
 * literal when it parses the code (~1 M instructions each, even inside a function never called):
 * an expression only some checks run (those with a source text) is written as a string instead,
 * and costs nothing at start-up. Pass the source as String.raw`…` so that it reads as the literal.
 */
export function lazyRegExp(source: string, flags: string): () => RegExp {
  let built: RegExp | undefined;
  return () => (built ??= new RegExp(source, flags));
}
