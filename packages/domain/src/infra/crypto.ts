import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A URL-safe random secret with `bytes` bytes of entropy. */
export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** SHA-256 digest: right for high-entropy secrets (session ids, e-mail links), never for passwords. */
export const sha256 = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

export const hmacSha256 = (key: string, value: string): string =>
  createHmac('sha256', key).update(value, 'utf8').digest('base64url');

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}
