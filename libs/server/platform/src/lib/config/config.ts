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
  /**
   * How far back a contact may be dated when it is logged afterwards. A year covers a letter
   * found late and a catch-up after the holidays; anything older would change reports that have
   * already gone out (the KPI period is at most a year).
   */
  CONTACT_MAX_AGE_DAYS: z.coerce.number().int().min(1).max(3660).default(365),
  /** How far ahead a callback may be agreed or moved: past this it would slip by every reminder and escalation. */
  CALLBACK_HORIZON_DAYS: z.coerce.number().int().min(1).max(3660).default(365),
  SESSION_TTL_HOURS: z.coerce.number().min(1).max(24 * 30).default(12),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean)),
});

export type AppConfig = z.infer<typeof schema>;

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
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);
  return parsed.data;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
