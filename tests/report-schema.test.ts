// The published JSON Schema describes what the checker really emits, and lists every rule.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { checkBytes, checkText } from '../lib/check.js';
import { buildPatch } from '../lib/fix.js';
import { ruleCatalogue } from '../scripts/update-schema.js';

const schema = JSON.parse(readFileSync(new URL('../schema/report.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
const valid = (report: unknown) => {
  const ok = validate(report);
  return ok ? 'valid' : JSON.stringify(validate.errors);
};

describe('report schema', () => {
  it('accepts the seed report with its patch', () => {
    const seed = readFileSync(new URL('../seeds/000_3bf6eb0c58bdff8a.txt', import.meta.url));
    const report = checkBytes(seed, { name: 'seed.txt', patch: buildPatch, source: { bucket: 'b', key: 'incoming/seed.txt', etag: '"abc"' } });
    expect(report.findings.length).toBeGreaterThan(0);
    expect(valid(report)).toBe('valid');
  });

  it('accepts error reports and reports of every language path', () => {
    expect(valid(checkBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47])))).toBe('valid');
    expect(valid(checkBytes(new Uint8Array()))).toBe('valid');
    for (const t of ['这是一个句子。', 'Это предложение. и ещё одно.', '...', 'x']) expect(valid(checkText(t))).toBe('valid');
  });

  it('lists every rule (run `npx tsx scripts/update-schema.ts` after adding one)', () => {
    expect(schema.definitions.ruleId).toEqual(ruleCatalogue());
  });

  it('carries the version the code writes', () => {
    expect(schema.$id).toBe(`urn:mtqa:report:${checkText('Hi.').schemaVersion}`);
  });
});
