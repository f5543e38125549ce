import { type AppConfig, MailService, QueueService, createDataSource, loadConfig } from '@kbc/domain';
import { TestSmtpServer, dropDatabase, flushRedisPrefix, testEnv, throwawayDatabaseUrl } from '@kbc/testing';
import type { INestApplicationContext } from '@nestjs/common';
import type { Job, JobState } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { createWorker } from '../src/worker.js';

export type DataSource = ReturnType<typeof createDataSource>;

export interface MailRow {
  id: string;
  to_address: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  last_error: string | null;
  sent_at: Date | null;
}

export interface WorkerStack {
  config: AppConfig;
  smtp: TestSmtpServer;
  /** The worker processes (in-process Nest contexts), all on the same database and Redis prefix. */
  workers: INestApplicationContext[];
  /** Domain services of the first worker, for producing mail as the API would. */
  mail: MailService;
  queues: QueueService;
  /** The test's own connection to the worker's database. */
  db: DataSource;
  /** Writes a verify-email message to the outbox in its own transaction, as the API does; does not enqueue it. */
  compose(to: string, name?: string): Promise<string>;
  /** compose + dispatch. */
  send(to: string, name?: string): Promise<string>;
  row(id: string): Promise<MailRow>;
  /** Messages the SMTP server received for `to`. */
  received(to: string): number;
  close(): Promise<void>;
}

/**
 * The worker for real, in-process: it creates and migrates a throwaway PostgreSQL database on
 * boot, uses an isolated Redis key prefix and delivers to an in-process SMTP server. With
 * `workers` > 1, that many workers boot at the same time, as replicas of a deployment do.
 */
export async function startWorkerStack(label: string, opts: { workers?: number; env?: Record<string, string> } = {}): Promise<WorkerStack> {
  const smtp = await new TestSmtpServer().start();
  const databaseUrl = throwawayDatabaseUrl(`worker_${label}`);
  const prefix = `kbctest-worker-${label}-${randomBytes(3).toString('hex')}`;
  const config = loadConfig(testEnv({ databaseUrl, smtpUrl: smtp.url, prefix, extra: opts.env }));
  const workers: INestApplicationContext[] = [];
  let db: DataSource | undefined;

  const close = async () => {
    if (db?.isInitialized) await db.destroy();
    // Closing a worker lets its running jobs finish first.
    for (const w of workers.splice(0).reverse()) await w.close();
    await smtp.stop();
    await flushRedisPrefix(prefix);
    await dropDatabase(databaseUrl);
  };

  try {
    const booted = await Promise.allSettled(Array.from({ length: opts.workers ?? 1 }, () => createWorker(config)));
    for (const b of booted) if (b.status === 'fulfilled') workers.push(b.value);
    const failed = booted.find((b) => b.status === 'rejected');
    if (failed) throw failed.reason;
    const worker = workers[0]!;
    db = createDataSource(databaseUrl, 4);
    await db.initialize();
    const dataSource = db;
    const mail = worker.get(MailService);
    const queues = worker.get(QueueService);

    const compose = async (to: string, name = 'Test User') => {
      const url = `${config.http.publicUrl}/verify-email?token=${randomBytes(8).toString('hex')}`;
      const message = await dataSource.transaction((em) => mail.compose(em, 'verify-email', to, { name, url, hours: 48 }));
      return message.id;
    };

    return {
      config,
      smtp,
      workers,
      mail,
      queues,
      db: dataSource,
      compose,
      async send(to, name) {
        const id = await compose(to, name);
        await mail.dispatch({ id });
        return id;
      },
      async row(id) {
        const rows: MailRow[] = await dataSource.query(
          'SELECT id, to_address, status, attempts, last_error, sent_at FROM mail_messages WHERE id = $1',
          [id],
        );
        if (!rows[0]) throw new Error(`No mail_messages row ${id}`);
        return rows[0];
      },
      received: (to) => smtp.messages.filter((m) => m.to.includes(to)).length,
      close,
    };
  } catch (e) {
    await close().catch(() => undefined);
    throw e;
  }
}

/** Retries `check` (an assertion) until it passes or `timeoutMs` runs out, then rethrows its last failure. */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 10_000, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() >= deadline) throw e;
      await sleep(intervalMs);
    }
  }
}

/** Waits until the job reaches one of `states`; returns it loaded after that (so its fields match the state). */
export async function waitForJobState(stack: WorkerStack, queue: 'email' | 'maintenance', jobId: string, states: JobState[], timeoutMs = 10_000): Promise<Job> {
  const q = stack.queues.queue(queue);
  await eventually(async () => {
    const state = await q.getJobState(jobId);
    if (!states.includes(state as JobState)) throw new Error(`job ${jobId} is ${state}, waiting for ${states.join('/')}`);
  }, timeoutMs);
  const job = await q.getJob(jobId);
  if (!job) throw new Error(`job ${jobId} disappeared`);
  return job;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

let counter = 0;
/** A unique recipient per call, so tests sharing a database and SMTP server never collide. */
export const uniqueEmail = (hint = 'user') => `${hint}.${Date.now().toString(36)}${(counter++).toString(36)}@example.com`;
