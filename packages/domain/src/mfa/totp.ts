import { generateSecret, verify } from 'otplib';

/** RFC 6238 as every authenticator app expects: SHA-1, 6 digits, 30-second steps. */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_ISSUER = 'Keboola';

/** A 160-bit secret, base32-encoded. */
export const newTotpSecret = (): string => generateSecret({ length: 20 });

/**
 * The Key URI for authenticator apps, with every parameter spelled out (apps that assume the
 * defaults and apps that read them get the same thing).
 */
export const totpUri = (secret: string, email: string): string => {
  const params = new URLSearchParams({ secret, issuer: TOTP_ISSUER, algorithm: 'SHA1', digits: '6', period: String(TOTP_PERIOD_SECONDS) });
  return `otpauth://totp/${encodeURIComponent(`${TOTP_ISSUER}:${email}`)}?${params}`;
};

/**
 * Checks a 6-digit code against the current and the previous time step (clock drift and typing
 * time) and returns the matched time step, or null. Steps at or before `afterTimeStep` are refused.
 */
export async function verifyTotp(secret: string, code: string, opts: { afterTimeStep?: number; nowMs?: number } = {}): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epochTolerance: [TOTP_PERIOD_SECONDS, 0],
    ...(opts.nowMs !== undefined ? { epoch: Math.floor(opts.nowMs / 1000) } : {}),
    ...(opts.afterTimeStep !== undefined ? { afterTimeStep: opts.afterTimeStep } : {}),
  });
  return result.valid && 'timeStep' in result ? (result.timeStep as number) : null;
}
