import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SendEmailJob } from '@kbc/domain';
import { type WorkerStack, eventually, sleep, startWorkerStack, uniqueEmail, waitForJobState } from './harness.js';

let stack: WorkerStack;
let smtpPort: number;
beforeAll(async () => {
  stack = await startWorkerStack('outage');
  smtpPort = stack.smtp.port;
}, 30_000);
afterAll(async () => {
  await stack?.close();
}, 30_000);

describe('an SMTP outage', () => {
  it('delays mail without losing it: the job fails, the row stays pending, the retry delivers once SMTP is back', async () => {
    await stack.smtp.stop();
    const to = uniqueEmail('outage');
    const id = await stack.send(to);

    // The first attempt fails and is recorded on the outbox row.
    const failed = await eventually(async () => {
      const row = await stack.row(id);
      expect(row.attempts).toBeGreaterThanOrEqual(1);
      return row;
    });
    expect(failed.status).toBe('pending');
    expect(failed.last_error).toMatch(/ECONNREFUSED/);
    expect(failed.sent_at).toBeNull();

    // The job waits out its backoff (5 s for the first retry) instead of giving up.
    const job = await waitForJobState(stack, 'email', `mail-${id}`, ['delayed']);
    expect(job.attemptsMade).toBe(1);
    expect(job.failedReason).toMatch(/ECONNREFUSED/);

    // The outbox sweep leaves a message whose job is retrying alone: no second job, no double send.
    expect(await stack.mail.sweepPending(0)).toBe(0);

    await stack.smtp.start(smtpPort);
    const mail = await stack.smtp.waitFor((m) => m.to.includes(to), 20_000);
    expect(mail.raw.messageId).toBe(`<${id}@kbc-account>`);

    const row = await eventually(async () => {
      const r = await stack.row(id);
      expect(r.status).toBe('sent');
      return r;
    });
    expect(row.attempts).toBeGreaterThanOrEqual(2);
    expect(row.last_error).toBeNull();
    expect(row.sent_at).toBeInstanceOf(Date);
    expect((await waitForJobState(stack, 'email', `mail-${id}`, ['completed'])).returnvalue).toBe('sent');

    await sleep(1000);
    expect(stack.received(to)).toBe(1);
  }, 60_000);

  it('the outbox sweep revives a message whose job used up all its attempts', async () => {
    await stack.smtp.stop();
    const to = uniqueEmail('exhausted');
    const id = await stack.compose(to);
    // The message's own job (same id as dispatch uses), allowed a single attempt: it stands in for
    // a job that spent all of its retries during a long outage.
    await stack.queues.queue('email').add(SendEmailJob.name, { messageId: id }, { ...SendEmailJob.options, attempts: 1, jobId: `mail-${id}` });
    await waitForJobState(stack, 'email', `mail-${id}`, ['failed']);
    expect(await stack.row(id)).toMatchObject({ status: 'pending', attempts: 1 });

    await stack.smtp.start(smtpPort);
    expect(await stack.mail.sweepPending(0)).toBe(1);
    await stack.smtp.waitFor((m) => m.to.includes(to));
    await eventually(async () => expect(await stack.row(id)).toMatchObject({ status: 'sent', attempts: 2, last_error: null }));
    expect(stack.received(to)).toBe(1);
  }, 40_000);
});
