import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Token expiry reminders: `expiry_reminded_at` records that the owner was told a token is about
 * to expire. The worker claims due tokens by setting it in one UPDATE, so each token is reminded
 * once, however many workers run the job and however often.
 */
export class TokenExpiryReminders1764900000000 implements MigrationInterface {
  name = 'TokenExpiryReminders1764900000000';

  async up(q: QueryRunner): Promise<void> {
    // Nullable without a default: a catalogue-only change, no table rewrite.
    await q.query(`ALTER TABLE manage_tokens ADD COLUMN expiry_reminded_at timestamptz`);
    // Serves TokenExpiryService.sendReminders: user tokens not reminded yet, by expiry
    // (`WHERE user_id IS NOT NULL AND expiry_reminded_at IS NULL AND expires_at > $now AND
    // expires_at <= $windowEnd`). Reminded and super tokens drop out of it, so it stays small.
    // The purge (`expires_at < $cutoff`) uses manage_tokens_expires_at_idx.
    await q.query(
      `CREATE INDEX manage_tokens_expiry_reminder_due_idx ON manage_tokens (expires_at)
        WHERE expiry_reminded_at IS NULL AND user_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX manage_tokens_expiry_reminder_due_idx`);
    await q.query(`ALTER TABLE manage_tokens DROP COLUMN expiry_reminded_at`);
  }
}
