import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { SendEmailJob } from '@kbc/domain';
import { randomUUID } from 'node:crypto';
import { type WorkerStack, eventually, sleep, startWorkerStack, uniqueEmail, waitForJobState } from './harness.js';

// Longer than the harness's 10 s polls, so a failure reports what was awaited rather than a timeout.
jest.setTimeout(20_000);

let stack: WorkerStack;
beforeAll(async () => {
  stack = await startWorkerStack('delivery');
}, 30_000);
afterAll(async () => {
  await stack?.close();
}, 30_000);

/** Long enough for a wrongly enqueued or duplicated job to have been delivered by now. */
const SETTLE_MS = 750;

describe('delivering an outbox message', () => {
  it('sends a dispatched message once through SMTP and marks it sent', async () => {
    const to = uniqueEmail('deliver');
    const id = await stack.send(to, 'Jana <b>Nováková</b>');

    const mail = await stack.smtp.waitFor((m) => m.to.includes(to));
    expect(mail.subject).toBe('Verify your e-mail address for Keboola Connection');
    expect(mail.text).toContain('Hello Jana <b>Nováková</b>,');
    expect(mail.html).toContain('Jana &lt;b&gt;Nováková&lt;/b&gt;');
    expect(mail.raw.messageId).toBe(`<${id}@kbc-account>`);
    expect(mail.raw.from?.value).toEqual([{ name: 'Keboola Connection', address: 'no-reply@keboola.com' }]);

    const row = await eventually(async () => {
      const r = await stack.row(id);
      expect(r.status).toBe('sent');
      return r;
    });
    expect(row).toMatchObject({ attempts: 1, last_error: null });
    expect(row.sent_at).toBeInstanceOf(Date);

    const job = await waitForJobState(stack, 'email', `mail-${id}`, ['completed']);
    expect(job.returnvalue).toBe('sent');

    await sleep(SETTLE_MS);
    expect(stack.received(to)).toBe(1);
  });

  it('leaves a composed message pending until it is dispatched, then delivers it', async () => {
    const to = uniqueEmail('undispatched');
    const id = await stack.compose(to);
    await sleep(SETTLE_MS);
    expect(await stack.row(id)).toMatchObject({ status: 'pending', attempts: 0 });
    expect(stack.received(to)).toBe(0);
    expect(await stack.queues.queue('email').getJob(`mail-${id}`)).toBeUndefined();

    await stack.mail.dispatch({ id });
    await stack.smtp.waitFor((m) => m.to.includes(to));
    await eventually(async () => expect((await stack.row(id)).status).toBe('sent'));
  });
});

