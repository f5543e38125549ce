import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { STRONG_PASSWORD, type Stack, startStack, uniqueEmail } from './harness.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack('auth');
});
afterAll(async () => {
  await stack?.close();
});

const countUsers = async () => Number((await stack.sql.query('SELECT count(*) FROM users')).rows[0].count);
const tokenFrom = (text: string) => new URL(text.match(/http\S+verify-email\?token=\S+/)![0]).searchParams.get('token')!;

describe('sign-up', () => {
  it('creates the account, signs the browser in and e-mails a verification link', async () => {
    const client = stack.client();
    const email = uniqueEmail('Signup');
    const res = await client.post('/api/auth/signup', { email, name: ' Jana Nováková ', password: STRONG_PASSWORD });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ email: email.toLowerCase(), name: 'Jana Nováková', emailVerified: false, isSuperAdmin: false });
    expect(client.cookies.has('kbc_session')).toBe(true);
    expect(res.headers.getSetCookie().find((c) => c.startsWith('kbc_session='))).toMatch(/HttpOnly/i);

    const me = await client.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe(email.toLowerCase());

    const mail = await stack.smtp.waitFor((m) => m.to.includes(email.toLowerCase()));
    expect(mail.subject).toMatch(/verify/i);
    // Only the hash of the link's token is stored.
    const token = tokenFrom(mail.text);
    const stored = await stack.sql.query("SELECT count(*) FROM email_verifications WHERE encode(token_hash, 'escape') LIKE $1", [`%${token}%`]);
    expect(Number(stored.rows[0].count)).toBe(0);
  });

  it('refuses a duplicate e-mail (any letter case) with 409 and creates nothing', async () => {
    const email = uniqueEmail('dup');
    expect((await stack.client().post('/api/auth/signup', { email, name: 'A', password: STRONG_PASSWORD })).status).toBe(201);
    const before = await countUsers();
    const res = await stack.client().post('/api/auth/signup', { email: email.toUpperCase(), name: 'B', password: STRONG_PASSWORD });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'user.email_taken', statusCode: 409 });
    expect(res.body.message).toMatch(/already exists/);
    expect(await countUsers()).toBe(before);
  });

  it.each([
    [{ email: 'not-an-email', name: 'A', password: STRONG_PASSWORD }, 'email', /valid e-mail/],
    [{ email: uniqueEmail(), name: '', password: STRONG_PASSWORD }, 'name', /name/],
    [{ email: uniqueEmail(), name: 'A', password: 'short' }, 'password', /at least 8/],
    [{ email: uniqueEmail(), name: 'A', password: 'x'.repeat(129) }, 'password', /at most 128/],
    [{ name: 'A', password: STRONG_PASSWORD }, 'email', /e-mail/],
    [{ email: uniqueEmail(), name: 'A', password: 'password123' }, 'password', /most common passwords/],
    [{ email: 'summer.fan@example.com', name: 'A', password: 'summer.fan rocks' }, 'password', /must not contain your e-mail/],
  ])('refuses bad input %j with 400 naming the field', async (body, field, message) => {
    const before = await countUsers();
    const res = await stack.client().post('/api/auth/signup', body);
    expect(res.status).toBe(400);
    expect(['validation_failed', 'password.rejected']).toContain(res.body.code);
    expect(res.body.fields[field][0]).toMatch(message);
    expect(await countUsers()).toBe(before);
  });

  it('refuses a JSON body that is not an object, and an unknown audience, in plain words', async () => {
    const array = await stack.client().post('/api/auth/signup', undefined, { raw: '[]' });
    expect(array.status).toBe(400);
    expect(array.body.message).toBe('The request body must be a JSON object.');
    const audience = await stack.client().post('/api/auth/login', { email: uniqueEmail(), password: 'whatever1', audience: 'admin' });
    expect(audience.status).toBe(400);
    expect(audience.body.fields.audience[0]).toBe('audience is "portal" or "staff".');
  });

  it('refuses a body that is not JSON', async () => {
    const res = await stack.client().post('/api/auth/signup', undefined, { raw: '{"email":' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'invalid_json', message: 'The request body is not valid JSON.' });
  });

  it('refuses a write without the CSRF header (403) and changes nothing', async () => {
    const client = stack.client();
    await client.get('/health');
    const before = await countUsers();
    const res = await client.post('/api/auth/signup', { email: uniqueEmail(), name: 'A', password: STRONG_PASSWORD }, { csrf: false });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('csrf_invalid');
    expect(await countUsers()).toBe(before);
  });

  it('refuses a forged CSRF token that matches its own forged cookie', async () => {
    const client = stack.client();
    client.cookies.set('XSRF-TOKEN', 'forged.value');
    const res = await client.post('/api/auth/login', { email: uniqueEmail(), password: 'whatever1' }, { csrf: false, headers: { 'x-xsrf-token': 'forged.value' } });
    expect(res.status).toBe(403);
  });
});

