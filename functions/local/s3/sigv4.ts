// AWS Signature Version 4 for the local S3 server: verifies the Authorization header and
// presigned (query-string) URLs exactly as S3 does, and signs requests and URLs for our own
// clients (`mtqa local --recheck`, the review page's browser links). One implementation for both
// directions, so the two cannot drift apart.

import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';
/** S3 refuses requests whose time is further than this from its clock. */
const MAX_SKEW_MS = 15 * 60 * 1000;
/** A presigned URL lives at most a week. */
const MAX_EXPIRES_S = 7 * 24 * 3600;
export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
export const EMPTY_SHA256 = createHash('sha256').digest('hex');

export const sha256Hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');
const hmac = (key: Uint8Array | string, data: string): Buffer => createHmac('sha256', key).update(data).digest();

/** RFC 3986 encoding as SigV4 wants it: everything but unreserved characters (and "/" in paths). */
export function uriEncode(value: string, keepSlash = false): string {
  const encoded = encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return keepSlash ? encoded.replace(/%2F/g, '/') : encoded;
}

/** A request as the signer sees it: the path and query already percent-decoded. */
export interface SignableRequest {
  method: string;
  /** Decoded path, e.g. "/bucket/a b.txt". */
  path: string;
  /** Decoded query parameters in order; a parameter without "=" has the value "". */
  query: Array<[string, string]>;
  /** Lower-case header names. */
  headers: Record<string, string | string[] | undefined>;
}

function canonicalHeaderValue(value: string | string[] | undefined): string {
  return [value ?? ''].flat().map((v) => v.trim().replace(/\s+/g, ' ')).join(',');
}

function canonicalRequest(req: SignableRequest, signedHeaders: string[], payloadHash: string, omitQuery?: string): string {
  const query = req.query
    .filter(([k]) => k !== omitQuery)
    .map(([k, v]) => [uriEncode(k), uriEncode(v)])
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const headers = signedHeaders.map((h) => `${h}:${canonicalHeaderValue(req.headers[h])}\n`).join('');
  return [req.method, uriEncode(req.path, true), query, headers, signedHeaders.join(';'), payloadHash].join('\n');
}

export function signingKey(secret: string, date: string, region: string, service: string): Buffer {
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), 'aws4_request');
}

function signature(secret: string, amzDate: string, scope: string, canonical: string): string {
  const [date, region, service] = scope.split('/');
  const stringToSign = [ALGORITHM, amzDate, scope, sha256Hex(canonical)].join('\n');
  return hmac(signingKey(secret, date, region, service), stringToSign).toString('hex');
}

/** "20260102T030405Z" → epoch ms, or NaN. */
function parseAmzDate(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : Number.NaN;
}

