// The project's own measure: the shared scorer over labelled real MT output and clean human
// text (../shared/eval, beside the checkout in CI). It runs the built CLI, as users do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const evalDir = fileURLToPath(new URL('../../shared/eval/', import.meta.url));
const haveEval = existsSync(`${evalDir}score.mjs`);

function score(...args: string[]): { p: number; r: number; alarms: number } {
  const out = execFileSync(process.execPath, [`${evalDir}score.mjs`, '--cmd', `${process.execPath} bin/mtqa.js`, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const last = out.trim().split('\n').pop()!;
  const m = /P=([\d.]+) R=([\d.]+) F1=[\d.]+ alarms_per_10k=([\d.]+)/.exec(last);
  if (!m) throw new Error(`unexpected scorer output: ${last}`);
  return { p: Number(m[1]), r: Number(m[2]), alarms: Number(m[3]) };
}

describe.skipIf(!haveEval)('eval score (../shared/eval)', () => {
  it('seed: all eight artifacts, nothing else', () => {
    expect(score(`${evalDir}seed.jsonl`)).toEqual({ p: 1, r: 1, alarms: 0 });
  });

  it('dev: P ≥ 0.95, R ≥ 0.93, ≤ 0.5 false alarms per 10k words of clean English', () => {
    const s = score(`${evalDir}dev.jsonl`, `${evalDir}dev-clean.jsonl`);
    expect(s.p).toBeGreaterThanOrEqual(0.95);
    expect(s.r).toBeGreaterThanOrEqual(0.93);
    expect(s.alarms).toBeLessThanOrEqual(0.5);
  });

  it('dev-multi (de, fr, ru, uk, cs, hr): P ≥ 0.92, R ≥ 0.92, ≤ 0.5 false alarms per 10k words of clean German, Czech, Russian, Ukrainian, Croatian', () => {
    const s = score(`${evalDir}dev-multi.jsonl`, `${evalDir}dev-clean-multi.jsonl`);
    expect(s.p).toBeGreaterThanOrEqual(0.92);
    expect(s.r).toBeGreaterThanOrEqual(0.92);
    expect(s.alarms).toBeLessThanOrEqual(0.5);
  });

  // With each line's source given (`mtqa check --source`), as a CAT tool's bilingual file gives it.
  it.each(['dev', 'dev-multi'])('%s with the source: P ≥ 0.95, R ≥ 0.95', (name) => {
    const s = score('--with-source', `${evalDir}${name}.jsonl`);
    expect(s.p).toBeGreaterThanOrEqual(0.95);
    expect(s.r).toBeGreaterThanOrEqual(0.95);
  });

  it('tells breaks copied from the source from invented ones (BREAK-SRC vs BREAK) with accuracy ≥ 0.90', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/break-origin.ts'], { cwd: root, encoding: 'utf8' });
    const m = /accuracy=([\d.]+)/.exec(out.trim().split('\n').pop()!);
    expect(Number(m?.[1])).toBeGreaterThanOrEqual(0.9);
  });
});
