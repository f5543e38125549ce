import { APP_CONFIG, type AppConfig, JOBS, type JobDefinition, type QueueName, QueueService, REDIS, schedules } from '@kbc/domain';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { JOB_HANDLERS, type JobHandler } from './job-handler.js';

/**
 * Starts one BullMQ worker per queue and routes each job to its handler by name. Boot fails
 * when a job in the contract has no handler, or two; payloads are validated before handling.
 */
@Injectable()
export class WorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerHost.name);
  private readonly workers: Worker[] = [];
  private readonly connections: Redis[] = [];
  private readonly routes = new Map<string, JobHandler>();

  constructor(
    @Inject(JOB_HANDLERS) handlers: JobHandler[],
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly queues: QueueService,
  ) {
    for (const h of handlers) {
      const key = routeKey(h.definition);
      if (this.routes.has(key)) throw new Error(`Two handlers for job ${key}`);
      this.routes.set(key, h);
    }
    const missing = JOBS.filter((j) => !this.routes.has(routeKey(j))).map(routeKey);
    if (missing.length) throw new Error(`No handler for job(s): ${missing.join(', ')}`);
  }

  async onApplicationBootstrap(): Promise<void> {
    // Job schedulers are keyed by id in Redis: several worker processes upserting the same id
    // still produce one schedule, so each repeatable job runs once cluster-wide per tick. Upserting
    // also applies a changed interval (e.g. TOKEN_EXPIRY_SCHEDULE_MINUTES) to the existing scheduler.
    for (const s of schedules(this.config)) {
      await this.queues.queue(s.job.queue).upsertJobScheduler(s.id, { every: s.everyMs }, { name: s.job.name, data: {}, opts: s.job.options });
    }
    const queueNames = [...new Set(JOBS.map((j) => j.queue))];
    for (const name of queueNames) this.workers.push(this.startWorker(name));
    this.logger.log({ queues: queueNames, concurrency: this.config.worker.concurrency }, 'worker started');
  }

  private startWorker(queue: QueueName): Worker {
    // A worker blocks on its connection while waiting for jobs, so each gets its own.
    const connection = this.redis.duplicate();
    this.connections.push(connection);
    const worker = new Worker(queue, (job) => this.process(queue, job), {
      connection,
      prefix: this.config.redis.prefix,
      concurrency: this.config.worker.concurrency,
    });
    worker.on('failed', (job, err) =>
      this.logger.warn({ queue, job: job?.name, jobId: job?.id, attempt: job?.attemptsMade, err: err.message }, 'job failed'),
    );
    worker.on('error', (err) => this.logger.error({ queue, err: err.message }, 'worker error'));
    return worker;
  }

  private async process(queue: QueueName, job: Job): Promise<unknown> {
    const handler = this.routes.get(`${queue}:${job.name}`);
    if (!handler) throw new UnrecoverableError(`No handler for ${queue}:${job.name}`);
    const parsed = handler.definition.payload.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`Invalid payload for ${queue}:${job.name}: ${parsed.error.message}`);
    return handler.handle(parsed.data, job);
  }

  async onApplicationShutdown(): Promise<void> {
    // Lets running jobs finish; waiting jobs stay in Redis for the next worker.
    await Promise.all(this.workers.map((w) => w.close()));
    // BullMQ leaves connections it was given open; they are ours to close.
    await Promise.all(this.connections.map((c) => c.quit().catch(() => c.disconnect())));
  }
}

const routeKey = (j: JobDefinition) => `${j.queue}:${j.name}`;
