import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { newTotpSecret, totpUri, verifyTotp } from './totp.js';

// RFC 6238 appendix B, SHA-1: secret "12345678901234567890" (ASCII), 8-digit codes; the 6-digit
// code is the last six digits.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('TOTP', () => {
  it.each([
    [59, '287082', 1],
    [1111111109, '081804', 37037036],
    [1234567890, '005924', 41152263],
    [2000000000, '279037', 66666666],
  ])('accepts the RFC 6238 vector at T=%i', async (seconds, code, step) => {
    await expect(verifyTotp(RFC_SECRET, code, { nowMs: seconds * 1000 })).resolves.toBe(step);
  });

  it('accepts the previous time step but not the one before, nor the next', async () => {
    const now = 1234567890 * 1000;
    await expect(verifyTotp(RFC_SECRET, '005924', { nowMs: now + 30_000 })).resolves.toBe(41152263);
    await expect(verifyTotp(RFC_SECRET, '005924', { nowMs: now + 60_000 })).resolves.toBeNull();
    await expect(verifyTotp(RFC_SECRET, '005924', { nowMs: now - 30_000 })).resolves.toBeNull();
  });

  it('refuses steps at or before afterTimeStep (replays)', async () => {
    await expect(verifyTotp(RFC_SECRET, '005924', { nowMs: 1234567890_000, afterTimeStep: 41152263 })).resolves.toBeNull();
  });

  it('refuses anything that is not six digits', async () => {
    for (const code of ['', '12345', '1234567', 'abcdef', '00592 ']) await expect(verifyTotp(RFC_SECRET, code)).resolves.toBeNull();
  });

  it('makes 160-bit base32 secrets', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
  });

  it('spells out issuer, label and parameters in the Key URI', () => {
    const uri = new URL(totpUri(RFC_SECRET, 'jana+test@example.com'));
    expect(uri.protocol + uri.host).toBe('otpauth:totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Keboola:jana+test@example.com');
    expect(Object.fromEntries(uri.searchParams)).toEqual({ secret: RFC_SECRET, issuer: 'Keboola', algorithm: 'SHA1', digits: '6', period: '30' });
  });

  const oathtool = ['/usr/bin/oathtool'].find(existsSync);
  (oathtool ? it : it.skip)('accepts the codes that oathtool --totp computes (an independent RFC 6238 implementation)', async () => {
    const secret = newTotpSecret();
    const code = execFileSync(oathtool!, ['--totp', '-b', secret], { encoding: 'utf8' }).trim();
    expect(await verifyTotp(secret, code)).not.toBeNull();
  });
});
