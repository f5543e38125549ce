import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { MailService } from '../mail/mail.service.js';

const DAY_MS = 86_400_000;

/**
 * The tokens due for a reminder at `now`: those expiring in (now, now + days]. Days are 24 hours
 * counted in JavaScript, so the window does not depend on the database session's time zone.
 */
export function reminderWindow(now: Date, reminderDays: number): { after: Date; until: Date } {
  return { after: now, until: new Date(now.getTime() + reminderDays * DAY_MS) };
}

/** Tokens that expired before this instant are purged. */
export function purgeCutoff(now: Date, purgeAfterDays: number): Date {
  return new Date(now.getTime() - purgeAfterDays * DAY_MS);
}

interface DueToken {
  id: number;
  description: string;
  expiresAt: Date;
  email: string;
  name: string;
}

/**
 * Claims up to $3 user tokens that expire in ($1, $2] and whose owner was not reminded yet, and
 * marks them reminded at $1. Rows another transaction is claiming are skipped rather than waited
 * for, and the UPDATE re-checks `expiry_reminded_at IS NULL`, so two workers never claim the same
 * token. Disabled users are left out: their tokens are refused anyway (ManageTokenService.verify).
 */
const CLAIM_DUE_REMINDERS = `
  WITH due AS (
    SELECT t.id
      FROM manage_tokens t
      JOIN users u ON u.id = t.user_id
     WHERE t.user_id IS NOT NULL
       AND t.expiry_reminded_at IS NULL
       AND t.expires_at > $1 AND t.expires_at <= $2
       AND u.disabled_at IS NULL
     ORDER BY t.expires_at, t.id
     LIMIT $3
       FOR UPDATE OF t SKIP LOCKED
  )
  UPDATE manage_tokens t
     SET expiry_reminded_at = $1
    FROM due, users u
   WHERE t.id = due.id AND u.id = t.user_id AND t.expiry_reminded_at IS NULL
  RETURNING t.id, t.description, t.expires_at AS "expiresAt", u.email, u.name`;

/** Deletes up to $2 tokens that expired before $1. */
const PURGE_BATCH = `
  DELETE FROM manage_tokens
   WHERE id IN (SELECT id FROM manage_tokens WHERE expires_at < $1 ORDER BY expires_at LIMIT $2)`;

/**
 * The worker's token-expiry jobs. Both are set-based and idempotent: running them again, or on
 * two workers at once, sends no reminder twice and deletes nothing twice. `now` is a parameter so
 * tests can move the clock.
 */
@Injectable()
export class TokenExpiryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * E-mails the owner of every user token that expires within `TOKEN_EXPIRY_REMINDER_DAYS`, once
   * per token. Each batch claims its tokens and writes their e-mails to the outbox in one
   * transaction (a crash rolls back both, and the next run picks the tokens up again), then
   * enqueues the e-mails after the commit. Returns the number of reminders written.
   */
  async sendReminders(now: Date = new Date(), batchSize = 500): Promise<number> {
    const { after, until } = reminderWindow(now, this.config.tokenExpiry.reminderDays);
    const url = `${this.config.http.publicUrl}/account/access-tokens`;
    let reminded = 0;
    for (;;) {
      const mailIds = await this.dataSource.transaction(async (em) => {
        const [due] = (await em.query(CLAIM_DUE_REMINDERS, [after, until, batchSize])) as [DueToken[], number];
        const ids: string[] = [];
        for (const t of due) {
          const message = await this.mail.compose(em, 'token-expiry-reminder', t.email, {
            name: t.name,
            description: t.description,
            expiresAt: t.expiresAt,
            url,
          });
          ids.push(message.id);
        }
        return ids;
      });
      // A failed enqueue loses nothing: the outbox sweep re-enqueues pending mail.
      for (const id of mailIds) await this.mail.dispatch({ id });
      reminded += mailIds.length;
      // A short batch means nothing is left, or the rest is being claimed by another worker.
      if (mailIds.length < batchSize) return reminded;
    }
  }

  /**
   * Deletes tokens that expired more than `TOKEN_PURGE_AFTER_DAYS` ago (until then the owner
   * still sees them, marked expired, on the Access Tokens page). Returns the number deleted.
   */
  async purgeExpired(now: Date = new Date(), batchSize = 1000): Promise<number> {
    const cutoff = purgeCutoff(now, this.config.tokenExpiry.purgeAfterDays);
    let purged = 0;
    for (;;) {
      const [, deleted] = (await this.dataSource.query(PURGE_BATCH, [cutoff, batchSize])) as [unknown, number];
      purged += deleted ?? 0;
      if ((deleted ?? 0) < batchSize) return purged;
    }
  }
}
