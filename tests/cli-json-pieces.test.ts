// `--format json` writes its reports in pieces (cli/json-pieces.ts): together they must be exactly
// what JSON.stringify(value, null, 2) gives.
import { describe, expect, it } from 'vitest';
import { writeJson } from '../cli/json-pieces.js';
import { checkBytes, errorReport } from '../lib/check.js';

function pieces(value: unknown): string[] {
  const out: string[] = [];
  writeJson(value, (piece) => out.push(piece));
  return out;
}

const PROSE = 'The sides will expand cooperation. in the field of energy. We met the the minister.\n«Он сказал», что придёт… Привет ,мир!!\n';

describe('writeJson', () => {
  it('writes a report, and an array of reports, as JSON.stringify does', () => {
    const report = checkBytes(Buffer.from(PROSE), { name: 'a.txt', lang: 'en' });
    expect(report.findings.length).toBeGreaterThan(2);
    const error = errorReport({ name: 'b.png', size: 4, sha256: '' }, { code: 'binary', message: 'The file is a PNG image, not text.' });
    for (const value of [report, [report, error], [error], []]) {
      expect(pieces(value).join('')).toBe(JSON.stringify(value, null, 2));
    }
  });

  it('leaves out and nulls what JSON.stringify does, and lets toJSON speak for its object', () => {
    const value = {
      kept: 1,
      gone: undefined,
      fn: () => 1,
      sym: Symbol('s'),
      empty: { none: undefined },
      list: [undefined, () => 1, { a: [[], {}, 'line\nbreak', null] }, new Date(0)],
      own: { toJSON: () => ({ x: [1, 2] }) },
      deep: [[[[{ a: { b: [1, { c: 2 }] } }]]]],
    };
    expect(pieces(value).join('')).toBe(JSON.stringify(value, null, 2));
    expect(pieces([value, { only: undefined }]).join('')).toBe(JSON.stringify([value, { only: undefined }], null, 2));
  });

  it('writes a large report in several pieces, none of them the whole', () => {
    const report = checkBytes(Buffer.from(PROSE.repeat(500)), { name: 'c.txt', lang: 'en' });
    const json = JSON.stringify(report, null, 2);
    const out = pieces(report);
    expect(out.join('')).toBe(json);
    expect(out.length).toBeGreaterThan(1);
    expect(Math.max(...out.map((p) => p.length))).toBeLessThan(json.length / 2);
  });
});
