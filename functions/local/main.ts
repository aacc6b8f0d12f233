// `mtqa local` / `npm start`: the whole pipeline on this machine, no AWS account needed. Starts the
// local S3 server, queues every stored input whose report is missing or stale, uploads seeds/
// into the input prefix, prints the seed reports and how to upload more, then keeps serving until
// SIGINT/SIGTERM: then it refuses new requests, lets running checks finish and exits; the next
// start picks up the rest. `mtqa local --recheck` asks a running instance to scan again.
// Environment: MTQA_LOCAL_PORT (default 4569), MTQA_LOCAL_DIR (stored objects; default .local-s3/
// in the package root), LOG_LEVEL (handler logs on stderr; default warn).

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { request } from 'node:http';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { Report } from '../../lib/types.js';
import { classifyKey } from '../keys.js';
import { createLogger } from '../log.js';
import { htmlKeyOf, type Outcome } from '../process.js';
import { presignGetUrl, signRequest, type SignableRequest } from './s3/sigv4.js';
import { text } from './s3/xml.js';
import { formatOutcome, formatReportSummary } from './summary.js';
import { LOCAL_BUCKET, LOCAL_CREDENTIALS, startLocalPipeline, type LocalPipeline } from './server.js';

const DEFAULT_PORT = 4569;

/**
 * The package root, found from this module's location: it runs both from source (tsx) and from a
 * code-split chunk in dist/, at different depths, so walk up to mtqa's package.json.
 */
function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'mtqa') return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return DEFAULT_PORT;
  const port = Number(value);
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : undefined;
}

function seedFiles(seedsDir: string): string[] {
  if (!existsSync(seedsDir)) return [];
  return readdirSync(seedsDir)
    .sort()
    .filter((name) => statSync(path.join(seedsDir, name)).isFile());
}

async function readReport(local: LocalPipeline, reportKey: string): Promise<Report | undefined> {
  try {
    const got = await local.s3.send(new GetObjectCommand({ Bucket: local.bucket, Key: reportKey }));
    return JSON.parse((await got.Body?.transformToString()) ?? '') as Report;
  } catch {
    return undefined;
  }
}

function usage(local: LocalPipeline): string {
  const { endpoint } = local.emulator;
  const s3 = `s3://${local.bucket}`;
  const env = [
    `AWS_ACCESS_KEY_ID=${LOCAL_CREDENTIALS.accessKeyId}`,
    `AWS_SECRET_ACCESS_KEY=${LOCAL_CREDENTIALS.secretAccessKey}`,
    'AWS_DEFAULT_REGION=us-east-1',
  ].join(' ');
  return [
    `Local S3 at ${endpoint}, bucket ${local.bucket} (access key ${LOCAL_CREDENTIALS.accessKeyId}, secret ${LOCAL_CREDENTIALS.secretAccessKey}).`,
    `Drop text files into ${s3}/${local.config.inputPrefix}; reports appear in ${s3}/${local.config.reportPrefix}<same path>.report.json`,
    'With the AWS CLI (any S3 client works the same way):',
    `  export ${env}`,
    `  aws --endpoint-url ${endpoint} s3 cp my-file.txt ${s3}/${local.config.inputPrefix}`,
    `  aws --endpoint-url ${endpoint} s3 cp ${s3}/${local.config.reportPrefix}my-file.txt.report.json -`,
    'Deleting an input deletes its report. `mtqa local --recheck` re-checks inputs whose report is missing or stale.',
    'Press Ctrl+C to stop (uploads still running finish; checks not yet started run at the next start).',
    '',
  ].join('\n');
}

/** Resolves on the first SIGINT/SIGTERM; a second one ends the process at once (nothing is lost: see main's header). */
function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const first = (signal: NodeJS.Signals) => {
      process.off('SIGINT', first);
      process.off('SIGTERM', first);
      process.once('SIGINT', () => process.exit(130));
      process.once('SIGTERM', () => process.exit(143));
      resolve(signal);
    };
    process.on('SIGINT', first);
    process.on('SIGTERM', first);
  });
}

/**
 * Before mtqa had its own S3 server, local mode kept objects as files named after their keys (s3rver's
 * layout) in the same folder. The new server does not read them: say so rather than hide them.
 */
function warnAboutOldLayout(bucketDir: string): void {
  if (!existsSync(bucketDir)) return;
  const old = readdirSync(bucketDir).filter((name) => !['objects', 'tmp', 'uploads'].includes(name));
  if (old.length === 0) return;
  process.stderr.write(
    `mtqa local: ${bucketDir} holds files an older mtqa stored (${old.slice(0, 3).join(', ')}${old.length > 3 ? ', …' : ''}); ` +
      'they are not served any more. Upload the documents again, then delete those files.\n',
  );
}

