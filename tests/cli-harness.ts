// The mtqa command run in process, with its output captured, and a scratch folder of input files
// removed after the test file: what every CLI test needs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { main } from '../cli/mtqa.js';

export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s), color: false });
  return { code, out, err };
}

/** A fresh folder (removed after the test file) and a function that writes a file into it and returns its path. */
export function scratchFiles(prefix: string): { dir: string; file: (name: string, content: string | Uint8Array) => string } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string | Uint8Array) => {
    const p = path.join(dir, name);
    writeFileSync(p, content);
    return p;
  };
  return { dir, file };
}