export function toAmzDate(time: number): string {
  return new Date(time).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export type AuthResult =
  | { ok: true; accessKeyId: string; payloadHash: string; amzDate: string; scope: string; signature: string; signingKey: Buffer }
  | { ok: false; status: number; code: string; message: string };

const fail = (status: number, code: string, message: string): AuthResult => ({ ok: false, status, code, message });

function equalHex(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * Verifies a request signed with the Authorization header or with query parameters (presigned).
 * Unsigned requests are refused: the local server holds the user's documents.
 */
export function verify(req: SignableRequest, accepted: Credentials[], now = Date.now()): AuthResult {
  const auth = canonicalHeaderValue(req.headers.authorization);
  const params = new Map(req.query);
  let credential: string, signedHeaders: string[], given: string, amzDate: string, payloadHash: string;
  let presigned = false;
  if (auth) {
    const m = /^AWS4-HMAC-SHA256 Credential=([^,]+),\s*SignedHeaders=([^,]+),\s*Signature=([0-9a-f]{64})$/.exec(auth);
    if (!m) return fail(400, 'AuthorizationHeaderMalformed', 'The authorization header is malformed; only AWS4-HMAC-SHA256 is accepted.');
    [, credential, , given] = m;
    signedHeaders = m[2].split(';');
    amzDate = canonicalHeaderValue(req.headers['x-amz-date']);
    payloadHash = canonicalHeaderValue(req.headers['x-amz-content-sha256']);
    if (!payloadHash) return fail(400, 'InvalidRequest', 'Missing required header for this request: x-amz-content-sha256.');
  } else if (params.has('X-Amz-Signature')) {
    presigned = true;
    if (params.get('X-Amz-Algorithm') !== ALGORITHM) return fail(400, 'AuthorizationQueryParametersError', 'X-Amz-Algorithm must be AWS4-HMAC-SHA256.');
    credential = params.get('X-Amz-Credential') ?? '';
    signedHeaders = (params.get('X-Amz-SignedHeaders') ?? '').split(';');
    given = params.get('X-Amz-Signature') ?? '';
    amzDate = params.get('X-Amz-Date') ?? '';
    payloadHash = UNSIGNED_PAYLOAD;
  } else if (auth.startsWith('AWS ') || params.has('AWSAccessKeyId')) {
    return fail(400, 'InvalidRequest', 'Signature Version 2 is not supported; sign with AWS4-HMAC-SHA256 (Signature Version 4).');
  } else {
    return fail(403, 'AccessDenied', 'Anonymous requests are refused: sign them with the local credentials.');
  }
  const [accessKeyId, ...scopeParts] = credential.split('/');
  const scope = scopeParts.join('/');
  if (scopeParts.length !== 4 || scopeParts[3] !== 'aws4_request') {
    return fail(400, 'AuthorizationHeaderMalformed', `The credential scope "${scope}" is malformed.`);
  }
  const credentials = accepted.find((c) => c.accessKeyId === accessKeyId);
  if (!credentials) return fail(403, 'InvalidAccessKeyId', 'The access key id you provided does not exist in our records.');
  if (!signedHeaders.includes('host')) return fail(403, 'AccessDenied', 'The host header must be signed.');
  const time = parseAmzDate(amzDate);
  if (Number.isNaN(time) || !amzDate.startsWith(scopeParts[0])) {
    return fail(403, 'AccessDenied', 'The request date is missing, malformed, or outside the credential scope.');
  }
  if (presigned) {
    const expires = Number(params.get('X-Amz-Expires'));
    if (!Number.isInteger(expires) || expires < 1 || expires > MAX_EXPIRES_S) {
      return fail(400, 'AuthorizationQueryParametersError', 'X-Amz-Expires must be between 1 and 604800 seconds.');
    }
    if (now > time + expires * 1000) return fail(403, 'AccessDenied', 'Request has expired.');
    if (time - now > MAX_SKEW_MS) return fail(403, 'RequestTimeTooSkewed', 'The request is signed for a time in the future.');
  } else if (Math.abs(now - time) > MAX_SKEW_MS) {
    return fail(403, 'RequestTimeTooSkewed', 'The difference between the request time and the server time is too large.');
  }
  const canonical = canonicalRequest(req, signedHeaders, payloadHash, presigned ? 'X-Amz-Signature' : undefined);
  const expected = signature(credentials.secretAccessKey, amzDate, scope, canonical);
  if (!equalHex(expected, given)) {
    return fail(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.');
  }
  const [date, region, service] = scopeParts;
  return { ok: true, accessKeyId, payloadHash, amzDate, scope, signature: given, signingKey: signingKey(credentials.secretAccessKey, date, region, service) };
}

/** Signs a request in place with the Authorization header (for requests this project sends itself). */
export function signRequest(req: SignableRequest, body: string | Uint8Array, credentials: Credentials, region = 'us-east-1', now = Date.now()): void {
  const amzDate = toAmzDate(now);
  const scope = `${amzDate.slice(0, 8)}/${region}/s3/aws4_request`;
  const payloadHash = sha256Hex(body);
  req.headers['x-amz-date'] = amzDate;
  req.headers['x-amz-content-sha256'] = payloadHash;
  const signedHeaders = Object.keys(req.headers)
    .filter((h) => req.headers[h] !== undefined)
    .sort();
  const sig = signature(credentials.secretAccessKey, amzDate, scope, canonicalRequest(req, signedHeaders, payloadHash));
  req.headers.authorization = `${ALGORITHM} Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders.join(';')}, Signature=${sig}`;
}

/**
 * A presigned GET URL for an object, like the SDK's getSignedUrl, so that a browser can open a
 * report from the local server. `endpoint` is e.g. "http://127.0.0.1:4569".
 */
export function presignGetUrl(
  endpoint: string,
  bucket: string,
  key: string,
  credentials: Credentials,
  options: { expiresSeconds?: number; region?: string; now?: number } = {},
): string {
  const url = new URL(endpoint);
  const amzDate = toAmzDate(options.now ?? Date.now());
  const scope = `${amzDate.slice(0, 8)}/${options.region ?? 'us-east-1'}/s3/aws4_request`;
  const query: Array<[string, string]> = [
    ['X-Amz-Algorithm', ALGORITHM],
    ['X-Amz-Credential', `${credentials.accessKeyId}/${scope}`],
    ['X-Amz-Date', amzDate],
    ['X-Amz-Expires', String(options.expiresSeconds ?? MAX_EXPIRES_S)],
    ['X-Amz-SignedHeaders', 'host'],
  ];
  const req: SignableRequest = { method: 'GET', path: `/${bucket}/${key}`, query, headers: { host: url.host } };
  const sig = signature(credentials.secretAccessKey, amzDate, scope, canonicalRequest(req, ['host'], UNSIGNED_PAYLOAD));
  const search = [...query, ['X-Amz-Signature', sig]].map(([k, v]) => `${uriEncode(k)}=${uriEncode(v)}`).join('&');
  return `${url.origin}${uriEncode(req.path, true)}?${search}`;
}

/** The signature of one aws-chunked chunk (STREAMING-AWS4-HMAC-SHA256-PAYLOAD). */
export function chunkSignature(key: Buffer, amzDate: string, scope: string, previous: string, chunkHash: string): string {
  const stringToSign = ['AWS4-HMAC-SHA256-PAYLOAD', amzDate, scope, previous, EMPTY_SHA256, chunkHash].join('\n');
  return hmac(key, stringToSign).toString('hex');
}

export { equalHex };
