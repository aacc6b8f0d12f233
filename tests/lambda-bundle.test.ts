// The Lambda bundle as deployed (cdk/bundle.ts with the stack's settings, aliases
// included) checks an upload end to end: a fresh Node process imports the bundle with nothing but
// the environment the Lambda runtime gives it (region, credentials, the function's settings) plus
// the endpoint of a real S3-compatible server on loopback, handles one SQS message, and writes the
// report that the library gives for the same bytes. The examples that rules, languages and format
// readers carry for the tests stay out of it.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkBytes } from '../lib/check.js';
import { toSqsEvent } from '../functions/local/events.js';
import { LOCAL_CREDENTIALS } from '../functions/local/server.js';
import { bundleLambda, CHECKER_ENTRY, SOURCE_TABLES_FILE } from '../cdk/bundle.js';
import { LANGUAGES } from '../lib/languages/index.js';
import { RULES } from '../lib/rules/index.js';
import { ruleDescription } from '../scripts/update-schema.js';
import { examplesOfLanguage, examplesOfRule, FORMAT_ABOUT } from './examples.js';
import { BUCKET, CONFIG, readReport, startHarness, upload, type Harness } from './pipeline-harness.js';

const run = promisify(execFile);
const out = mkdtempSync(path.join(tmpdir(), 'mtqa-bundle-'));
const bundle = path.join(out, 'index.mjs');
let h: Harness;
/** The modules of which code is in the bundle (esbuild's metafile: parsed modules that tree shaking empties are not). */
let inputs: string[];

beforeAll(async () => {
  const { outputs } = await bundleLambda(CHECKER_ENTRY, bundle);
  inputs = Object.values(outputs).flatMap((o) => Object.entries(o.inputs).flatMap(([i, { bytesInOutput }]) => (bytesInOutput > 0 ? [i] : [])));
  h = await startHarness();
});
/** The code of index.mjs and of the chunks beside it that it loads later. */
function bundleCode(): string {
  return readdirSync(out)
    .filter((f) => f.endsWith('.mjs'))
    .map((f) => readFileSync(path.join(out, f), 'utf8'))
    .join('\n');
}

afterAll(async () => {
  await h?.close();
  rmSync(out, { recursive: true, force: true });
});

/** What the Lambda runtime and the stack give the function, with the loopback S3 server's endpoint. */
function lambdaEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_S3: h.emulator.endpoint,
    // s3rver stores aws-chunked uploads verbatim (see STACK-NOTES): checksums only where required.
    AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
    AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    INPUT_PREFIX: CONFIG.inputPrefix,
    REPORT_PREFIX: CONFIG.reportPrefix,
    LOG_LEVEL: 'error',
    ...extra,
  };
}

