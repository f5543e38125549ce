import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { MailService } from '@kbc/domain';
import { type WorkerStack, eventually, sleep, startWorkerStack, uniqueEmail } from './harness.js';

const N = 20;

let stack: WorkerStack;
beforeAll(async () => {
  // Both boot at once on a database that does not exist yet: both try to create and migrate it.
  stack = await startWorkerStack('pair', { workers: 2 });
}, 30_000);
afterAll(async () => {
  await stack?.close();
}, 30_000);

describe('two worker processes on the same database and Redis prefix', () => {
  it('both boot against a fresh database', async () => {
    expect(stack.workers).toHaveLength(2);
    const [{ count }] = await stack.db.query('SELECT count(*)::int AS count FROM schema_migrations');
    expect(count).toBeGreaterThan(0);
  });

  it(`deliver each of ${N} messages exactly once`, async () => {
    const delivers = stack.workers.map((w) => jest.spyOn(w.get(MailService), 'deliver'));
    const recipients = Array.from({ length: N }, (_, i) => uniqueEmail(`pair${i}`));
    const ids = await Promise.all(recipients.map((to) => stack.compose(to)));
    await Promise.all(ids.map((id) => stack.mail.dispatch({ id })));

    await eventually(() => expect(stack.smtp.messages.length).toBeGreaterThanOrEqual(N), 20_000);
    await eventually(async () => {
      const rows: { status: string }[] = await stack.db.query('SELECT status FROM mail_messages WHERE id = ANY($1)', [ids]);
      expect(rows.filter((r) => r.status === 'sent')).toHaveLength(N);
    });
    await sleep(1000); // give a duplicate delivery time to show up

    expect(stack.smtp.messages).toHaveLength(N);
    for (const to of recipients) expect(stack.received(to)).toBe(1);
    const calls = delivers.map((d) => d.mock.calls.length);
    expect(calls[0]! + calls[1]!).toBe(N); // one job per message, no retries
    // Both processes took part: this is a test of two competing consumers, not of one.
    expect(calls[0]).toBeGreaterThan(0);
    expect(calls[1]).toBeGreaterThan(0);
  }, 40_000);
});
