// `mtqa local` / `npm start`: the whole pipeline on this machine, no AWS account needed. Starts the
// S3 emulator, uploads seeds/ into the input prefix, prints the seed reports and how to upload
// more, then keeps serving until SIGINT/SIGTERM.
// Environment: MTQA_LOCAL_PORT (default 4569), MTQA_LOCAL_DIR (emulator data; default .local-s3/
// in the package root), LOG_LEVEL (handler logs on stderr; default warn).

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { Report } from '../../lib/types.js';
import { classifyKey } from '../keys.js';
import { createLogger } from '../log.js';
import { formatOutcome, formatReportSummary } from './summary.js';
import { LOCAL_CREDENTIALS, startLocalPipeline, type LocalPipeline } from './server.js';

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

async function uploadSeeds(local: LocalPipeline, seedsDir: string): Promise<string[]> {
  if (!existsSync(seedsDir)) return [];
  const keys: string[] = [];
  for (const name of readdirSync(seedsDir).sort()) {
    const file = path.join(seedsDir, name);
    if (!statSync(file).isFile()) continue;
    const key = `${local.config.inputPrefix}${name}`;
    await local.s3.send(new PutObjectCommand({ Bucket: local.bucket, Key: key, Body: readFileSync(file) }));
    keys.push(key);
  }
  return keys;
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
    'AWS_REGION=us-east-1',
    // Recent AWS CLIs add streaming checksums that this emulator would store as part of the file.
    'AWS_REQUEST_CHECKSUM_CALCULATION=WHEN_REQUIRED',
  ].join(' ');
  return [
    `Local S3 at ${endpoint}, bucket ${local.bucket} (access key ${LOCAL_CREDENTIALS.accessKeyId}, secret ${LOCAL_CREDENTIALS.secretAccessKey}).`,
    `Drop text files into ${s3}/${local.config.inputPrefix}; reports appear in ${s3}/${local.config.reportPrefix}<same path>.report.json`,
    'With the AWS CLI (any S3 client works the same way):',
    `  export ${env}`,
    `  aws --endpoint-url ${endpoint} s3 cp my-file.txt ${s3}/${local.config.inputPrefix}`,
    `  aws --endpoint-url ${endpoint} s3 cp ${s3}/${local.config.reportPrefix}my-file.txt.report.json -`,
    'Press Ctrl+C to stop.',
    '',
  ].join('\n');
}

function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export async function runLocal(): Promise<number> {
  const port = parsePort(process.env.MTQA_LOCAL_PORT);
  if (port === undefined) {
    process.stderr.write(`mtqa local: MTQA_LOCAL_PORT must be a port number, not "${process.env.MTQA_LOCAL_PORT}"\n`);
    return 2;
  }
  // The SDK warns on Node < 22 about its releases after January 2027; mtqa pins its SDK version,
  // so on a terminal the warning is only noise.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const root = packageRoot();
  // Handler logs are JSON for CloudWatch; on a terminal only warnings and errors are worth showing.
  const log = createLogger({ level: process.env.LOG_LEVEL ?? 'warn', write: (line) => process.stderr.write(line) });
  let seeding = true;
  let local: LocalPipeline;
  try {
    local = await startLocalPipeline({
      port,
      directory: process.env.MTQA_LOCAL_DIR || path.join(root, '.local-s3'),
      log,
      onOutcome: (outcome) => {
        if (!seeding) process.stdout.write(formatOutcome(outcome));
      },
    });
  } catch (err) {
    const inUse = (err as { code?: string }).code === 'EADDRINUSE';
    process.stderr.write(
      `mtqa local: cannot start the S3 emulator on 127.0.0.1:${port}: ${inUse ? 'the port is in use (set MTQA_LOCAL_PORT to another one)' : (err as Error).message}\n`,
    );
    return 1;
  }

  const seeds = await uploadSeeds(local, path.join(root, 'seeds'));
  await local.idle();
  seeding = false;
  for (const key of seeds) {
    const verdict = classifyKey(key, local.config);
    const report = verdict.process ? await readReport(local, verdict.reportKey) : undefined;
    process.stdout.write(report && verdict.process ? formatReportSummary(verdict.reportKey, report) : `No report for ${key}; see the log above.\n`);
  }
  process.stdout.write(`\n${usage(local)}`);

  const signal = await untilSignal();
  process.stdout.write(`\nReceived ${signal}; stopping.\n`);
  await local.close();
  return 0;
}
