import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Fields the Management API exposes on organizations and projects, and project templates. */
export class ManageApi1764895000000 implements MigrationInterface {
  name = 'ManageApi1764895000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE organizations
        ADD COLUMN allow_auto_join boolean NOT NULL DEFAULT true,
        ADD COLUMN crm_id text,
        ADD COLUMN activity_center_project_id int,
        ADD COLUMN mfa_required boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE projects ADD COLUMN description text`);
    await q.query(`
      CREATE TABLE project_templates (
        string_id       text PRIMARY KEY,
        name            text NOT NULL,
        description     text NOT NULL,
        expiration_days int,
        project_type    text NOT NULL CHECK (project_type IN ('production', 'poc', 'demo')),
        limits          jsonb NOT NULL DEFAULT '{}'::jsonb,
        hidden          boolean NOT NULL DEFAULT false
      )`);
    await q.query(`
      INSERT INTO project_templates (string_id, name, description, expiration_days, project_type, limits, hidden) VALUES
        ('production', 'Production', 'A production project without expiration.', NULL, 'production',
         '{"kbc.adminsCount": {"name": "kbc.adminsCount", "value": 10}, "storage.dataSizeBytes": {"name": "storage.dataSizeBytes", "value": 50000000000}}', false),
        ('poc', 'Proof of Concept', 'A 30-day project to try Keboola on real data.', 30, 'poc',
         '{"kbc.adminsCount": {"name": "kbc.adminsCount", "value": 3}, "storage.dataSizeBytes": {"name": "storage.dataSizeBytes", "value": 5000000000}}', false),
        ('demo', 'Demo', 'A 14-day project for demos and hackathons.', 14, 'demo',
         '{"kbc.adminsCount": {"name": "kbc.adminsCount", "value": 3}, "storage.dataSizeBytes": {"name": "storage.dataSizeBytes", "value": 1000000000}}', false),
        ('internal', 'Internal', 'Keboola-internal project without limits (staff only).', NULL, 'production', '{}', true)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE project_templates`);
    await q.query(`ALTER TABLE projects DROP COLUMN description`);
    await q.query(`ALTER TABLE organizations DROP COLUMN allow_auto_join, DROP COLUMN crm_id, DROP COLUMN activity_center_project_id, DROP COLUMN mfa_required`);
  }
}
