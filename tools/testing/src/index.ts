export * from './database.js';
export * from './http-client.js';
export * from './smtp.js';

/** Environment for a process under test: its own database, Redis key prefix and SMTP server. */
export function testEnv(opts: { databaseUrl: string; smtpUrl?: string; prefix: string; port?: number; extra?: Record<string, string> }): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: opts.databaseUrl,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: opts.prefix,
    ...(opts.smtpUrl ? { SMTP_URL: opts.smtpUrl } : {}),
    PUBLIC_URL: `http://localhost:${opts.port ?? 3000}`,
    PORT: String(opts.port ?? 3000),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    // Suites sign up many users from 127.0.0.1.
    SIGNUPS_PER_IP_PER_HOUR: '10000',
    ...opts.extra,
  };
}

/** Deletes every Redis key under a test's prefix. */
export async function flushRedisPrefix(prefix: string, url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'): Promise<void> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(url);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
