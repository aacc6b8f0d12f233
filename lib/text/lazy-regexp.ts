/**
 * A regular expression built from its source at its first use. V8 verifies every `\p{…}` regex
 * literal when it parses the code (~0.7 M instructions each, even inside a function never called,
 * and again when that function is compiled), and builds a `new RegExp` where it stands (~1 M, at
 * the module's load, or at every call inside a function): so every `\p{…}` expression is one of
 * these, built once, by the checks that use it (a 13-byte check: some 55 M instructions less than
 * with them as 34 literals). Pass the source as String.raw`…` so that it reads as the literal.
 */
export function lazyRegExp(source: string, flags: string): () => RegExp {
  let built: RegExp | undefined;
  return () => (built ??= new RegExp(source, flags));
}
