import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TestClient } from '@kbc/testing';
import { generate } from 'otplib';
import { STRONG_PASSWORD, type Stack, startStack, uniqueEmail } from './harness.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack('account');
});
afterAll(async () => {
  await stack?.close();
});

const NEW_PASSWORD = 'a much better passphrase 2026';

/** A verified user, signed in; returns the client and e-mail. */
async function newUser(hint: string): Promise<{ client: TestClient; email: string }> {
  const email = uniqueEmail(hint);
  const client = stack.client();
  expect((await client.post('/api/auth/signup', { email, name: hint, password: STRONG_PASSWORD })).status).toBe(201);
  return { client, email };
}

async function signIn(email: string, password = STRONG_PASSWORD): Promise<{ client: TestClient; body: any; status: number }> {
  const client = stack.client();
  const res = await client.post('/api/auth/login', { email, password });
  return { client, body: res.body, status: res.status };
}

/** The code an authenticator app shows now (or `stepsAgo` time steps ago). */
const totp = (secret: string, stepsAgo = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) - stepsAgo * 30 });

/**
 * Each TOTP time step is accepted once. Tests that need several codes within one 30-second step
 * rewind the user's last-used step, which is what waiting for the next step would do.
 */
const letTimePass = (email: string) => stack.sql.query('UPDATE users SET mfa_last_time_step = mfa_last_time_step - 2 WHERE email = $1', [email]);

async function enableMfa(client: TestClient, email: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  const setup = await client.post('/api/account/mfa/setup');
  expect(setup.status).toBe(200);
  const activate = await client.post('/api/account/mfa/activate', { code: await totp(setup.body.secret) });
  expect(activate.status).toBe(200);
  await letTimePass(email);
  return { secret: setup.body.secret, recoveryCodes: activate.body.recoveryCodes };
}

const userRow = async (email: string) => (await stack.sql.query('SELECT * FROM users WHERE email = $1', [email])).rows[0];

