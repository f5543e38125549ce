import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A delivery lease on outbox messages: a worker claims a message before sending it, so two jobs
 * for the same message (a stalled job retried, a duplicate enqueue) can never both send it.
 */
export class MailDeliveryClaim1764870000000 implements MigrationInterface {
  name = 'MailDeliveryClaim1764870000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE mail_messages ADD COLUMN claimed_until timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE mail_messages DROP COLUMN claimed_until`);
  }
}
