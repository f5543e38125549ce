import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManageTokenService } from '@kbc/domain';
import type { TestClient } from '@kbc/testing';
import { STRONG_PASSWORD, type Stack, startStack, uniqueEmail } from './harness.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack('tokens');
});
afterAll(async () => {
  await stack?.close();
});

async function newUser(hint: string): Promise<{ client: TestClient; email: string }> {
  const email = uniqueEmail(hint);
  const client = stack.client();
  expect((await client.post('/api/auth/signup', { email, name: `${hint} person`, password: STRONG_PASSWORD })).status).toBe(201);
  return { client, email };
}

const verify = (token?: string) =>
  fetch(`${stack.url}/manage/tokens/verify`, { headers: token === undefined ? {} : { 'X-KBC-ManageApiToken': token, 'user-agent': 'curl/8.5.0' } }).then(async (r) => ({
    status: r.status,
    body: await r.json(),
  }));

const KEBOOLA_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}$/;

describe('Access Tokens (portal API)', () => {
  it('creates a token shown once, lists it without the secret, and stores only a hash', async () => {
    const { client, email } = await newUser('tokens');
    const created = await client.post('/api/account/tokens', { description: 'CI deploys', expiresInDays: 30 });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(new RegExp(`^${created.body.token.id}-[A-Za-z0-9_-]{43}$`));
    expect(created.body.token).toMatchObject({ description: 'CI deploys', lastUsedAt: null, expired: false });
    const days = (Date.parse(created.body.token.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);

    const list = await client.get('/api/account/tokens');
    expect(list.body.policy).toEqual({ defaultDays: 90, maxDays: 365 });
    expect(list.body.tokens).toHaveLength(1);
    expect(JSON.stringify(list.body)).not.toContain(created.body.secret.split('-')[1]);
    const { rows } = await stack.sql.query("SELECT encode(secret_hash, 'escape') AS h FROM manage_tokens");
    for (const r of rows) expect(r.h).not.toContain(created.body.secret.split('-')[1]);
    await stack.smtp.waitFor((m) => m.to.includes(email) && /token was created/i.test(m.subject));
  });

  it.each([
    [{ description: '', expiresInDays: 30 }, 'description', /Describe/],
    [{ description: 'x'.repeat(201), expiresInDays: 30 }, 'description', /at most 200/],
    [{ description: 'no expiry' }, 'expiresInDays', /expires/],
    [{ description: 'never', expiresInDays: 0 }, 'expiresInDays', /at least one day/],
    [{ description: 'too long', expiresInDays: 366 }, 'expiresInDays', /At most 365/],
    [{ description: 'fraction', expiresInDays: 1.5 }, 'expiresInDays', /expires/],
  ])('refuses %j with 400 on the field and creates nothing', async (body, field, message) => {
    const { client } = await newUser('tokenbad');
    const res = await client.post('/api/account/tokens', body);
    expect(res.status).toBe(400);
    expect(res.body.fields[field][0]).toMatch(message);
    expect((await client.get('/api/account/tokens')).body.tokens).toEqual([]);
  });

  it('deletes a token at once (the next Management API call is refused); another user’s token is 404', async () => {
    const alice = await newUser('alice');
    const bob = await newUser('bob');
    const { body } = await alice.client.post('/api/account/tokens', { description: 'to delete', expiresInDays: 7 });
    expect((await verify(body.secret)).status).toBe(200);
    expect((await bob.client.request('DELETE', `/api/account/tokens/${body.token.id}`, undefined)).status).toBe(404);
    expect((await verify(body.secret)).status).toBe(200);
    expect((await alice.client.request('DELETE', `/api/account/tokens/${body.token.id}`, undefined, { csrf: false })).status).toBe(403);
    expect((await alice.client.request('DELETE', `/api/account/tokens/${body.token.id}`, undefined)).status).toBe(204);
    expect((await verify(body.secret)).status).toBe(401);
    expect((await alice.client.request('DELETE', `/api/account/tokens/${body.token.id}`, undefined)).status).toBe(404);
    const log = await alice.client.get('/api/account/security-log');
    expect(log.body.events.map((e: any) => e.type)).toEqual(expect.arrayContaining(['token.created', 'token.deleted']));
  });

  it('refuses anonymous callers', async () => {
    expect((await stack.client().get('/api/account/tokens')).status).toBe(401);
    expect((await stack.client().post('/api/account/tokens', { description: 'x', expiresInDays: 1 })).status).toBe(401);
  });
});

describe('GET /manage/tokens/verify', () => {
  it('describes a user token in Keboola’s shape and records its use', async () => {
    const { client, email } = await newUser('verify');
    const { body } = await client.post('/api/account/tokens', { description: 'My script', expiresInDays: 90 });
    const res = await verify(body.secret);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: body.token.id,
      description: 'My script',
      isSessionToken: false,
      isExpired: false,
      isDisabled: false,
      scopes: [],
      type: 'admin',
      user: { email, mfaEnabled: false, isSuperAdmin: false, features: [] },
    });
    for (const k of ['created', 'lastUsed', 'expires']) expect(res.body[k]).toMatch(KEBOOLA_DATE);
    const listed = (await client.get('/api/account/tokens')).body.tokens[0];
    expect(listed.lastUsedAt).not.toBeNull();
    expect(listed.lastUsedClient).toBe('curl');
  });

  it('describes a super token created by an operator, with its scopes and no user', async () => {
    const { id, secret } = await stack.app.get(ManageTokenService).createSuperToken({ description: 'metrics reporter', scopes: ['projects:metrics'], expiresInDays: 30 });
    const res = await verify(secret);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, type: 'super', scopes: ['projects:metrics'] });
    expect(res.body.user).toBeUndefined();
  });

  it.each([
    ['missing', undefined],
    ['malformed', 'not-a-token'],
    ['unknown id', `999999-${'a'.repeat(43)}`],
  ])('refuses a %s token with 401 in Keboola’s error shape', async (_, token) => {
    const res = await verify(token);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'Invalid access token', code: 401, status: 'error' });
  });

  it('refuses a wrong secret for a real id, an expired token and a disabled owner’s token', async () => {
    const { client, email } = await newUser('refused');
    const { body } = await client.post('/api/account/tokens', { description: 'x', expiresInDays: 7 });
    const [idPart, secret] = body.secret.split('-', 2) as [string, string];
    const flipped = secret.slice(0, -1) + (secret.endsWith('A') ? 'B' : 'A');
    expect((await verify(`${idPart}-${flipped}`)).status).toBe(401);

    await stack.sql.query("UPDATE manage_tokens SET expires_at = now() - interval '1 second' WHERE id = $1", [Number(idPart)]);
    const expired = await verify(body.secret);
    expect(expired.status).toBe(401);
    expect(expired.body.error).toMatch(/expired/);

    await stack.sql.query("UPDATE manage_tokens SET expires_at = now() + interval '1 day' WHERE id = $1", [Number(idPart)]);
    await stack.sql.query('UPDATE users SET disabled_at = now() WHERE email = $1', [email]);
    expect((await verify(body.secret)).status).toBe(401);
  });

  it('sets no cookies on Management API responses (it is header-authenticated)', async () => {
    const res = await fetch(`${stack.url}/manage/tokens/verify`, { headers: { 'X-KBC-ManageApiToken': 'nope' } });
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it('answers unknown /manage routes with Keboola’s error shape', async () => {
    const res = await fetch(`${stack.url}/manage/nothing-here`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 404, status: 'error' });
  });
});
