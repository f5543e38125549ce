import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { JOBS, PurgeSessionsJob, QUEUE_NAMES, SCHEDULES, SendEmailJob, SweepEmailOutboxJob } from './queue-contract.js';

const key = (j: { queue: string; name: string }) => `${j.queue}:${j.name}`;

describe('queue contract', () => {
  it('gives every job a unique queue:name (the worker routes by it)', () => {
    const keys = JOBS.map(key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('puts every job on a declared queue (the worker starts one BullMQ worker per declared queue)', () => {
    for (const job of JOBS) expect(QUEUE_NAMES).toContain(job.queue);
  });

  it('lists every exported job definition in JOBS', () => {
    expect(JOBS).toEqual(expect.arrayContaining([SendEmailJob, SweepEmailOutboxJob, PurgeSessionsJob]));
  });

  it('schedules only jobs that are in JOBS, each under a unique id, at a sane interval', () => {
    for (const s of SCHEDULES) {
      expect(JOBS).toContain(s.job);
      expect(s.everyMs).toBeGreaterThanOrEqual(60_000);
    }
    const ids = SCHEDULES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('schedules jobs whose payload accepts what the scheduler sends ({})', () => {
    for (const s of SCHEDULES) expect(s.job.payload.safeParse({}).success).toBe(true);
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
  it.each([SweepEmailOutboxJob, PurgeSessionsJob])('$name accepts {} and nothing, rejects a non-object', (job) => {
    expect(job.payload.safeParse({}).success).toBe(true);
    expect(job.payload.safeParse(undefined).success).toBe(true);
    expect(job.payload.safeParse('x').success).toBe(false);
  });
});
