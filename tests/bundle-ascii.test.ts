// scripts/ascii-only.mjs: a chunk's characters past ASCII (esbuild leaves them in regular
// expression literals and String.raw templates) written as \u escapes, the expressions matching
// as before, and the source map moved along with the escapes. And the CLI bundle is ASCII only.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { expect, it } from 'vitest';
import { asciiOnly } from '../scripts/ascii-only.mjs';
import { scratchFiles } from './cli-harness.js';

const { dir, file } = scratchFiles('mtqa-ascii-');

const SOURCE = [
  'const VOWELS = /[аеиоу]+/iu;',
  'export function vowels(text: string): number { return text.match(VOWELS)?.[0].length ?? 0; }',
  "const LAUGHTER = new RegExp(String.raw`^(?:ха)+$|^😀$`, 'u');",
  'export function laughs(text: string): boolean { return LAUGHTER.test(text); }',
  '',
].join('\n');

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A source map's segments with an original position: [generated line, column, original line, column]. */
function segments(mappings: string): number[][] {
  const out: number[][] = [];
  let originalLine = 0;
  let originalColumn = 0;
  mappings.split(';').forEach((line, generatedLine) => {
    let column = 0;
    for (const segment of line === '' ? [] : line.split(',')) {
      const fields: number[] = [];
      for (let i = 0; i < segment.length; ) {
        let value = 0;
        for (let bits = 0; ; bits += 5) {
          const digit = BASE64.indexOf(segment[i++]);
          value += (digit & 31) * 2 ** bits;
          if ((digit & 32) === 0) break;
        }
        fields.push(value % 2 === 1 ? -(value - 1) / 2 : value / 2);
      }
      column += fields[0];
      if (fields.length < 4) continue;
      originalLine += fields[2];
      originalColumn += fields[3];
      out.push([generatedLine, column, originalLine, originalColumn]);
    }
  });
  return out;
}

it('writes a chunk in ASCII; its expressions match as before, and its map points at the same names', async () => {
  const entry = file('snippet.ts', SOURCE);
  const outfile = path.join(dir, 'snippet.js');
  await build({ entryPoints: [entry], outfile, format: 'esm', minifyWhitespace: true, sourcemap: true, logLevel: 'warning' });
  expect(/[^\x00-\x7f]/.test(readFileSync(outfile, 'utf8'))).toBe(true);
  asciiOnly(outfile);
  const code = readFileSync(outfile, 'utf8');
  expect(/[^\x00-\x7f]/.test(code)).toBe(false);
  const m = await import(pathToFileURL(outfile).href);
  expect([m.vowels('xОиу'), m.laughs('хаха'), m.laughs('😀'), m.laughs('xa')]).toEqual([3, true, true, false]);
  // Every name of the source, mapped, stands where the map says in the chunk, those after an escape too.
  const lines = code.split('\n');
  const source = SOURCE.split('\n');
  const names = segments(JSON.parse(readFileSync(`${outfile}.map`, 'utf8')).mappings).flatMap(([line, column, originalLine, originalColumn]) => {
    const name = /^(?:VOWELS|vowels|LAUGHTER|laughs|text)\b/.exec(source[originalLine].slice(originalColumn))?.[0];
    return name ? [`${name}: ${lines[line].startsWith(name, column)}`] : [];
  });
  expect(names).toEqual(['VOWELS: true', 'vowels: true', 'text: true', 'text: true', 'VOWELS: true', 'LAUGHTER: true', 'laughs: true', 'text: true', 'LAUGHTER: true', 'text: true']);
});

it('every chunk of the CLI bundle is ASCII', () => {
  const dist = fileURLToPath(new URL('../dist/', import.meta.url));
  const chunks = readdirSync(dist).filter((f) => f.endsWith('.js'));
  expect(chunks.length).toBeGreaterThan(1);
  expect(chunks.filter((f) => /[^\x00-\x7f]/.test(readFileSync(dist + f, 'utf8')))).toEqual([]);
});
