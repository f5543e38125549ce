import { randomBytes } from 'node:crypto';
import { sha256 } from '../infra/crypto.js';

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'; // no l, o, 0, 1: easy to read back

/** `xxxx-xxxx-xxxx-xxxx`: 16 characters of a 32-letter alphabet = 80 random bits. */
export function newRecoveryCode(): string {
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => ALPHABET[b % 32]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** Case, spaces and dashes do not matter when a code is typed back. */
export const normalizeRecoveryCode = (code: string): string => code.toLowerCase().replace(/[^a-z0-9]/g, '');

export const looksLikeRecoveryCode = (code: string): boolean => normalizeRecoveryCode(code).length === 16;

export const hashRecoveryCode = (code: string): Buffer => sha256(`recovery:${normalizeRecoveryCode(code)}`);
