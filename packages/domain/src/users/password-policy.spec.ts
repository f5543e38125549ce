import { describe, expect, it } from '@jest/globals';
import { COMMON_PASSWORD_COUNT, passwordProblem } from './password-policy.js';

const email = 'jana.novakova@example.com';

describe('password policy (NIST SP 800-63B)', () => {
  it('ships at least 10,000 common passwords', () => {
    expect(COMMON_PASSWORD_COUNT()).toBeGreaterThanOrEqual(10_000);
  });

  it.each(['password123', 'Password123', 'qwertyuiop', 'iloveyou1', '12345678'])('refuses the common password %s', (p) => {
    expect(passwordProblem(p, { email })).toMatch(/most common/);
  });

  it('refuses passwords containing the e-mail’s local part, in any case', () => {
    expect(passwordProblem('Jana.Novakova!2026', { email })).toMatch(/e-mail/);
  });

  it('counts length after NFKC normalisation, in characters', () => {
    expect(passwordProblem('ｐａｓｓ', { email })).toMatch(/at least 8/); // full-width letters normalise to 4 characters
    expect(passwordProblem('čřžýáíé!', { email })).toBeNull();
    expect(passwordProblem('😀'.repeat(8), { email })).toBeNull();
    expect(passwordProblem('x'.repeat(128), { email })).toBeNull();
    expect(passwordProblem('x'.repeat(129), { email })).toMatch(/at most 128/);
  });

  it('allows spaces and has no composition rules', () => {
    expect(passwordProblem('correct horse battery staple', { email })).toBeNull();
    expect(passwordProblem('alllowercaseletters', { email })).toBeNull();
  });
});
