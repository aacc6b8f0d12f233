// The bundles write the language entries' word lists as split strings (scripts/word-lists.mjs):
// the registry must come out of them exactly as the sources make it, every word of every list.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, expect, it } from 'vitest';
import { compactWordLists, wordLists } from '../scripts/word-lists.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(path.join(tmpdir(), 'mtqa-word-lists-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** lib/languages/index.ts bundled (with the plugin or without), written out and imported. */
async function registry(compact: boolean): Promise<{ module: Record<string, unknown>; bytes: number }> {
  const result = await build({
    entryPoints: [path.join(root, 'lib/languages/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    minify: true,
    write: false,
    plugins: compact ? [wordLists(root)] : [],
  });
  const file = path.join(out, `index-${compact}.mjs`);
  writeFileSync(file, result.outputFiles[0].contents);
  return { module: await import(pathToFileURL(file).href), bytes: result.outputFiles[0].contents.length };
}

it('the bundled registry is the sources\', word for word, in less space', async () => {
  const plain = await registry(false);
  const compact = await registry(true);
  expect(compact.module.LANGUAGES).toEqual(plain.module.LANGUAGES);
  expect(plain.bytes - compact.bytes).toBeGreaterThan(10_000);
});

it('writes an array of eight words or more as a split string, comments and all, and leaves anything else', () => {
  const words = "['a', 'b', 'c', 'd', 'e', 'f', 'g',\n  // more\n  'h',\n]";
  expect(compactWordLists(`x = ${words};`)).toBe("x = 'a b c d e f g h'.split(' ');");
  // Seven words; a word with a space; an escape; an expression; a double-quoted word.
  for (const list of [
    "['a', 'b', 'c', 'd', 'e', 'f', 'g']",
    "['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h i']",
    "['a', 'b', 'c', 'd', 'e', 'f', 'g', 'l\\'']",
    "['a', 'b', 'c', 'd', 'e', 'f', 'g', x]",
    `['a', 'b', 'c', 'd', 'e', 'f', 'g', "h"]`,
  ]) {
    expect(compactWordLists(`x = ${list};`)).toBe(`x = ${list};`);
  }
});
