import { Redis } from 'ioredis';
import { ServiceUnavailableError, redactUrl } from '../db/database.js';

const REDIS_START_HINT = 'start it with: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no';

/**
 * A Redis connection for BullMQ and counters. `maxRetriesPerRequest: null` is what BullMQ
 * workers require; commands wait for a reconnect instead of failing during a blip.
 */
export function createRedis(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, lazyConnect: true });
}

/** Connects and pings once; fails with one readable line naming the URL. */
export async function connectRedis(url: string): Promise<Redis> {
  const redis = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: true, retryStrategy: () => null, connectTimeout: 5000 });
  let lastError: Error | undefined;
  const remember = (e: Error) => (lastError = e);
  redis.on('error', remember);
  try {
    await redis.connect();
    await redis.ping();
  } catch (e) {
    redis.disconnect();
    const reason = lastError?.message ?? (e as Error).message;
    throw new ServiceUnavailableError(`Redis at ${redactUrl(url)} is unreachable (${reason}); ${REDIS_START_HINT}`);
  }
  redis.off('error', remember);
  // Errors after boot (a Redis restart) are retried by ioredis; log-worthy but not fatal.
  redis.on('error', () => undefined);
  // Reachable: from now on reconnect after blips rather than giving up.
  redis.options.retryStrategy = (times: number) => Math.min(times * 200, 5000);
  return redis;
}

/** Checks Redis once and closes the probe connection. */
export async function checkRedis(url: string): Promise<void> {
  const redis = await connectRedis(url);
  await redis.quit();
}