/** `mtqa local --recheck`: a signed request to the running instance's re-check endpoint. */
async function requestRecheck(port: number): Promise<number> {
  const req: SignableRequest = { method: 'POST', path: `/${LOCAL_BUCKET}`, query: [['mtqa-recheck', '']], headers: { host: `127.0.0.1:${port}` } };
  signRequest(req, '', LOCAL_CREDENTIALS);
  try {
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const r = request({ host: '127.0.0.1', port, method: 'POST', path: `/${LOCAL_BUCKET}?mtqa-recheck=`, headers: req.headers as Record<string, string> }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      r.on('error', reject);
      r.end();
    });
    if (status !== 200) {
      process.stderr.write(`mtqa local --recheck: the server on port ${port} answered ${status}: ${body}\n`);
      return 1;
    }
    process.stdout.write(
      `Re-check: ${text(body, 'Queued')} queued (report missing or stale), ${text(body, 'Current')} current, ${text(body, 'Orphans')} reports of deleted inputs to remove.\n`,
    );
    return 0;
  } catch (err) {
    const refused = (err as { code?: string }).code === 'ECONNREFUSED';
    process.stderr.write(
      `mtqa local --recheck: ${refused ? `no local mode is running on 127.0.0.1:${port}; \`mtqa local\` re-checks at start` : (err as Error).message}\n`,
    );
    return 1;
  }
}

export async function runLocal(args: string[] = []): Promise<number> {
  const unknown = args.filter((a) => a !== '--recheck');
  if (unknown.length > 0) {
    process.stderr.write(`mtqa local: unknown option ${unknown[0]} (mtqa local [--recheck])\n`);
    return 2;
  }
  const port = parsePort(process.env.MTQA_LOCAL_PORT);
  if (port === undefined) {
    process.stderr.write(`mtqa local: MTQA_LOCAL_PORT must be a port number, not "${process.env.MTQA_LOCAL_PORT}"\n`);
    return 2;
  }
  if (args.includes('--recheck')) return requestRecheck(port);
  // The SDK warns on Node < 22 about its releases after January 2027; mtqa pins its SDK version,
  // so on a terminal the warning is only noise.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const root = packageRoot();
  // Handler logs are JSON for CloudWatch; on a terminal only warnings and errors are worth showing.
  const log = createLogger({ level: process.env.LOG_LEVEL ?? 'warn', write: (line) => process.stderr.write(line) });
  /** A browser link to a report's review page on the local server (presigned: the server wants signatures). */
  const reviewUrl = (reportKey: string) => presignGetUrl(local.emulator.endpoint, local.bucket, htmlKeyOf(reportKey), LOCAL_CREDENTIALS);
  const reviewLine = (outcome: Outcome) => (outcome.action === 'written' && local.config.htmlReports ? `  ${reviewUrl(outcome.reportKey)}\n` : '');
  // Seed outcomes are shown as full reports once all are in; everything else as one line each.
  const seedsPending = new Set<string>();
  let seedsDone: () => void = () => undefined;
  let local: LocalPipeline;
  const directory = process.env.MTQA_LOCAL_DIR || path.join(root, '.local-s3');
  warnAboutOldLayout(path.join(directory, LOCAL_BUCKET));
  try {
    local = await startLocalPipeline({
      port,
      directory,
      log,
      onOutcome: (outcome) => {
        if (!seedsPending.delete(outcome.key)) process.stdout.write(formatOutcome(outcome) + reviewLine(outcome));
        else if (seedsPending.size === 0) seedsDone();
      },
    });
  } catch (err) {
    const inUse = (err as { code?: string }).code === 'EADDRINUSE';
    process.stderr.write(
      `mtqa local: cannot start the S3 emulator on 127.0.0.1:${port}: ${inUse ? 'the port is in use (set MTQA_LOCAL_PORT to another one)' : (err as Error).message}\n`,
    );
    return 1;
  }

  const { queued, orphans } = await local.recheck();
  if (queued > 0) process.stdout.write(`Re-checking ${queued} stored input${queued === 1 ? '' : 's'} whose report is missing or stale.\n`);
  if (orphans > 0) process.stdout.write(`Removing the reports of ${orphans} input${orphans === 1 ? '' : 's'} deleted while local mode was not running.\n`);
  const seedsChecked = new Promise<void>((resolve) => (seedsDone = resolve));
  const seedsDir = path.join(root, 'seeds');
  const seeds = seedFiles(seedsDir).map((name) => ({ key: `${local.config.inputPrefix}${name}`, file: path.join(seedsDir, name) }));
  seeds.forEach((s) => seedsPending.add(s.key));
  for (const { key, file } of seeds) await local.s3.send(new PutObjectCommand({ Bucket: local.bucket, Key: key, Body: readFileSync(file) }));
  if (seeds.length > 0) await seedsChecked;
  for (const { key } of seeds) {
    const verdict = classifyKey(key, local.config);
    const report = verdict.process ? await readReport(local, verdict.reportKey) : undefined;
    process.stdout.write(report && verdict.process ? formatReportSummary(verdict.reportKey, report) : `No report for ${key}; see the log above.\n`);
    if (report && verdict.process && local.config.htmlReports) process.stdout.write(`  review page: ${reviewUrl(verdict.reportKey)}\n`);
  }
  process.stdout.write(`\n${usage(local)}`);

  const signal = await untilSignal();
  process.stdout.write(`\nReceived ${signal}; refusing new requests and finishing the checks in progress.\n`);
  await local.close();
  return 0;
}
