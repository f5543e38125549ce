import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, sessions, e-mail verification, the maintainer/organization/project tree, the mail outbox, the audit log. */
export class InitialSchema1764860000000 implements MigrationInterface {
  name = 'InitialSchema1764860000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id                int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email             text NOT NULL CHECK (email = lower(email)),
        name              text NOT NULL,
        password_hash     text,
        email_verified_at timestamptz,
        is_super_admin    boolean NOT NULL DEFAULT false,
        mfa_enabled       boolean NOT NULL DEFAULT false,
        disabled_at       timestamptz,
        created_at        timestamptz NOT NULL DEFAULT now()
      )`);
    // Login and sign-up look a user up by e-mail; e-mails are stored lower-cased.
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (email)`);

    await q.query(`
      CREATE TABLE sessions (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash   bytea NOT NULL,
        user_id      int NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        mfa_passed   boolean NOT NULL DEFAULT true,
        created_at   timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at   timestamptz NOT NULL,
        user_agent   text,
        ip           inet
      )`);
    // Every authenticated request resolves its cookie by hash.
    await q.query(`CREATE UNIQUE INDEX sessions_token_hash_key ON sessions (token_hash)`);
    // "End my other sessions" and the active-sessions list.
    await q.query(`CREATE INDEX sessions_user_id_idx ON sessions (user_id)`);

    await q.query(`
      CREATE TABLE email_verifications (
        id         int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        user_id    int NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL,
        email      text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at    timestamptz
      )`);
    // Following a verification link looks the token up by hash.
    await q.query(`CREATE UNIQUE INDEX email_verifications_token_hash_key ON email_verifications (token_hash)`);
    await q.query(`CREATE INDEX email_verifications_user_id_idx ON email_verifications (user_id)`);

    await q.query(`
      CREATE TABLE maintainers (
        id         int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        name       text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE organizations (
        id            int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        maintainer_id int NOT NULL REFERENCES maintainers(id),
        name          text NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now()
      )`);
    // A maintainer's organizations.
    await q.query(`CREATE INDEX organizations_maintainer_id_idx ON organizations (maintainer_id)`);
    await q.query(`
      CREATE TABLE projects (
        id              int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        organization_id int NOT NULL REFERENCES organizations(id),
        name            text NOT NULL,
        type            text NOT NULL CHECK (type IN ('production', 'poc', 'demo')),
        limits          jsonb NOT NULL DEFAULT '{}'::jsonb,
        metrics         jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at      timestamptz NOT NULL DEFAULT now(),
        expires_at      timestamptz,
        deleted_at      timestamptz
      )`);
    // An organization's (live) projects.
    await q.query(`CREATE INDEX projects_organization_id_idx ON projects (organization_id) WHERE deleted_at IS NULL`);

    await q.query(`
      CREATE TABLE maintainer_members (
        maintainer_id int NOT NULL REFERENCES maintainers(id) ON DELETE CASCADE,
        user_id       int NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (maintainer_id, user_id)
      )`);
    await q.query(`
      CREATE TABLE organization_members (
        organization_id int NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        user_id         int NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, user_id)
      )`);
    await q.query(`
      CREATE TABLE project_members (
        project_id int NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        user_id    int NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role       text NOT NULL CHECK (role IN ('admin', 'guest', 'readOnly', 'share')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (project_id, user_id)
      )`);
    // "My projects" / "my organizations" on the home page start from the user.
    await q.query(`CREATE INDEX project_members_user_id_idx ON project_members (user_id)`);
    await q.query(`CREATE INDEX organization_members_user_id_idx ON organization_members (user_id)`);
    await q.query(`CREATE INDEX maintainer_members_user_id_idx ON maintainer_members (user_id)`);

    await q.query(`
      CREATE TABLE mail_messages (
        id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        to_address text NOT NULL,
        template   text NOT NULL,
        subject    text NOT NULL,
        body_text  text NOT NULL,
        body_html  text NOT NULL,
        status     text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
        attempts   int NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at    timestamptz
      )`);
    // The re-enqueue sweep finds undelivered mail.
    await q.query(`CREATE INDEX mail_messages_pending_idx ON mail_messages (created_at) WHERE status = 'pending'`);

    await q.query(`
      CREATE TABLE audit_events (
        id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        user_id    int REFERENCES users(id) ON DELETE CASCADE,
        type       text NOT NULL,
        ip         inet,
        user_agent text,
        details    jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The user's security log, newest first.
    await q.query(`CREATE INDEX audit_events_user_created_idx ON audit_events (user_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'audit_events',
      'mail_messages',
      'project_members',
      'organization_members',
      'maintainer_members',
      'projects',
      'organizations',
      'maintainers',
      'email_verifications',
      'sessions',
      'users',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
