// Object keys as S3 notifications carry them, the report key convention, and event ordering.

import type { PipelineConfig } from './config.js';

/** S3 rejects keys longer than this many UTF-8 bytes. */
export const MAX_KEY_BYTES = 1024;

/**
 * Decodes a key from an S3 event notification. S3 form-encodes keys there: a space arrives as
 * "+", a literal "+" as "%2B", and non-ASCII as percent-encoded UTF-8. The "+" must be replaced
 * before percent-decoding, or a literal "%2B" would turn into a space. Throws URIError on a
 * malformed escape.
 */
export function decodeEventKey(raw: string): string {
  return decodeURIComponent(raw.replace(/\+/g, ' '));
}

/**
 * Encodes a key the way S3 does in notifications (the inverse of decodeEventKey): used by the
 * local S3 server's events and listings, and by tests. "/" stays readable as in real events.
 */
export function encodeEventKey(key: string): string {
  return encodeURIComponent(key)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+')
    .replace(/%2F/g, '/');
}

export type KeyVerdict =
  | { process: true; reportKey: string }
  | { process: false; reason: 'report-prefix' | 'outside-input-prefix' | 'key-too-long' };

/**
 * Decides whether a decoded key is an input to check and where its report goes:
 * `<inputPrefix><path>` → `<reportPrefix><path>.report.json`. The report-prefix test comes first
 * so that no configuration can make the function consume its own output.
 */
export function classifyKey(key: string, config: PipelineConfig): KeyVerdict {
  if (key.startsWith(config.reportPrefix)) return { process: false, reason: 'report-prefix' };
  if (!key.startsWith(config.inputPrefix)) return { process: false, reason: 'outside-input-prefix' };
  const reportKey = `${config.reportPrefix}${key.slice(config.inputPrefix.length)}.report.json`;
  if (Buffer.byteLength(reportKey, 'utf8') > MAX_KEY_BYTES) return { process: false, reason: 'key-too-long' };
  return { process: true, reportKey };
}

/**
 * The input a report object belongs to (`reports/<path>.report.json` or `.report.html` →
 * `incoming/<path>`), or undefined for any other key.
 */
export function inputKeyOf(reportKey: string, config: PipelineConfig): string | undefined {
  const m = /\.report\.(json|html)$/.exec(reportKey);
  if (!reportKey.startsWith(config.reportPrefix) || !m) return undefined;
  return `${config.inputPrefix}${reportKey.slice(config.reportPrefix.length, -m[0].length)}`;
}

/**
 * Orders two S3 sequencers of events on the same key (<0, 0, >0). They are hex strings of
 * varying length; AWS's documentation says to right-pad the shorter with zeros and then compare
 * lexicographically. Case is normalised because the value is hex.
 */
export function compareSequencers(a: string, b: string): number {
  const width = Math.max(a.length, b.length);
  const x = a.toUpperCase().padEnd(width, '0');
  const y = b.toUpperCase().padEnd(width, '0');
  return x < y ? -1 : x > y ? 1 : 0;
}

/** ETags come quoted from HEAD/GET and unquoted in events; compare them without quotes. */
export function normaliseEtag(etag: string | undefined): string | undefined {
  return etag === undefined ? undefined : etag.replace(/^"|"$/g, '');
}
