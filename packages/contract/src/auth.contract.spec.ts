import { describe, expect, it } from '@jest/globals';
import type { z } from 'zod';
import {
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  loginRequestSchema,
  signupRequestSchema,
  verifyEmailRequestSchema,
} from './auth.contract.js';

/**
 * The per-field messages the API returns for a body (the same grouping as the API's
 * ZodValidationPipe), or null when the body is valid.
 */
function fieldErrors(schema: z.ZodType, body: unknown): Record<string, string[]> | null {
  const result = schema.safeParse(body);
  if (result.success) return null;
  const fields: Record<string, string[]> = {};
  for (const issue of result.error.issues) (fields[issue.path.join('.') || '_'] ??= []).push(issue.message);
  return fields;
}

const GOOD_PASSWORD = 'correct horse battery staple';
const MISSING_EMAIL = 'Enter your e-mail address.';
const INVALID_EMAIL = 'Enter a valid e-mail address, like name@example.com.';

describe('loginRequestSchema', () => {
  it('accepts a good body, trims the e-mail and defaults the audience to portal', () => {
    expect(loginRequestSchema.parse({ email: '  Jana@Example.com \n', password: GOOD_PASSWORD })).toEqual({
      email: 'Jana@Example.com',
      password: GOOD_PASSWORD,
      audience: 'portal',
    });
  });

  it('does not trim or otherwise alter the password', () => {
    expect(loginRequestSchema.parse({ email: 'a@example.com', password: '  spaced  ' }).password).toBe('  spaced  ');
  });

  it('accepts the staff audience', () => {
    expect(loginRequestSchema.parse({ email: 'a@example.com', password: 'x', audience: 'staff' }).audience).toBe('staff');
  });

  it('strips unknown fields', () => {
    const parsed = loginRequestSchema.parse({ email: 'a@example.com', password: 'x', isSuperAdmin: true, role: 'admin' });
    expect(parsed).not.toHaveProperty('isSuperAdmin');
    expect(parsed).not.toHaveProperty('role');
  });

  it.each([
    ['a missing e-mail', { password: 'x' }, { email: [MISSING_EMAIL] }],
    ['a blank e-mail', { email: '   ', password: 'x' }, { email: [MISSING_EMAIL] }],
    ['an e-mail of the wrong type', { email: 42, password: 'x' }, { email: [MISSING_EMAIL] }],
    ['an invalid e-mail', { email: 'nope', password: 'x' }, { email: [INVALID_EMAIL] }],
    ['an e-mail without a domain', { email: 'jana@', password: 'x' }, { email: [INVALID_EMAIL] }],
    ['a missing password', { email: 'a@example.com' }, { password: ['Enter your password.'] }],
    ['an empty password', { email: 'a@example.com', password: '' }, { password: ['Enter your password.'] }],
  ])('refuses %s with a human message', (_label, body, expected) => {
    expect(fieldErrors(loginRequestSchema, body)).toEqual(expected);
  });

  it('refuses an unknown audience', () => {
    expect(fieldErrors(loginRequestSchema, { email: 'a@example.com', password: 'x', audience: 'admin' })).toHaveProperty('audience');
  });

  it('reports every bad field at once', () => {
    expect(fieldErrors(loginRequestSchema, {})).toEqual({ email: [MISSING_EMAIL], password: ['Enter your password.'] });
  });
});

describe('signupRequestSchema', () => {
  const good = { email: ' New.User@Example.com ', name: '  Jana Nováková ', password: GOOD_PASSWORD };

  it('accepts a good body, trimming e-mail and name', () => {
    expect(signupRequestSchema.parse(good)).toEqual({ email: 'New.User@Example.com', name: 'Jana Nováková', password: GOOD_PASSWORD });
  });

  it('strips fields a client must not set, such as isSuperAdmin', () => {
    const parsed = signupRequestSchema.parse({ ...good, isSuperAdmin: true, verified: true, emailVerifiedAt: '2020-01-01' });
    expect(Object.keys(parsed).sort()).toEqual(['email', 'name', 'password']);
  });

  it(`accepts passwords of exactly ${PASSWORD_MIN_LENGTH} and ${PASSWORD_MAX_LENGTH} characters`, () => {
    expect(fieldErrors(signupRequestSchema, { ...good, password: 'x'.repeat(PASSWORD_MIN_LENGTH) })).toBeNull();
    expect(fieldErrors(signupRequestSchema, { ...good, password: 'x'.repeat(PASSWORD_MAX_LENGTH) })).toBeNull();
  });

  it.each([
    ['a missing e-mail', { email: undefined }, { email: [MISSING_EMAIL] }],
    ['an invalid e-mail', { email: 'jana.example.com' }, { email: [INVALID_EMAIL] }],
    ['an overlong e-mail', { email: `${'a'.repeat(EMAIL_MAX_LENGTH)}@example.com` }, { email: ['An e-mail address has at most 254 characters.'] }],
    ['a short password', { password: 'x'.repeat(PASSWORD_MIN_LENGTH - 1) }, { password: ['A password needs at least 8 characters.'] }],
    ['a long password', { password: 'x'.repeat(PASSWORD_MAX_LENGTH + 1) }, { password: ['A password has at most 128 characters.'] }],
    ['a missing password', { password: undefined }, { password: ['Choose a password.'] }],
    ['an empty name', { name: '' }, { name: ['Enter your name.'] }],
    ['a blank name', { name: ' \t ' }, { name: ['Enter your name.'] }],
    ['a missing name', { name: undefined }, { name: ['Enter your name.'] }],
    ['an overlong name', { name: 'x'.repeat(NAME_MAX_LENGTH + 1) }, { name: ['A name has at most 100 characters.'] }],
  ])('refuses %s with a human message', (_label, change, expected) => {
    expect(fieldErrors(signupRequestSchema, { ...good, ...change })).toEqual(expected);
  });

  it('measures the name after trimming', () => {
    expect(fieldErrors(signupRequestSchema, { ...good, name: `  ${'x'.repeat(NAME_MAX_LENGTH)}  ` })).toBeNull();
  });

  it('refuses a body that is not an object', () => {
    expect(signupRequestSchema.safeParse(null).success).toBe(false);
    expect(signupRequestSchema.safeParse('email=a@example.com').success).toBe(false);
  });
});

describe('verifyEmailRequestSchema', () => {
  it('accepts a token and strips anything else', () => {
    expect(verifyEmailRequestSchema.parse({ token: 'AbC-_123', userId: 1 })).toEqual({ token: 'AbC-_123' });
  });

  it.each([
    ['a missing', {}],
    ['an empty', { token: '' }],
    ['a non-string', { token: 123 }],
  ])('refuses %s token, saying the link is incomplete', (_label, body) => {
    expect(fieldErrors(verifyEmailRequestSchema, body)).toEqual({ token: ['The verification link is incomplete.'] });
  });

  it('refuses an absurdly long token', () => {
    expect(fieldErrors(verifyEmailRequestSchema, { token: 't'.repeat(201) })).toHaveProperty('token');
  });
});

describe('over-long input names the limit, not a generic message', () => {
  it('login password over 1024 characters', () => {
    const r = loginRequestSchema.safeParse({ email: 'a@example.com', password: 'x'.repeat(1025) });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe('A password has at most 1024 characters.');
  });

  it('verification token over 200 characters', () => {
    const r = verifyEmailRequestSchema.safeParse({ token: 'x'.repeat(201) });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe('This verification link is not valid.');
  });
});
