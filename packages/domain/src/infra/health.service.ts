import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { REDIS } from './tokens.js';

export interface ReadinessCheck {
  status: 'up' | 'down';
  latencyMs: number;
  error?: string;
}

export interface Readiness {
  status: 'ready' | 'not_ready';
  checks: { postgres: ReadinessCheck; redis: ReadinessCheck };
}

async function timed(probe: () => Promise<unknown>, timeoutMs: number): Promise<ReadinessCheck> {
  const started = performance.now();
  try {
    await Promise.race([probe(), new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref())]);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (e) {
    return { status: 'down', latencyMs: Math.round(performance.now() - started), error: (e as Error).message };
  }
}

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async readiness(timeoutMs = 2000): Promise<Readiness> {
    const [postgres, redis] = await Promise.all([
      timed(() => this.dataSource.query('SELECT 1'), timeoutMs),
      timed(() => this.redis.ping(), timeoutMs),
    ]);
    return { status: postgres.status === 'up' && redis.status === 'up' ? 'ready' : 'not_ready', checks: { postgres, redis } };
  }
}