describe('change password', () => {
  it('changes it, keeps this session, ends the others, e-mails the user and logs the event', async () => {
    const { client, email } = await newUser('pwchange');
    const other = (await signIn(email)).client;
    const res = await client.post('/api/account/password', { currentPassword: STRONG_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(res.status).toBe(204);
    expect((await client.get('/api/me')).status).toBe(200);
    expect((await other.get('/api/me')).status).toBe(401);
    expect((await signIn(email)).status).toBe(401);
    expect((await signIn(email, NEW_PASSWORD)).status).toBe(200);
    await stack.smtp.waitFor((m) => m.to.includes(email) && /password was changed/i.test(m.subject));
    const log = await client.get('/api/account/security-log');
    expect(log.body.events.map((e: any) => e.type)).toContain('password.changed');
  });

  it.each([
    [{ currentPassword: 'not my password', newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, 'currentPassword', /current password is not correct/],
    [{ currentPassword: STRONG_PASSWORD, newPassword: 'password123', confirmPassword: 'password123' }, 'newPassword', /most common passwords/],
    [{ currentPassword: STRONG_PASSWORD, newPassword: 'qwertyuiop', confirmPassword: 'qwertyuiop' }, 'newPassword', /most common passwords/],
    [{ currentPassword: STRONG_PASSWORD, newPassword: STRONG_PASSWORD, confirmPassword: STRONG_PASSWORD }, 'newPassword', /different from your current/],
    [{ currentPassword: STRONG_PASSWORD, newPassword: 'short', confirmPassword: 'short' }, 'newPassword', /at least 8/],
    [{ currentPassword: STRONG_PASSWORD, newPassword: 'y'.repeat(129), confirmPassword: 'y'.repeat(129) }, 'newPassword', /at most 128/],
    [{ currentPassword: STRONG_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: 'something else' }, 'confirmPassword', /do not match/],
    [{ newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, 'currentPassword', /current password/],
  ])('refuses %j with 400 on the field, and the password stays', async (body, field, message) => {
    const { client, email } = await newUser('pwbad');
    const res = await client.post('/api/account/password', body);
    expect(res.status).toBe(400);
    expect(res.body.fields[field][0]).toMatch(message);
    expect((await signIn(email)).status).toBe(200);
  });

  it('refuses a password containing the e-mail name', async () => {
    const { client, email } = await newUser('mallory');
    const local = email.split('@')[0]!;
    const res = await client.post('/api/account/password', { currentPassword: STRONG_PASSWORD, newPassword: `${local}-2026!`, confirmPassword: `${local}-2026!` });
    expect(res.status).toBe(400);
    expect(res.body.fields.newPassword[0]).toMatch(/must not contain your e-mail/);
  });

  it('normalises Unicode (NFKC): the same password typed differently still works', async () => {
    const { client, email } = await newUser('nfkc');
    const composed = 'heslo s diakritikou čřž 2026';
    const decomposed = composed.normalize('NFD');
    expect((await client.post('/api/account/password', { currentPassword: STRONG_PASSWORD, newPassword: composed, confirmPassword: composed })).status).toBe(204);
    expect((await signIn(email, decomposed)).status).toBe(200);
  });

  it('ignores an e-mail field: the e-mail address cannot be changed', async () => {
    const { client, email } = await newUser('immutable');
    const res = await client.post('/api/account/password', { currentPassword: STRONG_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD, email: 'attacker@example.com' });
    expect(res.status).toBe(204);
    expect((await client.get('/api/me')).body.user.email).toBe(email);
    expect(await userRow('attacker@example.com')).toBeUndefined();
  });

  it('refuses without the CSRF header and without a session', async () => {
    const { client, email } = await newUser('pwcsrf');
    const body = { currentPassword: STRONG_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD };
    expect((await client.post('/api/account/password', body, { csrf: false })).status).toBe(403);
    expect((await stack.client().post('/api/account/password', body)).status).toBe(401);
    expect((await signIn(email)).status).toBe(200);
  });

  it('limits wrong current passwords: 429 with Retry-After', async () => {
    const { client } = await newUser('pwlimit');
    for (let i = 0; i < 10; i++) {
      expect((await client.post('/api/account/password', { currentPassword: `wrong-${i}-xx`, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).status).toBe(400);
    }
    const res = await client.post('/api/account/password', { currentPassword: STRONG_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('MFA enrolment', () => {
  it('offers an RFC 6238 secret as an otpauth URI and a QR code, and stays off until a code is entered', async () => {
    const { client, email } = await newUser('mfasetup');
    const setup = await client.post('/api/account/mfa/setup');
    expect(setup.status).toBe(200);
    expect(setup.body.secret).toMatch(/^[A-Z2-7]{32}$/); // 32 base32 characters = 160 bits
    const uri = new URL(setup.body.otpauthUri);
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe(`/Keboola:${email}`);
    expect(Object.fromEntries(uri.searchParams)).toMatchObject({ secret: setup.body.secret, issuer: 'Keboola', algorithm: 'SHA1', digits: '6', period: '30' });
    expect(setup.body.qrCodeSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect((await client.get('/api/account/mfa')).body).toEqual({ enabled: false, recoveryCodesLeft: 0 });

    const wrong = await client.post('/api/account/mfa/activate', { code: '000000' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('mfa.invalid_code');
    expect((await client.get('/api/account/mfa')).body.enabled).toBe(false);

    const ok = await client.post('/api/account/mfa/activate', { code: await totp(setup.body.secret) });
    expect(ok.status).toBe(200);
    expect(ok.body.recoveryCodes).toHaveLength(10);
    expect(new Set(ok.body.recoveryCodes).size).toBe(10);
    for (const c of ok.body.recoveryCodes) expect(c).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect((await client.get('/api/account/mfa')).body).toEqual({ enabled: true, recoveryCodesLeft: 10 });
    await stack.smtp.waitFor((m) => m.to.includes(email) && /turned on|is on/i.test(m.subject));

    // At rest: the secret is encrypted and the recovery codes are hashes.
    const row = await userRow(email);
    expect(row.mfa_secret_enc).toMatch(/^v1:/);
    expect(row.mfa_secret_enc).not.toContain(setup.body.secret);
    const stored = await stack.sql.query("SELECT encode(code_hash, 'escape') AS h FROM recovery_codes WHERE user_id = $1", [row.id]);
    expect(stored.rows).toHaveLength(10);
    for (const { h } of stored.rows) for (const c of ok.body.recoveryCodes) expect(h).not.toContain(c.replace(/-/g, ''));
  });

  it('codes from oathtool-compatible generators for the previous step are accepted; older ones are not', async () => {
    const { client } = await newUser('mfadrift');
    const { secret } = (await client.post('/api/account/mfa/setup')).body;
    expect((await client.post('/api/account/mfa/activate', { code: await totp(secret, 3) })).status).toBe(400);
    expect((await client.post('/api/account/mfa/activate', { code: await totp(secret, 1) })).status).toBe(200);
  });

  it('refuses activation without a setup (409) and a second setup once on (409)', async () => {
    const { client, email } = await newUser('mfa409');
    expect((await client.post('/api/account/mfa/activate', { code: '123456' })).status).toBe(409);
    await enableMfa(client, email);
    expect((await client.post('/api/account/mfa/setup')).status).toBe(409);
  });
});

describe('signing in with MFA', () => {
  it('asks for a code after the password; the session is good for nothing else until then', async () => {
    const { client, email } = await newUser('mfalogin');
    const { secret } = await enableMfa(client, email);
    const { client: tab, body } = await signIn(email);
    expect(body.mfaRequired).toBe(true);
    for (const path of ['/api/me', '/api/projects', '/api/account/sessions']) {
      const res = await tab.get(path);
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('auth.mfa_required');
    }
    expect((await tab.post('/api/account/mfa/setup')).status).toBe(401);
    const ok = await tab.post('/api/auth/mfa', { code: await totp(secret) });
    expect(ok.status).toBe(200);
    expect(ok.body.recoveryCodesLeft).toBeUndefined();
    expect((await tab.get('/api/me')).status).toBe(200);
  });

  it('accepts each code once: a replayed code is refused', async () => {
    const { client, email } = await newUser('mfareplay');
    const { secret } = await enableMfa(client, email);
    const code = await totp(secret);
    const first = (await signIn(email)).client;
    expect((await first.post('/api/auth/mfa', { code })).status).toBe(200);
    const second = (await signIn(email)).client;
    const replay = await second.post('/api/auth/mfa', { code });
    expect(replay.status).toBe(400);
    expect(replay.body.code).toBe('mfa.code_used');
    expect((await second.get('/api/me')).status).toBe(401);
  });

  it('lets only one of two racing sign-ins use the same code', async () => {
    const { client, email } = await newUser('mfarace');
    const { secret } = await enableMfa(client, email);
    const tabs = await Promise.all([signIn(email), signIn(email), signIn(email)]);
    const code = await totp(secret);
    const results = await Promise.all(tabs.map((t) => t.client.post('/api/auth/mfa', { code })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 400, 400]);
  });

  it('accepts a recovery code once, tells how many are left and e-mails the user', async () => {
    const { client, email } = await newUser('mfarecovery');
    const { recoveryCodes } = await enableMfa(client, email);
    const tab = (await signIn(email)).client;
    const res = await tab.post('/api/auth/mfa', { code: ` ${recoveryCodes[0]!.toUpperCase()} ` });
    expect(res.status).toBe(200);
    expect(res.body.recoveryCodesLeft).toBe(9);
    await stack.smtp.waitFor((m) => m.to.includes(email) && /recovery code was used/i.test(m.subject));
    const again = (await signIn(email)).client;
    expect((await again.post('/api/auth/mfa', { code: recoveryCodes[0] })).status).toBe(400);
    expect((await client.get('/api/account/mfa')).body.recoveryCodesLeft).toBe(9);
  });

  it('limits wrong codes per account across sessions: 429, even for a right code', async () => {
    const { client, email } = await newUser('mfalimit');
    const { secret } = await enableMfa(client, email);
    const a = (await signIn(email)).client;
    for (let i = 0; i < 10; i++) expect((await a.post('/api/auth/mfa', { code: String(100000 + i) })).status).toBe(400);
    const b = (await signIn(email)).client;
    const res = await b.post('/api/auth/mfa', { code: await totp(secret) });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await b.get('/api/me')).status).toBe(401);
  });

  it('refuses an empty code with 400 and a code step without a session with 401', async () => {
    const { client, email } = await newUser('mfaempty');
    await enableMfa(client, email);
    const tab = (await signIn(email)).client;
    expect((await tab.post('/api/auth/mfa', { code: '' })).status).toBe(400);
    expect((await stack.client().post('/api/auth/mfa', { code: '123456' })).status).toBe(401);
  });
});

describe('managing MFA', () => {
  it('moves to a new device only after the new device’s code; the old secret works until then', async () => {
    const { client, email } = await newUser('mfamove');
    const { secret: oldSecret } = await enableMfa(client, email);
    expect((await client.post('/api/account/mfa/reconfigure', { code: '000000' })).status).toBe(400);
    const start = await client.post('/api/account/mfa/reconfigure', { code: await totp(oldSecret) });
    expect(start.status).toBe(200);
    const newSecret = start.body.secret as string;
    expect(newSecret).not.toBe(oldSecret);
    await letTimePass(email);

    // Not switched yet: the old device still signs in.
    const tab = (await signIn(email)).client;
    expect((await tab.post('/api/auth/mfa', { code: await totp(oldSecret) })).status).toBe(200);
    await letTimePass(email);

    expect((await client.post('/api/account/mfa/reconfigure/confirm', { code: await totp(oldSecret) })).status).toBe(400);
    expect((await client.post('/api/account/mfa/reconfigure/confirm', { code: await totp(newSecret) })).status).toBe(204);
    await letTimePass(email);
    await stack.smtp.waitFor((m) => m.to.includes(email) && /new device/i.test(m.subject));

    const later = (await signIn(email)).client;
    expect((await later.post('/api/auth/mfa', { code: await totp(oldSecret) })).status).toBe(400);
    expect((await later.post('/api/auth/mfa', { code: await totp(newSecret) })).status).toBe(200);
  });

  it('regenerates recovery codes with the password and a code; the old codes stop working', async () => {
    const { client, email } = await newUser('mfaregen');
    const { secret, recoveryCodes: old } = await enableMfa(client, email);
    const wrongPassword = await client.post('/api/account/mfa/recovery-codes', { password: 'nope nope', code: await totp(secret) });
    expect(wrongPassword.status).toBe(400);
    expect(wrongPassword.body.fields.password[0]).toMatch(/not correct/);
    expect((await client.post('/api/account/mfa/recovery-codes', { password: STRONG_PASSWORD })).status).toBe(400);
    const res = await client.post('/api/account/mfa/recovery-codes', { password: STRONG_PASSWORD, code: await totp(secret) });
    expect(res.status).toBe(200);
    expect(res.body.recoveryCodes).toHaveLength(10);
    await stack.smtp.waitFor((m) => m.to.includes(email) && /recovery codes were generated/i.test(m.subject));
    const tab = (await signIn(email)).client;
    expect((await tab.post('/api/auth/mfa', { code: old[1] })).status).toBe(400);
    expect((await tab.post('/api/auth/mfa', { code: res.body.recoveryCodes[0] })).status).toBe(200);
  });

  it('disables MFA only with the password and a current code', async () => {
    const { client, email } = await newUser('mfaoff');
    const { secret } = await enableMfa(client, email);
    expect((await client.post('/api/account/mfa/disable', { password: STRONG_PASSWORD })).status).toBe(400);
    expect((await client.post('/api/account/mfa/disable', { password: STRONG_PASSWORD, code: '000000' })).status).toBe(400);
    expect((await client.post('/api/account/mfa/disable', { password: 'wrong password', code: await totp(secret) })).status).toBe(400);
    expect((await client.get('/api/account/mfa')).body.enabled).toBe(true);
    await letTimePass(email);
    expect((await client.post('/api/account/mfa/disable', { password: STRONG_PASSWORD, code: await totp(secret) })).status).toBe(204);
    expect((await client.get('/api/account/mfa')).body).toEqual({ enabled: false, recoveryCodesLeft: 0 });
    await stack.smtp.waitFor((m) => m.to.includes(email) && /is off/i.test(m.subject));
    expect((await signIn(email)).body.mfaRequired).toBe(false);
    const row = await userRow(email);
    expect(row.mfa_secret_enc).toBeNull();
  });

  it('refuses MFA management while MFA is off (409)', async () => {
    const { client } = await newUser('mfanone');
    expect((await client.post('/api/account/mfa/disable', { password: STRONG_PASSWORD, code: '123456' })).status).toBe(409);
    expect((await client.post('/api/account/mfa/reconfigure', { code: '123456' })).status).toBe(409);
  });
});

describe('sessions', () => {
  it('lists the user’s sessions with the current one marked, and ends another one', async () => {
    const { client, email } = await newUser('sessions');
    const laptop = stack.client();
    await laptop.post('/api/auth/login', { email, password: STRONG_PASSWORD }, { headers: { 'user-agent': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15' } });
    const list = await client.get('/api/account/sessions');
    expect(list.status).toBe(200);
    expect(list.body.sessions).toHaveLength(2);
    const current = list.body.sessions.find((s: any) => s.current);
    const other = list.body.sessions.find((s: any) => !s.current);
    expect(current).toBeDefined();
    expect(other.device).toBe('Safari on macOS');
    expect(other.ip).toMatch(/127\.0\.0\.1/);

    expect((await client.request('DELETE', `/api/account/sessions/${current.id}`, undefined)).status).toBe(400);
    expect((await client.request('DELETE', `/api/account/sessions/${other.id}`, undefined)).status).toBe(204);
    expect((await laptop.get('/api/me')).status).toBe(401);
    expect((await client.get('/api/me')).status).toBe(200);
  });

  it('answers 404 for another user’s session id and leaves that session alone', async () => {
    const alice = await newUser('alice');
    const bob = await newUser('bob');
    const bobSession = (await bob.client.get('/api/account/sessions')).body.sessions[0].id;
    expect((await alice.client.request('DELETE', `/api/account/sessions/${bobSession}`, undefined)).status).toBe(404);
    expect((await alice.client.request('DELETE', '/api/account/sessions/not-a-uuid', undefined)).status).toBe(404);
    expect((await bob.client.get('/api/me')).status).toBe(200);
  });

  it('ends all other sessions at once', async () => {
    const { client, email } = await newUser('revokeall');
    const others = [(await signIn(email)).client, (await signIn(email)).client];
    const res = await client.post('/api/account/sessions/revoke-others');
    expect(res.body).toEqual({ ended: 2 });
    for (const o of others) expect((await o.get('/api/me')).status).toBe(401);
    expect((await client.get('/api/me')).status).toBe(200);
  });

  it('refuses ending a session without the CSRF header', async () => {
    const { client, email } = await newUser('sesscsrf');
    const other = (await signIn(email)).client;
    const id = (await client.get('/api/account/sessions')).body.sessions.find((s: any) => !s.current).id;
    expect((await client.request('DELETE', `/api/account/sessions/${id}`, undefined, { csrf: false })).status).toBe(403);
    expect((await other.get('/api/me')).status).toBe(200);
  });
});

describe('security log', () => {
  it('shows the user’s security events newest first, paged', async () => {
    const { client, email } = await newUser('seclog');
    await signIn(email, 'wrong password!');
    for (let i = 0; i < 21; i++) await signIn(email);
    const first = await client.get('/api/account/security-log');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ page: 1, pageSize: 20, total: 23 }); // sign-up, a failure, 21 sign-ins
    expect(first.body.events).toHaveLength(20);
    expect(first.body.events[0]).toMatchObject({ type: 'login.succeeded', label: 'Signed in' });
    const times = first.body.events.map((e: any) => Date.parse(e.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const second = await client.get('/api/account/security-log?page=2');
    expect(second.body.events.map((e: any) => e.type)).toEqual(['login.succeeded', 'login.failed', 'user.signed_up']);
    expect(second.body.events[1].label).toBe('Failed sign-in');
  });

  it('refuses a bad page number with 400', async () => {
    const { client } = await newUser('seclogbad');
    expect((await client.get('/api/account/security-log?page=0')).status).toBe(400);
    expect((await client.get('/api/account/security-log?page=abc')).status).toBe(400);
  });

  it('shows nothing of other users', async () => {
    const { client } = await newUser('seclogmine');
    const log = await client.get('/api/account/security-log');
    expect(log.body.events.map((e: any) => e.type)).toEqual(['user.signed_up']);
  });
});

