import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManageTokenService } from '@kbc/domain';
import { STRONG_PASSWORD, type Stack, startStack, uniqueEmail } from './harness.js';

let stack: Stack;
const KEBOOLA_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}$/;

interface Person {
  id: number;
  email: string;
  token: string;
}

/** A caller of the Management API: a user with a token, as a script would use it. */
async function person(hint: string, opts: { superAdmin?: boolean } = {}): Promise<Person> {
  const email = uniqueEmail(hint);
  const res = await stack.client().post('/api/auth/signup', { email, name: `${hint} person`, password: STRONG_PASSWORD });
  const id = res.body.user.id as number;
  if (opts.superAdmin) await stack.sql.query('UPDATE users SET is_super_admin = true WHERE id = $1', [id]);
  const { secret } = await stack.app.get(ManageTokenService).createForUser(id, { description: hint, expiresInDays: 30 }, { ip: null, userAgent: null });
  return { id, email, token: secret };
}

async function api(who: Person | string, method: string, path: string, body?: unknown, raw?: string) {
  const token = typeof who === 'string' ? who : who.token;
  const res = await fetch(`${stack.url}/manage${path}`, {
    method,
    headers: { 'X-KBC-ManageApiToken': token, ...(body !== undefined || raw ? { 'content-type': 'application/json' } : {}) },
    body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type'), body: text ? JSON.parse(text) : undefined };
}

let superAdmin: Person;
let maintainerAdmin: Person;
let orgAdmin: Person;
let projectGuest: Person;
let stranger: Person;
let maintainerId: number;
let orgId: number;
let otherOrgId: number;

beforeAll(async () => {
  stack = await startStack('manage', { worker: false });
  superAdmin = await person('super', { superAdmin: true });
  maintainerAdmin = await person('maint');
  orgAdmin = await person('orgadmin');
  projectGuest = await person('guest');
  stranger = await person('stranger');
  const m = await api(superAdmin, 'POST', '/maintainers', { name: 'Partner Co' });
  expect(m.status).toBe(201);
  maintainerId = m.body.id;
  await stack.sql.query('INSERT INTO maintainer_members (maintainer_id, user_id) VALUES ($1, $2)', [maintainerId, maintainerAdmin.id]);
  const o = await api(maintainerAdmin, 'POST', `/maintainers/${maintainerId}/organizations`, { name: 'Acme', crmId: 'crm-1' });
  expect(o.status).toBe(201);
  orgId = o.body.id;
  await api(maintainerAdmin, 'POST', `/organizations/${orgId}/users`, { email: orgAdmin.email });
  otherOrgId = (await api(superAdmin, 'POST', `/maintainers/${maintainerId}/organizations`, { name: 'Other' })).body.id;
});
afterAll(async () => {
  await stack?.close();
});

describe('wire format', () => {
  it('answers JSON with exactly application/json (Keboola clients check it) and Keboola dates', async () => {
    const res = await api(maintainerAdmin, 'GET', `/maintainers/${maintainerId}`);
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/json');
    expect(res.body).toMatchObject({ id: maintainerId, name: 'Partner Co', defaultFileStorageId: null });
    expect(res.body.created).toMatch(KEBOOLA_DATE);
  });

  it('answers a body that is not JSON with 400 "Request body not valid"', async () => {
    const res = await api(maintainerAdmin, 'POST', `/maintainers/${maintainerId}/organizations`, undefined, '{"name":');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'Request body not valid', code: 400, status: 'error' });
  });

  it('answers invalid fields with 400 naming the problem, and creates nothing', async () => {
    const before = (await stack.sql.query('SELECT count(*)::int AS c FROM organizations')).rows[0].c;
    const res = await api(maintainerAdmin, 'POST', `/maintainers/${maintainerId}/organizations`, { name: '' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 400, status: 'error', error: expect.stringMatching(/name/) });
    expect((await stack.sql.query('SELECT count(*)::int AS c FROM organizations')).rows[0].c).toBe(before);
  });
});

