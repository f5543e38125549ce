import type { MigrationInterface, QueryRunner } from 'typeorm';

/** MFA (encrypted TOTP secrets, replay guard, recovery codes) and password-change bookkeeping. */
export class AccountSecurity1764880000000 implements MigrationInterface {
  name = 'AccountSecurity1764880000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users
        ADD COLUMN mfa_secret_enc text,
        ADD COLUMN mfa_pending_secret_enc text,
        ADD COLUMN mfa_last_time_step bigint,
        ADD COLUMN password_changed_at timestamptz`);
    await q.query(`
      CREATE TABLE recovery_codes (
        id         int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        user_id    int NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        code_hash  bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at    timestamptz
      )`);
    // Redeeming a code looks it up by user and hash; counting unused ones by user.
    await q.query(`CREATE UNIQUE INDEX recovery_codes_user_hash_key ON recovery_codes (user_id, code_hash)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE recovery_codes`);
    await q.query(`
      ALTER TABLE users
        DROP COLUMN mfa_secret_enc, DROP COLUMN mfa_pending_secret_enc,
        DROP COLUMN mfa_last_time_step, DROP COLUMN password_changed_at`);
  }
}
