import { isIP } from 'node:net';
import { z } from 'zod';

const url = (protocols: string[]) =>
  z.string().refine((v) => {
    try {
      return protocols.includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, `must be a URL starting with ${protocols.join(' or ')}//`);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: url(['postgres:', 'postgresql:']).default('postgres://loket:loket@127.0.0.1:5432/loket'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  REDIS_URL: url(['redis:', 'rediss:']).default('redis://127.0.0.1:6379'),
  REDIS_PREFIX: z.string().min(1).default('loket'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_URL: url(['smtp:', 'smtps:']).default('smtp://127.0.0.1:1025'),
  MAIL_FROM: z.string().email('must be an e-mail address').default('noreply@loket.local'),
  /** Where staff open a case from a notification e-mail. */
  AGENT_APP_URL: url(['http:', 'https:']).default('http://localhost:4300'),
  /** How often the worker's reconcilers rebuild lost jobs from PostgreSQL. */
  RECONCILE_EVERY_MS: z.coerce.number().int().min(500).max(3_600_000).default(30_000),
  /** How long a worker's claim on a running job lasts unrenewed: the jobs of a killed worker run again within about twice this. */
  JOB_LOCK_MS: z.coerce.number().int().min(1_000).max(600_000).default(30_000),
  /**
   * How far back a contact may be dated when it is logged afterwards. A year covers a letter
   * found late and a catch-up after the holidays; anything older would change reports that have
   * already gone out (the KPI period is at most a year).
   */
  CONTACT_MAX_AGE_DAYS: z.coerce.number().int().min(1).max(3660).default(365),
  /** How far ahead a callback may be agreed or moved: past this it would slip by every reminder and escalation. */
  CALLBACK_HORIZON_DAYS: z.coerce.number().int().min(1).max(3660).default(365),
  SESSION_TTL_HOURS: z.coerce.number().min(1).max(24 * 30).default(12),
  /** A staff session ends after this many minutes without a request (next to SESSION_TTL_HOURS). */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(2).max(24 * 60).default(30),
  /**
   * Which proxies may tell the API the client's address (X-Forwarded-For): `off`, a hop count,
   * or addresses/CIDRs and the names loopback, linklocal, uniquelocal, comma-separated.
   * The default trusts a proxy on the same machine only.
   */
  TRUST_PROXY: z
    .string()
    .default('loopback')
    .transform((v, ctx) => trustProxy(v, ctx)),
  /** Consecutive wrong passwords for one account before it is locked for a while. */
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(100).default(5),
  /** The first lock; each further lock of the same account lasts twice as long, up to LOGIN_LOCKOUT_MAX_SECONDS. */
  LOGIN_LOCKOUT_SECONDS: z.coerce.number().int().min(1).max(24 * 3600).default(60),
  LOGIN_LOCKOUT_MAX_SECONDS: z.coerce.number().int().min(1).max(24 * 3600).default(900),
  /** Failed logins from one client address within LOGIN_ADDRESS_WINDOW_SECONDS before it must wait. */
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(10_000).default(8),
  LOGIN_ADDRESS_WINDOW_SECONDS: z.coerce.number().int().min(1).max(24 * 3600).default(900),
  /** `off` only for measuring (bench); refused in production. */
  LOGIN_THROTTLE: z.enum(['on', 'off']).default('on'),
  /** The average number of requests an integration client may make per second (counted per client, over all API processes). */
  CLIENT_RATE_PER_SECOND: z.coerce.number().int().min(1).max(100_000).default(50),
  /** How many requests an integration client may make at once; counted in windows of BURST / PER_SECOND seconds. */
  CLIENT_RATE_BURST: z.coerce.number().int().min(1).max(1_000_000).default(250),
  /** Token requests (POST /auth/token) per client_id per minute, right secret or wrong; a token lasts 15 minutes. */
  CLIENT_TOKEN_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(30),
  /** Swagger UI at /api/docs and the document at /api/docs-json; off in production unless `true`. */
  API_DOCS: z.enum(['true', 'false']).optional(),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean)),
});

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** TRUST_PROXY as Fastify's `trustProxy` takes it: false, a hop count or a list of addresses. */
function trustProxy(value: string, ctx: z.RefinementCtx): false | number | string[] {
  const v = value.trim().toLowerCase();
  if (v === 'off' || v === 'false' || v === '') return false;
  if (/^\d+$/.test(v)) return Number(v);
  const entries = v.split(',').map((s) => s.trim()).filter(Boolean);
  const wrong = entries.filter((e) => {
    if (PROXY_NAMES.includes(e)) return false;
    const [address, bits, ...rest] = e.split('/');
    if (rest.length > 0 || !isIP(address)) return true;
    return bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= (isIP(address) === 6 ? 128 : 32));
  });
  if (wrong.length > 0 || entries.length === 0) {
    ctx.addIssue({
      code: 'custom',
      message: `must be off, a number of proxy hops, or addresses/CIDRs (or ${PROXY_NAMES.join(', ')}) separated by commas; "true" (trust anyone) is not accepted${wrong.length ? ` — not understood: ${wrong.join(', ')}` : ''}`,
    });
    return false;
  }
  return entries;
}

type ParsedConfig = z.infer<typeof schema>;
export type AppConfig = Omit<ParsedConfig, 'API_DOCS'> & { API_DOCS: boolean };

/** Raised when the environment is incomplete or malformed; names every offending variable. */
export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      'Invalid configuration:\n' + problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n'),
    );
  }
}

/**
 * Reads and validates the configuration. In production no variable that reaches a
 * database or a secret may fall back to a development default.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const problems: { variable: string; message: string }[] = [];
  if (cleaned['NODE_ENV'] === 'production') {
    for (const required of ['DATABASE_URL', 'REDIS_URL']) {
      if (!cleaned[required]) problems.push({ variable: required, message: 'is required in production' });
    }
  }
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ variable: String(issue.path[0]), message: issue.message });
    }
  }
  if (parsed.success && parsed.data.NODE_ENV === 'production' && parsed.data.LOGIN_THROTTLE === 'off') {
    problems.push({ variable: 'LOGIN_THROTTLE', message: 'may not be off in production' });
  }
  if (parsed.success && parsed.data.LOGIN_LOCKOUT_MAX_SECONDS < parsed.data.LOGIN_LOCKOUT_SECONDS) {
    problems.push({ variable: 'LOGIN_LOCKOUT_MAX_SECONDS', message: 'must be at least LOGIN_LOCKOUT_SECONDS' });
  }
  if (parsed.success && parsed.data.CLIENT_RATE_BURST < parsed.data.CLIENT_RATE_PER_SECOND) {
    problems.push({ variable: 'CLIENT_RATE_BURST', message: 'must be at least CLIENT_RATE_PER_SECOND' });
  }
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);
  const { API_DOCS, ...rest } = parsed.data;
  return { ...rest, API_DOCS: API_DOCS === undefined ? rest.NODE_ENV !== 'production' : API_DOCS === 'true' };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * The options of every job processor. Nest's `@Processor` takes them when the class is defined, before
 * the configuration module runs, so `JOB_LOCK_MS` is read here (a malformed value stops the process at
 * boot through `loadConfig`): the lock on a running job and the check for jobs whose worker died.
 */
export function processorOptions(concurrency = 1): { concurrency: number; lockDuration: number; stalledInterval: number } {
  const lock = schema.shape.JOB_LOCK_MS.safeParse(process.env['JOB_LOCK_MS'] || undefined);
  const ms = lock.success ? lock.data : 30_000;
  return { concurrency, lockDuration: ms, stalledInterval: ms };
}
