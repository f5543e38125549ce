import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connectSql, dropDatabase, testEnv, throwawayDatabaseUrl } from '@kbc/testing';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

// The CLI as an operator runs it: the built entry point in a child process.
const cliPath = join(dirname(fileURLToPath(import.meta.url)), '../dist/cli/main.js');
const databaseUrl = throwawayDatabaseUrl('cli');
const env = { ...process.env, ...testEnv({ databaseUrl, prefix: 'kbctest-cli' }) };
let sql: pg.Client;

function kbc(...args: string[]) {
  const res = spawnSync(process.execPath, [cliPath, ...args], { env, encoding: 'utf8' });
  let json: any;
  try {
    json = JSON.parse(res.stdout);
  } catch {
    json = undefined;
  }
  return { code: res.status, json, stderr: res.stderr };
}

beforeAll(async () => {
  expect(kbc('migrate').code).toBe(0);
  sql = await connectSql(databaseUrl);
});
afterAll(async () => {
  await sql?.end();
  await dropDatabase(databaseUrl);
});

const count = async (table: string) => Number((await sql.query(`SELECT count(*) FROM ${table}`)).rows[0].count);

describe('kbc CLI', () => {
  it('bootstraps a super admin, a maintainer, an organization and a project, printing JSON', async () => {
    const user = kbc('user:create', '--email', 'Ops@Keboola.com', '--name', 'Ops', '--password', 'operator-password', '--super-admin', '--verified');
    expect(user.code).toBe(0);
    expect(user.json).toMatchObject({ email: 'ops@keboola.com', isSuperAdmin: true, emailVerified: true });

    const maintainer = kbc('maintainer:create', '--name', 'Keboola');
    expect(maintainer.json).toMatchObject({ id: expect.any(Number), name: 'Keboola' });
    const org = kbc('org:create', '--maintainer', String(maintainer.json.id), '--name', 'Org');
    expect(org.json).toMatchObject({ maintainerId: maintainer.json.id, name: 'Org' });
    const project = kbc('project:create', '--org', String(org.json.id), '--name', 'PoC', '--type', 'poc', '--expires-in-days', '30');
    expect(project.code).toBe(0);
    expect(project.json).toMatchObject({ name: 'PoC', type: 'poc' });
    expect(new Date(project.json.expiresAt).getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    const member = kbc('project:add-user', '--project', String(project.json.id), '--user', 'ops@keboola.com', '--role', 'readOnly');
    expect(member.json).toMatchObject({ projectId: project.json.id, userId: user.json.id, role: 'readOnly' });
  });

  it.each([
    [['user:create', '--email', 'ops@keboola.com', '--name', 'Again', '--password', 'operator-password'], 1, /already exists/, 'users'],
    [['user:create', '--email', 'not-an-email', '--name', 'X', '--password', 'operator-password'], 2, /not an e-mail address/, 'users'],
    [['user:create', '--email', 'short@keboola.com', '--name', 'X', '--password', 'short'], 2, /8 to 128/, 'users'],
    [['org:create', '--maintainer', '999', '--name', 'Orphan'], 1, /No maintainer with id 999/, 'organizations'],
    [['project:create', '--org', '999', '--name', 'Orphan'], 1, /No organization with id 999/, 'projects'],
    [['project:create', '--org', 'abc', '--name', 'Orphan'], 2, /--org must be a positive whole number/, 'projects'],
    [['project:create', '--org', '1', '--name', 'Bad', '--type', 'enterprise'], 1, /Unknown project type/, 'projects'],
    [['project:add-user', '--project', '1', '--user', 'nobody@example.com'], 1, /No user nobody@example.com/, 'project_members'],
    [['maintainer:create'], 2, /--name is required/, 'maintainers'],
    [['maintainer:create', '--name', 'X', '--bogus'], 2, /Unknown option '--bogus'/, 'maintainers'],
  ])('refuses %j with exit %i and a clear message, changing nothing', async (args, code, message, table) => {
    const before = await count(table);
    const res = kbc(...args);
    expect(res.code).toBe(code);
    expect(res.stderr).toMatch(message);
    expect(res.json).toBeUndefined();
    expect(await count(table)).toBe(before);
  });

  it('resets MFA only for a user who has it on', async () => {
    const res = kbc('user:reset-mfa', '--user', 'ops@keboola.com');
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/Multi-factor authentication is off/);
    await sql.query(`UPDATE users SET mfa_enabled = true, mfa_secret_enc = 'v1:x' WHERE email = 'ops@keboola.com'`);
    const ok = kbc('user:reset-mfa', '--user', 'ops@keboola.com');
    expect(ok.code).toBe(0);
    expect(ok.json).toMatchObject({ email: 'ops@keboola.com', mfaEnabled: false });
    const row = (await sql.query(`SELECT mfa_enabled, mfa_secret_enc FROM users WHERE email = 'ops@keboola.com'`)).rows[0];
    expect(row).toEqual({ mfa_enabled: false, mfa_secret_enc: null });
  });

  it('creates a super token with scopes, printed once, that the Management API accepts', async () => {
    const res = kbc('token:create-super', '--description', 'metrics reporter', '--scopes', 'projects:metrics, other:scope', '--expires-in-days', '30');
    expect(res.code).toBe(0);
    expect(res.json).toMatchObject({ scopes: ['projects:metrics', 'other:scope'], token: expect.stringMatching(/^\d+-[A-Za-z0-9_-]{43}$/) });
    const row = (await sql.query('SELECT type, user_id, scopes FROM manage_tokens WHERE id = $1', [res.json.id])).rows[0];
    expect(row).toEqual({ type: 'super', user_id: null, scopes: ['projects:metrics', 'other:scope'] });
    const bad = kbc('token:create-super', '--description', 'x', '--scopes', 'bad scope!');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/is not a scope name/);
  });

  it('names an unknown command and lists the commands', () => {
    const res = kbc('frobnicate');
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/unknown command "frobnicate"/);
    expect(res.stderr).toMatch(/user:create/);
  });

  it('stops with one line naming an unreachable database', () => {
    const res = spawnSync(process.execPath, [cliPath, 'migrate'], {
      env: { ...env, DATABASE_URL: 'postgres://root@127.0.0.1:1/nowhere' },
      encoding: 'utf8',
    });
    expect(res.status).toBe(1);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(/PostgreSQL at postgres:\/\/root@127.0.0.1:1\/nowhere is unreachable.*pg_ctlcluster/);
  });

  it('stops with one line naming a malformed variable', () => {
    const res = spawnSync(process.execPath, [cliPath, 'migrate'], { env: { ...env, REDIS_URL: 'http://nope' }, encoding: 'utf8' });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/REDIS_URL: must be a redis:\/\/ URL/);
  });
});