/** The bundled handler's response to the SQS message of `notification`, in a fresh Node process. */
async function handleInBundle(notification: Parameters<typeof toSqsEvent>[0], env: NodeJS.ProcessEnv): Promise<unknown> {
  const script = `const { handler } = await import(${JSON.stringify(bundle)});
    const response = await handler(${JSON.stringify(toSqsEvent(notification))}, { awsRequestId: 'bundle-test' });
    process.stdout.write(JSON.stringify(response));`;
  const { stdout } = await run(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', script], { env, timeout: 60_000 });
  return JSON.parse(stdout);
}

it('the bundled handler reads an upload, checks it and writes its report, with credentials from the environment', async () => {
  const seed = readFileSync(new URL('../seeds/000_3bf6eb0c58bdff8a.txt', import.meta.url));
  const notification = await upload(h, 'incoming/seed.txt', seed);
  expect(await handleInBundle(notification, lambdaEnvironment())).toEqual({ batchItemFailures: [] });

  const { report } = await readReport(h.s3, 'reports/seed.txt.report.json');
  const expected = checkBytes(seed, { name: 'seed.txt' });
  expect(report.source).toMatchObject({ bucket: BUCKET, key: 'incoming/seed.txt', sha256: expected.source.sha256 });
  expect({ ...report, source: undefined }).toEqual({ ...expected, source: undefined });
});

it('the bundled handler re-queues the translation of a changed source on its queue, signed with the environment’s credentials', async () => {
  // SQS's JSON protocol on loopback: takes every entry (functions/sqs-send.ts).
  const received: { headers: Record<string, unknown>; body: string }[] = [];
  const sqs = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      const entries = (JSON.parse(body) as { Entries: { Id: string; MessageBody: string }[] }).Entries;
      const md5 = (s: string) => createHash('md5').update(s).digest('hex');
      res.end(JSON.stringify({ Successful: entries.map((e) => ({ Id: e.Id, MessageId: `m${e.Id}`, MD5OfMessageBody: md5(e.MessageBody) })) }));
    });
  });
  await new Promise<void>((resolve) => sqs.listen(0, '127.0.0.1', resolve));
  try {
    const queueUrl = `http://127.0.0.1:${(sqs.address() as AddressInfo).port}/123456789012/uploads`;
    await upload(h, 'incoming/requeue/guide.txt', 'The committee met on Tuesday.\n');
    const source = await upload(h, 'incoming/requeue/guide.src.txt', 'Der Ausschuss trat am Dienstag zusammen.\n');
    expect(await handleInBundle(source, lambdaEnvironment({ QUEUE_URL: queueUrl }))).toEqual({ batchItemFailures: [] });
    expect(received).toHaveLength(1);
    expect(received[0].headers['x-amz-target']).toBe('AmazonSQS.SendMessageBatch');
    expect(received[0].headers.authorization).toMatch(new RegExp(`^AWS4-HMAC-SHA256 Credential=${LOCAL_CREDENTIALS.accessKeyId}/\\d{8}/us-east-1/sqs/aws4_request, `));
    const { QueueUrl, Entries } = JSON.parse(received[0].body) as { QueueUrl: string; Entries: { MessageBody: string }[] };
    expect(QueueUrl).toBe(queueUrl);
    expect(Entries.map((e) => JSON.parse(e.MessageBody) as unknown)).toMatchObject([{ mtqa: 'recheck', bucket: BUCKET, key: 'incoming/requeue/guide.txt' }]);
  } finally {
    await new Promise((resolve) => sqs.close(resolve));
  }
});

it('checks against a source as the library does, with the tables only such a check reads beside the core (cdk/bundle.ts)', async () => {
  // number-mismatch's examples read CLDR's unit and scale words ("30 miles" / "48 km", "3 Mio."), which the bundle keeps in SOURCE_TABLES_FILE.
  const rule = RULES.find((r) => r.meta.id === 'number-mismatch')!;
  const { bad, good } = examplesOfRule(rule);
  const cases = [...bad, ...good]
    .filter((ex) => ex.source !== undefined && !ex.segments)
    .map((ex) => ({ text: ex.text, lang: ex.lang ?? 'en', source: ex.source!, sourceLang: ex.sourceLang }));
  expect(cases.length).toBeGreaterThan(10);
  expect(readdirSync(out)).toContain(SOURCE_TABLES_FILE);
  expect(bundleCode()).not.toContain('mérföld');
  const probe = path.join(out, 'probe', 'index.mjs');
  await bundleLambda('scripts/lambda-probe.ts', probe);
  const script = `const { loadCore } = await import(${JSON.stringify(probe)}); const core = await loadCore(); const e = new TextEncoder();
    const cases = ${JSON.stringify(cases)};
    process.stdout.write(JSON.stringify(cases.map((c) => core.checkBytes(e.encode(c.text), { name: 't.txt', lang: c.lang, sourceDocument: { bytes: e.encode(c.source), name: 's.txt', lang: c.sourceLang } }).findings)));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { env: { PATH: process.env.PATH }, timeout: 60_000 });
  const e = new TextEncoder();
  const expected = cases.map((c) => checkBytes(e.encode(c.text), { name: 't.txt', lang: c.lang, sourceDocument: { bytes: e.encode(c.source), name: 's.txt', lang: c.sourceLang } }).findings);
  expect(expected.flat().some((f) => f.rule === 'number-mismatch')).toBe(true);
  expect(JSON.parse(stdout)).toEqual(expected);
});

it('leaves out the examples of rules and languages', () => {
  const code = bundleCode();
  const texts = [
    ...RULES.flatMap((r) => [...examplesOfRule(r).bad, ...examplesOfRule(r).good].flatMap((ex) => [ex.text, ex.source ?? ''])),
    ...LANGUAGES.flatMap((l) => examplesOfLanguage(l.code)),
  ];
  // Lines long enough not to be a string the code has anyway, and written in the bundle as they are (no escapes).
  const telling = texts.flatMap((t) => t.split('\n')).filter((t) => t.length >= 30 && !/[\\'"`\r\t\p{Cc}\p{Cf}]/u.test(t));
  expect(telling.length).toBeGreaterThan(300);
  expect(telling.filter((t) => code.includes(t))).toEqual([]);
});

