import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DomainError } from '../errors/domain-error.js';
import { sha256 } from '../infra/crypto.js';
import { REDIS } from '../infra/tokens.js';

export interface RateLimitRule {
  /** Names the counter family, e.g. `login:ip`. */
  name: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Fixed-window counters in Redis, shared by every API process. Keys carry a hash of the subject
 * (an e-mail, an IP) so that no personal data sits in Redis key names.
 */
@Injectable()
export class RateLimiter {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private key(rule: RateLimitRule, subject: string): string {
    return `${this.config.redis.prefix}:rl:${rule.name}:${sha256(subject).toString('base64url').slice(0, 22)}`;
  }

  /** Throws `rate_limited` (with retry-after) when the subject is already over the limit. */
  async assertUnder(rule: RateLimitRule, subject: string): Promise<void> {
    const key = this.key(rule, subject);
    const [count, ttl] = await Promise.all([this.redis.get(key), this.redis.pttl(key)]);
    if (count !== null && Number(count) >= rule.limit) this.refuse(ttl);
  }

  /** Counts one event; throws `rate_limited` when this event goes over the limit. */
  async hit(rule: RateLimitRule, subject: string): Promise<void> {
    const key = this.key(rule, subject);
    const [[, count], [, ttl]] = (await this.redis
      .multi()
      .incr(key)
      .pttl(key)
      .exec()) as [[null, number], [null, number]];
    if (ttl < 0) await this.redis.pexpire(key, rule.windowSeconds * 1000);
    if (count > rule.limit) this.refuse(ttl < 0 ? rule.windowSeconds * 1000 : ttl);
  }

  async reset(rule: RateLimitRule, subject: string): Promise<void> {
    await this.redis.del(this.key(rule, subject));
  }

  private refuse(ttlMs: number): never {
    const retryAfterSeconds = Math.max(1, Math.ceil(ttlMs / 1000));
    throw new DomainError('rate_limited', 'rate_limited', `Too many attempts. Try again in ${formatWait(retryAfterSeconds)}.`, {
      retryAfterSeconds,
    });
  }
}

function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
