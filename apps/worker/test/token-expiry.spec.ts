import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { MailService, PurgeExpiredTokensJob, TokenExpiryRemindersJob, TokenExpiryService } from '@kbc/domain';
import { randomBytes } from 'node:crypto';
import { createWorker } from '../src/worker.js';
import { type WorkerStack, eventually, sleep, startWorkerStack, uniqueEmail, waitForJobState } from './harness.js';

jest.setTimeout(30_000);

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Long enough for a duplicate reminder to have been delivered by now. */
const SETTLE_MS = 750;
/** Not the default (60), to show the interval comes from the configuration. */
const SCHEDULE_MINUTES = 15;

let stack: WorkerStack;
beforeAll(async () => {
  // Two worker processes, as a deployment with replicas runs them.
  stack = await startWorkerStack('tokens', { workers: 2, env: { TOKEN_EXPIRY_SCHEDULE_MINUTES: String(SCHEDULE_MINUTES) } });
}, 30_000);
afterAll(async () => {
  await stack?.close();
}, 30_000);

/** TokenExpiryService of worker process `i`. */
const expiry = (i = 0) => stack.workers[i]!.get(TokenExpiryService);

let clockBase = Date.now() + 1000 * DAY;
/**
 * A fake "now" for one test, far in the future and a year apart from the previous test's: the
 * scheduled jobs, which run on the real clock, never touch tokens placed relative to it.
 */
const fakeNow = () => new Date((clockBase += 365 * DAY));

async function createUser(opts: { disabled?: boolean; name?: string } = {}): Promise<{ id: number; email: string }> {
  const email = uniqueEmail('owner');
  const [row] = await stack.db.query(`INSERT INTO users (email, name, disabled_at) VALUES ($1, $2, $3) RETURNING id`, [
    email,
    opts.name ?? 'Token Owner',
    opts.disabled ? new Date() : null,
  ]);
  return { id: row.id, email };
}

