import { z } from 'zod';
import type { JobsOptions } from 'bullmq';
import type { AppConfig } from '../config/config.js';

/**
 * The queue contract: queue names, job names, payload schemas and BullMQ options live here and
 * nowhere else. Renaming a queue or job orphans jobs already in Redis, so don't do it lightly.
 */
export const QUEUE_NAMES = ['email', 'maintenance'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface JobDefinition<P extends z.ZodType = z.ZodType> {
  queue: QueueName;
  name: string;
  payload: P;
  options: JobsOptions;
}

const defineJob = <P extends z.ZodType>(def: JobDefinition<P>): JobDefinition<P> => def;

/** Deliver one outbox message (`mail_messages.id`). */
export const SendEmailJob = defineJob({
  queue: 'email',
  name: 'send',
  payload: z.object({ messageId: z.uuid() }),
  options: {
    // ~12 tries over ~6 hours: an SMTP outage delays mail, the outbox row keeps it from being lost.
    attempts: 12,
    backoff: { type: 'exponential', delay: 5_000 },
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  },
});

/** Repeatable: re-enqueue outbox messages whose job was lost (Redis down when they were written). */
export const SweepEmailOutboxJob = defineJob({
  queue: 'email',
  name: 'sweep-outbox',
  payload: z.object({}).optional(),
  options: { removeOnComplete: true, removeOnFail: { count: 100 } },
});

/** Repeatable: delete sessions past their idle or absolute expiry. */
export const PurgeSessionsJob = defineJob({
  queue: 'maintenance',
  name: 'purge-sessions',
  payload: z.object({}).optional(),
  options: { removeOnComplete: true, removeOnFail: { count: 100 } },
});

/** Repeatable: e-mail owners of user tokens that expire within TOKEN_EXPIRY_REMINDER_DAYS, once per token. */
export const TokenExpiryRemindersJob = defineJob({
  queue: 'maintenance',
  name: 'token-expiry-reminders',
  payload: z.object({}).optional(),
  // No retries: the next tick is the retry, and a failed run left nothing half-done (one transaction per batch).
  options: { attempts: 1, removeOnComplete: true, removeOnFail: { count: 100 } },
});

/** Repeatable: delete tokens that expired more than TOKEN_PURGE_AFTER_DAYS ago. */
export const PurgeExpiredTokensJob = defineJob({
  queue: 'maintenance',
  name: 'purge-expired-tokens',
  payload: z.object({}).optional(),
  options: { attempts: 1, removeOnComplete: true, removeOnFail: { count: 100 } },
});

export const JOBS: readonly JobDefinition[] = [SendEmailJob, SweepEmailOutboxJob, PurgeSessionsJob, TokenExpiryRemindersJob, PurgeExpiredTokensJob];

/** A repeatable job: one BullMQ job scheduler, keyed by `id` so it exists once cluster-wide. */
export interface Schedule {
  id: string;
  job: JobDefinition;
  everyMs: number;
}

/**
 * Every repeatable job and how often it runs; some intervals come from the configuration. The
 * worker upserts one job scheduler per entry on boot, so a changed interval applies on the next
 * deploy (the last worker to boot wins if replicas disagree).
 */
export function schedules(config: Pick<AppConfig, 'tokenExpiry'>): readonly Schedule[] {
  const tokenExpiryMs = config.tokenExpiry.scheduleMinutes * 60_000;
  return [
    { id: 'sweep-email-outbox', job: SweepEmailOutboxJob, everyMs: 5 * 60_000 },
    { id: 'purge-sessions', job: PurgeSessionsJob, everyMs: 60 * 60_000 },
    { id: 'token-expiry-reminders', job: TokenExpiryRemindersJob, everyMs: tokenExpiryMs },
    { id: 'purge-expired-tokens', job: PurgeExpiredTokensJob, everyMs: tokenExpiryMs },
  ];
}

export type JobPayload<J extends JobDefinition> = z.infer<J['payload']>;
