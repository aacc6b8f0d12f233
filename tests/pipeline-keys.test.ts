import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configFromEnv, parseMaxBytes, validatePrefixes } from '../functions/config.js';
import { MAX_INPUT_BYTES } from '../lib/check.js';
import { classifyKey, compareSequencers, decodeEventKey, encodeEventKey, inputKeyOf, normaliseEtag } from '../functions/keys.js';
import { createLogger } from '../functions/log.js';
import { CONFIG } from './pipeline-harness.js';

describe('event keys', () => {
  it('decodes S3 form encoding: + is a space, %2B a plus, UTF-8 escapes', () => {
    expect(decodeEventKey('incoming/with+space.txt')).toBe('incoming/with space.txt');
    expect(decodeEventKey('incoming/a%2Bb.txt')).toBe('incoming/a+b.txt');
    expect(decodeEventKey('incoming/100%25.txt')).toBe('incoming/100%.txt');
    expect(decodeEventKey('incoming/%C3%BCber+%E6%96%87.txt')).toBe('incoming/über 文.txt');
  });

  it('encodes like S3 and round-trips any key', () => {
    expect(encodeEventKey('incoming/a b+c%(1).txt')).toBe('incoming/a+b%2Bc%25%281%29.txt');
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (key) => decodeEventKey(encodeEventKey(key)) === key));
  });

  it('throws on a malformed escape rather than guessing', () => {
    expect(() => decodeEventKey('incoming/%E6%96.txt')).toThrow(URIError);
  });
});

describe('key classification', () => {
  it('maps incoming/<path> to reports/<path>.report.json', () => {
    expect(classifyKey('incoming/a/b c.txt', CONFIG)).toEqual({ process: true, reportKey: 'reports/a/b c.txt.report.json' });
  });

  it('never processes the report prefix or other prefixes', () => {
    expect(classifyKey('reports/x.txt.report.json', CONFIG)).toEqual({ process: false, reason: 'report-prefix' });
    expect(classifyKey('elsewhere/x.txt', CONFIG)).toEqual({ process: false, reason: 'outside-input-prefix' });
  });

  it('maps report and page keys back to their input, and nothing else', () => {
    expect(inputKeyOf('reports/a/b c.txt.report.json', CONFIG)).toBe('incoming/a/b c.txt');
    expect(inputKeyOf('reports/a/b c.txt.report.html', CONFIG)).toBe('incoming/a/b c.txt');
    expect(inputKeyOf('reports/a.json', CONFIG)).toBeUndefined();
    expect(inputKeyOf('elsewhere/a.txt.report.json', CONFIG)).toBeUndefined();
  });

  it('gives a key ending in "/" a report key too (only an empty one is a folder marker, decided by size)', () => {
    expect(classifyKey('incoming/notes/', CONFIG)).toEqual({ process: true, reportKey: 'reports/notes/.report.json' });
  });

  it('refuses keys whose report key would exceed S3’s 1024-byte limit', () => {
    expect(classifyKey(`incoming/${'é'.repeat(505)}`, CONFIG)).toEqual({ process: false, reason: 'key-too-long' });
  });
});

describe('sequencers and ETags', () => {
  it('orders hex sequencers, right-padding the shorter one', () => {
    expect(compareSequencers('0055AED6DCD90281E5', '0055AED6DCD90281E6')).toBeLessThan(0);
    expect(compareSequencers('0055AED6DCD90281E6', '0055aed6dcd90281e6')).toBe(0);
    expect(compareSequencers('0055AED6DCD90281E5', '0055AED6DCD90281E5A')).toBeLessThan(0);
    expect(compareSequencers('0056', '0055AED6DCD90281E5')).toBeGreaterThan(0);
  });

  it('compares ETags without quotes', () => {
    expect(normaliseEtag('"abc"')).toBe('abc');
    expect(normaliseEtag('abc')).toBe('abc');
  });
});

describe('configuration', () => {
  it('defaults to incoming/, reports/, 50 MiB and HTML reports', () => {
    expect(configFromEnv({})).toEqual({ inputPrefix: 'incoming/', reportPrefix: 'reports/', maxBytes: MAX_INPUT_BYTES, htmlReports: true });
    expect(configFromEnv({ HTML_REPORTS: 'false' }).htmlReports).toBe(false);
  });

  it('rejects nested or empty prefixes and bad limits', () => {
    expect(() => validatePrefixes('incoming/', 'incoming/reports/')).toThrow(/contain each other/);
    expect(() => validatePrefixes('data/in/', 'data/')).toThrow(/contain each other/);
    expect(() => validatePrefixes('', 'reports/')).toThrow(/empty/);
    expect(() => parseMaxBytes('12MB')).toThrow(/positive integer/);
    expect(parseMaxBytes('1024')).toBe(1024);
  });
});

describe('logger', () => {
  it('writes one JSON object per line, filtered by level, with errors serialised', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'info', write: (l) => lines.push(l) }).child({ requestId: 'r1' });
    log.debug('hidden');
    log.error('failed', { error: Object.assign(new Error('boom'), { $metadata: { httpStatusCode: 503 } }) });
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]);
    expect(entry).toMatchObject({ level: 'ERROR', message: 'failed', requestId: 'r1', error: { name: 'Error', message: 'boom', httpStatusCode: 503 } });
  });
});