/** A token of `userId` (null: a super token) that expires at `expiresAt`. */
async function createToken(userId: number | null, expiresAt: Date, description = 'CI deploy'): Promise<number> {
  const [row] = await stack.db.query(
    `INSERT INTO manage_tokens (user_id, type, description, secret_hash, expires_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [userId, userId === null ? 'super' : 'admin', description, randomBytes(32), expiresAt],
  );
  return row.id;
}

async function remindedAt(tokenId: number): Promise<Date | null> {
  const [row] = await stack.db.query(`SELECT expiry_reminded_at FROM manage_tokens WHERE id = $1`, [tokenId]);
  if (!row) throw new Error(`No token ${tokenId}`);
  return row.expiry_reminded_at;
}

const tokenIds = async (): Promise<number[]> => (await stack.db.query(`SELECT id FROM manage_tokens ORDER BY id`)).map((r: { id: number }) => r.id);

/** Outbox rows written for `to` (sent or not). */
async function outboxFor(to: string): Promise<number> {
  const [{ count }] = await stack.db.query(`SELECT count(*)::int AS count FROM mail_messages WHERE to_address = $1`, [to]);
  return count;
}

// Each test starts from an empty token table, so the counts the service returns are the test's own.
beforeEach(async () => {
  await stack.db.query('DELETE FROM manage_tokens');
});

describe('expiry reminders', () => {
  it("e-mails the owner once, naming the token's description and expiry, with a link to Access Tokens", async () => {
    const now = fakeNow();
    const owner = await createUser({ name: 'Jana Nováková' });
    const expiresAt = new Date(now.getTime() + 3 * DAY + 90 * 60_000);
    const token = await createToken(owner.id, expiresAt, 'Nightly <export> job');

    await expect(expiry().sendReminders(now)).resolves.toBe(1);
    expect(await remindedAt(token)).toEqual(now);

    const mail = await stack.smtp.waitFor((m) => m.to.includes(owner.email));
    const date = expiresAt.toISOString().slice(0, 10);
    const time = expiresAt.toISOString().slice(11, 16);
    expect(mail.subject).toBe(`Your Management API token expires on ${date}`);
    expect(mail.text).toContain('Hello Jana Nováková,');
    expect(mail.text).toContain(`Your Management API token "Nightly <export> job" expires on ${date} at ${time} UTC.`);
    expect(mail.text.split('\n')).toContain(`${stack.config.http.publicUrl}/account/access-tokens`);
    expect(mail.html).toContain('&quot;Nightly &lt;export&gt; job&quot;');

    // Run again, at the same time and later within the window: nothing more is sent.
    await expect(expiry().sendReminders(now)).resolves.toBe(0);
    await expect(expiry(1).sendReminders(new Date(now.getTime() + HOUR))).resolves.toBe(0);
    await expect(expiry().sendReminders(new Date(now.getTime() + 3 * DAY))).resolves.toBe(0);
    await sleep(SETTLE_MS);
    expect(stack.received(owner.email)).toBe(1);
    expect(await outboxFor(owner.email)).toBe(1);
    expect(await remindedAt(token)).toEqual(now);
  });

  it('skips super tokens, tokens expiring after the window and tokens already expired; the window moves with the clock', async () => {
    const now = fakeNow();
    const at = (ms: number) => new Date(now.getTime() + ms);
    const owner = await createUser();
    const superToken = await createToken(null, at(DAY), 'application');
    const later = await createToken(owner.id, at(8 * DAY), 'later');
    const expired = await createToken(owner.id, at(-HOUR), 'expired');
    const expiringNow = await createToken(owner.id, now, 'expiring now');
    const lastDay = await createToken(owner.id, at(7 * DAY), 'last day of the window');

    // Default window: 7 days, its end included, `now` itself excluded (such a token is expired).
    await expect(expiry().sendReminders(now)).resolves.toBe(1);
    expect(await remindedAt(lastDay)).toEqual(now);
    for (const id of [superToken, later, expired, expiringNow]) expect(await remindedAt(id)).toBeNull();

    // Two days on, the 8-day token is inside the window; the super token never is reminded.
    const twoDaysOn = at(2 * DAY);
    await expect(expiry().sendReminders(twoDaysOn)).resolves.toBe(1);
    expect(await remindedAt(later)).toEqual(twoDaysOn);
    for (const id of [superToken, expired, expiringNow]) expect(await remindedAt(id)).toBeNull();

    await eventually(() => expect(stack.received(owner.email)).toBe(2));
    const subjects = stack.smtp.messages.filter((m) => m.to.includes(owner.email)).map((m) => m.text);
    expect(subjects.some((t) => t.includes('"last day of the window"'))).toBe(true);
    expect(subjects.some((t) => t.includes('"later"'))).toBe(true);
    await sleep(SETTLE_MS);
    expect(stack.received(owner.email)).toBe(2);
  });

  it('skips tokens of disabled users (they are refused anyway)', async () => {
    const now = fakeNow();
    const disabled = await createUser({ disabled: true });
    const token = await createToken(disabled.id, new Date(now.getTime() + DAY));
    await expect(expiry().sendReminders(now)).resolves.toBe(0);
    expect(await remindedAt(token)).toBeNull();
    expect(await outboxFor(disabled.email)).toBe(0);
  });

  it('works through more due tokens than one batch holds', async () => {
    const now = fakeNow();
    const owners = await Promise.all(Array.from({ length: 7 }, () => createUser()));
    for (const o of owners) await createToken(o.id, new Date(now.getTime() + DAY));
    await expect(expiry().sendReminders(now, 3)).resolves.toBe(7);
    await expect(expiry().sendReminders(now, 3)).resolves.toBe(0);
    await eventually(() => {
      for (const o of owners) expect(stack.received(o.email)).toBe(1);
    });
  });

  it('rolls back the claim with the e-mails when composing fails midway; the next run reminds every token once', async () => {
    const now = fakeNow();
    const [a, b] = await Promise.all([createUser(), createUser()]);
    const tokenA = await createToken(a.id, new Date(now.getTime() + DAY));
    const tokenB = await createToken(b.id, new Date(now.getTime() + 2 * DAY));

    const mail = stack.workers[0]!.get(MailService);
    const realCompose = mail.compose.bind(mail);
    let calls = 0;
    // The first e-mail is written, the second fails: the transaction must undo both.
    const compose = jest.spyOn(mail, 'compose').mockImplementation(async (...args: Parameters<MailService['compose']>) => {
      if (++calls === 2) throw new Error('simulated crash while composing');
      return realCompose(...args);
    });
    try {
      await expect(expiry().sendReminders(now)).rejects.toThrow('simulated crash while composing');
    } finally {
      compose.mockRestore();
    }
    expect(calls).toBe(2);
    expect(await remindedAt(tokenA)).toBeNull();
    expect(await remindedAt(tokenB)).toBeNull();
    expect((await outboxFor(a.email)) + (await outboxFor(b.email))).toBe(0);

    await expect(expiry().sendReminders(now)).resolves.toBe(2);
    await eventually(() => {
      expect(stack.received(a.email)).toBe(1);
      expect(stack.received(b.email)).toBe(1);
    });
    await sleep(SETTLE_MS);
    expect(stack.received(a.email) + stack.received(b.email)).toBe(2);
  });

  it('two worker processes reminding at the same time send exactly one e-mail per token', async () => {
    const N = 40;
    const now = fakeNow();
    const owners = await Promise.all(Array.from({ length: N }, () => createUser()));
    await Promise.all(owners.map((o, i) => createToken(o.id, new Date(now.getTime() + (i % 7) * DAY + HOUR), `token ${i}`)));

    // Small batches, several runs per process: the runs interleave batch by batch.
    const runs = await Promise.all([0, 1, 0, 1].map((w) => expiry(w).sendReminders(now, 4)));
    expect(runs.reduce((a, b) => a + b, 0)).toBe(N);
    const [{ count }] = await stack.db.query(`SELECT count(*)::int AS count FROM manage_tokens WHERE expiry_reminded_at IS NOT NULL`);
    expect(count).toBe(N);

    await eventually(() => {
      for (const o of owners) expect(stack.received(o.email)).toBe(1);
    }, 20_000);
    await sleep(SETTLE_MS);
    for (const o of owners) {
      expect(stack.received(o.email)).toBe(1);
      expect(await outboxFor(o.email)).toBe(1);
    }
  });
});

describe('purging expired tokens', () => {
  it(`deletes only tokens that expired more than TOKEN_PURGE_AFTER_DAYS (30) ago, user and super alike`, async () => {
    const now = fakeNow();
    const at = (ms: number) => new Date(now.getTime() + ms);
    const owner = await createUser();
    const longExpired = await createToken(owner.id, at(-31 * DAY));
    const longExpiredSuper = await createToken(null, at(-30 * DAY - 60_000));
    const recentlyExpired = await createToken(owner.id, at(-29 * DAY));
    const atCutoff = await createToken(owner.id, at(-30 * DAY));
    const valid = await createToken(owner.id, at(DAY));
    const validSuper = await createToken(null, at(300 * DAY));

    await expect(expiry().purgeExpired(now)).resolves.toBe(2);
    expect(await tokenIds()).toEqual([recentlyExpired, atCutoff, valid, validSuper].sort((x, y) => x - y));
    expect(await tokenIds()).not.toEqual(expect.arrayContaining([longExpired, longExpiredSuper]));

    // Idempotent: a second run, on either process, deletes nothing more.
    await expect(expiry(1).purgeExpired(now)).resolves.toBe(0);
    expect(await tokenIds()).toHaveLength(4);
  });

  it('deletes in batches until nothing is left, also with two processes at once', async () => {
    const now = fakeNow();
    const owner = await createUser();
    for (let i = 0; i < 9; i++) await createToken(owner.id, new Date(now.getTime() - (40 + i) * DAY));
    const keep = await createToken(owner.id, new Date(now.getTime() - DAY));
    const counts = await Promise.all([expiry(0).purgeExpired(now, 2), expiry(1).purgeExpired(now, 2)]);
    expect(counts[0]! + counts[1]!).toBe(9);
    expect(await tokenIds()).toEqual([keep]);
  });
});

describe('the repeatable jobs', () => {
  it(`exist once per scheduler although two workers upserted them, every TOKEN_EXPIRY_SCHEDULE_MINUTES (${SCHEDULE_MINUTES})`, async () => {
    const schedulers = async (queue: 'email' | 'maintenance') =>
      (await stack.queues.queue(queue).getJobSchedulers())
        .map((s) => ({ key: s.key, name: s.name, every: s.every }))
        .sort((x, y) => x.key.localeCompare(y.key));

    expect(await schedulers('maintenance')).toEqual([
      { key: 'purge-expired-tokens', name: PurgeExpiredTokensJob.name, every: SCHEDULE_MINUTES * 60_000 },
      { key: 'purge-sessions', name: 'purge-sessions', every: 60 * 60_000 },
      { key: 'token-expiry-reminders', name: TokenExpiryRemindersJob.name, every: SCHEDULE_MINUTES * 60_000 },
    ]);
    expect(await schedulers('email')).toEqual([{ key: 'sweep-email-outbox', name: 'sweep-outbox', every: 5 * 60_000 }]);

    // Each scheduler has one upcoming run, not one per worker.
    await eventually(async () => {
      const upcoming = await stack.queues.queue('maintenance').getJobs(['delayed', 'waiting', 'active', 'prioritized']);
      const perName = (name: string) => upcoming.filter((j) => j.name === name).length;
      expect([perName(TokenExpiryRemindersJob.name), perName(PurgeExpiredTokensJob.name)]).toEqual([1, 1]);
    });
  });

  it('a worker booting with another interval moves the existing schedulers to it, still one each', async () => {
    const config = { ...stack.config, tokenExpiry: { ...stack.config.tokenExpiry, scheduleMinutes: 30 } };
    const third = await createWorker(config);
    try {
      const maintenance = await stack.queues.queue('maintenance').getJobSchedulers();
      expect(maintenance).toHaveLength(3);
      const every = Object.fromEntries(maintenance.map((s) => [s.key, s.every]));
      expect(every).toEqual({ 'purge-expired-tokens': 30 * 60_000, 'token-expiry-reminders': 30 * 60_000, 'purge-sessions': 60 * 60_000 });
    } finally {
      await third.close();
    }
  });

  it('run through the queue on the real clock: reminder jobs on both workers at once remind each token once; the purge job deletes', async () => {
    const now = Date.now();
    const owners = await Promise.all(Array.from({ length: 10 }, () => createUser()));
    for (const o of owners) await createToken(o.id, new Date(now + 2 * DAY));
    const stale = await createToken(owners[0]!.id, new Date(now - 45 * DAY));

    const queue = stack.queues.queue('maintenance');
    const jobIds = [`reminders-a-${now}`, `reminders-b-${now}`];
    // Not through the schedulers (next run in 15 min): two ad-hoc jobs that the two workers race for.
    await Promise.all(jobIds.map((jobId) => queue.add(TokenExpiryRemindersJob.name, {}, { ...TokenExpiryRemindersJob.options, removeOnComplete: false, jobId })));
    const jobs = await Promise.all(jobIds.map((id) => waitForJobState(stack, 'maintenance', id, ['completed', 'failed'])));
    for (const job of jobs) expect(job.failedReason).toBeUndefined();
    expect(jobs.reduce((sum, j) => sum + (j.returnvalue as number), 0)).toBeLessThanOrEqual(owners.length);

    await eventually(() => {
      for (const o of owners) expect(stack.received(o.email)).toBe(1);
    }, 20_000);

    const purgeId = `purge-${now}`;
    await queue.add(PurgeExpiredTokensJob.name, {}, { ...PurgeExpiredTokensJob.options, removeOnComplete: false, jobId: purgeId });
    const purge = await waitForJobState(stack, 'maintenance', purgeId, ['completed', 'failed']);
    expect(purge.failedReason).toBeUndefined();
    expect(purge.returnvalue).toBe(1);
    expect(await tokenIds()).not.toContain(stale);
    expect(await tokenIds()).toHaveLength(owners.length);

    await sleep(SETTLE_MS);
    for (const o of owners) expect(stack.received(o.email)).toBe(1);
  });
});