describe('maintainers and organizations', () => {
  it('lets only super admins create maintainers', async () => {
    expect((await api(maintainerAdmin, 'POST', '/maintainers', { name: 'Nope' })).status).toBe(403);
  });

  it('manages maintainers (super admins) and their members (members too, keeping at least one)', async () => {
    const m = (await api(superAdmin, 'POST', '/maintainers', { name: 'Temp maintainer' })).body;
    expect((await api(maintainerAdmin, 'PATCH', `/maintainers/${m.id}`, { name: 'x' })).status).toBe(403);
    expect((await api(superAdmin, 'PATCH', `/maintainers/${m.id}`, { name: 'Renamed' })).body.name).toBe('Renamed');
    const helper = await person('mhelper');
    expect((await api(superAdmin, 'POST', `/maintainers/${m.id}/users`, { email: helper.email })).status).toBe(201);
    expect((await api(helper, 'GET', `/maintainers/${m.id}/users`)).body.map((u: any) => u.id)).toEqual(expect.arrayContaining([superAdmin.id, helper.id]));
    expect((await api(stranger, 'GET', `/maintainers/${m.id}/users`)).status).toBe(403);
    expect((await api(helper, 'DELETE', `/maintainers/${m.id}/users/${superAdmin.id}`)).status).toBe(204);
    expect((await api(helper, 'DELETE', `/maintainers/${m.id}/users/${helper.id}`)).status).toBe(400);
    const o = (await api(helper, 'POST', `/maintainers/${m.id}/organizations`, { name: 'Blocks delete' })).body;
    expect((await api(superAdmin, 'DELETE', `/maintainers/${m.id}`)).status).toBe(400);
    expect((await api(superAdmin, 'DELETE', `/organizations/${o.id}`)).status).toBe(204);
    expect((await api(helper, 'DELETE', `/maintainers/${m.id}`)).status).toBe(403);
    expect((await api(superAdmin, 'DELETE', `/maintainers/${m.id}`)).status).toBe(204);
    expect((await api(superAdmin, 'GET', `/maintainers/${m.id}`)).status).toBe(404);
  });

  it('lists what each caller can see', async () => {
    const ids = async (p: Person) => (await api(p, 'GET', '/organizations')).body.map((o: any) => o.id);
    expect(await ids(superAdmin)).toEqual(expect.arrayContaining([orgId, otherOrgId]));
    expect(await ids(maintainerAdmin)).toEqual(expect.arrayContaining([orgId, otherOrgId]));
    expect(await ids(orgAdmin)).toEqual([orgId]);
    expect(await ids(stranger)).toEqual([]);
    expect((await api(stranger, 'GET', '/maintainers')).body).toEqual([]);
    expect((await api(maintainerAdmin, 'GET', `/maintainers/${maintainerId}/organizations`)).body.map((o: any) => o.id)).toEqual([orgId, otherOrgId]);
  });

  it('shows organization detail with Keboola’s fields to its admins only', async () => {
    const res = await api(orgAdmin, 'GET', `/organizations/${orgId}`);
    expect(res.body).toMatchObject({ id: orgId, name: 'Acme', allowAutoJoin: true, crmId: 'crm-1', activityCenterProjectId: null, mfaRequired: false, maintainer: { id: maintainerId }, projects: [] });
    expect((await api(stranger, 'GET', `/organizations/${orgId}`)).status).toBe(403);
    expect((await api(orgAdmin, 'GET', `/organizations/${otherOrgId}`)).status).toBe(403);
    const missing = await api(superAdmin, 'GET', '/organizations/99999');
    expect(missing).toMatchObject({ status: 404, body: { code: 404, status: 'error' } });
  });

  it('updates an organization; refuses unknown fields', async () => {
    const res = await api(orgAdmin, 'PATCH', `/organizations/${orgId}`, { name: 'Acme Corp', allowAutoJoin: false });
    expect(res.body).toMatchObject({ name: 'Acme Corp', allowAutoJoin: false, crmId: 'crm-1' });
    expect((await api(orgAdmin, 'PATCH', `/organizations/${orgId}`, { bogus: 1 })).status).toBe(400);
    expect((await api(stranger, 'PATCH', `/organizations/${orgId}`, { name: 'x' })).status).toBe(403);
  });

  it('manages organization members, keeping at least one', async () => {
    const org = (await api(superAdmin, 'POST', `/maintainers/${maintainerId}/organizations`, { name: 'Members' })).body;
    const a = await person('mem-a');
    expect((await api(superAdmin, 'POST', `/organizations/${org.id}/users`, { id: a.id })).status).toBe(201);
    expect((await api(superAdmin, 'POST', `/organizations/${org.id}/users`, { email: 'nobody@example.com' })).status).toBe(404);
    expect((await api(superAdmin, 'POST', `/organizations/${org.id}/users`, {})).status).toBe(400);
    expect((await api(superAdmin, 'GET', `/organizations/${org.id}/users`)).body.map((u: any) => u.email)).toEqual(expect.arrayContaining([a.email, superAdmin.email]));
    expect((await api(superAdmin, 'DELETE', `/organizations/${org.id}/users/${superAdmin.id}`)).status).toBe(204);
    const last = await api(a, 'DELETE', `/organizations/${org.id}/users/${a.id}`);
    expect(last.status).toBe(400);
    expect(last.body.error).toMatch(/at least one member/);
  });

  it('deletes only an organization without projects', async () => {
    const org = (await api(superAdmin, 'POST', `/maintainers/${maintainerId}/organizations`, { name: 'Temp' })).body;
    const p = (await api(superAdmin, 'POST', `/organizations/${org.id}/projects`, { name: 'Blocker' })).body;
    const refused = await api(superAdmin, 'DELETE', `/organizations/${org.id}`);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatch(/still has 1 project/);
    expect((await api(superAdmin, 'DELETE', `/projects/${p.id}`)).status).toBe(204);
    expect((await api(superAdmin, 'DELETE', `/organizations/${org.id}`)).status).toBe(204);
    expect((await api(superAdmin, 'GET', `/organizations/${org.id}`)).status).toBe(404);
  });
});

