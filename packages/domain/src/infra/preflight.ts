import type { AppConfig } from '../config/config.js';
import { ensureDatabase } from '../db/database.js';
import { checkRedis } from './redis.js';

/**
 * Run before the Nest container boots: checks PostgreSQL (creating the database when missing)
 * and Redis, so that an unreachable service stops the process with one readable line instead
 * of a dependency-injection stack trace.
 */
export async function preflight(config: AppConfig): Promise<void> {
  await ensureDatabase(config.database.url);
  await checkRedis(config.redis.url);
}
