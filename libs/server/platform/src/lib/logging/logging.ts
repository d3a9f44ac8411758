import { RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { LoggerOptions } from 'pino';
import { APP_CONFIG, AppConfig } from '../config/config';

/**
 * Paths that hold personal data or secrets. pino replaces them with "[redacted]" wherever
 * they appear in a log line (request bodies are never logged in full).
 */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'password',
  '*.password',
  'email',
  '*.email',
  'phoneNumbers',
  '*.phoneNumbers',
  'birthDate',
  '*.birthDate',
  'firstName',
  '*.firstName',
  'lastName',
  '*.lastName',
  'address',
  '*.address',
  'note',
  '*.note',
  'accessToken',
  '*.accessToken',
];

/**
 * Keys whose values are personal data (or secrets) wherever they are nested, compared without
 * case, `_` or `-`. Checked on every log line by `censorPersonalData`.
 */
const PERSONAL_KEYS = new Set(
  [
    'password', 'passwordHash', 'email', 'recipient', 'to', 'phone', 'phoneNumbers', 'e164', 'birthDate',
    'firstName', 'lastName', 'namePrefix', 'initials', 'displayName', 'fullName', 'address', 'street',
    'houseNumber', 'postcode', 'city', 'note', 'notes', 'internalNote', 'summary', 'subject', 'body', 'text',
    'comment', 'q', 'query', 'parameters', 'detail', 'accessToken', 'token', 'authorization', 'cookie',
  ].map((k) => k.toLowerCase()),
);
const normalizeKey = (k: string) => k.replace(/[_-]/g, '').toLowerCase();
const CENSOR = '[redacted]';

/** A copy of `value` with every personal-data key replaced, at any depth and inside arrays. */
export function censorPersonalData(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return safeError(value);
  if (depth > 8) return '[too deep]';
  if (Array.isArray(value)) return value.map((v) => censorPersonalData(v, depth + 1));
  if (value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = PERSONAL_KEYS.has(normalizeKey(k)) ? CENSOR : censorPersonalData(v, depth + 1);
  return out;
}

/**
 * pino-http puts the raw request and response (Node's IncomingMessage and ServerResponse) under
 * `req` and `res`; their serializers keep only value-free fields (method, path without query
 * string, id; status code and headers). Walking and copying those large objects on every request
 * line cost about a tenth of the API's throughput, so the censor leaves them to the serializers.
 * A plain object under those keys is censored like any other.
 */
const SERIALIZED_KEYS = new Set(['req', 'res']);

/** One log line's object with personal data censored (see `censorPersonalData`). */
export function censorLogLine(object: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(object)) {
    const raw = SERIALIZED_KEYS.has(k) && typeof v === 'object' && v !== null && Object.getPrototypeOf(v) !== Object.prototype;
    out[k] = raw ? v : PERSONAL_KEYS.has(normalizeKey(k)) ? CENSOR : censorPersonalData(v, 1);
  }
  return out;
}

/**
 * A stable name for a SQL statement that holds no values: the verb, the first table and a
 * short hash of the text, e.g. `insert customers #3f9c2a1b`. Find the statement by the hash.
 */
export function queryName(sql: string): string {
  const text = sql.replace(/\s+/g, ' ').trim();
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 8);
  const verb = /\b(select|insert|update|delete)\b/i.exec(text)?.[1] ?? 'sql';
  const table = /\b(?:from|into|update|join)\s+"?([a-z_][a-z0-9_]*)"?/i.exec(text)?.[1];
  return `${verb.toLowerCase()}${table ? ` ${table}` : ''} #${hash}`;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;
const stackFrames = (stack: string | undefined) =>
  (stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).slice(0, 15).map((line) => line.trim());
// Values in free text: e-mail addresses, phone-like digit runs, Dutch postcodes, anything quoted.
const scrub = (text: string) =>
  text
    .replace(/[^\s@<>()"']+@[^\s@<>()"']+/g, '[e-mail]')
    .replace(/\+?\d[\d\s-]{6,}\d/g, '[number]')
    .replace(/\b\d{4}\s?[A-Za-z]{2}\b/g, '[postcode]')
    .replace(/"[^"]*"|'[^']*'|\([^)]*=[^)]*\)/g, '[value]')
    .slice(0, 300);

/**
 * What a log line may say about an error: its class, SQLSTATE and query name for a database
 * error, the stack frames — never the SQL parameters, the driver's detail (which quotes values,
 * as in `Key (email)=(…)`) or a database error's message. Other messages are scrubbed of values.
 */
export function safeError(error: unknown): Record<string, unknown> {
  if (isSafeError(error)) return error;
  if (!(error instanceof Error)) return { class: typeof error };
  const e = error as Error & { code?: unknown; query?: unknown; driverError?: { code?: unknown }; statusCode?: unknown };
  const code = typeof e.code === 'string' ? e.code : typeof e.driverError?.code === 'string' ? e.driverError.code : undefined;
  const database = e.constructor?.name === 'QueryFailedError' || e.driverError !== undefined || (code !== undefined && SQLSTATE.test(code));
  return {
    class: e.constructor?.name ?? 'Error',
    ...(code ? { code } : {}),
    ...(typeof e.query === 'string' ? { queryName: queryName(e.query) } : {}),
    ...(database ? {} : { message: scrub(e.message ?? '') }),
    stack: stackFrames(e.stack),
  };
}

const isSafeError = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !(v instanceof Error) && typeof (v as { class?: unknown }).class === 'string' && Array.isArray((v as { stack?: unknown }).stack);

/** The pino options every Loket process logs with (the API adds request logging on top). */
export function pinoOptions(config: Pick<AppConfig, 'LOG_LEVEL'>): LoggerOptions {
  return {
    level: config.LOG_LEVEL,
    redact: { paths: REDACT_PATHS, censor: CENSOR },
    serializers: { err: safeError, error: safeError },
    formatters: { log: censorLogLine },
  };
}

/**
 * The pino logger of every Loket process. With `http` (the API) each request is logged too,
 * with its correlation id and the path without its query string; without it (the worker) the
 * same options, levels and redaction apply to its own lines.
 */
export function loggerModule(options: { http: boolean }) {
  return LoggerModule.forRootAsync({
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig) => (options.http ? httpLoggerParams(config) : { pinoHttp: pinoOptions(config) }),
  });
}

function httpLoggerParams(config: AppConfig) {
  return {
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      ...pinoOptions(config),
      genReqId: (req: IncomingMessage) => (req as IncomingMessage & { id?: string }).id ?? '',
      customProps: (req: IncomingMessage) => ({ correlationId: (req as IncomingMessage & { id?: string }).id }),
      serializers: {
        ...pinoOptions(config).serializers,
        // The query string may hold a name, phone number or postcode someone searched for.
        req: (req: { method: string; url: string; id: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url.split('?')[0],
        }),
      },
      autoLogging: { ignore: (req: IncomingMessage) => (req.url ?? '').startsWith('/api/v1/health') },
    },
  };
}
