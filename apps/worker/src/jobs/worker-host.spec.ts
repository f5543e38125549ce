import { describe, expect, it } from '@jest/globals';
import {
  type AppConfig,
  JOBS,
  type JobDefinition,
  PurgeExpiredTokensJob,
  PurgeSessionsJob,
  type QueueService,
  SendEmailJob,
  SweepEmailOutboxJob,
  TokenExpiryRemindersJob,
} from '@kbc/domain';
import type { Redis } from 'ioredis';
import type { JobHandler } from './job-handler.js';
import { WorkerHost } from './worker-host.js';

// The constructor only checks the handler list; Redis, the config and the queues are used from
// onApplicationBootstrap on, which these tests never call.
const NOT_USED = {} as AppConfig & Redis & QueueService;

const fakeHandler = (definition: JobDefinition): JobHandler => ({ definition, handle: async () => undefined });
const build = (handlers: JobHandler[]) => new WorkerHost(handlers, NOT_USED, NOT_USED, NOT_USED);

describe('WorkerHost routing table', () => {
  it('boots with exactly one handler per job in the contract', () => {
    expect(() => build(JOBS.map(fakeHandler))).not.toThrow();
  });

  it('does not depend on the order of the handlers', () => {
    expect(() => build([...JOBS].reverse().map(fakeHandler))).not.toThrow();
  });

  it('refuses to boot when a job in the contract has no handler, naming the job', () => {
    expect(() => build(JOBS.filter((j) => j !== PurgeExpiredTokensJob).map(fakeHandler))).toThrow(
      /^No handler for job\(s\): maintenance:purge-expired-tokens$/,
    );
  });

  it('names every job without a handler', () => {
    expect(() => build([fakeHandler(SendEmailJob), fakeHandler(SweepEmailOutboxJob)])).toThrow(
      'No handler for job(s): maintenance:purge-sessions, maintenance:token-expiry-reminders, maintenance:purge-expired-tokens',
    );
    expect(() => build([])).toThrow(
      /No handler for job\(s\): .*email:send.*email:sweep-outbox.*maintenance:purge-sessions.*maintenance:token-expiry-reminders.*maintenance:purge-expired-tokens/,
    );
  });

  it('refuses to boot when a job has two handlers, naming the job', () => {
    expect(() => build([...JOBS.map(fakeHandler), fakeHandler(PurgeSessionsJob)])).toThrow('Two handlers for job maintenance:purge-sessions');
    expect(() => build([...JOBS.map(fakeHandler), fakeHandler(TokenExpiryRemindersJob)])).toThrow('Two handlers for job maintenance:token-expiry-reminders');
  });

  it('treats a copy of a definition with the same queue and name as the same job', () => {
    expect(() => build([...JOBS.map(fakeHandler), fakeHandler({ ...SendEmailJob })])).toThrow('Two handlers for job email:send');
  });
});