describe('idempotency', () => {
  let to: string;
  let id: string;
  beforeAll(async () => {
    to = uniqueEmail('idempotent');
    id = await stack.send(to);
    await stack.smtp.waitFor((m) => m.to.includes(to));
    await waitForJobState(stack, 'email', `mail-${id}`, ['completed']);
  });

  it('MailService.deliver on a sent message sends nothing and says so', async () => {
    await expect(stack.mail.deliver(id)).resolves.toBe('already-sent');
    await expect(stack.mail.deliver(id)).resolves.toBe('already-sent');
    expect(stack.received(to)).toBe(1);
    expect(await stack.row(id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('dispatching the same message again enqueues nothing (the job id is the message id)', async () => {
    const before = await stack.queues.queue('email').getJobCounts('completed', 'waiting', 'active', 'delayed');
    await stack.mail.dispatch({ id });
    await sleep(SETTLE_MS);
    expect(await stack.queues.queue('email').getJobCounts('completed', 'waiting', 'active', 'delayed')).toEqual(before);
    expect(stack.received(to)).toBe(1);
  });

  it('a second job for the same message (under another job id) completes as already-sent and sends nothing', async () => {
    const jobId = `duplicate-${id}`;
    await stack.queues.add(SendEmailJob, { messageId: id }, { jobId });
    const job = await waitForJobState(stack, 'email', jobId, ['completed', 'failed']);
    expect(await job.getState()).toBe('completed');
    expect(job.returnvalue).toBe('already-sent');
    await sleep(SETTLE_MS);
    expect(stack.received(to)).toBe(1);
    expect(await stack.row(id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('two deliveries racing for the same pending message send it once; the loser is told to retry', async () => {
    const racer = uniqueEmail('race');
    const raceId = await stack.compose(racer);
    const outcomes = await Promise.allSettled([stack.mail.deliver(raceId), stack.mail.deliver(raceId)]);
    expect(outcomes.filter((o) => o.status === 'fulfilled' && o.value === 'sent')).toHaveLength(1);
    const loser = outcomes.find((o) => !(o.status === 'fulfilled' && o.value === 'sent'))!;
    // Either the loser saw the winner's lease (a retryable error) or the finished send.
    if (loser.status === 'rejected') expect(String(loser.reason)).toMatch(/being delivered by another job/);
    else expect(loser.value).toBe('already-sent');
    await sleep(SETTLE_MS);
    expect(stack.received(racer)).toBe(1);
  });

  it('drops the body of a delivered message: one-time links are not kept in the outbox', async () => {
    const { rows } = { rows: await stack.db.query('SELECT body_text, body_html, subject FROM mail_messages WHERE id = $1', [id]) };
    expect(rows[0]).toMatchObject({ body_text: '', body_html: '' });
    expect(rows[0].subject).toMatch(/verify/i);
  });

  it('a job for a message that does not exist completes as missing instead of retrying forever', async () => {
    const jobId = `ghost-${randomUUID()}`;
    await stack.queues.add(SendEmailJob, { messageId: randomUUID() }, { jobId });
    const job = await waitForJobState(stack, 'email', jobId, ['completed', 'failed']);
    expect(await job.getState()).toBe('completed');
    expect(job.returnvalue).toBe('missing');
  });
});

describe('the outbox sweep', () => {
  it('re-enqueues a pending message that has no job, and the worker delivers it', async () => {
    const to = uniqueEmail('swept');
    const id = await stack.compose(to); // written, never dispatched: as if Redis was down at the time

    expect(await stack.mail.sweepPending(0)).toBe(1);
    await stack.smtp.waitFor((m) => m.to.includes(to));
    await eventually(async () => expect((await stack.row(id)).status).toBe('sent'));

    // Nothing is left to sweep, and sweeping again sends nothing twice.
    expect(await stack.mail.sweepPending(0)).toBe(0);
    await sleep(SETTLE_MS);
    expect(stack.received(to)).toBe(1);
  });

  it('leaves messages younger than the cutoff alone', async () => {
    const to = uniqueEmail('young');
    const id = await stack.compose(to);
    expect(await stack.mail.sweepPending(60_000)).toBe(0);
    expect(await stack.queues.queue('email').getJob(`mail-${id}`)).toBeUndefined();
    // Tidy up for the other tests: deliver it through the normal path.
    await stack.mail.dispatch({ id });
    await stack.smtp.waitFor((m) => m.to.includes(to));
    await eventually(async () => expect((await stack.row(id)).status).toBe('sent'));
  });

  it('re-enqueues a pending message whose job already completed (e.g. the row was reset), and it is delivered', async () => {
    const to = uniqueEmail('reset');
    const id = await stack.send(to);
    await stack.smtp.waitFor((m) => m.to.includes(to));
    await waitForJobState(stack, 'email', `mail-${id}`, ['completed']);
    // An operator asks for the message to be sent again by putting it back to pending.
    await stack.db.query(`UPDATE mail_messages SET status = 'pending', sent_at = NULL WHERE id = $1`, [id]);

    expect(await stack.mail.sweepPending(0)).toBe(1);
    await eventually(() => expect(stack.received(to)).toBe(2));
    await eventually(async () => expect((await stack.row(id)).status).toBe('sent'));
  });
});

describe('bad jobs', () => {
  it('fails a job with an invalid payload at once, without retries, and sends nothing', async () => {
    const before = stack.smtp.messages.length;
    const job = await stack.queues.queue('email').add(SendEmailJob.name, { messageId: 'nope' }, SendEmailJob.options);
    expect(job.opts.attempts).toBeGreaterThan(1); // retries were allowed; the worker must refuse them

    const failed = await waitForJobState(stack, 'email', job.id!, ['failed']);
    expect(failed.attemptsMade).toBe(1);
    expect(failed.failedReason).toMatch(/^Invalid payload for email:send/);
    await sleep(SETTLE_MS);
    expect(await failed.getState()).toBe('failed'); // not moved back to delayed/waiting
    expect(stack.smtp.messages.length).toBe(before);
  });

  it('fails a job with an unknown name at once, without retries', async () => {
    const job = await stack.queues.queue('email').add('no-such-job', {}, { attempts: 5, backoff: { type: 'fixed', delay: 100 } });
    const failed = await waitForJobState(stack, 'email', job.id!, ['failed']);
    expect(failed.attemptsMade).toBe(1);
    expect(failed.failedReason).toBe('No handler for email:no-such-job');
  });

  it('refuses an invalid payload already on the producer side, enqueuing nothing', async () => {
    const queue = stack.queues.queue('email');
    const before = await queue.count();
    await expect(stack.queues.add(SendEmailJob, { messageId: 'nope' })).rejects.toThrow();
    expect(await queue.count()).toBe(before);
  });
});
