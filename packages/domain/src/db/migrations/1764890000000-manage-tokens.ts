import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Management API tokens: only a SHA-256 of the secret is kept; every token expires. */
export class ManageTokens1764890000000 implements MigrationInterface {
  name = 'ManageTokens1764890000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE manage_tokens (
        id            int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        user_id       int REFERENCES users(id) ON DELETE CASCADE,
        description   text NOT NULL,
        secret_hash   bytea NOT NULL,
        type          text NOT NULL DEFAULT 'admin' CHECK (type IN ('admin', 'super')),
        scopes        text[] NOT NULL DEFAULT '{}',
        created_at    timestamptz NOT NULL DEFAULT now(),
        expires_at    timestamptz NOT NULL,
        last_used_at  timestamptz,
        last_used_ip  inet,
        last_used_agent text,
        CHECK ((type = 'admin') = (user_id IS NOT NULL))
      )`);
    // The Access Tokens page lists a user's tokens.
    await q.query(`CREATE INDEX manage_tokens_user_id_idx ON manage_tokens (user_id)`);
    // Expiry sweeps and reminders scan by expiry.
    await q.query(`CREATE INDEX manage_tokens_expires_at_idx ON manage_tokens (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE manage_tokens`);
  }
}