describe('e-mail verification', () => {
  it('marks the e-mail verified when the link is followed, even from another browser; a second use is harmless', async () => {
    const client = stack.client();
    const email = uniqueEmail('verify');
    await client.post('/api/auth/signup', { email, name: 'V', password: STRONG_PASSWORD });
    const token = tokenFrom((await stack.smtp.waitFor((m) => m.to.includes(email))).text);

    const res = await stack.client().post('/api/auth/verify-email', { token });
    expect(res.status).toBe(200);
    expect(res.body.email).toBe(email);
    expect((await client.get('/api/me')).body.user.emailVerified).toBe(true);
    expect((await stack.client().post('/api/auth/verify-email', { token })).status).toBe(200);
  });

  it('refuses a forged link with 400', async () => {
    const res = await stack.client().post('/api/auth/verify-email', { token: 'forged-token-value' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('email.verification_invalid');
    expect(res.body.message).toMatch(/not valid/);
  });

  it('refuses an expired link with 400 and leaves the user unverified', async () => {
    const client = stack.client();
    const email = uniqueEmail('expired');
    await client.post('/api/auth/signup', { email, name: 'E', password: STRONG_PASSWORD });
    const token = tokenFrom((await stack.smtp.waitFor((m) => m.to.includes(email))).text);
    await stack.sql.query("UPDATE email_verifications SET expires_at = now() - interval '1 minute' WHERE email = $1", [email]);
    const res = await stack.client().post('/api/auth/verify-email', { token });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('email.verification_expired');
    expect((await client.get('/api/me')).body.user.emailVerified).toBe(false);
  });

  it('resends the mail to an unverified user, and refuses once verified (409)', async () => {
    const client = stack.client();
    const email = uniqueEmail('resend');
    await client.post('/api/auth/signup', { email, name: 'R', password: STRONG_PASSWORD });
    await stack.smtp.waitFor((m) => m.to.includes(email));
    const res = await client.post('/api/auth/resend-verification');
    expect(res.status).toBe(202);
    expect(res.body.sentTo).toBe(email);
    await stack.smtp.waitFor((m) => m.to.includes(email) && stack.smtp.messages.filter((x) => x.to.includes(email)).length === 2);
    const latest = stack.smtp.messages.filter((m) => m.to.includes(email)).at(-1)!;
    expect((await client.post('/api/auth/verify-email', { token: tokenFrom(latest.text) })).status).toBe(200);
    const again = await client.post('/api/auth/resend-verification');
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('email.already_verified');
  });

  it('refuses resend without a session (401)', async () => {
    expect((await stack.client().post('/api/auth/resend-verification')).status).toBe(401);
  });
});

describe('sign-in and sign-out', () => {
  const signUp = async (email: string) => {
    await stack.client().post('/api/auth/signup', { email, name: 'L', password: STRONG_PASSWORD });
  };

  it('signs in with the right password, case-insensitively by e-mail', async () => {
    const email = uniqueEmail('login');
    await signUp(email);
    const client = stack.client();
    const res = await client.post('/api/auth/login', { email: `  ${email.toUpperCase()} `, password: STRONG_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.user.email).toBe(email);
    expect((await client.get('/api/me')).status).toBe(200);
  });

  it('answers a wrong password and an unknown e-mail identically (401), without a session', async () => {
    const email = uniqueEmail('wrong');
    await signUp(email);
    const a = stack.client();
    const wrong = await a.post('/api/auth/login', { email, password: 'not the password' });
    const unknown = await stack.client().post('/api/auth/login', { email: uniqueEmail('nobody'), password: 'not the password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.message).toBe('Incorrect e-mail or password.');
    expect(a.cookies.has('kbc_session')).toBe(false);
  });

  it('refuses a malformed e-mail at login with 400', async () => {
    const res = await stack.client().post('/api/auth/login', { email: 'nope', password: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.fields.email[0]).toMatch(/valid e-mail/);
  });

  it('ends the session on the server: the old cookie no longer works', async () => {
    const email = uniqueEmail('logout');
    await signUp(email);
    const client = stack.client();
    await client.post('/api/auth/login', { email, password: STRONG_PASSWORD });
    const stolen = client.cookies.get('kbc_session')!;
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect(client.cookies.has('kbc_session')).toBe(false);
    const replay = stack.client();
    replay.cookies.set('kbc_session', stolen);
    expect((await replay.get('/api/me')).status).toBe(401);
  });

  it('stores sessions only as hashes', async () => {
    const email = uniqueEmail('hash');
    await signUp(email);
    const client = stack.client();
    await client.post('/api/auth/login', { email, password: STRONG_PASSWORD });
    const token = client.cookies.get('kbc_session')!;
    const { rows } = await stack.sql.query("SELECT count(*) FROM sessions WHERE encode(token_hash, 'base64') LIKE $1 OR encode(token_hash, 'escape') LIKE $1", [`%${token}%`]);
    expect(Number(rows[0].count)).toBe(0);
  });

  it('expires an idle session', async () => {
    const email = uniqueEmail('idle');
    await signUp(email);
    const client = stack.client();
    await client.post('/api/auth/login', { email, password: STRONG_PASSWORD });
    await stack.sql.query("UPDATE sessions s SET last_seen_at = now() - interval '1 day' FROM users u WHERE u.id = s.user_id AND u.email = $1", [email]);
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('limits failures per IP across accounts (password spraying): 429 even for a right password elsewhere', async () => {
    const email = uniqueEmail('sprayed');
    await signUp(email);
    // A separate client IP (trusted proxy header from loopback), so other tests keep theirs.
    const headers = { 'x-forwarded-for': '203.0.113.77' };
    const client = stack.client();
    for (let i = 0; i < 50; i++) {
      expect((await client.post('/api/auth/login', { email: uniqueEmail(`spray${i}`), password: 'Summer2026!' }, { headers })).status).toBe(401);
    }
    const res = await client.post('/api/auth/login', { email, password: STRONG_PASSWORD }, { headers });
    expect(res.status).toBe(429);
    expect((await stack.client().post('/api/auth/login', { email, password: STRONG_PASSWORD })).status).toBe(200);
  });

  it('ends a session at its absolute limit, however active it is', async () => {
    const email = uniqueEmail('absolute');
    await signUp(email);
    const client = stack.client();
    await client.post('/api/auth/login', { email, password: STRONG_PASSWORD });
    expect((await client.get('/api/me')).status).toBe(200);
    await stack.sql.query("UPDATE sessions s SET expires_at = now() - interval '1 second' FROM users u WHERE u.id = s.user_id AND u.email = $1", [email]);
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('locks an account after repeated failures: 429 with Retry-After, even for the right password', async () => {
    const email = uniqueEmail('locked');
    await signUp(email);
    const client = stack.client();
    for (let i = 0; i < 10; i++) expect((await client.post('/api/auth/login', { email, password: `wrong-${i}-password` })).status).toBe(401);
    const locked = await client.post('/api/auth/login', { email, password: STRONG_PASSWORD });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(locked.body.message).toMatch(/Too many attempts/);
    expect(client.cookies.has('kbc_session')).toBe(false);
  });
});