describe('project templates', () => {
  it('lists templates; hidden ones only for super admins', async () => {
    const seen = (await api(orgAdmin, 'GET', '/project-templates')).body.map((t: any) => t.stringId);
    expect(seen).toEqual(['demo', 'poc', 'production']);
    expect((await api(superAdmin, 'GET', '/project-templates')).body.map((t: any) => t.stringId)).toContain('internal');
    expect((await api(orgAdmin, 'GET', '/project-templates/poc')).body).toMatchObject({ stringId: 'poc', expirationDays: 30 });
    expect((await api(orgAdmin, 'GET', '/project-templates/internal')).status).toBe(404);
  });
});

describe('projects', () => {
  let projectId: number;

  beforeAll(async () => {
    const res = await api(orgAdmin, 'POST', `/organizations/${orgId}/projects`, { name: 'Sales PoC', type: 'poc', description: 'Trying Keboola' });
    expect(res.status).toBe(201);
    projectId = res.body.id;
    await api(orgAdmin, 'POST', `/projects/${projectId}/users`, { email: projectGuest.email, role: 'guest' });
  });

  it('creates a project from the template matching its type (limits, expiry) and makes the creator its admin', async () => {
    const res = await api(orgAdmin, 'GET', `/projects/${projectId}`);
    expect(res.body).toMatchObject({
      id: projectId,
      name: 'Sales PoC',
      type: 'poc',
      description: 'Trying Keboola',
      organization: { id: orgId },
      limits: { 'kbc.adminsCount': { name: 'kbc.adminsCount', value: 3 } },
      metrics: {},
    });
    const days = (Date.parse(res.body.expires.replace(/(\d\d)(\d\d)$/, '$1:$2')) - Date.now()) / 86_400_000;
    expect(Math.round(days)).toBe(30);
    const users = (await api(orgAdmin, 'GET', `/projects/${projectId}/users`)).body;
    expect(users.find((u: any) => u.id === orgAdmin.id)).toMatchObject({ role: 'admin' });
    expect((await api(orgAdmin, 'POST', `/organizations/${orgId}/projects`, { name: 'x', type: 'internal' })).status).toBe(400);
    expect((await api(stranger, 'POST', `/organizations/${orgId}/projects`, { name: 'x' })).status).toBe(403);
  });

  it('lets a project member read the project but not change it; strangers get 403', async () => {
    expect((await api(projectGuest, 'GET', `/projects/${projectId}`)).status).toBe(200);
    expect((await api(projectGuest, 'PUT', `/projects/${projectId}`, { name: 'Hacked' })).status).toBe(403);
    expect((await api(projectGuest, 'GET', `/organizations/${orgId}`)).status).toBe(403);
    expect((await api(stranger, 'GET', `/projects/${projectId}`)).status).toBe(403);
    expect((await api(stranger, 'GET', '/projects/987654')).status).toBe(404);
    expect((await api(stranger, 'GET', '/projects/abc')).status).toBe(404);
  });

  it('updates a project (expiration only by super admins)', async () => {
    expect((await api(orgAdmin, 'PUT', `/projects/${projectId}`, { name: 'Sales PoC 2' })).body.name).toBe('Sales PoC 2');
    expect((await api(orgAdmin, 'PUT', `/projects/${projectId}`, { expirationDays: 365 })).status).toBe(403);
    expect((await api(superAdmin, 'PUT', `/projects/${projectId}`, { expirationDays: null })).body.expires).toBeNull();
  });

  it('sets and removes limits (super admins only)', async () => {
    expect((await api(orgAdmin, 'POST', `/projects/${projectId}/limits`, { limits: [{ name: 'kbc.adminsCount', value: 9 }] })).status).toBe(403);
    const res = await api(superAdmin, 'POST', `/projects/${projectId}/limits`, { limits: [{ name: 'kbc.adminsCount', value: 9 }, { name: 'storage.jobsParallelism', value: 4 }] });
    expect(res.body.limits).toMatchObject({ 'kbc.adminsCount': { value: 9 }, 'storage.jobsParallelism': { value: 4 } });
    expect((await api(superAdmin, 'POST', `/projects/${projectId}/limits`, { limits: [] })).status).toBe(400);
    expect((await api(superAdmin, 'POST', `/projects/${projectId}/limits`, { limits: [{ name: 'x y', value: 1 }] })).status).toBe(400);
    expect((await api(superAdmin, 'DELETE', `/projects/${projectId}/limits/storage.jobsParallelism`)).status).toBe(204);
    expect((await api(superAdmin, 'GET', `/projects/${projectId}`)).body.limits['storage.jobsParallelism']).toBeUndefined();
  });

  it('accepts metrics only from an application token with the metrics:write scope', async () => {
    const service = stack.app.get(ManageTokenService);
    const reporter = await service.createSuperToken({ description: 'reporter', scopes: ['metrics:write'], expiresInDays: 30 });
    const unscoped = await service.createSuperToken({ description: 'unscoped', scopes: [], expiresInDays: 30 });
    const metrics = { metrics: [{ name: 'storage.dataSizeBytes', value: 1234 }, { name: 'storage.rowsCount', value: 56 }] };
    expect((await api(unscoped.secret, 'POST', `/projects/${projectId}/metrics`, metrics)).status).toBe(403);
    expect((await api(superAdmin, 'POST', `/projects/${projectId}/metrics`, metrics)).status).toBe(403);
    const res = await api(reporter.secret, 'POST', `/projects/${projectId}/metrics`, metrics);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dataSizeBytes: 1234, rowsCount: 56, metrics: { 'storage.rowsCount': { name: 'storage.rowsCount', value: 56 } } });
    // An application token administers everything, like a super admin.
    expect((await api(unscoped.secret, 'GET', `/projects/${projectId}`)).status).toBe(200);
  });

  it('manages project users and roles', async () => {
    const extra = await person('extra');
    expect((await api(orgAdmin, 'POST', `/projects/${projectId}/users`, { email: extra.email, role: 'owner' })).status).toBe(400);
    expect((await api(orgAdmin, 'POST', `/projects/${projectId}/users`, { email: extra.email, role: 'readOnly' })).body).toMatchObject({ email: extra.email, role: 'readOnly' });
    expect((await api(orgAdmin, 'PATCH', `/projects/${projectId}/users/${extra.id}`, { role: 'share' })).body.role).toBe('share');
    expect((await api(projectGuest, 'DELETE', `/projects/${projectId}/users/${extra.id}`)).status).toBe(403);
    expect((await api(orgAdmin, 'DELETE', `/projects/${projectId}/users/${extra.id}`)).status).toBe(204);
    expect((await api(orgAdmin, 'DELETE', `/projects/${projectId}/users/${extra.id}`)).status).toBe(404);
    expect((await api(extra, 'GET', `/projects/${projectId}`)).status).toBe(403);
  });

  it('moves a project when the caller administers both organizations', async () => {
    const p = (await api(maintainerAdmin, 'POST', `/organizations/${orgId}/projects`, { name: 'Mover' })).body;
    expect((await api(orgAdmin, 'POST', `/projects/${p.id}/organizations`, { organizationId: otherOrgId })).status).toBe(403);
    expect((await api(maintainerAdmin, 'POST', `/projects/${p.id}/organizations`, {})).status).toBe(400);
    const moved = await api(maintainerAdmin, 'POST', `/projects/${p.id}/organizations`, { organizationId: otherOrgId });
    expect(moved.body.organization.id).toBe(otherOrgId);
    expect((await api(orgAdmin, 'GET', `/organizations/${orgId}/projects`)).body.map((x: any) => x.id)).not.toContain(p.id);
  });

  it('soft-deletes: the project disappears for everyone and stays in the database', async () => {
    const p = (await api(orgAdmin, 'POST', `/organizations/${orgId}/projects`, { name: 'Doomed' })).body;
    expect((await api(projectGuest, 'DELETE', `/projects/${p.id}`)).status).toBe(403);
    expect((await api(orgAdmin, 'DELETE', `/projects/${p.id}`)).status).toBe(204);
    expect((await api(orgAdmin, 'GET', `/projects/${p.id}`)).status).toBe(404);
    expect((await api(superAdmin, 'GET', `/projects/${p.id}`)).status).toBe(404);
    expect((await stack.sql.query('SELECT deleted_at FROM projects WHERE id = $1', [p.id])).rows[0].deleted_at).not.toBeNull();
  });
});

