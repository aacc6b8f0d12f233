// A small structured logger: one JSON object per line, which CloudWatch Logs Insights indexes
// without a parser. It writes to the stream directly (not console.*) so that the Lambda runtime
// does not prefix the line with its own text fields. Callers pass identifiers, sizes, codes and
// timings only: document text must never be logged.

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line (e.g. the request id). */
  child(fields: LogFields): Logger;
}

export interface LoggerOptions {
  level?: string;
  /** Defaults to process.stdout. */
  write?: (line: string) => void;
  fields?: LogFields;
}

export function parseLevel(value: string | undefined, fallback: LogLevel = 'info'): LogLevel {
  const v = value?.toLowerCase();
  return v !== undefined && v in RANK ? (v as LogLevel) : fallback;
}

/** Errors do not survive JSON.stringify; keep what helps diagnose an S3 or SDK failure. */
function serialiseError(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  const meta = (err as { $metadata?: { httpStatusCode?: number; requestId?: string; attempts?: number } }).$metadata;
  return {
    name: err.name,
    message: err.message,
    ...(meta && { httpStatusCode: meta.httpStatusCode, requestId: meta.requestId, attempts: meta.attempts }),
    stack: err.stack,
  };
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = RANK[parseLevel(options.level)];
  const write = options.write ?? ((line: string) => process.stdout.write(line));
  const base = options.fields ?? {};
  const emit = (level: Exclude<LogLevel, 'silent'>, message: string, fields?: LogFields): void => {
    if (RANK[level] < threshold) return;
    const entry: LogFields = { level: level.toUpperCase(), timestamp: new Date().toISOString(), message, ...base };
    for (const [k, v] of Object.entries(fields ?? {})) entry[k] = k === 'error' ? serialiseError(v) : v;
    write(`${JSON.stringify(entry)}\n`);
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    child: (fields) => createLogger({ ...options, fields: { ...base, ...fields } }),
  };
}
