import { createHash } from 'node:crypto';
import { z } from 'zod';

/** Raised when the environment is missing or malformed; the message names the variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const positiveInt = z.coerce.number().int().positive();

/**
 * Every environment variable the API, worker and CLI read. Defaults fit the development
 * machine (PostgreSQL and Redis on 127.0.0.1); production must set the secrets.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: positiveInt.max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  TRUST_PROXY: z.string().default('loopback'),
  WORKER_CONCURRENCY: positiveInt.max(100).default(5),
  PUBLIC_URL: z.url().default('http://localhost:3000'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').default('postgres://root@127.0.0.1:5432/kbc_account'),
  DATABASE_POOL_SIZE: positiveInt.max(200).default(10),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// URL').default('redis://127.0.0.1:6379'),
  REDIS_PREFIX: z.string().regex(/^[A-Za-z0-9:_-]+$/, 'letters, digits, ":", "_" and "-" only').default('kbc'),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional(),
  MAIL_FROM: z.string().min(3).default('Keboola Connection <no-reply@keboola.com>'),
  MAIL_DIR: z.string().min(1).default('var/mail'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  MFA_ENCRYPTION_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded (openssl rand -base64 32)')
    .optional(),
  SESSION_IDLE_MINUTES: positiveInt.default(120),
  SESSION_ABSOLUTE_HOURS: positiveInt.default(24 * 7),
  COOKIE_SECURE: bool.optional(),
  EMAIL_VERIFICATION_HOURS: positiveInt.default(48),
  SIGNUPS_PER_IP_PER_HOUR: positiveInt.default(20),
  MANAGE_TOKEN_MAX_DAYS: positiveInt.max(3650).default(365),
  TOKEN_EXPIRY_REMINDER_DAYS: positiveInt.max(365).default(7),
  TOKEN_PURGE_AFTER_DAYS: positiveInt.max(3650).default(30),
  // At most daily: a reminder goes out within one interval of its token entering the window.
  TOKEN_EXPIRY_SCHEDULE_MINUTES: positiveInt.max(24 * 60).default(60),
  MIGRATIONS_RUN: bool.default(true),
  PORTAL_DIST: z.string().optional(),
  CONSOLE_DIST: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof envSchema>;

export interface AppConfig {
  env: Env['NODE_ENV'];
  isProduction: boolean;
  http: { host: string; port: number; publicUrl: string; trustProxy: string | boolean | number };
  worker: { concurrency: number };
  database: { url: string; poolSize: number; migrationsRun: boolean };
  redis: { url: string; prefix: string };
  mail: { smtpUrl: string | undefined; from: string; dir: string };
  session: { secret: string; idleMinutes: number; absoluteHours: number; cookieSecure: boolean };
  /** AES-256-GCM key for MFA secrets at rest. */
  mfaEncryptionKey: Buffer;
  emailVerificationHours: number;
  signupsPerIpPerHour: number;
  manageTokens: { maxDays: number };
  /** The worker's token-expiry jobs: remind owners `reminderDays` ahead, delete tokens `purgeAfterDays` past expiry. */
  tokenExpiry: { reminderDays: number; purgeAfterDays: number; scheduleMinutes: number };
  static: { portalDist: string | undefined; consoleDist: string | undefined };
  logLevel: Env['LOG_LEVEL'];
}

/** A fixed development secret: fine on a laptop, refused in production (see below). */
const DEV_SESSION_SECRET = 'development-only-secret-change-me-in-production!';

export function loadConfig(source: Record<string, string | undefined> = process.env): AppConfig {
  // Empty strings mean "unset", as in most .env tooling.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration — ${lines.join('; ')}`);
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  if (isProduction && !e.SESSION_SECRET) {
    throw new ConfigError('Invalid configuration — SESSION_SECRET: required when NODE_ENV=production (at least 32 random characters)');
  }
  if (isProduction && !e.MFA_ENCRYPTION_KEY) {
    throw new ConfigError('Invalid configuration — MFA_ENCRYPTION_KEY: required when NODE_ENV=production (32 bytes, base64: openssl rand -base64 32)');
  }
  return {
    env: e.NODE_ENV,
    isProduction,
    http: { host: e.HOST, port: e.PORT, publicUrl: e.PUBLIC_URL.replace(/\/+$/, ''), trustProxy: parseTrustProxy(e.TRUST_PROXY) },
    worker: { concurrency: e.WORKER_CONCURRENCY },
    database: { url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE, migrationsRun: e.MIGRATIONS_RUN },
    redis: { url: e.REDIS_URL, prefix: e.REDIS_PREFIX },
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, dir: e.MAIL_DIR },
    session: {
      secret: e.SESSION_SECRET ?? DEV_SESSION_SECRET,
      idleMinutes: e.SESSION_IDLE_MINUTES,
      absoluteHours: e.SESSION_ABSOLUTE_HOURS,
      cookieSecure: e.COOKIE_SECURE ?? e.PUBLIC_URL.startsWith('https://'),
    },
    mfaEncryptionKey: e.MFA_ENCRYPTION_KEY
      ? Buffer.from(e.MFA_ENCRYPTION_KEY, 'base64')
      : createHash('sha256').update('development-only-mfa-key').digest(),
    emailVerificationHours: e.EMAIL_VERIFICATION_HOURS,
    signupsPerIpPerHour: e.SIGNUPS_PER_IP_PER_HOUR,
    manageTokens: { maxDays: e.MANAGE_TOKEN_MAX_DAYS },
    tokenExpiry: {
      reminderDays: e.TOKEN_EXPIRY_REMINDER_DAYS,
      purgeAfterDays: e.TOKEN_PURGE_AFTER_DAYS,
      scheduleMinutes: e.TOKEN_EXPIRY_SCHEDULE_MINUTES,
    },
    static: { portalDist: e.PORTAL_DIST, consoleDist: e.CONSOLE_DIST },
    logLevel: e.LOG_LEVEL,
  };
}

/** Injection token for the validated config object. */
export const APP_CONFIG = Symbol('APP_CONFIG');

/** Express's `trust proxy`: true/false, a hop count, or a list of subnets/names ("loopback"). */
function parseTrustProxy(v: string): string | boolean | number {
  if (v === 'true' || v === 'false') return v === 'true';
  return /^\d+$/.test(v) ? Number(v) : v;
}