it('leaves out the format readers\' descriptions and examples', () => {
  const code = bundleCode();
  // Runs of 30 characters or more between quotes, escapes and line ends, written in the bundle as
  // they are, and with a space: a run of one token is a name the reader itself may need (the DOCX
  // reader resolves WordprocessingML's namespace URI, which its examples declare).
  const telling = [...FORMAT_ABOUT.values()]
    .flatMap((a) => [a.description, ...a.examples.flatMap((ex) => [ex.file, ex.text])])
    .flatMap((t) => t.split(/["'\\`\r\n\t]/))
    .filter((t) => t.length >= 30 && /\s/.test(t));
  expect(telling.length).toBeGreaterThan(20);
  expect(telling.filter((t) => code.includes(t))).toEqual([]);
});

it('leaves out the rules\' descriptions, which only the rule catalogue prints', () => {
  const code = bundleCode();
  // Runs of 30 characters or more between quotes and escapes, written in the bundle as they are.
  const telling = RULES.flatMap((r) => ruleDescription(r).split(/["'\\`]/)).filter((t) => t.length >= 30);
  expect(telling.length).toBeGreaterThan(50);
  expect(telling.filter((t) => code.includes(t))).toEqual([]);
});

it('leaves out the S3 features no command it sends reaches: event streams, S3 Express sessions, XML request bodies, adaptive retries, web streams', () => {
  // The modules cdk/bundle.ts replaces, and what only they import.
  const unreached = /event-streams[\\/](?:EventStreamSerde|eventstream-codec|eventstream-serde[\\/]|eventstream-serde-universal)|S3ExpressIdentity|CreateSession|XmlShapeSerializer|xml-builder[\\/]dist-es[\\/]XmlNode|AdaptiveRetryStrategy|DefaultRateLimiter|(?:sdk-stream-mixin|createChecksumStream|getAwsChunkedEncodingStream|toBase64|toUtf8)\.browser\.js$/;
  expect(inputs.filter((i) => /event-streams|s3-express|(?:sdk-stream-mixin|createChecksumStream|getAwsChunkedEncodingStream)\.js$/.test(i)).length).toBeGreaterThan(0);
  expect(inputs.filter((i) => unreached.test(i))).toEqual([]);
});

it('takes of htmlparser2 its Parser only, not the DOM packages behind its index (scripts/lazy-imports.mjs)', () => {
  expect(inputs.filter((i) => i.includes('htmlparser2/dist/Parser.js')).length).toBe(1);
  expect(inputs.filter((i) => /node_modules[\\/](?:domhandler|domutils|dom-serializer|domelementtype)[\\/]/.test(i))).toEqual([]);
});
