import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './config.js';

const SECRET = 'a-production-secret-that-is-long-enough-0123456789';
const MFA_KEY = Buffer.alloc(32, 7).toString('base64');

/** The ConfigError thrown for `env`, or a test failure when none is thrown. */
function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error(`loadConfig(${JSON.stringify(env)}) did not throw`);
}

describe('loadConfig', () => {
  it('fills in development defaults from an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      isProduction: false,
      http: { host: '127.0.0.1', port: 3000, publicUrl: 'http://localhost:3000', trustProxy: 'loopback' },
      worker: { concurrency: 5 },
      database: { url: 'postgres://root@127.0.0.1:5432/kbc_account', poolSize: 10, migrationsRun: true },
      redis: { url: 'redis://127.0.0.1:6379', prefix: 'kbc' },
      mail: { smtpUrl: undefined, dir: 'var/mail' },
      session: { idleMinutes: 120, absoluteHours: 168, cookieSecure: false },
      emailVerificationHours: 48,
      logLevel: 'info',
    });
    expect(config.session.secret.length).toBeGreaterThanOrEqual(32);
  });

  it('reads only the object it is given, not process.env', () => {
    const before = process.env.PORT;
    process.env.PORT = '4321';
    try {
      expect(loadConfig({}).http.port).toBe(3000);
    } finally {
      if (before === undefined) delete process.env.PORT;
      else process.env.PORT = before;
    }
  });

  it('parses and converts the values it is given', () => {
    const config = loadConfig({
      PORT: '8080',
      WORKER_CONCURRENCY: '12',
      PUBLIC_URL: 'https://account.example.com//',
      TRUST_PROXY: '2',
      MIGRATIONS_RUN: 'no',
      COOKIE_SECURE: '0',
      SMTP_URL: 'smtp://mail.example.com:2525',
    });
    expect(config.http.port).toBe(8080);
    expect(config.worker.concurrency).toBe(12);
    expect(config.http.publicUrl).toBe('https://account.example.com'); // trailing slashes dropped
    expect(config.http.trustProxy).toBe(2);
    expect(config.database.migrationsRun).toBe(false);
    expect(config.session.cookieSecure).toBe(false); // explicit setting beats the https default
    expect(config.mail.smtpUrl).toBe('smtp://mail.example.com:2525');
  });

  it('makes cookies Secure by default when the public URL is https', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://account.example.com' }).session.cookieSecure).toBe(true);
    expect(loadConfig({ PUBLIC_URL: 'http://localhost:3000' }).session.cookieSecure).toBe(false);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['DATABASE_URL', 'mysql://x'],
    ['REDIS_URL', 'http://127.0.0.1:6379'],
    ['REDIS_PREFIX', 'has spaces'],
    ['SMTP_URL', 'mail.example.com'],
    ['PUBLIC_URL', 'not a url'],
    ['WORKER_CONCURRENCY', '0'],
    ['NODE_ENV', 'staging'],
    ['LOG_LEVEL', 'verbose'],
    ['MIGRATIONS_RUN', 'maybe'],
  ])('refuses malformed %s=%s with a ConfigError naming the variable', (name, value) => {
    const error = configError({ [name]: value });
    expect(error.name).toBe('ConfigError');
    expect(error.message).toContain(`${name}:`);
  });

  it('names every malformed variable in one message', () => {
    const error = configError({ PORT: 'abc', DATABASE_URL: 'mysql://x', REDIS_PREFIX: 'a b' });
    expect(error.message).toMatch(/PORT: /);
    expect(error.message).toMatch(/DATABASE_URL: must be a postgres:\/\/ URL/);
    expect(error.message).toMatch(/REDIS_PREFIX: /);
  });

  it('does not echo the offending values (they may be secrets)', () => {
    const error = configError({ DATABASE_URL: 'mysql://admin:hunter2-database@db/x', SESSION_SECRET: 'hunter2-short' });
    expect(error.message).toMatch(/DATABASE_URL/);
    expect(error.message).toMatch(/SESSION_SECRET: must be at least 32 characters/);
    expect(error.message).not.toContain('hunter2');
  });

  it('refuses production without SESSION_SECRET', () => {
    const error = configError({ NODE_ENV: 'production' });
    expect(error.message).toMatch(/SESSION_SECRET: required when NODE_ENV=production/);
  });

  it('refuses production without MFA_ENCRYPTION_KEY, and a key that is not 32 bytes', () => {
    expect(configError({ NODE_ENV: 'production', SESSION_SECRET: SECRET }).message).toMatch(/MFA_ENCRYPTION_KEY: required when NODE_ENV=production/);
    expect(configError({ MFA_ENCRYPTION_KEY: Buffer.alloc(16).toString('base64') }).message).toMatch(/MFA_ENCRYPTION_KEY: must be 32 bytes/);
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: SECRET, MFA_ENCRYPTION_KEY: MFA_KEY }).mfaEncryptionKey).toEqual(Buffer.alloc(32, 7));
  });

  it('accepts production with a long enough SESSION_SECRET, and uses it', () => {
    const config = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: SECRET, MFA_ENCRYPTION_KEY: MFA_KEY });
    expect(config.isProduction).toBe(true);
    expect(config.session.secret).toBe(SECRET);
  });

  it('never falls back to the development secret outside development and test', () => {
    const dev = loadConfig({}).session.secret;
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: SECRET, MFA_ENCRYPTION_KEY: MFA_KEY }).session.secret).not.toBe(dev);
  });

  describe('token expiry jobs', () => {
    it('defaults to a reminder 7 days ahead, a purge 30 days after expiry, both hourly', () => {
      expect(loadConfig({}).tokenExpiry).toEqual({ reminderDays: 7, purgeAfterDays: 30, scheduleMinutes: 60 });
    });

    it('reads TOKEN_EXPIRY_REMINDER_DAYS, TOKEN_PURGE_AFTER_DAYS and TOKEN_EXPIRY_SCHEDULE_MINUTES', () => {
      const config = loadConfig({ TOKEN_EXPIRY_REMINDER_DAYS: '14', TOKEN_PURGE_AFTER_DAYS: '90', TOKEN_EXPIRY_SCHEDULE_MINUTES: '15' });
      expect(config.tokenExpiry).toEqual({ reminderDays: 14, purgeAfterDays: 90, scheduleMinutes: 15 });
    });

    it('accepts the bounds: 1–365 reminder days, 1–3650 purge days, every 1–1440 minutes', () => {
      expect(loadConfig({ TOKEN_EXPIRY_REMINDER_DAYS: '1', TOKEN_PURGE_AFTER_DAYS: '1', TOKEN_EXPIRY_SCHEDULE_MINUTES: '1' }).tokenExpiry).toEqual({
        reminderDays: 1,
        purgeAfterDays: 1,
        scheduleMinutes: 1,
      });
      expect(loadConfig({ TOKEN_EXPIRY_REMINDER_DAYS: '365', TOKEN_PURGE_AFTER_DAYS: '3650', TOKEN_EXPIRY_SCHEDULE_MINUTES: '1440' }).tokenExpiry).toEqual({
        reminderDays: 365,
        purgeAfterDays: 3650,
        scheduleMinutes: 1440,
      });
    });

    it.each([
      ['TOKEN_EXPIRY_REMINDER_DAYS', '0'],
      ['TOKEN_EXPIRY_REMINDER_DAYS', '-7'],
      ['TOKEN_EXPIRY_REMINDER_DAYS', '1.5'],
      ['TOKEN_EXPIRY_REMINDER_DAYS', 'seven'],
      ['TOKEN_EXPIRY_REMINDER_DAYS', '366'],
      ['TOKEN_PURGE_AFTER_DAYS', '0'],
      ['TOKEN_PURGE_AFTER_DAYS', '3651'],
      ['TOKEN_PURGE_AFTER_DAYS', '30d'],
      ['TOKEN_EXPIRY_SCHEDULE_MINUTES', '0'],
      ['TOKEN_EXPIRY_SCHEDULE_MINUTES', '1441'],
      ['TOKEN_EXPIRY_SCHEDULE_MINUTES', '0.5'],
    ])('refuses %s=%s with a ConfigError naming the variable', (name, value) => {
      expect(configError({ [name]: value }).message).toContain(`${name}:`);
    });

    it('uses the defaults for empty values', () => {
      expect(loadConfig({ TOKEN_EXPIRY_REMINDER_DAYS: '', TOKEN_PURGE_AFTER_DAYS: '', TOKEN_EXPIRY_SCHEDULE_MINUTES: '' }).tokenExpiry).toEqual({
        reminderDays: 7,
        purgeAfterDays: 30,
        scheduleMinutes: 60,
      });
    });
  });

  describe('empty strings count as unset', () => {
    it('uses the default instead of failing to parse ""', () => {
      const config = loadConfig({ PORT: '', WORKER_CONCURRENCY: '', DATABASE_URL: '', LOG_LEVEL: '', MIGRATIONS_RUN: '' });
      expect(config.http.port).toBe(3000);
      expect(config.worker.concurrency).toBe(5);
      expect(config.database.url).toBe('postgres://root@127.0.0.1:5432/kbc_account');
      expect(config.logLevel).toBe('info');
      expect(config.database.migrationsRun).toBe(true);
    });

    it('treats SMTP_URL="" as no SMTP (file backend) rather than a malformed URL', () => {
      expect(loadConfig({ SMTP_URL: '' }).mail.smtpUrl).toBeUndefined();
    });

    it('still refuses production when SESSION_SECRET is ""', () => {
      expect(configError({ NODE_ENV: 'production', SESSION_SECRET: '' }).message).toMatch(/SESSION_SECRET: required/);
    });

    it('treats undefined values like missing ones', () => {
      expect(loadConfig({ PORT: undefined, SESSION_SECRET: undefined }).http.port).toBe(3000);
    });
  });
});
