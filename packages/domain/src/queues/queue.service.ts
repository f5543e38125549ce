import { Inject, Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { REDIS } from '../infra/tokens.js';
import type { JobDefinition, JobPayload, QueueName } from './queue-contract.js';

/** Producer side of the queues: validates the payload and applies the job's declared options. */
@Injectable()
export class QueueService {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  queue(name: QueueName): Queue {
    let q = this.queues.get(name);
    if (!q) {
      q = new Queue(name, { connection: this.redis, prefix: this.config.redis.prefix });
      this.queues.set(name, q);
    }
    return q;
  }

  async add<J extends JobDefinition>(job: J, payload: JobPayload<J>, opts: { jobId?: string; delay?: number } = {}): Promise<void> {
    const data = job.payload.parse(payload);
    await this.queue(job.queue).add(job.name, data, { ...job.options, ...opts });
  }

  async addBulk<J extends JobDefinition>(job: J, items: { payload: JobPayload<J>; jobId?: string }[]): Promise<void> {
    if (items.length === 0) return;
    await this.queue(job.queue).addBulk(
      items.map((i) => ({ name: job.name, data: job.payload.parse(i.payload), opts: { ...job.options, jobId: i.jobId } })),
    );
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}