describe('MFA enforcement', () => {
  it('requires the admin’s own MFA; afterwards members without MFA lose access and cannot be added', async () => {
    const org = (await api(superAdmin, 'POST', `/maintainers/${maintainerId}/organizations`, { name: 'Secure' })).body;
    const admin = await person('secadmin');
    const member = await person('secmember');
    await api(superAdmin, 'POST', `/organizations/${org.id}/users`, { id: admin.id });
    const p = (await api(admin, 'POST', `/organizations/${org.id}/projects`, { name: 'Secret' })).body;
    await api(admin, 'POST', `/projects/${p.id}/users`, { id: member.id, role: 'guest' });
    expect((await api(member, 'GET', `/projects/${p.id}`)).status).toBe(200);

    const refused = await api(admin, 'PATCH', `/organizations/${org.id}/force-mfa`, {});
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatch(/your own account/);
    await stack.sql.query('UPDATE users SET mfa_enabled = true WHERE id = $1', [admin.id]);
    expect((await api(admin, 'PATCH', `/organizations/${org.id}/force-mfa`, {})).body.mfaRequired).toBe(true);

    expect((await api(member, 'GET', `/projects/${p.id}`)).status).toBe(403);
    const outsider = await person('nomfa');
    const add = await api(admin, 'POST', `/projects/${p.id}/users`, { id: outsider.id });
    expect(add.status).toBe(400);
    expect(add.body.error).toMatch(/requires multi-factor authentication/);
  });
});

