import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../config/config.js';
import {
  JOBS,
  PurgeExpiredTokensJob,
  PurgeSessionsJob,
  QUEUE_NAMES,
  SendEmailJob,
  SweepEmailOutboxJob,
  TokenExpiryRemindersJob,
  schedules,
} from './queue-contract.js';

const key = (j: { queue: string; name: string }) => `${j.queue}:${j.name}`;
const SCHEDULES = schedules(loadConfig({}));
/** The schedules with the default configuration, and with the shortest and longest allowed token-expiry intervals. */
const SCHEDULE_SETS = [
  ['the default configuration', SCHEDULES],
  ['TOKEN_EXPIRY_SCHEDULE_MINUTES=1', schedules(loadConfig({ TOKEN_EXPIRY_SCHEDULE_MINUTES: '1' }))],
  ['TOKEN_EXPIRY_SCHEDULE_MINUTES=1440', schedules(loadConfig({ TOKEN_EXPIRY_SCHEDULE_MINUTES: '1440' }))],
] as const;

describe('queue contract', () => {
  it('gives every job a unique queue:name (the worker routes by it)', () => {
    const keys = JOBS.map(key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('puts every job on a declared queue (the worker starts one BullMQ worker per declared queue)', () => {
    for (const job of JOBS) expect(QUEUE_NAMES).toContain(job.queue);
  });

  it('lists every exported job definition in JOBS', () => {
    expect(JOBS).toEqual(expect.arrayContaining([SendEmailJob, SweepEmailOutboxJob, PurgeSessionsJob, TokenExpiryRemindersJob, PurgeExpiredTokensJob]));
  });

  it.each(SCHEDULE_SETS)('with %s, schedules only jobs that are in JOBS, each under a unique id, at a sane interval', (_label, set) => {
    for (const s of set) {
      expect(JOBS).toContain(s.job);
      expect(s.everyMs).toBeGreaterThanOrEqual(60_000);
      expect(s.everyMs).toBeLessThanOrEqual(24 * 3600_000);
    }
    const ids = set.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('schedules jobs whose payload accepts what the scheduler sends ({})', () => {
    for (const s of SCHEDULES) expect(s.job.payload.safeParse({}).success).toBe(true);
  });

  it('keeps the scheduler ids and fixed intervals of the existing repeatable jobs (renaming one orphans it in Redis)', () => {
    expect(SCHEDULES.map((s) => [s.id, s.job, s.everyMs])).toEqual(
      expect.arrayContaining([
        ['sweep-email-outbox', SweepEmailOutboxJob, 5 * 60_000],
        ['purge-sessions', PurgeSessionsJob, 60 * 60_000],
      ]),
    );
  });

  it('runs both token-expiry jobs every TOKEN_EXPIRY_SCHEDULE_MINUTES (default 60), leaving the other schedules alone', () => {
    const every = (set: readonly { id: string; everyMs: number }[]) => Object.fromEntries(set.map((s) => [s.id, s.everyMs]));
    expect(every(SCHEDULES)).toEqual({
      'sweep-email-outbox': 5 * 60_000,
      'purge-sessions': 60 * 60_000,
      'token-expiry-reminders': 60 * 60_000,
      'purge-expired-tokens': 60 * 60_000,
    });
    expect(every(schedules(loadConfig({ TOKEN_EXPIRY_SCHEDULE_MINUTES: '15' })))).toEqual({
      'sweep-email-outbox': 5 * 60_000,
      'purge-sessions': 60 * 60_000,
      'token-expiry-reminders': 15 * 60_000,
      'purge-expired-tokens': 15 * 60_000,
    });
  });

  it('does not retry the token-expiry jobs (the next tick is the retry) and keeps no completed ones', () => {
    for (const job of [TokenExpiryRemindersJob, PurgeExpiredTokensJob]) {
      expect(job.queue).toBe('maintenance');
      expect(job.options).toMatchObject({ attempts: 1, removeOnComplete: true });
    }
  });

  it('retries e-mail delivery with backoff (an SMTP outage must delay mail, not drop it)', () => {
    expect(SendEmailJob.options.attempts).toBeGreaterThan(1);
    expect(SendEmailJob.options.backoff).toMatchObject({ type: 'exponential' });
    // The outbox dispatch dedupes by jobId; that only works while completed jobs are kept.
    expect(SendEmailJob.options.removeOnComplete).not.toBe(true);
  });
});

describe('SendEmailJob payload', () => {
  const schema = SendEmailJob.payload;

  it('accepts a message id', () => {
    const id = randomUUID();
    expect(schema.parse({ messageId: id })).toEqual({ messageId: id });
  });

  it('drops unknown fields', () => {
    const id = randomUUID();
    expect(schema.parse({ messageId: id, to: 'someone@example.com' })).toEqual({ messageId: id });
  });

  it.each([
    ['a non-UUID id', { messageId: 'nope' }],
    ['a numeric id', { messageId: 42 }],
    ['a missing id', {}],
    ['an empty id', { messageId: '' }],
    ['null', null],
    ['a bare string', randomUUID()],
  ])('rejects %s', (_label, payload) => {
    expect(schema.safeParse(payload).success).toBe(false);
  });
});

describe('maintenance payloads', () => {
  it.each([SweepEmailOutboxJob, PurgeSessionsJob, TokenExpiryRemindersJob, PurgeExpiredTokensJob])('$name accepts {} and nothing, rejects a non-object', (job) => {
    expect(job.payload.safeParse({}).success).toBe(true);
    expect(job.payload.safeParse(undefined).success).toBe(true);
    expect(job.payload.safeParse('x').success).toBe(false);
  });
});
