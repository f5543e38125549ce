import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TestClient } from '@kbc/testing';
import { STRONG_PASSWORD, type Stack, startStack, uniqueEmail } from './harness.js';

let stack: Stack;
let member: TestClient;
let outsider: TestClient;
let staff: TestClient;
let ids: { mine: number; other: number; deleted: number };

async function signedIn(email: string): Promise<TestClient> {
  const client = stack.client();
  const res = await client.post('/api/auth/login', { email, password: STRONG_PASSWORD });
  expect(res.status).toBe(200);
  return client;
}

beforeAll(async () => {
  stack = await startStack('projects', { worker: false });
});

afterAll(async () => {
  await stack?.close();
});

describe('projects', () => {
  beforeAll(async () => {
    const q = (sql: string, params: unknown[] = []) => stack.sql.query(sql, params);
    const memberEmail = uniqueEmail('member');
    const outsiderEmail = uniqueEmail('outsider');
    for (const email of [memberEmail, outsiderEmail]) {
      await stack.client().post('/api/auth/signup', { email, name: email.split('@')[0], password: STRONG_PASSWORD });
    }
    const staffEmail = uniqueEmail('staff');
    await stack.client().post('/api/auth/signup', { email: staffEmail, name: 'Staff', password: STRONG_PASSWORD });
    await q('UPDATE users SET is_super_admin = true WHERE email = $1', [staffEmail]);
    const m = (await q("INSERT INTO maintainers (name) VALUES ('M') RETURNING id")).rows[0].id;
    const o = (await q("INSERT INTO organizations (maintainer_id, name) VALUES ($1, 'Org One') RETURNING id", [m])).rows[0].id;
    const insertProject = async (name: string, type: string, deleted = false) =>
      (await q(
        `INSERT INTO projects (organization_id, name, type, limits, deleted_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [o, name, type, JSON.stringify({ 'kbc.adminsCount': { name: 'kbc.adminsCount', value: 5 } }), deleted ? new Date() : null],
      )).rows[0].id as number;
    ids = { mine: await insertProject('Zeta Mine', 'poc'), other: await insertProject('Not Mine', 'production'), deleted: await insertProject('Deleted Mine', 'demo', true) };
    const memberId = (await q('SELECT id FROM users WHERE email = $1', [memberEmail])).rows[0].id;
    await q(`INSERT INTO project_members (project_id, user_id, role) VALUES ($1, $2, 'guest'), ($3, $2, 'admin')`, [ids.mine, memberId, ids.deleted]);
    member = await signedIn(memberEmail);
    outsider = await signedIn(outsiderEmail);
    staff = await signedIn(staffEmail);
  });

  it('lists only the projects the user is a member of, with organization, type and role (deleted ones hidden)', async () => {
    const res = await member.get('/api/projects');
    expect(res.status).toBe(200);
    expect(res.body.projects).toEqual([
      expect.objectContaining({ id: ids.mine, name: 'Zeta Mine', type: 'poc', role: 'guest', organization: expect.objectContaining({ name: 'Org One' }) }),
    ]);
    expect((await outsider.get('/api/projects')).body.projects).toEqual([]);
  });

  it('shows a member the project detail with limits and metrics', async () => {
    const res = await member.get(`/api/projects/${ids.mine}`);
    expect(res.status).toBe(200);
    expect(res.body.project).toMatchObject({
      id: ids.mine,
      maintainer: { name: 'M' },
      limits: { 'kbc.adminsCount': { name: 'kbc.adminsCount', value: 5 } },
      metrics: {},
    });
  });

  it('answers 404 for a project the user is not a member of, a deleted one, or one that does not exist', async () => {
    for (const id of [ids.other, ids.deleted, 987654]) {
      const res = await member.get(`/api/projects/${id}`);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('project.not_found');
    }
    // Super admins browse projects through the staff console, not the portal's member view.
    expect((await staff.get(`/api/projects/${ids.other}`)).status).toBe(404);
  });

  it('answers 400 for an id that is not a number', async () => {
    const res = await member.get('/api/projects/abc');
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/whole number/);
  });

  it('refuses anonymous callers with 401', async () => {
    expect((await stack.client().get('/api/projects')).status).toBe(401);
    expect((await stack.client().get(`/api/projects/${ids.mine}`)).status).toBe(401);
  });

  it('admits only super admins to the staff API', async () => {
    expect((await staff.get('/api/staff/me')).status).toBe(200);
    const refused = await member.get('/api/staff/me');
    expect(refused.status).toBe(403);
    expect(refused.body.message).toBe('The staff console is for Keboola employees only.');
    expect((await stack.client().get('/api/staff/me')).status).toBe(401);
  });

  it('refuses a staff sign-in by a non-staff user with 403 and starts no session', async () => {
    const client = stack.client();
    const email = (await member.get('/api/me')).body.user.email;
    const res = await client.post('/api/auth/login', { email, password: STRONG_PASSWORD, audience: 'staff' });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('auth.staff_only');
    expect(client.cookies.has('kbc_session')).toBe(false);
  });
});

describe('health', () => {
  it('answers liveness and readiness with each check', async () => {
    const client = stack.client();
    expect((await client.get('/health')).body).toEqual({ status: 'ok' });
    const ready = await client.get('/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ready', checks: { postgres: { status: 'up' }, redis: { status: 'up' } } });
  });

  it('sends security headers and a request id', async () => {
    const res = await stack.client().get('/health');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-request-id')).toMatch(/^[\w-]+$/);
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const res = await stack.client().get('/api/nope');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'not_found', statusCode: 404 });
  });
});

describe('OpenAPI', () => {
  it('describes every /api route with request schemas generated from the contract', async () => {
    const res = await stack.client().get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/signup', '/api/auth/login', '/api/auth/mfa', '/api/auth/logout', '/api/auth/verify-email', '/api/me', '/api/projects', '/api/projects/{id}', '/api/staff/me', '/api/account/password', '/api/account/mfa/activate', '/api/account/sessions/{id}', '/api/account/security-log']),
    );
    const signup = res.body.paths['/api/auth/signup'].post;
    const body = signup.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(expect.arrayContaining(['email', 'name', 'password']));
    expect(body.properties.password.minLength).toBe(8);
    expect(signup.responses['409'].content['application/json'].schema.required).toEqual(expect.arrayContaining(['code', 'message', 'statusCode']));
  });
});