describe('users', () => {
  it('shows a user to themselves and to super admins', async () => {
    expect((await api(stranger, 'GET', `/users/${stranger.email}`)).body).toMatchObject({ id: stranger.id, email: stranger.email, mfaEnabled: false });
    expect((await api(stranger, 'GET', `/users/${orgAdmin.id}`)).status).toBe(403);
    expect((await api(superAdmin, 'GET', `/users/${orgAdmin.id}`)).body.email).toBe(orgAdmin.email);
    expect((await api(superAdmin, 'GET', '/users/nobody@example.com')).status).toBe(404);
  });

  it('lets a super admin disable a user’s MFA, which e-mails the user', async () => {
    const u = await person('lostphone');
    expect((await api(superAdmin, 'DELETE', `/users/${u.id}/mfa`)).status).toBe(400);
    await stack.sql.query(`UPDATE users SET mfa_enabled = true, mfa_secret_enc = 'v1:x' WHERE id = $1`, [u.id]);
    expect((await api(orgAdmin, 'DELETE', `/users/${u.id}/mfa`)).status).toBe(403);
    expect((await api(superAdmin, 'DELETE', `/users/${u.id}/mfa`)).status).toBe(204);
    expect((await api(superAdmin, 'GET', `/users/${u.id}`)).body.mfaEnabled).toBe(false);
    const mail = await stack.sql.query(`SELECT subject FROM mail_messages WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`, [u.email]);
    expect(mail.rows[0].subject).toMatch(/is off/i);
  });
});

describe('OpenAPI for /manage', () => {
  it('describes every route the controller serves, with body schemas from the contract', async () => {
    const doc = await (await fetch(`${stack.url}/manage/openapi.json`)).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.securitySchemes.manageToken).toMatchObject({ in: 'header', name: 'X-KBC-ManageApiToken' });
    // Every route registered by the controller appears in the document.
    const { ManageController } = await import('../src/manage/manage.controller.js');
    const routes = Object.getOwnPropertyNames(ManageController.prototype)
      .filter((m) => m !== 'constructor')
      .map((m) => Reflect.getMetadata('path', (ManageController.prototype as any)[m]))
      .filter((p): p is string => typeof p === 'string')
      .map((p) => `/manage/${p.replace(/:(\w+)/g, (_, n) => `{${n === 'ref' ? 'id' : n}}`)}`);
    expect(routes.length).toBeGreaterThan(30);
    for (const r of routes) expect(Object.keys(doc.paths)).toContain(r);
    expect(doc.paths['/manage/projects/{id}/limits'].post.requestBody.content['application/json'].schema.required).toEqual(['limits']);
  });
});
